import type { Migration } from './migration';

/** Frozen here: a migration must create the same schema forever, whatever the domain lists become. */
const EVIDENCE = `id_card labour_contract social_insurance wage_record employment_registration training_record
  certificate bank_account`;
const CLAIM_STATES = 'claimed approved listed paid returned';

const oneOf = (column: string, words: string) =>
  `CHECK (instr(${column}, ' ') = 0 AND instr(' ${words.split(/\s+/).join(' ')} ', ' ' || ${column} || ' ') > 0)`;

/**
 * Version 12: employment policies delivered (subsidies).
 *
 * - The catalogue of subsidy rules, versioned: a rule (`rule_key`) has one or more versions, the
 *   definition of each kept as JSON (the catalogue's fields change with the documents); editing a
 *   rule that has claims adds a version, so a claim keeps the version it was judged by.
 * - A person's policy facts beside the registry: identity flags, labour contract, social-insurance
 *   months, the bank account (shown masked, revealed by the audited reveal).
 * - Evidence received per person and kind (an ID card counts for every claim), with an optional
 *   date after which it no longer counts.
 * - Claim batches (申报批次): one rule version and one county; and the claims in them, each with
 *   its computed amount, what was paid, when, and the reason for any difference or for sending it
 *   back. At most one live claim per person, rule and period (a year, or '' for once ever).
 */
export const m0012Policies: Migration = {
  version: 12,
  name: 'policies',
  up(db) {
    db.exec(`
      CREATE TABLE policy_rules (
        id TEXT PRIMARY KEY,
        rule_key TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        name TEXT NOT NULL CHECK (name <> ''),
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        superseded_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (rule_key, version)
      );
      -- One current version per rule.
      CREATE UNIQUE INDEX policy_rules_current ON policy_rules(rule_key) WHERE superseded_at IS NULL;

      CREATE TABLE person_policy (
        seeker_seq INTEGER PRIMARY KEY REFERENCES seekers(seq),
        identities TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(identities) AND json_type(identities) = 'array'),
        graduated_on TEXT,
        contract_months INTEGER CHECK (contract_months IS NULL OR contract_months BETWEEN 1 AND 120),
        contract_start TEXT,
        insurance_months INTEGER CHECK (insurance_months IS NULL OR insurance_months >= 0),
        bank_account TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        CHECK ((contract_months IS NULL) = (contract_start IS NULL))
      );

      CREATE TABLE policy_evidence (
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        kind TEXT NOT NULL ${oneOf('kind', EVIDENCE)},
        received_on TEXT NOT NULL,
        valid_until TEXT CHECK (valid_until IS NULL OR valid_until >= received_on),
        recorded_by TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (seeker_seq, kind)
      ) WITHOUT ROWID;

      CREATE TABLE policy_batches (
        id TEXT PRIMARY KEY,
        batch_no TEXT NOT NULL UNIQUE,
        rule_id TEXT NOT NULL REFERENCES policy_rules(id),
        county_code TEXT NOT NULL REFERENCES counties(code),
        made_on TEXT NOT NULL,
        recorded_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      );
      CREATE INDEX policy_batches_rule ON policy_batches(rule_id, county_code);

      CREATE TABLE policy_claims (
        id TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL REFERENCES policy_batches(id),
        rule_id TEXT NOT NULL REFERENCES policy_rules(id),
        rule_key TEXT NOT NULL,
        seeker_seq INTEGER NOT NULL REFERENCES seekers(seq),
        period TEXT NOT NULL,
        state TEXT NOT NULL ${oneOf('state', CLAIM_STATES)},
        tier TEXT,
        base REAL,
        computed_amount REAL CHECK (computed_amount IS NULL OR computed_amount >= 0),
        approved_on TEXT,
        listed_on TEXT,
        paid_on TEXT,
        paid_amount REAL CHECK (paid_amount IS NULL OR paid_amount >= 0),
        amount_reason TEXT NOT NULL DEFAULT '',
        returned_on TEXT,
        return_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((state = 'paid') = (paid_on IS NOT NULL AND paid_amount IS NOT NULL)),
        CHECK ((state = 'returned') = (returned_on IS NOT NULL))
      );
      CREATE UNIQUE INDEX policy_claims_live ON policy_claims(rule_key, seeker_seq, period) WHERE state <> 'returned';
      CREATE INDEX policy_claims_seeker ON policy_claims(seeker_seq);
      CREATE INDEX policy_claims_batch ON policy_claims(batch_id);
    `);
  },
};
