import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPolicy } from '../../../../../shared/contract/policy-channels';
import { IDENTITIES, type Identity } from '../../../../../shared/domain/policies/catalogue';
import { call, ApiCallError } from '../../../api';
import { flashError, flashSuccess } from '../../../shell/flash-store';
import type { policiesEn } from '../../../../../shared/i18n/policies-en';
import { translateIssue } from '../../../i18n';
import { Field, fieldAria } from '../../../ui/Field';
import { BankAccount } from './BankAccount';

const text = (v: number | string | null) => (v === null ? '' : String(v));
const int = (s: string) => (s.trim() === '' ? null : /^\d+$/.test(s.trim()) ? Number(s) : Number.NaN);

/** Identity flags, the labour contract, social-insurance months and the bank account of one person. */
export function PersonFactsForm({ data }: { data: PersonPolicy }) {
  const { t } = useTranslation();
  const id = useId();
  const [identities, setIdentities] = useState<Identity[]>(data.identities);
  const [graduatedOn, setGraduatedOn] = useState(text(data.graduatedOn));
  const [contractMonths, setContractMonths] = useState(text(data.contractMonths));
  const [contractStart, setContractStart] = useState(text(data.contractStart));
  const [insuranceMonths, setInsuranceMonths] = useState(text(data.insuranceMonths));
  const [bank, setBank] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    setIdentities(data.identities);
    setGraduatedOn(text(data.graduatedOn));
    setContractMonths(text(data.contractMonths));
    setContractStart(text(data.contractStart));
    setInsuranceMonths(text(data.insuranceMonths));
  }, [data]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    try {
      await call('policies.savePerson', {
        seekerId: data.seekerId,
        identities,
        graduatedOn: graduatedOn || null,
        contractMonths: int(contractMonths),
        contractStart: contractStart || null,
        insuranceMonths: int(insuranceMonths),
        bankAccount: bank,
      });
      setBank('');
      flashSuccess('common.saved');
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0)
        setErrors(Object.fromEntries(err.issues.map((i) => [String(i.path[0]), i.message])));
      else flashError(err);
    } finally {
      setSaving(false);
    }
  };
  const input = (
    name: keyof typeof policiesEn.person,
    value: string,
    set: (v: string) => void,
    type = 'text',
  ) => (
    <Field id={`${id}-${name}`} label={t(`policies.person.${name}`)} error={errors[name]}>
      <input
        id={`${id}-${name}`}
        type={type}
        value={value}
        onChange={(e) => set(e.target.value)}
        {...fieldAria(`${id}-${name}`, errors[name])}
      />
    </Field>
  );
  return (
    <form
      className="person-facts"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('policies.person.facts')}
    >
      <fieldset>
        <legend>{t('policies.person.identities')}</legend>
        <div className="check-group">
          {IDENTITIES.map((w) => (
            <label key={w} className="check">
              <input
                type="checkbox"
                checked={identities.includes(w)}
                onChange={(e) =>
                  setIdentities((s) => (e.target.checked ? [...s, w] : s.filter((x) => x !== w)))
                }
              />
              {t(`policies.identity.${w}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        {input('graduatedOn', graduatedOn, setGraduatedOn, 'date')}
        {input('contractMonths', contractMonths, setContractMonths, 'number')}
        {input('contractStart', contractStart, setContractStart, 'date')}
        {input('insuranceMonths', insuranceMonths, setInsuranceMonths, 'number')}
        <div className="field bank-field">
          <span className="label">{t('policies.person.bankAccount')}</span>
          <BankAccount key={data.bankMasked} seekerId={data.seekerId} masked={data.bankMasked} />
        </div>
        {input('bankNew', bank, setBank)}
      </div>
      {errors.bankAccount ? <p className="field-error">{translateIssue(errors.bankAccount)}</p> : null}
      <button type="submit" className="small primary" disabled={saving}>
        {t('common.save')}
      </button>
    </form>
  );
}
