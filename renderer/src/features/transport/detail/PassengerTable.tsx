import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatPatch } from '../../../../../shared/domain/transport/trip-input';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import {
  arrivalEditable,
  boardingEditable,
  seatingEditable,
} from '../../../../../shared/domain/transport/trip-status';
import { useFormatters } from '../../../format';
import { confirmAction } from '../../../ui/confirm-store';
import { transportError } from '../labels';
import { PassengerRow } from './PassengerRow';
import type { TripHandle } from './use-trip';

export interface RowActions {
  patch: (patch: SeatPatch) => void;
  move: (seekerId: string, seatNo: number) => void;
  remove: (seekerId: string, name: string) => void;
}

/** The seating plan: one row per seat taken, ticks for boarding and arrival, reasons for differences. */
export function PassengerTable({
  handle,
  trip,
  onAdd,
}: {
  handle: TripHandle;
  trip: TripDetail;
  onAdd: (() => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [error, setError] = useState<unknown>(null);
  const attempt = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err);
    }
  };
  const actions: RowActions = {
    patch: (patch) => {
      // A tick shows at once; the trip's answer replaces it, and a refusal brings back the stored state.
      if (patch.boarded !== undefined || patch.arrived !== undefined) {
        handle.replace({
          ...trip,
          passengers: trip.passengers.map((p) =>
            p.seekerId === patch.seekerId
              ? {
                  ...p,
                  boarded: patch.boarded ?? p.boarded,
                  arrived: patch.arrived ?? p.arrived,
                }
              : p,
          ),
        });
      }
      void attempt(async () => {
        try {
          await handle.run('trips.updateSeats', { tripId: trip.id, seats: [patch] });
        } catch (err) {
          await handle.reload();
          throw err;
        }
      });
    },
    move: (seekerId, seatNo) =>
      void attempt(() => handle.run('trips.moveSeat', { tripId: trip.id, seekerId, seatNo })),
    remove: (seekerId, name) =>
      void attempt(async () => {
        const ok = await confirmAction({
          message: t('transport.detail.removeConfirm', { name }),
          confirmLabel: t('transport.detail.remove'),
          danger: true,
        });
        if (ok) await handle.run('trips.removePassenger', { tripId: trip.id, seekerId });
      }),
  };
  const bulk = (field: 'boarded' | 'arrived') =>
    void attempt(() =>
      handle.run('trips.updateSeats', {
        tripId: trip.id,
        seats: trip.passengers
          .filter((p) =>
            field === 'boarded'
              ? !p.boarded && p.reason === null
              : p.boarded && !p.arrived && p.reason === null,
          )
          .map((p) => ({ seekerId: p.seekerId, [field]: true })),
      }),
    );
  const nameOf = new Map(trip.passengers.map((p) => [p.seekerId, p.name]));
  const free = trip.seats - trip.passengers.length;
  const canBoard = boardingEditable(trip.status);
  const canArrive = arrivalEditable(trip.status);
  const pendingBoard = trip.passengers.some((p) => !p.boarded && p.reason === null);
  const pendingArrive = trip.passengers.some((p) => p.boarded && !p.arrived && p.reason === null);

  return (
    <section className="card passengers" aria-labelledby="passengers-title">
      <div className="section-head">
        <h2 id="passengers-title">{t('transport.detail.passengers')}</h2>
        <span className="muted">
          {t('transport.detail.seatsFree', {
            booked: fmt.number(trip.passengers.length),
            free: fmt.number(free),
            seats: fmt.number(trip.seats),
          })}
        </span>
        <div className="toolbar">
          {onAdd ? (
            <button type="button" className="primary" onClick={onAdd} disabled={free === 0}>
              + {t('transport.detail.addPassengers')}
            </button>
          ) : null}
          {canBoard && pendingBoard && trip.status === 'boarding' ? (
            <button type="button" onClick={() => bulk('boarded')}>
              {t('transport.detail.allBoarded')}
            </button>
          ) : null}
          {canArrive && pendingArrive ? (
            <button type="button" onClick={() => bulk('arrived')}>
              {t('transport.detail.allArrived')}
            </button>
          ) : null}
        </div>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {transportError(error, i18n.language)}
        </p>
      ) : null}
      {trip.splitCouples.length > 0 ? (
        <p className="counts-warn">
          {t('transport.detail.splitCouples', {
            names: trip.splitCouples
              .map(([a, b]) => `${nameOf.get(a)} + ${nameOf.get(b)}`)
              .join(t('transport.detail.sep')),
          })}
        </p>
      ) : null}
      {trip.passengers.length === 0 ? (
        <p className="muted">{t('transport.detail.noPassengers')}</p>
      ) : (
        <div className="table-scroll passenger-scroll">
          <table className="data-table passenger-table">
            <thead>
              <tr>
                <th className="num">{t('transport.detail.col.seat')}</th>
                <th>{t('transport.detail.col.name')}</th>
                <th>{t('transport.detail.col.gender')}</th>
                <th className="num">{t('transport.detail.col.age')}</th>
                <th>{t('transport.detail.col.idNumber')}</th>
                <th>{t('transport.detail.col.phone')}</th>
                <th>{t('transport.detail.col.town')}</th>
                <th>{t('transport.detail.col.enterprise')}</th>
                <th>{t('transport.detail.col.boarded')}</th>
                <th>{t('transport.detail.col.arrived')}</th>
                <th>{t('transport.detail.col.reason')}</th>
                {seatingEditable(trip.status) ? <th>{t('transport.detail.col.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {trip.passengers.map((p) => (
                <PassengerRow key={p.seekerId} trip={trip} passenger={p} actions={actions} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
