import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, CandidateList, TripDetail } from '../../../../../shared/domain/transport/trip';
import { call } from '../../../api';
import { useFormatters } from '../../../format';
import { flashSuccess } from '../../../shell/flash-store';
import { confirmAction } from '../../../ui/confirm-store';
import { Modal } from '../../../ui/Modal';
import { townsOf, useReferenceStore } from '../../../data/reference-store';
import { countyLabel, transportError } from '../labels';
import { CandidateTable } from './CandidateTable';

interface AddPassengersDialogProps {
  trip: TripDetail;
  onAdded: (trip: TripDetail) => void;
  onClose: () => void;
}

/**
 * The filtered list: people of the trip's county waiting for a bus that day and on no other bus;
 * a switch adds the others who may ride. Choosing one of a couple chooses the other too, so they
 * are seated side by side. Someone who already rode with no result yet is seated only after a yes.
 */
export function AddPassengersDialog({ trip, onAdded, onClose }: AddPassengersDialogProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const counties = useReferenceStore((s) => s.counties);
  const loadReference = useReferenceStore((s) => s.load);
  const [search, setSearch] = useState('');
  const [town, setTown] = useState('');
  const [scope, setScope] = useState<'trip' | 'all'>('trip');
  const [others, setOthers] = useState(false);
  const [list, setList] = useState<CandidateList | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const free = trip.seats - trip.passengers.length;

  useEffect(() => {
    void loadReference();
  }, [loadReference]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      call('trips.candidates', { tripId: trip.id, search, town: town || null, enterprise: scope, others })
        .then((l) => live && setList(l))
        .catch((err: unknown) => live && setError(err));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trip.id, search, town, scope, others]);

  const rows = useMemo(() => list?.rows ?? [], [list]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
  // Everyone listed since the dialog opened: a selection outlives a change of filter.
  const seen = useRef(new Map<string, Candidate>());
  for (const r of rows) seen.current.set(r.id, r);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      const partner = byId.get(id)?.partnerId;
      const on = !next.has(id);
      for (const x of [id, partner]) {
        if (!x || (x !== id && !byId.has(x))) continue;
        if (on) next.add(x);
        else next.delete(x);
      }
      return next;
    });
  const allShown = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggleAll = () => setSelected(allShown ? new Set() : new Set(rows.map((r) => r.id)));
  /** The first people of the list up to the free seats, those waiting for a bus first, a couple only when both fit. */
  const fillSeats = () => {
    const next = new Set<string>();
    for (const standing of ['waiting', 'other'] as const) {
      for (const r of rows) {
        if (r.standing !== standing || next.has(r.id)) continue;
        const partner = r.partnerId && byId.has(r.partnerId) ? r.partnerId : null;
        if (next.size + (partner ? 2 : 1) > free) continue;
        next.add(r.id);
        if (partner) next.add(partner);
      }
    }
    setSelected(next);
  };

  /** Asks before seating anyone who already rode and has no result yet; false when the user says no. */
  const confirmRepeatRide = async (): Promise<boolean | null> => {
    const rode = [...selected].flatMap((id) => {
      const r = seen.current.get(id);
      return r?.standing === 'rode_unresolved' ? [r] : [];
    });
    if (rode.length === 0) return false;
    const names = rode.map((r) => t('transport.add.rodeOn', { name: r.name, date: fmt.date(r.stageDate) }));
    const ok = await confirmAction({
      message: t('transport.add.rodeAgainConfirm', {
        count: rode.length,
        names: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names),
      }),
      confirmLabel: t('transport.add.rodeAgainAction'),
    });
    return ok ? true : null;
  };

  const add = async () => {
    setError(null);
    const repeat = await confirmRepeatRide();
    if (repeat === null) return;
    setBusy(true);
    try {
      const updated = await call('trips.addPassengers', {
        tripId: trip.id,
        seekerIds: [...selected],
        confirmRepeatRide: repeat,
      });
      flashSuccess('transport.add.addedMessage', { trip: trip.tripNo, count: selected.size });
      onAdded(updated);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const over = selected.size > free;
  return (
    <Modal
      title={t('transport.add.title', { trip: trip.tripNo })}
      onClose={onClose}
      className="modal-wide add-passengers"
    >
      <div className="modal-body">
        <p className="muted">
          {t('transport.add.hint', {
            county: countyLabel(trip.countyCode, i18n.language),
            date: fmt.date(trip.date),
          })}
        </p>
        <div className="toolbar">
          <input
            type="search"
            aria-label={t('transport.add.search')}
            placeholder={t('transport.add.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <label className="toolbar-field">
            {t('transport.add.town')}
            <select value={town} onChange={(e) => setTown(e.target.value)}>
              <option value="">{t('transport.add.allTowns')}</option>
              {townsOf(counties, trip.countyCode).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="toolbar-field">
            {t('transport.add.scope')}
            <select value={scope} onChange={(e) => setScope(e.target.value as 'trip' | 'all')}>
              <option value="trip">{t('transport.add.scopeTrip')}</option>
              <option value="all">{t('transport.add.scopeAll')}</option>
            </select>
          </label>
          <label className="toolbar-field others-switch" title={t('transport.add.othersHint')}>
            <input type="checkbox" checked={others} onChange={(e) => setOthers(e.target.checked)} />
            {t('transport.add.others', { count: list?.others ?? 0 })}
          </label>
        </div>
        {others ? <p className="muted others-note">{t('transport.add.othersHint')}</p> : null}
        {rows.length > free && free > 0 ? (
          <button type="button" className="small" onClick={fillSeats}>
            {t('transport.add.fillSeats', { count: free })}
          </button>
        ) : null}
        {list ? (
          <p className="muted">
            {t('transport.add.shown', { shown: fmt.number(rows.length), total: fmt.number(list.total) })}
            {list.bookedElsewhere > 0
              ? ` ${t('transport.add.bookedElsewhere', { count: list.bookedElsewhere })}`
              : ''}
          </p>
        ) : null}
        {list && rows.length === 0 ? <p className="empty-hint">{t('transport.add.none')}</p> : null}
        {rows.length > 0 ? (
          <CandidateTable
            rows={rows}
            selected={selected}
            allShown={allShown}
            onToggle={toggle}
            onToggleAll={toggleAll}
          />
        ) : null}
      </div>
      <footer className="modal-footer">
        <p
          className={over || error ? 'form-error' : 'muted selection-note'}
          role={error ? 'alert' : 'status'}
        >
          {error
            ? transportError(error, i18n.language)
            : over
              ? t('transport.add.overCapacity', { free })
              : t('transport.add.selected', { count: selected.size, free })}
        </p>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || selected.size === 0 || over}
          onClick={() => void add()}
        >
          {t('transport.add.addSelected', { count: selected.size })}
        </button>
      </footer>
    </Modal>
  );
}
