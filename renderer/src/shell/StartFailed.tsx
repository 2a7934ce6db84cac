import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n';
import { useAppStore } from './app-store';

export function StartFailed() {
  const { t } = useTranslation();
  const error = useAppStore((s) => s.startError);
  const start = useAppStore((s) => s.start);
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
