import { toHalfWidth } from '../domain/normalise';

export type DateParse =
  { ok: true; iso: string; normalisation: 'date_format' | 'excel_serial' | null } | { ok: false };

/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 is accounted for (serials above 60). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials from 1950 to 2100: anything else in a date column is not a date a roster would hold. */
const SERIAL_MIN = 18_264;
const SERIAL_MAX = 73_415;

function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

const FULL = /^(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?$/;

/**
 * The date forms counties write: 2022-02-09, 2022.2.9, 2022/2/9, 2022年2月9日, 20220209, 2月9日 (the
 * year comes from `year`: the import's setting or the sheet's title), an Excel serial number, or a
 * Date. A time after the date (2022/2/9 10:30) is dropped.
 */
export function parseRosterDate(value: unknown, year: number): DateParse {
  if (value instanceof Date) {
    const s = Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
    return s ? { ok: true, iso: s, normalisation: 'date_format' } : { ok: false };
  }
  if (typeof value === 'number') {
    const s = fromSerial(value);
    return s ? { ok: true, iso: s, normalisation: 'excel_serial' } : { ok: false };
  }
  if (typeof value !== 'string') return { ok: false };
  const text = toHalfWidth(value)
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const s = iso(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
    return s ? { ok: true, iso: s, normalisation: s === value ? null : 'date_format' } : { ok: false };
  }
  let m = FULL.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const s = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    return s ? { ok: true, iso: s, normalisation: 'date_format' } : { ok: false };
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const s = iso(year, Number(m[1]), Number(m[2]));
    return s ? { ok: true, iso: s, normalisation: 'date_format' } : { ok: false };
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const s = fromSerial(Number(text));
    return s ? { ok: true, iso: s, normalisation: 'excel_serial' } : { ok: false };
  }
  return { ok: false };
}

/** The first plausible year (1990–2100) written in a title such as 巴东县2022年“春风行动”…花名册. */
export function yearInText(text: string): number | null {
  const m = /(19[9]\d|20\d\d|2100)\s*年?/.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}
