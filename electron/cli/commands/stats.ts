import type { CountsSummary } from '../../../shared/domain/counts';
import { Backend } from '../../backend/backend';
import { CliError, describeErrorBody } from '../output';
import { statsJson, statsTable } from '../stats-format';

/** Prints the counting module's figures: one JSON object with `--json`, else a readable table. */
export async function statsCommand(dataDir: string, json: boolean): Promise<void> {
  const backend = await Backend.open({ dataDir });
  try {
    const result = await backend.invoke('counts.summary', {});
    if (!result.ok) throw new CliError(describeErrorBody(result.error));
    const summary = result.data as CountsSummary;
    console.log(json ? JSON.stringify(statsJson(summary)) : statsTable(summary));
  } finally {
    await backend.close();
  }
}
