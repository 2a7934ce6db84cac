import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeekerRow } from '../../../../../shared/domain/seeker';
import { call } from '../../../api';
import { Field } from '../../../ui/Field';
import { stageLabel } from '../../../data/labels';
import type { PickedWorker } from './dialog-store';
import { searchFilter } from '../../../data/person-lookup';

interface WorkerPickerProps {
  id: string;
  value: PickedWorker | null;
  onChange: (worker: PickedWorker | null) => void;
  error?: string | undefined;
}

const toPicked = (r: SeekerRow): PickedWorker => ({
  id: r.id,
  name: r.name,
  idMasked: r.idMasked,
  enterpriseName: r.enterpriseName,
});

/**
 * Finds a worker by name, the tail of the ID number or phone digits (what staff have at hand in a
 * dormitory corridor), through the same search as the job-seeker page.
 */
export function WorkerPicker({ id, value, onChange, error }: WorkerPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<SeekerRow[]>([]);
  const [searched, setSearched] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) {
      setRows([]);
      setSearched(false);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void searchFilter(q)
        .then((filter) => call('seekers.query', { filter, limit: 8 }))
        .then(
          (r) => {
            if (!live) return;
            setRows(r.rows);
            setSearched(true);
          },
          () => live && setRows([]),
        );
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  if (value) {
    return (
      <div className="worker-chosen" id={id}>
        <strong>{value.name}</strong>
        <span className="muted">{value.idMasked}</span>
        {value.enterpriseName ? <span className="muted">{value.enterpriseName}</span> : null}
        <button type="button" className="small subtle" onClick={() => onChange(null)}>
          {t('stabilisation.picker.change')}
        </button>
      </div>
    );
  }
  return (
    <div className="worker-picker">
      <input
        id={id}
        type="search"
        autoComplete="off"
        placeholder={t('stabilisation.picker.placeholder')}
        aria-invalid={error ? true : false}
        aria-controls={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {rows.length > 0 ? (
        <ul className="worker-results" id={listId} aria-label={t('stabilisation.picker.results')}>
          {rows.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => onChange(toPicked(r))}>
                <strong>{r.name}</strong>
                <span>{r.idMasked}</span>
                <span>{r.phoneMasked}</span>
                <span className="muted">
                  {stageLabel(t, r)}
                  {r.enterpriseName ? ` · ${r.enterpriseName}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : searched ? (
        <p className="muted worker-none">{t('stabilisation.picker.none')}</p>
      ) : null}
    </div>
  );
}

/**
 * The "worker" field of the case, transfer and leave dialogs: a required picker that starts with
 * the person the dialog was opened for (if any) and reports each pick to the form.
 */
export function WorkerField({
  id,
  initial,
  error,
  onPick,
}: {
  id: string;
  initial: PickedWorker | null;
  error: string | undefined;
  onPick: (worker: PickedWorker | null) => void;
}) {
  const { t } = useTranslation();
  const [worker, setWorker] = useState<PickedWorker | null>(initial);
  const pick = (w: PickedWorker | null) => {
    setWorker(w);
    onPick(w);
  };
  return (
    <Field id={id} label={t('stabilisation.caseForm.worker')} error={error} required className="span-4">
      <WorkerPicker id={id} value={worker} onChange={pick} error={error} />
    </Field>
  );
}
