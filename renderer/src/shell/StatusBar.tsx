import { useTranslation } from 'react-i18next';
import { useAppStore } from './app-store';
import { useAuthStore } from './auth-store';
import { flashError } from './flash-store';

/** Who is signed in (and recorded in the audit log), sign out, and where the data lives, always in view. */
export function StatusBar() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.info);
  const account = useAuthStore((s) => s.status?.account ?? null);
  const signOut = useAuthStore((s) => s.signOut);
  const lock = useAuthStore((s) => s.lock);
  return (
    <footer className="status-bar">
      {account ? (
        <span className="status-account">
          {t('accounts.status.signedInAs')}
          {t('common.colon')}
          <strong data-testid="signed-in-account">{account.name}</strong>
          <span className="muted"> · {t(`accounts.role.${account.role}`)}</span>
          <button type="button" className="link" onClick={() => void lock().catch(flashError)}>
            {t('accounts.status.lock')}
          </button>
          <button type="button" className="link" onClick={() => void signOut().catch(flashError)}>
            {t('accounts.status.signOut')}
          </button>
        </span>
      ) : null}
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
