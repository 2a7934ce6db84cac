import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountyTask } from '../../../../shared/domain/county-tasks';
import type { CountyProgress } from '../../../../shared/domain/dashboard';
import type { Period } from '../../../../shared/domain/quotas';
import { call } from '../../api';
import { translateError } from '../../i18n';
import { flashSuccess } from '../../shell/flash-store';
import { Modal } from '../../ui/Modal';

interface TaskEditorProps {
  period: Period;
  periodLabel: string;
  counties: readonly CountyProgress[];
  onClose: () => void;
}

/** The prefecture's tasks for the counties in one period: one number each, empty for none. */
export function TaskEditor({ period, periodLabel, counties, onClose }: TaskEditorProps) {
  const { t, i18n } = useTranslation();
  // Null until the saved tasks are in: the fields stay locked so nothing typed is overwritten by the load.
  const [values, setValues] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    call('countyTasks.list', {}).then(
      (tasks: CountyTask[]) => {
        const inPeriod = tasks.filter((x) => x.periodStart === period.start && x.periodEnd === period.end);
        setValues(Object.fromEntries(inPeriod.map((x) => [x.countyCode, String(x.headcount)])));
      },
      (err: unknown) => setError(translateError(err)),
    );
  }, [period.start, period.end]);

  const parsed = counties.map((c) => {
    const raw = (values?.[c.code] ?? '').trim();
    return { countyCode: c.code, headcount: raw === '' ? null : Number(raw), notes: '' };
  });
  const invalid = parsed.some(
    (p) => p.headcount !== null && (!Number.isInteger(p.headcount) || p.headcount < 0),
  );
  const total = parsed.reduce((n, p) => n + (p.headcount ?? 0), 0);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await call('countyTasks.save', { periodStart: period.start, periodEnd: period.end, tasks: parsed });
      flashSuccess('dashboard.tasks.saved');
      onClose();
    } catch (err) {
      setError(translateError(err));
      setSaving(false);
    }
  };

  return (
    <Modal
      title={t('dashboard.tasks.title', { period: periodLabel })}
      onClose={onClose}
      className="task-editor"
    >
      <div className="modal-body">
        <p className="muted">{t('dashboard.tasks.hint')}</p>
        <div className="task-grid">
          {counties.map((c) => (
            <label key={c.code} className="task-field">
              <span>{i18n.language === 'en' ? c.nameEn : c.nameZh}</span>
              <input
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                aria-label={`${i18n.language === 'en' ? c.nameEn : c.nameZh} ${t('dashboard.tasks.headcount')}`}
                disabled={values === null}
                value={values?.[c.code] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [c.code]: e.target.value }))}
              />
            </label>
          ))}
        </div>
        <p className="task-total">{t('dashboard.tasks.total', { count: total })}</p>
        {invalid ? <p className="inline-error">{t('v.integer')}</p> : null}
        {error ? (
          <p className="inline-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <footer className="modal-footer">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={values === null || invalid || saving}
          onClick={() => void save()}
        >
          {t('common.save')}
        </button>
      </footer>
    </Modal>
  );
}
