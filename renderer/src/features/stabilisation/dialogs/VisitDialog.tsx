import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { VisitInput } from '../../../../../shared/contract/stabilisation';
import { RISK_LEVELS, VISIT_METHODS, WELLBEING } from '../../../../../shared/domain/return-visits';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { useDefaultDate } from '../../../data/reference-store';
import type { PickedWorker } from './dialog-store';
import { StaffNames } from './StaffNames';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof VisitInput>;
type Parsed = z.output<typeof VisitInput>;

/** A return visit (回访): reached or not, how they are doing, the risk of leaving. */
export function VisitDialog({ worker, onClose }: { worker: PickedWorker; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(VisitInput),
    defaultValues: {
      seekerId: worker.id,
      visitedOn: today,
      method: 'in_person',
      reached: true,
      wellbeing: null,
      risk: null,
      notes: '',
      visitedBy: '',
    },
  });
  const reached = useWatch({ control, name: 'reached' });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('visits.record', values);
      flashSuccess('stabilisation.visitForm.saved', { name: worker.name });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal
      title={t('stabilisation.visitForm.title', { name: worker.name })}
      onClose={onClose}
      className="modal-narrow"
    >
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid form-grid-2">
            <Field
              id={id('date')}
              label={t('stabilisation.visitForm.visitedOn')}
              error={errors.visitedOn?.message}
              required
            >
              <input
                id={id('date')}
                type="date"
                {...fieldAria(id('date'), errors.visitedOn?.message)}
                {...register('visitedOn')}
              />
            </Field>
            <Field id={id('method')} label={t('stabilisation.visitForm.method')}>
              <select id={id('method')} {...register('method')}>
                {VISIT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`stabilisation.method.${m}`)}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset className="span-4 radio-group">
              <legend>{t('stabilisation.visitForm.reached')}</legend>
              <label className="checkbox">
                <input type="radio" checked={reached} onChange={() => setValue('reached', true)} />
                {t('stabilisation.visitForm.reachedYes')}
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  checked={!reached}
                  onChange={() => {
                    setValue('reached', false);
                    setValue('wellbeing', null);
                    setValue('risk', null);
                  }}
                />
                {t('stabilisation.visitForm.reachedNo')}
              </label>
            </fieldset>
            {reached ? (
              <>
                <Field
                  id={id('wellbeing')}
                  label={t('stabilisation.visitForm.wellbeing')}
                  error={errors.wellbeing?.message}
                  required
                >
                  <select
                    id={id('wellbeing')}
                    {...fieldAria(id('wellbeing'), errors.wellbeing?.message)}
                    {...register('wellbeing', { setValueAs: emptyToNull })}
                  >
                    <option value="">{t('stabilisation.visitForm.choose')}</option>
                    {WELLBEING.map((w) => (
                      <option key={w} value={w}>
                        {t(`stabilisation.wellbeing.${w}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  id={id('risk')}
                  label={t('stabilisation.visitForm.risk')}
                  error={errors.risk?.message}
                  required
                >
                  <select
                    id={id('risk')}
                    {...fieldAria(id('risk'), errors.risk?.message)}
                    {...register('risk', { setValueAs: emptyToNull })}
                  >
                    <option value="">{t('stabilisation.visitForm.choose')}</option>
                    {RISK_LEVELS.map((r) => (
                      <option key={r} value={r}>
                        {t(`stabilisation.risk.${r}`)}
                      </option>
                    ))}
                  </select>
                </Field>
              </>
            ) : null}
            <Field id={id('by')} label={t('stabilisation.visitForm.visitedBy')}>
              <input id={id('by')} list={id('staff')} {...register('visitedBy')} />
              <StaffNames id={id('staff')} />
            </Field>
            <Field
              id={id('notes')}
              label={t('stabilisation.visitForm.notes')}
              error={errors.notes?.message}
              className="span-4"
            >
              <textarea id={id('notes')} rows={2} {...register('notes')} />
            </Field>
          </div>
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
