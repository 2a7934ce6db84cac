import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import type {
  FieldVisit,
  FieldVisitInput,
  FieldVisitRow,
  PolicyTopic,
  VisitFilter,
  VisitKind,
  VisitList,
  VisitPerson,
} from '../../../../shared/domain/fieldwork';
import { maskIdNumber } from '../../../../shared/domain/id-number';
import { describeChanges, describeValues, said } from '../../audit/repos/audit';
import type { SqlValue } from 'sql.js';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';
import { enterpriseNamed, notFuture, refuse } from './refuse';

type VisitInput = z.output<typeof FieldVisitInput>;
type Filter = z.output<typeof VisitFilter>;

interface VisitRow {
  id: string;
  kind: VisitKind;
  visit_date: string;
  class_id: string | null;
  class_name: string | null;
  county_code: string | null;
  town: string;
  village: string;
  enterprise_id: string | null;
  enterprise_name: string | null;
  staff: string;
  reached: number;
  signed_up: number;
  policies: string;
  notes: string;
  recorded_by: string;
  updated_at: string;
  linked: number;
}

const SELECT_VISIT = `SELECT v.id, v.kind, v.visit_date, v.class_id, c.name AS class_name, v.county_code, v.town,
    v.village, v.enterprise_id, e.name AS enterprise_name, v.staff, v.reached, v.signed_up, v.policies, v.notes,
    v.recorded_by, v.updated_at,
    (SELECT COUNT(*) FROM field_visit_signups s WHERE s.visit_id = v.id) AS linked
  FROM field_visits v
  LEFT JOIN recruitment_classes c ON c.id = v.class_id
  LEFT JOIN enterprises e ON e.id = v.enterprise_id`;

const toRow = (r: VisitRow): FieldVisitRow => ({
  id: r.id,
  kind: r.kind,
  date: r.visit_date,
  classId: r.class_id,
  className: r.class_name,
  countyCode: r.county_code,
  town: r.town,
  village: r.village,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  staff: r.staff,
  reached: r.reached,
  signedUp: r.signed_up,
  policies: JSON.parse(r.policies) as PolicyTopic[],
  notes: r.notes,
  recordedBy: r.recorded_by,
  updatedAt: r.updated_at,
  linked: r.linked,
});

function where(f: Filter): { sql: string; params: SqlValue[] } {
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, value: SqlValue) => {
    parts.push(sql);
    params.push(value);
  };
  if (f.from !== null) add('v.visit_date >= ?', f.from);
  if (f.to !== null) add('v.visit_date <= ?', f.to);
  if (f.countyCode !== null) add('v.county_code = ?', f.countyCode);
  if (f.classId !== null) add('v.class_id = ?', f.classId);
  if (f.kind !== null) add('v.kind = ?', f.kind);
  if (f.enterpriseId !== null) add('v.enterprise_id = ?', f.enterpriseId);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Visits matching the filter, newest first, and the totals over every one of them. */
export function listVisits(db: Database, filter: Filter): VisitList {
  const w = where(filter);
  const rows = db
    .all<VisitRow>(`${SELECT_VISIT} ${w.sql} ORDER BY v.visit_date DESC, v.created_at DESC, v.id LIMIT ?`, [
      ...w.params,
      filter.limit,
    ])
    .map(toRow);
  const t = db.get<{
    visits: number;
    reached: number | null;
    signed_up: number | null;
    linked: number | null;
  }>(
    `SELECT COUNT(*) AS visits, SUM(v.reached) AS reached, SUM(v.signed_up) AS signed_up,
       SUM((SELECT COUNT(*) FROM field_visit_signups s WHERE s.visit_id = v.id)) AS linked
     FROM field_visits v ${w.sql}`,
    w.params,
  );
  return {
    rows,
    totals: {
      visits: t?.visits ?? 0,
      reached: t?.reached ?? 0,
      signedUp: t?.signed_up ?? 0,
      linked: t?.linked ?? 0,
    },
  };
}

function visitPeople(db: Database, visitId: string): VisitPerson[] {
  return db
    .all<{ id: string; name: string; id_number: string; county_code: string; village: string }>(
      `SELECT p.id, p.name, p.id_number, p.county_code, p.village
       FROM field_visit_signups s JOIN seekers p ON p.seq = s.seeker_seq
       WHERE s.visit_id = ? ORDER BY s.position`,
      [visitId],
    )
    .map((p) => ({
      seekerId: p.id,
      name: p.name,
      idMasked: maskIdNumber(p.id_number),
      countyCode: p.county_code,
      village: p.village,
    }));
}

export function getVisit(db: Database, id: string): FieldVisit {
  const row = db.get<VisitRow>(`${SELECT_VISIT} WHERE v.id = ?`, [id]);
  if (!row) throw new ApiError('not_found', 'e.not_found');
  const { linked: _linked, ...visit } = toRow(row);
  return { ...visit, people: visitPeople(db, id) };
}

/** The people's sequence numbers, in the order given; an unknown id is refused on its line. */
function seqsOf(db: Database, ids: readonly string[]): number[] {
  return ids.map((id, i) => {
    const row = db.get<{ seq: number }>('SELECT seq FROM seekers WHERE id = ?', [id]);
    if (!row) throw refuse(['seekerIds', i], 'v.seeker_unknown');
    return row.seq;
  });
}

