import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WelcomePage } from './features/welcome/WelcomePage';
import { useAppStore } from './shell/app-store';
import { redirect, useRoute } from './shell/hash-route';
import { NoticeBanner } from './shell/NoticeBanner';
import { PRINT_ROUTE, PrintRoute } from './shell/PrintRoute';
import { DEFAULT_ROUTE, findPage, WELCOME_ROUTE } from './shell/routes';
import { Sidebar } from './shell/Sidebar';
import { StartFailed } from './shell/StartFailed';
import { StatusBar } from './shell/StatusBar';
import { SLOTS } from './shell/slot-fill';
import { SlotsProvider } from './shell/slots';
import { ConfirmHost } from './ui/ConfirmHost';
import { FlashHost } from './ui/FlashHost';

/** Where an address without a known page should go: welcome only while there is nothing to show. */
function useRouteGuard(route: string): void {
  const status = useAppStore((s) => s.status);
  const empty = useAppStore((s) => s.info?.empty ?? false);
  useEffect(() => {
    if (status !== 'ready') return;
    if (route === WELCOME_ROUTE) {
      if (!empty) redirect(DEFAULT_ROUTE);
    } else if (!findPage(route) && route !== PRINT_ROUTE) {
      redirect(empty && route === '' ? WELCOME_ROUTE : DEFAULT_ROUTE);
    }
  }, [status, route, empty]);
}

function PageArea({ route }: { route: string }) {
  if (route === WELCOME_ROUTE) return <WelcomePage />;
  const page = findPage(route);
  if (!page) return null;
  return <page.Page />;
}

export function App() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const start = useAppStore((s) => s.start);
  const route = useRoute();
  useRouteGuard(route);

  useEffect(() => {
    void start();
  }, [start]);

  if (status === 'failed') return <StartFailed />;
  if (route === PRINT_ROUTE) {
    return status === 'ready' ? <PrintRoute /> : <p className="loading">{t('app.loading')}</p>;
  }

  return (
    <SlotsProvider value={SLOTS}>
      <div className="app">
        <Sidebar route={route} />
        <div className="main-column">
          <NoticeBanner />
          <main className="page-area">
            {status === 'loading' ? (
              <p className="loading">{t('app.loading')}</p>
            ) : (
              <PageArea route={route} />
            )}
          </main>
          <StatusBar />
        </div>
        <FlashHost />
        <ConfirmHost />
      </div>
    </SlotsProvider>
  );
}
