import { part, said } from '../audit/repos/audit';
import type { policyChannels } from '../../../shared/contract/policy-channels';
import { figuresAsOf } from '../app/repos/settings';
import type { DomainHandlers } from '../handler-context';
import { batchDetail, listBatches, makeBatch, recordClaimStep } from './batches';
import { archiveRule, saveRule } from './catalogue';
import { summarise } from './figures';
import { enterprisePolicies, listStandings } from './lists';
import { personPolicy, recordEvidence, savePersonPolicy } from './person';
import { currentRules } from './repos/rules';
import { rosterXlsx } from './roster-xlsx';
import { computeStandings } from './standings';
import { batchRow } from './repos/batches';

type PolicyChannel = keyof typeof policyChannels;

/** Handlers of the policy channels (spread into the backend's handler map). */
export const policyHandlers: DomainHandlers<PolicyChannel> = {
  'policies.rules': ({ includeArchived }, { db }) => currentRules(db, includeArchived),
  'policies.saveRule': (input, ctx) => saveRule(ctx.db, input, ctx),
  'policies.archiveRule': ({ ruleKey, archived }, ctx) => archiveRule(ctx.db, ruleKey, archived, ctx),
  'policies.summary': ({ asOf }, { db, now }) => {
    const date = asOf ?? figuresAsOf(db, now);
    return summarise(db, computeStandings(db, date), date);
  },
  'policies.standings': (filter, { db, now }) => listStandings(db, filter, now),
  'policies.person': ({ seekerId, asOf }, { db, now }) => personPolicy(db, seekerId, asOf, now),
  'policies.savePerson': (input, ctx) => savePersonPolicy(ctx.db, input, ctx),
  'policies.setEvidence': (input, ctx) => recordEvidence(ctx.db, input, ctx),
  'policies.batches': ({ countyCode }, { db }) => listBatches(db, countyCode),
  'policies.batch': ({ id }, { db }) => batchDetail(db, id),
  'policies.makeBatch': (input, ctx) => makeBatch(ctx.db, input, ctx),
  'policies.step': (input, ctx) => recordClaimStep(ctx.db, input, ctx),
  'policies.roster': async ({ batchId, unmasked, language }, ctx) => {
    const file = await rosterXlsx(ctx.db, batchId, unmasked, language);
    const batch = batchRow(ctx.db, batchId);
    // Who took the roster out, and whether with full ID numbers and accounts, is on record either way.
    await ctx.write(() =>
      ctx.audit({
        action: unmasked ? 'policies.rosterUnmasked' : 'policies.roster',
        entity: 'policy_batch',
        entityId: batchId,
        summary: said(
          'roster',
          { batch: batch.batch_no, file: file.fileName, count: file.rows },
          unmasked ? [part('roster_unmasked')] : [],
        ),
      }),
    );
    return file;
  },
  'policies.enterprises': ({ asOf }, { db, now }) => enterprisePolicies(db, asOf, now),
};
