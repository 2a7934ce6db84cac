import type { Bridge } from '../../shared/contract/bridge';

declare global {
  interface Window {
    /** Provided by the Electron preload or by the browser host's injected bridge script. */
    api?: Bridge;
  }
}
