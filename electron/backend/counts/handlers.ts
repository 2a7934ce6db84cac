import type { DomainHandlers } from '../handler-context';
import { countsSummary } from './counts';

/** The counting module's figures (person-trips, employed, stable, gaps). */
export const countHandlers: DomainHandlers<'counts.summary'> = {
  'counts.summary': (options, { db, now }) => countsSummary(db, options, now),
};
