import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import type { SettableStatus } from '../../../../../shared/domain/transport/trip-status';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { confirmAction } from '../../../ui/confirm-store';
import { statusLabel, transportError } from '../labels';
import { CloseTripDialog } from './CloseTripDialog';
import type { TripHandle } from './use-trip';

type Step = { to: SettableStatus | 'closed'; label: string; primary?: boolean; danger?: boolean };

function steps(status: TripDetail['status']): Step[] {
  switch (status) {
    case 'planned':
      return [
        { to: 'boarding', label: 'boarding', primary: true },
        { to: 'cancelled', label: 'cancel', danger: true },
      ];
    case 'boarding':
      return [
        { to: 'departed', label: 'departed', primary: true },
        { to: 'planned', label: 'planned' },
        { to: 'cancelled', label: 'cancel', danger: true },
      ];
    case 'departed':
      return [
        { to: 'arrived', label: 'arrived', primary: true },
        { to: 'boarding', label: 'backBoarding' },
      ];
    case 'arrived':
      return [
        { to: 'closed', label: 'close', primary: true },
        { to: 'departed', label: 'backDeparted' },
      ];
    default:
      return [];
  }
}

/** The next step of the trip (and a step back); closing checks first in its dialog, cancelling asks. */
export function StatusActions({ handle, trip }: { handle: TripHandle; trip: TripDetail }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [closing, setClosing] = useState(false);

  const run = async (step: Step) => {
    setBusy(true);
    try {
      if (step.to === 'closed') {
        const result = await call('trips.close', { id: trip.id });
        handle.replace(result.trip);
        flashSuccess('transport.action.closedMessage', { trip: trip.tripNo, count: result.transported });
      } else {
        const next = await handle.run('trips.setStatus', { id: trip.id, status: step.to });
        flashSuccess('transport.action.statusMessage', {
          trip: trip.tripNo,
          status: statusLabel(t, next.status),
        });
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const go = async (step: Step) => {
    setError(null);
    // Closing checks first and asks in its own dialog, which says what is missing.
    if (step.to === 'closed') return setClosing(true);
    if (step.to === 'cancelled') {
      const ok = await confirmAction({
        message: t('transport.action.cancelConfirm', { trip: trip.tripNo }),
        confirmLabel: t('transport.action.cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    await run(step);
  };

  const available = steps(trip.status);
  if (available.length === 0 && !error) return null;
  return (
    <div className="status-actions">
      <ol className="status-track" aria-label={t('transport.col.status')}>
        {(['planned', 'boarding', 'departed', 'arrived', 'closed'] as const).map((s) => (
          <li key={s} className={s === trip.status ? 'current' : ''}>
            {statusLabel(t, s)}
          </li>
        ))}
      </ol>
      <div className="toolbar">
        {available.map((step) => (
          <button
            key={step.label}
            type="button"
            disabled={busy}
            className={step.primary ? 'primary' : step.danger ? 'subtle danger-text' : ''}
            onClick={() => void go(step)}
          >
            {t(`transport.action.${step.label as 'close'}`)}
          </button>
        ))}
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {transportError(error, i18n.language)}
        </p>
      ) : null}
      {closing ? (
        <CloseTripDialog
          trip={trip}
          onClose={() => setClosing(false)}
          onConfirm={() => {
            setClosing(false);
            void run({ to: 'closed', label: 'close' });
          }}
        />
      ) : null}
    </div>
  );
}
