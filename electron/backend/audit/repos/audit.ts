import type { AuditEntry } from '../../../../shared/domain/audit';
import type { Database } from '../../db/database';
import type { AuditRecord } from '../../write-context';

export function writeAudit(db: Database, at: string, operator: string, record: AuditRecord): void {
  db.run(
    'INSERT INTO audit_log (at, operator, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)',
    [at, operator, record.action, record.entity, record.entityId, record.summary],
  );
}

export function listAudit(db: Database, limit: number, offset: number): AuditEntry[] {
  return db
    .all<{
      id: number;
      at: string;
      operator: string;
      action: string;
      entity: string;
      entity_id: string | null;
      summary: string;
    }>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?', [limit, offset])
    .map((r) => ({
      id: r.id,
      at: r.at,
      operator: r.operator,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      summary: r.summary,
    }));
}

/** `field: old → new` for each field that differs; used as the audit summary of an update. */
export function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) parts.push(`${key}: ${fmt(a)} → ${fmt(b)}`);
  }
  return parts.join('; ');
}

function fmt(v: unknown): string {
  if (v === null || v === undefined || v === '') return '∅';
  return typeof v === 'string' ? v : JSON.stringify(v);
}
