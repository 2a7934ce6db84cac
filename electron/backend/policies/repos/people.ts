import type { Identity } from '../../../../shared/domain/policies/catalogue';
import type { EvidenceKind } from '../../../../shared/domain/policies/catalogue';
import type { HeldEvidence } from '../../../../shared/domain/policies/status';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

/** One person who has been employed, with what subsidies read about them. */
export interface BeneficiaryRow {
  seq: number;
  id: string;
  name: string;
  id_number: string;
  phone: string;
  county_code: string;
  birth_date: string;
  entry_date: string;
  stage: string;
  stage_date: string;
  trips: number;
  employer_id: string | null;
  employer_name: string | null;
  identities: string | null;
  graduated_on: string | null;
  contract_months: number | null;
  contract_start: string | null;
  insurance_months: number | null;
}

export interface BeneficiaryScope {
  countyCode?: string | null;
  seekerSeq?: number | null;
}

/** Everyone with an entry date (employed now or left since), in the scope. */
export function beneficiaryRows(db: Database, scope: BeneficiaryScope = {}): BeneficiaryRow[] {
  const where = ['s.entry_date IS NOT NULL'];
  const params: (string | number)[] = [];
  if (scope.countyCode) {
    where.push('s.county_code = ?');
    params.push(scope.countyCode);
  }
  if (scope.seekerSeq !== undefined && scope.seekerSeq !== null) {
    where.push('s.seq = ?');
    params.push(scope.seekerSeq);
  }
  return db.all<BeneficiaryRow>(
    `SELECT s.seq, s.id, s.name, s.id_number, s.phone, s.county_code, s.birth_date, s.entry_date, s.stage,
       s.stage_date, s.trips, s.employer_id, e.name AS employer_name, p.identities, p.graduated_on,
       p.contract_months, p.contract_start, p.insurance_months
     FROM seekers s
     LEFT JOIN person_policy p ON p.seeker_seq = s.seq
     LEFT JOIN enterprises e ON e.id = s.employer_id
     WHERE ${where.join(' AND ')}
     ORDER BY s.county_code, s.seq`,
    params,
  );
}

export const identitiesOf = (json: string | null): Identity[] =>
  json ? (JSON.parse(json) as Identity[]) : [];

/** Evidence received, by person and kind. */
export function evidenceBySeeker(
  db: Database,
  seekerSeq: number | null = null,
): Map<number, Map<EvidenceKind, HeldEvidence>> {
  const rows = db.all<{
    seeker_seq: number;
    kind: EvidenceKind;
    received_on: string;
    valid_until: string | null;
  }>(
    `SELECT seeker_seq, kind, received_on, valid_until FROM policy_evidence ${seekerSeq === null ? '' : 'WHERE seeker_seq = ?'}`,
    seekerSeq === null ? [] : [seekerSeq],
  );
  const out = new Map<number, Map<EvidenceKind, HeldEvidence>>();
  for (const r of rows) {
    let m = out.get(r.seeker_seq);
    if (!m) out.set(r.seeker_seq, (m = new Map()));
    m.set(r.kind, { receivedOn: r.received_on, validUntil: r.valid_until });
  }
  return out;
}

export interface PersonFactsRow {
  identities: string;
  graduated_on: string | null;
  contract_months: number | null;
  contract_start: string | null;
  insurance_months: number | null;
  bank_account: string;
}

export function personFacts(db: Database, seq: number): PersonFactsRow | undefined {
  return db.get<PersonFactsRow>(
    `SELECT identities, graduated_on, contract_months, contract_start, insurance_months, bank_account
     FROM person_policy WHERE seeker_seq = ?`,
    [seq],
  );
}

export interface PersonFacts {
  identities: readonly string[];
  graduatedOn: string | null;
  contractMonths: number | null;
  contractStart: string | null;
  insuranceMonths: number | null;
  bankAccount: string;
}

export function savePersonFacts(db: Database, seq: number, f: PersonFacts, ctx: WriteContext): void {
  db.run(
    `INSERT INTO person_policy (seeker_seq, identities, graduated_on, contract_months, contract_start,
       insurance_months, bank_account, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (seeker_seq) DO UPDATE SET identities = excluded.identities, graduated_on = excluded.graduated_on,
       contract_months = excluded.contract_months, contract_start = excluded.contract_start,
       insurance_months = excluded.insurance_months, bank_account = excluded.bank_account,
       updated_at = excluded.updated_at`,
    [
      seq,
      JSON.stringify(f.identities),
      f.graduatedOn,
      f.contractMonths,
      f.contractStart,
      f.insuranceMonths,
      f.bankAccount,
      ctx.now,
    ],
  );
}

export function setEvidence(
  db: Database,
  seq: number,
  kind: EvidenceKind,
  receivedOn: string | null,
  validUntil: string | null,
  ctx: WriteContext,
): void {
  if (receivedOn === null) {
    db.run('DELETE FROM policy_evidence WHERE seeker_seq = ? AND kind = ?', [seq, kind]);
    return;
  }
  db.run(
    `INSERT INTO policy_evidence (seeker_seq, kind, received_on, valid_until, recorded_by, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (seeker_seq, kind) DO UPDATE SET received_on = excluded.received_on,
       valid_until = excluded.valid_until, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
    [seq, kind, receivedOn, validUntil, ctx.operator, ctx.now],
  );
}

export function seekerByIdForPolicy(
  db: Database,
  id: string,
): { seq: number; name: string; entry_date: string | null } | undefined {
  return db.get('SELECT seq, name, entry_date FROM seekers WHERE id = ?', [id]);
}
