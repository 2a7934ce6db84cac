import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COUNTIES } from '../../../../../shared/domain/counties';
import { SIGNUP_CHANNELS } from '../../../../../shared/domain/seeker';
import { Field, fieldAria } from '../../../ui/Field';
import { emptyToNull } from '../../../data/form-issues';
import { activeEnterprises, townsOf, useReferenceStore } from '../../../data/reference-store';
import type { PersonValues } from './person-values';

interface PersonFieldsProps {
  idPrefix: string;
  /** Registering only: the ID number, right after the name. */
  identity?: ReactNode;
  /** Registering only: gender and age, after the phone. */
  derived?: ReactNode;
  /** Editing only: the stored phone, masked; the field may stay blank to keep it. */
  keptPhone?: string;
}

/** A person's data, laid out the same for registering and editing. */
export function PersonFields({ idPrefix, identity, derived, keptPhone }: PersonFieldsProps) {
  const { t, i18n } = useTranslation();
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<PersonValues>();
  const counties = useReferenceStore((s) => s.counties);
  const enterprises = activeEnterprises(useReferenceStore((s) => s.enterprises));
  const countyCode = useWatch({ control, name: 'countyCode' });
  const towns = townsOf(counties, countyCode);
  const id = (name: string) => `${idPrefix}-${name}`;
  const err = (name: keyof PersonValues) => errors[name]?.message;
  const en = i18n.language === 'en';

  return (
    <div className="form-grid">
      <Field id={id('name')} label={t('seekers.field.name')} error={err('name')} required>
        <input
          id={id('name')}
          autoComplete="off"
          {...fieldAria(id('name'), err('name'))}
          {...register('name')}
        />
      </Field>
      {identity}
      <Field
        id={id('phone')}
        label={t('seekers.field.phone')}
        error={err('phone')}
        required={keptPhone === undefined}
      >
        <input
          id={id('phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          placeholder={
            keptPhone === undefined ? undefined : t('seekers.field.phoneKept', { phone: keptPhone })
          }
          {...fieldAria(id('phone'), err('phone'))}
          {...register('phone')}
        />
      </Field>
      {derived}
      <Field id={id('county')} label={t('seekers.field.county')} error={err('countyCode')} required>
        <select id={id('county')} {...fieldAria(id('county'), err('countyCode'))} {...register('countyCode')}>
          <option value="">{t('seekers.field.chooseCounty')}</option>
          {COUNTIES.map((c) => (
            <option key={c.code} value={c.code}>
              {en ? c.nameEn : c.nameZh}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('town')} label={t('seekers.field.town')} error={err('town')}>
        <input
          id={id('town')}
          list={id('towns')}
          autoComplete="off"
          {...fieldAria(id('town'), err('town'))}
          {...register('town')}
        />
        <datalist id={id('towns')}>
          {towns.map((town) => (
            <option key={town} value={town} />
          ))}
        </datalist>
      </Field>
      <Field id={id('village')} label={t('seekers.field.village')} error={err('village')}>
        <input
          id={id('village')}
          autoComplete="off"
          {...fieldAria(id('village'), err('village'))}
          {...register('village')}
        />
      </Field>
      <Field id={id('intended')} label={t('seekers.field.intended')} error={err('intendedEnterpriseId')}>
        <select
          id={id('intended')}
          {...fieldAria(id('intended'), err('intendedEnterpriseId'))}
          {...register('intendedEnterpriseId', { setValueAs: emptyToNull })}
        >
          <option value="">{t('seekers.anyEnterprise')}</option>
          {enterprises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('channel')} label={t('seekers.field.channel')} error={err('channel')} required>
        <select id={id('channel')} {...fieldAria(id('channel'), err('channel'))} {...register('channel')}>
          {SIGNUP_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`signupChannel.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('signedUpOn')} label={t('seekers.field.signedUpOn')} error={err('signedUpOn')} required>
        <input
          id={id('signedUpOn')}
          type="date"
          {...fieldAria(id('signedUpOn'), err('signedUpOn'))}
          {...register('signedUpOn')}
        />
      </Field>
      <Field
        id={id('signedUpAt')}
        label={t('seekers.field.signedUpAt')}
        error={err('signedUpAt')}
        className="span-2"
      >
        <input
          id={id('signedUpAt')}
          placeholder={t('seekers.field.signedUpAtHint')}
          {...fieldAria(id('signedUpAt'), err('signedUpAt'))}
          {...register('signedUpAt')}
        />
      </Field>
      <Field
        id={id('previousWork')}
        label={t('seekers.field.previousWork')}
        error={err('previousWork')}
        className="span-2"
      >
        <input
          id={id('previousWork')}
          placeholder={t('seekers.field.previousWorkHint')}
          {...fieldAria(id('previousWork'), err('previousWork'))}
          {...register('previousWork')}
        />
      </Field>
      <fieldset className="pref-fieldset span-2">
        <legend>{t('seekers.field.preferences')}</legend>
        <label className="checkbox">
          <input type="checkbox" {...register('prefNearHome')} />
          {t('seekers.pref.near_home')}
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('prefMothersLine')} />
          {t('seekers.pref.mothers_line')}
        </label>
        <span className="muted pref-hint">{t('seekers.field.coupleHint')}</span>
      </fieldset>
      <Field id={id('notes')} label={t('seekers.field.notes')} error={err('notes')} className="span-4">
        <textarea
          id={id('notes')}
          rows={2}
          {...fieldAria(id('notes'), err('notes'))}
          {...register('notes')}
        />
      </Field>
    </div>
  );
}
