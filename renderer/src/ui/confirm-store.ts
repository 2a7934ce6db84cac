import { create } from 'zustand';

export interface ConfirmRequest {
  /** What will happen if the user goes ahead; defaults to "Confirm". */
  title?: string;
  message: string;
  /** Label of the button that goes ahead; defaults to "Confirm". */
  confirmLabel?: string;
  /** Label of the button that changes nothing; defaults to "Cancel". */
  cancelLabel?: string;
  danger?: boolean;
}

interface Pending extends ConfirmRequest {
  resolve: (ok: boolean) => void;
}

interface ConfirmState {
  pending: Pending | null;
  answer: (ok: boolean) => void;
}

export const useConfirmStore = create<ConfirmState>()((set, get) => ({
  pending: null,
  answer: (ok) => {
    get().pending?.resolve(ok);
    set({ pending: null });
  },
}));

/** Asks the user in an in-app dialog (not window.confirm, which blocks Electron and looks foreign). */
export function confirmAction(request: ConfirmRequest): Promise<boolean> {
  useConfirmStore.getState().pending?.resolve(false);
  return new Promise((resolve) => useConfirmStore.setState({ pending: { ...request, resolve } }));
}
