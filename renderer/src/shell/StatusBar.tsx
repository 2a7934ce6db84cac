import { useTranslation } from 'react-i18next';
import { useAppStore } from './app-store';

/** Who is recorded in the audit log and where the data lives, always in view. */
export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const operator = useAppStore((s) => s.settings?.operatorName ?? '');
  return (
    <footer className="status-bar">
      <span>
        {t('shell.operator')}
        {t('common.colon')}
        <strong data-testid="operator-name">{operator || t('settings.noOperator')}</strong>
      </span>
      {info ? (
        <span className="status-path" title={info.dataDir}>
          {t('settings.dataFolder')}
          {t('common.colon')}
          {info.dataDir}
        </span>
      ) : null}
      {info ? <span className="status-version">{t('shell.version', { version: info.version })}</span> : null}
    </footer>
  );
}
