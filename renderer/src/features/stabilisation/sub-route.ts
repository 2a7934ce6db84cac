import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The part of `#/<page>/<sub>` after the page: a tab that survives a reload and can be linked to. */
export function useSubRoute(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.replace(/^#\/?/, '').split(/[?]/)[0]!.split('/')[1] ?? '',
  );
}
