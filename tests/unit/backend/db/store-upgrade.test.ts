import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { Database } from '../../../../electron/backend/db/database';
import { LATEST_VERSION, migrate, migrations } from '../../../../electron/backend/db/migrations';
import { loadSqlJs } from '../../../../electron/backend/db/sql';
import { DB_FILE_NAME, Store } from '../../../../electron/backend/db/store';
import { loadDemo } from '../../../../electron/backend/demo/demo';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { openFile } from '../../support/db-file';
import { digest, fileDigest, OWNER_ONLY, tempDirs } from '../../support/temp-dir';

/**
 * Upgrading a database an earlier version of the app wrote (user_version ≥ 1), through the real
 * migrations: the file is built by the migrations that version shipped (migrate up to it), then
 * opened as the app opens it. The file is copied aside first, and the app says so.
 */

const dirs = tempDirs();
afterEach(() => dirs.cleanup());
const clock = fakeClock('2026-03-01T02:00:00.000Z');
const PREVIOUS_VERSIONS = migrations.map((m) => m.version).filter((v) => v < LATEST_VERSION);

/** A database as version `version` of the app left it: its migrations, then `fill` for its data. */
async function databaseOfVersion(version: number, fill: (db: Database) => void): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new Database(new SQL.Database(), undefined, SQL);
  expect(migrate(db, version)).toEqual(migrations.filter((m) => m.version <= version).map((m) => m.version));
  fill(db);
  expect(db.userVersion()).toBe(version);
  const bytes = db.export();
  db.close();
  return bytes;
}

/** Every table, index and trigger, as created. */
const schemaOf = (db: Database) =>
  db.all<{ type: string; name: string; sql: string | null }>(
    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
  );

const operatorName = (db: Database) =>
  db.all<{ value: string }>("SELECT value FROM settings WHERE key = 'operatorName'");

describe('upgrading a database from an earlier version', () => {
  it('ships more than one version, so there is something to upgrade from', () => {
    expect(PREVIOUS_VERSIONS.length).toBeGreaterThanOrEqual(1);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, i) => i + 1));
  });

  it.each(PREVIOUS_VERSIONS)(
    'from version %i: copies the file aside, reports where, migrates to the latest schema and keeps the data',
    async (version) => {
      const dir = dirs.make();
      const file = path.join(dir, DB_FILE_NAME);
      const oldBytes = await databaseOfVersion(version, (db) =>
        db.run("INSERT INTO settings (key, value) VALUES ('operatorName', '\"张三\"')"),
      );
      fs.writeFileSync(file, oldBytes, OWNER_ONLY);

      const store = await Store.open({ dataDir: dir, clock: clock.now });
      const fresh = await Store.open({ dataDir: dirs.make(), clock: clock.now });
      try {
        expect(store.notices).toEqual([
          {
            kind: 'migrated',
            file: expect.stringMatching(/^spring-breeze\.pre-v\d+-\d{8}-\d{6}-\d{3}\.sqlite$/),
            damagedCopy: null,
          },
        ]);
        expect(fileDigest(path.join(dir, store.notices[0]!.file!))).toBe(digest(oldBytes));
        expect(store.db.userVersion()).toBe(LATEST_VERSION);
        // The same schema as a database created today, on disk as well as open.
        expect(schemaOf(store.db)).toEqual(schemaOf(fresh.db));
        const onDisk = await openFile(file);
        expect(onDisk.userVersion()).toBe(LATEST_VERSION);
        expect(schemaOf(onDisk)).toEqual(schemaOf(fresh.db));
        expect(operatorName(onDisk)).toEqual([{ value: '"张三"' }]);
        onDisk.close();
      } finally {
        await store.close();
        await fresh.close();
      }
    },
  );

  it(
    "counts the previous version's people after the upgrade exactly as if they were registered today",
    {
      // The demo is loaded twice (8k people each): seconds on a quiet machine, more on a busy one.
      timeout: 180_000,
    },
    async () => {
      // The version before supervision findings and field work (10 and 11), whose demo parts are left out.
      const previous = 9;
      const now = clock.now().toISOString();
      // The demo's people, written by an earlier version's schema (before the latest migrations).
      const dir = dirs.make();
      fs.writeFileSync(
        path.join(dir, DB_FILE_NAME),
        await databaseOfVersion(previous, (db) =>
          db.transaction(() =>
            loadDemo(
              db,
              { now, today: now.slice(0, 10), operator: '', audit: () => undefined },
              { oversight: false },
            ),
          ),
        ),
        OWNER_ONLY,
      );
      const upgraded = await Backend.open({ dataDir: dir, clock: clock.now });
      const today = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
      try {
        await call(today, 'demo.load', {});
        expect((await call(upgraded, 'app.info', {})).notices).toEqual([
          expect.objectContaining({ kind: 'migrated' }),
        ]);
        const counted = await call(upgraded, 'counts.summary', {});
        expect(counted.totals.signedUp).toBeGreaterThan(6000);
        expect(byName(counted)).toEqual(byName(await call(today, 'counts.summary', {})));
      } finally {
        await upgraded.close();
        await today.close();
      }
    },
  );
});

/** A summary with its enterprises known by name (their ids differ between two loads of the demo). */
function byName(summary: ChannelOutput<'counts.summary'>) {
  return {
    ...summary,
    byEnterprise: summary.byEnterprise.map(({ enterpriseId: _id, ...rest }) => rest),
  };
}
