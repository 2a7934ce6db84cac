import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { call, onDataChanged } from '../../api';
import { useFormatters } from '../../format';
import { DailyTripCard } from './DailyTripCard';
import { countyLabel, transportError } from './labels';

const shiftDay = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The transport coordinator's day: every bus of one day by county, what is ready and what is missing. */
export function DailyView({ day, onDay }: { day: string; onDay: (day: string) => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [rows, setRows] = useState<TripRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setRows(await call('trips.list', { from: day, to: day }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [day]);
  useEffect(() => {
    void load();
    return onDataChanged(() => void load());
  }, [load]);

  const byCounty = useMemo(() => {
    const groups = new Map<string, TripRow[]>();
    for (const r of [...(rows ?? [])].sort((a, b) => a.departureTime.localeCompare(b.departureTime))) {
      const list = groups.get(r.countyCode);
      if (list) list.push(r);
      else groups.set(r.countyCode, [r]);
    }
    return [...groups.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [rows]);
  const live = (rows ?? []).filter((r) => r.status !== 'cancelled');
  const sum = (f: (r: TripRow) => number) => fmt.number(live.reduce((n, r) => n + f(r), 0));

  return (
    <section className="daily-view" aria-label={t('transport.tabs.daily')}>
      <div className="toolbar daily-toolbar">
        <button
          type="button"
          onClick={() => onDay(shiftDay(day, -1))}
          aria-label={t('transport.daily.previous')}
        >
          ‹
        </button>
        <label className="toolbar-field">
          {t('transport.daily.date')}
          <input type="date" value={day} onChange={(e) => e.target.value && onDay(e.target.value)} />
        </label>
        <button type="button" onClick={() => onDay(shiftDay(day, 1))} aria-label={t('transport.daily.next')}>
          ›
        </button>
        <dl className="daily-totals" aria-label={t('transport.counts.title')}>
          <div>
            <dt>{t('transport.daily.buses')}</dt>
            <dd>{fmt.number(live.length)}</dd>
          </div>
          <div>
            <dt>{t('transport.daily.seats')}</dt>
            <dd>{sum((r) => r.seats)}</dd>
          </div>
          <div>
            <dt>{t('transport.daily.booked')}</dt>
            <dd>{sum((r) => r.booked)}</dd>
          </div>
          <div>
            <dt>{t('transport.daily.boarded')}</dt>
            <dd>{sum((r) => r.boarded)}</dd>
          </div>
          <div>
            <dt>{t('transport.daily.arrived')}</dt>
            <dd>{sum((r) => r.arrived)}</dd>
          </div>
        </dl>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {transportError(error, i18n.language)}
        </p>
      ) : null}
      {rows && rows.length === 0 ? <p className="empty-hint">{t('transport.daily.noTrips')}</p> : null}
      <div className="daily-columns">
        {byCounty.map(([code, trips]) => (
          <section key={code} className="daily-county" aria-label={countyLabel(code, i18n.language)}>
            <h2>
              {countyLabel(code, i18n.language)} <span className="muted">× {trips.length}</span>
            </h2>
            {trips.map((trip) => (
              <DailyTripCard key={trip.id} trip={trip} />
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}
