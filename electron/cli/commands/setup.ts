import type { ChannelOutput } from '../../../shared/contract/channels';
import { Gate } from '../../backend/auth/gate';
import { CliError } from '../output';
import { expectOk, PASSWORD_ENV, promptPassword } from '../sign-in';

/** `spring-breeze setup --user NAME`: the first admin of a new console, and its recovery key printed once. */
export async function setupCommand(dataDir: string, user: string | undefined): Promise<void> {
  if (!user) throw new CliError("--user NAME is required: the first admin's name", 64);
  const gate = await Gate.open({ dataDir });
  try {
    const password = process.env[PASSWORD_ENV] ?? (await promptPassword(`New password for ${user}: `));
    const made = (await expectOk(
      gate.invoke('auth.setUp', { name: user, password }),
    )) as ChannelOutput<'auth.setUp'>;
    console.log(
      `Admin "${user}" created. Recovery key (shown this once; print it and keep it locked away; ` +
        `it is the only way back in if every admin password is lost, and losing both loses the data):\n` +
        `  ${made.recoveryKey}`,
    );
  } finally {
    await gate.close();
  }
}
