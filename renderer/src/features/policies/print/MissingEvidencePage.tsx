import '../../../styles/manifest.css';
import '../../../styles/rectification-list.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../../../../../shared/contract/policy-channels';
import { countyByCode } from '../../../../../shared/domain/counties';
import { call } from '../../../api';
import { countyName } from '../../../data/labels';
import { printPage, savePdf } from '../../../data/print-actions';
import { translateError } from '../../../i18n';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { FlashHost } from '../../../ui/FlashHost';
import { MissingEvidenceDocument } from './MissingEvidenceDocument';

/**
 * A county's missing-evidence list as a print preview, with a toolbar that does not print: back to
 * the policies, Print, Save as PDF. The route is `#/print/policy-evidence/<county code>`.
 */
export function MissingEvidencePage({ id: countyCode }: { id: string }) {
  const { t, i18n } = useTranslation();
  const known = countyByCode(countyCode) !== undefined;
  const [data, setData] = useState<{ asOf: string; rows: Standing[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState('');
  const county = countyName(countyCode, i18n.language);

  useEffect(() => {
    if (!known) return;
    let live = true;
    call('policies.standings', { countyCode, missingEvidence: true, limit: 5000 }).then(
      (d) => live && setData(d),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [countyCode, known]);

  const fileName = data ? t('policies.print.fileName', { county, date: data.asOf }) : '';
  useEffect(() => {
    if (!fileName) return;
    const before = document.title;
    document.title = fileName;
    return () => {
      document.title = before;
    };
  }, [fileName]);

  const onSavePdf = async () => {
    try {
      const r = await savePdf(fileName);
      if (!r.native) setHint(t('policies.print.browserPdf'));
      else if (r.file) flashSuccess('policies.print.savedPdf', { file: r.file });
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <div className="print-shell">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('policies.print.toolbar')}>
        <a href="#/policies">← {t('policies.print.back')}</a>
        <strong>{known ? county : ''}</strong>
        <span className="muted">{hint}</span>
        <button type="button" className="primary" disabled={!data} onClick={() => void printPage()}>
          {t('policies.print.print')}
        </button>
        <button type="button" disabled={!data} onClick={() => void onSavePdf()}>
          {t('policies.print.savePdf')}
        </button>
      </div>
      {error || !known ? (
        <p className="inline-error no-print" role="alert">
          {error ? translateError(error) : t('e.not_found')}
        </p>
      ) : null}
      {data ? (
        <MissingEvidenceDocument county={county} asOf={data.asOf} rows={data.rows} />
      ) : error || !known ? null : (
        <p className="loading no-print">{t('app.loading')}</p>
      )}
      <FlashHost />
    </div>
  );
}
