import { randomUUID } from 'node:crypto';
import type { PolicyRuleView } from '../../../../shared/contract/policy-channels';
import { ApiError } from '../../../../shared/contract/result';
import type { RuleDefinition } from '../../../../shared/domain/policies/catalogue';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';

interface RuleRow {
  id: string;
  rule_key: string;
  version: number;
  definition: string;
  example: number;
  archived: number;
  claims: number;
}

const SELECT = `SELECT r.id, r.rule_key, r.version, r.definition, r.example, r.archived,
  (SELECT COUNT(*) FROM policy_claims c WHERE c.rule_id = r.id) AS claims FROM policy_rules r`;

function view(r: RuleRow): PolicyRuleView {
  const def = JSON.parse(r.definition) as RuleDefinition;
  return {
    ...def,
    id: r.id,
    ruleKey: r.rule_key,
    version: r.version,
    example: r.example === 1,
    archived: r.archived === 1,
    claims: r.claims,
  };
}

/** The current version of every rule, in the order they were first made. */
export function currentRules(db: Database, includeArchived: boolean): PolicyRuleView[] {
  return db
    .all<RuleRow>(
      `${SELECT} WHERE r.superseded_at IS NULL ${includeArchived ? '' : 'AND r.archived = 0'}
       ORDER BY (SELECT MIN(f.rowid) FROM policy_rules f WHERE f.rule_key = r.rule_key)`,
    )
    .map(view);
}

/** Every version of every rule by id: claims are judged by the version they were made under. */
export function rulesById(db: Database): Map<string, PolicyRuleView> {
  return new Map(db.all<RuleRow>(SELECT).map((r) => [r.id, view(r)]));
}

export function ruleById(db: Database, id: string): PolicyRuleView {
  const r = db.get<RuleRow>(`${SELECT} WHERE r.id = ?`, [id]);
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return view(r);
}

export function currentRule(db: Database, ruleKey: string): PolicyRuleView {
  const r = db.get<RuleRow>(`${SELECT} WHERE r.rule_key = ? AND r.superseded_at IS NULL`, [ruleKey]);
  if (!r) throw new ApiError('not_found', 'e.not_found');
  return view(r);
}

export function isCurrent(db: Database, id: string): boolean {
  return db.get('SELECT 1 FROM policy_rules WHERE id = ? AND superseded_at IS NULL', [id]) !== undefined;
}

/** Adds a version of a rule (a new rule when `ruleKey` is null) and returns its id. */
export function insertRuleVersion(
  db: Database,
  ruleKey: string | null,
  version: number,
  def: RuleDefinition,
  example: boolean,
  ctx: WriteContext,
): string {
  const id = randomUUID();
  db.run(
    `INSERT INTO policy_rules (id, rule_key, version, name, definition, example, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, ruleKey ?? id, version, def.name, JSON.stringify(def), example ? 1 : 0, ctx.now, ctx.now],
  );
  return id;
}

export function supersedeRule(db: Database, id: string, ctx: WriteContext): void {
  db.run('UPDATE policy_rules SET superseded_at = ?, updated_at = ? WHERE id = ?', [ctx.now, ctx.now, id]);
}

/** Rewrites a version no claim was judged by. */
export function rewriteRule(db: Database, id: string, def: RuleDefinition, ctx: WriteContext): void {
  db.run('UPDATE policy_rules SET name = ?, definition = ?, example = 0, updated_at = ? WHERE id = ?', [
    def.name,
    JSON.stringify(def),
    ctx.now,
    id,
  ]);
}

export function setRuleArchived(db: Database, ruleKey: string, archived: boolean, ctx: WriteContext): void {
  db.run(
    'UPDATE policy_rules SET archived = ?, updated_at = ? WHERE rule_key = ? AND superseded_at IS NULL',
    [archived ? 1 : 0, ctx.now, ruleKey],
  );
}
