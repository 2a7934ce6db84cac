import type { Enterprise } from '../../../../shared/domain/enterprise';
import { demandByEnterprise, type Period } from '../../../../shared/domain/quotas';

/** One grid row per enterprise, with its demand in the selected period. */
export interface EnterpriseRow {
  id: string;
  name: string;
  shortName: string;
  /** Null for archived enterprises: their demand does not count. */
  demand: number | null;
  mothersLineDemand: number | null;
  lineCount: number | null;
  contactName: string;
  contactPhone: string;
  archived: boolean;
  updatedAt: string;
  /** Post names and line contacts, so the quick search finds an enterprise by its posts. */
  searchText: string;
}

export function toRows(
  enterprises: readonly Enterprise[],
  period: Period | null,
  showArchived: boolean,
): EnterpriseRow[] {
  const demand = new Map(demandByEnterprise(enterprises, period).map((d) => [d.enterpriseId, d]));
  return enterprises
    .filter((e) => showArchived || !e.archived)
    .map((e) => {
      const d = demand.get(e.id);
      return {
        id: e.id,
        name: e.name,
        shortName: e.shortName,
        demand: d ? d.demand : null,
        mothersLineDemand: d ? d.mothersLineDemand : null,
        lineCount: d ? d.lineCount : null,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        archived: e.archived,
        updatedAt: e.updatedAt,
        searchText: e.lines.map((l) => `${l.post} ${l.contactName} ${l.contactPhone}`).join(' '),
      };
    });
}
