import '../../../styles/stabilisation.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../../shell/app-store';
import { Field, fieldAria } from '../../../ui/Field';
import { useSettingsForm } from '../../../data/use-settings-form';

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
  const [days, setDays] = useState((settings?.visitDays ?? []).join(', '));
  const [every, setEvery] = useState(String(settings?.waitingVisitDays ?? ''));
  const { errors, saving, save } = useSettingsForm(['visitDays', 'waitingVisitDays'] as const);

  // A restore or another window may change them.
  useEffect(() => setDays((settings?.visitDays ?? []).join(', ')), [settings?.visitDays]);
  useEffect(() => setEvery(String(settings?.waitingVisitDays ?? '')), [settings?.waitingVisitDays]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void save({
      visitDays: parseDays(days),
      waitingVisitDays: /^\d+$/.test(every) ? Number(every) : Number.NaN,
    });
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('stabilisation.settings.title')}</h2>
      <form className="settings-form" onSubmit={submit} noValidate>
        <Field id={`${id}-days`} label={t('stabilisation.settings.visitDays')} error={errors.visitDays}>
          <input
            id={`${id}-days`}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            {...fieldAria(`${id}-days`, errors.visitDays)}
          />
        </Field>
        <Field
          id={`${id}-every`}
          label={t('stabilisation.settings.waitingDays')}
          error={errors.waitingVisitDays}
        >
          <input
            id={`${id}-every`}
            type="number"
            min={1}
            max={60}
            value={every}
            onChange={(e) => setEvery(e.target.value)}
            {...fieldAria(`${id}-every`, errors.waitingVisitDays)}
          />
        </Field>
        <p className="muted help">{t('stabilisation.settings.help')}</p>
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
