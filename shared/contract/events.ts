import type { ChannelName } from './channels';

/** Backend-to-renderer events: the second typed map. */
export interface BackendEvents {
  /** Data changed through a channel (from this window or another); pages reload what they show. */
  'data.changed': { channel: ChannelName };
}

export type BackendEventName = keyof BackendEvents;
export interface BackendEvent<K extends BackendEventName = BackendEventName> {
  name: K;
  payload: BackendEvents[K];
}
