import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/** scrypt's cost for a password: about 0.1–0.3 s and 32 MiB on an office PC (the sign-in bench says). */
export const PASSWORD_KDF = { N: 2 ** 15, r: 8, p: 1 } as const;
const MAXMEM = 96 * 1024 * 1024;

export interface KdfParams {
  /** base64 */
  salt: string;
  N: number;
  r: number;
  p: number;
}

/** AES-256-GCM output, each part base64. */
export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

export function newKdfParams(): KdfParams {
  return { salt: randomBytes(16).toString('base64'), ...PASSWORD_KDF };
}

/** The key that wraps the data key, derived from a password (or the recovery key) with scrypt. */
export function deriveKey(secret: string, params: KdfParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: MAXMEM },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

export function seal(key: Uint8Array, plain: Uint8Array): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

/** The plain bytes, or null when the key is wrong or the sealed bytes were changed. */
export function unseal(key: Uint8Array, sealed: Sealed): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/** HMAC-SHA256 of `parts` under a key derived from the data key: who holds no data key cannot forge it. */
export function mac(dataKey: Uint8Array, parts: readonly unknown[]): string {
  const macKey = Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'spring-breeze keyring mac', 32));
  return createHmac('sha256', macKey).update(JSON.stringify(parts)).digest('base64');
}

export function macMatches(dataKey: Uint8Array, parts: readonly unknown[], expected: string): boolean {
  const a = Buffer.from(mac(dataKey, parts), 'base64');
  const b = Buffer.from(expected, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A recovery key to print: 32 random bytes in 52 letters and digits (no 0/O, 1/I), in groups of four. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(32);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)!.join('-');
}

/** What the person typed, as the key was printed: case, spaces and dashes do not matter. */
export function normaliseRecoveryKey(typed: string): string {
  const letters = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters.match(/.{1,4}/g)?.join('-') ?? '';
}

/** A password for the demo admin, shown once: 16 letters and digits. */
export function newDemoPassword(): string {
  const bytes = randomBytes(16);
  return [...bytes]
    .map((b) => BASE32[b & 31])
    .join('')
    .toLowerCase();
}
