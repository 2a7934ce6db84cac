import { describe, expect, it } from 'vitest';
import { claimAmount, payableLimit } from '../../../../shared/domain/policies/amounts';
import { RuleInput, ruleCap, type RuleDefinition } from '../../../../shared/domain/policies/catalogue';
import { blockingRule } from '../../../../shared/domain/policies/combinability';
import { addMonths } from '../../../../shared/domain/policies/dates';
import { judge } from '../../../../shared/domain/policies/eligibility';
import type { PolicyPerson } from '../../../../shared/domain/policies/person';
import { checklist, policyStatus } from '../../../../shared/domain/policies/status';

const rule = (over: Partial<RuleInput> = {}): RuleDefinition =>
  RuleInput.parse({
    name: '测试补贴',
    payee: 'worker',
    amount: { kind: 'fixed', amount: 500 },
    validFrom: '2022-01-01',
    ...over,
  });

const person = (over: Partial<PolicyPerson> = {}): PolicyPerson => ({
  countyCode: '422825',
  birthDate: '1990-05-01',
  entryDate: '2022-02-15',
  leftOn: null,
  trips: 0,
  identities: [],
  graduatedOn: null,
  contractMonths: 12,
  insuranceMonths: 2,
  ...over,
});

const AS_OF = '2022-03-10';

describe('eligibility by threshold', () => {
  it('asks for one of the identity flags', () => {
    const r = rule({ identities: ['poverty_alleviated', 'hard_to_employ'] });
    expect(judge(r, person(), AS_OF)).toMatchObject({ kind: 'not_eligible', reason: { key: 'identity' } });
    expect(judge(r, person({ identities: ['hard_to_employ'] }), AS_OF).kind).toBe('eligible');
  });

  it('counts a graduate for two years after graduating, at entry', () => {
    const r = rule({ identities: ['graduate'] });
    expect(judge(r, person({ identities: ['graduate'], graduatedOn: '2020-06-30' }), AS_OF).kind).toBe(
      'eligible',
    );
    expect(judge(r, person({ identities: ['graduate'], graduatedOn: '2019-06-30' }), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'graduate_too_long' },
    });
  });

  it('checks the age range on the entry date', () => {
    const r = rule({ ageMin: 16, ageMax: 24 });
    expect(judge(r, person(), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'age', params: { age: 31 } },
    });
    expect(judge(r, person({ birthDate: '2000-01-01' }), AS_OF).kind).toBe('eligible');
  });

  it('needs a labour contract of at least N months, and says when its length is not entered', () => {
    const r = rule({ minContractMonths: 12 });
    expect(judge(r, person({ contractMonths: 6 }), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'contract_short', params: { months: 6, need: 12 } },
    });
    expect(judge(r, person({ contractMonths: null }), AS_OF)).toMatchObject({
      kind: 'pending',
      from: null,
      reasons: [{ key: 'contract_unknown' }],
    });
    expect(judge(r, person({ contractMonths: 36 }), AS_OF).kind).toBe('eligible');
  });

  it('gives the date from which days on the job are enough, and the reason in words when the person left too early', () => {
    const r = rule({ minDaysOnJob: 90 });
    expect(judge(r, person(), AS_OF)).toMatchObject({ kind: 'pending', from: '2022-05-16' });
    expect(judge(r, person(), '2022-05-16')).toMatchObject({ kind: 'eligible', since: '2022-05-16' });
    expect(judge(r, person({ leftOn: '2022-03-28' }), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'left_early', params: { days: 41, need: 90 } },
    });
  });

  it('counts social-insurance months still to pay from the date counted as of', () => {
    const r = rule({ minInsuranceMonths: 6 });
    expect(judge(r, person({ insuranceMonths: 2 }), AS_OF)).toMatchObject({
      kind: 'pending',
      from: '2022-07-10',
    });
    expect(judge(r, person({ insuranceMonths: 6 }), AS_OF).kind).toBe('eligible');
    expect(judge(r, person({ insuranceMonths: 2, leftOn: '2022-03-01' }), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'insurance_short' },
    });
  });

  it('only judges entries within the rule’s validity', () => {
    const r = rule({ validFrom: '2022-03-01', validTo: '2022-12-31' });
    expect(judge(r, person(), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'entry_before_valid' },
    });
    expect(judge(r, person({ entryDate: '2023-01-02' }), '2023-02-01')).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'entry_after_valid' },
    });
  });

  it('closes the claim window N months after entry', () => {
    const r = rule({ claimWindowMonths: 12 });
    const j = judge(r, person(), AS_OF);
    expect(j).toMatchObject({ kind: 'eligible', windowCloses: '2023-02-14' });
    const late = policyStatus({
      judgement: judge(r, person(), '2023-02-15'),
      evidence: [],
      claim: null,
      blockedBy: null,
      asOf: '2023-02-15',
    });
    expect(late).toMatchObject({
      status: 'not_eligible',
      reasons: [{ key: 'window_closed', params: { date: '2023-02-14' } }],
    });
  });

  it('adds months to the month’s last day when the month is shorter', () => {
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2022-11-15', 3)).toBe('2023-02-15');
  });
});

