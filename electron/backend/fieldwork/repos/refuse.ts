import { ApiError } from '../../../../shared/contract/result';
import type { Database } from '../../db/database';

/** A refusal that lands on one field of the form (`v.*` message). */
export function refuse(path: (string | number)[] | string, message: string): ApiError {
  return new ApiError('invalid_input', 'e.invalid_input', {
    issues: [{ path: typeof path === 'string' ? [path] : path, message }],
  });
}

/** Nothing may be dated after the request's own day. */
export function notFuture(date: string | null, path: string, today: string): void {
  if (date !== null && date > today) throw refuse(path, 'v.date_future');
}

/** The enterprise's name, or a refusal on the field that named it. */
export function enterpriseNamed(db: Database, id: string, path: string): { name: string; shortName: string } {
  const row = db.get<{ name: string; short_name: string }>(
    'SELECT name, short_name FROM enterprises WHERE id = ?',
    [id],
  );
  if (!row) throw refuse(path, 'v.enterprise_unknown');
  return { name: row.name, shortName: row.short_name };
}
