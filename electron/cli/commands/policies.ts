import type { PolicySummary } from '../../../shared/contract/policy-channels';
import { Backend } from '../../backend/backend';
import { CliError, describeErrorBody } from '../output';
import { policiesJson, policiesTable } from '../policies-format';

/** Prints, per rule and county: eligible, evidence complete, claimed, paid (count and amount), owed. */
export async function policiesCommand(dataDir: string, json: boolean): Promise<void> {
  const backend = await Backend.open({ dataDir });
  try {
    const result = await backend.invoke('policies.summary', {});
    if (!result.ok) throw new CliError(describeErrorBody(result.error));
    const summary = result.data as PolicySummary;
    console.log(json ? JSON.stringify(policiesJson(summary)) : policiesTable(summary));
  } finally {
    await backend.close();
  }
}
