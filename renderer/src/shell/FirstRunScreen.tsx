import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../shared/domain/accounts';
import { ApiCallError, call } from '../api';
import { Field, fieldAria } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useAuthStore } from './auth-store';

type Phase =
  | { kind: 'form' }
  | { kind: 'recoveryKey'; recoveryKey: string; status: AuthStatus }
  | { kind: 'demo'; name: string; password: string };

/**
 * First run: create the first administrator (and see the recovery key once, with the warning that
 * losing every admin password loses the data), or load the demo as a demo administrator.
 */
export function FirstRunScreen() {
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  return (
    <main className="auth-screen">
      {phase.kind === 'form' ? <SetUpForm onDone={setPhase} /> : null}
      {phase.kind === 'recoveryKey' ? (
        <RecoveryKey recoveryKey={phase.recoveryKey} status={phase.status} />
      ) : null}
      {phase.kind === 'demo' ? <DemoPassword name={phase.name} password={phase.password} /> : null}
    </main>
  );
}

function SetUpForm({ onDone }: { onDone: (phase: Phase) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState<'setUp' | 'demo' | null>(null);
  const issue = (field: string) =>
    error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === field)?.message : undefined;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    setBusy('setUp');
    try {
      const made = await call('auth.setUp', { name, password });
      onDone({ kind: 'recoveryKey', recoveryKey: made.recoveryKey, status: made.status });
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const loadDemo = async () => {
    setError(null);
    setBusy('demo');
    try {
      const summary = await call('demo.load', {});
      if (summary.demoAdmin) onDone({ kind: 'demo', ...summary.demoAdmin });
      else await useAuthStore.getState().load();
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const passwordError = issue('password');
  const confirmError = mismatch ? t('accounts.firstRun.mismatch') : undefined;
  return (
    <div className="card auth-card" aria-labelledby={`${id}-title`} role="region">
      <div className="welcome-mark" aria-hidden="true">
        春
      </div>
      <h1 id={`${id}-title`}>{t('accounts.firstRun.title')}</h1>
      <p>{t('accounts.firstRun.body')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id={`${id}-name`} label={t('accounts.firstRun.name')} error={issue('name')}>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={40}
            autoComplete="username"
            onChange={(e) => setName(e.target.value)}
            {...fieldAria(`${id}-name`, issue('name'))}
          />
        </Field>
        <Field id={`${id}-password`} label={t('accounts.firstRun.password')} error={passwordError}>
          <input
            id={`${id}-password`}
            type="password"
            value={password}
            autoComplete="new-password"
            onChange={(e) => setPassword(e.target.value)}
            {...fieldAria(`${id}-password`, passwordError)}
          />
        </Field>
        <Field id={`${id}-confirm`} label={t('accounts.firstRun.confirm')} error={confirmError}>
          <input
            id={`${id}-confirm`}
            type="password"
            value={confirm}
            autoComplete="new-password"
            onChange={(e) => setConfirm(e.target.value)}
            {...fieldAria(`${id}-confirm`, confirmError)}
          />
        </Field>
        <p className="auth-warning" role="note">
          {t('accounts.firstRun.warning')}
        </p>
        <FormError error={error instanceof ApiCallError && error.issues.length > 0 ? null : error} />
        <div className="auth-actions">
          <button type="submit" className="primary large" disabled={busy !== null}>
            {busy === 'setUp' ? t('accounts.firstRun.busy') : t('accounts.firstRun.submit')}
          </button>
        </div>
      </form>
      <p className="auth-or">{t('accounts.firstRun.or')}</p>
      <div className="auth-actions">
        <button type="button" className="large" disabled={busy !== null} onClick={() => void loadDemo()}>
          {busy === 'demo' ? t('accounts.firstRun.demoBusy') : t('accounts.firstRun.demo')}
        </button>
      </div>
      <p className="welcome-note">{t('accounts.firstRun.demoNote')}</p>
    </div>
  );
}

function RecoveryKey({ recoveryKey, status }: { recoveryKey: string; status: AuthStatus }) {
  const { t } = useTranslation();
  const id = useId();
  const signedIn = useAuthStore((s) => s.signedIn);
  const [understood, setUnderstood] = useState(false);
  return (
    <section className="card auth-card recovery-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('accounts.recoveryKey.title')}</h1>
      <p>{t('accounts.recoveryKey.body')}</p>
      <p className="recovery-key mono" data-testid="recovery-key">
        {recoveryKey}
      </p>
      <div className="auth-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t('accounts.recoveryKey.print')}
        </button>
      </div>
      <label className="auth-check no-print">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
        {t('accounts.recoveryKey.understood')}
      </label>
      <div className="auth-actions no-print">
        <button
          type="button"
          className="primary large"
          disabled={!understood}
          onClick={() => signedIn(status)}
        >
          {t('accounts.recoveryKey.done')}
        </button>
      </div>
    </section>
  );
}

function DemoPassword({ name, password }: { name: string; password: string }) {
  const { t } = useTranslation();
  const id = useId();
  const load = useAuthStore((s) => s.load);
  return (
    <section className="card auth-card" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('accounts.demoPassword.title')}</h1>
      <p>{t('accounts.demoPassword.body')}</p>
      <dl className="demo-credentials">
        <dt>{t('accounts.demoPassword.name')}</dt>
        <dd className="mono">{name}</dd>
        <dt>{t('accounts.demoPassword.password')}</dt>
        <dd className="mono" data-testid="demo-password">
          {password}
        </dd>
      </dl>
      <div className="auth-actions">
        <button type="button" className="primary large" onClick={() => void load()}>
          {t('accounts.demoPassword.done')}
        </button>
      </div>
    </section>
  );
}
