import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import { useFormatters } from '../../../format';
import { supplyName, supplyQuantity } from '../labels';

const time = (local: string | null) => (local ? local.replace('T', ' ') : '');

/** The trip's facts as the coordinator checks them: when, which bus, who, where, what was handed out. */
export function TripInfo({ trip }: { trip: TripDetail }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const none = t('transport.detail.none');
  const h = trip.handover;
  const handovers = [
    [t('transport.form.seenOffBy'), h.seenOffBy, h.seenOffAt],
    [t('transport.form.receivedBy'), h.receivedBy, h.receivedAt],
    [t('transport.form.escortedInBy'), h.escortedInBy, h.escortedInAt],
  ] as const;
  return (
    <section className="card trip-info" aria-label={t('transport.detail.info')}>
      <dl className="facts">
        <dt>{t('transport.detail.when')}</dt>
        <dd>
          {fmt.date(trip.date)} {trip.departureTime}
        </dd>
        <dt>{t('transport.detail.vehicle')}</dt>
        <dd>
          {trip.plate} · {t('transport.manifest.seats', { count: trip.seats })}
        </dd>
        <dt>{t('transport.detail.driver')}</dt>
        <dd>{[trip.driverName, trip.driverPhone].filter(Boolean).join(' ') || none}</dd>
        <dt>{t('transport.detail.escorts')}</dt>
        <dd>
          {trip.escorts.map((e) => `${e.name} ${e.phone}`.trim()).join(t('transport.detail.sep')) || none}
        </dd>
        <dt>{t('transport.detail.pickups')}</dt>
        <dd>
          {trip.pickups
            .map((p) => [p.time, p.town, p.place].filter(Boolean).join(' '))
            .join(t('transport.detail.semi')) || none}
        </dd>
        <dt>{t('transport.detail.enterprises')}</dt>
        <dd>{trip.enterprises.map((e) => e.shortName || e.name).join(t('transport.detail.sep')) || none}</dd>
        <dt>{t('transport.detail.supplies')}</dt>
        <dd>
          {trip.supplies
            .map(
              (s) =>
                `${supplyName(s, i18n.language)} ${supplyQuantity(s, s.quantity, fmt.number(s.quantity))}`,
            )
            .join(t('transport.detail.sep')) || none}
        </dd>
        <dt>{t('transport.detail.handover')}</dt>
        <dd>
          <ul className="plain-list">
            {handovers.map(([label, by, at]) => (
              <li key={label}>
                {t('transport.detail.labelled', { label, value: `${by || none} ${time(at)}`.trim() })}
              </li>
            ))}
          </ul>
        </dd>
        {trip.notes ? (
          <>
            <dt>{t('transport.detail.notes')}</dt>
            <dd>{trip.notes}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
