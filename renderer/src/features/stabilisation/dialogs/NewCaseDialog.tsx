import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { CASE_STATUSES, CASE_TYPES, CaseOpenInput } from '../../../../../shared/domain/service-cases';
import { call } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { activeEnterprises, useDefaultDate, useReferenceStore } from '../../../data/reference-store';
import type { PickedWorker } from './dialog-store';
import { StaffNames } from './StaffNames';
import { WorkerField } from './WorkerPicker';
import { FormError } from '../../../ui/FormError';

type Values = z.input<typeof CaseOpenInput>;
type Parsed = z.output<typeof CaseOpenInput>;

const cashValue = (v: unknown) => (v === '' || v === null || v === undefined ? 0 : Number(v));

/** A new entry in the factory diary: who, what they asked, what was done on the day. */
export function NewCaseDialog({
  worker: initial,
  onClose,
}: {
  worker: PickedWorker | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const enterprises = activeEnterprises(useReferenceStore((s) => s.enterprises));
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setValue,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(CaseOpenInput),
    defaultValues: {
      seekerId: initial?.id ?? '',
      enterpriseId: null,
      openedOn: today,
      type: undefined,
      request: '',
      action: '',
      handledBy: '',
      cashYuan: 0,
      goods: '',
      status: 'open',
      followUpOn: null,
      resolvedOn: null,
      outcome: '',
    },
  });
  const status = useWatch({ control, name: 'status' });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('cases.open', values);
      flashSuccess('stabilisation.caseForm.saved', { name: saved.seekerName });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal title={t('stabilisation.caseForm.title')} onClose={onClose} className="modal-wide-form">
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <WorkerField
              id={id('worker')}
              initial={initial}
              error={errors.seekerId?.message}
              onPick={(w) => setValue('seekerId', w?.id ?? '', { shouldValidate: w !== null })}
            />
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
            <Field
              id={id('type')}
              label={t('stabilisation.caseForm.type')}
              error={errors.type?.message}
              required
            >
              <select
                id={id('type')}
                {...fieldAria(id('type'), errors.type?.message)}
                {...register('type', { setValueAs: (v: unknown) => (v === '' ? undefined : v) })}
              >
                <option value="">{t('stabilisation.caseForm.chooseType')}</option>
                {CASE_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`stabilisation.caseType.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('enterprise')}
              label={t('stabilisation.caseForm.enterprise')}
              error={errors.enterpriseId?.message}
              className="span-2"
            >
              <select id={id('enterprise')} {...register('enterpriseId', { setValueAs: emptyToNull })}>
                <option value="">{t('stabilisation.caseForm.workerEnterprise')}</option>
                {enterprises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </Field>
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
            <Field
              id={id('action')}
              label={t('stabilisation.caseForm.action')}
              error={errors.action?.message}
              className="span-4"
            >
              <textarea
                id={id('action')}
                rows={2}
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
                inputMode="decimal"
                {...fieldAria(id('cash'), errors.cashYuan?.message)}
                {...register('cashYuan', { setValueAs: cashValue })}
              />
            </Field>
            <Field
              id={id('goods')}
              label={t('stabilisation.caseForm.goods')}
              error={errors.goods?.message}
              className="span-2"
            >
              <input
                id={id('goods')}
                placeholder={t('stabilisation.caseForm.goodsHint')}
                {...register('goods')}
              />
            </Field>
            <Field
              id={id('status')}
              label={t('stabilisation.caseForm.status')}
              error={errors.status?.message}
            >
              <select id={id('status')} {...register('status')}>
                {CASE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stabilisation.caseStatus.${s}`)}
                  </option>
                ))}
              </select>
            </Field>
            {status === 'resolved' ? (
              <Field
                id={id('resolvedOn')}
                label={t('stabilisation.caseForm.resolvedOn')}
                error={errors.resolvedOn?.message}
                required
              >
                <input
                  id={id('resolvedOn')}
                  type="date"
                  {...fieldAria(id('resolvedOn'), errors.resolvedOn?.message)}
                  {...register('resolvedOn', { setValueAs: emptyToNull })}
                />
              </Field>
            ) : (
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
            {status === 'resolved' ? (
              <Field
                id={id('outcome')}
                label={t('stabilisation.caseForm.outcome')}
                error={errors.outcome?.message}
                className="span-2"
              >
                <input id={id('outcome')} {...register('outcome')} />
              </Field>
            ) : null}
          </div>
        </div>
        <footer className="modal-footer">
          <FormError error={submitError} />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={isSubmitting} aria-busy={isSubmitting}>
            {t('common.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
