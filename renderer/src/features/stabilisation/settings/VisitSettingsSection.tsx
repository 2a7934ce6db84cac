import '../../../styles/stabilisation.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../api';
import { useAppStore } from '../../../shell/app-store';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';

/** "7, 30, 90" ⇄ [7, 30, 90]; anything that is not a whole number is kept as NaN for the schema to refuse. */
const parseDays = (text: string) =>
  text
    .split(/[,，、\s]+/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : Number.NaN));

/** Settings for return visits: the days after entry they fall due, and how often people waiting are seen. */
export function VisitSettingsSection() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [days, setDays] = useState((settings?.visitDays ?? []).join(', '));
  const [every, setEvery] = useState(String(settings?.waitingVisitDays ?? ''));
  const [errors, setErrors] = useState<{ days?: string | undefined; every?: string | undefined }>({});
  const [saving, setSaving] = useState(false);

  // A restore or another window may change them.
  useEffect(() => setDays((settings?.visitDays ?? []).join(', ')), [settings?.visitDays]);
  useEffect(() => setEvery(String(settings?.waitingVisitDays ?? '')), [settings?.waitingVisitDays]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await updateSettings({
        visitDays: parseDays(days),
        waitingVisitDays: /^\d+$/.test(every) ? Number(every) : Number.NaN,
      });
      flashSuccess('common.saved');
    } catch (error) {
      const issue = (path: string) =>
        error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === path)?.message : undefined;
      const next = { days: issue('visitDays'), every: issue('waitingVisitDays') };
      if (next.days || next.every) setErrors(next);
      else flashError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('stabilisation.settings.title')}</h2>
      <form className="visit-settings" onSubmit={(e) => void save(e)} noValidate>
        <Field id={`${id}-days`} label={t('stabilisation.settings.visitDays')} error={errors.days}>
          <input
            id={`${id}-days`}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            {...fieldAria(`${id}-days`, errors.days)}
          />
        </Field>
        <Field id={`${id}-every`} label={t('stabilisation.settings.waitingDays')} error={errors.every}>
          <input
            id={`${id}-every`}
            type="number"
            min={1}
            max={60}
            value={every}
            onChange={(e) => setEvery(e.target.value)}
            {...fieldAria(`${id}-every`, errors.every)}
          />
        </Field>
        <p className="muted visit-settings-help">{t('stabilisation.settings.help')}</p>
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
