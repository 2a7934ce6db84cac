import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The report shown: `#/reports/<id>` → its id; `#/reports` → null (the list). */
export function reportIdOf(hash: string): string | null {
  const parts = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  return parts[0] === 'reports' && parts[1] ? decodeURIComponent(parts[1]) : null;
}

export function useReportId(): string | null {
  return useSyncExternalStore(subscribe, () => reportIdOf(window.location.hash));
}

export const reportHref = (id: string) => `#/reports/${encodeURIComponent(id)}`;
export const REPORTS_HREF = '#/reports';
