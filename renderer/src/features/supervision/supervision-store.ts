import { create } from 'zustand';
import type { FindingList, FindingsSummary } from '../../../../shared/contract/supervision';
import type { FindingFilter } from '../../../../shared/domain/supervision';
import { call } from '../../api';

export type Filter = Required<Pick<FindingFilter, 'countyCode' | 'state' | 'category' | 'search'>>;

export const EMPTY_FILTER: Filter = { countyCode: null, state: null, category: null, search: '' };

export type Dialog = { kind: 'new' } | { kind: 'finding'; id: string } | { kind: 'edit'; id: string };

interface SupervisionState {
  filter: Filter;
  list: FindingList | null;
  summary: FindingsSummary | null;
  error: unknown;
  dialog: Dialog | null;
  setFilter: (patch: Partial<Filter>) => void;
  /** Reads the list (as filtered) and the per-county summary again. */
  load: () => Promise<void>;
  open: (dialog: Dialog) => void;
  close: () => void;
}

let loadSeq = 0;

/** The supervision page: its filter, what it shows, and the dialog open on it. */
export const useSupervisionStore = create<SupervisionState>()((set, get) => ({
  filter: EMPTY_FILTER,
  list: null,
  summary: null,
  error: null,
  dialog: null,
  setFilter: (patch) => {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    void get().load();
  },
  load: async () => {
    const seq = ++loadSeq;
    try {
      const [list, summary] = await Promise.all([
        call('findings.list', get().filter),
        call('findings.summary', {}),
      ]);
      if (seq === loadSeq) set({ list, summary, error: null });
    } catch (error) {
      if (seq === loadSeq) set({ error });
    }
  },
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));
