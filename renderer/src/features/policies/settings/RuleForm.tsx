import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyRuleView } from '../../../../../shared/contract/policy-channels';
import {
  CERTIFICATE_TIERS,
  DISTANCE_TIERS,
  EVIDENCE_KINDS,
  FREQUENCIES,
  IDENTITIES,
  PAYEES,
  TIER_BASES,
  type RuleInput,
} from '../../../../../shared/domain/policies/catalogue';
import { call, ApiCallError } from '../../../api';
import { flashSuccess } from '../../../shell/flash-store';
import type { policiesEn } from '../../../../../shared/i18n/policies-en';
import { translateIssue } from '../../../i18n';
import { Field, fieldAria } from '../../../ui/Field';
import { FormFooter } from '../../../ui/FormFooter';

type AmountKind = RuleInput['amount']['kind'];
type Errors = Record<string, string>;

/** The form's text state: numbers are typed as text and turned into numbers (or NaN for the schema to refuse). */
interface Draft {
  name: string;
  payee: string;
  identities: string[];
  ageMin: string;
  ageMax: string;
  minContractMonths: string;
  minInsuranceMonths: string;
  minDaysOnJob: string;
  noOrganisedBus: boolean;
  kind: AmountKind;
  amount: string;
  basis: string;
  tiers: Record<string, string>;
  percent: string;
  baseLabel: string;
  cap: string;
  monthly: string;
  maxMonths: string;
  validFrom: string;
  validTo: string;
  claimWindowMonths: string;
  frequency: string;
  group: string;
  evidence: string[];
  notes: string;
}

const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
const num = (s: string) =>
  s.trim() === '' ? null : /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : Number.NaN;

function draftOf(r: PolicyRuleView | null): Draft {
  const a = r?.amount;
  return {
    name: r?.name ?? '',
    payee: r?.payee ?? 'worker',
    identities: [...(r?.identities ?? [])],
    ageMin: text(r?.ageMin),
    ageMax: text(r?.ageMax),
    minContractMonths: text(r?.minContractMonths),
    minInsuranceMonths: text(r?.minInsuranceMonths),
    minDaysOnJob: text(r?.minDaysOnJob),
    noOrganisedBus: r?.noOrganisedBus ?? false,
    kind: a?.kind ?? 'fixed',
    amount: a?.kind === 'fixed' ? String(a.amount) : '',
    basis: a?.kind === 'tiered' ? a.basis : 'distance',
    tiers: a?.kind === 'tiered' ? Object.fromEntries(a.tiers.map((x) => [x.key, String(x.amount)])) : {},
    percent: a?.kind === 'percent' ? String(a.percent) : '',
    baseLabel: a?.kind === 'percent' ? a.baseLabel : '',
    cap: a?.kind === 'percent' ? text(a.cap) : '',
    monthly: a?.kind === 'monthly' ? String(a.monthly) : '',
    maxMonths: a?.kind === 'monthly' ? String(a.maxMonths) : '',
    validFrom: r?.validFrom ?? '',
    validTo: r?.validTo ?? '',
    claimWindowMonths: text(r?.claimWindowMonths),
    frequency: r?.frequency ?? 'once_ever',
    group: r?.group ?? '',
    evidence: [...(r?.evidence ?? [])],
    notes: r?.notes ?? '',
  };
}

function amountOf(d: Draft): RuleInput['amount'] {
  switch (d.kind) {
    case 'fixed':
      return { kind: 'fixed', amount: num(d.amount) ?? Number.NaN };
    case 'tiered': {
      const keys = d.basis === 'certificate' ? CERTIFICATE_TIERS : DISTANCE_TIERS;
      return {
        kind: 'tiered',
        basis: d.basis as 'distance' | 'certificate',
        tiers: keys
          .filter((k) => (d.tiers[k] ?? '').trim() !== '')
          .map((k) => ({ key: k, amount: num(d.tiers[k] ?? '') ?? Number.NaN })),
      };
    }
    case 'percent':
      return {
        kind: 'percent',
        percent: num(d.percent) ?? Number.NaN,
        baseLabel: d.baseLabel,
        cap: num(d.cap),
      };
    case 'monthly':
      return {
        kind: 'monthly',
        monthly: num(d.monthly) ?? Number.NaN,
        maxMonths: num(d.maxMonths) ?? Number.NaN,
      };
  }
}

