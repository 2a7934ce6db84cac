import { ApiError, type ApiErrorBody } from '../../shared/contract/result';
import { translate } from '../../shared/i18n';

/** One line for a failed command: the English text of the error key. */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return translate('en', err.message, err.params ?? {});
  if (err instanceof Error) return err.message;
  return String(err);
}

export function describeErrorBody(body: ApiErrorBody): string {
  const text = translate('en', body.message, body.params ?? {});
  const issues = (body.issues ?? []).map((i) => `${i.path.join('.')}: ${translate('en', i.message)}`);
  return issues.length > 0 ? `${text} ${issues.join('; ')}` : text;
}

/** Thrown by a command to end with a message and a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
