import { useTranslation } from 'react-i18next';
import { countedAt } from '../../../../../shared/domain/transport/reconcile';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import { useFormatters } from '../../../format';

/** Booked, boarded, arrived, and whether every difference has its reason. */
export function CountsCard({ trip }: { trip: TripDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const r = trip.reconciliation;
  const counted = countedAt(trip.status);
  const figure = (label: string, value: number) => (
    <div className="trip-figure" role="group" aria-label={label}>
      <span className="trip-figure-value">{fmt.number(value)}</span>
      <span className="trip-figure-label">{label}</span>
    </div>
  );
  const unexplained = r.unexplainedNotBoarded + r.unexplainedNotArrived;
  return (
    <section className="card counts-card" aria-label={t('transport.counts.title')}>
      <h2>{t('transport.counts.title')}</h2>
      <div className="trip-figures">
        {figure(t('transport.counts.seats'), trip.seats)}
        {figure(t('transport.counts.booked'), r.booked)}
        {figure(t('transport.counts.boarded'), r.boarded)}
        {figure(t('transport.counts.arrived'), r.arrived)}
      </div>
      <ul className="plain-list">
        {counted.boarding || trip.status === 'boarding' ? (
          <li>
            {t('transport.detail.labelled', {
              label: t(counted.boarding ? 'transport.counts.notBoarded' : 'transport.counts.notYetBoarded'),
              value: fmt.number(r.booked - r.boarded),
            })}
          </li>
        ) : null}
        {counted.arrival ? (
          <li>
            {t('transport.detail.labelled', {
              label: t('transport.counts.notArrived'),
              value: fmt.number(r.boarded - r.arrived),
            })}
          </li>
        ) : (
          <li className="muted">
            {t(counted.boarding ? 'transport.counts.waitingArrival' : 'transport.counts.waitingDeparture')}
          </li>
        )}
        {(['no_show', 'left_at_stop', 'medical', 'other'] as const)
          .filter((k) => r.byReason[k] > 0)
          .map((k) => (
            <li key={k}>
              {t('transport.detail.labelled', {
                label: t(`transport.reason.${k}`),
                value: fmt.number(r.byReason[k]),
              })}
            </li>
          ))}
      </ul>
      {r.booked > 0 && counted.boarding ? (
        <p className={r.balanced ? 'counts-ok' : 'counts-warn'} role="status">
          {r.balanced
            ? t('transport.counts.balanced')
            : `${t('transport.counts.unexplained', { count: unexplained })} — ${t('transport.counts.unbalanced')}`}
        </p>
      ) : null}
      {trip.status === 'closed' ? (
        <p className="counts-ok">{t('transport.detail.personTrips', { count: trip.personTrips })}</p>
      ) : null}
    </section>
  );
}
