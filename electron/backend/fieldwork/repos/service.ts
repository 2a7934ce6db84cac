import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import {
  daysOpen,
  openOn,
  type Commissioner,
  type CommissionerInput,
  type EnterpriseService,
  type RequestCategory,
  type RequestFilter,
  type ServiceRequest,
  type ServiceRequestInput,
} from '../../../../shared/domain/fieldwork';
import { describeChanges, describeValues, said } from '../../audit/repos/audit';
import type { Database } from '../../db/database';
import type { AuditAction, WriteContext } from '../../write-context';
import { enterpriseNamed, notFuture } from './refuse';

type RequestInput = z.output<typeof ServiceRequestInput>;
type Filter = z.output<typeof RequestFilter>;

interface RequestRow {
  id: string;
  enterprise_id: string;
  enterprise_name: string;
  short_name: string;
  raised_on: string;
  category: RequestCategory;
  post: string;
  asked: string;
  done: string;
  handled_by: string;
  solved_on: string | null;
  recorded_by: string;
  updated_at: string;
}

const SELECT_REQUEST = `SELECT r.id, r.enterprise_id, e.name AS enterprise_name, e.short_name, r.raised_on, r.category,
    r.post, r.asked, r.done, r.handled_by, r.solved_on, r.recorded_by, r.updated_at
  FROM service_requests r JOIN enterprises e ON e.id = r.enterprise_id`;

const toRequest = (r: RequestRow, asOf: string): ServiceRequest => ({
  id: r.id,
  enterpriseId: r.enterprise_id,
  enterpriseName: r.enterprise_name,
  shortName: r.short_name,
  raisedOn: r.raised_on,
  category: r.category,
  post: r.post,
  asked: r.asked,
  done: r.done,
  handledBy: r.handled_by,
  solvedOn: r.solved_on,
  status: r.solved_on === null ? 'open' : 'solved',
  days: daysOpen({ raisedOn: r.raised_on, solvedOn: r.solved_on }, asOf),
  recordedBy: r.recorded_by,
  updatedAt: r.updated_at,
});

/**
 * An enterprise's requests (or every enterprise's): the open ones first, oldest first (the one
 * waiting longest is the one to chase), then the solved ones, latest solved first.
 */
export function listRequests(db: Database, filter: Filter, asOf: string): ServiceRequest[] {
  const parts: string[] = [];
  const params: string[] = [];
  if (filter.enterpriseId !== null) {
    parts.push('r.enterprise_id = ?');
    params.push(filter.enterpriseId);
  }
  if (filter.status === 'open') parts.push('r.solved_on IS NULL');
  if (filter.status === 'solved') parts.push('r.solved_on IS NOT NULL');
  return db
    .all<RequestRow>(
      `${SELECT_REQUEST} ${parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : ''}
       ORDER BY r.solved_on IS NOT NULL, CASE WHEN r.solved_on IS NULL THEN r.raised_on END,
         r.solved_on DESC, r.raised_on DESC, r.created_at`,
      params,
    )
    .map((r) => toRequest(r, asOf));
}

export function getRequest(db: Database, id: string, asOf: string): ServiceRequest {
  const row = db.get<RequestRow>(`${SELECT_REQUEST} WHERE r.id = ?`, [id]);
  if (!row) throw new ApiError('not_found', 'e.not_found');
  return toRequest(row, asOf);
}

const auditView = (r: ServiceRequest) => ({
  enterprise: r.shortName || r.enterpriseName,
  raisedOn: r.raisedOn,
  category: r.category,
  post: r.post,
  asked: r.asked,
  done: r.done,
  handledBy: r.handledBy,
  solvedOn: r.solvedOn,
});

function auditAction(before: ServiceRequest | null, after: ServiceRequest): AuditAction {
  if (!before) return after.solvedOn ? 'serviceRequests.createSolved' : 'serviceRequests.create';
  if (before.solvedOn === null && after.solvedOn !== null) return 'serviceRequests.solve';
  if (before.solvedOn !== null && after.solvedOn === null) return 'serviceRequests.reopen';
  return 'serviceRequests.update';
}

