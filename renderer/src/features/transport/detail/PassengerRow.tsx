import { useTranslation } from 'react-i18next';
import { countedAt, reasonsFor } from '../../../../../shared/domain/transport/reconcile';
import type { Passenger, TripDetail } from '../../../../../shared/domain/transport/trip';
import {
  arrivalEditable,
  boardingEditable,
  detailsEditable,
  seatingEditable,
} from '../../../../../shared/domain/transport/trip-status';
import type { RowActions } from './PassengerTable';

/** One seat: ticks and the reason for a difference are saved as soon as they change. */
export function PassengerRow({
  trip,
  passenger: p,
  actions,
}: {
  trip: TripDetail;
  passenger: Passenger;
  actions: RowActions;
}) {
  const { t } = useTranslation();
  const closed = trip.status === 'closed' || trip.status === 'cancelled';
  const counted = countedAt(trip.status);
  // A no-show can be marked from the start of boarding; the difference is owed once the count is taken.
  const difference =
    (!p.boarded && trip.status !== 'planned') || (p.boarded && !p.arrived && counted.arrival);
  const owed = (!p.boarded && counted.boarding) || (p.boarded && !p.arrived && counted.arrival);
  const fitting = difference ? reasonsFor(p) : [];
  const enterprises = trip.enterprises;
  const hasOtherEnterprise = p.enterpriseId !== null && !enterprises.some((e) => e.id === p.enterpriseId);

  return (
    <tr className={p.boarded ? (p.arrived ? 'seat-arrived' : 'seat-boarded') : ''}>
      <td className="num">
        {seatingEditable(trip.status) ? (
          <select
            className="seat-select"
            aria-label={t('transport.detail.moveLabel', { name: p.name })}
            value={p.seatNo}
            onChange={(e) => actions.move(p.seekerId, Number(e.target.value))}
          >
            {Array.from({ length: trip.seats }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        ) : (
          p.seatNo
        )}
      </td>
      <td>
        {p.name}
        {p.partnerName ? (
          <span className="couple-badge" title={t('transport.detail.partner', { name: p.partnerName })}>
            {' '}
            ♥ {p.partnerName}
          </span>
        ) : null}
      </td>
      <td>{t(`gender.${p.gender}`)}</td>
      <td className="num">{p.age}</td>
      <td className="mono">{p.idMasked}</td>
      <td className="mono">{p.phoneMasked}</td>
      <td>{[p.town, p.village].filter(Boolean).join(' ')}</td>
      <td>
        <select
          aria-label={t('transport.detail.enterpriseFor', { name: p.name })}
          value={p.enterpriseId ?? ''}
          disabled={closed || !detailsEditable(trip.status)}
          onChange={(e) => actions.patch({ seekerId: p.seekerId, enterpriseId: e.target.value || null })}
        >
          <option value="">{t('transport.detail.unassigned')}</option>
          {enterprises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.shortName || e.name}
            </option>
          ))}
          {hasOtherEnterprise ? <option value={p.enterpriseId!}>{p.enterpriseName}</option> : null}
        </select>
      </td>
      <td className="tick">
        <input
          type="checkbox"
          aria-label={t('transport.detail.boardedFor', { name: p.name })}
          checked={p.boarded}
          disabled={!boardingEditable(trip.status)}
          onChange={(e) => actions.patch({ seekerId: p.seekerId, boarded: e.target.checked })}
        />
      </td>
      <td className="tick">
        <input
          type="checkbox"
          aria-label={t('transport.detail.arrivedFor', { name: p.name })}
          checked={p.arrived}
          disabled={!arrivalEditable(trip.status) || !p.boarded}
          onChange={(e) => actions.patch({ seekerId: p.seekerId, arrived: e.target.checked })}
        />
      </td>
      <td className={owed && !p.reason ? 'reason missing' : 'reason'}>
        {difference || p.reason ? (
          <div className="reason-cell">
            <select
              aria-label={t('transport.detail.reasonFor', { name: p.name })}
              value={p.reason ?? ''}
              disabled={closed}
              onChange={(e) =>
                actions.patch({
                  seekerId: p.seekerId,
                  reason: (e.target.value || null) as Passenger['reason'],
                })
              }
            >
              <option value="">—</option>
              {(fitting.length > 0 ? fitting : p.reason ? [p.reason] : []).map((r) => (
                <option key={r} value={r}>
                  {t(`transport.reason.${r}`)}
                </option>
              ))}
            </select>
            {p.reason ? (
              <input
                className="reason-note"
                aria-label={t('transport.detail.reasonNote')}
                placeholder={t('transport.detail.reasonNote')}
                defaultValue={p.reasonNote}
                disabled={closed}
                onBlur={(e) => {
                  if (e.target.value !== p.reasonNote)
                    actions.patch({ seekerId: p.seekerId, reasonNote: e.target.value });
                }}
              />
            ) : null}
          </div>
        ) : null}
      </td>
      {seatingEditable(trip.status) ? (
        <td>
          <button
            type="button"
            className="small subtle danger-text"
            onClick={() => actions.remove(p.seekerId, p.name)}
          >
            {t('transport.detail.remove')}
          </button>
        </td>
      ) : null}
    </tr>
  );
}
