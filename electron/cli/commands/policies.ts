import type { PolicySummary } from '../../../shared/contract/policy-channels';
import { signIn } from '../sign-in';
import { policiesJson, policiesTable } from '../policies-format';

/** Prints, per rule and county: eligible, evidence complete, claimed, paid (count and amount), owed. */
export async function policiesCommand(
  dataDir: string,
  json: boolean,
  user: string | undefined,
): Promise<void> {
  const session = await signIn(dataDir, user);
  try {
    const summary = await session.invoke<PolicySummary>('policies.summary', {});
    console.log(json ? JSON.stringify(policiesJson(summary)) : policiesTable(summary));
  } finally {
    await session.close();
  }
}
