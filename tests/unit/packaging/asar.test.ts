import { extractAll, listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../support/temp-dir';

/*
 * Packaging, offline: electron-builder --dir packs the built dist/ (the test runs after `npm run
 * build`) around a stub Electron distribution this test makes, so nothing is downloaded. Any attempt
 * to download would fail: the Electron mirror and the proxies point at a closed local port and the
 * download cache is an empty folder.
 */

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUILDER = path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js');
const MAX_ASAR_BYTES = 40 * 1024 * 1024;

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
};
const electronVersion = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

/** @electron/fuses looks for this sentinel in the binary, followed by the wire version, length and one byte per fuse. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Fuses in wire order (RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable,
 * EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar,
 * LoadBrowserProcessSpecificV8Snapshot, GrantFileProtocolExtraPrivileges). The stub starts each at
 * the opposite of electron-builder.yml's electronFuses; the V8 snapshot fuse is not configured and
 * keeps its value.
 */
const STUB_WIRE = '10110001';
const PACKED_WIRE = '01001100';

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** What electron-builder copies from an unpacked Electron for Linux: the binary, locales, resources, licences. */
function makeStubElectron(): string {
  const dist = dirs.make();
  fs.mkdirSync(path.join(dist, 'locales'));
  fs.mkdirSync(path.join(dist, 'resources'));
  for (const locale of ['en-US', 'zh-CN', 'de', 'fr', 'ja']) {
    fs.writeFileSync(path.join(dist, 'locales', `${locale}.pak`), locale);
  }
  const binary = `#!/bin/sh\necho "stub Electron: cannot run" >&2\nexit 1\n# ${FUSE_SENTINEL}\x01\x08${STUB_WIRE}\n`;
  fs.writeFileSync(path.join(dist, 'electron'), binary, { mode: 0o755 });
  fs.writeFileSync(path.join(dist, 'LICENSE'), 'MIT (stub)');
  fs.writeFileSync(path.join(dist, 'LICENSES.chromium.html'), '<p>stub</p>');
  fs.writeFileSync(path.join(dist, 'version'), electronVersion);
  return dist;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = `${prefix}${e.name}`;
    return e.isDirectory() ? filesUnder(path.join(dir, e.name), `${rel}/`) : [rel];
  });
}

const CLOSED = 'http://127.0.0.1:9';

describe('packaging (electron-builder --dir, offline)', () => {
  let appDir = '';
  let asarFile = '';
  let entries = new Set<string>();

  beforeAll(async () => {
    expect(
      fs.existsSync(path.join(ROOT, pkg.main)),
      'packaging packs the built dist/: run `npm run build` first',
    ).toBe(true);
    const out = dirs.make();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ELECTRON_BUILDER_OFFLINE: 'true',
      ELECTRON_BUILDER_CACHE: dirs.make(),
      ELECTRON_MIRROR: `${CLOSED}/`,
      HTTP_PROXY: CLOSED,
      HTTPS_PROXY: CLOSED,
      http_proxy: CLOSED,
      https_proxy: CLOSED,
      NO_PROXY: '',
      no_proxy: '',
      CI: 'true',
    };
    delete env.CSC_LINK;
    delete env.GH_TOKEN;
    delete env.GITHUB_TOKEN;
    await promisify(execFile)(
      process.execPath,
      [
        BUILDER,
        '--dir',
        '--linux',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${makeStubElectron()}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 },
    );
    appDir = path.join(out, 'linux-unpacked');
    asarFile = path.join(appDir, 'resources', 'app.asar');
    entries = new Set(listPackage(asarFile, { isPack: false }).map((p) => p.replace(/\\/g, '/').slice(1)));
  }, 180_000);

  it('stays under 40 MB', () => {
    const size = fs.statSync(asarFile).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${entries.size} entries`);
    expect(size).toBeLessThan(MAX_ASAR_BYTES);
  });

  it('holds the built main, preload, backend worker and the whole renderer', () => {
    expect(pkg.main).toBe('dist/electron/shell/main.js');
    for (const file of [
      'package.json',
      pkg.main,
      'dist/electron/shell/preload.js',
      'dist/electron/backend/worker.js',
      'dist/electron/backend/backend.js',
      'dist/shared/contract/channels.js',
      'dist/renderer/index.html',
    ]) {
      expect(entries, file).toContain(file);
    }
    const renderer = filesUnder(path.join(ROOT, 'dist', 'renderer'))
      .filter((f) => !f.endsWith('.map'))
      .map((f) => `dist/renderer/${f}`);
    expect(renderer.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
    expect(renderer.filter((f) => !entries.has(f))).toEqual([]);
    // index.html names its script and stylesheet relative to itself.
    const html = fs.readFileSync(path.join(ROOT, 'dist', 'renderer', 'index.html'), 'utf8');
    const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map(
      (m) => `dist/renderer/${m[1]}`,
    );
    expect(linked.length).toBeGreaterThanOrEqual(2);
    for (const file of linked) expect(entries, file).toContain(file);
  });

  it('holds the sql.js wasm build and the production dependencies, and nothing the renderer bundled', () => {
    expect(entries).toContain('node_modules/sql.js/dist/sql-wasm.wasm');
    expect(entries).toContain('node_modules/sql.js/dist/sql-wasm.js');
    expect([...entries].filter((e) => /^node_modules\/sql\.js\/dist\/sql-asm/.test(e))).toEqual([]);
    for (const dep of Object.keys(pkg.dependencies)) {
      expect(entries, dep).toContain(`node_modules/${dep}/package.json`);
    }
    for (const devOnly of [
      'electron',
      'react',
      'react-dom',
      'ag-grid-community',
      'recharts',
      'typescript',
      'vite',
    ]) {
      expect(entries, devOnly).not.toContain(`node_modules/${devOnly}/package.json`);
    }
    expect([...entries].filter((e) => e.startsWith('dist/') && /\.(map|d\.ts)$/.test(e))).toEqual([]);
  });

  it('runs the packaged backend from the archive: sql.js loads its wasm and a database opens', async () => {
    const unpacked = dirs.make();
    extractAll(asarFile, unpacked);
    const script = `
      const { Backend } = require(${JSON.stringify(path.join(unpacked, 'dist', 'electron', 'backend', 'backend.js'))});
      (async () => {
        const backend = await Backend.open({ dataDir: ${JSON.stringify(dirs.make())} });
        const check = backend.store.db.quickCheck();
        const counties = backend.store.db.get('SELECT COUNT(*) AS n FROM counties').n;
        await backend.close();
        process.stdout.write(JSON.stringify({ check, counties }));
      })().catch((err) => { console.error(err); process.exit(1); });`;
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], { cwd: unpacked });
    expect(JSON.parse(stdout)).toEqual({ check: 'ok', counties: 8 });
  });

  it('flips the fuses of electron-builder.yml in the binary, renamed, and keeps only zh-CN and en-US', () => {
    const binary = fs.readFileSync(path.join(appDir, 'spring-breeze'), 'latin1');
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    expect(binary.slice(at + 2, at + 10)).toBe(PACKED_WIRE);
    expect(fs.readdirSync(path.join(appDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak']);
  });
});
