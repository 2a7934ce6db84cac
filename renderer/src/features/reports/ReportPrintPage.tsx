import '../../styles/manifest.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyReport } from '../../../../shared/domain/daily-report';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { currentLanguage, translateError } from '../../i18n';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { FlashHost } from '../../ui/FlashHost';
import { saveDownload } from '../../ui/download';
import { printPage, savePdf } from '../../data/print-actions';
import { REPORTS_HREF } from './report-route';
import { ReportView } from './ReportView';

/**
 * A saved daily report as its print preview (`#/print/report/<id>`): A4 landscape sheets, with a
 * toolbar that does not print (back, Print, Save as PDF, Export .xlsx). The same route is what
 * Electron prints and what the tests render to PDF.
 */
export function ReportPrintPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [report, setReport] = useState<DailyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState('');

  useEffect(() => {
    call('reports.get', { id }).then(setReport, setError);
  }, [id]);
  const title = report ? t('reports.heading', { date: fmt.date(report.date) }) : t('reports.title');
  useEffect(() => {
    const before = document.title;
    // The PDF's title and the print dialog's default file name.
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);

  const onSavePdf = async () => {
    try {
      const r = await savePdf(title);
      if (!r.native) setHint(t('reports.browserPdf'));
      else if (r.file) flashSuccess('reports.savedPdf', { file: r.file });
    } catch (err) {
      flashError(err);
    }
  };
  const onExport = async () => {
    try {
      saveDownload(await call('reports.export', { id, language: currentLanguage() }));
    } catch (err) {
      flashError(err);
    }
  };

  return (
    <div className="print-shell report-print">
      <div className="print-toolbar no-print" role="toolbar" aria-label={t('reports.title')}>
        <a href={REPORTS_HREF}>← {t('reports.back')}</a>
        <strong>{t('reports.title')}</strong>
        <span className="muted">{hint}</span>
        <button type="button" className="primary" disabled={!report} onClick={() => void printPage()}>
          {t('reports.print')}
        </button>
        <button type="button" disabled={!report} onClick={() => void onSavePdf()}>
          {t('reports.savePdf')}
        </button>
        <button type="button" disabled={!report} onClick={() => void onExport()}>
          {t('reports.export')}
        </button>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      {report ? <ReportView report={report} /> : null}
      <FlashHost />
    </div>
  );
}
