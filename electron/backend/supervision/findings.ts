import type { z } from 'zod';
import { ApiError } from '../../../shared/contract/result';
import type { Finding, FindingList, FindingsSummary } from '../../../shared/contract/supervision';
import {
  compareFindings,
  editable,
  isOverdue,
  stepTarget,
  summariseByCounty,
  type FindingFilter,
  type FindingInput,
  type FindingStepInput,
  type FindingUpdate,
} from '../../../shared/domain/supervision';
import { describeChanges, part, said } from '../audit/repos/audit';
import { figuresAsOf } from '../app/repos/settings';
import type { Database } from '../db/database';
import { assertEnterprise, fieldError } from '../seekers/repos/seekers';
import type { WriteContext } from '../write-context';
import {
  findingStates,
  getFinding,
  insertFinding,
  insertStep,
  queryFindings,
  updateFindingFacts,
} from './repos/findings';

/** Overdue is counted as of the given date, else the Settings' date, else today: as every figure is. */
const asOfFor = (db: Database, asOf: string | null, now: string) => asOf ?? figuresAsOf(db, now);

/** What an audit entry names a finding by: its county and the first words of the problem. */
function label(f: Pick<Finding, 'countyCode' | 'problem'>) {
  return { county: f.countyCode, problem: f.problem.length > 30 ? `${f.problem.slice(0, 30)}…` : f.problem };
}

const notFuture = (date: string, path: string, ctx: WriteContext) => {
  if (date > ctx.today) throw fieldError(path, 'v.date_future');
};

export function findFinding(db: Database, id: string, asOf: string | null, now: string): Finding {
  return getFinding(db, id, asOfFor(db, asOf, now));
}

/** The list of the page and of a county's printed list: overdue first, then by deadline, closed last. */
export function listFindings(db: Database, filter: z.output<typeof FindingFilter>, now: string): FindingList {
  const asOf = asOfFor(db, filter.asOf, now);
  const rows = queryFindings(db, filter, asOf)
    .filter((f) => filter.state !== 'overdue' || isOverdue(f, asOf))
    .sort((a, b) => compareFindings(a, b, asOf));
  return { asOf, rows };
}

export function findingsSummary(db: Database, asOf: string | null, now: string): FindingsSummary {
  const date = asOfFor(db, asOf, now);
  const counties = summariseByCounty(findingStates(db), date);
  const sum = (k: 'open' | 'overdue' | 'closedThisMonth' | 'total') => counties.reduce((n, c) => n + c[k], 0);
  return {
    asOf: date,
    counties,
    totals: {
      open: sum('open'),
      overdue: sum('overdue'),
      closedThisMonth: sum('closedThisMonth'),
      total: sum('total'),
    },
  };
}

/** Records a finding as assigned (交办) to the responsible unit. */
export function recordFinding(
  db: Database,
  input: z.output<typeof FindingInput>,
  ctx: WriteContext,
): Finding {
  notFuture(input.foundOn, 'foundOn', ctx);
  assertEnterprise(db, input.enterpriseId, 'enterpriseId');
  const id = insertFinding(db, input, ctx);
  const saved = getFinding(db, id, figuresAsOf(db, ctx.now));
  ctx.audit({
    action: 'findings.record',
    entity: 'finding',
    entityId: id,
    summary: said(saved.deadline ? 'finding_recorded' : 'finding_recorded_ongoing', {
      ...label(saved),
      findingCategory: saved.category,
      date: saved.foundOn,
      deadline: saved.deadline,
      unit: saved.responsibleUnit,
      person: saved.responsiblePerson,
    }),
  });
  return saved;
}

/** Corrects a finding's facts (a new deadline too) while it is not closed. */
export function updateFinding(
  db: Database,
  input: z.output<typeof FindingUpdate>,
  ctx: WriteContext,
): Finding {
  const asOf = figuresAsOf(db, ctx.now);
  const before = getFinding(db, input.id, asOf);
  if (!editable(before.state)) throw new ApiError('conflict', 'v.finding_closed');
  notFuture(input.foundOn, 'foundOn', ctx);
  const firstStep = before.steps[0]?.date;
  if (firstStep !== undefined && input.foundOn > firstStep)
    throw fieldError('foundOn', 'v.finding_after_step');
  assertEnterprise(db, input.enterpriseId, 'enterpriseId');
  updateFindingFacts(db, input.id, input, ctx);
  const after = getFinding(db, input.id, asOf);
  const view = (f: Finding) => ({
    classNo: f.classNo,
    foundOn: f.foundOn,
    county: f.countyCode,
    town: f.town,
    enterprise: f.enterpriseName,
    category: f.category,
    problem: f.problem,
    requirement: f.requirement,
    responsibleUnit: f.responsibleUnit,
    responsiblePerson: f.responsiblePerson,
    deadlineKind: f.deadlineKind,
    deadline: f.deadline,
  });
  const changes = describeChanges('finding', view(before), view(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'findings.update',
      entity: 'finding',
      entityId: input.id,
      summary: said('finding', label(after), changes),
    });
  return after;
}

/**
 * One step of the state machine. A step the finding's state does not allow is refused whole
 * (closing what was never checked); so is a step dated before the latest one or in the future.
 */
export function recordStep(
  db: Database,
  input: z.output<typeof FindingStepInput>,
  ctx: WriteContext,
): Finding {
  const asOf = figuresAsOf(db, ctx.now);
  const before = getFinding(db, input.id, asOf);
  const outcome = input.step === 'follow_up' ? input.outcome : null;
  const to = stepTarget(before.state, input.step, outcome);
  if (to === null)
    throw new ApiError('conflict', 'v.finding_step_not_allowed', {
      params: { step: input.step, state: before.state },
    });
  notFuture(input.date, 'date', ctx);
  if (input.date < before.stateOn) throw fieldError('date', 'v.step_before_previous');
  insertStep(
    db,
    input.id,
    { step: input.step, date: input.date, note: input.note, by: input.by, outcome, from: before.state, to },
    ctx,
  );
  const after = getFinding(db, input.id, asOf);
  ctx.audit({
    action: `findings.${input.step}`,
    entity: 'finding',
    entityId: input.id,
    summary: said(
      'finding_step',
      { ...label(after), findingState: before.state, findingStateTo: to, date: input.date },
      [
        ...(input.by ? [part('finding_step_by', { name: input.by })] : []),
        ...(input.note ? [part('note', { note: input.note })] : []),
      ],
    ),
  });
  return after;
}
