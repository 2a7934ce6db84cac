import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../api';
import { useAppStore } from '../../shell/app-store';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { Field, fieldAria } from '../../ui/Field';

type Errors = { stableDays?: string | undefined; asOfDate?: string | undefined };

/**
 * How the figures are counted: the days on the job after which a person counts as stable, and the
 * date the figures are counted as of (blank: today). Every count, the dashboard and reports follow them.
 */
export function CountingSection() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [stableDays, setStableDays] = useState(String(settings?.stableDays ?? ''));
  const [asOfDate, setAsOfDate] = useState(settings?.asOfDate ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  // A restore, the demo or another window may change them.
  useEffect(() => setStableDays(String(settings?.stableDays ?? '')), [settings?.stableDays]);
  useEffect(() => setAsOfDate(settings?.asOfDate ?? ''), [settings?.asOfDate]);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await updateSettings({
        stableDays: /^\d+$/.test(stableDays.trim()) ? Number(stableDays) : Number.NaN,
        asOfDate: asOfDate === '' ? null : asOfDate,
      });
      flashSuccess('common.saved');
    } catch (error) {
      const issue = (path: keyof Errors) =>
        error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === path)?.message : undefined;
      const next = { stableDays: issue('stableDays'), asOfDate: issue('asOfDate') };
      if (next.stableDays || next.asOfDate) setErrors(next);
      else flashError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.counting')}</h2>
      <form className="settings-form" onSubmit={(e) => void save(e)} noValidate>
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
