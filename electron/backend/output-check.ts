import type { z } from 'zod';
import { contract, type ChannelName } from '../../shared/contract/channels';

/** `1` turns the output check on, `0` off, whatever NODE_ENV says. */
export const CHECK_OUTPUTS_ENV = 'SPRING_BREEZE_CHECK_OUTPUTS';

/**
 * Whether the backend checks each handler's answer against its channel's output schema: in tests
 * (Vitest sets NODE_ENV=test; the end-to-end hosts set SPRING_BREEZE_CHECK_OUTPUTS=1) and in
 * development (NODE_ENV=development), not in the app as shipped, where it would only cost time.
 */
export function outputChecksWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env[CHECK_OUTPUTS_ENV];
  if (flag === '1') return true;
  if (flag === '0') return false;
  return env.NODE_ENV === 'test' || env.NODE_ENV === 'development';
}

/**
 * Throws when a handler answered something its channel's output schema does not describe: the
 * handler has drifted from the contract. The answer itself is not changed (no defaults, no
 * trimming), so a checked run answers exactly what an unchecked one does.
 */
export function checkOutput(channel: ChannelName, data: unknown): void {
  const result = (contract[channel].output as z.ZodType).safeParse(data);
  if (result.success) return;
  const issues = result.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  const more = result.error.issues.length > 5 ? `; ${result.error.issues.length - 5} more` : '';
  throw new Error(`${channel} answered outside its output schema: ${issues.join('; ')}${more}`);
}