describe('the bus-rider exclusion', () => {
  it('never offers the self-travel transport subsidy to someone who rode one of our buses', () => {
    const r = rule({ noOrganisedBus: true });
    expect(judge(r, person({ trips: 1 }), AS_OF)).toMatchObject({
      kind: 'not_eligible',
      reason: { key: 'rode_bus', params: { trips: 1 } },
    });
    expect(judge(r, person({ trips: 0 }), AS_OF).kind).toBe('eligible');
  });

  it('is refused on a rule that does not pay the worker', () => {
    expect(RuleInput.safeParse({ ...rule(), payee: 'enterprise', noOrganisedBus: true }).success).toBe(false);
  });
});

describe('amounts', () => {
  const basis = { countyCode: '422825', tier: null, base: null, months: null, insuranceMonths: null };
  const tiered = rule({
    amount: {
      kind: 'tiered',
      basis: 'distance',
      tiers: [
        { key: 'in_county', amount: 200 },
        { key: 'in_province', amount: 500 },
        { key: 'out_of_province', amount: 1500 },
      ],
    },
  });

  it('prices a distance tier from the person’s county, or the chosen tier', () => {
    expect(claimAmount(tiered, basis)).toBe(500);
    expect(claimAmount(tiered, { ...basis, countyCode: '422801' })).toBe(200);
    expect(claimAmount(tiered, { ...basis, tier: 'out_of_province' })).toBe(1500);
    expect(ruleCap(tiered)).toBe(1500);
  });

  it('takes a percentage of the entered base, within its cap', () => {
    const r = rule({ amount: { kind: 'percent', percent: 60, cap: 5000 } });
    expect(claimAmount(r, basis)).toBeNull();
    expect(claimAmount(r, { ...basis, base: 1234.5 })).toBe(740.7);
    expect(claimAmount(r, { ...basis, base: 100_000 })).toBe(5000);
    expect(payableLimit(r, { ...basis, base: 1000 })).toBe(5000);
  });

  it('pays monthly up to the cap of months', () => {
    const r = rule({ amount: { kind: 'monthly', monthly: 200, maxMonths: 36 } });
    expect(claimAmount(r, { ...basis, insuranceMonths: 10 })).toBe(2000);
    expect(claimAmount(r, { ...basis, months: 48 })).toBe(7200);
  });

  it('refuses a percentage over 100 and contradicting thresholds at the field', () => {
    const issues = (over: Partial<RuleInput>) =>
      RuleInput.safeParse({ ...rule(), ...over }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ amount: { kind: 'percent', percent: 120 } })).toEqual([
      ['amount.percent', 'v.policy_percent'],
    ]);
    expect(issues({ ageMin: 30, ageMax: 20 })).toEqual([['ageMax', 'v.policy_age_range']]);
    expect(issues({ validTo: '2021-12-31' })).toEqual([['validTo', 'v.policy_valid_range']]);
    expect(issues({ minDaysOnJob: 400, claimWindowMonths: 12 })).toEqual([
      ['claimWindowMonths', 'v.policy_window_too_short'],
    ]);
  });
});

describe('non-combinable groups', () => {
  const groups: Record<string, string> = { hiring: 'hire', expansion: 'hire', training: '' };
  const groupOf = (k: string) => groups[k];

  it('blocks a rule when another of its group is claimed for the person, not when sent back', () => {
    expect(
      blockingRule(
        { ruleKey: 'expansion', group: 'hire' },
        [{ ruleKey: 'hiring', state: 'claimed' }],
        groupOf,
      ),
    ).toBe('hiring');
    expect(
      blockingRule(
        { ruleKey: 'expansion', group: 'hire' },
        [{ ruleKey: 'hiring', state: 'returned' }],
        groupOf,
      ),
    ).toBeNull();
    expect(
      blockingRule({ ruleKey: 'training', group: '' }, [{ ruleKey: 'hiring', state: 'paid' }], groupOf),
    ).toBeNull();
  });

  it('makes the blocked rule 不符合 with the reason', () => {
    const r = policyStatus({
      judgement: { kind: 'eligible', since: '2022-02-15', windowCloses: null },
      evidence: [],
      claim: null,
      blockedBy: '一次性吸纳就业补贴',
      asOf: AS_OF,
    });
    expect(r).toEqual({
      status: 'not_eligible',
      from: null,
      reasons: [{ key: 'not_combinable', params: { rule: '一次性吸纳就业补贴' } }],
    });
  });
});

describe('statuses and the evidence checklist', () => {
  it('is 可能符合 until every item is received, then 材料齐全; an expired item counts as missing', () => {
    const held = new Map([
      ['id_card' as const, { receivedOn: '2022-03-01', validUntil: null }],
      ['bank_account' as const, { receivedOn: '2022-03-01', validUntil: '2022-03-05' }],
    ]);
    const items = checklist(['id_card', 'bank_account', 'labour_contract'], held, AS_OF);
    expect(items.map((i) => i.state)).toEqual(['received', 'expired', 'missing']);
    const judgement = { kind: 'eligible' as const, since: '2022-02-15', windowCloses: null };
    expect(
      policyStatus({ judgement, evidence: items, claim: null, blockedBy: null, asOf: AS_OF }).status,
    ).toBe('possible');
    const all = checklist(['id_card'], held, AS_OF);
    expect(policyStatus({ judgement, evidence: all, claim: null, blockedBy: null, asOf: AS_OF }).status).toBe(
      'complete',
    );
    expect(
      policyStatus({
        judgement,
        evidence: all,
        claim: { state: 'paid', reason: '' },
        blockedBy: null,
        asOf: AS_OF,
      }).status,
    ).toBe('paid');
  });
});
