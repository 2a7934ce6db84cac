import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useCan } from '../../../shell/auth-store';
import { flashError } from '../../../shell/flash-store';
import { askRevealReason } from '../../../shell/reason-store';

interface RevealValueProps {
  seekerId: string;
  field: 'idNumber' | 'phone';
  masked: string;
  label: string;
}

/**
 * Masked by default; showing the full value is a deliberate click, and the backend audits it.
 * Keyed by person in the parent, so another person starts masked again.
 */
export function RevealValue({ seekerId, field, masked, label }: RevealValueProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Without the reveal permission the value stays masked and there is nothing to click.
  const mayReveal = useCan('reveal');

  const reveal = async () => {
    const reason = await askRevealReason();
    if (reason === null) return;
    setBusy(true);
    try {
      setValue((await call('seekers.reveal', { id: seekerId, field, reason })).value);
    } catch (error) {
      flashError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="reveal">
      <span className="mono">{value ?? masked}</span>
      {!mayReveal ? null : value === null ? (
        <button
          type="button"
          className="small subtle"
          disabled={busy}
          aria-label={t('seekers.detail.revealLabel', { what: label })}
          title={t('seekers.detail.revealHint')}
          onClick={() => void reveal()}
        >
          {t('seekers.detail.reveal')}
        </button>
      ) : (
        <button
          type="button"
          className="small subtle"
          aria-label={t('seekers.detail.hideLabel', { what: label })}
          onClick={() => setValue(null)}
        >
          {t('seekers.detail.hide')}
        </button>
      )}
    </span>
  );
}
