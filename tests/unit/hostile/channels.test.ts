import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { Backend } from '../../../electron/backend/backend';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract/channels';
import type { ErrorCode, Result } from '../../../shared/contract/result';
import { fakeClock } from '../support/clock';
import { call, enterpriseInput } from '../support/fixtures';
import { importReadInputs } from '../support/import-read-inputs';
import { validId } from '../support/seekers';
import { tempDirs } from '../support/temp-dir';
import { createTrip, verifiedPeople } from '../support/transport';
import { filesDigest, rowsDigest, writeWitness } from './support/db-digest';
import { hostileFor, type Pools } from './support/zod-arbitrary';

/**
 * Every channel of the contract is fed malformed, oversized and type-confused input generated from
 * its own schema (one hostile change in an otherwise plausible value). Every call answers with a
 * typed error envelope, never a throw or an `internal` error, and input the schema refuses changes
 * nothing: neither the rows nor the files on disk.
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 50);
const ERROR_CODES: ErrorCode[] = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'newer_database',
  'storage',
  'forbidden',
  'locked',
];
/** Valid input to these is whole-database work other tests cover; generated input that happens to be valid is not sent. */
const NOT_SENT_WHEN_VALID = new Set<ChannelName>(['demo.load', 'backups.create', 'backups.restore']);

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
const tally = new Map<ChannelName, { tried: number; refused: number; valid: number }>();
let backend: Backend;
let dataDir: string;
let pools: Pools;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dataDir = dirs.make();
  backend = await Backend.open({ dataDir, clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '张三' });
  const firm = await call(backend, 'enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
  const people = await verifiedPeople(backend, 3, { county: '422802', date: '2026-02-01' });
  const trip = await createTrip(backend, { enterpriseIds: [firm.id] });
  const reads = await importReadInputs(backend);
  const { fileId } = reads['imports.inspect'] as { fileId: string };
  const { previewId } = reads['imports.problemRows'] as { previewId: string };
  pools = {
    ids: [firm.id, firm.lines[0]!.id, ...people, trip.id, fileId, previewId],
    strings: [
      '422802',
      '422823',
      '2026-02-11',
      '2022-03-01',
      '07:30',
      validId('422823', '19900115', '124'),
      '13712341255',
      '普工',
      '恩施华鑫科技有限公司',
      '汪营镇',
      'roster.csv',
    ],
  };
  await backend.store.checkpoint();
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  const rows = [...tally].map(
    ([c, t]) => `${c.padEnd(26)} ${t.tried} tried, ${t.refused} refused, ${t.valid} valid`,
  );
  const total = [...tally.values()].reduce((s, t) => s + t.tried, 0);
  console.log(`hostile channel input: ${tally.size} channels, ${total} inputs\n${rows.join('\n')}`);
  await backend.close();
  dirs.cleanup();
});

function schemaAccepts(channel: ChannelName, input: unknown): boolean {
  try {
    return (contract[channel].input as z.ZodType).safeParse(input ?? {}).success;
  } catch {
    // A schema that throws is the backend's problem too: invoke must still answer with an envelope.
    return false;
  }
}

function expectEnvelope(result: Result<unknown>): void {
  expect(typeof result.ok).toBe('boolean');
  expect(() => JSON.stringify(result)).not.toThrow();
  if (result.ok) return;
  expect(typeof result.error.message).toBe('string');
  expect(ERROR_CODES, JSON.stringify(result.error)).toContain(result.error.code);
}

describe('every channel under hostile input', () => {
  it('covers the whole contract', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(50);
  });

  it.each(CHANNEL_NAMES)('%s answers with a typed error and changes nothing', async (channel) => {
    const t = { tried: 0, refused: 0, valid: 0 };
    tally.set(channel, t);
    const kind = contract[channel].kind;
    const db = () => backend.store.db;
    const rowsBefore = rowsDigest(db());
    const filesBefore = filesDigest(dataDir);
    let wrote = false;
    await fc.assert(
      fc.asyncProperty(hostileFor(contract[channel].input as z.ZodType, pools), async ({ input }) => {
        const valid = schemaAccepts(channel, input);
        if (valid && NOT_SENT_WHEN_VALID.has(channel)) return;
        const witness = writeWitness(db(), dataDir);
        const result = await backend.invoke(channel, input);
        t.tried++;
        expectEnvelope(result);
        if (!valid) {
          t.refused++;
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe('invalid_input');
        } else t.valid++;
        if (!valid || kind === 'read') expect(writeWitness(db(), dataDir)).toBe(witness);
        else wrote = true;
      }),
      { numRuns: RUNS },
    );
    expect(t.tried).toBeGreaterThan(0);
    if (!wrote) {
      expect(rowsDigest(db())).toBe(rowsBefore);
      expect(filesDigest(dataDir)).toBe(filesBefore);
    }
  });

  it('sends a few wholly wrong values to every channel', async () => {
    const wrong: unknown[] = [
      null,
      42,
      'enterprise',
      [],
      [{}],
      Number.NaN,
      new Date(0),
      10n,
      JSON.parse('{"__proto__":{"polluted":1}}'),
    ];
    const rows = rowsDigest(backend.store.db);
    const files = filesDigest(dataDir);
    for (const channel of CHANNEL_NAMES) {
      for (const input of wrong) {
        if (schemaAccepts(channel, input)) continue;
        const result = await backend.invoke(channel, input);
        expectEnvelope(result);
        expect(result.ok, `${channel} ${String(input)}`).toBe(false);
      }
    }
    expect(rowsDigest(backend.store.db)).toBe(rows);
    expect(filesDigest(dataDir)).toBe(files);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('left no unhandled rejection behind and Object.prototype clean', () => {
    expect(unhandled).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  });
});
