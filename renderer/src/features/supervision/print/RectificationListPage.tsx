import '../../../styles/manifest.css';
import '../../../styles/rectification-list.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingList } from '../../../../../shared/contract/supervision';
import { countyByCode } from '../../../../../shared/domain/counties';
import { call } from '../../../api';
import { printPage, savePdf } from '../../../data/print-actions';
import { countyName } from '../../../data/labels';
import { translateError } from '../../../i18n';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { FlashHost } from '../../../ui/FlashHost';
import { RectificationListDocument } from './RectificationListDocument';

/**
 * One county's rectification list as a print preview (A4 landscape), with a toolbar that does not
 * print: back to the findings, Print, Save as PDF. The route is `#/print/findings/<county code>`.
 */
export function RectificationListPage({ id: countyCode }: { id: string }) {
  const { t, i18n } = useTranslation();
  const known = countyByCode(countyCode) !== undefined;
  const [list, setList] = useState<FindingList | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState('');
  const county = countyName(countyCode, i18n.language);

  useEffect(() => {
    if (!known) return;
    let live = true;
    call('findings.list', { countyCode }).then(
      (l) => live && setList(l),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [countyCode, known]);

  useEffect(() => {
    if (!list) return;
    const before = document.title;
    // The PDF's title and the print dialog's default file name.
    document.title = t('supervision.print.fileName', { county, date: list.asOf });
    return () => {
      document.title = before;
    };
  }, [list, county, t]);

  const onSavePdf = async () => {
    if (!list) return;
    try {
      const r = await savePdf(t('supervision.print.fileName', { county, date: list.asOf }));
      if (!r.native) setHint(t('supervision.print.browserPdf'));
      else if (r.file) flashSuccess('supervision.print.savedPdf', { file: r.file });
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <div className="print-shell">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('supervision.print.toolbar')}>
        <a href="#/supervision">← {t('supervision.print.back')}</a>
        <strong>{known ? county : ''}</strong>
        <span className="muted">{hint}</span>
        <button type="button" className="primary" disabled={!list} onClick={() => void printPage()}>
          {t('supervision.print.print')}
        </button>
        <button type="button" disabled={!list} onClick={() => void onSavePdf()}>
          {t('supervision.print.savePdf')}
        </button>
      </div>
      {error || !known ? (
        <p className="inline-error no-print" role="alert">
          {error ? translateError(error) : t('e.not_found')}
        </p>
      ) : null}
      {list ? (
        <RectificationListDocument countyCode={countyCode} list={list} />
      ) : error || !known ? null : (
        <p className="loading no-print">{t('app.loading')}</p>
      )}
      <FlashHost />
    </div>
  );
}
