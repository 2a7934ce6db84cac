import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api';

/**
 * Puts the backend's field issues on the form's fields. The backend runs the same shared schema,
 * so this only matters for rules it alone can check; returns whether any landed on a field.
 */
export function applyServerIssues<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): boolean {
  if (!(error instanceof ApiCallError)) return false;
  let placed = false;
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const name = issue.path.join('.') as FieldPath<T>;
    setError(name, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** Select and input values that mean "not stated". */
export const emptyToNull = (value: unknown): unknown => (value === '' || value === undefined ? null : value);

export function optionalNumber(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  return typeof value === 'number' ? value : Number(String(value).trim());
}
