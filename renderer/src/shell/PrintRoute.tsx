import { useSyncExternalStore, type ComponentType } from 'react';
import { WeeklyDiaryPage } from '../features/stabilisation/print/WeeklyDiaryPage';
import { ReportPrintPage } from '../features/reports/ReportPrintPage';
import { ManifestPage } from '../features/transport/print/ManifestPage';
import { RectificationListPage } from '../features/supervision/print/RectificationListPage';
import { MissingEvidencePage } from '../features/policies/print/MissingEvidencePage';

/** `#/print/<kind>/<id>`: a printout on its own, without the navigation, as Print and Save as PDF render it. */
export const PRINT_ROUTE = 'print';

const PRINTOUTS: Record<string, ComponentType<{ id: string }>> = {
  manifest: ManifestPage,
  report: ReportPrintPage,
  diary: WeeklyDiaryPage,
  findings: RectificationListPage,
  'policy-evidence': MissingEvidencePage,
};

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function PrintRoute() {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const [, kind, id] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  const Printout = kind ? PRINTOUTS[kind] : undefined;
  if (!Printout || !id) return null;
  return <Printout key={id} id={decodeURIComponent(id)} />;
}
