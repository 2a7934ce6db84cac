import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Backend } from '../../../electron/backend/backend';
import { DB_FILE_NAME } from '../../../electron/backend/db/store';
import { handlers } from '../../../electron/backend/handlers';
import { CHANNEL_NAMES, contract, isChannelName, isSessionChannel } from '../../../shared/contract/channels';
import { gateHandlerNames } from '../../../electron/backend/auth/gate-handlers';
import { fakeClock } from '../support/clock';
import { call, enterpriseInput, errorOf, lineInput } from '../support/fixtures';
import { READ_CHANNELS, readInputs, type ReadInputs } from '../support/read-inputs';
import { fileDigest, tempDirs } from '../support/temp-dir';

describe('the contract', () => {
  it('gives every channel an input schema, an output schema and a kind', () => {
    expect(CHANNEL_NAMES.length).toBeGreaterThan(0);
    for (const name of CHANNEL_NAMES) {
      const spec = contract[name];
      expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(spec.input, name).toBeInstanceOf(z.ZodType);
      expect(spec.output, name).toBeInstanceOf(z.ZodType);
      expect(['read', 'write', 'admin', 'session'], name).toContain(spec.kind);
    }
  });

  it('has a handler for every channel (the sign-in gate answers its own), and none without a channel', () => {
    const backendChannels = CHANNEL_NAMES.filter((name) => !isSessionChannel(name));
    expect(Object.keys(handlers).sort()).toEqual([...backendChannels].sort());
    for (const name of backendChannels) expect(typeof handlers[name], name).toBe('function');
    for (const name of CHANNEL_NAMES.filter(isSessionChannel)) {
      expect(gateHandlerNames(), name).toContain(name);
    }
  });

  it('knows its channel names and nothing else', () => {
    expect(isChannelName('enterprises.save')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'enterprises', '', 42, null]) {
      expect(isChannelName(name), String(name)).toBe(false);
    }
  });
});

