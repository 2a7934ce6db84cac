import {
  AuditMessage,
  type AuditEntry,
  type AuditPart,
  type AuditValue,
} from '../../../../shared/domain/audit';
import type { Catalog } from '../../../../shared/i18n/en';
import type { Database } from '../../db/database';
import type { AuditRecord, AuditSummaryKey } from '../../write-context';

/** One sentence of a summary. */
export function part(key: AuditSummaryKey, params: Record<string, AuditValue> = {}): AuditPart {
  return { key, params };
}

/** The reason a person typed for an audited reveal or unmasked export, as a detail (none when absent). */
export function reasonPart(reason: string | undefined): AuditPart[] {
  return reason ? [part('reason', { reason })] : [];
}

/** A summary: its main sentence, then the details (changed fields, seats, the rest of a list). */
export function said(
  key: AuditSummaryKey,
  params: Record<string, AuditValue> = {},
  parts: readonly AuditPart[] = [],
): AuditMessage {
  return { key, params, parts: [...parts] };
}

/** The first `max` of a list of details, and a last one saying how many more there were. */
export function firstOf(parts: readonly AuditPart[], max = 20): AuditPart[] {
  if (parts.length <= max) return [...parts];
  return [...parts.slice(0, max), part('and_more', { count: parts.length - max })];
}

export function writeAudit(db: Database, at: string, operator: string, record: AuditRecord): void {
  db.run(
    'INSERT INTO audit_log (at, operator, action, entity, entity_id, summary) VALUES (?, ?, ?, ?, ?, ?)',
    [at, operator, record.action, record.entity, record.entityId, JSON.stringify(record.summary)],
  );
}

/** A stored summary: a message, or the plain text entries had before summaries were stored as data. */
function readSummary(text: string): AuditMessage | string {
  if (!text.startsWith('{')) return text;
  try {
    const parsed = AuditMessage.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : text;
  } catch {
    return text;
  }
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
      summary: readSummary(r.summary),
    }));
}

type FieldGroup = keyof Catalog['auditField'];
type Fields<G extends FieldGroup> = Partial<Record<keyof Catalog['auditField'][G], unknown>>;

function auditValue(v: unknown): AuditValue {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(String);
  return JSON.stringify(v);
}

/**
 * One detail per field that differs, "field changed from A to B", for the fields of `after` (each
 * must have a label under `auditField.<group>`). Values must be readable: names, not ids.
 */
export function describeChanges<G extends FieldGroup, T extends Fields<G>>(
  group: G,
  before: Partial<T>,
  after: T & Record<Exclude<keyof T, keyof Catalog['auditField'][G]>, never>,
): AuditPart[] {
  const parts: AuditPart[] = [];
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = auditValue(before[key]);
    const to = auditValue(after[key]);
    if (JSON.stringify(from) !== JSON.stringify(to))
      parts.push(part('change', { field: `${group}.${key}`, from, to }));
  }
  return parts;
}

/**
 * One detail per field with a value, "field: A", for what was created or removed (each field must
 * have a label under `auditField.<group>`). Values must be readable: names, not ids.
 */
export function describeValues<G extends FieldGroup, T extends Fields<G>>(
  group: G,
  values: T & Record<Exclude<keyof T, keyof Catalog['auditField'][G]>, never>,
): AuditPart[] {
  const parts: AuditPart[] = [];
  for (const key of Object.keys(values) as (keyof T & string)[]) {
    const to = auditValue(values[key]);
    if (to !== null && !(Array.isArray(to) && to.length === 0) && to !== false)
      parts.push(part('value', { field: `${group}.${key}`, to }));
  }
  return parts;
}
