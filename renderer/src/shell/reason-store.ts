import { create } from 'zustand';

interface ReasonState {
  pending: ((reason: string | null) => void) | null;
  answer: (reason: string | null) => void;
}

export const useReasonStore = create<ReasonState>()((set, get) => ({
  pending: null,
  answer: (reason) => {
    get().pending?.(reason);
    set({ pending: null });
  },
}));

/** Asks why full ID numbers or phones are needed; null when the person cancels. The reason is audited. */
export function askRevealReason(): Promise<string | null> {
  useReasonStore.getState().pending?.(null);
  return new Promise((resolve) => useReasonStore.setState({ pending: resolve }));
}
