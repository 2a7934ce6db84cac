import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';

interface FormFooterProps {
  /** Why the last save was refused, if it was. */
  error: unknown;
  onCancel: () => void;
  saving: boolean;
  /** Buttons before Cancel, e.g. a delete. */
  children?: ReactNode;
}

/** A dialog form's foot: the refusal, then Cancel and Save. */
export function FormFooter({ error, onCancel, saving, children }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="modal-footer">
      <FormError error={error} />
      {children}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="primary" disabled={saving}>
        {t('common.save')}
      </button>
    </footer>
  );
}
