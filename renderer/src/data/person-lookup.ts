import { isWholeNumber, parsePersonSearch } from '../../../shared/domain/person-search';
import { call } from '../api';

/** Whole numbers already looked up this session: scrolling or reloading a list asks (and audits) once. */
const looked = new Map<string, Promise<string[]>>();

/**
 * A person search as the read channels take it. A whole ID number or phone is looked up through
 * `seekers.lookup` (audited) and becomes the ids it found; anything else is sent as typed (a name
 * or the last four digits; other digits match nobody).
 */
export async function searchFilter(search: string): Promise<{ search: string; ids: string[] | null }> {
  const parsed = parsePersonSearch(search);
  if (!isWholeNumber(parsed)) return { search, ids: null };
  let ids = looked.get(parsed.value);
  if (!ids) {
    ids = call('seekers.lookup', { number: parsed.value }).then((r) => r.ids);
    looked.set(parsed.value, ids);
    ids.catch(() => looked.delete(parsed.value));
  }
  return { search: '', ids: await ids };
}

/** A job-seeker filter with its search resolved (see `searchFilter`). */
export async function withSearchResolved<F extends { search: string }>(
  filter: F,
): Promise<F & { ids: string[] | null }> {
  return { ...filter, ...(await searchFilter(filter.search)) };
}
