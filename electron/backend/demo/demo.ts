import type { DemoSummary } from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import type { Database } from '../db/database';
import { countyIdByCode, ensureTown } from '../app/repos/counties';
import { countEnterprises, saveEnterprise } from '../enterprises/repos/enterprises';
import { writeSettings } from '../app/repos/settings';
import { said } from '../audit/repos/audit';
import { DEMO_BOARD_LODGING, DEMO_ENTERPRISES, DEMO_TOWNS } from './demo-data';
import { loadDemoCountyTasks } from './demo-county-tasks';
import { loadDemoFieldwork } from './demo-fieldwork';
import { loadDemoSeekers } from './demo-seekers-load';
import { loadDemoStabilisation } from './demo-stabilisation';
import { loadDemoSupervision } from './demo-supervision';
import { loadDemoPolicies } from './demo-policies';
import { DEMO_AS_OF, DEMO_STABLE_DAYS } from './demo-seekers';
import type { WriteContext } from '../write-context';

/** Loads the demo dataset into an empty database (one transaction, run by the caller). */
/**
 * `oversight: false` leaves out the supervision findings, field work and policies: the upgrade test writes the
 * demo's people into a database of a version before those tables existed.
 */
export function loadDemo(db: Database, ctx: WriteContext, { oversight = true } = {}): DemoSummary {
  const { now, audit } = ctx;
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
  const enterpriseIds = new Map<string, string>();
  for (const e of DEMO_ENTERPRISES) {
    const saved = saveEnterprise(
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
        allowOverlap: false,
      },
      { ...ctx, audit: quiet },
    );
    enterpriseIds.set(e.shortName, saved.id);
    demandLines += e.lines.length;
  }
  const people = loadDemoSeekers(db, enterpriseIds, now);
  loadDemoStabilisation(db, enterpriseIds, now);
  loadDemoCountyTasks(db, now);
  if (oversight) {
    loadDemoSupervision(db, enterpriseIds);
    loadDemoFieldwork(db, enterpriseIds);
    loadDemoPolicies(db);
  }
  // The drive lasted a month: figures are counted on its last day, and 15 days on the job count as stable.
  writeSettings(db, { asOfDate: DEMO_AS_OF, stableDays: DEMO_STABLE_DAYS });
  const summary = {
    counties,
    towns,
    enterprises: DEMO_ENTERPRISES.length,
    demandLines,
    seekers: people.seekers,
    events: people.events,
    asOfDate: DEMO_AS_OF,
    stableDays: DEMO_STABLE_DAYS,
  };
  audit({
    action: 'demo.load',
    entity: 'database',
    entityId: null,
    summary: said('demo_load', {
      counties,
      towns,
      enterprises: summary.enterprises,
      demandLines,
      seekers: people.seekers,
      events: people.events,
    }),
  });
  return summary;
}
