/**
 * Row problem codes. Each is also an i18n key under `imports.problem.` and the `code` of the
 * command line's JSON. Severity decides what happens to the row:
 * - `error`: not imported; it goes to the "problem rows" file for staff to fix and import again;
 * - `duplicate`: not imported, because the person (or line) is already there;
 * - `conflict`: not imported unless the user chooses so: a demand line overlapping one already
 *   kept (shared/domain/demand-overlap.ts) may replace it, be kept beside it, or be skipped;
 * - `warning`: imported, and shown.
 */
export const PROBLEM_SEVERITY = {
  id_missing: 'error',
  id_format: 'error',
  id_birthdate: 'error',
  id_checksum: 'error',
  id_precision_lost: 'error',
  phone_missing: 'error',
  phone_invalid: 'error',
  name_missing: 'error',
  gender_mismatch: 'error',
  age_mismatch: 'error',
  date_invalid: 'error',
  date_future: 'error',
  text_too_long: 'error',
  county_invalid: 'error',
  duplicate_in_file: 'duplicate',
  duplicate_in_db: 'duplicate',
  line_exists: 'duplicate',
  demand_overlap: 'conflict',
  region_outside: 'warning',
  enterprise_unknown: 'warning',
  enterprise_missing: 'error',
  post_missing: 'error',
  headcount_invalid: 'error',
  period_invalid: 'error',
  pay_invalid: 'error',
  contact_phone_invalid: 'error',
  shift_unknown: 'warning',
} as const;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
export type Severity = 'error' | 'duplicate' | 'conflict' | 'warning';
export const PROBLEM_CODES = Object.keys(PROBLEM_SEVERITY) as [ProblemCode, ...ProblemCode[]];

export interface RowProblem {
  /** The spreadsheet's own row number (1-based, as Excel and WPS show it). */
  row: number;
  /** The column's header as written in the file (empty for row-level problems). */
  column: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

export function severityOf(code: ProblemCode): Severity {
  return PROBLEM_SEVERITY[code];
}

export const problemKey = (code: ProblemCode): string => `imports.problem.${code}`;
