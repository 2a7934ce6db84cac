import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyProgress } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { usePercent } from '../../ui/chart-style';

interface CountyTasksProps {
  rows: readonly CountyProgress[];
  selected: string | null;
  onDrill: (countyCode: string) => void;
  onEdit: () => void;
}

/** Each county's task against what it delivered; the bar's tick is where an even pace would be today. */
export const CountyTasks = memo(function CountyTasks({ rows, selected, onDrill, onEdit }: CountyTasksProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const percent = usePercent();
  const en = i18n.language === 'en';
  const anyTask = rows.some((r) => r.task !== null);
  return (
    <section className="card dash-card" aria-labelledby="county-tasks-title">
      <header className="card-head">
        <h2 id="county-tasks-title">{t('dashboard.counties.title')}</h2>
        <button type="button" className="link-button no-print" onClick={onEdit}>
          {t('dashboard.counties.editTasks')}
        </button>
      </header>
      {!anyTask ? <p className="muted card-note">{t('dashboard.counties.noTasks')}</p> : null}
      <table className="dash-table county-table" data-testid="county-tasks">
        <thead>
          <tr>
            <th>{t('dashboard.counties.county')}</th>
            <th className="num">{t('dashboard.counties.task')}</th>
            <th className="num">{t('dashboard.counties.transported')}</th>
            <th className="num">{t('dashboard.counties.employedNow')}</th>
            <th className="num">{t('dashboard.counties.stable')}</th>
            <th className="progress-col">{t('dashboard.counties.complete')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = en ? r.nameEn : r.nameZh;
            const width = Math.min(1, r.complete ?? 0) * 100;
            return (
              <tr key={r.code} className={r.code === selected ? 'selected' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    title={t('dashboard.counties.drill', { county: name })}
                    onClick={() => onDrill(r.code)}
                  >
                    {name}
                  </button>
                </td>
                <td className="num">{r.task === null ? '—' : fmt.number(r.task)}</td>
                <td className="num">{fmt.number(r.transportedPeople)}</td>
                <td className="num">{fmt.number(r.employedNow)}</td>
                <td className="num">{fmt.number(r.stable)}</td>
                <td className="progress-col">
                  {r.task !== null ? (
                    <div className="progress-cell">
                      <div
                        className="progress"
                        title={t('dashboard.counties.expected', { value: percent(r.expected) })}
                      >
                        <div className={`progress-bar pace-${r.pace}`} style={{ width: `${width}%` }} />
                        <div className="progress-mark" style={{ left: `${(r.expected ?? 0) * 100}%` }} />
                      </div>
                      <span className="progress-text">{percent(r.complete)}</span>
                      <span className={`pace pace-${r.pace}`}>{t(`dashboard.counties.pace.${r.pace}`)}</span>
                    </div>
                  ) : (
                    <span className="muted">{t('dashboard.counties.pace.no_task')}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
});
