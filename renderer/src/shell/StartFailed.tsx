import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n';
import { useAppStore } from './app-store';

/** The console could not start; `error` and `retry` default to the app store's start. */
export function StartFailed(props: { error?: unknown; retry?: () => Promise<void> }) {
  const { t } = useTranslation();
  const startError = useAppStore((s) => s.startError);
  const startApp = useAppStore((s) => s.start);
  const error = props.error ?? startError;
  const start = props.retry ?? startApp;
  return (
    <main className="start-failed">
      <div className="card" role="alert">
        <h1>{t('shell.startFailed')}</h1>
        <p>{translateError(error)}</p>
        <button type="button" className="primary" onClick={() => void start()}>
          {t('common.retry')}
        </button>
      </div>
    </main>
  );
}
