import type { Bridge } from '../../shared/contract/bridge';

declare global {
  interface Window {
    /** The same bridge the renderer uses; tests call it inside the page to check what was saved. */
    api: Bridge;
  }
}