/** Records a request, or what was done about it; a date solved closes it, clearing it reopens it. */
export function saveRequest(
  db: Database,
  input: RequestInput,
  ctx: WriteContext,
  asOf: string,
): ServiceRequest {
  notFuture(input.raisedOn, 'raisedOn', ctx.today);
  notFuture(input.solvedOn, 'solvedOn', ctx.today);
  enterpriseNamed(db, input.enterpriseId, 'enterpriseId');
  const before = input.id ? getRequest(db, input.id, asOf) : null;
  const id = input.id ?? randomUUID();
  const values = [
    input.enterpriseId,
    input.raisedOn,
    input.category,
    input.post,
    input.asked,
    input.done,
    input.handledBy,
    input.solvedOn,
  ];
  if (before) {
    db.run(
      `UPDATE service_requests SET enterprise_id = ?, raised_on = ?, category = ?, post = ?, asked = ?, done = ?,
         handled_by = ?, solved_on = ?, updated_at = ? WHERE id = ?`,
      [...values, ctx.now, id],
    );
  } else {
    db.run(
      `INSERT INTO service_requests (enterprise_id, raised_on, category, post, asked, done, handled_by, solved_on,
         id, recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [...values, id, ctx.operator, ctx.now, ctx.now],
    );
  }
  const after = getRequest(db, id, asOf);
  const changes = before
    ? describeChanges('serviceRequest', auditView(before), auditView(after))
    : describeValues('serviceRequest', auditView(after));
  if (changes.length > 0)
    ctx.audit({
      action: auditAction(before, after),
      entity: 'service_request',
      entityId: id,
      summary: said(
        'service_request',
        {
          enterprise: after.shortName || after.enterpriseName,
          requestCategory: after.category,
          date: after.raisedOn,
        },
        changes,
      ),
    });
  return after;
}

function commissionerOf(db: Database, enterpriseId: string): Commissioner | null {
  const row = db.get<{ id: string; name: string; phone: string; updated_at: string }>(
    'SELECT id, name, phone, updated_at FROM enterprise_commissioners WHERE enterprise_id = ?',
    [enterpriseId],
  );
  return row ? { id: row.id, name: row.name, phone: row.phone, updatedAt: row.updated_at } : null;
}

/** Names the enterprise's commissioner (one per enterprise: a new one replaces the last). */
export function setCommissioner(
  db: Database,
  input: z.output<typeof CommissionerInput>,
  ctx: WriteContext,
): Commissioner {
  const enterprise = enterpriseNamed(db, input.enterpriseId, 'enterpriseId');
  const before = commissionerOf(db, input.enterpriseId);
  if (before) {
    db.run('UPDATE enterprise_commissioners SET name = ?, phone = ?, updated_at = ? WHERE id = ?', [
      input.name,
      input.phone,
      ctx.now,
      before.id,
    ]);
  } else {
    db.run(
      `INSERT INTO enterprise_commissioners (id, enterprise_id, name, phone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [randomUUID(), input.enterpriseId, input.name, input.phone, ctx.now, ctx.now],
    );
  }
  const after = commissionerOf(db, input.enterpriseId)!;
  const view = (c: Commissioner | null) => ({ name: c?.name ?? '', phone: c?.phone ?? '' });
  const changes = describeChanges('commissioner', view(before), view(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'enterpriseService.commissioner',
      entity: 'enterprise_commissioner',
      entityId: after.id,
      summary: said('subject', { name: enterprise.shortName || enterprise.name }, changes),
    });
  return after;
}

/**
 * Every enterprise with its commissioner, its open and solved requests, and its latest policy
 * briefing: those with requests waiting first, then by name as the enterprises page lists them.
 */
export function serviceOverview(db: Database): EnterpriseService[] {
  return db
    .all<{
      id: string;
      name: string;
      short_name: string;
      archived: number;
      c_id: string | null;
      c_name: string | null;
      c_phone: string | null;
      c_updated: string | null;
      open: number;
      solved: number;
      oldest_open: string | null;
      last_briefing: string | null;
    }>(
      `SELECT e.id, e.name, e.short_name, e.archived,
         c.id AS c_id, c.name AS c_name, c.phone AS c_phone, c.updated_at AS c_updated,
         (SELECT COUNT(*) FROM service_requests r WHERE r.enterprise_id = e.id AND r.solved_on IS NULL) AS open,
         (SELECT COUNT(*) FROM service_requests r WHERE r.enterprise_id = e.id AND r.solved_on IS NOT NULL) AS solved,
         (SELECT MIN(raised_on) FROM service_requests r WHERE r.enterprise_id = e.id AND r.solved_on IS NULL)
           AS oldest_open,
         (SELECT MAX(visit_date) FROM field_visits v WHERE v.enterprise_id = e.id AND v.kind = 'policy_briefing')
           AS last_briefing
       FROM enterprises e LEFT JOIN enterprise_commissioners c ON c.enterprise_id = e.id
       ORDER BY e.archived, open > 0 DESC, e.name`,
    )
    .map((r) => ({
      enterpriseId: r.id,
      name: r.name,
      shortName: r.short_name,
      archived: r.archived === 1,
      commissioner:
        r.c_id !== null
          ? { id: r.c_id, name: r.c_name ?? '', phone: r.c_phone ?? '', updatedAt: r.c_updated ?? '' }
          : null,
      open: r.open,
      solved: r.solved,
      oldestOpenOn: r.oldest_open,
      lastBriefingOn: r.last_briefing,
    }));
}

/** Requests open on a date, per enterprise (the dashboard's enterprise table, as of its date). */
export function openRequestsOn(db: Database, asOf: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of db.all<{ enterprise_id: string; raised_on: string; solved_on: string | null }>(
    'SELECT enterprise_id, raised_on, solved_on FROM service_requests WHERE raised_on <= ?',
    [asOf],
  )) {
    if (openOn({ raisedOn: r.raised_on, solvedOn: r.solved_on }, asOf))
      out.set(r.enterprise_id, (out.get(r.enterprise_id) ?? 0) + 1);
  }
  return out;
}
