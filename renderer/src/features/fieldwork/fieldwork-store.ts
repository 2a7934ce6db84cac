import { create } from 'zustand';
import type {
  Commissioner,
  ServiceRequest,
  VisitFilter,
  VisitKind,
} from '../../../../shared/domain/fieldwork';

export type VisitFilterState = Required<Omit<VisitFilter, 'limit'>>;

export const EMPTY_VISIT_FILTER: VisitFilterState = {
  from: null,
  to: null,
  countyCode: null,
  classId: null,
  kind: null,
  enterpriseId: null,
};

/** The field-work dialogs, opened from the visits page and the enterprises page alike. */
export type FieldworkDialog =
  | { kind: 'visit'; id: string | null; visitKind?: VisitKind; enterpriseId?: string }
  | { kind: 'classes' }
  | { kind: 'request'; enterpriseId: string; request: ServiceRequest | null; solve: boolean }
  | { kind: 'commissioner'; enterpriseId: string; enterpriseName: string; current: Commissioner | null };

interface FieldworkState {
  filter: VisitFilterState;
  setFilter: (filter: VisitFilterState) => void;
  dialog: FieldworkDialog | null;
  open: (dialog: FieldworkDialog) => void;
  close: () => void;
}

export const useFieldworkStore = create<FieldworkState>()((set) => ({
  filter: EMPTY_VISIT_FILTER,
  setFilter: (filter) => set({ filter }),
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

export const openFieldworkDialog = (dialog: FieldworkDialog) => useFieldworkStore.getState().open(dialog);
