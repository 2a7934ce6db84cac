import type { TFunction } from 'i18next';
import type { PolicyRuleView, Standing } from '../../../../shared/contract/policy-channels';
import type { policiesEn } from '../../../../shared/i18n/policies-en';
import type { Formatters } from '../../format';

type ReasonKey = keyof typeof policiesEn.reason;

type Reason = Standing['reasons'][number];

/** A reason in words, dates in the UI's format. */
export function reasonText(t: TFunction, fmt: Formatters, r: Reason): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(r.params))
    params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? fmt.date(v) : v;
  return t(`policies.reason.${r.key as ReasonKey}`, params);
}

/** The status with what goes with it: the date from which, or why not. */
export function statusLabel(t: TFunction, s: Pick<Standing, 'status'>): string {
  return t(`policies.status.${s.status}`);
}

export function whyText(
  t: TFunction,
  fmt: Formatters,
  s: Pick<Standing, 'status' | 'from' | 'reasons'>,
): string {
  const reasons = s.reasons.map((r) => reasonText(t, fmt, r)).join('；');
  if (s.status === 'possible' && s.from) {
    const from = t('policies.statusFrom', { date: fmt.date(s.from) });
    return reasons ? `${from} · ${reasons}` : from;
  }
  return reasons;
}

/** The evidence still missing or expired, in words. */
export function missingText(t: TFunction, s: Pick<Standing, 'evidence'>): string {
  return s.evidence
    .filter((e) => e.state !== 'received')
    .map(
      (e) =>
        t(`policies.evidence.${e.kind}`) +
        (e.state === 'expired'
          ? `（${t('policies.evidenceState.expired', { date: e.validUntil ?? '' })}）`
          : ''),
    )
    .join('、');
}

/** "500 yuan", "200–1,500 yuan by tier"… */
export function amountShort(t: TFunction, fmt: Formatters, r: Pick<PolicyRuleView, 'amount'>): string {
  const a = r.amount;
  switch (a.kind) {
    case 'fixed':
      return t('policies.catalogue.amountShort.fixed', { amount: fmt.number(a.amount) });
    case 'tiered': {
      const amounts = a.tiers.map((x) => x.amount);
      return t('policies.catalogue.amountShort.tiered', {
        min: fmt.number(Math.min(...amounts)),
        max: fmt.number(Math.max(...amounts)),
      });
    }
    case 'percent':
      return t('policies.catalogue.amountShort.percent', { percent: fmt.number(a.percent) });
    case 'monthly':
      return t('policies.catalogue.amountShort.monthly', {
        monthly: fmt.number(a.monthly),
        months: a.maxMonths,
      });
  }
}

export const yuan = (fmt: Formatters, v: number | null) => (v === null ? '—' : fmt.number(v));
