import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useAppStore } from '../../shell/app-store';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { navigate } from '../../shell/hash-route';
import { DEFAULT_ROUTE } from '../../shell/routes';

export function WelcomePage() {
  const { t } = useTranslation();
  const refresh = useAppStore((s) => s.refresh);
  const [busy, setBusy] = useState(false);

  const loadDemo = async () => {
    setBusy(true);
    try {
      const { demoAdmin: _signedInAlready, ...summary } = await call('demo.load', {});
      flashSuccess('welcome.demoLoaded', summary);
      await refresh();
      navigate(DEFAULT_ROUTE);
    } catch (error) {
      flashError(error);
      setBusy(false);
    }
  };

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <div className="card welcome-card">
        <div className="welcome-mark" aria-hidden="true">
          春
        </div>
        <h1 id="welcome-title">{t('welcome.title')}</h1>
        <p>{t('welcome.body')}</p>
        <div className="welcome-actions">
          <button type="button" className="primary large" disabled={busy} onClick={() => void loadDemo()}>
            {busy ? t('welcome.loadingDemo') : t('welcome.loadDemo')}
          </button>
          <button type="button" className="large" disabled={busy} onClick={() => navigate(DEFAULT_ROUTE)}>
            {t('welcome.startEmpty')}
          </button>
        </div>
        <p className="welcome-note">{t('welcome.demoNote')}</p>
      </div>
    </section>
  );
}
