import type { StageFilter } from '../../../../shared/domain/seeker';
import { SeekerFilter } from '../../../../shared/domain/seeker';
import { navigate } from '../../shell/hash-route';
import { EMPTY_FILTER, useSeekersStore } from './seekers-store';

export interface SeekersLink {
  countyCode?: string | null;
  enterpriseId?: string | null;
  stage?: StageFilter | null;
}

/**
 * Opens the job-seeker list showing only the people a figure elsewhere counts (e.g. a dashboard
 * bar: one enterprise at one stage). Every other filter is cleared, so the list matches the figure;
 * a link the filter's schema refuses opens the list unfiltered rather than not at all.
 */
export function openSeekersFiltered(link: SeekersLink): void {
  const parsed = SeekerFilter.safeParse({ ...EMPTY_FILTER, ...link });
  const store = useSeekersStore.getState();
  store.resetFilter();
  if (parsed.success) store.setFilter(parsed.data);
  store.close();
  navigate('seekers');
}
