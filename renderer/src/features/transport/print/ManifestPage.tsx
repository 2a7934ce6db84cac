import '../../../styles/manifest.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Manifest } from '../../../../../shared/domain/transport/manifest';
import { call } from '../../../api';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { FlashHost } from '../../../ui/FlashHost';
import { tripHref } from '../hash-path';
import { transportError } from '../labels';
import { ManifestDocument } from './ManifestDocument';
import { printPage, savePdf } from '../../../data/print-actions';

/**
 * The bus manifest as a print preview: the A4 sheets as they will print, with a toolbar (not printed)
 * for Print and Save as PDF. This same route is what Electron prints and tests render to PDF.
 */
export function ManifestPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [manifest, setManifest] = useState<Manifest | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState('');

  useEffect(() => {
    call('trips.manifest', { id }).then(setManifest, setError);
  }, [id]);
  useEffect(() => {
    if (!manifest) return;
    const title = `${t('transport.manifest.title')} ${manifest.trip.tripNo}`;
    const before = document.title;
    // The PDF's title and the print dialog's default file name.
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [manifest, t]);

  const fileName = manifest ? `花名册-${manifest.trip.tripNo}-${manifest.trip.plate}` : 'manifest';
  const onSavePdf = async () => {
    try {
      const r = await savePdf(fileName);
      if (!r.native) setHint(t('transport.manifest.browserPdf'));
      else if (r.file) flashSuccess('transport.manifest.savedPdf', { file: r.file });
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <div className="print-shell">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('transport.manifest.toolbar')}>
        <a href={tripHref(id)}>← {t('transport.manifest.back')}</a>
        <strong>{t('transport.manifest.toolbar')}</strong>
        <span className="muted">{hint}</span>
        <button type="button" className="primary" disabled={!manifest} onClick={() => void printPage()}>
          {t('transport.manifest.print')}
        </button>
        <button type="button" disabled={!manifest} onClick={() => void onSavePdf()}>
          {t('transport.manifest.savePdf')}
        </button>
      </div>
      {error ? (
        <p className="inline-error no-print" role="alert">
          {transportError(error, i18n.language)}
        </p>
      ) : null}
      {manifest ? (
        <ManifestDocument manifest={manifest} />
      ) : error ? null : (
        <p className="loading no-print">{t('transport.manifest.loading')}</p>
      )}
      <FlashHost />
    </div>
  );
}
