import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Headline } from '../../../../shared/domain/dashboard';
import { useFormatters } from '../../format';
import { signed, usePercent } from '../../ui/chart-style';

interface HeadlineCardsProps {
  headline: Headline;
  asOf: string;
}

interface CardProps {
  id: string;
  label: string;
  value: number | null;
  change: number | null;
  /** A gap going down is good news. */
  lowerIsBetter?: boolean;
  note?: string;
  changeTitle: string;
}

function Card({ id, label, value, change, lowerIsBetter, note, changeTitle }: CardProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const good = change !== null && change !== 0 && change > 0 !== (lowerIsBetter ?? false);
  const tone = change === null || change === 0 ? 'flat' : good ? 'up' : 'down';
  return (
    <div className="headline-card" data-testid={`headline-${id}`}>
      <div className="headline-label">{label}</div>
      <div className="headline-value">{value === null ? '—' : fmt.number(value)}</div>
      {note ? <div className="headline-note">{note}</div> : null}
      {change !== null ? (
        <div className={`headline-change change-${tone}`} title={changeTitle}>
          {change === 0
            ? t('dashboard.headline.noChange')
            : t('dashboard.headline.change', { value: signed(change, fmt.number) })}
        </div>
      ) : null}
    </div>
  );
}

/** Demand (or a county's task), employed, stable, gap and person-trips, each with its change since yesterday. */
export const HeadlineCards = memo(function HeadlineCards({ headline: h, asOf }: HeadlineCardsProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const percent = usePercent();
  const changeTitle = t('dashboard.headline.changeHelp', { date: fmt.date(asOf) });
  const task = h.targetKind === 'task';
  return (
    <section className="headline" aria-label={t('dashboard.headline.label')}>
      <Card
        id="target"
        label={t(task ? 'dashboard.headline.task' : 'dashboard.headline.demand')}
        value={h.target}
        change={h.change.target}
        note={h.target === null ? t('dashboard.headline.noTarget') : undefined}
        changeTitle={changeTitle}
      />
      <Card
        id="employed"
        label={t('dashboard.headline.employed')}
        value={h.employed}
        change={h.change.employed}
        note={t('dashboard.headline.employedNow', { count: fmt.number(h.employedNow) })}
        changeTitle={changeTitle}
      />
      <Card
        id="stable"
        label={t('dashboard.headline.stable')}
        value={h.stable}
        change={h.change.stable}
        note={t('dashboard.headline.stableRate', {
          rate: percent(h.employed > 0 ? h.stable / h.employed : null),
        })}
        changeTitle={changeTitle}
      />
      <Card
        id="gap"
        label={t('dashboard.headline.gap')}
        value={h.gap}
        change={h.change.gap}
        lowerIsBetter
        note={t(task ? 'dashboard.headline.taskGapHint' : 'dashboard.headline.gapHint')}
        changeTitle={changeTitle}
      />
      <Card
        id="trips"
        label={t('dashboard.headline.trips')}
        value={h.transportedTrips}
        change={h.change.transportedTrips}
        note={t('dashboard.headline.people', {
          count: h.transportedPeople,
          n: fmt.number(h.transportedPeople),
        })}
        changeTitle={changeTitle}
      />
    </section>
  );
});
