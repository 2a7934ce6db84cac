import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type AccountInfo, type Role } from '../../../../shared/domain/accounts';
import { ApiCallError, call } from '../../api';
import { useFormatters } from '../../format';
import { useAuthStore } from '../../shell/auth-store';
import { flashError, flashSuccess } from '../../shell/flash-store';
import { confirmAction } from '../../ui/confirm-store';
import { Field, fieldAria } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';

/** Admins only: who may sign in, with which role and whether they may reveal; the idle lock. */
export function AccountsSection() {
  const { t } = useTranslation();
  const id = useId();
  const fmt = useFormatters();
  const me = useAuthStore((s) => s.status?.account?.name);
  const [accounts, setAccounts] = useState<AccountInfo[]>([]);
  const [passwordFor, setPasswordFor] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setAccounts(await call('accounts.list', {}));
    } catch (error) {
      flashError(error);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const remove = async (name: string) => {
    if (!(await confirmAction({ message: t('accounts.section.removeConfirm', { name }), danger: true })))
      return;
    try {
      await call('accounts.remove', { name });
      flashSuccess('accounts.section.removed', { name });
      await reload();
    } catch (error) {
      flashError(error);
    }
  };

  return (
    <section className="card settings-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.section.title')}</h2>
      <p className="muted">{t('accounts.section.intro')}</p>
      <table className="accounts-table">
        <thead>
          <tr>
            <th>{t('accounts.section.name')}</th>
            <th>{t('accounts.section.role')}</th>
            <th>{t('accounts.section.reveal')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.name}>
              <td>
                {a.name} {a.name === me ? <span className="muted">{t('accounts.section.you')}</span> : null}
                {a.lockedUntil ? (
                  <span className="muted">
                    {' '}
                    · {t('accounts.section.waiting', { time: fmt.dateTime(a.lockedUntil) })}
                  </span>
                ) : null}
              </td>
              <td>{t(`accounts.role.${a.role}`)}</td>
              <td>{a.reveal ? '✓' : '—'}</td>
              <td className="actions">
                <button type="button" className="small" onClick={() => setPasswordFor(a.name)}>
                  {t('accounts.section.resetPassword')}
                </button>{' '}
                {a.name !== me ? (
                  <button
                    type="button"
                    className="small danger"
                    aria-label={`${t('accounts.section.remove')} ${a.name}`}
                    onClick={() => void remove(a.name)}
                  >
                    {t('accounts.section.remove')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <AddAccountForm onAdded={reload} />
      <IdleMinutesForm />
      {passwordFor ? <SetPasswordDialog name={passwordFor} onClose={() => setPasswordFor(null)} /> : null}
    </section>
  );
}

function issueOf(error: unknown, field: string): string | undefined {
  return error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === field)?.message : undefined;
}

function AddAccountForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [reveal, setReveal] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const added = await call('accounts.add', { name, role, reveal, password });
      flashSuccess('accounts.section.added', { name: added.name });
      setName('');
      setPassword('');
      setReveal(false);
      await onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="accounts-add"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('accounts.section.add')}
    >
      <Field id={`${id}-name`} label={t('accounts.section.name')} error={issueOf(error, 'name')}>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
          {...fieldAria(`${id}-name`, issueOf(error, 'name'))}
        />
      </Field>
      <Field id={`${id}-role`} label={t('accounts.section.role')}>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`accounts.role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-password`} label={t('accounts.section.password')} error={issueOf(error, 'password')}>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="new-password"
          onChange={(e) => setPassword(e.target.value)}
          {...fieldAria(`${id}-password`, issueOf(error, 'password'))}
        />
      </Field>
      <label className="auth-check">
        <input type="checkbox" checked={reveal} onChange={(e) => setReveal(e.target.checked)} />
        {t('accounts.section.reveal')}
      </label>
      <FormError error={error instanceof ApiCallError && error.issues.length > 0 ? null : error} />
      <div>
        <button type="submit" className="primary" disabled={busy}>
          {t('accounts.section.add')}
        </button>
      </div>
    </form>
  );
}

function SetPasswordDialog({ name, onClose }: { name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await call('accounts.setPassword', { name, password });
      flashSuccess('accounts.section.passwordSet', { name });
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal title={t('accounts.section.resetPassword')} onClose={onClose} className="modal-narrow">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="modal-body">
          <Field
            id={`${id}-password`}
            label={t('accounts.section.newPassword', { name })}
            error={issueOf(error, 'password')}
          >
            <input
              id={`${id}-password`}
              type="password"
              value={password}
              autoFocus
              autoComplete="new-password"
              onChange={(e) => setPassword(e.target.value)}
              {...fieldAria(`${id}-password`, issueOf(error, 'password'))}
            />
          </Field>
          <FormError error={error instanceof ApiCallError && error.issues.length > 0 ? null : error} />
        </div>
        <footer className="modal-footer">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}

function IdleMinutesForm() {
  const { t } = useTranslation();
  const id = useId();
  const current = useAuthStore((s) => s.status?.idleMinutes ?? 15);
  const signedIn = useAuthStore((s) => s.signedIn);
  const [minutes, setMinutes] = useState(String(current));
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const status = await call('accounts.setIdleMinutes', { minutes: Number(minutes) });
      flashSuccess('accounts.section.idleSaved', { minutes: status.idleMinutes });
      signedIn(status);
    } catch (err) {
      const issue = issueOf(err, 'minutes');
      if (issue) setError(issue);
      else flashError(err);
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('accounts.section.idleMinutes')}
    >
      <Field id={`${id}-idle`} label={t('accounts.section.idleMinutes')} error={error}>
        <input
          id={`${id}-idle`}
          type="number"
          min={1}
          max={480}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          {...fieldAria(`${id}-idle`, error)}
        />
      </Field>
      <button type="submit" className="primary">
        {t('common.save')}
      </button>
    </form>
  );
}
