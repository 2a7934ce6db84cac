import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_SETTINGS, type Settings } from '../../../../shared/domain/settings';
import { useAppStore } from '../../shell/app-store';
import { flashError } from '../../shell/flash-store';
import { Field } from '../../ui/Field';

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
