import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceCase } from '../../../../../shared/domain/service-cases';
import { ApiCallError, call } from '../../../api';
import { translateError } from '../../../i18n';
import { flashSuccess } from '../../../shell/flash-store';
import { Field } from '../../../ui/Field';
import { useDefaultDate } from '../../../data/reference-store';

/** Closes a case: the day it was settled and how it ended. */
export function ResolveForm({ c }: { c: ServiceCase }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const [resolvedOn, setResolvedOn] = useState(today < c.openedOn ? c.openedOn : today);
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const issue = (path: string) =>
    error instanceof ApiCallError ? error.issues.find((i) => i.path[0] === path)?.message : undefined;

  const resolve = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('cases.update', {
        id: c.id,
        enterpriseId: c.enterpriseId,
        openedOn: c.openedOn,
        type: c.type,
        request: c.request,
        status: 'resolved',
        followUpOn: null,
        resolvedOn,
        outcome,
      });
      flashSuccess('stabilisation.caseView.resolvedMessage', { name: c.seekerName });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="case-subform" aria-labelledby={id('title')}>
      <h3 id={id('title')}>{t('stabilisation.caseView.resolveTitle')}</h3>
      <div className="form-grid">
        <Field
          id={id('date')}
          label={t('stabilisation.caseForm.resolvedOn')}
          error={issue('resolvedOn')}
          required
        >
          <input
            id={id('date')}
            type="date"
            value={resolvedOn}
            onChange={(e) => setResolvedOn(e.target.value)}
          />
        </Field>
        <Field
          id={id('outcome')}
          label={t('stabilisation.caseForm.outcome')}
          error={issue('outcome')}
          className="span-3"
        >
          <input id={id('outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
        </Field>
      </div>
      <div className="subform-foot">
        {error && !(error instanceof ApiCallError && error.issues.length > 0) ? (
          <p className="form-error" role="alert">
            {translateError(error)}
          </p>
        ) : null}
        <button type="button" className="primary" disabled={busy} onClick={() => void resolve()}>
          {t('stabilisation.caseView.resolve')}
        </button>
      </div>
    </section>
  );
}
