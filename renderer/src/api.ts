import type { Bridge } from '../../shared/contract/bridge';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { BackendEvent } from '../../shared/contract/events';
import type { ApiErrorBody, ErrorCode, FieldIssue, Result } from '../../shared/contract/result';

/** A failed backend call, carrying the envelope's error so forms can place issues on their fields. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly params: Record<string, string | number>;
  readonly channel: ChannelName;

  constructor(channel: ChannelName, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.channel = channel;
    this.code = body.code;
    this.issues = body.issues ?? [];
    this.params = body.params ?? {};
  }
}

function bridge(): Bridge | undefined {
  return window.api;
}

const OFFLINE: ApiErrorBody = { code: 'internal', message: 'e.offline' };

const sessionListeners = new Set<() => void>();

/** Called when a request is refused because nobody is signed in any more (the session locked or ended). */
export function onSessionEnded(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Calls one backend channel; resolves with its data or rejects with an ApiCallError. */
export async function call<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const api = bridge();
  if (!api) throw new ApiCallError(channel, OFFLINE);
  const invoke = api[channel] as (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
  let result: Result<ChannelOutput<K>>;
  try {
    result = await invoke(input);
  } catch {
    // The transport itself failed (worker gone, host stopped): the envelope never arrived.
    throw new ApiCallError(channel, OFFLINE);
  }
  if (!result.ok) {
    const ended = result.error.code === 'session_locked' || result.error.code === 'unauthenticated';
    if (ended && !channel.startsWith('auth.')) for (const l of sessionListeners) l();
    throw new ApiCallError(channel, result.error);
  }
  return result.data;
}

/** Subscribes to backend events; returns the unsubscribe function. */
export function onBackendEvent(listener: (event: BackendEvent) => void): () => void {
  const api = bridge();
  if (!api) return () => undefined;
  return api.onEvent(listener);
}

/** Reads that never change data do not emit events, so every event is a change somebody may show. */
export function onDataChanged(listener: (channel: ChannelName) => void): () => void {
  return onBackendEvent((event) => {
    if (event.name === 'data.changed') listener(event.payload.channel);
  });
}
