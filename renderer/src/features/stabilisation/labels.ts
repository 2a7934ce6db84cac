import type { TFunction } from 'i18next';
import type { RiskSignal } from '../../../../shared/domain/at-risk';
import type { VisitSlot } from '../../../../shared/domain/return-visits';
import type { Formatters } from '../../format';
import { countyName } from '../../data/labels';

/** "Day 7", "After transfer", "While waiting". */
export function slotLabel(t: TFunction, slot: Pick<VisitSlot, 'kind' | 'offset'>): string {
  return t(`stabilisation.slot.${slot.kind}`, { offset: slot.offset });
}

/** "Open intention to quit since 4 Mar" … one per signal. */
export function signalLabel(t: TFunction, fmt: Formatters, s: RiskSignal): string {
  return t(`stabilisation.signal.${s.reason}`, { date: fmt.date(s.since) });
}

export function staffLabel(
  t: TFunction,
  language: string,
  s: { name: string; countyCode: string; role: string },
): string {
  const county = countyName(s.countyCode, language);
  return s.role === 'lead'
    ? t('stabilisation.staffLead', { name: s.name, county })
    : t('stabilisation.staffMember', { name: s.name, county });
}

/** Money and goods in one cell: "¥100 · 饭卡". */
export function aidLabel(fmt: Formatters, cashYuan: number, goods: string): string {
  return [cashYuan > 0 ? `¥${fmt.number(cashYuan)}` : '', goods].filter(Boolean).join(' · ');
}
