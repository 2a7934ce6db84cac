import { create } from 'zustand';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { call } from '../../api';

type Status = 'idle' | 'loading' | 'ready' | 'failed';
export type TransportView = 'trips' | 'daily';

export interface TripFilter {
  countyCode: string | null;
  from: string | null;
  to: string | null;
}

interface TransportState {
  rows: TripRow[];
  status: Status;
  error: unknown;
  view: TransportView;
  filter: TripFilter;
  /** The daily view's day; null until the page picks a default. */
  day: string | null;
  load: () => Promise<void>;
  setView: (view: TransportView) => void;
  setFilter: (patch: Partial<TripFilter>) => void;
  setDay: (day: string) => void;
}

// A save's reload and its data.changed event can overlap; only the newest load may land.
let loadSeq = 0;

export const useTransportStore = create<TransportState>()((set, get) => ({
  rows: [],
  status: 'idle',
  error: null,
  view: 'trips',
  filter: { countyCode: null, from: null, to: null },
  day: null,

  load: async () => {
    const seq = ++loadSeq;
    set((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
    try {
      const rows = await call('trips.list', get().filter);
      if (seq === loadSeq) set({ rows, status: 'ready', error: null });
    } catch (error) {
      if (seq === loadSeq) set({ status: 'failed', error });
    }
  },
  setView: (view) => set({ view }),
  setFilter: (patch) => {
    set((s) => ({ filter: { ...s.filter, ...patch } }));
    void get().load();
  },
  setDay: (day) => set({ day }),
}));
