import type { Backend } from '../../../electron/backend/backend';
import {
  CHANNEL_NAMES,
  contract,
  type ChannelInput,
  type ChannelName,
  type Contract,
} from '../../../shared/contract/channels';
import { call } from './fixtures';
import { importReadInputs } from './import-read-inputs';

/** The channels that only read. */
export type ReadChannel = {
  [K in ChannelName]: Contract[K]['kind'] extends 'read' ? K : never;
}[ChannelName];

export const READ_CHANNELS = CHANNEL_NAMES.filter((c): c is ReadChannel => contract[c].kind === 'read');

/** One valid input for every read channel: a read channel added without a sample does not compile. */
export type ReadInputs = { [K in ReadChannel]: ChannelInput<K> };

/** The demo's last day (its as-of date), inside its drive. */
const DEMO_DAY = '2022-03-10';

function first<T>(rows: readonly T[], what: string): T {
  if (rows.length === 0) throw new Error(`the demo has no ${what} to read`);
  return rows[0]!;
}

/**
 * A valid input for every read channel, each naming something the demo holds (a person, a trip
 * with passengers, a service case, a special class) so that the channel answers with real data.
 * Tests that call every read channel use them. The backend must hold the demo; the only write is
 * one daily report (the demo has none), generated here so that `reports.get` has one to open.
 */
export async function readInputs(backend: Backend): Promise<ReadInputs> {
  const person = first((await call(backend, 'seekers.query', { limit: 1 })).rows, 'job seekers');
  const trips = await call(backend, 'trips.list', {});
  const trip = first(
    trips.filter((t) => t.booked > 0),
    'trip with passengers',
  );
  const serviceCase = first((await call(backend, 'cases.list', { limit: 1 })).rows, 'service cases');
  const specialClass = first(await call(backend, 'classes.list', {}), 'special classes');
  const visit = first((await call(backend, 'fieldVisits.list', { limit: 1 })).rows, 'field visits');
  const finding = first((await call(backend, 'findings.list', {})).rows, 'supervision findings');
  const batch = first(await call(backend, 'policies.batches', {}), 'claim batches');
  const report =
    (await call(backend, 'reports.list', {})).find((r) => r.date === DEMO_DAY) ??
    (await call(backend, 'reports.generate', { date: DEMO_DAY }));
  return {
    'app.info': {},
    'settings.get': {},
    'counties.list': {},
    'enterprises.list': {},
    'seekers.get': { id: person.id },
    'seekers.query': {},
    'seekers.selectIds': { filter: {} },
    'counts.summary': {},
    'backups.list': {},
    'audit.list': {},
    ...(await importReadInputs(backend)),
    'dashboard.summary': {},
    'countyTasks.list': {},
    'reports.list': {},
    'reports.get': { id: report.id },
    'reports.export': { id: report.id, language: 'en' },
    'trips.list': {},
    'trips.get': { id: trip.id },
    'trips.candidates': { tripId: trip.id, enterprise: 'all' },
    'trips.manifest': { id: trip.id },
    'supplies.list': {},
    'print.page': {},
    'print.savePdf': { fileName: `manifest-${trip.tripNo}.pdf` },
    'classes.list': {},
    'cases.list': {},
    'cases.get': { id: serviceCase.id },
    'cases.notable': { from: '2022-01-01', to: DEMO_DAY },
    'visits.due': {},
    'risk.list': {},
    'stabilisation.person': { seekerId: serviceCase.seekerId },
    'stabilisation.overview': {},
    'diary.week': { classId: specialClass.id, weekStart: specialClass.startDate },
    'findings.list': { countyCode: '422825', state: 'open' },
    'findings.get': { id: finding.id },
    'findings.summary': {},
    'findings.export': { countyCode: '422825' },
    'trips.closeCheck': { id: trip.id },
    'recruitmentClasses.list': {},
    'fieldVisits.list': { countyCode: '422822', kind: 'village_meeting' },
    'fieldVisits.get': { id: visit.id },
    'enterpriseService.overview': {},
    'enterpriseService.requests': { status: null },
    'policies.rules': {},
    'policies.summary': {},
    'policies.standings': { countyCode: '422828', missingEvidence: true },
    'policies.person': { seekerId: serviceCase.seekerId },
    'policies.batches': {},
    'policies.batch': { id: batch.id },
    'policies.enterprises': {},
  };
}