function inputOf(d: Draft, id: string | null): RuleInput {
  return {
    id,
    name: d.name,
    payee: d.payee as RuleInput['payee'],
    identities: d.identities as RuleInput['identities'],
    ageMin: num(d.ageMin),
    ageMax: num(d.ageMax),
    minContractMonths: num(d.minContractMonths),
    minInsuranceMonths: num(d.minInsuranceMonths),
    minDaysOnJob: num(d.minDaysOnJob),
    noOrganisedBus: d.noOrganisedBus,
    amount: amountOf(d),
    validFrom: d.validFrom,
    validTo: d.validTo === '' ? null : d.validTo,
    claimWindowMonths: num(d.claimWindowMonths),
    frequency: d.frequency as RuleInput['frequency'],
    group: d.group,
    evidence: d.evidence as RuleInput['evidence'],
    notes: d.notes,
  };
}

/** A set of checkboxes over a list of words. */
function Checks<W extends string>({
  words,
  label,
  value,
  onChange,
}: {
  words: readonly W[];
  label: (w: W) => string;
  value: string[];
  onChange: (v: string[]) => void;
}) {
  return (
    <div className="check-group">
      {words.map((w) => (
        <label key={w} className="check">
          <input
            type="checkbox"
            checked={value.includes(w)}
            onChange={(e) => onChange(e.target.checked ? [...value, w] : value.filter((x) => x !== w))}
          />
          {label(w)}
        </label>
      ))}
    </div>
  );
}

