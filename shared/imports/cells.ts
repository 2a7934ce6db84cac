import { stripSpaces, toHalfWidth } from '../domain/normalise';

/** What a spreadsheet cell holds once read (SheetJS raw values; CSV cells are strings). */
export type CellValue = string | number | boolean | Date | null;

/** Kinds of silent, safe change; each is counted and shown in the preview. */
export const NORMALISATIONS = [
  'spaces',
  'full_width',
  'lower_x',
  'phone_dashes',
  'date_format',
  'excel_serial',
  'number_as_text',
] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

/** The text of a cell as the user typed it. Numbers keep every digit (no exponent below 1e21). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
/** A character some normalisation below changes: without one, the text is already normal. */
const NOT_NORMAL = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u00A0\u200B\uFEFF\s]/;

/**
 * A text field: full-width letters and digits to half-width, spaces trimmed and collapsed; in a
 * Chinese name, spaces inside it removed (滕 鹏刚 → 滕鹏刚), as staff pad names to line them up.
 */
export function normaliseText(
  raw: string,
  kind: 'name' | 'text',
): { value: string; changes: Normalisation[] } {
  if (!NOT_NORMAL.test(raw)) return { value: raw, changes: [] };
  const changes: Normalisation[] = [];
  // Only letters and digits: Chinese punctuation such as （） is how the text is meant to be written.
  let value = raw.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  if (value !== raw) changes.push('full_width');
  const spaced = value;
  value = value
    .replace(/[\u00A0\u200B\uFEFF]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
  if (kind === 'name' && CJK.test(value)) value = stripSpaces(value);
  if (value !== spaced) changes.push('spaces');
  return { value, changes };
}

/** What `checkIdNumber` will silently fix in a raw ID number, for the counts. */
export function idNormalisations(raw: string): Normalisation[] {
  if (/^\d{17}[\dX]$/.test(raw)) return [];
  const changes: Normalisation[] = [];
  if (toHalfWidth(raw) !== raw) changes.push('full_width');
  if (/\s|\u200B|\uFEFF/.test(raw)) changes.push('spaces');
  if (/x$/.test(stripSpaces(toHalfWidth(raw)))) changes.push('lower_x');
  return changes;
}

/** What `checkMobile` will silently fix in a raw phone number, for the counts. */
export function phoneNormalisations(raw: string): Normalisation[] {
  if (/^\d+$/.test(raw)) return [];
  const changes: Normalisation[] = [];
  if (toHalfWidth(raw) !== raw) changes.push('full_width');
  if (/\s/.test(raw)) changes.push('spaces');
  if (/[-‐‑–—()（）]/.test(raw)) changes.push('phone_dashes');
  return changes;
}
