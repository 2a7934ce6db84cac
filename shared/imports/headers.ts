import { toHalfWidth } from '../domain/normalise';
import {
  fieldsOf,
  IMPORT_KINDS,
  REQUIRED_FIELDS,
  SYNONYMS,
  type ImportField,
  type ImportKind,
} from './fields';

/** A header cell reduced to what matters for matching: no spaces, punctuation or case. */
export function headerKey(text: string): string {
  return toHalfWidth(text)
    .toLowerCase()
    .replace(/[\s\u200B\uFEFF()（）[\]【】:：*＊_\-—.。、/\\]/g, '');
}

const lookup = new Map<ImportKind, Map<string, ImportField>>(
  IMPORT_KINDS.map((kind) => {
    const m = new Map<string, ImportField>();
    for (const [field, words] of Object.entries(SYNONYMS[kind]) as [ImportField, readonly string[]][]) {
      for (const w of words) m.set(headerKey(w), field);
    }
    return [kind, m];
  }),
);

/** The field a header names, for one kind of sheet; null when it names none. */
export function fieldForHeader(kind: ImportKind, header: string): ImportField | null {
  const key = headerKey(header);
  if (key === '') return null;
  return lookup.get(kind)!.get(key) ?? null;
}

/** One entry per column: the field it fills, or null (ignored). A field is taken by its first column only. */
export type ColumnMapping = (ImportField | null)[];

export function suggestMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const f = fieldForHeader(kind, h);
    if (!f || taken.has(f)) return null;
    taken.add(f);
    return f;
  });
}

export interface HeaderGuess {
  /** 0-based index into the sheet's rows. */
  rowIndex: number;
  kind: ImportKind;
  headers: string[];
  mapping: ColumnMapping;
}

/** How many rows from the top may be titles, notes or blank before the header. */
const HEADER_SCAN_ROWS = 30;

/**
 * Finds the header row below any title rows (巴东县…花名册, a date line, blank rows): the first row,
 * among the top ones, where the most cells name known fields, with every required field present.
 */
export function detectHeader(rows: readonly (readonly unknown[])[], prefer?: ImportKind): HeaderGuess | null {
  let best: (HeaderGuess & { score: number }) | null = null;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const headers = (rows[i] ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim()));
    for (const kind of prefer ? [prefer] : IMPORT_KINDS) {
      const mapping = suggestMapping(kind, headers);
      const found = new Set(mapping.filter((f): f is ImportField => f !== null));
      if (!REQUIRED_FIELDS[kind].every((f) => found.has(f))) continue;
      const score = found.size;
      if (!best || score > best.score) best = { rowIndex: i, kind, headers, mapping, score };
    }
  }
  if (!best) return null;
  const { score: _score, ...guess } = best;
  return guess;
}

/** Required fields the mapping lacks (the user must map them before a preview is possible). */
export function missingFields(kind: ImportKind, mapping: ColumnMapping): ImportField[] {
  const present = new Set(mapping);
  return REQUIRED_FIELDS[kind].filter((f) => !present.has(f));
}

/** A mapping the user edited: only fields of the sheet's kind, each at most once. */
export function cleanMapping(kind: ImportKind, mapping: readonly (string | null)[]): ColumnMapping {
  const allowed = new Set<string>(fieldsOf(kind));
  const taken = new Set<string>();
  return mapping.map((f) => {
    if (f === null || !allowed.has(f) || taken.has(f)) return null;
    taken.add(f);
    return f as ImportField;
  });
}
