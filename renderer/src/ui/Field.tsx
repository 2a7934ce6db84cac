import type { ReactNode } from 'react';
import { translateIssue } from '../i18n';

interface FieldProps {
  id: string;
  label: string;
  /** Issue message: a `v.*` key (translated here) or plain text. */
  error?: string | undefined;
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label above the control, the translated error right under it. */
export function Field({ id, label, error, required, className, children }: FieldProps) {
  return (
    <div className={`field ${error ? 'has-error' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {translateIssue(error)}
        </p>
      ) : null}
    </div>
  );
}

/** Props for the control inside a Field so the error is announced with it. */
export function fieldAria(id: string, error: string | undefined) {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : { 'aria-invalid': false };
}
