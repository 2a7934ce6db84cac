import type {
  ChannelName,
  ChannelOutput,
  ChannelParsedInput,
  Contract,
} from '../../shared/contract/channels';
import type { BackendEvent } from '../../shared/contract/events';
import type { Database } from './db/database';
import type { Store } from './db/store';
import { dashboardHandlers } from './dashboard-handlers';
import { importHandlers } from './imports/handlers';
import { transportHandlers } from './transport/handlers';
import { stabilisationHandlers } from './services/stabilisation/handlers';
import type { ImportSession } from './imports/import-session';
import { listAudit, type AuditRecord } from './repos/audit';
import { listCounties } from './repos/counties';
import { archiveEnterprise, countEnterprises, listEnterprises, saveEnterprise } from './repos/enterprises';
import { readSettings, writeSettings } from './repos/settings';
import { loadDemo } from './services/demo';
import { describeChanges } from './repos/audit';
import { LATEST_VERSION } from './db/migrations';
import { rowView } from './repos/seeker-rows';
import { compareRegistration, registerAgain } from './repos/register-again';
import { querySeekers, selectSeekerIds } from './repos/seeker-query';
import {
  findByIdNumbers,
  getSeeker,
  linkPartner,
  registerSeeker,
  revealField,
  updateSeeker,
} from './repos/seekers';
import type { WriteContext } from './repos/write-context';
import { countsSummary } from './services/counts';
import { correctEvent, recordEvents } from './services/pipeline';
import { effectiveAsOf } from '../../shared/domain/settings';

export interface HandlerContext {
  store: Store;
  db: Database;
  /** ISO timestamp of this request; every row it writes carries the same time. */
  now: string;
  /** Records one audit entry inside the request's transaction (write and admin channels only). */
  audit: (record: AuditRecord, db?: Database) => void;
  version: string;
  /** Staged files, previews and running import jobs. */
  imports: ImportSession;
  /** Sends an event to every window (import progress). */
  emit: (event: BackendEvent) => void;
  /**
   * For `admin` handlers, which run alone and may await: runs `fn` as one journaled transaction
   * (like a write channel) and resolves once it is on disk. Other kinds must not call it.
   */
  write: <T>(fn: () => T) => Promise<T>;
}

/** A write's time, local date and operator (read at the start of the request, as the audit log does). */
function writeContext({ db, now, audit }: HandlerContext): WriteContext {
  return {
    now,
    today: effectiveAsOf({ asOfDate: null }, new Date(now)),
    operator: readSettings(db).operatorName,
    audit: (record) => audit(record),
  };
}

type Output<K extends ChannelName> = ChannelOutput<K>;
type Handler<K extends ChannelName> = Contract[K]['kind'] extends 'write'
  ? (input: ChannelParsedInput<K>, ctx: HandlerContext) => Output<K>
  : (input: ChannelParsedInput<K>, ctx: HandlerContext) => Output<K> | Promise<Output<K>>;

/** One handler per channel; a channel without a handler does not compile. */
export type Handlers = { [K in ChannelName]: Handler<K> };

export const handlers: Handlers = {
  'app.info': (_input, { store, db, version }) => ({
    version,
    dataDir: store.dataDir,
    dbFile: store.dbFile,
    schemaVersion: LATEST_VERSION,
    empty: countEnterprises(db) === 0,
    notices: store.notices,
  }),
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (patch, { db, audit }) => {
    const before = readSettings(db);
    writeSettings(db, patch);
    const after = readSettings(db);
    const changes = describeChanges(before, after);
    if (changes) audit({ action: 'settings.update', entity: 'settings', entityId: null, summary: changes });
    return after;
  },
  'demo.load': (_input, { db, now, audit }) => loadDemo(db, now, audit),
  'counties.list': (_input, { db }) => listCounties(db),
  'enterprises.list': ({ includeArchived }, { db }) => listEnterprises(db, includeArchived),
  'enterprises.save': (input, { db, now, audit }) => saveEnterprise(db, input, now, audit),
  'enterprises.archive': ({ id, archived }, { db, now, audit }) =>
    archiveEnterprise(db, id, archived, now, audit),
  'seekers.register': (input, ctx) =>
    registerSeeker(ctx.db, input, writeContext(ctx), rowView(ctx.db, ctx.now)),
  'seekers.compareRegistration': (input, { db }) => compareRegistration(db, input),
  'seekers.registerAgain': (input, ctx) =>
    registerAgain(ctx.db, input, writeContext(ctx), rowView(ctx.db, ctx.now)),
  'seekers.update': (input, ctx) => updateSeeker(ctx.db, input, writeContext(ctx), rowView(ctx.db, ctx.now)),
  'seekers.get': ({ id }, { db, now }) => getSeeker(db, id, rowView(db, now)),
  'seekers.query': (query, { db, now }) => querySeekers(db, query, rowView(db, now)),
  'seekers.selectIds': ({ filter }, { db, now }) => ({ ids: selectSeekerIds(db, filter, rowView(db, now)) }),
  'seekers.findByIdNumbers': ({ idNumbers }, { db }) => findByIdNumbers(db, idNumbers),
  'seekers.reveal': ({ id, field }, ctx) => revealField(ctx.db, id, field, writeContext(ctx)),
  'seekers.link': ({ id, partnerId }, ctx) =>
    linkPartner(ctx.db, id, partnerId, writeContext(ctx), rowView(ctx.db, ctx.now)),
  'pipeline.record': (input, ctx) => recordEvents(ctx.db, input, writeContext(ctx)),
  'pipeline.correct': (input, ctx) =>
    correctEvent(ctx.db, input, writeContext(ctx), rowView(ctx.db, ctx.now)),
  'counts.summary': (options, { db, now }) => countsSummary(db, options, now),
  'backups.list': (_input, { store }) => store.listBackups(),
  'backups.create': (_input, { store }) => store.backupNow(),
  'backups.restore': ({ name }, { store, audit }) =>
    // The restored database records who restored it, and from which file, in the same save.
    store.restore(name, (db, result) =>
      audit(
        { action: 'backups.restore', entity: 'database', entityId: null, summary: JSON.stringify(result) },
        db,
      ),
    ),
  'audit.list': ({ limit, offset }, { db }) => listAudit(db, limit, offset),
  ...importHandlers,
  ...dashboardHandlers,
  ...transportHandlers,
  ...stabilisationHandlers,
};