/** Links exactly these people to the visit, keeping the link ids of those already linked. */
function linkPeople(db: Database, visitId: string, seqs: readonly number[]): void {
  const kept = new Map(
    db
      .all<{ id: string; seeker_seq: number }>(
        'SELECT id, seeker_seq FROM field_visit_signups WHERE visit_id = ?',
        [visitId],
      )
      .map((r) => [r.seeker_seq, r.id]),
  );
  db.run('DELETE FROM field_visit_signups WHERE visit_id = ?', [visitId]);
  seqs.forEach((seq, position) => {
    db.run('INSERT INTO field_visit_signups (id, visit_id, seeker_seq, position) VALUES (?, ?, ?, ?)', [
      kept.get(seq) ?? randomUUID(),
      visitId,
      seq,
      position,
    ]);
  });
}

/** What the audit log says of a visit. */
/** A visit as an audit entry names it: its kind, date and where (the class or enterprise, the town, the village). */
const visitLabel = (v: FieldVisit) => ({
  visitKind: v.kind,
  date: v.date,
  place: [v.className ?? v.enterpriseName, v.town, v.village].filter(Boolean).join(' '),
});

/** What a visit logged or removed held, beyond what its label says (its kind, date, class or enterprise). */
const visitValues = (v: FieldVisit) => {
  const { kind: _kind, date: _date, class: _class, enterprise, ...rest } = auditView(v);
  return describeValues('fieldVisit', v.className === null ? rest : { ...rest, enterprise });
};

const auditView = (v: FieldVisit) => ({
  kind: v.kind,
  date: v.date,
  class: v.className,
  county: v.countyCode,
  town: v.town,
  village: v.village,
  enterprise: v.enterpriseName,
  staff: v.staff,
  reached: v.reached,
  signedUp: v.signedUp,
  people: v.people.map((p) => p.name),
  policies: v.policies,
  notes: v.notes,
});

/** Logs a visit or corrects one: the rules of checkVisit hold already; here, what needs the data. */
export function saveVisit(db: Database, input: VisitInput, ctx: WriteContext): FieldVisit {
  notFuture(input.date, 'date', ctx.today);
  const before = input.id ? getVisit(db, input.id) : null;
  if (input.classId !== null && !db.get('SELECT 1 FROM recruitment_classes WHERE id = ?', [input.classId]))
    throw refuse('classId', 'v.visit_class_unknown');
  if (input.enterpriseId !== null) enterpriseNamed(db, input.enterpriseId, 'enterpriseId');
  const seqs = seqsOf(db, input.seekerIds);
  const id = input.id ?? randomUUID();
  const values = [
    input.kind,
    input.date,
    input.classId,
    input.countyCode,
    input.town,
    input.village,
    input.enterpriseId,
    input.staff,
    input.reached,
    input.signedUp,
    JSON.stringify(input.policies),
    input.notes,
  ];
  if (before) {
    db.run(
      `UPDATE field_visits SET kind = ?, visit_date = ?, class_id = ?, county_code = ?, town = ?, village = ?,
         enterprise_id = ?, staff = ?, reached = ?, signed_up = ?, policies = ?, notes = ?, updated_at = ?
       WHERE id = ?`,
      [...values, ctx.now, id],
    );
  } else {
    db.run(
      `INSERT INTO field_visits (kind, visit_date, class_id, county_code, town, village, enterprise_id, staff,
         reached, signed_up, policies, notes, id, recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, id, ctx.operator, ctx.now, ctx.now],
    );
  }
  linkPeople(db, id, seqs);
  const after = getVisit(db, id);
  const changes = before
    ? describeChanges('fieldVisit', auditView(before), auditView(after))
    : visitValues(after);
  if (changes.length > 0)
    ctx.audit({
      action: before ? 'fieldVisits.update' : 'fieldVisits.create',
      entity: 'field_visit',
      entityId: id,
      summary: said('field_visit', visitLabel(after), changes),
    });
  return after;
}

/** Removes a visit logged by mistake; the people it linked keep their registrations. */
export function deleteVisit(db: Database, id: string, ctx: WriteContext): { id: string } {
  const before = getVisit(db, id);
  db.run('DELETE FROM field_visit_signups WHERE visit_id = ?', [id]);
  db.run('DELETE FROM field_visits WHERE id = ?', [id]);
  ctx.audit({
    action: 'fieldVisits.delete',
    entity: 'field_visit',
    entityId: id,
    summary: said('field_visit_deleted', visitLabel(before), visitValues(before)),
  });
  return { id };
}

/** Each visit's date, county and sign-ups up to a date: what the daily report counts. */
export function visitCountsUpTo(
  db: Database,
  date: string,
): { date: string; countyCode: string | null; signedUp: number }[] {
  return db
    .all<{ visit_date: string; county_code: string | null; signed_up: number }>(
      'SELECT visit_date, county_code, signed_up FROM field_visits WHERE visit_date <= ? AND county_code IS NOT NULL',
      [date],
    )
    .map((r) => ({ date: r.visit_date, countyCode: r.county_code, signedUp: r.signed_up }));
}
