import type { DemoSummary } from '../../../shared/contract/channels';
import { Backend } from '../../backend/backend';
import { CliError, describeErrorBody } from '../output';

export async function demoCommand(dataDir: string): Promise<void> {
  const backend = await Backend.open({ dataDir });
  try {
    const result = await backend.invoke('demo.load', {});
    if (!result.ok) throw new CliError(describeErrorBody(result.error));
    const s = result.data as DemoSummary;
    console.log(
      `Demo loaded into ${backend.store.dbFile}: ${s.counties} counties, ${s.towns} towns, ` +
        `${s.enterprises} enterprises, ${s.demandLines} demand lines, ${s.seekers} job seekers, ${s.events} pipeline events.\n` +
        `Settings: figures as of ${s.asOfDate}, stable after ${s.stableDays} days on the job (the drive lasted a month).`,
    );
  } finally {
    await backend.close();
  }
}
