import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DailyReportListItem } from '../../../../shared/domain/daily-report';
import { ApiCallError, call, onDataChanged } from '../../api';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { flashError } from '../../shell/flash-store';
import { useDefaultDate } from '../../data/reference-store';
import { ReportExistsDialog, type ExistingReport } from './ReportExistsDialog';
import { reportHref } from './report-route';

/** The report the backend named when it refused to generate a date again without being told to. */
function existingOf(err: unknown): ExistingReport | null {
  if (!(err instanceof ApiCallError) || err.message !== 'reports.exists') return null;
  const p = err.params;
  return {
    id: String(p.id),
    date: String(p.date),
    generatedAt: String(p.generatedAt),
    generatedBy: String(p.generatedBy ?? ''),
    versions: Number(p.versions),
  };
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
          <th>{t('reports.silentColumn')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {fmt.date(r.date)}
              {r.versions > 1 ? (
                <span className="report-version">{t('reports.version', { n: r.version })}</span>
              ) : null}
            </th>
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

/** Generate the day's report and list the reports by date; each opens as its print preview. */
export function ReportsPage() {
  const { t } = useTranslation();
  const defaultDate = useDefaultDate();
  const [date, setDate] = useState(defaultDate);
  const [items, setItems] = useState<DailyReportListItem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<ExistingReport | null>(null);

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

  const generate = async (newVersion: boolean) => {
    setBusy(true);
    setExisting(null);
    try {
      const made = await call('reports.generate', { date, newVersion });
      window.location.hash = reportHref(made.id);
    } catch (err) {
      const found = existingOf(err);
      if (found) setExisting(found);
      else flashError(err);
      setBusy(false);
    }
  };

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
            onClick={() => void generate(false)}
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
      <ReportList items={items} onOpen={(id) => (window.location.hash = reportHref(id))} />
      {existing ? (
        <ReportExistsDialog
          existing={existing}
          onOpen={(id) => (window.location.hash = reportHref(id))}
          onNewVersion={() => void generate(true)}
          onClose={() => setExisting(null)}
        />
      ) : null}
    </div>
  );
}