/** Edits one rule of the catalogue; every refusal lands on its field. */
export function RuleForm({ rule, onDone }: { rule: PolicyRuleView | null; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [d, setD] = useState<Draft>(() => draftOf(rule));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const patch = (p: Partial<Draft>) => setD((x) => ({ ...x, ...p }));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setErrors({});
    setError(null);
    try {
      await call('policies.saveRule', inputOf(d, rule?.id ?? null));
      flashSuccess('common.saved');
      onDone();
    } catch (err) {
      if (err instanceof ApiCallError && err.issues.length > 0) {
        setErrors(Object.fromEntries(err.issues.map((i) => [i.path.map(String).join('.'), i.message])));
      } else setError(err);
    } finally {
      setSaving(false);
    }
  };
  const err = (path: string) =>
    errors[path] ?? Object.entries(errors).find(([k]) => k.startsWith(`${path}.`))?.[1];
  const field = (
    name: keyof Draft & keyof typeof policiesEn.catalogue,
    opts: { type?: string; label?: string } = {},
  ) => {
    const fid = `${id}-${name}`;
    const path = ['amount', 'percent', 'baseLabel', 'cap', 'monthly', 'maxMonths'].includes(name)
      ? `amount.${name}`
      : name;
    return (
      <Field id={fid} label={opts.label ?? t(`policies.catalogue.${name}`)} error={err(path)}>
        <input
          id={fid}
          type={opts.type ?? 'text'}
          value={d[name] as string}
          onChange={(e) => patch({ [name]: e.target.value } as Partial<Draft>)}
          {...fieldAria(fid, err(path))}
        />
      </Field>
    );
  };
  const tierKeys = d.basis === 'certificate' ? CERTIFICATE_TIERS : DISTANCE_TIERS;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div className="modal-body rule-form">
        {rule && rule.claims > 0 ? (
          <p className="notice">{t('policies.catalogue.newVersion', { version: rule.version + 1 })}</p>
        ) : null}
        <div className="form-grid">
          {field('name')}
          <Field id={`${id}-payee`} label={t('policies.catalogue.payee')} error={err('payee')}>
            <select id={`${id}-payee`} value={d.payee} onChange={(e) => patch({ payee: e.target.value })}>
              {PAYEES.map((p) => (
                <option key={p} value={p}>
                  {t(`policies.payee.${p}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset>
          <legend>{t('policies.catalogue.identities')}</legend>
          <Checks
            words={IDENTITIES}
            label={(w) => t(`policies.identity.${w}`)}
            value={d.identities}
            onChange={(v) => patch({ identities: v })}
          />
        </fieldset>
        <div className="form-grid">
          {field('ageMin', { type: 'number' })}
          {field('ageMax', { type: 'number' })}
          {field('minContractMonths', { type: 'number' })}
          {field('minInsuranceMonths', { type: 'number' })}
          {field('minDaysOnJob', { type: 'number' })}
          {field('claimWindowMonths', { type: 'number' })}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={d.noOrganisedBus}
            onChange={(e) => patch({ noOrganisedBus: e.target.checked })}
          />
          {t('policies.catalogue.noOrganisedBus')}
        </label>
        {err('noOrganisedBus') ? (
          <p className="field-error">{translateIssue(err('noOrganisedBus'))}</p>
        ) : null}
        <div className="form-grid">
          <Field id={`${id}-kind`} label={t('policies.catalogue.amountKind')}>
            <select
              id={`${id}-kind`}
              value={d.kind}
              onChange={(e) => patch({ kind: e.target.value as AmountKind })}
            >
              {(['fixed', 'tiered', 'percent', 'monthly'] as const).map((k) => (
                <option key={k} value={k}>
                  {t(`policies.amountKind.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          {d.kind === 'fixed' ? field('amount', { type: 'number' }) : null}
          {d.kind === 'percent' ? (
            <>
              {field('percent', { type: 'number' })}
              {field('baseLabel')}
              {field('cap', { type: 'number' })}
            </>
          ) : null}
          {d.kind === 'monthly' ? (
            <>
              {field('monthly', { type: 'number' })}
              {field('maxMonths', { type: 'number' })}
            </>
          ) : null}
          {d.kind === 'tiered' ? (
            <>
              <Field id={`${id}-basis`} label={t('policies.catalogue.tierBasis')}>
                <select id={`${id}-basis`} value={d.basis} onChange={(e) => patch({ basis: e.target.value })}>
                  {TIER_BASES.map((b) => (
                    <option key={b} value={b}>
                      {t(`policies.tierBasis.${b}`)}
                    </option>
                  ))}
                </select>
              </Field>
              {tierKeys.map((k) => (
                <Field key={k} id={`${id}-tier-${k}`} label={t(`policies.tier.${k}`)} error={err('amount')}>
                  <input
                    id={`${id}-tier-${k}`}
                    type="number"
                    value={d.tiers[k] ?? ''}
                    onChange={(e) => patch({ tiers: { ...d.tiers, [k]: e.target.value } })}
                  />
                </Field>
              ))}
            </>
          ) : null}
        </div>
        <div className="form-grid">
          {field('validFrom', { type: 'date' })}
          {field('validTo', { type: 'date' })}
          <Field id={`${id}-frequency`} label={t('policies.catalogue.frequency')}>
            <select
              id={`${id}-frequency`}
              value={d.frequency}
              onChange={(e) => patch({ frequency: e.target.value })}
            >
              {FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {t(`policies.frequency.${f}`)}
                </option>
              ))}
            </select>
          </Field>
          {field('group')}
        </div>
        <p className="muted help">{t('policies.catalogue.groupHint')}</p>
        <fieldset>
          <legend>{t('policies.catalogue.evidence')}</legend>
          <Checks
            words={EVIDENCE_KINDS}
            label={(w) => t(`policies.evidence.${w}`)}
            value={d.evidence}
            onChange={(v) => patch({ evidence: v })}
          />
        </fieldset>
        {field('notes')}
      </div>
      <FormFooter error={error} onCancel={onDone} saving={saving} />
    </form>
  );
}
