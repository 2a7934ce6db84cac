import type { FieldPath, UseFormSetError } from 'react-hook-form';
import {
  lineInputOf,
  type DemandLineInput,
  type Enterprise,
  type EnterpriseInput,
} from '../../../../shared/domain/enterprise';
import type { Period } from '../../../../shared/domain/quotas';
import { ApiCallError } from '../../api';

export function emptyEnterprise(): EnterpriseInput {
  return { name: '', shortName: '', contactName: '', contactPhone: '', address: '', notes: '', lines: [] };
}

/** The form edits exactly what `enterprises.save` takes (the contract is strict: no extra keys). */
export function toFormValues(e: Enterprise): EnterpriseInput {
  return {
    id: e.id,
    name: e.name,
    shortName: e.shortName,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    address: e.address,
    notes: e.notes,
    lines: e.lines.map(lineInputOf),
  };
}

/**
 * A new line: headcount starts as NaN so a number input shows it empty and, left empty, it fails
 * with "headcount must be a number" rather than silently counting zero people.
 */
export function newLine(period: Period): DemandLineInput {
  return {
    post: '',
    headcount: Number.NaN,
    periodStart: period.start,
    periodEnd: period.end,
    shiftPattern: 'long_day',
    payMin: null,
    payMax: null,
    boardLodging: '',
    contactName: '',
    contactPhone: '',
    archived: false,
  };
}

/** An optional amount: empty means "not stated" (null); anything else must be a number. */
export function optionalNumber(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  return typeof value === 'number' ? value : Number(String(value).trim());
}

/**
 * Puts the backend's field issues (e.g. `v.name_taken` on ['name']) on the form's fields. Returns
 * whether any landed, so the caller knows the dialog shows where the problem is.
 */
export function applyServerIssues(error: unknown, setError: UseFormSetError<EnterpriseInput>): boolean {
  if (!(error instanceof ApiCallError)) return false;
  let placed = false;
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    const name = issue.path.join('.') as FieldPath<EnterpriseInput>;
    setError(name, { type: 'server', message: issue.message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}
