import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS_ARG } from '../../../shared/contract/bridge';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  EXTERNAL_URL_ALLOW_LIST,
  hardenSession,
  hardenWebContents,
  isAllowedExternalUrl,
  windowWebPreferences,
} from '../../../electron/shell/security';
import { fakeContents, fakeEvent, fakeSession } from './fakes';

/*
 * DESIGN.md's Electron checklist, item by item, against the values main actually uses. Runs in plain
 * Node: security.ts imports only types from 'electron', which the first test keeps true.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/** Directive name → sources, from a CSP string. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern scripts: script-src, else default-src (the CSP fallback rule). */
function scriptSources(policy: string): string[] | undefined {
  const csp = parseCsp(policy);
  return csp.get('script-src') ?? csp.get('default-src');
}

function expectScriptsSelfOnly(policy: string): void {
  const sources = scriptSources(policy);
  expect(sources, 'a script-src (or default-src) directive').toBeDefined();
  expect(sources).toContain("'self'");
  for (const forbidden of [
    "'unsafe-eval'",
    "'unsafe-inline'",
    "'wasm-unsafe-eval'",
    '*',
    'http:',
    'https:',
    'data:',
    'blob:',
  ]) {
    expect(sources, `script sources must not include ${forbidden}`).not.toContain(forbidden);
  }
  // Every source is a keyword ('self', 'none', nonces…), never a host: nothing remote may run.
  for (const source of sources ?? [])
    expect(source.startsWith("'"), `remote script source ${source}`).toBe(true);
}

const preferences = windowWebPreferences({
  preload: '/app/preload.js',
  channelNames: CHANNEL_NAMES,
  devTools: false,
});

describe('shell security module', () => {
  it('imports nothing from electron at run time (so this test can load it under Node)', () => {
    const source = read('electron/shell/security.ts');
    const electronImports = source.match(/^import[^;]*from 'electron';/gms) ?? [];
    expect(electronImports.length).toBeGreaterThan(0);
    for (const statement of electronImports) expect(statement.startsWith('import type')).toBe(true);
  });
});

