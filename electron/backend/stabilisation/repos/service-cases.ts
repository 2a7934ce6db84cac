import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import { maskIdNumber } from '../../../../shared/domain/id-number';
import { parsePersonSearch } from '../../../../shared/domain/person-search';
import { maskMobile } from '../../../../shared/domain/phone';
import {
  toFen,
  toYuan,
  type CaseAction,
  type CaseActionInput,
  type CaseFilter,
  type CaseOpenInput,
  type CaseStatus,
  type CaseType,
  type CaseUpdateInput,
  type ServiceCase,
} from '../../../../shared/domain/service-cases';
import type { Database, Params } from '../../db/database';
import { describeChanges, part, said } from '../../audit/repos/audit';
import { personSearchSql } from '../../seekers/repos/person-search-sql';
import { assertEnterprise, fieldError } from '../../seekers/repos/seekers';
import type { WriteContext } from '../../write-context';

interface CaseRow {
  id: string;
  seeker_id: string;
  seeker_name: string;
  id_number: string;
  phone: string;
  county_code: string;
  enterprise_id: string | null;
  enterprise_name: string | null;
  opened_on: string;
  type: CaseType;
  request: string;
  status: CaseStatus;
  follow_up_on: string | null;
  resolved_on: string | null;
  outcome: string;
  recorded_by: string;
  recorded_at: string;
  updated_at: string;
}

interface ActionRow {
  id: string;
  case_id: string;
  date: string;
  action: string;
  handled_by: string;
  cash_fen: number;
  goods: string;
  recorded_by: string;
  recorded_at: string;
}

const CASE_SELECT = `SELECT c.id, s.id AS seeker_id, s.name AS seeker_name, s.id_number, s.phone, s.county_code,
  c.enterprise_id, e.name AS enterprise_name, c.opened_on, c.type, c.request, c.status, c.follow_up_on,
  c.resolved_on, c.outcome, c.recorded_by, c.recorded_at, c.updated_at
FROM service_cases c JOIN seekers s ON s.seq = c.seeker_seq LEFT JOIN enterprises e ON e.id = c.enterprise_id`;

const toAction = (a: ActionRow): CaseAction => ({
  id: a.id,
  date: a.date,
  action: a.action,
  handledBy: a.handled_by,
  cashYuan: toYuan(a.cash_fen),
  goods: a.goods,
  recordedBy: a.recorded_by,
  recordedAt: a.recorded_at,
});

function toCase(c: CaseRow, actions: CaseAction[]): ServiceCase {
  const goods = [...new Set(actions.map((a) => a.goods).filter((g) => g !== ''))];
  const handlers = actions.map((a) => a.handledBy).filter((h) => h !== '');
  return {
    id: c.id,
    seekerId: c.seeker_id,
    seekerName: c.seeker_name,
    idMasked: maskIdNumber(c.id_number),
    phoneMasked: maskMobile(c.phone),
    countyCode: c.county_code,
    enterpriseId: c.enterprise_id,
    enterpriseName: c.enterprise_name,
    openedOn: c.opened_on,
    type: c.type,
    request: c.request,
    status: c.status,
    followUpOn: c.follow_up_on,
    resolvedOn: c.resolved_on,
    outcome: c.outcome,
    actions,
    cashYuan: toYuan(actions.reduce((sum, a) => sum + toFen(a.cashYuan), 0)),
    goods: goods.join('、'),
    handledBy: handlers[handlers.length - 1] ?? c.recorded_by,
    recordedBy: c.recorded_by,
    recordedAt: c.recorded_at,
    updatedAt: c.updated_at,
  };
}

/** Cases with their actions; `where` filters the join above. Actions are read in chunks of ids. */
function readCases(db: Database, where: string, params: Params, tail = ''): CaseRow[] {
  return db.all<CaseRow>(`${CASE_SELECT} ${where} ${tail}`, params);
}

function withActions(db: Database, rows: readonly CaseRow[]): ServiceCase[] {
  const byCase = new Map<string, CaseAction[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    for (const a of db.all<ActionRow>(
      `SELECT * FROM case_actions WHERE case_id IN (${ids.map(() => '?').join(',')}) ORDER BY date, recorded_at`,
      ids,
    )) {
      const list = byCase.get(a.case_id) ?? [];
      list.push(toAction(a));
      byCase.set(a.case_id, list);
    }
  }
  return rows.map((r) => toCase(r, byCase.get(r.id) ?? []));
}

