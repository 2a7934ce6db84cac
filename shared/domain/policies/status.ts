import type { EvidenceKind } from './catalogue';
import type { Judgement, Reason } from './eligibility';

/** A beneficiary's standing on one rule, as the policy page and the person's panel show it. */
export const POLICY_STATUSES = [
  'possible',
  'complete',
  'claimed',
  'approved',
  'listed',
  'paid',
  'not_eligible',
  'returned',
] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** The states a claim goes through once it is in a batch. */
export const CLAIM_STATES = ['claimed', 'approved', 'listed', 'paid', 'returned'] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

/** The next step of a claim, and the state it leaves from. */
export const CLAIM_STEPS = { approve: 'claimed', list: 'approved', pay: 'listed' } as const;
export type ClaimStep = keyof typeof CLAIM_STEPS | 'return';
export const STEP_TARGET = { approve: 'approved', list: 'listed', pay: 'paid', return: 'returned' } as const;

/** Whether a claim in `state` may take `step`; sending back is possible until paid. */
export function stepAllowed(state: ClaimState, step: ClaimStep): boolean {
  if (step === 'return') return state === 'claimed' || state === 'approved' || state === 'listed';
  return CLAIM_STEPS[step] === state;
}

export type EvidenceState = 'missing' | 'received' | 'expired';

export interface EvidenceItem {
  kind: EvidenceKind;
  state: EvidenceState;
  receivedOn: string | null;
  validUntil: string | null;
}

export interface HeldEvidence {
  receivedOn: string;
  validUntil: string | null;
}

/** The checklist of a claim: each item the rule asks for, missing, received (with its date) or expired. */
export function checklist(
  required: readonly EvidenceKind[],
  held: ReadonlyMap<EvidenceKind, HeldEvidence> | undefined,
  asOf: string,
): EvidenceItem[] {
  return required.map((kind) => {
    const h = held?.get(kind);
    if (!h) return { kind, state: 'missing', receivedOn: null, validUntil: null };
    const expired = h.validUntil !== null && h.validUntil < asOf;
    return {
      kind,
      state: expired ? 'expired' : 'received',
      receivedOn: h.receivedOn,
      validUntil: h.validUntil,
    };
  });
}

export interface StatusInput {
  judgement: Judgement;
  evidence: readonly EvidenceItem[];
  /** The person's latest claim on this rule, if any. */
  claim: { state: ClaimState; reason: string } | null;
  /** A rule of the same non-combinable group already claimed for the person (its name). */
  blockedBy: string | null;
  asOf: string;
}

export interface StatusResult {
  status: PolicyStatus;
  /** 可能符合: the date from which the person qualifies (null: a fact is missing). */
  from: string | null;
  /** 不符合 and 可能符合: why, in words. */
  reasons: Reason[];
}

/**
 * The status: a claim's own state once in a batch (a sent-back one shows 退回); else 不符合 with
 * the reason (not eligible, a non-combinable rule already claimed, the claim window passed); else
 * 材料齐全 when eligible with every item received; else 可能符合 with the date from which.
 */
export function policyStatus(s: StatusInput): StatusResult {
  if (s.claim && s.claim.state !== 'returned') return { status: s.claim.state, from: null, reasons: [] };
  if (s.blockedBy !== null)
    return {
      status: 'not_eligible',
      from: null,
      reasons: [{ key: 'not_combinable', params: { rule: s.blockedBy } }],
    };
  const j = s.judgement;
  if (j.kind === 'not_eligible') return { status: 'not_eligible', from: null, reasons: [j.reason] };
  if (j.windowCloses !== null && j.windowCloses < s.asOf)
    return {
      status: 'not_eligible',
      from: null,
      reasons: [{ key: 'window_closed', params: { date: j.windowCloses } }],
    };
  if (s.claim?.state === 'returned')
    return {
      status: 'returned',
      from: null,
      reasons: [{ key: 'returned', params: { reason: s.claim.reason } }],
    };
  const complete = s.evidence.every((e) => e.state === 'received');
  if (j.kind === 'eligible' && complete) return { status: 'complete', from: j.since, reasons: [] };
  if (j.kind === 'eligible') return { status: 'possible', from: j.since, reasons: [] };
  return { status: 'possible', from: j.from, reasons: j.reasons };
}

/** Whether a beneficiary may go into a new batch: eligible with complete evidence (a sent-back claim again once it is). */
export function batchable(r: StatusResult, j: Judgement, evidence: readonly EvidenceItem[]): boolean {
  if (r.status === 'complete') return true;
  return r.status === 'returned' && j.kind === 'eligible' && evidence.every((e) => e.state === 'received');
}
