import { create } from 'zustand';
import type { Enterprise, EnterpriseInputParsed } from '../../../../shared/domain/enterprise';
import { call } from '../../api';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

interface EnterprisesState {
  items: Enterprise[];
  status: Status;
  error: unknown;
  /** `null` until the user picks one: then the default follows the data (see period.ts). */
  periodKey: string | null;
  showArchived: boolean;
  load: () => Promise<void>;
  save: (input: EnterpriseInputParsed) => Promise<Enterprise>;
  setArchived: (id: string, archived: boolean) => Promise<Enterprise>;
  setPeriodKey: (key: string) => void;
  setShowArchived: (show: boolean) => void;
}

function upsert(items: Enterprise[], saved: Enterprise): Enterprise[] {
  const at = items.findIndex((e) => e.id === saved.id);
  if (at < 0) return [...items, saved];
  const next = items.slice();
  next[at] = saved;
  return next;
}

// Loads can overlap (a save's own reload and its data.changed event); only the newest may land.
let loadSeq = 0;

export const useEnterprisesStore = create<EnterprisesState>()((set) => ({
  items: [],
  status: 'idle',
  error: null,
  periodKey: null,
  showArchived: false,

  load: async () => {
    const seq = ++loadSeq;
    set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
    try {
      const items = await call('enterprises.list', { includeArchived: true });
      if (seq === loadSeq) set({ items, status: 'ready', error: null });
    } catch (error) {
      if (seq === loadSeq) set({ status: 'failed', error });
    }
  },

  save: async (input) => {
    const saved = await call('enterprises.save', input);
    loadSeq++; // an older load in flight would bring back the row as it was
    set((s) => ({ items: upsert(s.items, saved) }));
    return saved;
  },

  setArchived: async (id, archived) => {
    const saved = await call('enterprises.archive', { id, archived });
    loadSeq++;
    set((s) => ({ items: upsert(s.items, saved) }));
    return saved;
  },

  setPeriodKey: (periodKey) => set({ periodKey }),
  setShowArchived: (showArchived) => set({ showArchived }),
}));
