import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../../shared/contract/result';
import { overlapsOnSave } from '../../../../shared/domain/demand-overlap';
import type {
  DemandLine,
  Enterprise,
  EnterpriseInputParsed,
  ShiftPattern,
} from '../../../../shared/domain/enterprise';
import type { Database } from '../../db/database';
import { describeChanges, said } from '../../audit/repos/audit';
import type { AuditRecord, WriteContext } from '../../write-context';

interface EnterpriseRow {
  id: string;
  name: string;
  short_name: string;
  contact_name: string;
  contact_phone: string;
  address: string;
  notes: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

interface LineRow {
  id: string;
  enterprise_id: string;
  post: string;
  headcount: number;
  period_start: string;
  period_end: string;
  shift_pattern: string;
  pay_min: number | null;
  pay_max: number | null;
  board_lodging: string;
  contact_name: string;
  contact_phone: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

function toLine(r: LineRow): DemandLine {
  return {
    id: r.id,
    enterpriseId: r.enterprise_id,
    post: r.post,
    headcount: r.headcount,
    periodStart: r.period_start,
    periodEnd: r.period_end,
    shiftPattern: r.shift_pattern as ShiftPattern,
    payMin: r.pay_min,
    payMax: r.pay_max,
    boardLodging: r.board_lodging,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toEnterprise(r: EnterpriseRow, lines: DemandLine[]): Enterprise {
  return {
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    address: r.address,
    notes: r.notes,
    archived: r.archived === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lines,
  };
}

export function listEnterprises(db: Database, includeArchived: boolean): Enterprise[] {
  const rows = db.all<EnterpriseRow>(
    `SELECT * FROM enterprises ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY name`,
  );
  const lines = db.all<LineRow>('SELECT * FROM demand_lines ORDER BY enterprise_id, sort_order, created_at');
  const byEnterprise = new Map<string, DemandLine[]>();
  for (const l of lines) {
    const list = byEnterprise.get(l.enterprise_id) ?? [];
    list.push(toLine(l));
    byEnterprise.set(l.enterprise_id, list);
  }
  return rows.map((r) => toEnterprise(r, byEnterprise.get(r.id) ?? []));
}

export function getEnterprise(db: Database, id: string): Enterprise {
  const row = db.get<EnterpriseRow>('SELECT * FROM enterprises WHERE id = ?', [id]);
  if (!row) throw new ApiError('not_found', 'e.not_found');
  const lines = db.all<LineRow>(
    'SELECT * FROM demand_lines WHERE enterprise_id = ? ORDER BY sort_order, created_at',
    [id],
  );
  return toEnterprise(row, lines.map(toLine));
}

/** An enterprise's name for messages and the audit log; null for none. */
export function enterpriseName(db: Database, id: string | null): string | null {
  if (id === null) return null;
  return db.get<{ name: string }>('SELECT name FROM enterprises WHERE id = ?', [id])?.name ?? null;
}

export function countEnterprises(db: Database): number {
  return Number(db.get<{ n: number }>('SELECT COUNT(*) AS n FROM enterprises')?.n ?? 0);
}

/**
 * Creates or updates an enterprise together with its demand lines. Lines missing from the input
 * are left as they are (they are archived, never deleted, so history keeps its quotas).
 */
export function saveEnterprise(
  db: Database,
  input: EnterpriseInputParsed,
  { now, audit }: WriteContext,
): Enterprise {
  const clash = db.get<{ id: string }>('SELECT id FROM enterprises WHERE name = ? AND id IS NOT ?', [
    input.name,
    input.id ?? null,
  ]);
  if (clash) {
    throw new ApiError('conflict', 'v.name_taken', { issues: [{ path: ['name'], message: 'v.name_taken' }] });
  }
  const fields = {
    name: input.name,
    shortName: input.shortName,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    address: input.address,
    notes: input.notes,
  };
  let id = input.id;
  if (!input.allowOverlap) refuseOverlaps(id ? getEnterprise(db, id).lines : [], input.lines);
  if (id) {
    const before = getEnterprise(db, id);
    db.run(
      `UPDATE enterprises SET name = ?, short_name = ?, contact_name = ?, contact_phone = ?, address = ?, notes = ?,
         updated_at = ? WHERE id = ?`,
      [
        fields.name,
        fields.shortName,
        fields.contactName,
        fields.contactPhone,
        fields.address,
        fields.notes,
        now,
        id,
      ],
    );
    const changes = describeChanges('enterprise', before, fields);
    if (changes.length > 0)
      audit({
        action: 'enterprises.update',
        entity: 'enterprise',
        entityId: id,
        summary: said('subject', { name: fields.name }, changes),
      });
  } else {
    id = randomUUID();
    db.run(
      `INSERT INTO enterprises (id, name, short_name, contact_name, contact_phone, address, notes, archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      [
        id,
        fields.name,
        fields.shortName,
        fields.contactName,
        fields.contactPhone,
        fields.address,
        fields.notes,
        now,
        now,
      ],
    );
    audit({
      action: 'enterprises.create',
      entity: 'enterprise',
      entityId: id,
      summary: said('subject', { name: fields.name }),
    });
  }
  const enterpriseId = id;
  input.lines.forEach((line, index) => saveLine(db, enterpriseId, fields.name, line, index, now, audit));
  return getEnterprise(db, enterpriseId);
}

/**
 * Refuses a save that would count a post's quota twice (a new or moved line overlapping another
 * line of the same post), unless the user was asked and chose to keep both (`allowOverlap`).
 */
function refuseOverlaps(before: DemandLine[], lines: EnterpriseInputParsed['lines']): void {
  const sent = new Set(lines.map((l) => l.id));
  const after = [...lines, ...before.filter((l) => !sent.has(l.id))];
  const found = overlapsOnSave(before, after);
  const first = found[0];
  if (!first) return;
  throw new ApiError('conflict', 'v.demand_overlap', {
    issues: found
      .filter((f) => f.index < lines.length)
      .map((f) => ({ path: ['lines', f.index, 'periodStart'], message: 'v.demand_overlap_line' })),
    params: {
      line: first.index + 1,
      post: after[first.index]!.post,
      count: first.others.length,
      total: first.total,
    },
  });
}

function saveLine(
  db: Database,
  enterpriseId: string,
  enterpriseName: string,
  line: EnterpriseInputParsed['lines'][number],
  index: number,
  now: string,
  audit: (r: AuditRecord) => void,
): void {
  const values = {
    post: line.post,
    headcount: line.headcount,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    shiftPattern: line.shiftPattern,
    payMin: line.payMin,
    payMax: line.payMax,
    boardLodging: line.boardLodging,
    contactName: line.contactName,
    contactPhone: line.contactPhone,
    archived: line.archived,
  };
  const params = [
    values.post,
    values.headcount,
    values.periodStart,
    values.periodEnd,
    values.shiftPattern,
    values.payMin,
    values.payMax,
    values.boardLodging,
    values.contactName,
    values.contactPhone,
    values.archived ? 1 : 0,
    index,
  ];
  if (line.id) {
    const row = db.get<LineRow>('SELECT * FROM demand_lines WHERE id = ? AND enterprise_id = ?', [
      line.id,
      enterpriseId,
    ]);
    if (!row) throw new ApiError('not_found', 'e.not_found');
    const changes = describeChanges('line', toLine(row), values);
    db.run(
      `UPDATE demand_lines SET post = ?, headcount = ?, period_start = ?, period_end = ?, shift_pattern = ?, pay_min = ?,
         pay_max = ?, board_lodging = ?, contact_name = ?, contact_phone = ?, archived = ?, sort_order = ?, updated_at = ?
       WHERE id = ?`,
      [...params, now, line.id],
    );
    if (changes.length > 0) {
      audit({
        action: 'demandLines.update',
        entity: 'demand_line',
        entityId: line.id,
        summary: said('line', { enterprise: enterpriseName, post: values.post }, changes),
      });
    }
  } else {
    const id = randomUUID();
    db.run(
      `INSERT INTO demand_lines (post, headcount, period_start, period_end, shift_pattern, pay_min, pay_max, board_lodging,
         contact_name, contact_phone, archived, sort_order, id, enterprise_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...params, id, enterpriseId, now, now],
    );
    audit({
      action: 'demandLines.create',
      entity: 'demand_line',
      entityId: id,
      summary: said('line_created', {
        enterprise: enterpriseName,
        post: values.post,
        count: values.headcount,
        from: values.periodStart,
        to: values.periodEnd,
      }),
    });
  }
}

export function archiveEnterprise(
  db: Database,
  id: string,
  archived: boolean,
  { now, audit }: WriteContext,
): Enterprise {
  const before = getEnterprise(db, id);
  if (before.archived !== archived) {
    db.run('UPDATE enterprises SET archived = ?, updated_at = ? WHERE id = ?', [archived ? 1 : 0, now, id]);
    audit({
      action: archived ? 'enterprises.archive' : 'enterprises.unarchive',
      entity: 'enterprise',
      entityId: id,
      summary: said('subject', { name: before.name }),
    });
  }
  return getEnterprise(db, id);
}
