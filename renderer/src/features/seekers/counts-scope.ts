import type { CountRow, CountsSummary } from '../../../../shared/domain/counts';
import { countyName } from '../../data/labels';
import type { FilterState } from './seekers-store';

export interface CountScope {
  row: CountRow;
  /** What the figures cover, in words; null for the whole drive. */
  label: string | null;
}

/**
 * Figures for the filter's enterprise or county when one is chosen, else the totals. The summary has
 * no enterprise × county cross-table, so the enterprise wins when both are chosen.
 */
export function countScope(
  summary: CountsSummary,
  filter: Pick<FilterState, 'enterpriseId' | 'countyCode'>,
  language: string,
  anyLabel: string,
): CountScope {
  if (filter.enterpriseId === 'any') return { row: summary.unassigned, label: anyLabel };
  if (filter.enterpriseId) {
    const e = summary.byEnterprise.find((x) => x.enterpriseId === filter.enterpriseId);
    if (e) return { row: e, label: e.shortName || e.name };
  }
  if (filter.countyCode) {
    const c = summary.byCounty.find((x) => x.code === filter.countyCode);
    if (c) return { row: c, label: countyName(c.code, language) };
  }
  return { row: summary.totals, label: null };
}
