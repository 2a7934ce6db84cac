import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { COUNTIES } from '../../../../../shared/domain/counties';
import {
  FieldVisitInput,
  POLICY_TOPICS,
  VISIT_KINDS,
  type VisitPerson,
} from '../../../../../shared/domain/fieldwork';
import { call } from '../../../api';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { countyName } from '../../../data/labels';
import { activeEnterprises, townsOf, useReferenceStore } from '../../../data/reference-store';
import { useRead } from '../../../data/use-read';
import { useFormatters } from '../../../format';
import { flashSuccess } from '../../../shell/flash-store';
import { confirmAction } from '../../../ui/confirm-store';
import { Field, fieldAria } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';
import { Modal } from '../../../ui/Modal';
import { CheckGroup } from '../CheckGroup';
import { PeoplePicker } from './PeoplePicker';

export type VisitValues = z.input<typeof FieldVisitInput>;
type Parsed = z.output<typeof FieldVisitInput>;

interface VisitFormProps {
  initial: VisitValues;
  /** The people already linked (a visit being corrected). */
  people: readonly VisitPerson[];
  /** Where a visit being corrected was, for the question before deleting it. */
  place?: string;
  onClose: () => void;
}

/** Where, how, who was reached and who signed up; a briefing's enterprise and policies. */
export function VisitForm({ initial, people: initialPeople, place = '', onClose }: VisitFormProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const counties = useReferenceStore((s) => s.counties);
  const allEnterprises = useReferenceStore((s) => s.enterprises);
  const enterprises = activeEnterprises(allEnterprises);
  const classList = useRead('recruitmentClasses.list', {}).data;
  const classes = classList ?? [];
  const [people, setPeople] = useState<VisitPerson[]>([...initialPeople]);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<VisitValues, unknown, Parsed>({
    resolver: zodResolver(FieldVisitInput),
    defaultValues: initial,
  });
  const kind = useWatch({ control, name: 'kind' });
  const countyCode = useWatch({ control, name: 'countyCode' });
  const signedUp = useWatch({ control, name: 'signedUp' });
  const briefing = kind === 'policy_briefing';

  // A select shows its value only once its options are there: set it again when they arrive.
  useEffect(() => setValue('classId', getValues('classId')), [classList, setValue, getValues]);
  useEffect(() => setValue('enterpriseId', getValues('enterpriseId')), [allEnterprises, setValue, getValues]);

  // What one kind records the other does not: switching clears it, so nothing hidden is sent.
  const firstKind = useRef(true);
  useEffect(() => {
    if (firstKind.current) {
      firstKind.current = false;
      return;
    }
    if (briefing) {
      setValue('classId', null);
      setValue('countyCode', null);
      setValue('town', '');
      setValue('village', '');
      setValue('seekerIds', []);
      setPeople([]);
    } else {
      setValue('policies', []);
    }
  }, [briefing, setValue]);

  const choosePeople = (next: VisitPerson[]) => {
    setPeople(next);
    setValue(
      'seekerIds',
      next.map((p) => p.seekerId),
    );
    // Everyone named signed up: the count is at least the names.
    const count = Number(getValues('signedUp'));
    if (!Number.isFinite(count) || count < next.length) setValue('signedUp', next.length);
  };

  const chooseClass = (classId: string | null) => {
    const chosen = classes.find((c) => c.id === classId);
    if (chosen && chosen.countyCodes.length === 1 && !getValues('countyCode'))
      setValue('countyCode', chosen.countyCodes[0]!);
  };

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      await call('fieldVisits.save', values);
      flashSuccess('fieldwork.form.saved');
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  const onDelete = async () => {
    if (!initial.id) return;
    const ok = await confirmAction({
      message: t('fieldwork.actions.deleteConfirm', { date: fmt.date(initial.date), place }),
      confirmLabel: t('fieldwork.actions.delete'),
      danger: true,
    });
    if (!ok) return;
    try {
      await call('fieldVisits.delete', { id: initial.id });
      flashSuccess('fieldwork.actions.deleted');
      onClose();
    } catch (error) {
      setSubmitError(error);
    }
  };

  const title = initial.id
    ? t('fieldwork.form.editTitle', { date: fmt.date(initial.date) })
    : briefing
      ? t('fieldwork.form.briefingTitle')
      : t('fieldwork.form.newTitle');
  const peopleError = errors.seekerIds?.message ?? errors.seekerIds?.find?.((e) => e?.message)?.message;

  return (
    <Modal title={title} onClose={onClose} className="visit-dialog">
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field id={id('kind')} label={t('fieldwork.form.kind')} required>
              <select id={id('kind')} {...register('kind')}>
                {VISIT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`fieldwork.kind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('date')} label={t('fieldwork.form.date')} error={errors.date?.message} required>
              <input
                id={id('date')}
                type="date"
                {...fieldAria(id('date'), errors.date?.message)}
                {...register('date')}
              />
            </Field>
            {briefing ? (
              <Field
                id={id('enterprise')}
                label={t('fieldwork.form.enterprise')}
                error={errors.enterpriseId?.message}
                required
                className="span-2"
              >
                <select
                  id={id('enterprise')}
                  {...fieldAria(id('enterprise'), errors.enterpriseId?.message)}
                  {...register('enterpriseId', { setValueAs: emptyToNull })}
                >
                  <option value="">{t('fieldwork.form.choose')}</option>
                  {enterprises.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : (
              <Field
                id={id('class')}
                label={t('fieldwork.form.class')}
                error={errors.classId?.message}
                required
                className="span-2"
              >
                <select
                  id={id('class')}
                  {...fieldAria(id('class'), errors.classId?.message)}
                  {...register('classId', {
                    setValueAs: emptyToNull,
                    onChange: (e: { target: { value: string } }) => chooseClass(e.target.value || null),
                  })}
                >
                  <option value="">{t('fieldwork.form.choose')}</option>
                  {classes.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}（{c.countyCodes.map((code) => countyName(code, i18n.language)).join('、')}）
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {!briefing ? (
              <>
                <Field
                  id={id('county')}
                  label={t('fieldwork.form.county')}
                  error={errors.countyCode?.message}
                  required
                >
                  <select
                    id={id('county')}
                    {...fieldAria(id('county'), errors.countyCode?.message)}
                    {...register('countyCode', { setValueAs: emptyToNull })}
                  >
                    <option value="">{t('fieldwork.form.choose')}</option>
                    {COUNTIES.map((c) => (
                      <option key={c.code} value={c.code}>
                        {countyName(c.code, i18n.language)}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={id('town')} label={t('fieldwork.form.town')} error={errors.town?.message}>
                  <input id={id('town')} list={id('towns')} autoComplete="off" {...register('town')} />
                  <datalist id={id('towns')}>
                    {townsOf(counties, countyCode).map((town) => (
                      <option key={town} value={town} />
                    ))}
                  </datalist>
                </Field>
                <Field id={id('village')} label={t('fieldwork.form.village')} error={errors.village?.message}>
                  <input id={id('village')} autoComplete="off" {...register('village')} />
                </Field>
                <Field id={id('enterprise')} label={t('fieldwork.form.enterprise')}>
                  <select id={id('enterprise')} {...register('enterpriseId', { setValueAs: emptyToNull })}>
                    <option value="">{t('fieldwork.form.enterpriseAny')}</option>
                    {enterprises.map((e) => (
                      <option key={e.id} value={e.id}>
                        {e.shortName || e.name}
                      </option>
                    ))}
                  </select>
                </Field>
              </>
            ) : null}
            <Field
              id={id('reached')}
              label={t('fieldwork.form.reached')}
              error={errors.reached?.message}
              required
            >
              <input
                id={id('reached')}
                type="number"
                min={0}
                inputMode="numeric"
                {...fieldAria(id('reached'), errors.reached?.message)}
                {...register('reached', { valueAsNumber: true })}
              />
            </Field>
            <Field
              id={id('signedUp')}
              label={t('fieldwork.form.signedUp')}
              error={errors.signedUp?.message}
              required
            >
              <input
                id={id('signedUp')}
                type="number"
                min={0}
                inputMode="numeric"
                {...fieldAria(id('signedUp'), errors.signedUp?.message)}
                {...register('signedUp', { valueAsNumber: true })}
              />
            </Field>
            <Field
              id={id('staff')}
              label={t('fieldwork.form.staff')}
              error={errors.staff?.message}
              className="span-2"
            >
              <input id={id('staff')} autoComplete="off" {...register('staff')} />
            </Field>
            {briefing ? (
              <CheckGroup legend={t('fieldwork.form.policies')} error={errors.policies?.message}>
                {POLICY_TOPICS.map((p) => (
                  <label key={p} className="checkbox">
                    <input type="checkbox" value={p} {...register('policies')} />
                    {t(`fieldwork.policy.${p}`)}
                  </label>
                ))}
              </CheckGroup>
            ) : (
              <Field
                id={id('people')}
                label={t('fieldwork.form.people')}
                error={peopleError}
                className="span-4"
              >
                <p className="muted field-hint">{t('fieldwork.form.peopleHint')}</p>
                <PeoplePicker
                  id={id('people')}
                  people={people}
                  signedUp={Number.isFinite(Number(signedUp)) ? Number(signedUp) : 0}
                  onChange={choosePeople}
                  error={peopleError}
                />
              </Field>
            )}
            <Field
              id={id('notes')}
              label={t('fieldwork.form.notes')}
              error={errors.notes?.message}
              className="span-4"
            >
              <textarea id={id('notes')} rows={2} {...register('notes')} />
            </Field>
          </div>
        </div>
        <FormFooter error={submitError} onCancel={onClose} saving={isSubmitting}>
          {initial.id ? (
            <button type="button" className="danger-text" onClick={() => void onDelete()}>
              {t('fieldwork.actions.delete')}
            </button>
          ) : null}
        </FormFooter>
      </form>
    </Modal>
  );
}
