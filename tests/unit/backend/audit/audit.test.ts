import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DB_FILE_NAME } from '../../../../electron/backend/db/store';
import { fakeClock } from '../../support/clock';
import { READ_CHANNELS, readInputs, type ReadInputs } from '../../support/read-inputs';
import { openSavedState } from '../../support/db-file';
import { call, enterpriseInput, errorOf, lineInput } from '../../support/fixtures';
import { fileDigest, tempDirs } from '../../support/temp-dir';
import { auditText } from '../../support/audit-text';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let dir: string;

beforeEach(async () => {
  clock.set('2026-02-11T08:00:00.000Z');
  dir = dirs.make();
  backend = await Backend.open({ dataDir: dir, clock: clock.now });
});
afterEach(async () => {
  await backend.close();
  dirs.cleanup();
});

/** Audit entries, oldest first. */
const auditLog = async () => (await call(backend, 'audit.list', { limit: 500 })).reverse();

describe('the audit log', () => {
  it('records who changed what, and when', async () => {
    await call(backend, 'settings.update', { operatorName: '张三' });

    clock.set('2026-02-11T09:15:00.000Z');
    const saved = await call(backend, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));

    clock.set('2026-02-12T10:00:00.000Z');
    await call(backend, 'settings.update', { operatorName: '李四' });
    clock.set('2026-02-12T10:30:00.000Z');
    await call(backend, 'enterprises.save', {
      ...enterpriseInput('恩施华鑫科技有限公司'),
      id: saved.id,
      contactName: '谢经理',
      lines: [{ ...lineInput({ headcount: 560 }), id: saved.lines[0]!.id }],
    });
    clock.set('2026-02-12T11:00:00.000Z');
    await call(backend, 'enterprises.archive', { id: saved.id, archived: true });

    const entries = (await auditLog()).map(({ at, operator, action, entity, entityId, summary }) => ({
      at,
      operator,
      action,
      entity,
      entityId,
      summary: auditText(summary),
    }));
    expect(entries).toEqual([
      {
        at: '2026-02-11T08:00:00.000Z',
        // Who acted is fixed when the request starts: the first name is set by nobody yet.
        operator: '',
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        summary: 'Settings: operator name changed from “none” to “张三”',
      },
      {
        at: '2026-02-11T09:15:00.000Z',
        operator: '张三',
        action: 'enterprises.create',
        entity: 'enterprise',
        entityId: saved.id,
        summary: '恩施华鑫科技有限公司',
      },
      {
        at: '2026-02-11T09:15:00.000Z',
        operator: '张三',
        action: 'demandLines.create',
        entity: 'demand_line',
        entityId: saved.lines[0]!.id,
        summary: '恩施华鑫科技有限公司 / 普工: 100 people, 2022-01-01 to 2022-06-30',
      },
      {
        at: '2026-02-12T10:00:00.000Z',
        operator: '张三',
        action: 'settings.update',
        entity: 'settings',
        entityId: null,
        summary: 'Settings: operator name changed from “张三” to “李四”',
      },
      {
        at: '2026-02-12T10:30:00.000Z',
        operator: '李四',
        action: 'enterprises.update',
        entity: 'enterprise',
        entityId: saved.id,
        summary: '恩施华鑫科技有限公司: contact changed from “none” to “谢经理”',
      },
      {
        at: '2026-02-12T10:30:00.000Z',
        operator: '李四',
        action: 'demandLines.update',
        entity: 'demand_line',
        entityId: saved.lines[0]!.id,
        summary: '恩施华鑫科技有限公司 / 普工: headcount changed from “100” to “560”',
      },
      {
        at: '2026-02-12T11:00:00.000Z',
        operator: '李四',
        action: 'enterprises.archive',
        entity: 'enterprise',
        entityId: saved.id,
        summary: '恩施华鑫科技有限公司',
      },
    ]);
  });

  it('is saved together with the change it describes', async () => {
    await call(backend, 'settings.update', { operatorName: '张三' });
    await call(backend, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    const saved = await openSavedState(path.join(dir, DB_FILE_NAME));
    const rows = saved.db.all<{ operator: string; action: string }>(
      'SELECT operator, action FROM audit_log ORDER BY id',
    );
    await saved.close();
    expect(rows).toEqual([
      { operator: '', action: 'settings.update' },
      { operator: '张三', action: 'enterprises.create' },
      { operator: '张三', action: 'demandLines.create' },
    ]);
  });

  it('records nothing for a save that changes nothing', async () => {
    const saved = await call(backend, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    const before = await auditLog();
    await call(backend, 'enterprises.save', {
      ...enterpriseInput('恩施大象科技有限公司'),
      id: saved.id,
      lines: [{ ...lineInput(), id: saved.lines[0]!.id }],
    });
    await call(backend, 'enterprises.archive', { id: saved.id, archived: false });
    await call(backend, 'settings.update', {});
    expect(await auditLog()).toEqual(before);
  });

  it('records nothing for a refused change', async () => {
    await call(backend, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    const before = await auditLog();
    errorOf(await backend.invoke('enterprises.save', enterpriseInput('恩施大象科技有限公司')));
    errorOf(await backend.invoke('enterprises.archive', { id: crypto.randomUUID(), archived: true }));
    // A change that fails half-way (its second line names a line that does not exist) leaves no trace either.
    errorOf(
      await backend.invoke(
        'enterprises.save',
        enterpriseInput('恩施新企业', { lines: [lineInput(), { ...lineInput(), id: crypto.randomUUID() }] }),
      ),
    );
    expect(await auditLog()).toEqual(before);
    expect((await call(backend, 'enterprises.list', {})).map((e) => e.name)).toEqual([
      '恩施大象科技有限公司',
    ]);
  });

  it('is not written by reads, which leave the file untouched', { timeout: 120_000 }, async () => {
    await call(backend, 'settings.update', { operatorName: '张三' });
    await call(backend, 'demo.load', {});
    // Fold the demo's large journal record into the file now, as the next write would.
    await backend.store.checkpoint();
    const inputs: Partial<ReadInputs> = await readInputs(backend);
    const file = path.join(dir, DB_FILE_NAME);
    const before = await auditLog();
    const fileBefore = fileDigest(file);
    // Every read channel is called with a sample from the demo, and must answer.
    expect(READ_CHANNELS.filter((c) => !(c in inputs))).toEqual([]);
    for (const channel of READ_CHANNELS) {
      clock.advance(3_600_000); // long enough for a rolling backup, were anything saved
      const result = await backend.invoke(channel, inputs[channel]);
      expect(result.ok ? null : result.error, channel).toBeNull();
    }
    expect(await auditLog()).toEqual(before);
    expect(fileDigest(file)).toBe(fileBefore);
  });

  it('records a restore in the restored database', async () => {
    await call(backend, 'settings.update', { operatorName: '张三' });
    const backup = await call(backend, 'backups.create', {});
    clock.set('2026-02-11T12:00:00.000Z');
    await call(backend, 'enterprises.save', enterpriseInput('恩施大象科技有限公司'));
    await call(backend, 'backups.restore', { name: backup.name });
    const last = (await auditLog()).at(-1);
    expect(last).toMatchObject({
      action: 'backups.restore',
      operator: '张三',
      at: '2026-02-11T12:00:00.000Z',
      summary: { key: 'backup_restored', params: expect.objectContaining({ restored: backup.name }) },
    });
  });
});
