import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { REQUEST_CATEGORIES, ServiceRequestInput } from '../../../../../shared/domain/fieldwork';
import { call } from '../../../api';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { useDefaultDate, useReferenceStore } from '../../../data/reference-store';
import { useRead } from '../../../data/use-read';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { Modal } from '../../../ui/Modal';
import type { FieldworkDialog } from '../fieldwork-store';

type Values = z.input<typeof ServiceRequestInput>;
type Parsed = z.output<typeof ServiceRequestInput>;
type Request = Extract<FieldworkDialog, { kind: 'request' }>;

/** An enterprise's request: what was asked, and once done, what was done, by whom and when. */
export function RequestDialog({ request, onClose }: { request: Request; onClose: () => void }) {
  const { t } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const enterprises = useReferenceStore((s) => s.enterprises);
  const overview = useRead('enterpriseService.overview', {}).data ?? [];
  const commissioner =
    overview.find((e) => e.enterpriseId === request.enterpriseId)?.commissioner?.name ?? '';
  const name = (enterpriseId: string) => {
    const e = enterprises.find((x) => x.id === enterpriseId);
    return e ? e.shortName || e.name : (request.request?.shortName ?? '');
  };
  const r = request.request;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(ServiceRequestInput),
    defaultValues: r
      ? {
          id: r.id,
          enterpriseId: r.enterpriseId,
          raisedOn: r.raisedOn,
          category: r.category,
          post: r.post,
          asked: r.asked,
          done: r.done,
          handledBy: r.handledBy || commissioner,
          solvedOn: r.solvedOn ?? (request.solve ? (today < r.raisedOn ? r.raisedOn : today) : null),
        }
      : {
          id: null,
          enterpriseId: request.enterpriseId,
          raisedOn: today,
          category: 'shortage',
          post: '',
          asked: '',
          done: '',
          handledBy: '',
          solvedOn: null,
        },
  });
  const enterpriseId = useWatch({ control, name: 'enterpriseId' });
  const solvedOn = useWatch({ control, name: 'solvedOn' });
  const solved = solvedOn !== null && solvedOn !== undefined;

  // The enterprise select shows its value once its options are there; the commissioner, once known,
  // is who solved it unless someone else is named.
  useEffect(() => setValue('enterpriseId', getValues('enterpriseId')), [enterprises, setValue, getValues]);
  useEffect(() => {
    if (solved && commissioner && !getValues('handledBy')) setValue('handledBy', commissioner);
  }, [solved, commissioner, setValue, getValues]);

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('enterpriseService.saveRequest', values);
      flashSuccess(
        values.solvedOn && !r?.solvedOn ? 'fieldwork.requestForm.solvedSaved' : 'fieldwork.requestForm.saved',
      );
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  const title = request.solve
    ? t('fieldwork.requestForm.solveTitle', { name: name(enterpriseId) })
    : r
      ? t('fieldwork.requestForm.editTitle', { name: name(enterpriseId) })
      : t('fieldwork.requestForm.newTitle', { name: name(enterpriseId) });

  return (
    <Modal title={title} onClose={onClose} className="request-dialog">
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field
              id={id('enterprise')}
              label={t('fieldwork.requestForm.enterprise')}
              error={errors.enterpriseId?.message}
              required
            >
              <select id={id('enterprise')} {...register('enterpriseId')}>
                {enterprises
                  .filter((e) => !e.archived || e.id === enterpriseId)
                  .map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.shortName || e.name}
                    </option>
                  ))}
              </select>
            </Field>
            <Field
              id={id('raisedOn')}
              label={t('fieldwork.requestForm.raisedOn')}
              error={errors.raisedOn?.message}
              required
            >
              <input
                id={id('raisedOn')}
                type="date"
                {...fieldAria(id('raisedOn'), errors.raisedOn?.message)}
                {...register('raisedOn')}
              />
            </Field>
            <Field
              id={id('category')}
              label={t('fieldwork.requestForm.category')}
              error={errors.category?.message}
              required
            >
              <select id={id('category')} {...register('category')}>
                {REQUEST_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`fieldwork.category.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('post')} label={t('fieldwork.requestForm.post')} error={errors.post?.message}>
              <input id={id('post')} autoComplete="off" {...register('post')} />
            </Field>
            <Field
              id={id('asked')}
              label={t('fieldwork.requestForm.asked')}
              error={errors.asked?.message}
              required
              className="span-4"
            >
              <textarea
                id={id('asked')}
                rows={2}
                {...fieldAria(id('asked'), errors.asked?.message)}
                {...register('asked')}
              />
            </Field>
            <Field
              id={id('done')}
              label={t('fieldwork.requestForm.done')}
              error={errors.done?.message}
              required={solved}
              className="span-4"
            >
              <textarea
                id={id('done')}
                rows={3}
                autoFocus={request.solve}
                {...fieldAria(id('done'), errors.done?.message)}
                {...register('done')}
              />
            </Field>
            <Field
              id={id('by')}
              label={t('fieldwork.requestForm.handledBy')}
              error={errors.handledBy?.message}
              required={solved}
            >
              <input
                id={id('by')}
                autoComplete="off"
                {...fieldAria(id('by'), errors.handledBy?.message)}
                {...register('handledBy')}
              />
            </Field>
            <div className="field solved-toggle">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={solved}
                  onChange={(e) => {
                    if (!e.target.checked) return setValue('solvedOn', null);
                    const raised = getValues('raisedOn');
                    setValue('solvedOn', today < raised ? raised : today);
                    if (!getValues('handledBy')) setValue('handledBy', commissioner);
                  }}
                />
                {t('fieldwork.requestForm.solved')}
              </label>
            </div>
            {solved ? (
              <Field
                id={id('solvedOn')}
                label={t('fieldwork.requestForm.solvedOn')}
                error={errors.solvedOn?.message}
                required
              >
                <input
                  id={id('solvedOn')}
                  type="date"
                  {...fieldAria(id('solvedOn'), errors.solvedOn?.message)}
                  {...register('solvedOn', { setValueAs: emptyToNull })}
                />
              </Field>
            ) : null}
          </div>
        </div>
        <FormFooter error={submitError} onCancel={onClose} saving={isSubmitting} />
      </form>
    </Modal>
  );
}
