import { useTranslation } from 'react-i18next';
import type { TripRow } from '../../../../shared/domain/transport/trip';
import { useFormatters } from '../../format';
import { manifestHref, tripHref } from './hash-path';
import { statusLabel } from './labels';

/** What the coordinator must chase before a bus can leave or be closed. */
function warnings(trip: TripRow): string[] {
  if (trip.status === 'cancelled' || trip.status === 'closed') return [];
  const out: string[] = [];
  if (trip.booked === 0) out.push('warnEmpty');
  if (!trip.escortNames) out.push('warnNoEscort');
  if (!trip.driverPhone) out.push('warnNoDriverPhone');
  if (!trip.suppliesIssued) out.push('warnNoSupplies');
  return out;
}

export function DailyTripCard({ trip }: { trip: TripRow }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const fill = trip.seats ? Math.round((trip.booked / trip.seats) * 100) : 0;
  const handovers = [
    ['handoverSeenOff', trip.handovers.seenOff],
    ['handoverReceived', trip.handovers.received],
    ['handoverEscortedIn', trip.handovers.escortedIn],
  ] as const;
  return (
    <article className={`card trip-card status-${trip.status}`} aria-label={trip.tripNo}>
      <header className="trip-card-head">
        <strong className="trip-card-time">{trip.departureTime}</strong>
        <a href={tripHref(trip.id)}>{trip.tripNo}</a>
        <span className={`status-badge status-${trip.status}`}>{statusLabel(t, trip.status)}</span>
      </header>
      <p className="trip-card-line">
        {trip.plate} · {trip.driverName} {trip.driverPhone}
      </p>
      <p className="trip-card-line muted">
        {t('transport.detail.labelled', {
          label: t('transport.col.escorts'),
          value: trip.escortNames || '—',
        })}
      </p>
      <p className="trip-card-line muted">{trip.pickupNames || '—'}</p>
      <p className="trip-card-line">→ {trip.enterpriseNames || trip.destination}</p>
      <div className="trip-card-meter" aria-hidden="true">
        <span style={{ width: `${Math.min(100, fill)}%` }} />
      </div>
      <p className="trip-card-counts">
        {t('transport.daily.booked')} {fmt.number(trip.booked)}/{fmt.number(trip.seats)} ·{' '}
        {t('transport.daily.boarded')} {fmt.number(trip.boarded)} · {t('transport.daily.arrived')}{' '}
        {fmt.number(trip.arrived)}
      </p>
      <ul className="trip-card-handovers">
        {handovers.map(([key, done]) => (
          <li key={key} className={done ? 'done' : ''}>
            {done ? '✓' : '○'} {t(`transport.daily.${key}`)}
          </li>
        ))}
      </ul>
      {warnings(trip).length > 0 ? (
        <ul className="trip-card-warnings">
          {warnings(trip).map((w) => (
            <li key={w}>{t(`transport.daily.${w as 'warnEmpty'}`)}</li>
          ))}
        </ul>
      ) : null}
      <footer className="trip-card-actions">
        <a href={tripHref(trip.id)}>{t('transport.daily.open')}</a>
        {trip.booked > 0 ? <a href={manifestHref(trip.id)}>{t('transport.detail.manifest')}</a> : null}
      </footer>
    </article>
  );
}
