import type { DemoSummary } from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import type { Database } from '../db/database';
import type { AuditRecord } from '../repos/audit';
import { countyIdByCode, ensureTown } from '../repos/counties';
import { countEnterprises, saveEnterprise } from '../repos/enterprises';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES, DEMO_TOWNS } from './demo-data';

/** Loads the demo dataset into an empty database (one transaction, run by the caller). */
export function loadDemo(db: Database, now: string, audit: (r: AuditRecord) => void): DemoSummary {
  if (countEnterprises(db) > 0) throw new ApiError('conflict', 'e.demo_not_empty');
  let towns = 0;
  let counties = 0;
  for (const [code, names] of Object.entries(DEMO_TOWNS)) {
    const countyId = countyIdByCode(db, code);
    if (!countyId) continue;
    counties++;
    for (const name of names) {
      ensureTown(db, countyId, name);
      towns++;
    }
  }
  let demandLines = 0;
  const quiet = () => undefined;
  for (const e of DEMO_ENTERPRISES) {
    saveEnterprise(
      db,
      {
        name: e.name,
        shortName: e.shortName,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        address: e.address,
        notes: '',
        lines: e.lines.map((l) => ({
          post: l.post,
          headcount: l.headcount,
          periodStart: l.periodStart,
          periodEnd: l.periodEnd,
          shiftPattern: l.shiftPattern,
          payMin: l.pay[0],
          payMax: l.pay[1],
          boardLodging: DEMO_BOARD_LODGING,
          contactName: e.contactName,
          contactPhone: e.contactPhone,
          archived: false,
        })),
      },
      now,
      quiet,
    );
    demandLines += e.lines.length;
  }
  const summary = { counties, towns, enterprises: DEMO_ENTERPRISES.length, demandLines };
  audit({ action: 'demo.load', entity: 'database', entityId: null, summary: JSON.stringify(summary) });
  return summary;
}
