import type { z } from 'zod';
import type { PolicyRuleView } from '../../../shared/contract/policy-channels';
import { ApiError } from '../../../shared/contract/result';
import type { RuleDefinition, RuleInput } from '../../../shared/domain/policies/catalogue';
import { describeChanges, describeValues, said } from '../audit/repos/audit';
import type { Database } from '../db/database';
import type { WriteContext } from '../write-context';
import {
  currentRule,
  insertRuleVersion,
  isCurrent,
  ruleById,
  rewriteRule,
  setRuleArchived,
  supersedeRule,
} from './repos/rules';

const definitionOf = (r: PolicyRuleView): RuleDefinition => {
  const { id: _id, ruleKey: _k, version: _v, example: _e, archived: _a, claims: _c, ...def } = r;
  return def;
};

/**
 * Saves a rule of the catalogue. A new rule starts at version 1. Editing a rule no claim was judged
 * by rewrites it; editing one with claims adds a version, and its claims keep the one they were
 * judged by. Only the current version can be edited.
 */
export function saveRule(db: Database, input: z.output<typeof RuleInput>, ctx: WriteContext): PolicyRuleView {
  const { id, ...def } = input;
  if (id === null) {
    const newId = insertRuleVersion(db, null, 1, def, false, ctx);
    ctx.audit({
      action: 'policies.createRule',
      entity: 'policy_rule',
      entityId: newId,
      summary: said('policy_rule_created', { name: def.name, version: 1 }, describeValues('policyRule', def)),
    });
    return ruleById(db, newId);
  }
  const before = ruleById(db, id);
  if (!isCurrent(db, id)) throw new ApiError('conflict', 'v.policy_rule_superseded');
  const changes = describeChanges('policyRule', definitionOf(before), def);
  if (changes.length === 0) return before;
  let savedId = id;
  if (before.claims > 0) {
    supersedeRule(db, id, ctx);
    savedId = insertRuleVersion(db, before.ruleKey, before.version + 1, def, false, ctx);
  } else rewriteRule(db, id, def, ctx);
  const after = ruleById(db, savedId);
  ctx.audit({
    action: 'policies.updateRule',
    entity: 'policy_rule',
    entityId: savedId,
    summary: said('policy_rule_changed', { name: after.name, version: after.version }, changes),
  });
  return after;
}

export function archiveRule(
  db: Database,
  ruleKey: string,
  archived: boolean,
  ctx: WriteContext,
): PolicyRuleView {
  const rule = currentRule(db, ruleKey);
  setRuleArchived(db, ruleKey, archived, ctx);
  ctx.audit({
    action: archived ? 'policies.archiveRule' : 'policies.restoreRule',
    entity: 'policy_rule',
    entityId: rule.id,
    summary: said('policy_rule', { name: rule.name }),
  });
  return currentRule(db, ruleKey);
}
