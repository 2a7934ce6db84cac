import type { Result } from '../../shared/contract/result';
import type { Backend } from '../backend/backend';
import { Gate } from '../backend/auth/gate';
import { CliError, describeErrorBody } from './output';

/** The password of `--user`, when set; otherwise the command asks for it at the terminal. */
export const PASSWORD_ENV = 'SPRING_BREEZE_PASSWORD';
/** Exit code of a refused sign-in or permission (sysexits' EX_NOPERM). */
export const NO_PERMISSION = 77;

export interface SignedIn {
  gate: Gate;
  backend: Backend;
  /** A request through the gate (the account's permissions apply); throws the refusal as a CliError. */
  invoke: <T>(channel: string, input: unknown) => Promise<T>;
  close: () => Promise<void>;
}

/**
 * Signs `user` in to the data folder's console (password from SPRING_BREEZE_PASSWORD or a prompt)
 * and opens the backend with the unwrapped data key. Every command that reads or writes the
 * drive's data goes through here.
 */
export async function signIn(dataDir: string, user: string | undefined): Promise<SignedIn> {
  const gate = await Gate.open({ dataDir });
  try {
    if (!gate.keyring.isSetUp) {
      throw new CliError(
        'this data folder has no accounts yet: create the first admin with "spring-breeze setup --user NAME" ' +
          '(or open the console), or load the demo with "spring-breeze demo"',
        64,
      );
    }
    if (!user) throw new CliError('--user NAME is required: who is signing in?', 64);
    const password = process.env[PASSWORD_ENV] ?? (await promptPassword(`Password for ${user}: `));
    await expectOk(gate.invoke('auth.signIn', { name: user, password }));
    return signedIn(gate);
  } catch (err) {
    await gate.close();
    throw err;
  }
}

export function signedIn(gate: Gate): SignedIn {
  return {
    gate,
    backend: gate.openBackend!,
    invoke: <T>(channel: string, input: unknown) => expectOk(gate.invoke(channel, input)) as Promise<T>,
    close: () => gate.close(),
  };
}

export async function expectOk(pending: Promise<Result<unknown>>): Promise<unknown> {
  const result = await pending;
  if (result.ok) return result.data;
  const refused = ['unauthenticated', 'forbidden', 'session_locked'].includes(result.error.code);
  throw new CliError(describeErrorBody(result.error), refused ? NO_PERMISSION : 1);
}

/** Reads a password at the terminal without echoing it. */
export function promptPassword(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(
      new CliError(`no password: set ${PASSWORD_ENV} or run the command in a terminal`, 64),
    );
  }
  process.stdout.write(question);
  return new Promise((resolve, reject) => {
    let typed = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (end: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      end();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new CliError('cancelled', 130)));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
