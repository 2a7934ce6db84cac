import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seatingEditable } from '../../../../../shared/domain/transport/trip-status';
import { TripForm } from '../form/TripForm';
import { toFormValues } from '../form/trip-form-values';
import { manifestHref, TRANSPORT_HREF } from '../hash-path';
import { countyLabel, statusLabel, transportError } from '../labels';
import { AddPassengersDialog } from './AddPassengersDialog';
import { CountsCard } from './CountsCard';
import { PassengerTable } from './PassengerTable';
import { StatusActions } from './StatusActions';
import { TripInfo } from './TripInfo';
import { useTrip } from './use-trip';

/** One trip: its facts, the seating plan with boarding and arrival ticks, the counts, and its status. */
export function TripDetailPage({ tripId }: { tripId: string }) {
  const { t, i18n } = useTranslation();
  const handle = useTrip(tripId);
  const { trip, error } = handle;
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const formValues = useMemo(() => (trip ? toFormValues(trip) : null), [trip]);

  if (!trip) {
    return (
      <div className="page">
        <a href={TRANSPORT_HREF}>← {t('transport.detail.back')}</a>
        {error ? (
          <p className="inline-error" role="alert">
            {transportError(error, i18n.language)}
          </p>
        ) : (
          <p className="loading">{t('app.loading')}</p>
        )}
      </div>
    );
  }

  return (
    <div className="page trip-page">
      <a href={TRANSPORT_HREF} className="back-link">
        ← {t('transport.detail.back')}
      </a>
      <header className="page-head">
        <div className="trip-title">
          <h1>{t('transport.detail.title', { trip: trip.tripNo })}</h1>
          <span className={`status-badge status-${trip.status}`}>{statusLabel(t, trip.status)}</span>
          <span className="muted">
            {t('transport.detail.route', {
              county: countyLabel(trip.countyCode, i18n.language),
              destination: trip.destination,
            })}
          </span>
        </div>
        <div className="toolbar">
          {trip.status !== 'cancelled' ? (
            <button type="button" onClick={() => setEditing(true)}>
              {t('transport.detail.edit')}
            </button>
          ) : null}
          {trip.passengers.length > 0 ? (
            <a className="button-link" href={manifestHref(trip.id)}>
              {t('transport.detail.manifest')}
            </a>
          ) : null}
        </div>
      </header>
      <StatusActions handle={handle} trip={trip} />
      <div className="trip-columns">
        <TripInfo trip={trip} />
        <CountsCard trip={trip} />
      </div>
      <PassengerTable
        handle={handle}
        trip={trip}
        onAdd={seatingEditable(trip.status) ? () => setAdding(true) : null}
      />
      {editing && formValues ? (
        <TripForm
          initial={formValues}
          status={trip.status}
          tripNo={trip.tripNo}
          booked={trip.counts.booked}
          onClose={() => setEditing(false)}
        />
      ) : null}
      {adding ? (
        <AddPassengersDialog trip={trip} onAdded={handle.replace} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}
