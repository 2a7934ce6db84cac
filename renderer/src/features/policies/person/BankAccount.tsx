import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useCan } from '../../../shell/auth-store';
import { flashError } from '../../../shell/flash-store';
import { askRevealReason } from '../../../shell/reason-store';

/** The bank account, masked; showing it in full is the audited reveal, like an ID number. */
export function BankAccount({ seekerId, masked }: { seekerId: string; masked: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Without the reveal permission the account stays masked and there is nothing to click.
  const mayReveal = useCan('reveal');
  if (masked === '') return <span className="muted">—</span>;
  const reveal = async () => {
    const reason = await askRevealReason();
    if (reason === null) return;
    setBusy(true);
    try {
      setValue((await call('seekers.reveal', { id: seekerId, field: 'bankAccount', reason })).value);
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
      {!mayReveal ? null : (
        <button
          type="button"
          className="small subtle"
          disabled={busy}
          aria-label={value === null ? t('policies.person.revealLabel') : t('policies.person.hide')}
          onClick={() => (value === null ? void reveal() : setValue(null))}
        >
          {value === null ? t('policies.person.reveal') : t('policies.person.hide')}
        </button>
      )}
    </span>
  );
}
