import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WelcomePage } from './features/welcome/WelcomePage';
import { useAppStore } from './shell/app-store';
import { useAuthStore } from './shell/auth-store';
import { FirstRunScreen } from './shell/FirstRunScreen';
import { ReasonHost } from './shell/ReasonHost';
import { SignInScreen } from './shell/SignInScreen';
import { useIdleLock } from './shell/use-idle-lock';
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

/** The sign-in gate: first run, sign-in (or the idle lock), and the console once somebody is signed in. */
export function App() {
  const { t } = useTranslation();
  const auth = useAuthStore((s) => s.status);
  const authError = useAuthStore((s) => s.error);
  const load = useAuthStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (!auth) {
    return authError ? (
      <StartFailed error={authError} retry={load} />
    ) : (
      <p className="loading">{t('app.loading')}</p>
    );
  }
  if (!auth.setUp) return <FirstRunScreen />;
  if (!auth.account) return <SignInScreen />;
  return <SignedInApp key={auth.account.name} idleMinutes={auth.idleMinutes} />;
}

function SignedInApp({ idleMinutes }: { idleMinutes: number }) {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const start = useAppStore((s) => s.start);
  const route = useRoute();
  useRouteGuard(route);
  useIdleLock(idleMinutes);

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
        <ReasonHost />
      </div>
    </SlotsProvider>
  );
}
