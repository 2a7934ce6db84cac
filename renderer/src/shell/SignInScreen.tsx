import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useAuthStore } from './auth-store';

/** Sign-in at start and after the idle lock; from here, recovery with the printed key. */
export function SignInScreen() {
  const [recovering, setRecovering] = useState(false);
  return (
    <main className="auth-screen">
      {recovering ? (
        <RecoverForm onBack={() => setRecovering(false)} />
      ) : (
        <SignInForm onRecover={() => setRecovering(true)} />
      )}
    </main>
  );
}

function SignInForm({ onRecover }: { onRecover: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const status = useAuthStore((s) => s.status);
  const signedIn = useAuthStore((s) => s.signedIn);
  const locked = status?.lockedAccount ?? null;
  const [name, setName] = useState(locked ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await call('auth.signIn', { name, password }));
    } catch (err) {
      setError(err);
      setPassword('');
      setBusy(false);
    }
  };
  const left = error instanceof ApiCallError ? error.params.left : undefined;

  return (
    <form
      className="card auth-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <div className="welcome-mark" aria-hidden="true">
        春
      </div>
      <h1 id={`${id}-title`}>{locked ? t('accounts.signIn.lockedTitle') : t('accounts.signIn.title')}</h1>
      <p>
        {locked
          ? t('accounts.signIn.lockedBody', { name: locked, minutes: status?.idleMinutes ?? 15 })
          : t('accounts.signIn.body')}
      </p>
      <Field id={`${id}-name`} label={t('accounts.signIn.name')}>
        <input
          id={`${id}-name`}
          value={name}
          autoComplete="username"
          readOnly={locked !== null}
          autoFocus={locked === null}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field id={`${id}-password`} label={t('accounts.signIn.password')}>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="current-password"
          autoFocus={locked !== null}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <FormError error={error} />
      {typeof left === 'number' ? <p className="muted">{t('accounts.signIn.triesLeft', { left })}</p> : null}
      <div className="auth-actions">
        <button type="submit" className="primary large" disabled={busy || !name || !password}>
          {busy ? t('accounts.signIn.busy') : t('accounts.signIn.submit')}
        </button>
      </div>
      <div className="auth-links">
        {locked ? (
          <button type="button" className="link" onClick={() => void useAuthStore.getState().signOut()}>
            {t('accounts.signIn.otherAccount')}
          </button>
        ) : null}
        <button type="button" className="link" onClick={onRecover}>
          {t('accounts.signIn.recover')}
        </button>
      </div>
    </form>
  );
}

function RecoverForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const signedIn = useAuthStore((s) => s.signedIn);
  const [recoveryKey, setRecoveryKey] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const issue = (field: string) =>
    error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === field)?.message : undefined;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await call('auth.recover', { recoveryKey, name, password }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form
      className="card auth-card"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <h1 id={`${id}-title`}>{t('accounts.recover.title')}</h1>
      <Field id={`${id}-key`} label={t('accounts.recover.key')} error={issue('recoveryKey')}>
        <input
          id={`${id}-key`}
          value={recoveryKey}
          className="mono"
          onChange={(e) => setRecoveryKey(e.target.value)}
        />
      </Field>
      <Field id={`${id}-name`} label={t('accounts.recover.name')} error={issue('name')}>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id={`${id}-password`} label={t('accounts.recover.password')} error={issue('password')}>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <FormError error={error instanceof ApiCallError && error.issues.length > 0 ? null : error} />
      <div className="auth-actions">
        <button type="button" onClick={onBack}>
          {t('accounts.recover.back')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('accounts.recover.submit')}
        </button>
      </div>
    </form>
  );
}
