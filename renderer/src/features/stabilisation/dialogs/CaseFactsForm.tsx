import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CASE_TYPES, CaseUpdateInput, type ServiceCase } from '../../../../../shared/domain/service-cases';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof CaseUpdateInput>;
type Parsed = z.output<typeof CaseUpdateInput>;

/**
 * A case's facts written down wrong (the date, the type, what was asked, the follow-up): corrected in
 * place; the audit log keeps the change. Its status and what was done have their own forms.
 */
export function CaseFactsForm({ c, onDone }: { c: ServiceCase; onDone: () => void }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(CaseUpdateInput),
    defaultValues: {
      id: c.id,
      enterpriseId: c.enterpriseId,
      openedOn: c.openedOn,
      type: c.type,
      request: c.request,
      status: c.status,
      followUpOn: c.followUpOn,
      resolvedOn: c.resolvedOn,
      outcome: c.outcome,
    },
  });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('cases.update', values);
      flashSuccess('stabilisation.caseView.edited', { name: c.seekerName });
      onDone();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <form
      className="case-subform"
      aria-label={t('stabilisation.caseView.editTitle')}
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
    >
      <h3>{t('stabilisation.caseView.editTitle')}</h3>
      <div className="form-grid">
        <Field
          id={id('openedOn')}
          label={t('stabilisation.caseForm.openedOn')}
          error={errors.openedOn?.message}
          required
        >
          <input
            id={id('openedOn')}
            type="date"
            {...fieldAria(id('openedOn'), errors.openedOn?.message)}
            {...register('openedOn')}
          />
        </Field>
        <Field id={id('type')} label={t('stabilisation.caseForm.type')} error={errors.type?.message} required>
          <select id={id('type')} {...fieldAria(id('type'), errors.type?.message)} {...register('type')}>
            {CASE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`stabilisation.caseType.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        {c.status === 'resolved' ? null : (
          <Field
            id={id('followUpOn')}
            label={t('stabilisation.caseForm.followUpOn')}
            error={errors.followUpOn?.message}
          >
            <input
              id={id('followUpOn')}
              type="date"
              {...fieldAria(id('followUpOn'), errors.followUpOn?.message)}
              {...register('followUpOn', { setValueAs: emptyToNull })}
            />
          </Field>
        )}
        <Field
          id={id('request')}
          label={t('stabilisation.caseForm.request')}
          error={errors.request?.message}
          required
          className="span-4"
        >
          <textarea
            id={id('request')}
            rows={2}
            {...fieldAria(id('request'), errors.request?.message)}
            {...register('request')}
          />
        </Field>
      </div>
      <div className="subform-foot">
        <FormError error={submitError} />
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSubmitting}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
