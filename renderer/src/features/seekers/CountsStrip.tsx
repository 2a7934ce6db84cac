import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountsSummary } from '../../../../shared/domain/counts';
import { EVENT_TYPES } from '../../../../shared/domain/pipeline';
import { call } from '../../api';
import { useFormatters } from '../../format';
import { translateError } from '../../i18n';
import { countScope } from './counts-scope';
import { useSeekersStore } from './seekers-store';

function Figure({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  const id = useId();
  return (
    <div className={strong ? 'count-figure strong' : 'count-figure'} role="group" aria-labelledby={id}>
      <span className="count-label" id={id}>
        {label}
      </span>
      <span className="count-value">{value}</span>
    </div>
  );
}

/** The counting module's figures for what the page is filtered to; refreshed after every change. */
export function CountsStrip() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const titleId = useId();
  const revision = useSeekersStore((s) => s.revision);
  const enterpriseId = useSeekersStore((s) => s.filter.enterpriseId);
  const countyCode = useSeekersStore((s) => s.filter.countyCode);
  const [summary, setSummary] = useState<CountsSummary | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('counts.summary', { asOf: null, period: null }).then(
      (s) => {
        if (!live) return;
        setSummary(s);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [revision]);

  if (error && !summary) {
    return (
      <p className="inline-error" role="alert">
        {translateError(error)}
      </p>
    );
  }
  if (!summary) return <section className="card counts-strip counts-loading" aria-busy="true" />;

  const scope = countScope(summary, { enterpriseId, countyCode }, i18n.language, t('seekers.anyEnterprise'));
  const n = (v: number) => fmt.number(v);
  const row = scope.row;
  return (
    <section className="card counts-strip" aria-labelledby={titleId}>
      <h2 id={titleId} className="counts-title">
        {t('seekers.counts.title')}
        <span className="counts-scope">{scope.label ?? t('seekers.counts.all')}</span>
        <span className="counts-asof muted">
          {t('seekers.counts.asOf', { date: fmt.date(summary.asOf) })}
        </span>
      </h2>
      <div className="count-figures">
        <Figure label={t('seekers.counts.signedUp')} value={n(row.signedUp)} />
        <Figure label={t('seekers.counts.trips')} value={n(row.transportedTrips)} strong />
        <Figure label={t('seekers.counts.transported')} value={n(row.transportedPeople)} />
        <Figure label={t('seekers.counts.employed')} value={n(row.employed)} strong />
        <Figure label={t('seekers.counts.stable')} value={n(row.stable)} strong />
        <Figure label={t('seekers.counts.left')} value={n(row.left)} />
      </div>
      <ul className="stage-counts" aria-label={t('seekers.counts.byStage')}>
        {EVENT_TYPES.map((s) => (
          <li key={s}>
            <span className={`stage-dot stage-${s}`} aria-hidden="true" />
            {t(`stage.${s}`)} <strong>{n(row.stages[s] ?? 0)}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
