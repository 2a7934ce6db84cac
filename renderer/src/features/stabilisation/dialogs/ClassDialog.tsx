import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { COUNTIES } from '../../../../../shared/domain/counties';
import {
  SpecialClassInput,
  STAFF_ROLES,
  type SpecialClass,
} from '../../../../../shared/domain/special-classes';
import { call } from '../../../api';
import { translateError } from '../../../i18n';
import { flashSuccess } from '../../../shell/flash-store';
import { Field, fieldAria } from '../../../ui/Field';
import { Modal } from '../../../ui/Modal';
import { applyServerIssues, emptyToNull } from '../../../data/form-issues';
import { useDefaultDate, useReferenceStore } from '../../../data/reference-store';

type Values = z.input<typeof SpecialClassInput>;
type Parsed = z.output<typeof SpecialClassInput>;

interface ClassDialogProps {
  specialClass: SpecialClass | null;
  enterpriseId?: string | undefined;
  onClose: () => void;
}

function initialValues(c: SpecialClass | null, enterpriseId: string, today: string, name: string): Values {
  if (!c) return { id: null, name, enterpriseId, startDate: today, endDate: null, notes: '', members: [] };
  return {
    id: c.id,
    name: c.name,
    enterpriseId: c.enterpriseId,
    startDate: c.startDate,
    endDate: c.endDate,
    notes: c.notes,
    members: c.members.map((m) => ({ ...m })),
  };
}

/** A special class (驻厂稳岗专班): its enterprise, its dates, and who is stationed there from which county, when. */
export function ClassDialog({ specialClass, enterpriseId, onClose }: ClassDialogProps) {
  const { t, i18n } = useTranslation();
  const prefix = useId();
  const id = (f: string) => `${prefix}-${f}`;
  const today = useDefaultDate();
  const enterprises = useReferenceStore((s) => s.enterprises);
  const enterprise = enterprises.find((e) => e.id === enterpriseId);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(SpecialClassInput),
    defaultValues: initialValues(
      specialClass,
      enterpriseId ?? '',
      today,
      enterprise
        ? t('stabilisation.classForm.defaultName', { enterprise: enterprise.shortName || enterprise.name })
        : '',
    ),
  });
  const members = useFieldArray({ control, name: 'members' });

  const onSubmit = async (values: Parsed) => {
    setSubmitError(null);
    try {
      const saved = await call('classes.save', values);
      flashSuccess('stabilisation.classForm.saved', { name: saved.name });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, setError)) setSubmitError(error);
    }
  };

  return (
    <Modal
      title={specialClass ? t('stabilisation.classForm.editTitle') : t('stabilisation.classForm.newTitle')}
      onClose={onClose}
      className="modal-wide-form"
    >
      <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="modal-body">
          <div className="form-grid">
            <Field
              id={id('name')}
              label={t('stabilisation.classForm.name')}
              error={errors.name?.message}
              required
              className="span-2"
            >
              <input id={id('name')} {...fieldAria(id('name'), errors.name?.message)} {...register('name')} />
            </Field>
            <Field
              id={id('enterprise')}
              label={t('stabilisation.col.enterprise')}
              error={errors.enterpriseId?.message}
              required
              className="span-2"
            >
              <select
                id={id('enterprise')}
                {...fieldAria(id('enterprise'), errors.enterpriseId?.message)}
                {...register('enterpriseId')}
              >
                <option value="">{t('stabilisation.transfer.chooseEnterprise')}</option>
                {enterprises.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={id('start')}
              label={t('stabilisation.classForm.start')}
              error={errors.startDate?.message}
              required
            >
              <input
                id={id('start')}
                type="date"
                {...fieldAria(id('start'), errors.startDate?.message)}
                {...register('startDate')}
              />
            </Field>
            <Field id={id('end')} label={t('stabilisation.classForm.end')} error={errors.endDate?.message}>
              <input
                id={id('end')}
                type="date"
                {...fieldAria(id('end'), errors.endDate?.message)}
                {...register('endDate', { setValueAs: emptyToNull })}
              />
            </Field>
            <Field
              id={id('notes')}
              label={t('stabilisation.classForm.notes')}
              error={errors.notes?.message}
              className="span-2"
            >
              <input id={id('notes')} {...register('notes')} />
            </Field>
          </div>
          <div className="section-head members-head">
            <h3>{t('stabilisation.classForm.members')}</h3>
            <button
              type="button"
              className="small"
              onClick={() =>
                members.append({
                  id: null,
                  name: '',
                  countyCode: COUNTIES[0]!.code,
                  role: 'member',
                  startDate: today,
                  endDate: null,
                })
              }
            >
              + {t('stabilisation.classForm.addMember')}
            </button>
          </div>
          {members.fields.length === 0 ? (
            <p className="muted">{t('stabilisation.classForm.noMembers')}</p>
          ) : null}
          <table className="data-table compact members-table">
            {members.fields.length > 0 ? (
              <thead>
                <tr>
                  <th scope="col">{t('stabilisation.classForm.memberName')}</th>
                  <th scope="col">{t('stabilisation.col.county')}</th>
                  <th scope="col">{t('stabilisation.classForm.role')}</th>
                  <th scope="col">{t('stabilisation.classForm.from')}</th>
                  <th scope="col">{t('stabilisation.classForm.to')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.remove')}</span>
                  </th>
                </tr>
              </thead>
            ) : null}
            <tbody>
              {members.fields.map((field, i) => {
                const e = errors.members?.[i];
                return (
                  <tr key={field.id}>
                    <td className="field">
                      <input
                        aria-label={t('stabilisation.classForm.memberName')}
                        aria-invalid={e?.name ? true : false}
                        {...register(`members.${i}.name`)}
                      />
                    </td>
                    <td className="field">
                      <select
                        aria-label={t('stabilisation.col.county')}
                        {...register(`members.${i}.countyCode`)}
                      >
                        {COUNTIES.map((c) => (
                          <option key={c.code} value={c.code}>
                            {i18n.language === 'en' ? c.nameEn : c.nameZh}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="field">
                      <select
                        aria-label={t('stabilisation.classForm.role')}
                        {...register(`members.${i}.role`)}
                      >
                        {STAFF_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`stabilisation.role.${r}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="field">
                      <input
                        type="date"
                        aria-label={t('stabilisation.classForm.from')}
                        {...register(`members.${i}.startDate`)}
                      />
                    </td>
                    <td className="field">
                      <input
                        type="date"
                        aria-label={t('stabilisation.classForm.to')}
                        aria-invalid={e?.endDate ? true : false}
                        {...register(`members.${i}.endDate`, { setValueAs: emptyToNull })}
                      />
                    </td>
                    <td>
                      <button type="button" className="small subtle" onClick={() => members.remove(i)}>
                        {t('common.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <footer className="modal-footer">
          {submitError ? (
            <p className="form-error" role="alert">
              {translateError(submitError)}
            </p>
          ) : errors.members ? (
            <p className="form-error" role="alert">
              {t('stabilisation.classForm.memberErrors')}
            </p>
          ) : null}
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
