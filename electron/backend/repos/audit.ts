import { AuditMessage, type AuditEntry, type AuditPart, type AuditValue } from '../../../shared/domain/audit';
import type { Catalog } from '../../../shared/i18n/en';
import type { Database } from '../db/database';

type Unplural<K> = K extends `${infer Base}_${'one' | 'other'}` ? Base : K;

/** A message of the audit log: a key of `auditSummary` (the compiler checks it has a text). */
export type AuditSummaryKey = Unplural<keyof Catalog['auditSummary'] & string>;

/** `trips.close` for the catalogue's `audit.trips_close`: an action can only be written with its label. */
export type AuditAction = {
  [K in keyof Catalog['audit'] & string]: K extends `${infer Domain}_${infer Verb}`
    ? `${Domain}.${Verb}`
    : never;
}[keyof Catalog['audit'] & string];

export interface AuditRecord {
  action: AuditAction;
  entity: string;
  entityId: string | null;
  /** What happened, as data: each operator reads it in their own language. */
  summary: AuditMessage;
}

/** One sentence of a summary. */
export function part(key: AuditSummaryKey, params: Record<string, AuditValue> = {}): AuditPart {
  return { key, params };
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