export function getCase(db: Database, id: string): ServiceCase {
  const row = readCases(db, 'WHERE c.id = ?', [id])[0];
  if (!row) throw new ApiError('not_found', 'e.not_found');
  return withActions(db, [row])[0]!;
}

type Filter = z.output<typeof CaseFilter>;

/**
 * The diary, newest first. The search matches the worker (name, ID tail, phone digits) or the
 * words of the case and its actions, as staff remember a case by what happened.
 */
export function listCases(db: Database, f: Filter, asOf: string): { rows: ServiceCase[]; total: number } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (clause: string, ...values: (string | number)[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (f.from) add('c.opened_on >= ?', f.from);
  if (f.to) add('c.opened_on <= ?', f.to);
  if (f.enterpriseId) add('c.enterprise_id = ?', f.enterpriseId);
  if (f.type) add('c.type = ?', f.type);
  if (f.seekerId) add('s.id = ?', f.seekerId);
  if (f.status === 'unresolved') add("c.status <> 'resolved'");
  else if (f.status === 'follow_up')
    add("c.status <> 'resolved' AND c.follow_up_on IS NOT NULL AND c.follow_up_on <= ?", asOf);
  else if (f.status) add('c.status = ?', f.status);
  if (f.search !== '') {
    const like = `%${f.search.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const parts = [
      "s.name LIKE ? ESCAPE '\\'",
      "c.request LIKE ? ESCAPE '\\'",
      "c.outcome LIKE ? ESCAPE '\\'",
      `EXISTS (SELECT 1 FROM case_actions a WHERE a.case_id = c.id
         AND (a.action LIKE ? ESCAPE '\\' OR a.goods LIKE ? ESCAPE '\\' OR a.handled_by LIKE ? ESCAPE '\\'))`,
    ];
    const values: string[] = [like, like, like, like, like, like];
    // The worker's ID number or phone: the last four digits only, as on the job-seeker page.
    const person = personSearchSql(parsePersonSearch(f.search), 's', 'refuse');
    if (person && person.clause !== parts[0]) {
      parts.push(person.clause);
      values.push(...person.params);
    }
    add(`(${parts.join(' OR ')})`, ...values);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total =
    db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM service_cases c JOIN seekers s ON s.seq = c.seeker_seq ${clause}`,
      params,
    )?.n ?? 0;
  const rows = readCases(
    db,
    clause,
    [...params, f.limit],
    'ORDER BY c.opened_on DESC, c.recorded_at DESC LIMIT ?',
  );
  return { rows: withActions(db, rows), total };
}

interface Person {
  seq: number;
  id: string;
  name: string;
  enterprise_id: string | null;
  employer_id: string | null;
  stage: string;
}

export function personForCase(db: Database, seekerId: string): Person {
  const p = db.get<Person>(
    'SELECT seq, id, name, enterprise_id, employer_id, stage FROM seekers WHERE id = ?',
    [seekerId],
  );
  if (!p) throw fieldError('seekerId', 'v.seeker_unknown');
  return p;
}

function insertAction(
  db: Database,
  caseId: string,
  a: { date: string; action: string; handledBy: string; cashYuan: number; goods: string },
  ctx: WriteContext,
): void {
  db.run(
    `INSERT INTO case_actions (id, case_id, date, action, handled_by, cash_fen, goods, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [randomUUID(), caseId, a.date, a.action, a.handledBy, toFen(a.cashYuan), a.goods, ctx.operator, ctx.now],
  );
}

const notFuture = (date: string | null, path: string, ctx: WriteContext) => {
  if (date !== null && date > ctx.today) throw fieldError(path, 'v.date_future');
};

/** Opens a case for a person, with what was done on the day when something was. */
export function openCase(
  db: Database,
  input: z.output<typeof CaseOpenInput>,
  ctx: WriteContext,
): ServiceCase {
  notFuture(input.openedOn, 'openedOn', ctx);
  notFuture(input.resolvedOn, 'resolvedOn', ctx);
  const person = personForCase(db, input.seekerId);
  const enterpriseId = input.enterpriseId ?? person.employer_id ?? person.enterprise_id;
  assertEnterprise(db, enterpriseId, 'enterpriseId');
  const hasAid = input.cashYuan > 0 || input.goods !== '';
  if (input.action === '' && hasAid) throw fieldError('action', 'v.required');
  const id = randomUUID();
  db.run(
    `INSERT INTO service_cases (id, seeker_seq, enterprise_id, opened_on, type, request, status, follow_up_on,
       resolved_on, outcome, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      person.seq,
      enterpriseId,
      input.openedOn,
      input.type,
      input.request,
      input.status,
      input.followUpOn,
      input.status === 'resolved' ? input.resolvedOn : null,
      input.outcome,
      ctx.operator,
      ctx.now,
      ctx.now,
    ],
  );
  if (input.action !== '') insertAction(db, id, { ...input, date: input.openedOn }, ctx);
  const saved = getCase(db, id);
  ctx.audit({
    action: 'cases.open',
    entity: 'service_case',
    entityId: id,
    summary: said(
      'case_opened',
      { name: person.name, caseType: input.type, date: input.openedOn, caseStatus: input.status },
      saved.cashYuan ? [part('cash', { amount: saved.cashYuan })] : [],
    ),
  });
  return saved;
}

export function updateCase(
  db: Database,
  input: z.output<typeof CaseUpdateInput>,
  ctx: WriteContext,
): ServiceCase {
  notFuture(input.openedOn, 'openedOn', ctx);
  notFuture(input.resolvedOn, 'resolvedOn', ctx);
  assertEnterprise(db, input.enterpriseId, 'enterpriseId');
  const before = getCase(db, input.id);
  const firstAction = before.actions[0]?.date;
  if (firstAction && input.openedOn > firstAction) throw fieldError('openedOn', 'v.case_after_action');
  const resolvedOn = input.status === 'resolved' ? input.resolvedOn : null;
  db.run(
    `UPDATE service_cases SET enterprise_id = ?, opened_on = ?, type = ?, request = ?, status = ?, follow_up_on = ?,
       resolved_on = ?, outcome = ?, updated_at = ? WHERE id = ?`,
    [
      input.enterpriseId,
      input.openedOn,
      input.type,
      input.request,
      input.status,
      input.followUpOn,
      resolvedOn,
      input.outcome,
      ctx.now,
      input.id,
    ],
  );
  const after = getCase(db, input.id);
  const view = (c: ServiceCase) => ({
    enterprise: c.enterpriseName,
    openedOn: c.openedOn,
    type: c.type,
    request: c.request,
    status: c.status,
    followUpOn: c.followUpOn,
    resolvedOn: c.resolvedOn,
    outcome: c.outcome,
  });
  const changes = describeChanges('case', view(before), view(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'cases.update',
      entity: 'service_case',
      entityId: input.id,
      summary: said('subject', { name: after.seekerName }, changes),
    });
  return after;
}

/** One more thing done; a resolved case reopens only when the new status says so. */
export function addCaseAction(
  db: Database,
  input: z.output<typeof CaseActionInput>,
  ctx: WriteContext,
): ServiceCase {
  notFuture(input.date, 'date', ctx);
  const before = getCase(db, input.caseId);
  if (input.date < before.openedOn) throw fieldError('date', 'v.action_before_case');
  insertAction(db, input.caseId, input, ctx);
  const status = input.status ?? before.status;
  db.run(
    'UPDATE service_cases SET status = ?, follow_up_on = ?, resolved_on = ?, updated_at = ? WHERE id = ?',
    [
      status,
      input.followUpOn ?? (status === 'resolved' ? null : before.followUpOn),
      status === 'resolved' ? (before.resolvedOn ?? input.date) : null,
      ctx.now,
      input.caseId,
    ],
  );
  const after = getCase(db, input.caseId);
  ctx.audit({
    action: 'cases.addAction',
    entity: 'service_case',
    entityId: input.caseId,
    summary: said('case_action', { name: after.seekerName, date: input.date, action: input.action }, [
      ...(input.cashYuan ? [part('cash', { amount: input.cashYuan })] : []),
      ...describeChanges('case', { status: before.status }, { status }),
    ]),
  });
  return after;
}

/**
 * Cases with something happening in [from, to] (opened, acted on or resolved), most telling first
 * by the caller's ranking. Read for reports: at most a few hundred candidates.
 */
export function casesActiveBetween(db: Database, from: string, to: string): ServiceCase[] {
  const rows = readCases(
    db,
    `WHERE (c.opened_on BETWEEN ? AND ?) OR (c.resolved_on BETWEEN ? AND ?)
       OR EXISTS (SELECT 1 FROM case_actions a WHERE a.case_id = c.id AND a.date BETWEEN ? AND ?)`,
    [from, to, from, to, from, to],
    'ORDER BY c.opened_on DESC LIMIT 500',
  );
  return withActions(db, rows);
}
