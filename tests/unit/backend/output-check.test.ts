import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import type { HandlerContext } from '../../../electron/backend/handler-context';
import { handlers } from '../../../electron/backend/handlers';
import { outputChecksWanted } from '../../../electron/backend/output-check';
import type { ChannelName } from '../../../shared/contract/channels';
import { fakeClock } from '../support/clock';
import { call, errorOf, unwrap } from '../support/fixtures';
import { tempDirs } from '../support/temp-dir';

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown;

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
const table = handlers as unknown as Record<ChannelName, AnyHandler>;
const replaced = new Map<ChannelName, AnyHandler>();
let backend: Backend;

/** Makes a channel's handler answer what `drift` makes of the real answer, until the test ends. */
function drift(channel: ChannelName, change: (real: unknown) => unknown): void {
  const real = table[channel];
  replaced.set(channel, real);
  table[channel] = (input, ctx) => {
    const data = real(input, ctx);
    return data instanceof Promise ? data.then(change) : change(data);
  };
}

beforeEach(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '张三' });
});
afterEach(async () => {
  for (const [channel, real] of replaced) table[channel] = real;
  replaced.clear();
  await backend.close();
  dirs.cleanup();
  vi.restoreAllMocks();
});

describe("a handler's answer checked against its output schema", () => {
  it('is on in tests: a read that drifts from its schema fails loudly, naming the channel and field', async () => {
    expect(backend.checksOutputs).toBe(true);
    drift('settings.get', (s) => ({ ...(s as object), operatorName: 42 }));
    const error = errorOf(await backend.invoke('settings.get', {}));
    expect(error).toMatchObject({ code: 'internal', message: 'e.internal' });
    expect(error.params?.detail).toMatch(/^settings\.get answered outside its output schema: operatorName: /);
    expect(console.error).toHaveBeenCalled();
  });

  it('checks an answer that arrives later (an asynchronous read) too', async () => {
    drift('backups.list', (list) => [...(list as object[]), { name: 'not a backup' }]);
    const error = errorOf(await backend.invoke('backups.list', {}));
    expect(error.params?.detail).toContain('backups.list answered outside its output schema');
  });

  it('undoes a write whose answer drifts, so nothing it did is kept or audited', async () => {
    const auditBefore = await call(backend, 'audit.list', {});
    drift('settings.update', (s) => ({ ...(s as object), stableDays: 'thirty' }));
    const error = errorOf(await backend.invoke('settings.update', { operatorName: '李四' }));
    expect(error.params?.detail).toContain('settings.update answered outside its output schema: stableDays');
    expect((await call(backend, 'settings.get', {})).operatorName).toBe('张三');
    expect(await call(backend, 'audit.list', {})).toEqual(auditBefore);
  });

  it('is off in the app as shipped, which answers what the handler returned', async () => {
    const shipped = await Backend.open({ dataDir: dirs.make(), clock: clock.now, checkOutputs: false });
    try {
      expect(shipped.checksOutputs).toBe(false);
      drift('settings.get', (s) => ({ ...(s as object), operatorName: 42 }));
      expect(unwrap(await shipped.invoke('settings.get', {}))).toMatchObject({ operatorName: 42 });
    } finally {
      await shipped.close();
    }
  });

  it('is wanted in tests and development, not in production, and the variable overrides either way', () => {
    expect(outputChecksWanted({ NODE_ENV: 'test' })).toBe(true);
    expect(outputChecksWanted({ NODE_ENV: 'development' })).toBe(true);
    expect(outputChecksWanted({ NODE_ENV: 'production' })).toBe(false);
    expect(outputChecksWanted({})).toBe(false);
    expect(outputChecksWanted({ SPRING_BREEZE_CHECK_OUTPUTS: '1' })).toBe(true);
    expect(outputChecksWanted({ NODE_ENV: 'test', SPRING_BREEZE_CHECK_OUTPUTS: '0' })).toBe(false);
  });
});
