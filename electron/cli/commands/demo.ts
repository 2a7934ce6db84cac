import type { DemoSummary } from '../../../shared/contract/channels';
import { Gate } from '../../backend/auth/gate';
import { expectOk, signedIn, signIn, type SignedIn } from '../sign-in';

/**
 * `spring-breeze demo`: in a folder not yet set up it makes the demo admin and prints its password
 * once; in a folder with accounts it needs an admin's `--user`.
 */
export async function demoCommand(dataDir: string, user: string | undefined): Promise<void> {
  const gate = await Gate.open({ dataDir });
  let session: SignedIn | null = null;
  try {
    let s: DemoSummary;
    if (gate.keyring.isSetUp) {
      await gate.close();
      session = await signIn(dataDir, user);
      s = await session.invoke<DemoSummary>('demo.load', {});
    } else {
      s = (await expectOk(gate.invoke('demo.load', {}))) as DemoSummary;
      session = signedIn(gate);
    }
    console.log(
      `Demo loaded into ${session.backend.store.dbFile}: ${s.counties} counties, ${s.towns} towns, ` +
        `${s.enterprises} enterprises, ${s.demandLines} demand lines, ${s.seekers} job seekers, ${s.events} pipeline events.\n` +
        `Settings: figures as of ${s.asOfDate}, stable after ${s.stableDays} days on the job (the drive lasted a month).`,
    );
    if (s.demoAdmin) {
      console.log(
        `Sign in as "${s.demoAdmin.name}" with the password ${s.demoAdmin.password} (shown this once; ` +
          `an admin can set another in Settings → Accounts).`,
      );
    }
  } finally {
    await (session ?? { close: () => gate.close() }).close();
  }
}
