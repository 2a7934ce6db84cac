import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The route's parts after the page: `#/transport/trip/<id>` → `['trip', '<id>']`. */
export function segmentsOf(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split('?')[0]!.split('/').slice(1).filter(Boolean).map(decodeURIComponent);
}

export function useSubRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return segmentsOf(hash);
}

export const tripHref = (id: string) => `#/transport/trip/${encodeURIComponent(id)}`;
export const manifestHref = (id: string) => `#/print/manifest/${encodeURIComponent(id)}`;
export const TRANSPORT_HREF = '#/transport';
