import * as path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/contract/bridge';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { ApiError } from '../../../shared/contract/result';
import { translate } from '../../../shared/i18n';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, windowWebPreferences } from '../../../electron/shell/security';

/*
 * main.ts against a recording stand-in for 'electron' (vi.mock: the real package never loads) and a
 * fake backend, to check the wiring the checklist relies on: what happens before `ready`, which
 * preferences the window gets, that IPC goes through the sender check, and that quitting waits for
 * the backend to save.
 */

type Listener = (...args: unknown[]) => unknown;

const h = vi.hoisted(() => {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  const state = {
    calls,
    appListeners,
    ready: undefined as undefined | (() => void),
    windows: [] as { options: Record<string, unknown>; contents: Record<string, unknown>; url?: string }[],
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, Listener>(),
    errorBoxes: [] as [string, string][],
    exitCode: undefined as number | undefined,
    quitCount: 0,
    sessionHardened: false,
    backend: {
      startError: undefined as unknown,
      startedWith: undefined as string | undefined,
      invoke: undefined as undefined | ((channel: string, input: unknown) => Promise<unknown>),
      eventListeners: [] as Listener[],
      close: undefined as undefined | (() => Promise<void>),
    },
  };
  const mainFrame = { url: 'app://renderer/index.html', parent: null, processId: 3, routingId: 1 };
  const emitApp = (event: string, ...args: unknown[]) => {
    for (const listener of appListeners.get(event) ?? []) listener(...args);
  };
  class BrowserWindow {
    readonly webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      calls.push('new BrowserWindow');
      const listeners = new Map<string, Listener[]>();
      this.webContents = {
        mainFrame,
        listeners,
        sent: [] as unknown[][],
        setWindowOpenHandler(handler: Listener) {
          this.windowOpenHandler = handler;
        },
        on(event: string, listener: Listener) {
          listeners.set(event, [...(listeners.get(event) ?? []), listener]);
          return this;
        },
        send(...args: unknown[]) {
          (this.sent as unknown[][]).push(args);
        },
      };
      emitApp('web-contents-created', {}, this.webContents);
      state.windows.push({ options, contents: this.webContents });
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    isDestroyed() {
      return false;
    }
    loadURL(url: string) {
      const entry = state.windows.find((w) => w.contents === this.webContents);
      if (entry) entry.url = url;
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      enableSandbox: () => calls.push('enableSandbox'),
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      requestSingleInstanceLock: () => (calls.push('requestSingleInstanceLock'), true),
      on(event: string, listener: Listener) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      whenReady: () =>
        new Promise<void>((resolve) => {
          calls.push('whenReady');
          state.ready = resolve;
        }),
      quit: () => {
        state.quitCount++;
      },
      exit: (code: number) => {
        state.exitCode = code;
      },
      getPreferredSystemLanguages: () => ['zh-CN', 'en-US'],
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => state.errorBoxes.push([title, message]) },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    Menu: { setApplicationMenu: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string, handler: Listener) => state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => (state.sessionHardened = true),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        webRequest: { onBeforeRequest: () => undefined },
      },
    },
    shell: { openExternal: () => Promise.resolve() },
  };
  const BackendClient = {
    start(dataDir: string) {
      state.backend.startedWith = dataDir;
      if (state.backend.startError) return Promise.reject(state.backend.startError);
      return Promise.resolve({
        invoke: (channel: string, input: unknown) => state.backend.invoke?.(channel, input),
        onEvent: (listener: Listener) => state.backend.eventListeners.push(listener),
        close: () => state.backend.close?.() ?? Promise.resolve(),
      });
    },
  };
  return { state, electron, BackendClient, mainFrame, emitApp };
});

vi.mock('electron', () => h.electron);
vi.mock('../../../electron/backend/worker-client', () => ({ BackendClient: h.BackendClient }));

const DATA_DIR = path.resolve('/srv/spring-breeze-test-data');

/** Loads main.ts afresh, as Electron would start it, and lets `ready` fire. */
async function startMain(): Promise<void> {
  const argv = process.argv;
  process.argv = ['/opt/electron', '/app', '--data-dir', DATA_DIR];
  try {
    await import('../../../electron/shell/main.js');
  } finally {
    process.argv = argv;
  }
  h.state.ready?.();
  await vi.waitFor(() => {
    if (h.state.windows.length === 0 && h.state.exitCode === undefined) throw new Error('not started');
  });
}

function resetState(): void {
  const s = h.state;
  s.calls.length = 0;
  s.appListeners.clear();
  s.ready = undefined;
  s.windows.length = 0;
  s.ipcHandlers.clear();
  s.protocolHandlers.clear();
  s.errorBoxes.length = 0;
  s.exitCode = undefined;
  s.quitCount = 0;
  s.sessionHardened = false;
  s.backend = {
    startError: undefined,
    startedWith: undefined,
    invoke: undefined,
    eventListeners: [],
    close: undefined,
  };
}

beforeEach(() => {
  vi.resetModules();
  resetState();
});

