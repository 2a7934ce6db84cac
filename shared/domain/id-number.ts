import { PREFECTURE } from './counties';
import { stripSpaces, toHalfWidth } from './normalise';

/** Why a resident ID number is refused; each is also an import problem code and a `v.*` i18n key. */
export type IdProblem = 'id_format' | 'id_birthdate' | 'id_checksum' | 'id_precision_lost';

export interface IdInfo {
  /** Normalised: 18 characters, ASCII, upper-case X. */
  id: string;
  regionCode: string;
  birthDate: string;
  gender: 'male' | 'female';
  /** Outside the prefecture: allowed, but worth a warning. */
  inPrefecture: boolean;
}

export type IdCheck =
  { ok: true; info: IdInfo; normalised: boolean } | { ok: false; problem: IdProblem; id: string };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

const NORMAL_ID = /^\d{17}[\dX]$/;

/** Full-width digits, spaces and a lower-case x are normalised; nothing else is changed. */
export function normaliseIdNumber(raw: string): string {
  // Most ID numbers are already written as they should be (an import checks 100k of them, several times).
  if (NORMAL_ID.test(raw)) return raw;
  return stripSpaces(toHalfWidth(raw)).toUpperCase();
}

/** The GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * An ID number that spreadsheet software turned into a number: scientific notation (4.22823E+17),
 * or 18 digits whose tail was zeroed when precision ran out (a float keeps ~15-16 digits).
 */
export function looksPrecisionLost(normalised: string): boolean {
  if (/^\d(\.\d+)?E\+?\d+$/.test(normalised)) return true;
  return /^\d{15,16}0{2,3}$/.test(normalised) && normalised.length === 18 && !checksumOk(normalised);
}

function checksumOk(id: string): boolean {
  return idCheckChar(id.slice(0, 17)) === id[17];
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;
let todayCache = { day: Number.NaN, yyyymmdd: '' };

/** `today` as YYYYMMDD (UTC, as before), worked out once per day rather than once per ID number. */
function yyyymmddOf(today: Date): string {
  const day = Math.floor(today.getTime() / MS_PER_DAY);
  if (day !== todayCache.day)
    todayCache = { day, yyyymmdd: today.toISOString().slice(0, 10).replace(/-/g, '') };
  return todayCache.yyyymmdd;
}

function validBirthDate(yyyymmdd: string, today: Date): string | null {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!;
  if (d > days) return null;
  if (yyyymmdd > yyyymmddOf(today)) return null;
  return `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
}

/** Validates an 18-character resident ID number (GB 11643-1999): region, birth date and MOD 11-2 check. */
export function checkIdNumber(raw: string, today: Date = new Date()): IdCheck {
  const id = normaliseIdNumber(raw);
  if (looksPrecisionLost(id)) return { ok: false, problem: 'id_precision_lost', id };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'id_format', id };
  const birthDate = validBirthDate(id.slice(6, 14), today);
  if (!birthDate) return { ok: false, problem: 'id_birthdate', id };
  if (!checksumOk(id)) return { ok: false, problem: 'id_checksum', id };
  return {
    ok: true,
    normalised: id !== raw,
    info: {
      id,
      regionCode: id.slice(0, 6),
      birthDate,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      inPrefecture: id.startsWith(PREFECTURE.code),
    },
  };
}

/** Whole years of age on `on` (ISO date). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** `422823********6461`: region and last four only, as shown, printed and exported by default. */
export function maskIdNumber(id: string): string {
  if (id.length < 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
}
