import { CHANNEL_NAMES } from '../../shared/contract/channels';

/** Header carrying the per-launch token on every API request. */
export const TOKEN_HEADER = 'x-spring-breeze-token';

/**
 * The script the browser host injects before the renderer: it defines `window.api` over fetch with
 * the same shape the Electron preload exposes, so renderer code is identical in both. The token
 * comes from the page URL (kept in sessionStorage so a reload still works).
 */
export function bridgeScript(): string {
  return `(() => {
  'use strict';
  const params = new URLSearchParams(location.search);
  const token = params.get('token') || sessionStorage.getItem('spring-breeze-token') || '';
  if (token) sessionStorage.setItem('spring-breeze-token', token);
  const channels = ${JSON.stringify(CHANNEL_NAMES)};
  const offline = { ok: false, error: { code: 'internal', message: 'e.offline' } };
  const api = {};
  for (const name of channels) {
    api[name] = async (input) => {
      try {
        const res = await fetch('/api/' + name, {
          method: 'POST',
          headers: { 'content-type': 'application/json', '${TOKEN_HEADER}': token },
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
      source = new EventSource('/api/events?token=' + encodeURIComponent(token));
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
