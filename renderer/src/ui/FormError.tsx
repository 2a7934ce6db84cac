import { translateError } from '../i18n';

/** Why a form's save was refused (an error not tied to one field), announced to screen readers. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {translateError(error)}
    </p>
  );
}
