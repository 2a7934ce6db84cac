import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Finding } from '../../../../shared/contract/supervision';
import { COUNTIES } from '../../../../shared/domain/counties';
import {
  DEADLINE_KINDS,
  FINDING_CATEGORIES,
  FindingInput,
  SUPERVISION_CLASSES,
} from '../../../../shared/domain/supervision';
import { call } from '../../api';
import { applyServerIssues, emptyToNull } from '../../data/form-issues';
import { countyName } from '../../data/labels';
import { activeEnterprises, townsOf, useDefaultDate, useReferenceStore } from '../../data/reference-store';
import { flashSuccess } from '../../shell/flash-store';
import { Field, fieldAria } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { classLabel } from './labels';

type Values = z.input<typeof FindingInput>;
type Parsed = z.output<typeof FindingInput>;

const toNumber = (v: unknown) => (v === '' || v === undefined || v === null ? undefined : Number(v));
const toChoice = (v: unknown) => (v === '' ? undefined : v);

function initialValues(finding: Finding | null, today: string, countyCode: string | null): Values {
  if (finding) {
    const { classNo, foundOn, town, enterpriseId, category, problem, requirement } = finding;
    return {
      classNo,
      foundOn,
      countyCode: finding.countyCode,
      town,
      enterpriseId,
      category,
      problem,
      requirement,
      responsibleUnit: finding.responsibleUnit,
      responsiblePerson: finding.responsiblePerson,
      deadlineKind: finding.deadlineKind,
      deadline: finding.deadline,
    };
  }
  return {
    classNo: undefined as unknown as number,
    foundOn: today,
    countyCode: countyCode ?? (undefined as unknown as string),
    town: '',
    enterpriseId: null,
    category: undefined as unknown as Values['category'],
    problem: '',
    requirement: '',
    responsibleUnit: '',
    responsiblePerson: '',
    deadlineKind: 'by_date',
    deadline: null,
  };
}

/**
 * Records a finding (交办), or corrects one: who found it, where, what and what must change, who
 * answers for it and by when. A deadline before the finding's date is refused at the field.
 */
export function FindingForm({
  finding,
  countyCode,
  onClose,
}: {
  finding: Finding | null;
  countyCode: string | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const counties = useReferenceStore((s) => s.counties);
  const enterprises = activeEnterprises(useReferenceStore((s) => s.enterprises));
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(FindingInput),
    defaultValues: initialValues(finding, today, countyCode),
  });
  const kind = useWatch({ control, name: 'deadlineKind' });
  const county = useWatch({ control, name: 'countyCode' });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      if (finding) {
        await call('findings.update', { id: finding.id, ...values });
        flashSuccess('supervision.form.updated');
      } else {
        const saved = await call('findings.record', values);
        flashSuccess('supervision.form.saved', { county: countyName(saved.countyCode, i18n.language) });
      }
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  const text = (name: 'responsibleUnit' | 'responsiblePerson', className = 'span-2') => (
    <Field
      id={id(name)}
      label={t(`supervision.form.${name}`)}
      error={errors[name]?.message}
      required
      className={className}
    >
      <input id={id(name)} {...fieldAria(id(name), errors[name]?.message)} {...register(name)} />
    </Field>
  );
  const area = (name: 'problem' | 'requirement') => (
    <Field
      id={id(name)}
      label={t(`supervision.form.${name}`)}
      error={errors[name]?.message}
      required
      className="span-4"
    >
      <textarea id={id(name)} rows={2} {...fieldAria(id(name), errors[name]?.message)} {...register(name)} />
    </Field>
  );

  return (
    <Modal
      title={finding ? t('supervision.form.editTitle') : t('supervision.form.title')}
      onClose={onClose}
      className="modal-wide-form"
    >
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field
              id={id('class')}
              label={t('supervision.form.class')}
              error={errors.classNo?.message}
              required
            >
              <select
                id={id('class')}
                {...fieldAria(id('class'), errors.classNo?.message)}
                {...register('classNo', { setValueAs: toNumber })}
              >
                <option value="">{t('supervision.form.chooseClass')}</option>
                {SUPERVISION_CLASSES.map((n) => (
                  <option key={n} value={n}>
                    {classLabel(t, n)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('foundOn')}
              label={t('supervision.form.foundOn')}
              error={errors.foundOn?.message}
              required
            >
              <input
                id={id('foundOn')}
                type="date"
                {...fieldAria(id('foundOn'), errors.foundOn?.message)}
                {...register('foundOn')}
              />
            </Field>
            <Field
              id={id('county')}
              label={t('supervision.form.county')}
              error={errors.countyCode?.message}
              required
            >
              <select
                id={id('county')}
                {...fieldAria(id('county'), errors.countyCode?.message)}
                {...register('countyCode', { setValueAs: toChoice })}
              >
                <option value="">{t('supervision.form.chooseCounty')}</option>
                {COUNTIES.map((c) => (
                  <option key={c.code} value={c.code}>
                    {countyName(c.code, i18n.language)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id={id('town')} label={t('supervision.form.town')} error={errors.town?.message}>
              <input id={id('town')} list={id('towns')} {...register('town')} />
              <datalist id={id('towns')}>
                {townsOf(counties, county).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </Field>
            <Field
              id={id('category')}
              label={t('supervision.form.category')}
              error={errors.category?.message}
              required
            >
              <select
                id={id('category')}
                {...fieldAria(id('category'), errors.category?.message)}
                {...register('category', { setValueAs: toChoice })}
              >
                <option value="">{t('supervision.form.chooseCategory')}</option>
                {FINDING_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`supervision.category.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('enterprise')}
              label={t('supervision.form.enterprise')}
              error={errors.enterpriseId?.message}
              className="span-3"
            >
              <select id={id('enterprise')} {...register('enterpriseId', { setValueAs: emptyToNull })}>
                <option value="">{t('supervision.form.noEnterprise')}</option>
                {enterprises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </Field>
            {area('problem')}
            {area('requirement')}
            {text('responsibleUnit')}
            {text('responsiblePerson')}
            <Field
              id={id('kind')}
              label={t('supervision.form.deadlineKind')}
              error={errors.deadlineKind?.message}
              required
            >
              <select id={id('kind')} {...register('deadlineKind')}>
                {DEADLINE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`supervision.deadlineKind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            {kind === 'by_date' ? (
              <Field
                id={id('deadline')}
                label={t('supervision.form.deadline')}
                error={errors.deadline?.message}
                required
              >
                <input
                  id={id('deadline')}
                  type="date"
                  {...fieldAria(id('deadline'), errors.deadline?.message)}
                  {...register('deadline', { setValueAs: emptyToNull })}
                />
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
