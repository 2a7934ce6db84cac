/** Claim states that count as claimed: from the batch on, unless sent back. */
export const CLAIMED_STATES = ['claimed', 'approved', 'listed', 'paid'] as const;
export type ClaimedState = (typeof CLAIMED_STATES)[number];

export interface ClaimRef {
  ruleKey: string;
  state: string;
}

export const isClaimed = (state: string) => (CLAIMED_STATES as readonly string[]).includes(state);

/**
 * The rule (key) that already holds a claim for this person in the same non-combinable group, if
 * any: two rules of one group may not both reach 已申报 for one beneficiary.
 */
export function blockingRule(
  rule: { ruleKey: string; group: string },
  claims: readonly ClaimRef[],
  groupOf: (ruleKey: string) => string | undefined,
): string | null {
  if (rule.group === '') return null;
  const other = claims.find(
    (c) => c.ruleKey !== rule.ruleKey && isClaimed(c.state) && groupOf(c.ruleKey) === rule.group,
  );
  return other?.ruleKey ?? null;
}
