import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { flashError } from '../../../shell/flash-store';

/** The bank account, masked; showing it in full is the audited reveal, like an ID number. */
export function BankAccount({ seekerId, masked }: { seekerId: string; masked: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (masked === '') return <span className="muted">—</span>;
  const reveal = async () => {
    setBusy(true);
    try {
      setValue((await call('seekers.reveal', { id: seekerId, field: 'bankAccount' })).value);
    } catch (error) {
      flashError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="reveal">
      <span className="mono" data-testid="bank-account">
        {value ?? masked}
      </span>
      <button
        type="button"
        className="small subtle"
        disabled={busy}
        aria-label={value === null ? t('policies.person.revealLabel') : t('policies.person.hide')}
        onClick={() => (value === null ? void reveal() : setValue(null))}
      >
        {value === null ? t('policies.person.reveal') : t('policies.person.hide')}
      </button>
    </span>
  );
}
