import { SeekerFilter } from '../../../shared/domain/seeker';
import { navigate } from '../shell/hash-route';

/** The people a figure elsewhere counts (e.g. a dashboard bar: one enterprise at one stage). */
export type SeekersLink = Partial<Pick<SeekerFilter, 'countyCode' | 'enterpriseId' | 'stage'>>;

/**
 * Opens the job-seeker list showing only the people a figure counts. The link travels in the
 * address (`#/seekers?enterpriseId=…&stage=…`), so the page that counts needs nothing of the list's.
 */
export function openSeekersFiltered(link: SeekersLink): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(link)) if (value != null) params.set(key, value);
  navigate(`seekers?${params.toString()}`);
}

/**
 * The filter a link in the address asks for (every other filter cleared, so the list matches the
 * figure), or null when the address holds none. A link the schema refuses opens the list unfiltered.
 */
export function linkedFilter(hash: string): SeekerFilter | null {
  const query = hash.split('?')[1];
  if (query === undefined) return null;
  const parsed = SeekerFilter.safeParse(Object.fromEntries(new URLSearchParams(query)));
  return parsed.success ? parsed.data : SeekerFilter.parse({});
}
