import { randomBytes, timingSafeEqual } from 'node:crypto';
import type * as http from 'node:http';

/** The query parameter carrying a one-time code in the address the host prints or opens. */
export const CODE_PARAM = 'code';

const secret = () => randomBytes(24).toString('base64url');

function sameSecret(candidate: string, known: Buffer): boolean {
  const b = Buffer.from(candidate);
  return b.length === known.length && timingSafeEqual(b, known);
}

/**
 * Who may use the browser host. The address it prints or opens carries a one-time code: the first
 * page load exchanges it for an HttpOnly, SameSite=Strict cookie (the page then drops the code from
 * its address), and a code once used, or never issued, opens nothing. The API takes that cookie,
 * or the launch token in a header: the token is given to tools outside any command line
 * (`SPRING_BREEZE_HOST_TOKEN`) and is never printed. The cookie only proves the page is the one
 * the host opened; it is not a sign-in.
 */
export class PageAccess {
  private readonly codes = new Set<string>();
  private readonly sessions: Buffer[] = [];
  private readonly tokenBytes: Buffer;

  constructor(
    readonly token: string,
    private readonly cookieName: () => string,
  ) {
    this.tokenBytes = Buffer.from(token);
  }

  /** A new one-time code; it opens the page once. */
  issueCode(): string {
    const code = secret();
    this.codes.add(code);
    return code;
  }

  /** Uses up a code: true once for a code this host issued, false ever after. */
  redeem(code: string | null): boolean {
    if (!code) return false;
    for (const known of this.codes) {
      if (sameSecret(code, Buffer.from(known))) {
        this.codes.delete(known);
        return true;
      }
    }
    return false;
  }

  /** A new page session: the Set-Cookie header value that carries it. */
  openSession(): string {
    const value = secret();
    this.sessions.push(Buffer.from(value));
    return `${this.cookieName()}=${value}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** The request carries a session cookie this host set. */
  hasSession(req: http.IncomingMessage): boolean {
    const value = cookieValue(req.headers.cookie, this.cookieName());
    return value !== null && this.sessions.some((s) => sameSecret(value, s));
  }

  /** The launch token, sent in a header by a tool (never in an address or a command line). */
  hasToken(candidate: string | undefined): boolean {
    return !!candidate && sameSecret(candidate, this.tokenBytes);
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}
