import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  CHANNELS_ARG as ChannelsArg,
  IPC_EVENT as IpcEvent,
  IPC_INVOKE as IpcInvoke,
} from '../../shared/contract/bridge';
import type { BackendEvent } from '../../shared/contract/events';

/*
 * A sandboxed preload can require nothing but 'electron', so the contract's constants are repeated
 * here; typing each with the contract's literal type makes any drift a compile error. The channel
 * names arrive as a process argument set by main from the contract.
 */
const IPC_INVOKE: typeof IpcInvoke = 'spring-breeze:invoke';
const IPC_EVENT: typeof IpcEvent = 'spring-breeze:event';
const CHANNELS_ARG: typeof ChannelsArg = '--spring-breeze-channels=';

/** `domain.verb`; anything else in the argument (or an attempt at `__proto__`) is dropped. */
const CHANNEL_NAME = /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/;

function channelNames(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(CHANNELS_ARG));
  if (!arg) return [];
  return arg
    .slice(CHANNELS_ARG.length)
    .split(',')
    .filter((name) => CHANNEL_NAME.test(name));
}

type Invoke = (input: unknown) => Promise<unknown>;

const api: Record<string, Invoke | ((listener: (event: BackendEvent) => void) => () => void)> = {};

for (const name of channelNames(process.argv)) {
  // Only the input crosses; ipcRenderer itself never reaches the page.
  api[name] = (input: unknown) => ipcRenderer.invoke(IPC_INVOKE, name, input);
}

api.onEvent = (listener: (event: BackendEvent) => void) => {
  if (typeof listener !== 'function') throw new TypeError('onEvent expects a function');
  const relay = (_event: IpcRendererEvent, payload: BackendEvent) => listener(payload);
  ipcRenderer.on(IPC_EVENT, relay);
  return () => {
    ipcRenderer.removeListener(IPC_EVENT, relay);
  };
};

contextBridge.exposeInMainWorld('api', api);
