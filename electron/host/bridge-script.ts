import { CHANNEL_NAMES } from '../../shared/contract/channels';

/** Header carrying the launch token on an API request from a tool (the page uses its cookie). */
export const TOKEN_HEADER = 'x-spring-breeze-token';

/**
 * The script the browser host injects before the renderer: it defines `window.api` over fetch with
 * the same shape the Electron preload exposes, so renderer code is identical in both. Requests carry
 * the page's HttpOnly cookie (same origin); the one-time code that opened the page is taken out of
 * its address at once, so it stays in neither the address bar nor the history.
 */
export function bridgeScript(): string {
  return `(() => {
  'use strict';
  if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
  const channels = ${JSON.stringify(CHANNEL_NAMES)};
  const offline = { ok: false, error: { code: 'internal', message: 'e.offline' } };
  const api = {};
  for (const name of channels) {
    api[name] = async (input) => {
      try {
        const res = await fetch('/api/' + name, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input === undefined ? {} : input),
        });
        return await res.json();
      } catch (err) {
        return offline;
      }
    };
  }
  const listeners = new Set();
  let source = null;
  api.onEvent = (listener) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource('/api/events');
      source.onmessage = (m) => {
        let event;
        try { event = JSON.parse(m.data); } catch { return; }
        for (const l of listeners) l(event);
      };
    }
    return () => listeners.delete(listener);
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
