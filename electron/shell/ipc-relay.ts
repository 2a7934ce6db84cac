import { isChannelName, type ChannelName } from '../../shared/contract/channels';
import type { Result } from '../../shared/contract/result';
import { isTrustedSender, type FrameLike } from './security';

/** What the relay needs from BackendClient. */
export interface RelayBackend {
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
}

/** The part of IpcMainInvokeEvent the relay reads. */
export interface InvokeEventLike {
  readonly senderFrame: FrameLike | null;
}

/**
 * A channel answered in main instead of the backend, because it needs the window itself (printing:
 * `print.*` will print the sender's webContents). It runs only after the sender check.
 */
export type ShellHandler<E extends InvokeEventLike> = (input: unknown, event: E) => Promise<Result<unknown>>;

export type InvokeRelay<E extends InvokeEventLike> = (
  event: E,
  channel: unknown,
  input: unknown,
) => Promise<Result<unknown>>;

export const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Refused: the request did not come from the Spring Breeze window.' },
};

export const UNKNOWN_CHANNEL: Result<never> = {
  ok: false,
  error: { code: 'unknown_channel', message: 'e.unknown_channel' },
};

/**
 * The ipcMain.handle(IPC_INVOKE) listener. The renderer is untrusted: the sender is checked before
 * anything else, the channel name against the contract, and the input is left to the backend, which
 * parses it with the channel's schema.
 */
export function createInvokeRelay<E extends InvokeEventLike>(options: {
  backend: RelayBackend;
  /** The window's current main frame, read per message because a reload replaces it. */
  mainFrame: () => FrameLike | null;
  shellHandlers?: Partial<Record<ChannelName, ShellHandler<E>>>;
}): InvokeRelay<E> {
  return async (event, channel, input) => {
    if (!isTrustedSender(event.senderFrame, options.mainFrame())) return UNTRUSTED_SENDER;
    if (!isChannelName(channel)) return UNKNOWN_CHANNEL;
    try {
      const local = options.shellHandlers?.[channel];
      return local ? await local(input, event) : await options.backend.invoke(channel, input);
    } catch (err) {
      // Only shell handlers can throw; the renderer must still get an envelope, never a rejection.
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, error: { code: 'internal', message: 'e.internal', params: { detail } } };
    }
  };
}
