import { ApiError } from '../../../shared/contract/result';

/** A transport rule said no: a `conflict` whose message key and params say why. */
export function refuse(message: string, params: Record<string, string | number> = {}): ApiError {
  return new ApiError('conflict', message, { params });
}

/** Names for a refusal message: the first few, then how many more. */
export function nameList(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).join('、');
  return names.length > max ? `${shown} … (+${names.length - max})` : shown;
}
