import type { CountsSummary } from '../../../shared/domain/counts';
import { signIn } from '../sign-in';
import { statsJson, statsTable } from '../stats-format';

/** Prints the counting module's figures: one JSON object with `--json`, else a readable table. */
export async function statsCommand(dataDir: string, json: boolean, user: string | undefined): Promise<void> {
  const session = await signIn(dataDir, user);
  try {
    const summary = await session.invoke<CountsSummary>('counts.summary', {});
    console.log(json ? JSON.stringify(statsJson(summary)) : statsTable(summary));
  } finally {
    await session.close();
  }
}
