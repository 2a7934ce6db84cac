import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import { ApiCallError } from '../../api';
import { useAppStore } from '../../shell/app-store';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { Field, fieldAria } from '../../ui/Field';

const LANGUAGE_LABEL = {
  system: 'settings.languageSystem',
  'zh-CN': 'settings.languageZh',
  en: 'settings.languageEn',
} as const satisfies Record<Settings['language'], string>;

function isLanguageSetting(value: string): value is Settings['language'] {
  return (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

export function GeneralSection() {
  const { t } = useTranslation();
  const id = useId();
  const settings = useAppStore((s) => s.settings);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [operatorName, setOperatorName] = useState(settings?.operatorName ?? '');
  const [operatorError, setOperatorError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);

  // A restore can bring back another operator name.
  useEffect(() => setOperatorName(settings?.operatorName ?? ''), [settings?.operatorName]);

  const saveOperator = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setOperatorError(undefined);
    try {
      await updateSettings({ operatorName });
      flashSuccess('common.saved');
    } catch (error) {
      const issue =
        error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === 'operatorName') : undefined;
      if (issue) setOperatorError(issue.message);
      else flashError(error);
    } finally {
      setSaving(false);
    }
  };

  const changeLanguage = async (value: string) => {
    if (!isLanguageSetting(value)) return;
    try {
      await updateSettings({ language: value });
    } catch (error) {
      flashError(error);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.general')}</h2>
      <form className="inline-form" onSubmit={(e) => void saveOperator(e)} noValidate>
        <Field id={`${id}-operator`} label={t('settings.operatorName')} error={operatorError}>
          <input
            id={`${id}-operator`}
            value={operatorName}
            maxLength={40}
            onChange={(e) => setOperatorName(e.target.value)}
            {...fieldAria(`${id}-operator`, operatorError)}
          />
        </Field>
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
      </form>
      <Field id={`${id}-language`} label={t('settings.language')}>
        <select
          id={`${id}-language`}
          value={settings?.language ?? 'system'}
          onChange={(e) => void changeLanguage(e.target.value)}
        >
          {LANGUAGE_SETTINGS.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_LABEL[l])}
            </option>
          ))}
        </select>
      </Field>
    </section>
  );
}
