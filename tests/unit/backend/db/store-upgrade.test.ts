import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../../electron/backend/db/database';
import { LATEST_VERSION, migrations } from '../../../../electron/backend/db/migrations';
import type * as MigrationsModule from '../../../../electron/backend/db/migrations/index';
import { DB_FILE_NAME, Store } from '../../../../electron/backend/db/store';
import { fakeClock } from '../../support/clock';
import { openFile } from '../../support/db-file';
import { digest, fileDigest, tempDirs } from '../../support/temp-dir';

/**
 * Upgrading a database the app wrote itself (user_version ≥ 1) must copy it aside and say so.
 * Only one migration ships yet, so this file pretends a second one exists.
 */
vi.mock('../../../../electron/backend/db/migrations/index', async (importOriginal) => {
  const real = await importOriginal<typeof MigrationsModule>();
  const next = real.LATEST_VERSION + 1;
  const all = [
    ...real.migrations,
    { version: next, name: 'test-next', up: (db: Database) => db.exec('CREATE TABLE next_marker (x)') },
  ];
  // Anything newer than the pretend version is refused by the real check.
  const assertNotNewer = (version: number) => {
    if (version > next) real.assertNotNewer(version);
  };
  const migrate = (db: Database, upTo = next) => {
    const current = db.userVersion();
    assertNotNewer(current);
    const applied: number[] = [];
    for (const m of all) {
      if (m.version <= current || m.version > upTo) continue;
      db.transaction(() => {
        m.up(db);
        db.setUserVersion(m.version);
      });
      applied.push(m.version);
    }
    return applied;
  };
  return { ...real, migrations: all, LATEST_VERSION: next, assertNotNewer, migrate };
});

const dirs = tempDirs();
afterEach(() => dirs.cleanup());
const clock = fakeClock('2026-03-01T02:00:00.000Z');

describe('upgrading a database from the previous version', () => {
  it('copies the file aside before migrating and reports where it is', async () => {
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    const dir = dirs.make();
    const file = path.join(dir, DB_FILE_NAME);

    // A database as the previous version left it.
    const previous = await Store.open({ dataDir: dir, clock: clock.now });
    previous.db.run("INSERT INTO settings (key, value) VALUES ('operatorName', '\"张三\"')");
    await previous.checkpoint();
    await previous.close();
    const db = await openFile(file);
    db.setUserVersion(LATEST_VERSION - 1);
    db.exec('DROP TABLE next_marker');
    const oldBytes = db.export();
    db.close();
    fs.writeFileSync(file, oldBytes);

    const store = await Store.open({ dataDir: dir, clock: clock.now });
    try {
      expect(store.notices).toEqual([
        {
          kind: 'migrated',
          file: expect.stringMatching(/^spring-breeze\.pre-v\d+-\d{8}-\d{6}-\d{3}\.sqlite$/),
          damagedCopy: null,
        },
      ]);
      const aside = path.join(dir, store.notices[0]!.file!);
      expect(fileDigest(aside)).toBe(digest(oldBytes));
      expect(store.db.userVersion()).toBe(LATEST_VERSION);
      const onDisk = await openFile(file);
      expect(onDisk.userVersion()).toBe(LATEST_VERSION);
      expect(onDisk.all("SELECT value FROM settings WHERE key = 'operatorName'")).toEqual([
        { value: '"张三"' },
      ]);
      onDisk.close();
    } finally {
      await store.close();
    }
  });
});
