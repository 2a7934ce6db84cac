import { checkIdNumber } from '../domain/id-number';
import { toHalfWidth } from '../domain/normalise';
import { checkMobile } from '../domain/phone';
import { cellText, isBlank, normaliseText, type CellValue } from './cells';
import { parseRosterDate } from './dates';
import type { ImportField } from './fields';

/** Columns that hold dates: a roster writes them every which way, the database as YYYY-MM-DD. */
export const DATE_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>([
  'signedUpOn',
  'periodStart',
  'periodEnd',
]);

/** A headcount as written (全角 digits, 120人, 80 名) reduced to its digits. */
export const headcountDigits = (value: CellValue | undefined): string =>
  toHalfWidth(cellText(value)).replace(/[\s人名]/g, '');

/**
 * A cell as the import stores it under `field`, by the rules the row checks use: a date as
 * YYYY-MM-DD (from 2022.2.7, 2月6日 or Excel's 44601), an ID number and a phone tidied, text trimmed.
 * A cell the import cannot read, or keeps as written, is shown as written.
 */
export function storedText(field: ImportField | null, value: CellValue | undefined, year: number): string {
  const raw = cellText(value);
  if (field === null || isBlank(value)) return raw;
  if (DATE_FIELDS.has(field)) {
    const d = parseRosterDate(value, year);
    return d.ok ? d.iso : raw;
  }
  if (field === 'idNumber') {
    const r = checkIdNumber(raw);
    return r.ok ? r.info.id : raw;
  }
  if (field === 'phone') {
    const r = checkMobile(raw);
    return r.ok ? r.phone : raw;
  }
  if (field === 'headcount') {
    const n = headcountDigits(value);
    return /^\d+$/.test(n) ? String(Number(n)) : raw;
  }
  return normaliseText(raw, field === 'name' ? 'name' : 'text').value;
}
