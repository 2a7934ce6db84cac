import type { Identity } from '../../../../shared/domain/policies/catalogue';
import type { EvidenceKind } from '../../../../shared/domain/policies/catalogue';
import type { HeldEvidence } from '../../../../shared/domain/policies/status';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

/** One person who has been employed, with what subsidies read about them (and the evidence they handed in). */
export interface BeneficiaryRow {
  seq: number;
  county_code: string;
  birth_date: string;
  entry_date: string;
  /** When they left the job; null while on it. */
  left_on: string | null;
  trips: number;
  employer_id: string | null;
  identities: string | null;
  graduated_on: string | null;
  contract_months: number | null;
  insurance_months: number | null;
  held: Map<EvidenceKind, HeldEvidence> | undefined;
}

export interface BeneficiaryScope {
  countyCode?: string | null;
  seekerSeq?: number | null;
}

/**
 * Everyone with an entry date (employed now or left since), in the scope, with their evidence.
 * Each row comes back as one packed string split here: sql.js pays per value returned, and at 100k
 * people a dozen columns cost several times the query itself.
 */
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
  const rows = db.all<{ f: string }>(
    `SELECT s.seq || '|' || s.county_code || '|' || s.birth_date || '|' || s.entry_date || '|'
       || CASE WHEN s.stage = 'left' THEN s.stage_date ELSE '' END || '|' || s.trips || '|'
       || COALESCE(s.employer_id, '') || '|' || COALESCE(p.identities, '') || '|' || COALESCE(p.graduated_on, '') || '|'
       || COALESCE(p.contract_months, '') || '|' || COALESCE(p.insurance_months, '') || '|'
       || COALESCE((SELECT group_concat(v.kind || ' ' || v.received_on || ' ' || COALESCE(v.valid_until, ''), ',')
                    FROM policy_evidence v WHERE v.seeker_seq = s.seq), '') AS f
     FROM seekers s LEFT JOIN person_policy p ON p.seeker_seq = s.seq
     WHERE ${where.join(' AND ')}`,
    params,
  );
  const orNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  const numOrNull = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));
  return rows.map(({ f }) => {
    const c = f.split('|');
    let held: Map<EvidenceKind, HeldEvidence> | undefined;
    if (c[11]) {
      held = new Map();
      for (const item of c[11].split(',')) {
        const [kind, receivedOn, validUntil] = item.split(' ');
        held.set(kind as EvidenceKind, { receivedOn: receivedOn!, validUntil: orNull(validUntil) });
      }
    }
    return {
      seq: Number(c[0]),
      county_code: c[1]!,
      birth_date: c[2]!,
      entry_date: c[3]!,
      left_on: orNull(c[4]),
      trips: Number(c[5]),
      employer_id: orNull(c[6]),
      identities: orNull(c[7]),
      graduated_on: orNull(c[8]),
      contract_months: numOrNull(c[9]),
      insurance_months: numOrNull(c[10]),
      held,
    };
  });
}

/** What a screen shows of a person: name, masked numbers, employer. */
export interface PersonDisplay {
  id: string;
  name: string;
  id_number: string;
  phone: string;
  employer_name: string | null;
}

export function displayOf(db: Database, seqs: readonly number[]): Map<number, PersonDisplay> {
  const out = new Map<number, PersonDisplay>();
  for (let i = 0; i < seqs.length; i += 500) {
    const chunk = seqs.slice(i, i + 500);
    for (const r of db.all<PersonDisplay & { seq: number }>(
      `SELECT s.seq, s.id, s.name, s.id_number, s.phone, e.name AS employer_name FROM seekers s
       LEFT JOIN enterprises e ON e.id = s.employer_id WHERE s.seq IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    ))
      out.set(r.seq, r);
  }
  return out;
}

export const identitiesOf = (json: string | null): Identity[] =>
  json ? (JSON.parse(json) as Identity[]) : [];

/** Enterprise names by id. */
export function enterpriseNames(db: Database): Map<string, string> {
  return new Map(
    db.all<{ id: string; name: string }>('SELECT id, name FROM enterprises').map((e) => [e.id, e.name]),
  );
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
