import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateList, TripDetail } from '../../../../../shared/domain/transport/trip';
import { call } from '../../../api';
import { useFormatters } from '../../../format';
import { flashSuccess } from '../../../shell/flash-store';
import { Modal } from '../../../ui/Modal';
import { townsOf, useReferenceStore } from '../../../data/reference-store';
import { countyLabel, transportError } from '../labels';

interface AddPassengersDialogProps {
  trip: TripDetail;
  onAdded: (trip: TripDetail) => void;
  onClose: () => void;
}

/**
 * The filtered list: verified people of the trip's county who may ride that day and are on no
 * other bus. Choosing one of a couple chooses the other too, so they are seated side by side.
 */
export function AddPassengersDialog({ trip, onAdded, onClose }: AddPassengersDialogProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const counties = useReferenceStore((s) => s.counties);
  const loadReference = useReferenceStore((s) => s.load);
  const [search, setSearch] = useState('');
  const [town, setTown] = useState('');
  const [scope, setScope] = useState<'trip' | 'all'>('trip');
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
      call('trips.candidates', { tripId: trip.id, search, town: town || null, enterprise: scope })
        .then((l) => live && setList(l))
        .catch((err: unknown) => live && setError(err));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [trip.id, search, town, scope]);

  const rows = useMemo(() => list?.rows ?? [], [list]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.id, r])), [rows]);
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
  /** The first people of the list up to the free seats, a couple only when both fit. */
  const fillSeats = () => {
    const next = new Set<string>();
    for (const r of rows) {
      if (next.has(r.id)) continue;
      const partner = r.partnerId && byId.has(r.partnerId) ? r.partnerId : null;
      if (next.size + (partner ? 2 : 1) > free) continue;
      next.add(r.id);
      if (partner) next.add(partner);
    }
    setSelected(next);
  };

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const updated = await call('trips.addPassengers', { tripId: trip.id, seekerIds: [...selected] });
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
        </div>
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
          <div className="table-scroll candidates">
            <table className="data-table">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('transport.add.selectAll')}
                      checked={allShown}
                      onChange={toggleAll}
                    />
                  </th>
                  <th>{t('transport.add.col.name')}</th>
                  <th>{t('transport.add.col.gender')}</th>
                  <th className="num">{t('transport.add.col.age')}</th>
                  <th>{t('transport.add.col.idNumber')}</th>
                  <th>{t('transport.add.col.town')}</th>
                  <th>{t('transport.add.intended')}</th>
                  <th>{t('transport.add.col.stage')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} className={selected.has(r.id) ? 'selected' : ''}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={r.name}
                        checked={selected.has(r.id)}
                        onChange={() => toggle(r.id)}
                      />
                    </td>
                    <td>
                      {r.name}
                      {r.partnerName ? <span className="couple-badge"> ♥ {r.partnerName}</span> : null}
                    </td>
                    <td>{t(`gender.${r.gender}`)}</td>
                    <td className="num">{r.age}</td>
                    <td className="mono">{r.idMasked}</td>
                    <td>{[r.town, r.village].filter(Boolean).join(' ')}</td>
                    <td>{r.intendedEnterpriseName ?? t('transport.add.any')}</td>
                    <td>{t(`stage.${r.stage}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
