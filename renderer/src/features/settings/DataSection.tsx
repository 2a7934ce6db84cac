import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../shell/app-store';

export function DataSection() {
  const { t } = useTranslation();
  const id = useId();
  const info = useAppStore((s) => s.info);
  if (!info) return null;
  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.data')}</h2>
      <dl className="facts">
        <dt>{t('settings.dataFolder')}</dt>
        <dd className="path">{info.dataDir}</dd>
        <dt>{t('settings.dbFile')}</dt>
        <dd className="path">{info.dbFile}</dd>
        <dt>{t('settings.schemaVersion')}</dt>
        <dd>{info.schemaVersion}</dd>
        <dt>{t('settings.version')}</dt>
        <dd>{info.version}</dd>
      </dl>
    </section>
  );
}
