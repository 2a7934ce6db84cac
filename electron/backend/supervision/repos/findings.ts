import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Finding, FindingStepRecord } from '../../../../shared/contract/supervision';
import { ApiError } from '../../../../shared/contract/result';
import {
  overdueDays,
  type DeadlineKind,
  type FindingCategory,
  type FindingFilter,
  type FindingInput,
  type FindingState,
  type FindingStep,
  type FollowUpOutcome,
} from '../../../../shared/domain/supervision';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

interface FindingRow {
  id: string;
  class_no: number;
  found_on: string;
  county_code: string;
  town: string;
  enterprise_id: string | null;
  enterprise_name: string | null;
  category: FindingCategory;
  problem: string;
  requirement: string;
  responsible_unit: string;
  responsible_person: string;
  deadline_kind: DeadlineKind;
  deadline: string | null;
  state: FindingState;
  state_on: string;
  closed_on: string | null;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}

interface StepRow {
  id: string;
  finding_id: string;
  step: FindingStep;
  date: string;
  note: string;
  by_whom: string;
  outcome: FollowUpOutcome | null;
  from_state: FindingState;
  to_state: FindingState;
  recorded_by: string;
  recorded_at: string;
}

const SELECT = `SELECT f.*, ent.name AS enterprise_name FROM findings f LEFT JOIN enterprises ent ON ent.id = f.enterprise_id`;

const toStep = (s: StepRow): FindingStepRecord => ({
  id: s.id,
  step: s.step,
  date: s.date,
  note: s.note,
  by: s.by_whom,
  outcome: s.outcome,
  fromState: s.from_state,
  toState: s.to_state,
  recordedBy: s.recorded_by,
  recordedAt: s.recorded_at,
});

function toFinding(f: FindingRow, steps: FindingStepRecord[], asOf: string): Finding {
  const latest = (step: FindingStep) => steps.filter((s) => s.step === step).at(-1);
  const lastStep = steps.at(-1);
  const deadlineKind = f.deadline_kind;
  return {
    id: f.id,
    classNo: f.class_no,
    foundOn: f.found_on,
    countyCode: f.county_code,
    town: f.town,
    enterpriseId: f.enterprise_id,
    enterpriseName: f.enterprise_name,
    category: f.category,
    problem: f.problem,
    requirement: f.requirement,
    responsibleUnit: f.responsible_unit,
    responsiblePerson: f.responsible_person,
    deadlineKind,
    deadline: f.deadline,
    state: f.state,
    stateOn: f.state_on,
    closedOn: f.closed_on,
    overdueDays: overdueDays({ deadlineKind, deadline: f.deadline, state: f.state }, asOf),
    done: latest('request_closure')?.note ?? '',
    checkedBy: latest('check')?.by ?? '',
    returnReason: f.state === 'returned' && lastStep ? lastStep.note : '',
    steps,
    recordedBy: f.recorded_by,
    recordedAt: f.recorded_at,
    updatedAt: f.updated_at,
  };
}

/** Findings with their steps, read in chunks of ids. */
function withSteps(db: Database, rows: readonly FindingRow[], asOf: string): Finding[] {
  const byFinding = new Map<string, FindingStepRecord[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    for (const s of db.all<StepRow>(
      `SELECT * FROM finding_steps WHERE finding_id IN (${ids.map(() => '?').join(',')})
       ORDER BY date, recorded_at, rowid`,
      ids,
    )) {
      const list = byFinding.get(s.finding_id) ?? [];
      list.push(toStep(s));
      byFinding.set(s.finding_id, list);
    }
  }
  return rows.map((r) => toFinding(r, byFinding.get(r.id) ?? [], asOf));
}

export function getFinding(db: Database, id: string, asOf: string): Finding {
  const row = db.get<FindingRow>(`${SELECT} WHERE f.id = ?`, [id]);
  if (!row) throw new ApiError('not_found', 'e.not_found');
  return withSteps(db, [row], asOf)[0]!;
}

type Filter = z.output<typeof FindingFilter>;

/**
 * Findings matching a filter, in no particular order (the caller sorts: overdue depends on the
 * date). `overdue` and `open` narrow in SQL to the states that can be; the caller keeps the rest.
 */
