import { test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/backend/backend';
import type { Enterprise } from '../shared/domain/enterprise';
import { median, report } from './figures';

test('one durable save of the demo database', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sb-bench-save-'));
  const backend = await Backend.open({ dataDir });
  await backend.invoke('demo.load', {});
  const checkpoint: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await backend.store.checkpoint();
    checkpoint.push(performance.now() - t0);
  }
  const list = await backend.invoke('enterprises.list', {});
  if (!list.ok) throw new Error('list failed');
  const first = (list.data as Enterprise[])[0]!;
  const roundTrip: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    const r = await backend.invoke('enterprises.save', { ...pick(first), notes: `edit ${i}` });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    roundTrip.push(performance.now() - t0);
  }
  const size = await backend.store.fileSize();
  report(
    `checkpoint: export + durable write of the demo db (${(size / 1024).toFixed(0)} KiB, median of 20)`,
    median(checkpoint),
    null,
  );
  report(
    'enterprise edit: validate + transaction + audit + journal fsync (median of 20)',
    median(roundTrip),
    null,
  );
  await backend.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function pick(e: Enterprise) {
  return {
    id: e.id,
    name: e.name,
    shortName: e.shortName,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    address: e.address,
    notes: e.notes,
    lines: e.lines.map(({ enterpriseId: _e, createdAt: _c, updatedAt: _u, ...l }) => l),
  };
}
