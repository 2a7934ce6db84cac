import { create } from 'zustand';
import type { SpecialClass } from '../../../../../shared/domain/special-classes';
import type { VoidMoveRequest } from './VoidMoveDialog';

/** A person picked for a case, visit, transfer or leave: enough to show who it is. */
export interface PickedWorker {
  id: string;
  name: string;
  idMasked: string;
  enterpriseName: string | null;
}

/** The stabilisation dialogs, opened from grids, the overview and a person's record alike. */
export type StabilisationDialog =
  | { kind: 'newCase'; worker: PickedWorker | null }
  | { kind: 'case'; id: string }
  | { kind: 'visit'; worker: PickedWorker }
  | { kind: 'transfer'; worker: PickedWorker | null; caseId?: string }
  | { kind: 'leave'; worker: PickedWorker | null; caseId?: string }
  | { kind: 'voidMove'; request: VoidMoveRequest }
  | { kind: 'class'; specialClass: SpecialClass | null; enterpriseId?: string };

interface DialogState {
  dialog: StabilisationDialog | null;
  open: (dialog: StabilisationDialog) => void;
  close: () => void;
}

export const useDialogStore = create<DialogState>()((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

export const openDialog = (dialog: StabilisationDialog) => useDialogStore.getState().open(dialog);
