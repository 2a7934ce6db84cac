import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { onDataChanged } from '../../api';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { openSeekersFiltered } from '../../data/seekers-link';
import { useReferenceStore } from '../../data/reference-store';
import { CountyTasks } from './CountyTasks';
import { useDashboardStore } from './dashboard-store';
import { DashboardFilters } from './DashboardFilters';
import { ForecastTable } from './ForecastTable';
import { FunnelChart } from './FunnelChart';
import { GapChart, type GapSegment } from './GapChart';
import { GapTable } from './GapTable';
import { HeadlineCards } from './HeadlineCards';
import { HeatMap } from './HeatMap';
import { RetentionCard } from './RetentionCard';
import { TaskEditor } from './TaskEditor';
import { TrendCharts } from './TrendCharts';

/** Loads on entry, and again whenever any window changes data (the figures are all derived). */
function useDashboardData(): void {
  const load = useDashboardStore((s) => s.load);
  const loadReference = useReferenceStore((s) => s.load);
  useEffect(() => {
    void load();
    void loadReference();
    return onDataChanged((channel) => {
      if (channel.startsWith('enterprises.') || channel === 'demo.load' || channel === 'backups.restore')
        void loadReference();
      void load();
    });
  }, [load, loadReference]);
}

/** The supervisors' view: where the quota gaps are, who is behind, and whether the pace closes them. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  useDashboardData();
  const { data, status, error, filter, setFilter } = useDashboardStore(
    useShallow((s) => ({
      data: s.data,
      status: s.status,
      error: s.error,
      filter: s.filter,
      setFilter: s.setFilter,
    })),
  );
  const enterprises = useReferenceStore((s) => s.enterprises);
  const [editingTasks, setEditingTasks] = useState(false);

  const openEnterprise = useCallback(
    (enterpriseId: string, stage: GapSegment | null) => {
      openSeekersFiltered({ enterpriseId, stage, countyCode: filter.countyCode });
    },
    [filter.countyCode],
  );
  const countyCode = filter.countyCode;
  const drillCounty = useCallback(
    (code: string) => setFilter({ countyCode: code === countyCode ? null : code }),
    [countyCode, setFilter],
  );
  const editTasks = useCallback(() => setEditingTasks(true), []);
  const forecasts = useMemo(
    () =>
      (data?.forecasts ?? []).filter((f) =>
        filter.enterpriseId !== null
          ? f.kind === 'enterprise' && f.key === filter.enterpriseId
          : filter.countyCode !== null
            ? f.kind === 'county' && f.key === filter.countyCode
            : true,
      ),
    [data, filter.countyCode, filter.enterpriseId],
  );

  if (!data) {
    return (
      <div className="page dashboard-page">
        <h1>{t('dashboard.title')}</h1>
        {status === 'failed' ? (
          <p className="inline-error" role="alert">
            {translateError(error)}
          </p>
        ) : (
          <p className="loading">{t('dashboard.loading')}</p>
        )}
      </div>
    );
  }

  const county = data.counties.find((c) => c.code === data.countyCode);
  const countyName = county ? (i18n.language === 'en' ? county.nameEn : county.nameZh) : null;
  const periodLabel = `${fmt.date(data.period.start)} – ${fmt.date(data.period.end)}`;
  const after = data.headline.afterAsOf;
  return (
    <div className="page dashboard-page" data-testid="dashboard" aria-busy={status === 'loading'}>
      <header className="page-head">
        <div>
          <h1>{t('dashboard.title')}</h1>
          <p className="muted dash-sub">
            {t('dashboard.asOf', { date: fmt.date(data.asOf) })} · {periodLabel} ·{' '}
            {t('dashboard.stableRule', { days: data.stableDays })}
          </p>
          {after.transportedTrips + after.employed > 0 ? (
            <p className="muted dash-sub" data-testid="after-as-of">
              {t('dashboard.afterAsOf', {
                date: fmt.date(data.asOf),
                trips: fmt.number(after.transportedTrips),
                hires: fmt.number(after.employed),
              })}
            </p>
          ) : null}
        </div>
        <DashboardFilters
          filter={filter}
          period={data.period}
          counties={data.counties}
          enterprises={enterprises}
          onChange={setFilter}
        />
      </header>
      {status === 'failed' ? (
        <p className="inline-error" role="alert">
          {translateError(error)}
        </p>
      ) : null}

      <HeadlineCards headline={data.headline} asOf={data.asOf} />

      <section className="card dash-card" aria-labelledby="gap-title">
        <header className="card-head">
          <h2 id="gap-title">{t('dashboard.gap.title')}</h2>
          <span className="muted no-print">{t('dashboard.gap.hint')}</span>
        </header>
        {countyName ? (
          <p className="muted card-note">{t('dashboard.gap.fromCounty', { county: countyName })}</p>
        ) : null}
        <div className="gap-layout">
          <GapChart rows={data.enterprises} onOpen={openEnterprise} />
          <GapTable rows={data.enterprises} onOpen={openEnterprise} />
        </div>
      </section>

      <CountyTasks rows={data.counties} selected={data.countyCode} onDrill={drillCounty} onEdit={editTasks} />
      <HeatMap cells={data.matrix} counties={data.counties} enterprises={data.enterprises} />

      <div className="dash-row">
        <section className="card dash-card" aria-labelledby="funnel-title">
          <header className="card-head">
            <h2 id="funnel-title">{t('dashboard.funnel.title')}</h2>
          </header>
          <FunnelChart rows={data.funnel} />
        </section>
        <RetentionCard retention={data.retention} />
      </div>

      <section className="card dash-card" aria-labelledby="trend-title">
        <header className="card-head">
          <h2 id="trend-title">{t('dashboard.trend.title')}</h2>
        </header>
        <TrendCharts trend={data.trend} />
      </section>

      <section className="card dash-card" aria-labelledby="forecast-title">
        <header className="card-head">
          <h2 id="forecast-title">{t('dashboard.forecast.title')}</h2>
        </header>
        <ForecastTable rows={forecasts} />
      </section>

      {editingTasks ? (
        <TaskEditor
          period={data.period}
          periodLabel={periodLabel}
          counties={data.counties}
          onClose={() => setEditingTasks(false)}
        />
      ) : null}
    </div>
  );
}