export function queryFindings(db: Database, f: Filter, asOf: string): Finding[] {
  const where: string[] = [];
  const params: string[] = [];
  const add = (clause: string, ...values: string[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (f.countyCode) add('f.county_code = ?', f.countyCode);
  if (f.category) add('f.category = ?', f.category);
  if (f.state === 'open') add("f.state <> 'closed'");
  else if (f.state === 'overdue')
    add(
      "f.deadline_kind = 'by_date' AND f.deadline < ? AND f.state IN ('assigned', 'in_progress', 'returned')",
      asOf,
    );
  else if (f.state) add('f.state = ?', f.state);
  if (f.search !== '') {
    const like = `%${f.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const columns = [
      'f.problem',
      'f.requirement',
      'f.responsible_unit',
      'f.responsible_person',
      'f.town',
      'ent.name',
    ];
    add(`(${columns.map((c) => `${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, ...columns.map(() => like));
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return withSteps(db, db.all<FindingRow>(`${SELECT} ${clause}`, params), asOf);
}

/** What the per-county summary needs of every finding. */
export function findingStates(db: Database): {
  countyCode: string;
  deadlineKind: DeadlineKind;
  deadline: string | null;
  state: FindingState;
  closedOn: string | null;
}[] {
  return db
    .all<{
      county_code: string;
      deadline_kind: DeadlineKind;
      deadline: string | null;
      state: FindingState;
      closed_on: string | null;
    }>('SELECT county_code, deadline_kind, deadline, state, closed_on FROM findings')
    .map((r) => ({
      countyCode: r.county_code,
      deadlineKind: r.deadline_kind,
      deadline: r.deadline,
      state: r.state,
      closedOn: r.closed_on,
    }));
}

type Facts = z.output<typeof FindingInput>;

const factValues = (input: Facts) => [
  input.classNo,
  input.foundOn,
  input.countyCode,
  input.town,
  input.enterpriseId,
  input.category,
  input.problem,
  input.requirement,
  input.responsibleUnit,
  input.responsiblePerson,
  input.deadlineKind,
  input.deadlineKind === 'by_date' ? input.deadline : null,
];

/** A new finding, assigned (交办) on its own date. */
export function insertFinding(db: Database, input: Facts, ctx: WriteContext): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO findings (id, class_no, found_on, county_code, town, enterprise_id, category, problem, requirement,
       responsible_unit, responsible_person, deadline_kind, deadline, state, state_on, closed_on, recorded_by,
       recorded_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'assigned', ?, NULL, ?, ?, ?)`,
    [id, ...factValues(input), input.foundOn, ctx.operator, ctx.now, ctx.now],
  );
  return id;
}

export function updateFindingFacts(db: Database, id: string, input: Facts, ctx: WriteContext): void {
  db.run(
    `UPDATE findings SET class_no = ?, found_on = ?, county_code = ?, town = ?, enterprise_id = ?, category = ?,
       problem = ?, requirement = ?, responsible_unit = ?, responsible_person = ?, deadline_kind = ?, deadline = ?,
       updated_at = ? WHERE id = ?`,
    [...factValues(input), ctx.now, id],
  );
}

export interface StepToWrite {
  step: FindingStep;
  date: string;
  note: string;
  by: string;
  outcome: FollowUpOutcome | null;
  from: FindingState;
  to: FindingState;
}

/** Appends a step and moves the finding to the state it reaches. */
export function insertStep(db: Database, findingId: string, s: StepToWrite, ctx: WriteContext): void {
  db.run(
    `INSERT INTO finding_steps (id, finding_id, step, date, note, by_whom, outcome, from_state, to_state, recorded_by,
       recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), findingId, s.step, s.date, s.note, s.by, s.outcome, s.from, s.to, ctx.operator, ctx.now],
  );
  db.run(
    `UPDATE findings SET state = ?, state_on = ?, closed_on = CASE WHEN ? = 'closed' THEN COALESCE(
       CASE WHEN state = 'closed' THEN closed_on END, ?) END, updated_at = ? WHERE id = ?`,
    [s.to, s.date, s.to, s.date, ctx.now, findingId],
  );
}
