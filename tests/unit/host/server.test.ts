import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { injectBridge, startHost, type RunningHost } from '../../../electron/host/server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let data = '';
        res.on('data', (c: Buffer) => (data += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('browser host', () => {
  let dir: string;
  let backend: Backend;
  let host: RunningHost;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sb-host-'));
    const rendererDir = path.join(dir, 'renderer');
    mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
    );
    writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    backend = await Backend.open({ dataDir: path.join(dir, 'data') });
    host = await startHost({ backend, rendererDir });
  });

  afterEach(async () => {
    await host.close();
    await backend.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    request(
      host.port,
      'POST',
      `/api/${channel}`,
      { 'content-type': 'application/json', 'x-spring-breeze-token': host.token, ...headers },
      JSON.stringify(body),
    );

  it('prints a 127.0.0.1 URL carrying a one-time code, never the token, and listens on loopback only', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?code=[\\w-]{32}$`));
    expect(host.url).not.toContain(host.token);
    expect(host.token.length).toBeGreaterThanOrEqual(24);
  });

  it('opens the page once per code, for an HttpOnly SameSite=Strict cookie the API then takes', async () => {
    const code = new URL(host.url).search;
    const first = await request(host.port, 'GET', `/${code}`);
    expect(first.status).toBe(200);
    const setCookie = first.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(
      new RegExp(`^spring-breeze-${host.port}=[\\w-]+; HttpOnly; SameSite=Strict; Path=/$`),
    );
    const cookie = setCookie.split(';')[0]!;
    // The code is spent: nobody else opens the page with it, nor calls the API.
    expect((await request(host.port, 'GET', `/${code}`)).status).toBe(401);
    expect((await api('app.info', {}, { 'x-spring-breeze-token': code.slice('?code='.length) })).status).toBe(
      401,
    );
    // The cookie opens the page again (a reload) and answers the API and the events without a token.
    expect((await request(host.port, 'GET', '/', { cookie })).status).toBe(200);
    const answer = await api('app.info', {}, { 'x-spring-breeze-token': '', cookie });
    expect(answer.status).toBe(200);
    const forged = `${cookie.split('=')[0]}=${'A'.repeat(32)}`;
    expect((await api('app.info', {}, { 'x-spring-breeze-token': '', cookie: forged })).status).toBe(401);
    expect((await request(host.port, 'GET', '/', { cookie: forged })).status).toBe(401);
    expect((await request(host.port, 'GET', '/api/events', { cookie: forged })).status).toBe(401);
    // Each fresh address has a code of its own.
    const again = await request(
      host.port,
      'GET',
      new URL(host.openUrl()).pathname + new URL(host.openUrl()).search,
    );
    expect(again.status).toBe(200);
  });

  it('answers a channel with the Result envelope', async () => {
    const res = await api('app.info', {});
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { ok: boolean; data: { empty: boolean } };
    expect(body.ok).toBe(true);
    expect(body.data.empty).toBe(true);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    const none = await api('app.info', {}, { 'x-spring-breeze-token': '' });
    expect(none.status).toBe(401);
    const wrong = await api('app.info', {}, { 'x-spring-breeze-token': host.token.replace(/./, 'x') + 'x' });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong Host header (DNS rebinding) and another origin', async () => {
    const rebinding = await api('app.info', {}, { host: `evil.example:${host.port}` });
    expect(rebinding.status).toBe(421);
    const crossOrigin = await api('app.info', {}, { origin: 'http://evil.example' });
    expect(crossOrigin.status).toBe(403);
    const sameOrigin = await api('app.info', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(sameOrigin.status).toBe(200);
  });

  it('gives typed errors for unknown channels and malformed bodies, and changes nothing', async () => {
    const unknown = await api('nope.nothing', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const malformed = await request(
      host.port,
      'POST',
      '/api/enterprises.save',
      { 'content-type': 'application/json', 'x-spring-breeze-token': host.token },
      '{"name": ',
    );
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const list = JSON.parse((await api('enterprises.list', {})).body) as { data: unknown[] };
    expect(list.data).toHaveLength(0);
  });

  it('serves index.html only with a code or its cookie, with the bridge script before the app', async () => {
    expect((await request(host.port, 'GET', '/')).status).toBe(401);
    expect((await request(host.port, 'GET', `/?token=${host.token}`)).status).toBe(401);
    const page = await request(
      host.port,
      'GET',
      new URL(host.url).search ? `/${new URL(host.url).search}` : '/',
    );
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.body.indexOf('/__bridge.js')).toBeGreaterThan(-1);
    expect(page.body.indexOf('/__bridge.js')).toBeLessThan(page.body.indexOf('./assets/app.js'));
    const bridge = await request(host.port, 'GET', '/__bridge.js');
    expect(bridge.body).toContain('"enterprises.save"');
    expect(bridge.body).toContain('history.replaceState');
    expect(bridge.body).not.toContain('token');
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await request(host.port, 'GET', '/assets/app.js')).status).toBe(200);
    expect((await request(host.port, 'GET', '/../secret.txt')).status).toBe(404);
    expect((await request(host.port, 'GET', '/%2e%2e/secret.txt')).status).toBe(404);
    expect((await request(host.port, 'GET', '/assets/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
  });
});

describe('injectBridge', () => {
  it('puts the bridge before the first script, or at the end of head when there is none', () => {
    expect(injectBridge('<head><script src="a.js"></script></head>')).toBe(
      '<head><script src="/__bridge.js"></script><script src="a.js"></script></head>',
    );
    expect(injectBridge('<head></head>')).toBe('<head><script src="/__bridge.js"></script></head>');
  });
});
