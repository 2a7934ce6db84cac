import type { ChannelInput, ChannelName, ChannelOutput } from './channels';
import type { BackendEvent } from './events';
import type { Result } from './result';

/** What the preload (Electron) or the injected bridge script (browser host) puts on `window.api`. */
export type Bridge = {
  [K in ChannelName]: (input: ChannelInput<K>) => Promise<Result<ChannelOutput<K>>>;
} & {
  onEvent: (listener: (event: BackendEvent) => void) => () => void;
};

/** Name of the single IPC channel the preload uses; the channel name travels as its first argument. */
export const IPC_INVOKE = 'spring-breeze:invoke';
export const IPC_EVENT = 'spring-breeze:event';
/** The preload reads the channel list from this process argument (sandboxed preloads cannot import files). */
export const CHANNELS_ARG = '--spring-breeze-channels=';
