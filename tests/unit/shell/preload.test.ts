import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/contract/bridge';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { channelsArgument } from '../../../electron/shell/security';

/*
 * Runs the preload the way a sandboxed renderer does: compiled to CommonJS, with a `require` that
 * knows only 'electron' (a fake that records calls). Anything else it tried to load would throw, so
 * this also proves the preload stays loadable under the sandbox.
 */

const SOURCE = path.resolve(__dirname, '..', '..', '..', 'electron', 'shell', 'preload.ts');
const compiled = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
}).outputText;

type Listener = (...args: unknown[]) => void;

function runPreload(argv: string[]) {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, data: null })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
    send: vi.fn(),
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer,
  };
  const requested: string[] = [];
  const sandboxRequire = (id: string) => {
    requested.push(id);
    if (id === 'electron') return electron;
    throw new Error(`module not found in sandboxed preload: ${id}`);
  };
  const module = { exports: {} };
  const wrapper = vm.runInNewContext(`(function (require, process, exports, module) {${compiled}\n})`, {});
  (wrapper as (...args: unknown[]) => void)(sandboxRequire, { argv }, module.exports, module);
  const api = exposed.get('api') as Record<string, unknown>;
  const emit = (payload: unknown) => {
    for (const listener of listeners.get(IPC_EVENT) ?? []) listener({ sender: 'ipc' }, payload);
  };
  return { api, exposed, ipcRenderer, requested, emit };
}

const argv = ['/opt/spring-breeze/spring-breeze', '--type=renderer', channelsArgument(CHANNEL_NAMES)];

describe('preload', () => {
  it('requires only electron and exposes only window.api', () => {
    const { exposed, requested } = runPreload(argv);
    expect(requested).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['api']);
  });

  it('exposes one function per contract channel plus onEvent, and nothing else', () => {
    const { api } = runPreload(argv);
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES, 'onEvent'].sort());
    for (const value of Object.values(api)) expect(value).toBeTypeOf('function');
  });

  it('never hands out ipcRenderer or its methods', () => {
    const { api, ipcRenderer } = runPreload(argv);
    const values = Object.values(api);
    expect(values).not.toContain(ipcRenderer);
    for (const method of Object.values(ipcRenderer)) expect(values).not.toContain(method);
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('send');
  });

  it('each channel function invokes the one IPC channel with its name and input', async () => {
    const { api, ipcRenderer } = runPreload(argv);
    const result = await (api['app.info'] as (input: unknown) => Promise<unknown>)({});
    expect(result).toEqual({ ok: true, data: null });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(IPC_INVOKE, 'app.info', {});
  });

  it('onEvent delivers backend events without the IPC event object and unsubscribes', () => {
    const { api, ipcRenderer, emit } = runPreload(argv);
    const received: unknown[] = [];
    const unsubscribe = (api.onEvent as (l: (e: unknown) => void) => () => void)((e) => received.push(e));
    const event = { name: 'data.changed', payload: { channel: 'enterprises.save' } };
    emit(event);
    expect(received).toEqual([event]);
    unsubscribe();
    emit(event);
    expect(received).toHaveLength(1);
    expect(ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
  });

  it('drops names that are not domain.verb (no prototype keys from a forged argument)', () => {
    const { api } = runPreload([
      'x',
      '--spring-breeze-channels=app.info,__proto__,constructor,a.b.c,,onEvent,Evil.x',
    ]);
    expect(Object.keys(api).sort()).toEqual(['app.info', 'onEvent']);
  });

  it('exposes only onEvent when the argument is missing', () => {
    const { api } = runPreload(['x']);
    expect(Object.keys(api)).toEqual(['onEvent']);
  });
});
