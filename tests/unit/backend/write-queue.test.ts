import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { DB_FILE_NAME } from '../../../electron/backend/db/store';
import type { Result } from '../../../shared/contract/result';
import { fakeClock } from '../support/clock';
import { enterpriseNamesOnDisk } from '../support/db-file';
import { FaultyFs, fsError } from '../support/faulty-fs';
import { call, enterpriseInput, unwrap } from '../support/fixtures';
import { tempDirs } from '../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let faulty: FaultyFs;
let file: string;

beforeEach(async () => {
  const dir = dirs.make();
  file = path.join(dir, DB_FILE_NAME);
  faulty = new FaultyFs();
  backend = await Backend.open({ dataDir: dir, clock: clock.now, writeFs: faulty });
});
afterEach(async () => {
  await backend.close();
  dirs.cleanup();
});

const save = (name: string) => backend.invoke('enterprises.save', enterpriseInput(name));
const names = async () => (await call(backend, 'enterprises.list', {})).map((e) => e.name).sort();

/** Starts a save of `first` and waits until its file rename is under way and held. */
async function firstSaveHeld(
  first: string,
): Promise<{ release: () => void; pending: Promise<Result<unknown>> }> {
  const release = faulty.hold();
  const before = faulty.writes;
  const pending = save(first);
  await vi.waitFor(() => expect(faulty.writes).toBe(before + 1));
  return { release, pending };
}

describe('the write queue', () => {
  it('saves the changes that arrive during a save together, in one more save', async () => {
    const start = faulty.writes;
    const { release, pending } = await firstSaveHeld('A');
    const group = ['B', 'C', 'D'].map(save);
    release();
    unwrap(await pending);
    for (const r of await Promise.all(group)) unwrap(r);
    expect(faulty.writes - start).toBe(2);
    expect(await names()).toEqual(['A', 'B', 'C', 'D']);
    expect(await enterpriseNamesOnDisk(file)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('answers only once the change is on disk', async () => {
    const { release, pending } = await firstSaveHeld('A');
    // What the disk held when the answer came: the save is held until release().
    let heldAtAnswer: boolean | null = null;
    void pending.then(() => (heldAtAnswer = faulty.holding));
    expect(faulty.holding).toBe(true);
    release();
    unwrap(await pending);
    expect(heldAtAnswer).toBe(false);
    expect(await enterpriseNamesOnDisk(file)).toEqual(['A']);
  });

  it('refuses every change in a group whose save fails, and keeps the changes before it', async () => {
    const { release, pending } = await firstSaveHeld('A');
    const group = [save('B'), save('C'), save('A')];
    // A's save goes through; the group's fails.
    faulty.failWritesFrom = faulty.writes + 1;
    faulty.writeError = fsError('EIO');
    release();
    unwrap(await pending);
    const [b, c, duplicate] = await Promise.all(group);
    expect(b).toMatchObject({ ok: false, error: { code: 'storage' } });
    expect(c).toMatchObject({ ok: false, error: { code: 'storage' } });
    // A change refused on its own merits keeps its own reason.
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict' } });

    expect(await names()).toEqual(['A']);
    expect(await enterpriseNamesOnDisk(file)).toEqual(['A']);
    const audit = await call(backend, 'audit.list', {});
    expect(audit.filter((e) => e.action === 'enterprises.create').map((e) => e.summary)).toEqual([
      { key: 'subject', params: { name: 'A' }, parts: [] },
    ]);

    faulty.writeError = null;
    unwrap(await save('B'));
    expect(await enterpriseNamesOnDisk(file)).toEqual(['A', 'B']);
  });

  it('does not save when every change in a group is refused', async () => {
    unwrap(await save('A'));
    const before = faulty.writes;
    expect(await save('A')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(faulty.writes).toBe(before);
  });

  it('waits for queued saves before closing', async () => {
    const { release, pending } = await firstSaveHeld('A');
    const later = save('B');
    const closing = backend.close();
    release();
    await closing;
    unwrap(await pending);
    unwrap(await later);
    expect(await enterpriseNamesOnDisk(file)).toEqual(['A', 'B']);
    // Reopen for afterEach to close.
    backend = await Backend.open({ dataDir: path.dirname(file), clock: clock.now });
  });
});
