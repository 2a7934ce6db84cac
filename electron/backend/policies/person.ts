import type { z } from 'zod';
import type { PersonPolicy } from '../../../shared/contract/policy-channels';
import { ApiError } from '../../../shared/contract/result';
import type { EvidenceKind } from '../../../shared/domain/policies/catalogue';
import { maskBankAccount, type PersonPolicyInput } from '../../../shared/domain/policies/person';
import { describeChanges, part, said } from '../audit/repos/audit';
import { figuresAsOf } from '../app/repos/settings';
import type { Database } from '../db/database';
import { fieldError } from '../seekers/repos/seekers';
import type { WriteContext } from '../write-context';
import { identitiesOf, personFacts, savePersonFacts, seekerByIdForPolicy, setEvidence } from './repos/people';
import { computeStandings, standingViews } from './standings';

function seekerOf(db: Database, id: string) {
  const s = seekerByIdForPolicy(db, id);
  if (!s) throw new ApiError('not_found', 'e.not_found');
  return s;
}

/** A person's policy facts (the bank account masked) and their standing on every rule. */
export function personPolicy(db: Database, seekerId: string, asOf: string | null, now: string): PersonPolicy {
  const s = seekerOf(db, seekerId);
  const date = asOf ?? figuresAsOf(db, now);
  const f = personFacts(db, s.seq);
  return {
    seekerId,
    asOf: date,
    identities: identitiesOf(f?.identities ?? null),
    graduatedOn: f?.graduated_on ?? null,
    contractMonths: f?.contract_months ?? null,
    contractStart: f?.contract_start ?? null,
    insuranceMonths: f?.insurance_months ?? null,
    bankMasked: maskBankAccount(f?.bank_account ?? ''),
    standings: standingViews(db, computeStandings(db, date, { seekerSeq: s.seq })),
  };
}

/** Saves a person's policy facts; a blank bank account keeps the stored one. Audited with the account masked. */
export function savePersonPolicy(
  db: Database,
  input: z.output<typeof PersonPolicyInput>,
  ctx: WriteContext,
): PersonPolicy {
  const s = seekerOf(db, input.seekerId);
  if (input.graduatedOn !== null && input.graduatedOn > ctx.today)
    throw fieldError('graduatedOn', 'v.date_future');
  const before = personFacts(db, s.seq);
  const bankAccount = input.bankAccount === '' ? (before?.bank_account ?? '') : input.bankAccount;
  const facts = {
    identities: input.identities,
    graduatedOn: input.graduatedOn,
    contractMonths: input.contractMonths,
    contractStart: input.contractStart,
    insuranceMonths: input.insuranceMonths,
    bankAccount,
  };
  savePersonFacts(db, s.seq, facts, ctx);
  const view = (f: typeof facts) => ({ ...f, bankAccount: maskBankAccount(f.bankAccount) });
  const old = {
    identities: identitiesOf(before?.identities ?? null),
    graduatedOn: before?.graduated_on ?? null,
    contractMonths: before?.contract_months ?? null,
    contractStart: before?.contract_start ?? null,
    insuranceMonths: before?.insurance_months ?? null,
    bankAccount: before?.bank_account ?? '',
  };
  const changes = describeChanges('policyPerson', view(old), view(facts));
  if (changes.length > 0)
    ctx.audit({
      action: 'policies.savePerson',
      entity: 'seeker',
      entityId: input.seekerId,
      summary: said('policy_person', { name: s.name }, changes),
    });
  return personPolicy(db, input.seekerId, null, ctx.now);
}

/** Ticks one item of a person's evidence as received on a date (or unticks it). */
export function recordEvidence(
  db: Database,
  input: { seekerId: string; kind: EvidenceKind; receivedOn: string | null; validUntil: string | null },
  ctx: WriteContext,
): PersonPolicy {
  const s = seekerOf(db, input.seekerId);
  if (input.receivedOn !== null && input.receivedOn > ctx.today)
    throw fieldError('receivedOn', 'v.date_future');
  if (input.receivedOn !== null && input.validUntil !== null && input.validUntil < input.receivedOn)
    throw fieldError('validUntil', 'v.policy_valid_until');
  setEvidence(db, s.seq, input.kind, input.receivedOn, input.validUntil, ctx);
  ctx.audit({
    action: input.receivedOn === null ? 'policies.evidenceRemoved' : 'policies.evidenceReceived',
    entity: 'seeker',
    entityId: input.seekerId,
    summary:
      input.receivedOn === null
        ? said('evidence_removed', { name: s.name, evidence: input.kind })
        : said(
            'evidence_received',
            { name: s.name, evidence: input.kind, date: input.receivedOn },
            input.validUntil ? [part('evidence_valid_until', { date: input.validUntil })] : [],
          ),
  });
  return personPolicy(db, input.seekerId, null, ctx.now);
}

/** The full bank account, for the audited reveal. */
export function bankAccountOf(db: Database, seq: number): string {
  return personFacts(db, seq)?.bank_account ?? '';
}
