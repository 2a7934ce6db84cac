import { stripSpaces, toHalfWidth } from './normalise';

export type PhoneCheck =
  { ok: true; phone: string; normalised: boolean } | { ok: false; problem: 'phone_invalid' };

const MOBILE = /^1[3-9]\d{9}$/;

/** Mainland mobile numbers: 11 digits starting 1[3-9]. +86/0086, spaces, dashes and full-width digits are normalised. */
export function checkMobile(raw: string): PhoneCheck {
  if (MOBILE.test(raw)) return { ok: true, phone: raw, normalised: false };
  let s = stripSpaces(toHalfWidth(raw)).replace(/[-‐‑–—()（）]/g, '');
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  else if (s.startsWith('86') && s.length === 13) s = s.slice(2);
  if (!MOBILE.test(s)) return { ok: false, problem: 'phone_invalid' };
  return { ok: true, phone: s, normalised: s !== raw };
}

/** `137****1255`. */
export function maskMobile(phone: string): string {
  return phone.length === 11
    ? `${phone.slice(0, 3)}****${phone.slice(7)}`
    : phone.replace(/\d(?=\d{4})/g, '*');
}
