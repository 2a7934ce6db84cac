import { create } from 'zustand';
import type { z } from 'zod';
import type { Registration } from '../../../../shared/domain/seeker';
import { SeekerFilter } from '../../../../shared/domain/seeker';
import { readLocal, writeLocal } from './local-state';

export type FilterState = z.output<typeof SeekerFilter>;

const FILTER_KEY = 'sb.seekers.filter.v1';

export const EMPTY_FILTER: FilterState = {
  search: '',
  ids: null,
  countyCode: null,
  town: null,
  stage: null,
  enterpriseId: null,
  preference: null,
};

function savedFilter(): FilterState {
  const parsed = SeekerFilter.safeParse(readLocal(FILTER_KEY));
  return parsed.success ? parsed.data : EMPTY_FILTER;
}

/** Shown at the top of a person's detail, e.g. after registering someone already on file. */
export interface DetailNotice {
  kind: 'repeat_registration';
  first: Registration | null;
}

interface SeekersState {
  filter: FilterState;
  /** People ticked for bulk actions; may include people not loaded in the grid ("all matching"). */
  selected: ReadonlySet<string>;
  /** Rows matching the filter, as last counted by the grid. */
  total: number | null;
  openId: string | null;
  notice: DetailNotice | null;
  /** Bumped when data changes anywhere: grid, counts and detail reload. */
  revision: number;
  setFilter: (patch: Partial<FilterState>) => void;
  resetFilter: () => void;
  setTotal: (total: number | null) => void;
  toggle: (id: string, on: boolean) => void;
  selectOnly: (ids: readonly string[]) => void;
  clearSelection: () => void;
  open: (id: string, notice?: DetailNotice) => void;
  close: () => void;
  bump: () => void;
}

export const useSeekersStore = create<SeekersState>()((set) => ({
  filter: savedFilter(),
  selected: new Set(),
  total: null,
  openId: null,
  notice: null,
  revision: 0,

  setFilter: (patch) =>
    set((s) => {
      const filter = { ...s.filter, ...patch };
      // A town belongs to one county: changing the county drops it.
      if ('countyCode' in patch && patch.countyCode !== s.filter.countyCode) filter.town = null;
      writeLocal(FILTER_KEY, filter);
      return { filter };
    }),
  resetFilter: () => {
    writeLocal(FILTER_KEY, EMPTY_FILTER);
    set({ filter: EMPTY_FILTER });
  },
  setTotal: (total) => set({ total }),
  toggle: (id, on) =>
    set((s) => {
      const selected = new Set(s.selected);
      if (on) selected.add(id);
      else selected.delete(id);
      return { selected };
    }),
  selectOnly: (ids) => set({ selected: new Set(ids) }),
  clearSelection: () => set({ selected: new Set() }),
  open: (id, notice) => set({ openId: id, notice: notice ?? null }),
  close: () => set({ openId: null, notice: null }),
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));
