import { useSyncExternalStore } from 'react';

/**
 * Routing lives in the hash only: the query string carries the browser host's access token and the
 * Electron protocol URL must stay as loaded, so navigation never touches path or search.
 */
export function routeFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

export function routeHref(route: string): string {
  return `#/${route}`;
}

export function navigate(route: string): void {
  window.location.hash = routeHref(route);
}

/** Replaces the current entry, so Back does not return to a redirect. */
export function redirect(route: string): void {
  window.location.replace(routeHref(route));
}
