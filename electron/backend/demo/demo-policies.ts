import { RuleInput, type EvidenceKind, type Identity } from '../../../shared/domain/policies/catalogue';
import { addDays } from '../../../shared/domain/policies/dates';
import { ageOn } from '../../../shared/domain/id-number';
import type { Database } from '../db/database';
import { makeBatch, recordClaimStep } from '../policies/batches';
import { savePersonFacts, setEvidence } from '../policies/repos/people';
import { insertRuleVersion } from '../policies/repos/rules';
import type { WriteContext } from '../write-context';
import { DEMO_RULES } from './demo-policies-data';
import { DEMO_AS_OF } from './demo-seekers';

const RECORDER = '恩施州就业局';
const at = (date: string) => `${date}T02:00:00.000Z`;
const ctxOn = (date: string): WriteContext => ({
  now: at(date),
  today: DEMO_AS_OF,
  operator: RECORDER,
  audit: () => undefined,
});

interface Hire {
  seq: number;
  county_code: string;
  birth_date: string;
  entry_date: string;
}

/** Identity flags dealt by rank so every county has some: one in four 脱贫, some hard to employ, young graduates. */
function identitiesOf(i: number, age: number): Identity[] {
  const out: Identity[] = [];
  if (i % 4 === 0) out.push('poverty_alleviated');
  if (i % 11 === 3) out.push('hard_to_employ');
  if (age <= 24 && i % 3 === 1) out.push('graduate');
  if (age <= 24 && i % 5 === 2) out.push('registered_unemployed');
  return out;
}

/** A 19-digit account of the kind rural banks issue (invented). */
const account = (seq: number) => `6217${String(seq * 7919).padStart(15, '0')}`;

/** Evidence dealt by rank: most have the ID card and contract, fewer the rest; a few items expired. */
function evidenceOf(i: number): EvidenceKind[] {
  const out: EvidenceKind[] = [];
  if (i % 10 < 8) out.push('id_card');
  if (i % 10 < 7) out.push('labour_contract');
  if (i % 10 < 5) out.push('bank_account');
  if (i % 10 < 3) out.push('social_insurance', 'employment_registration');
  if (i % 10 === 0) out.push('wage_record', 'training_record');
  return out;
}

/**
 * The example catalogue, the policy facts of the people employed in the demo (identity flags,
 * contracts, insurance months, bank accounts), evidence received, and a few claim batches: one in
 * Hefeng paid, one in Xuan'en approved, one in Enshi City just made.
 */
export function loadDemoPolicies(db: Database): { rules: number; batches: number } {
  const setup = ctxOn('2022-02-08');
  const ruleKeys: string[] = [];
  for (const r of DEMO_RULES) {
    const def = RuleInput.parse(r);
    const { id: _id, ...definition } = def;
    ruleKeys.push(insertRuleVersion(db, null, 1, definition, true, setup));
  }
  const hires = db.all<Hire>(
    'SELECT seq, county_code, birth_date, entry_date FROM seekers WHERE entry_date IS NOT NULL ORDER BY seq',
  );
  hires.forEach((h, i) => {
    const age = ageOn(h.birth_date, h.entry_date);
    const identities = identitiesOf(i, age);
    const contract = i % 10 === 9 ? null : i % 10 === 8 ? 36 : 12;
    const ctx = ctxOn(addDays(h.entry_date, 2));
    savePersonFacts(
      db,
      h.seq,
      {
        identities,
        graduatedOn: identities.includes('graduate') ? '2021-06-30' : null,
        contractMonths: contract,
        contractStart: contract === null ? null : h.entry_date,
        insuranceMonths: i % 7 === 6 ? null : (i * 5) % 13,
        bankAccount: i % 10 < 5 ? account(h.seq) : '',
      },
      ctx,
    );
    const received = addDays(h.entry_date, 2);
    if (received > DEMO_AS_OF) return;
    for (const kind of evidenceOf(i))
      setEvidence(
        db,
        h.seq,
        kind,
        received,
        kind === 'social_insurance' && i % 20 === 0 && received < '2022-03-01' ? '2022-03-01' : null,
        ctx,
      );
  });
  const jobSeeking = ruleKeys[0]!;
  const referral = ruleKeys[5]!;
  const paid = makeBatch(
    db,
    { ruleKey: jobSeeking, countyCode: '422828', date: '2022-03-04' },
    ctxOn('2022-03-04'),
  );
  recordClaimStep(db, step(paid.id, 'approve', '2022-03-07'), ctxOn('2022-03-07'));
  recordClaimStep(db, step(paid.id, 'list', '2022-03-08'), ctxOn('2022-03-08'));
  recordClaimStep(db, step(paid.id, 'pay', '2022-03-10'), ctxOn('2022-03-10'));
  const approved = makeBatch(
    db,
    { ruleKey: jobSeeking, countyCode: '422825', date: '2022-03-07' },
    ctxOn('2022-03-07'),
  );
  recordClaimStep(db, step(approved.id, 'approve', '2022-03-09'), ctxOn('2022-03-09'));
  makeBatch(db, { ruleKey: referral, countyCode: '422801', date: '2022-03-09' }, ctxOn('2022-03-09'));
  return { rules: ruleKeys.length, batches: 3 };
}

const step = (batchId: string, s: 'approve' | 'list' | 'pay', date: string) => ({
  batchId,
  claimIds: null,
  step: s,
  date,
  amount: null,
  reason: '',
});
