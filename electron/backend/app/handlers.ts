import type { ChannelName } from '../../../shared/contract/channels';
import { describeChanges, said } from '../audit/repos/audit';
import { LATEST_VERSION } from '../db/migrations';
import { loadDemo } from '../demo/demo';
import { countEnterprises } from '../enterprises/repos/enterprises';
import type { DomainHandlers } from '../handler-context';
import { listCounties } from './repos/counties';
import { readSettings, writeSettings } from './repos/settings';

type AppChannel = Extract<
  ChannelName,
  'app.info' | 'settings.get' | 'settings.update' | 'demo.load' | 'counties.list'
>;

/** The app's own channels: what it is, its settings, the counties it knows, and the demo. */
export const appHandlers: DomainHandlers<AppChannel> = {
  'app.info': (_input, { store, db, version }) => ({
    version,
    dataDir: store.dataDir,
    dbFile: store.dbFile,
    schemaVersion: LATEST_VERSION,
    empty: countEnterprises(db) === 0,
    notices: store.notices,
  }),
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (patch, ctx) => {
    const before = readSettings(ctx.db);
    writeSettings(ctx.db, patch);
    const after = readSettings(ctx.db);
    const changes = describeChanges('settings', before, after);
    if (changes.length > 0)
      ctx.audit({
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        summary: said('settings', {}, changes),
      });
    return after;
  },
  'demo.load': (_input, ctx) => loadDemo(ctx.db, ctx),
  'counties.list': (_input, { db }) => listCounties(db),
};
