import type { z } from 'zod';
import type { Batch, BatchDetail, ClaimStepInput } from '../../../shared/contract/policy-channels';
import { ApiError } from '../../../shared/contract/result';
import { part, reasonPart, said } from '../audit/repos/audit';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { payableLimit } from '../../../shared/domain/policies/amounts';
import { judge } from '../../../shared/domain/policies/eligibility';
import { batchable, STEP_TARGET, stepAllowed, type ClaimState } from '../../../shared/domain/policies/status';
import type { Database } from '../db/database';
import { fieldError } from '../seekers/repos/seekers';
import type { WriteContext } from '../write-context';
import { batchRow, insertBatch, listBatchRows, type BatchRow } from './repos/batches';
import { changeClaim, claimsOfBatch, insertClaim, type ClaimChange, type ClaimRow } from './repos/claims';
import { beneficiaryRows } from './repos/people';
import { currentRule, ruleById } from './repos/rules';
import { computeStandings, policyPerson, tierOf } from './standings';

const round2 = (n: number) => Math.round(n * 100) / 100;

interface PersonLine {
  id: string;
  name: string;
  id_number: string;
  employer_name: string | null;
}

function people(db: Database, claims: readonly ClaimRow[]): Map<number, PersonLine> {
  if (claims.length === 0) return new Map();
  const seqs = [...new Set(claims.map((c) => c.seeker_seq))];
  const rows = db.all<PersonLine & { seq: number }>(
    `SELECT s.seq, s.id, s.name, s.id_number, e.name AS employer_name FROM seekers s
     LEFT JOIN enterprises e ON e.id = s.employer_id WHERE s.seq IN (${seqs.map(() => '?').join(',')})`,
    seqs,
  );
  return new Map(rows.map((r) => [r.seq, r]));
}

function batchView(db: Database, b: BatchRow, claims: readonly ClaimRow[]): Batch {
  const rule = ruleById(db, b.rule_id);
  const states: Record<string, number> = {};
  for (const c of claims) states[c.state] = (states[c.state] ?? 0) + 1;
  const live = claims.filter((c) => c.state !== 'returned');
  const paid = claims.filter((c) => c.state === 'paid');
  return {
    id: b.id,
    batchNo: b.batch_no,
    ruleId: rule.id,
    ruleKey: rule.ruleKey,
    ruleName: rule.name,
    ruleVersion: rule.version,
    countyCode: b.county_code,
    madeOn: b.made_on,
    people: live.length,
    computed: round2(live.reduce((n, c) => n + (c.computed_amount ?? 0), 0)),
    paid: paid.length,
    paidAmount: round2(paid.reduce((n, c) => n + (c.paid_amount ?? 0), 0)),
    states,
  };
}

export function batchDetail(db: Database, id: string): BatchDetail {
  const b = batchRow(db, id);
  const claims = claimsOfBatch(db, id);
  const who = people(db, claims);
  return {
    ...batchView(db, b, claims),
    claims: claims.map((c) => {
      const p = who.get(c.seeker_seq);
      return {
        id: c.id,
        seekerId: p?.id ?? '',
        name: p?.name ?? '',
        idMasked: maskIdNumber(p?.id_number ?? ''),
        enterpriseName: p?.employer_name ?? null,
        state: c.state,
        tier: c.tier,
        computedAmount: c.computed_amount,
        paidAmount: c.paid_amount,
        paidOn: c.paid_on,
        amountReason: c.amount_reason,
        returnReason: c.return_reason,
      };
    }),
  };
}

export function listBatches(db: Database, countyCode: string | null): Batch[] {
  return listBatchRows(db, countyCode).map((b) => batchView(db, b, claimsOfBatch(db, b.id)));
}

/** Collects one rule's eligible, complete claims in one county into a new batch (申报批次). */
export function makeBatch(
  db: Database,
  input: { ruleKey: string; countyCode: string; date: string },
  ctx: WriteContext,
): BatchDetail {
  if (input.date > ctx.today) throw fieldError('date', 'v.date_future');
  const rule = currentRule(db, input.ruleKey);
  if (rule.archived) throw new ApiError('conflict', 'v.policy_rule_archived');
  const ready = computeStandings(db, input.date, {
    countyCode: input.countyCode,
    ruleKey: input.ruleKey,
  }).filter((s) => s.rule.id === rule.id && batchable(s.result, s.judgement, s.evidence));
  if (ready.length === 0) throw new ApiError('conflict', 'v.policy_batch_empty');
  const batch = insertBatch(db, rule.id, input.countyCode, input.date, ctx);
  for (const s of ready)
    insertClaim(
      db,
      batch.id,
      {
        ruleId: rule.id,
        ruleKey: rule.ruleKey,
        seekerSeq: s.person.seq,
        period: s.period,
        tier: tierOf(s),
        computedAmount: s.amount,
      },
      ctx,
    );
  const detail = batchDetail(db, batch.id);
  ctx.audit({
    action: 'policies.makeBatch',
    entity: 'policy_batch',
    entityId: batch.id,
    summary: said('batch_made', {
      batch: batch.batch_no,
      rule: rule.name,
      version: rule.version,
      county: input.countyCode,
      count: detail.people,
      amount: detail.computed,
    }),
  });
  return detail;
}