describe('window webPreferences', () => {
  it('isolates the page from Node and Electron', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('allows no webview, keeps web security on and experimental features off', () => {
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.navigateOnDragDrop).toBe(false);
  });

  it('passes the contract channel list to the preload as a process argument', () => {
    expect(preferences.preload).toBe('/app/preload.js');
    expect(preferences.additionalArguments).toEqual([`${CHANNELS_ARG}${CHANNEL_NAMES.join(',')}`]);
  });

  it('follows the devTools flag (off in the packaged app)', () => {
    expect(preferences.devTools).toBe(false);
    expect(windowWebPreferences({ preload: 'p', channelNames: [], devTools: true }).devTools).toBe(true);
  });

  it('is what main gives its only window, which loads the app from app:// (never a remote URL)', () => {
    const main = read('electron/shell/main.ts');
    expect(main.match(/new BrowserWindow\(/g)).toHaveLength(1);
    expect(main).toMatch(/webPreferences: windowWebPreferences\(/);
    expect(main).toMatch(/\.loadURL\(APP_ENTRY_URL\)/);
    expect(main).not.toMatch(/loadURL\(\s*['"`]https?:/);
    expect(main).not.toMatch(/loadFile\(/);
    expect(main).toMatch(/hardenSession\(session\.defaultSession\)/);
    expect(main).toMatch(/'web-contents-created'.*hardenWebContents\(/);
    expect(main).toMatch(/app\.enableSandbox\(\)/);
    expect(APP_ENTRY_URL).toBe('app://renderer/index.html');
  });

  it('registers app:// without privileges that would weaken it', () => {
    const privileges: Record<string, unknown> = APP_SCHEME_PRIVILEGES.privileges;
    expect(privileges.standard).toBe(true);
    expect(privileges.secure).toBe(true);
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
    expect(privileges.allowServiceWorkers).toBeUndefined();
  });
});

describe('Content Security Policy', () => {
  it('index.html carries a CSP meta tag with script-src self and no unsafe-eval', () => {
    const html = read('renderer/index.html');
    const meta = /<meta\s+[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
    expect(meta, 'CSP meta tag in renderer/index.html').toBeDefined();
    const content = /content=(["'])(.*?)\1/is.exec(meta ?? '')?.[2];
    expect(content).toBeDefined();
    expectScriptsSelfOnly(content ?? '');
  });

  it('the app:// response header enforces the same rules and forbids plugins, framing and base changes', () => {
    expectScriptsSelfOnly(CONTENT_SECURITY_POLICY);
    const csp = parseCsp(CONTENT_SECURITY_POLICY);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
  });
});

describe('web contents hardening', () => {
  function hardened() {
    const fake = fakeContents();
    const openExternal = vi.fn((_url: string) => Promise.resolve());
    hardenWebContents(fake.contents, { openExternal });
    return { ...fake, openExternal };
  }

  it('denies window.open for every URL, handing only allow-listed https links to the browser', () => {
    const { windowOpenHandler, openExternal } = hardened();
    const handler = windowOpenHandler();
    expect(handler).toBeDefined();
    const open = (url: string) => handler?.({ url } as Parameters<NonNullable<typeof handler>>[0]);

    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://renderer/index.html')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();

    const allowed = `${EXTERNAL_URL_ALLOW_LIST[0]}page.html`;
    expect(open(allowed)).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(allowed);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: navigation away from the app is prevented, in-app navigation is not',
    (eventName) => {
      const { listeners } = hardened();
      const [listener] = listeners(eventName);
      expect(listener, `${eventName} listener`).toBeDefined();
      const navigate = (url: string) => {
        const event = fakeEvent(url);
        (listener as (e: typeof event) => void)(event);
        return event.prevented;
      };
      expect(navigate('https://example.com/')).toBe(true);
      expect(navigate('http://127.0.0.1:8080/')).toBe(true);
      expect(navigate('file:///C:/Windows/win.ini')).toBe(true);
      expect(navigate('app://evil/index.html')).toBe(true);
      expect(navigate('javascript:alert(1)')).toBe(true);
      expect(navigate('not a url')).toBe(true);
      expect(navigate('app://renderer/index.html#/enterprises')).toBe(false);
    },
  );

  it('prevents attaching a webview', () => {
    const { listeners } = hardened();
    const [listener] = listeners('will-attach-webview');
    expect(listener).toBeDefined();
    const event = fakeEvent();
    (listener as (e: typeof event, prefs: object, params: object) => void)(event, {}, {});
    expect(event.prevented).toBe(true);
  });
});

describe('session hardening', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ];

  it('denies every permission request and check', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    expect(recorded.request).toBeTypeOf('function');
    expect(recorded.check).toBeTypeOf('function');
    expect(recorded.device).toBeTypeOf('function');
    for (const permission of PERMISSIONS) {
      const callback = vi.fn();
      (recorded.request as (...args: unknown[]) => void)({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect((recorded.check as (...args: unknown[]) => boolean)({}, permission, 'app://renderer', {})).toBe(
        false,
      );
    }
    expect((recorded.device as (...args: unknown[]) => boolean)({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels every request that would leave the machine, and only those', () => {
    const { session, recorded } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string) => {
      let response: { cancel?: boolean } | undefined;
      recorded.beforeRequest?.({ url }, (r) => (response = r));
      return response?.cancel;
    };
    expect(cancelled('https://example.com/x.js')).toBe(true);
    expect(cancelled('http://localhost:5173/')).toBe(true);
    expect(cancelled('wss://example.com/socket')).toBe(true);
    expect(cancelled('app://renderer/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
  });
});

describe('openExternal allow-list', () => {
  const list = ['https://docs.example.org/help/'];

  it('opens only https URLs under an allow-listed prefix', () => {
    expect(isAllowedExternalUrl('https://docs.example.org/help/import.html', list)).toBe(true);
    expect(isAllowedExternalUrl('https://docs.example.org/other', list)).toBe(false);
    expect(isAllowedExternalUrl('http://docs.example.org/help/import.html', list)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.example.org.evil.test/help/', list)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.example.org@evil.test/help/', list)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@docs.example.org/help/', list)).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/System32/calc.exe', list)).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)', list)).toBe(false);
    expect(isAllowedExternalUrl('not a url', list)).toBe(false);
  });

  it('the shipped list holds https prefixes only, each allowing itself', () => {
    for (const entry of EXTERNAL_URL_ALLOW_LIST) {
      expect(new URL(entry).protocol).toBe('https:');
      expect(isAllowedExternalUrl(entry)).toBe(true);
    }
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
  });
});

describe('packaging (electron-builder.yml)', () => {
  // js-yaml is what electron-builder itself parses this file with; it has no bundled types.
  const yaml = createRequire(__filename)('js-yaml') as { load: (text: string) => unknown };
  const config = yaml.load(read('electron-builder.yml')) as Record<string, unknown>;

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar, from compiled output only', () => {
    expect(config.asar).toBe(true);
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/shared/**', 'dist/renderer/**']));
    for (const entry of files)
      expect(entry.startsWith('!') || !/^(electron|shared|renderer|src)\//.test(entry)).toBe(true);
  });

  it('keeps renderer-only libraries out of the packed dependencies (Vite bundles them)', () => {
    const pkg = JSON.parse(read('package.json')) as { dependencies?: Record<string, string> };
    const runtime = Object.keys(pkg.dependencies ?? {});
    expect(runtime).toEqual(expect.arrayContaining(['sql.js', 'zod']));
    const rendererOnly =
      /^(react|react-dom|react-i18next|react-hook-form|recharts|zustand|i18next|ag-grid-.*|@ag-grid-.*|@hookform\/.*|electron)$/;
    expect(runtime.filter((name) => rendererOnly.test(name))).toEqual([]);
  });
});
