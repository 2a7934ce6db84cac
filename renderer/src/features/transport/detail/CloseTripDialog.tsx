import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseCheck, CloseProblem } from '../../../../../shared/domain/transport/close-check';
import type { TripDetail } from '../../../../../shared/domain/transport/trip';
import { call } from '../../../api';
import { useFormatters } from '../../../format';
import { Modal } from '../../../ui/Modal';
import { transportError } from '../labels';

/** Names shown per problem; the rest are counted ("and 27 more"). */
const SHOWN_NAMES = 10;

interface CloseTripDialogProps {
  trip: TripDetail;
  /** The user confirmed: close the trip (the caller records and reports it). */
  onConfirm: () => void;
  onClose: () => void;
}

type Fixable = 'not_boarded_unexplained' | 'not_arrived_unexplained' | 'cannot_ride';
const FIXABLE: readonly CloseProblem['kind'][] = [
  'not_boarded_unexplained',
  'not_arrived_unexplained',
  'cannot_ride',
];
/** Problems about people come with what to do about them. */
const isFixable = (kind: CloseProblem['kind']): kind is Fixable => FIXABLE.includes(kind);

function ProblemItem({ problem, trip }: { problem: CloseProblem; trip: TripDetail }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const names = problem.people
    .slice(0, SHOWN_NAMES)
    .map((p) => t('transport.close.seatName', { seat: p.seatNo, name: p.name }));
  const more = problem.people.length - names.length;
  if (more > 0) names.push(t('transport.close.more', { count: more }));
  return (
    <li>
      {t(`transport.close.problem.${problem.kind}`, {
        count: problem.people.length,
        date: fmt.date(trip.date),
      })}
      {names.length > 0 ? (
        <span className="close-names">{names.join(t('transport.close.joiner'))}</span>
      ) : null}
      {isFixable(problem.kind) ? (
        <span className="close-fix muted">{t(`transport.close.fix.${problem.kind}`)}</span>
      ) : null}
    </li>
  );
}

/**
 * Closing a trip: first the same check the backend makes, so what is missing is said here (with the
 * people it concerns) and the question is asked only when the trip can be closed.
 */
export function CloseTripDialog({ trip, onConfirm, onClose }: CloseTripDialogProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [check, setCheck] = useState<CloseCheck | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    call('trips.closeCheck', { id: trip.id })
      .then((c) => live && setCheck(c))
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [trip.id, trip.updatedAt]);

  const blocked = check !== null && check.problems.length > 0;
  // A plain dialog throughout: it starts as a check and becomes the question only when nothing is missing.
  return (
    <Modal title={t('transport.close.title', { trip: trip.tripNo })} onClose={onClose} className="close-trip">
      <div className="modal-body">
        {error ? (
          <p className="form-error" role="alert">
            {transportError(error, i18n.language)}
          </p>
        ) : check === null ? (
          <p className="muted">{t('transport.close.checking')}</p>
        ) : blocked ? (
          <>
            <p>{t('transport.close.blocked')}</p>
            <ul className="close-problems">
              {check.problems.map((p) => (
                <ProblemItem key={p.kind} problem={p} trip={trip} />
              ))}
            </ul>
          </>
        ) : (
          <p className="confirm-message">
            {t('transport.action.closeConfirm', {
              trip: trip.tripNo,
              count: check.arrived,
              date: fmt.date(trip.date),
            })}
          </p>
        )}
      </div>
      <footer className="modal-footer">
        {blocked || error ? (
          <button type="button" className="primary" onClick={onClose} autoFocus>
            {t('transport.close.back')}
          </button>
        ) : (
          <>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button type="button" className="primary" disabled={check === null} onClick={onConfirm} autoFocus>
              {t('transport.action.close')}
            </button>
          </>
        )}
      </footer>
    </Modal>
  );
}
