import { create } from 'zustand';
import type { Dashboard } from '../../../../shared/domain/dashboard';
import type { Period } from '../../../../shared/domain/quotas';
import { call } from '../../api';

type Status = 'idle' | 'loading' | 'ready' | 'failed';

export interface DashboardFilter {
  /** Null: the half-year containing the as-of date (the backend's default). */
  period: Period | null;
  countyCode: string | null;
  enterpriseId: string | null;
}

interface DashboardState {
  filter: DashboardFilter;
  data: Dashboard | null;
  status: Status;
  error: unknown;
  /** Milliseconds the last load took, from request to figures (shown to nobody; read by the benchmark). */
  loadMs: number | null;
  load: () => Promise<void>;
  setFilter: (patch: Partial<DashboardFilter>) => void;
}

const EMPTY: DashboardFilter = { period: null, countyCode: null, enterpriseId: null };
// A filter change and a data.changed reload can overlap; only the newest answer may land.
let loadSeq = 0;

export const useDashboardStore = create<DashboardState>()((set, get) => ({
  filter: EMPTY,
  data: null,
  status: 'idle',
  error: null,
  loadMs: null,

  load: async () => {
    const seq = ++loadSeq;
    const started = performance.now();
    set((s) => ({ status: s.data ? s.status : 'loading' }));
    try {
      const { period, countyCode, enterpriseId } = get().filter;
      const data = await call('dashboard.summary', { asOf: null, period, countyCode, enterpriseId });
      if (seq !== loadSeq) return;
      const loadMs = performance.now() - started;
      // The same figures again (a reload on entering the page, a change elsewhere): keep the object,
      // so nothing on the page draws twice.
      const same = get().data !== null && JSON.stringify(get().data) === JSON.stringify(data);
      set(same ? { status: 'ready', error: null, loadMs } : { data, status: 'ready', error: null, loadMs });
    } catch (error) {
      if (seq === loadSeq) set({ status: 'failed', error });
    }
  },

  setFilter: (patch) => {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    void get().load();
  },
}));