describe('Backend.invoke', () => {
  const dirs = tempDirs();
  const clock = fakeClock('2026-02-11T08:00:00.000Z');
  let backend: Backend;
  let file: string;

  beforeAll(async () => {
    const dir = dirs.make();
    file = path.join(dir, DB_FILE_NAME);
    backend = await Backend.open({ dataDir: dir, clock: clock.now });
    await call(backend, 'settings.update', { operatorName: '张三' });
    await call(backend, 'demo.load', {});
    // The demo's journal record is folded into the file at the next write: fold it now, so the
    // file digests below show only what each request itself changes.
    await backend.store.checkpoint();
  });
  afterAll(async () => {
    await backend.close();
    dirs.cleanup();
  });

  /** Invokes with input that must be refused, and checks that nothing was written. */
  async function refused(channel: string, input: unknown) {
    const auditBefore = await call(backend, 'audit.list', { limit: 500 });
    const enterprisesBefore = await call(backend, 'enterprises.list', {});
    const fileBefore = fileDigest(file);
    const error = errorOf(await backend.invoke(channel, input));
    expect(await call(backend, 'audit.list', { limit: 500 })).toEqual(auditBefore);
    expect(await call(backend, 'enterprises.list', {})).toEqual(enterprisesBefore);
    expect(fileDigest(file)).toBe(fileBefore);
    return error;
  }

  it('refuses an unknown channel', async () => {
    for (const channel of ['enterprises.delete', 'toString', '__proto__', 42, undefined]) {
      expect(await refused(channel as string, {})).toEqual({
        code: 'unknown_channel',
        message: 'e.unknown_channel',
      });
    }
  });

  it.each([
    ['a negative headcount', { headcount: -1 }, ['lines', 0, 'headcount'], 'v.headcount_min'],
    ['a fractional headcount', { headcount: 1.5 }, ['lines', 0, 'headcount'], 'v.headcount_integer'],
    ['a headcount given as text', { headcount: '120' }, ['lines', 0, 'headcount'], 'v.headcount_number'],
    [
      'a headcount left empty (NaN)',
      { headcount: Number.NaN },
      ['lines', 0, 'headcount'],
      'v.headcount_number',
    ],
    ['a headcount sent as null', { headcount: null }, ['lines', 0, 'headcount'], 'v.headcount_number'],
    ['a headcount above the maximum', { headcount: 100_001 }, ['lines', 0, 'headcount'], 'v.headcount_max'],
    [
      'an end date before the start',
      { periodStart: '2022-06-30', periodEnd: '2022-01-01' },
      ['lines', 0, 'periodEnd'],
      'v.period_order',
    ],
    ['a date that does not exist', { periodEnd: '2022-02-30' }, ['lines', 0, 'periodEnd'], 'v.date'],
    ['a date in another format', { periodStart: '2022/01/01' }, ['lines', 0, 'periodStart'], 'v.date'],
    ['an upper pay below the lower', { payMin: 5000, payMax: 4000 }, ['lines', 0, 'payMax'], 'v.pay_order'],
    ['an unknown shift pattern', { shiftPattern: 'night' }, ['lines', 0, 'shiftPattern'], 'v.choose'],
    ['an empty post', { post: '   ' }, ['lines', 0, 'post'], 'v.required'],
    [
      'letters in a phone number',
      { contactPhone: '0718-call-me' },
      ['lines', 0, 'contactPhone'],
      'v.contact_phone',
    ],
  ])(
    'refuses %s in a demand line with the field path and message',
    async (_label, line, fieldPath, message) => {
      const input = enterpriseInput('恩施新企业', { lines: [lineInput(line as object)] });
      const error = await refused('enterprises.save', input);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('e.invalid_input');
      expect(error.issues).toEqual([{ path: fieldPath, message }]);
    },
  );

  it('reports the path of the right line when several are sent', async () => {
    const input = enterpriseInput('恩施新企业', {
      lines: [lineInput(), lineInput(), lineInput({ headcount: -5 })],
    });
    expect((await refused('enterprises.save', input)).issues).toEqual([
      { path: ['lines', 2, 'headcount'], message: 'v.headcount_min' },
    ]);
  });

  it('refuses a missing or blank enterprise name', async () => {
    expect((await refused('enterprises.save', { lines: [] })).issues).toEqual([
      { path: ['name'], message: 'v.required' },
    ]);
    expect((await refused('enterprises.save', { name: ' ', lines: [] })).issues).toEqual([
      { path: ['name'], message: 'v.required' },
    ]);
  });

  it('refuses a name already taken by another enterprise, on the name field', async () => {
    const error = await refused('enterprises.save', enterpriseInput('恩施华鑫科技有限公司'));
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: ['name'], message: 'v.name_taken' }] });
  });

  it('refuses unknown keys at the top level', async () => {
    const error = await refused('enterprises.save', { ...enterpriseInput('恩施新企业'), headcount: 5 });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([expect.objectContaining({ path: [] })]);
    expect(
      errorOf(await backend.invoke('settings.update', { operatorName: '李四', role: 'admin' })).code,
    ).toBe('invalid_input');
    expect(errorOf(await backend.invoke('app.info', { verbose: true })).code).toBe('invalid_input');
  });

  it('refuses unknown keys inside a demand line (a misspelt field would otherwise be dropped silently)', async () => {
    const line = { ...lineInput(), boardlodging: '包吃住' };
    const error = await refused('enterprises.save', enterpriseInput('恩施新企业', { lines: [line] }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([expect.objectContaining({ path: ['lines', 0] })]);
  });

  it('refuses input of the wrong shape altogether', async () => {
    for (const input of [null, 'enterprise', 42, [], { name: '恩施新企业', lines: 'none' }]) {
      expect((await refused('enterprises.save', input)).code, JSON.stringify(input)).toBe('invalid_input');
    }
  });

  it('refuses an id that is not a UUID', async () => {
    const error = await refused('enterprises.archive', { id: '1 OR 1=1', archived: true });
    expect(error.issues).toEqual([{ path: ['id'], message: 'v.id' }]);
  });

  it('refuses an unknown language and an operator name that is too long', async () => {
    expect((await refused('settings.update', { language: 'fr' })).issues).toEqual([
      { path: ['language'], message: 'v.choose' },
    ]);
    expect((await refused('settings.update', { operatorName: '张'.repeat(41) })).issues).toEqual([
      { path: ['operatorName'], message: 'v.too_long' },
    ]);
  });

  it('answers every read channel, each given a sample from the demo, with data matching its output schema', async () => {
    const inputs: Partial<ReadInputs> = await readInputs(backend);
    expect(READ_CHANNELS.length).toBeGreaterThan(30);
    // A read channel without a sample input is a gap in this test, not a channel to skip.
    expect(READ_CHANNELS.filter((c) => !(c in inputs))).toEqual([]);
    for (const channel of READ_CHANNELS) {
      const result = await backend.invoke(channel, inputs[channel]);
      expect(result.ok ? null : result.error, channel).toBeNull();
      if (!result.ok) continue;
      const check = (contract[channel].output as z.ZodType).safeParse(result.data);
      expect(check.success ? [] : check.error.issues, channel).toEqual([]);
    }
  });

  it('answers a save with the enterprise as the output schema describes it, trimmed and with defaults', async () => {
    const saved = await call(
      backend,
      'enterprises.save',
      enterpriseInput('  恩施试验企业  ', { lines: [lineInput({ post: ' 普工 ', headcount: 0 })] }),
    );
    expect(contract['enterprises.save'].output.safeParse(saved).success).toBe(true);
    expect(saved).toMatchObject({
      name: '恩施试验企业',
      shortName: '',
      archived: false,
      lines: [{ post: '普工', headcount: 0, boardLodging: '', archived: false, enterpriseId: saved.id }],
    });
  });
});
