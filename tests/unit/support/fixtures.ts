import type { Backend } from '../../../electron/backend/backend';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { ApiErrorBody, Result } from '../../../shared/contract/result';

type LineInput = ChannelInput<'enterprises.save'>['lines'][number];

export function lineInput(overrides: Partial<LineInput> = {}): LineInput {
  return {
    post: '普工',
    headcount: 100,
    periodStart: '2022-01-01',
    periodEnd: '2022-06-30',
    shiftPattern: 'long_day',
    payMin: 4000,
    payMax: 5500,
    ...overrides,
  };
}

export function enterpriseInput(
  name: string,
  overrides: Partial<ChannelInput<'enterprises.save'>> = {},
): ChannelInput<'enterprises.save'> {
  return { name, lines: [lineInput()], ...overrides };
}

/** The data of a successful result; fails the test with the error otherwise. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data;
}

/** The error of a failed result; fails the test when it succeeded. */
export function errorOf(result: Result<unknown>): ApiErrorBody {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
  return result.error;
}

/** Invokes a channel that must succeed, typed by the contract. */
/** Anything that answers channels: the backend itself, or the sign-in gate in front of it. */
export type Answers = Pick<Backend, 'invoke'>;

export async function call<K extends ChannelName>(
  backend: Answers,
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  return unwrap(await backend.invoke(channel, input)) as ChannelOutput<K>;
}
