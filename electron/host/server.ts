import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { BackendEvent } from '../../shared/contract/events';
import type { Result } from '../../shared/contract/result';
import { bridgeScript, TOKEN_HEADER } from './bridge-script';
import { CODE_PARAM, PageAccess } from './page-access';
import { readStatic } from './static-files';

/** What the host needs from the backend: the worker client in the app, a Backend in tests. */
export interface BackendPort {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (e: BackendEvent) => void): () => void;
}

export interface HostOptions {
  backend: BackendPort;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** The launch token tools send in a header; random (and known to nobody) when not given. */
  token?: string;
}

export interface RunningHost {
  /** The page's address with a one-time code: it opens the console once, in one browser. */
  url: string;
  port: number;
  token: string;
  /** Another address with a fresh one-time code. */
  openUrl(): string;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/**
 * The browser host: serves the built renderer and the contract's channels as `POST /api/<channel>`
 * on 127.0.0.1 only. The page opens with a one-time code exchanged for an HttpOnly cookie
 * (`page-access.ts`); every API call needs that cookie (or the launch token in a header), the
 * expected Host header (against DNS rebinding) and, when the browser sends one, our own Origin.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;
  // Named by port: two consoles on one PC (two data folders) keep their own cookie.
  const access = new PageAccess(token, () => `spring-breeze-${port}`);
  const allowed = (req: http.IncomingMessage): boolean =>
    access.hasSession(req) || access.hasToken(headerValue(req.headers[TOKEN_HEADER]));
  const hostOk = (req: http.IncomingMessage): boolean =>
    req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
  const originOk = (req: http.IncomingMessage): boolean => {
    const origin = req.headers.origin;
    return (
      origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
    );
  };

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      console.error('[host]', err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!hostOk(req)) return send(res, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith('/api/')) {
      if (!originOk(req)) return json(res, 403, refusal('Cross-origin request refused'));
      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!allowed(req)) return json(res, 401, refusal('Open the console from its address first'));
        return openEventStream(res);
      }
      if (req.method !== 'POST') return json(res, 405, refusal('Use POST'));
      if (!allowed(req)) return json(res, 401, refusal('Open the console from its address first'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return json(res, 415, refusal('Send application/json'));
      }
      const body = await readBody(req);
      if (body === null) return json(res, 413, refusal('Request too large'));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return json(res, 400, { ok: false, error: { code: 'invalid_input', message: 'e.invalid_input' } });
      }
      const channel = url.pathname.slice('/api/'.length);
      const result = await options.backend.invoke(channel, input);
      return json(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname === '/__bridge.js') {
      return send(res, 200, 'text/javascript; charset=utf-8', bridgeScript(), {
        'Cache-Control': 'no-store',
      });
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const headers: Record<string, string> = {};
      if (!access.hasSession(req)) {
        if (!access.redeem(url.searchParams.get(CODE_PARAM))) {
          return send(
            res,
            401,
            'text/plain; charset=utf-8',
            'Open the address printed by "spring-breeze serve" or "npm start": its one-time code opens the console once.\n' +
              '请使用 “spring-breeze serve” 或 “npm start” 刚输出的地址打开（地址中的一次性代码只能使用一次）。\n',
          );
        }
        headers['Set-Cookie'] = access.openSession();
      }
      const html = await readFile(path.join(options.rendererDir, 'index.html'), 'utf8').catch(() => null);
      if (html === null)
        return send(res, 500, 'text/plain; charset=utf-8', 'The renderer is not built: run npm run build');
      return send(res, 200, 'text/html; charset=utf-8', injectBridge(html), {
        ...headers,
        'Cache-Control': 'no-store',
        'Content-Security-Policy': CSP,
      });
    }
    const file = await readStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    return send(res, 200, file.type, file.body, { 'Content-Security-Policy': CSP });
  }

  function openEventStream(res: http.ServerResponse): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    eventStreams.add(res);
    res.on('close', () => eventStreams.delete(res));
  }

  const unsubscribe = options.backend.onEvent((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of eventStreams) res.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  const openUrl = () => `http://127.0.0.1:${port}/?${CODE_PARAM}=${access.issueCode()}`;
  return {
    url: openUrl(),
    port,
    token,
    openUrl,
    close: async () => {
      unsubscribe();
      for (const res of eventStreams) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Puts the bridge script before the renderer's first script, so `window.api` exists when it runs. */
export function injectBridge(html: string): string {
  const tag = '<script src="/__bridge.js"></script>';
  const at = html.indexOf('<script');
  return at === -1 ? html.replace('</head>', `${tag}</head>`) : html.slice(0, at) + tag + html.slice(at);
}

function refusal(message: string): Result<never> {
  return { ok: false, error: { code: 'forbidden', message } };
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), {
    'Cache-Control': 'no-store',
  });
}
