import type { Database } from '../../db/database';

/** Full ID numbers and phones, for an export the user asked to have unmasked (audited by the caller). */
export function fullContacts(
  db: Database,
  ids: readonly string[],
): Map<string, { idNumber: string; phone: string }> {
  const out = new Map<string, { idNumber: string; phone: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of db.all<{ id: string; id_number: string; phone: string }>(
      `SELECT id, id_number, phone FROM seekers WHERE id IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    )) {
      out.set(r.id, { idNumber: r.id_number, phone: r.phone });
    }
  }
  return out;
}
