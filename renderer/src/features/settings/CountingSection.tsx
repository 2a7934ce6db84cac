import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../shell/app-store';
import { Field, fieldAria } from '../../ui/Field';
import { useSettingsForm } from '../../data/use-settings-form';

/**
 * How the figures are counted: the days on the job after which a person counts as stable, and the
 * date the figures are counted as of (blank: today). Every count, the dashboard and reports follow them.
 */
export function CountingSection() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useAppStore((s) => s.settings);
  const [stableDays, setStableDays] = useState(String(settings?.stableDays ?? ''));
  const [asOfDate, setAsOfDate] = useState(settings?.asOfDate ?? '');
  const { errors, saving, save } = useSettingsForm(['stableDays', 'asOfDate'] as const);

  // A restore, the demo or another window may change them.
  useEffect(() => setStableDays(String(settings?.stableDays ?? '')), [settings?.stableDays]);
  useEffect(() => setAsOfDate(settings?.asOfDate ?? ''), [settings?.asOfDate]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void save({
      stableDays: /^\d+$/.test(stableDays.trim()) ? Number(stableDays) : Number.NaN,
      asOfDate: asOfDate === '' ? null : asOfDate,
    });
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.counting')}</h2>
      <form className="settings-form" onSubmit={submit} noValidate>
        <Field id={`${id}-stable`} label={t('settings.stableDays')} error={errors.stableDays}>
          <input
            id={`${id}-stable`}
            type="number"
            min={1}
            max={365}
            value={stableDays}
            onChange={(e) => setStableDays(e.target.value)}
            {...fieldAria(`${id}-stable`, errors.stableDays)}
          />
        </Field>
        <Field id={`${id}-asof`} label={t('settings.asOfDate')} error={errors.asOfDate}>
          <input
            id={`${id}-asof`}
            type="date"
            value={asOfDate}
            onChange={(e) => setAsOfDate(e.target.value)}
            {...fieldAria(`${id}-asof`, errors.asOfDate)}
          />
        </Field>
        <p className="muted help">{t('settings.countingHelp')}</p>
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
