import { create } from 'zustand';

/** A message is kept as a key or an error so it is shown in whatever language is current. */
export type FlashContent =
  | { kind: 'success'; key: string; params?: Record<string, string | number> }
  | { kind: 'error'; error: unknown };

export interface Flash {
  id: number;
  content: FlashContent;
}

interface FlashState {
  items: Flash[];
  show: (content: FlashContent) => void;
  dismiss: (id: number) => void;
}

const SUCCESS_MS = 5000;
// Older messages make way: a stack of toasts hides the page they report on.
const MAX_SHOWN = 3;
let nextId = 1;

export const useFlashStore = create<FlashState>()((set, get) => ({
  items: [],
  show: (content) => {
    const id = nextId++;
    set((s) => ({ items: [...s.items.slice(-(MAX_SHOWN - 1)), { id, content }] }));
    // Errors stay until dismissed: someone may need to read them out to support.
    if (content.kind === 'success') setTimeout(() => get().dismiss(id), SUCCESS_MS);
  },
  dismiss: (id) => set((s) => ({ items: s.items.filter((f) => f.id !== id) })),
}));

export function flashSuccess(key: string, params?: Record<string, string | number>): void {
  useFlashStore.getState().show(params ? { kind: 'success', key, params } : { kind: 'success', key });
}

export function flashError(error: unknown): void {
  useFlashStore.getState().show({ kind: 'error', error });
}
