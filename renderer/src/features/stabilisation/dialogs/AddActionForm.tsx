import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CASE_STATUSES, CaseActionInput, type ServiceCase } from '../../../../../shared/domain/service-cases';
import { call } from '../../../api';
import { Field, fieldAria } from '../../../ui/Field';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { useDefaultDate } from '../../../data/reference-store';
import { StaffNames } from './StaffNames';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof CaseActionInput>;
type Parsed = z.output<typeof CaseActionInput>;

const cashValue = (v: unknown) => (v === '' || v === null || v === undefined ? 0 : Number(v));

/** One more thing done on a case: a later visit, the money handed over, a call to the line leader. */
export function AddActionForm({ c }: { c: ServiceCase }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(CaseActionInput),
    defaultValues: {
      caseId: c.id,
      date: today,
      action: '',
      handledBy: c.handledBy,
      cashYuan: 0,
      goods: '',
      status: null,
      followUpOn: null,
    },
  });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('cases.addAction', values);
      reset({ ...values, action: '', cashYuan: 0, goods: '', status: null, followUpOn: null });
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <form
      className="case-subform"
      noValidate
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
      aria-labelledby={id('title')}
    >
      <h3 id={id('title')}>{t('stabilisation.caseView.addAction')}</h3>
      <div className="form-grid">
        <Field
          id={id('date')}
          label={t('stabilisation.caseForm.actionDate')}
          error={errors.date?.message}
          required
        >
          <input
            id={id('date')}
            type="date"
            {...fieldAria(id('date'), errors.date?.message)}
            {...register('date')}
          />
        </Field>
        <Field
          id={id('action')}
          label={t('stabilisation.caseForm.action')}
          error={errors.action?.message}
          required
          className="span-3"
        >
          <input
            id={id('action')}
            {...fieldAria(id('action'), errors.action?.message)}
            {...register('action')}
          />
        </Field>
        <Field
          id={id('handledBy')}
          label={t('stabilisation.caseForm.handledBy')}
          error={errors.handledBy?.message}
        >
          <input id={id('handledBy')} list={id('staff')} {...register('handledBy')} />
          <StaffNames id={id('staff')} />
        </Field>
        <Field id={id('cash')} label={t('stabilisation.caseForm.cash')} error={errors.cashYuan?.message}>
          <input
            id={id('cash')}
            type="number"
            min={0}
            step="0.01"
            {...fieldAria(id('cash'), errors.cashYuan?.message)}
            {...register('cashYuan', { setValueAs: cashValue })}
          />
        </Field>
        <Field id={id('goods')} label={t('stabilisation.caseForm.goods')} error={errors.goods?.message}>
          <input id={id('goods')} {...register('goods')} />
        </Field>
        <Field id={id('status')} label={t('stabilisation.caseForm.newStatus')}>
          <select id={id('status')} {...register('status', { setValueAs: emptyToNull })}>
            <option value="">{t('stabilisation.caseForm.keepStatus')}</option>
            {CASE_STATUSES.filter((s) => s !== 'resolved').map((s) => (
              <option key={s} value={s}>
                {t(`stabilisation.caseStatus.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="subform-foot">
        <FormError error={submitError} />
        <button type="submit" disabled={isSubmitting}>
          {t('stabilisation.caseView.addActionButton')}
        </button>
      </div>
    </form>
  );
}
