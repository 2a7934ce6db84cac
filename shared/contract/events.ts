import type { ChannelName } from './channels';
import type { ImportProgress } from './imports';

/** Backend-to-renderer events: the second typed map. */
export interface BackendEvents {
  /** Data changed through a channel (from this window or another); pages reload what they show. */
  'data.changed': { channel: ChannelName };
  /** A running import or export: phase and rows done, for the progress bar. */
  'import.progress': ImportProgress;
}

export type BackendEventName = keyof BackendEvents;
/** One event; a union over the names, so that checking `name` narrows `payload`. */
export type BackendEvent<K extends BackendEventName = BackendEventName> = {
  [N in K]: { name: N; payload: BackendEvents[N] };
}[K];