describe('main: before ready', () => {
  it('registers app:// as privileged, enables the sandbox and moves userData before taking the lock', async () => {
    await startMain();
    const calls = h.state.calls;
    const at = (call: string) => calls.indexOf(call);
    expect(calls).toContain(`registerSchemesAsPrivileged ${JSON.stringify([APP_SCHEME_PRIVILEGES])}`);
    expect(at('enableSandbox')).toBeGreaterThanOrEqual(0);
    expect(at(`setPath userData ${DATA_DIR}`)).toBeGreaterThanOrEqual(0);
    // The single-instance lock lives in userData: it must be the data folder's.
    expect(at(`setPath userData ${DATA_DIR}`)).toBeLessThan(at('requestSingleInstanceLock'));
    for (const call of ['enableSandbox', `setPath userData ${DATA_DIR}`]) {
      expect(at(call)).toBeLessThan(at('whenReady'));
    }
    expect(calls.findIndex((c) => c.startsWith('registerSchemesAsPrivileged'))).toBeLessThan(at('whenReady'));
  });
});

describe('main: after ready', () => {
  it('starts the backend on the data folder and opens one hardened window on app://', async () => {
    await startMain();
    expect(h.state.backend.startedWith).toBe(DATA_DIR);
    expect(h.state.sessionHardened).toBe(true);
    expect([...h.state.protocolHandlers.keys()]).toEqual(['app']);
    expect(h.state.windows).toHaveLength(1);
    const [win] = h.state.windows;
    expect(win?.options.title).toBe('春风行动 Spring Breeze');
    expect(win?.url).toBe(APP_ENTRY_URL);
    const prefs = win?.options.webPreferences as { preload: string };
    expect(path.basename(prefs.preload)).toBe('preload.js');
    expect(prefs).toEqual(
      windowWebPreferences({ preload: prefs.preload, channelNames: CHANNEL_NAMES, devTools: true }),
    );
    // web-contents-created hardening reached the window's contents.
    expect(win?.contents.windowOpenHandler).toBeTypeOf('function');
    const listeners = win?.contents.listeners as Map<string, unknown[]>;
    expect(listeners.get('will-navigate')).toHaveLength(1);
  });

  it('relays IPC from the window’s top frame only', async () => {
    await startMain();
    const invoke = vi.fn(() => Promise.resolve({ ok: true, data: 'info' }));
    h.state.backend.invoke = invoke;
    const handler = h.state.ipcHandlers.get(IPC_INVOKE);
    expect(handler).toBeTypeOf('function');
    expect(await handler?.({ senderFrame: h.mainFrame }, 'app.info', {})).toEqual({ ok: true, data: 'info' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app.info', {});
    const child = { ...h.mainFrame, parent: h.mainFrame, routingId: 2 };
    expect(await handler?.({ senderFrame: child }, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('answers print.* in main, printing the asking window, and still checks the sender first', async () => {
    await startMain();
    const invoke = vi.fn(() => Promise.resolve({ ok: true, data: null }));
    h.state.backend.invoke = invoke;
    const handler = h.state.ipcHandlers.get(IPC_INVOKE);
    const printed: unknown[] = [];
    const sender = {
      print: (options: unknown, done: (ok: boolean, reason: string) => void) => {
        printed.push(options);
        done(true, '');
      },
    };
    expect(await handler?.({ senderFrame: h.mainFrame, sender }, 'print.page', {})).toEqual({
      ok: true,
      data: { native: true, printed: true },
    });
    expect(printed).toHaveLength(1);
    const child = { ...h.mainFrame, parent: h.mainFrame, routingId: 2 };
    expect(await handler?.({ senderFrame: child, sender }, 'print.page', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(printed).toHaveLength(1);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('forwards backend events to the window', async () => {
    await startMain();
    const event = { name: 'data.changed', payload: { channel: 'settings.update' } };
    for (const listener of h.state.backend.eventListeners) listener(event);
    expect(h.state.windows[0]?.contents.sent).toEqual([[IPC_EVENT, event]]);
  });

  it('holds the quit until the backend has closed (queued saves finish), then quits', async () => {
    await startMain();
    let finishClose: () => void = () => undefined;
    h.state.backend.close = vi.fn(() => new Promise<void>((resolve) => (finishClose = resolve)));
    const quitEvent = { prevented: false, preventDefault: () => (quitEvent.prevented = true) };
    h.emitApp('will-quit', quitEvent);
    expect(quitEvent.prevented).toBe(true);
    expect(h.state.backend.close).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(h.state.quitCount).toBe(0);
    finishClose();
    await vi.waitFor(() => expect(h.state.quitCount).toBe(1));
    const again = { prevented: false, preventDefault: () => (again.prevented = true) };
    h.emitApp('will-quit', again);
    expect(again.prevented).toBe(false);
  });
});

describe('main: the backend cannot start', () => {
  it('shows the translated reason and exits without opening a window', async () => {
    const params = { found: 9, known: 1 };
    h.state.backend.startError = new ApiError('newer_database', 'e.newer_database', { params });
    await startMain();
    expect(h.state.exitCode).toBe(1);
    expect(h.state.windows).toHaveLength(0);
    expect(h.state.ipcHandlers.size).toBe(0);
    expect(h.state.errorBoxes).toEqual([
      ['春风行动 Spring Breeze', translate('zh-CN', 'e.newer_database', params)],
    ]);
    expect(h.state.errorBoxes[0]?.[1]).toContain('9');
  });

  it('shows an unexpected failure (the worker could not load) as an internal error with its message', async () => {
    h.state.backend.startError = new Error('Cannot find module worker.js');
    await startMain();
    expect(h.state.exitCode).toBe(1);
    expect(h.state.errorBoxes).toEqual([
      [
        '春风行动 Spring Breeze',
        translate('zh-CN', 'e.internal', { detail: 'Cannot find module worker.js' }),
      ],
    ]);
  });
});
