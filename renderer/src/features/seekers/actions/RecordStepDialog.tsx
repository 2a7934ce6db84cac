import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LEAVE_REASONS, type EventType } from '../../../../../shared/domain/pipeline';
import { RecordEventsInput } from '../../../../../shared/domain/seeker';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { describeError } from '../../../data/labels';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { activeEnterprises, useDefaultDate, useReferenceStore } from '../../../data/reference-store';
import { useRecordFlow, type RecordInput } from './record-flow';
import { RefusalReport } from './RefusalReport';

export interface RecordStepRequest {
  type: EventType;
  seekerIds: string[];
  /** The person's name when there is one person, for the title. */
  name?: string;
  enterpriseId?: string | null;
}

interface RecordStepDialogProps extends RecordStepRequest {
  onClose: () => void;
  onDone?: () => void;
}

type FormValues = RecordEventsInput;

/** One step for one or many people: the date, and what the step needs (enterprise, post, reason). */
export function RecordStepDialog({
  type,
  seekerIds,
  name,
  enterpriseId,
  onClose,
  onDone,
}: RecordStepDialogProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const id = (field: string) => `${idPrefix}-${field}`;
  const defaultDate = useDefaultDate();
  const enterprises = activeEnterprises(useReferenceStore((s) => s.enterprises));
  const stepName = t(`stage.${type}`);
  const flow = useRecordFlow(() => stepName);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<FormValues, unknown, RecordInput>({
    resolver: zodResolver(RecordEventsInput),
    defaultValues: {
      seekerIds,
      type,
      date: defaultDate,
      enterpriseId: enterpriseId ?? null,
      post: '',
      reason: null,
      note: '',
      skipIneligible: false,
    },
  });
  const chosenEnterprise = useWatch({ control, name: 'enterpriseId' });
  const posts = enterprises.find((e) => e.id === chosenEnterprise)?.lines.filter((l) => !l.archived) ?? [];
  const needsEnterprise = type === 'interview_arranged' || type === 'employed';

  const finish = (done: boolean) => {
    if (!done) return;
    onDone?.();
    onClose();
  };

  const onSubmit = async (values: RecordInput) => {
    setSubmitError(null);
    try {
      finish(await flow.record(values));
    } catch (error) {
      applyServerIssues(error, setError);
      setSubmitError(error);
    }
  };

  const recordEligible = async () => {
    setSubmitError(null);
    try {
      finish(await flow.recordEligible());
    } catch (error) {
      setSubmitError(error);
    }
  };

  const who = name ?? t('seekers.record.whoMany', { n: seekerIds.length });
  const skipped = flow.refused ? new Set(flow.refused.map((r) => r.seekerId)).size : 0;

  return (
    <Modal
      title={t('seekers.record.title', { step: stepName, who })}
      onClose={onClose}
      className="modal-narrow"
    >
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid form-grid-2">
            <Field
              id={id('date')}
              label={type === 'employed' ? t('seekers.record.entryDate') : t('seekers.record.date')}
              error={errors.date?.message}
              required
            >
              <input
                id={id('date')}
                type="date"
                {...fieldAria(id('date'), errors.date?.message)}
                {...register('date', { onChange: flow.reset })}
              />
            </Field>
            {needsEnterprise ? (
              <Field
                id={id('enterprise')}
                label={t('seekers.record.enterprise')}
                error={errors.enterpriseId?.message}
                required
              >
                <select
                  id={id('enterprise')}
                  {...fieldAria(id('enterprise'), errors.enterpriseId?.message)}
                  {...register('enterpriseId', { setValueAs: emptyToNull, onChange: flow.reset })}
                >
                  <option value="">{t('seekers.record.chooseEnterprise')}</option>
                  {enterprises.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            {type === 'employed' ? (
              <Field id={id('post')} label={t('seekers.record.post')} error={errors.post?.message} required>
                <input
                  id={id('post')}
                  list={id('posts')}
                  {...fieldAria(id('post'), errors.post?.message)}
                  {...register('post', { onChange: flow.reset })}
                />
                <datalist id={id('posts')}>
                  {posts.map((l) => (
                    <option key={l.id} value={l.post} />
                  ))}
                </datalist>
              </Field>
            ) : null}
            {type === 'left' ? (
              <Field
                id={id('reason')}
                label={t('seekers.record.reason')}
                error={errors.reason?.message}
                required
              >
                <select
                  id={id('reason')}
                  {...fieldAria(id('reason'), errors.reason?.message)}
                  {...register('reason', { setValueAs: emptyToNull })}
                >
                  <option value="">{t('seekers.record.chooseReason')}</option>
                  {LEAVE_REASONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`leaveReason.${r}`)}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            <Field
              id={id('note')}
              label={t('seekers.record.note')}
              error={errors.note?.message}
              className="span-4"
            >
              <input id={id('note')} {...fieldAria(id('note'), errors.note?.message)} {...register('note')} />
            </Field>
          </div>
          {flow.refused ? <RefusalReport refused={flow.refused} total={seekerIds.length} /> : null}
        </div>
        <footer className="modal-footer">
          {submitError ? (
            <p className="form-error" role="alert">
              {describeError(t, i18n.language, submitError)}
            </p>
          ) : null}
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {flow.refused && flow.eligible > 0 ? (
            <button
              type="button"
              className="primary"
              disabled={flow.busy}
              onClick={() => void recordEligible()}
            >
              {t('seekers.record.skipIneligible', { eligible: flow.eligible, skipped })}
            </button>
          ) : null}
          {!flow.refused ? (
            <button type="submit" className="primary" disabled={flow.busy} aria-busy={flow.busy}>
              {t('seekers.record.submit')}
            </button>
          ) : null}
        </footer>
      </form>
    </Modal>
  );
}
