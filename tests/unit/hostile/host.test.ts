import fc from 'fast-check';
import * as http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../electron/backend/backend';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { CHANNEL_NAMES } from '../../../shared/contract/channels';
import { tempDirs } from '../support/temp-dir';
import { filesDigest, rowsDigest } from './support/db-digest';
import { prototypeChanges, prototypeSnapshot } from './support/prototypes';

/**
 * The browser host's API path under hostile bodies and channel names (tests/unit/host covers the
 * token, Host and Origin checks): every answer is a JSON envelope, the host keeps serving, nothing
 * is written and no prototype changes.
 */
const dirs = tempDirs();
let dataDir: string;
let backend: Backend;
let host: RunningHost;

beforeAll(async () => {
  dataDir = dirs.make();
  backend = await Backend.open({ dataDir });
  host = await startHost({ backend, rendererDir: dirs.make() });
});
afterAll(async () => {
  await host.close();
  await backend.close();
  dirs.cleanup();
});

function post(
  urlPath: string,
  body: Buffer | string,
  type = 'application/json',
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: urlPath,
        headers: {
          host: `127.0.0.1:${host.port}`,
          'content-type': type,
          'x-spring-breeze-token': host.token,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      },
    );
    // The host may answer and close before a huge body is sent in full.
    req.on('error', (err: NodeJS.ErrnoException) =>
      err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err),
    );
    req.end(body);
  });
}

function expectRefusal(reply: { status: number; body: string }, statuses: number[], label: string): void {
  expect(statuses, label).toContain(reply.status);
  const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
  expect(parsed.ok, `${label} ${reply.body.slice(0, 200)}`).toBe(false);
  expect(parsed.error?.code).not.toBe('internal');
}

describe('the browser host under hostile requests', () => {
  it('refuses crafted bodies and channel names with a JSON envelope, writing nothing', async () => {
    const rows = rowsDigest(backend.store.db);
    const files = filesDigest(dataDir);
    const prototypes = prototypeSnapshot();
    const cases: [string, Buffer | string, number[]][] = [
      ['/api/enterprises.save', Buffer.alloc(17 * 1024 * 1024, 0x20), [413]],
      ['/api/enterprises.save', '{"__proto__":{"polluted":1},"name":"x","lines":[]}', [200]],
      ['/api/settings.update', '{"constructor":{"prototype":{"polluted":1}}}', [200]],
      ['/api/enterprises.save', '['.repeat(200_000) + ']'.repeat(200_000), [200, 400]],
      ['/api/enterprises.save', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), [200, 400]],
      ['/api/enterprises.save', Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28]), [400]],
      ['/api/enterprises.save', '{"name": NaN, "lines": [Infinity]}', [400]],
      ['/api/enterprises.save', `{"name":"${'张'.repeat(4_000_000)}","lines":[]}`, [200]],
      ['/api/__proto__', '{}', [200]],
      ['/api/constructor', '{}', [200]],
      ['/api/%2e%2e%2fdemo.load', '{}', [200]],
      [`/api/${'x'.repeat(8000)}`, '{}', [200]],
      ['/api/', '{}', [200]],
    ];
    for (const [url, body, statuses] of cases) expectRefusal(await post(url, body), statuses, url);
    expect((await post('/api/app.info', '{}', 'text/plain')).status).toBe(415);
    expect(prototypeChanges(prototypes)).toEqual([]);
    expect(rowsDigest(backend.store.db)).toBe(rows);
    expect(filesDigest(dataDir)).toBe(files);
  });

  it('answers random bytes to any channel with an envelope and keeps serving', async () => {
    const rows = rowsDigest(backend.store.db);
    const files = filesDigest(dataDir);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNEL_NAMES.filter((c) => c !== 'demo.load' && !c.startsWith('backups.'))),
        fc.oneof(
          fc.uint8Array({ minLength: 1, maxLength: 2000 }).map((b) => Buffer.from(b)),
          fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        async (channel, body) => {
          const reply = await post(`/api/${channel}`, body);
          expect([200, 400]).toContain(reply.status);
          const parsed = JSON.parse(reply.body) as { ok: boolean; error?: { code: string } };
          if (!parsed.ok) expect(parsed.error?.code).not.toBe('internal');
        },
      ),
      { numRuns: 60 },
    );
    expect(rowsDigest(backend.store.db)).toBe(rows);
    expect(filesDigest(dataDir)).toBe(files);
    const info = JSON.parse((await post('/api/app.info', '{}')).body) as { ok: boolean };
    expect(info.ok).toBe(true);
  });
});
