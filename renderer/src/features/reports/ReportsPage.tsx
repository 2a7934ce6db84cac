import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyReport, DailyReportListItem } from '../../../../shared/domain/daily-report';
import { call, onDataChanged } from '../../api';
import { useFormatters } from '../../format';
import { currentLanguage, translateError } from '../../i18n';
import { flashError } from '../../shell/flash-store';
import { navigate } from '../../shell/hash-route';
import { saveDownload } from '../../ui/download';
import { useDefaultDate } from '../seekers/reference-store';
import { reportHref, REPORTS_HREF, useReportId } from './report-route';
import { ReportView } from './ReportView';

/** Prints the report: Electron's print dialog when there is one, else the browser's. */
async function printReport(): Promise<void> {
  const result = await call('print.page', {}).catch(() => ({ native: false, printed: false }));
  if (!result.native) window.print();
}

function ReportList({ items, onOpen }: { items: DailyReportListItem[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (items.length === 0) return <p className="empty-hint">{t('reports.empty')}</p>;
  return (
    <table className="dash-table report-list" data-testid="report-list">
      <caption className="sr-only">{t('reports.list')}</caption>
      <thead>
        <tr>
          <th>{t('reports.date')}</th>
          <th>{t('reports.generatedAt')}</th>
          <th>{t('reports.generatedBy')}</th>
          <th>{t('reports.silent')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <th scope="row">{fmt.date(r.date)}</th>
            <td>{fmt.dateTimeShort(r.generatedAt)}</td>
            <td>{r.generatedBy || t('reports.nobody')}</td>
            <td className={r.silentCounties > 0 ? 'report-silent' : 'muted'}>
              {r.silentCounties > 0
                ? t('reports.silentCount', { count: r.silentCounties })
                : t('reports.silentNone')}
            </td>
            <td>
              <button type="button" onClick={() => onOpen(r.id)}>
                {t('reports.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Generate the day's report, list reports by date, reopen, print (A4 landscape) and export one. */
export function ReportsPage() {
  const { t } = useTranslation();
  const id = useReportId();
  const defaultDate = useDefaultDate();
  const [date, setDate] = useState(defaultDate);
  const [items, setItems] = useState<DailyReportListItem[]>([]);
  const [report, setReport] = useState<DailyReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const loadList = useCallback(() => {
    call('reports.list', {}).then(setItems, setError);
  }, []);
  useEffect(() => {
    loadList();
    return onDataChanged((channel) => {
      if (channel.startsWith('reports.') || channel === 'backups.restore' || channel === 'demo.load')
        loadList();
    });
  }, [loadList]);
  useEffect(() => setDate(defaultDate), [defaultDate]);
  useEffect(() => {
    setReport(null);
    if (id === null) return;
    call('reports.get', { id }).then(setReport, setError);
  }, [id]);

  const generate = async () => {
    setBusy(true);
    try {
      const made = await call('reports.generate', { date });
      navigate(`reports/${encodeURIComponent(made.id)}`);
    } catch (err) {
      flashError(err);
    } finally {
      setBusy(false);
    }
  };
  const exportXlsx = async (reportId: string) => {
    try {
      saveDownload(await call('reports.export', { id: reportId, language: currentLanguage() }));
    } catch (err) {
      flashError(err);
    }
  };

  if (id !== null) {
    return (
      <div className="page reports-page">
        <div className="toolbar report-toolbar no-print">
          <a href={REPORTS_HREF}>← {t('reports.back')}</a>
          <button type="button" className="primary" disabled={!report} onClick={() => void printReport()}>
            {t('reports.print')}
          </button>
          <button type="button" disabled={!report} onClick={() => void exportXlsx(id)}>
            {t('reports.export')}
          </button>
        </div>
        {error ? (
          <p className="inline-error" role="alert">
            {translateError(error)}
          </p>
        ) : null}
        {report ? <ReportView report={report} /> : null}
      </div>
    );
  }

  return (
    <div className="page reports-page">
      <header className="page-head">
        <h1>{t('reports.title')}</h1>
        <div className="toolbar">
          <label className="toolbar-field">
            <span>{t('reports.date')}</span>
            <input type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy || date === ''}
            onClick={() => void generate()}
          >
            {t('reports.generate')}
          </button>
        </div>
      </header>
      {error ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}
      <ReportList items={items} onOpen={(reportId) => (window.location.hash = reportHref(reportId))} />
    </div>
  );
}
