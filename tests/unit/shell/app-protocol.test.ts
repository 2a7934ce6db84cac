import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentTypeFor,
  createAppRequestHandler,
  resolveAppPath,
} from '../../../electron/shell/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/security';
import { tempDirs } from '../support/temp-dir';

const dirs = tempDirs();
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  const base = dirs.make();
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, 'assets', '中文 名.svg'), '<svg/>');
  // Siblings whose names start with the root's: a naive startsWith(root) check would serve them.
  fs.mkdirSync(path.join(base, 'renderer-secret'));
  fs.writeFileSync(path.join(base, 'renderer-secret', 'a.txt'), 'secret');
  fs.writeFileSync(path.join(base, 'outside.txt'), 'secret');
  handler = createAppRequestHandler(root);
});

afterAll(() => dirs.cleanup());

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// file serving', () => {
  it('serves index.html for the origin and for /index.html, with its MIME type and the CSP header', async () => {
    for (const url of ['app://renderer/', 'app://renderer', 'app://renderer/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<!doctype html>');
    }
  });

  it('serves assets with the MIME types module scripts and styles need, ignoring query and hash', async () => {
    const js = await get('app://renderer/assets/index-abc.js?v=1#x');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect((await get('app://renderer/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const svg = await get(`app://renderer/assets/${encodeURIComponent('中文 名.svg')}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://renderer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://renderer/index.html', 'POST')).status).toBe(405);
  });

  it.each([
    'app://renderer/../outside.txt',
    'app://renderer/%2e%2e/outside.txt',
    'app://renderer/..%2foutside.txt',
    'app://renderer/assets/..%2f..%2foutside.txt',
    'app://renderer/..%2frenderer-secret%2fa.txt',
    'app://renderer/..%5coutside.txt',
    'app://renderer/assets%5c..%5c..%5coutside.txt',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer/C:%2fWindows%2fwin.ini',
    'app://renderer/index.html%00.png',
    'app://renderer/%E0%A4%A',
    'app://other/index.html',
    'app://renderer:81/index.html',
    'app://renderer/assets',
    'app://renderer/missing.js',
  ])('refuses %s with 404 and leaks nothing', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('resolves only inside the root', () => {
    expect(resolveAppPath('app://renderer/assets/index-abc.js', root)).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath('app://renderer/..%2f..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppPath('https://renderer/index.html', root)).toBeNull();
    expect(resolveAppPath('not a url', root)).toBeNull();
  });

  it('maps extensions to MIME types, unknown ones to opaque bytes', () => {
    expect(contentTypeFor('a.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.wasm')).toBe('application/wasm');
    expect(contentTypeFor('a.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('Makefile')).toBe('application/octet-stream');
  });
});