/** The state a step starts from when the whole batch takes it (sending back: every claim not paid). */
const FROM: Record<z.output<typeof ClaimStepInput>['step'], readonly ClaimState[]> = {
  approve: ['claimed'],
  list: ['approved'],
  pay: ['listed'],
  return: ['claimed', 'approved', 'listed'],
};

/**
 * Records approval, listing, payment or sending back for a whole batch or some of its people.
 * A payment is refused for a person who is no longer eligible (with the reason) and above the
 * rule's limit; an amount that differs from the computed one needs a reason; sending back needs one.
 */
export function recordClaimStep(
  db: Database,
  input: z.output<typeof ClaimStepInput>,
  ctx: WriteContext,
): BatchDetail {
  if (input.date > ctx.today) throw fieldError('date', 'v.date_future');
  const batch = batchRow(db, input.batchId);
  const all = claimsOfBatch(db, batch.id);
  const chosen = input.claimIds
    ? input.claimIds.map((id) => {
        const c = all.find((x) => x.id === id);
        if (!c) throw new ApiError('not_found', 'e.not_found');
        return c;
      })
    : all.filter((c) => FROM[input.step].includes(c.state));
  if (chosen.length === 0) throw new ApiError('conflict', 'v.policy_step_none');
  if (input.step === 'return' && input.reason === '') throw fieldError('reason', 'v.policy_return_reason');
  if (input.amount !== null && chosen.length > 1) throw fieldError('amount', 'v.policy_amount_per_person');
  const who = people(db, chosen);
  const beneficiaries =
    input.step === 'pay'
      ? new Map(beneficiaryRows(db, { countyCode: batch.county_code }).map((p) => [p.seq, p]))
      : null;
  let total = 0;
  for (const c of chosen) {
    const name = who.get(c.seeker_seq)?.name ?? '';
    if (!stepAllowed(c.state, input.step))
      throw new ApiError('conflict', 'v.policy_step_not_allowed', {
        params: { name, step: input.step, state: c.state },
      });
    let change: ClaimChange;
    if (input.step === 'pay') {
      const rule = ruleById(db, c.rule_id);
      const p = beneficiaries?.get(c.seeker_seq);
      const j = p ? judge(rule, policyPerson(p), input.date) : null;
      if (!j || j.kind === 'not_eligible')
        throw new ApiError('conflict', 'v.policy_pay_not_eligible', {
          params: { name, reason: j?.reason.key ?? 'not_employed', ...(j?.reason.params ?? {}) },
        });
      if (j.kind === 'pending')
        throw new ApiError('conflict', 'v.policy_pay_not_yet', { params: { name, date: j.from ?? '' } });
      const amount = input.amount ?? c.computed_amount;
      if (amount === null) throw fieldError('amount', 'v.policy_amount_needed');
      const limit = payableLimit(rule, {
        countyCode: p?.county_code ?? '',
        tier: c.tier,
        base: c.base,
        months: null,
        insuranceMonths: p?.insurance_months ?? null,
      });
      if (limit !== null && amount > limit)
        throw new ApiError('conflict', 'v.policy_pay_over_cap', { params: { name, amount, cap: limit } });
      if (amount !== c.computed_amount && input.reason === '')
        throw fieldError('reason', 'v.policy_amount_reason');
      change = {
        state: 'paid',
        date: input.date,
        amount,
        reason: amount === c.computed_amount ? '' : input.reason,
      };
      total += amount;
    } else if (input.step === 'return')
      change = { state: 'returned', date: input.date, reason: input.reason };
    else change = { state: STEP_TARGET[input.step], date: input.date };
    changeClaim(db, c.id, change, ctx);
  }
  const names = chosen.map((c) => who.get(c.seeker_seq)?.name ?? '').slice(0, 10);
  ctx.audit({
    action: `policies.${input.step}`,
    entity: 'policy_batch',
    entityId: batch.id,
    summary: said(
      input.claimIds ? 'batch_step' : 'batch_step_all',
      { batch: batch.batch_no, policyStep: input.step, date: input.date, count: chosen.length },
      [
        ...(input.claimIds
          ? [part('step_names', { names: names.join('、') + (chosen.length > 10 ? '…' : '') })]
          : []),
        ...(input.step === 'pay' ? [part('paid_total', { amount: round2(total) })] : []),
        ...reasonPart(input.reason ?? undefined),
      ],
    ),
  });
  return batchDetail(db, batch.id);
}
