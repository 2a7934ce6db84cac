import type { ReactNode } from 'react';
import { translateIssue } from '../../i18n';

interface CheckGroupProps {
  legend: string;
  /** Issue message (`v.*`) of the whole group. */
  error: string | undefined;
  /** Narrow items (county names) take narrower columns. */
  narrow?: boolean;
  children: ReactNode;
}

/** A required group of checkboxes (the policies of a briefing, the counties of a class) and its error. */
export function CheckGroup({ legend, error, narrow = false, children }: CheckGroupProps) {
  return (
    <fieldset className="span-4 check-group" aria-invalid={error ? true : false}>
      <legend>
        {legend}
        <span className="required-mark" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div className={narrow ? 'check-grid narrow' : 'check-grid'}>{children}</div>
      {error ? <p className="field-error">{translateIssue(error)}</p> : null}
    </fieldset>
  );
}
