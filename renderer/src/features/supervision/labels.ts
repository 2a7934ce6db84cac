import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/contract/supervision';
import { FINDING_STATES, FINDING_STEPS } from '../../../../shared/domain/supervision';
import { ApiCallError } from '../../api';
import type { Formatters } from '../../format';
import { translateError } from '../../i18n';

type ClassKey = 'c1' | 'c2' | 'c3' | 'c4';

/** 第一督导专班 / Supervision class 1. */
export function classLabel(t: TFunction, classNo: number): string {
  return t(`supervision.class.${`c${classNo}` as ClassKey}`);
}

/** The town and the enterprise, as far as they are known: "椒园镇 · 立讯". */
export function placeLabel(f: Pick<Finding, 'town' | 'enterpriseName'>): string {
  return [f.town, f.enterpriseName ?? ''].filter((s) => s !== '').join(' · ');
}

/** The deadline, or "ongoing". */
export function deadlineLabel(t: TFunction, fmt: Formatters, f: Pick<Finding, 'deadline'>): string {
  return f.deadline ? fmt.date(f.deadline) : t('supervision.deadlineKind.ongoing');
}

const isState = (v: unknown): v is (typeof FINDING_STATES)[number] =>
  (FINDING_STATES as readonly unknown[]).includes(v);
const isStep = (v: unknown): v is (typeof FINDING_STEPS)[number] =>
  (FINDING_STEPS as readonly unknown[]).includes(v);

/** A refused step, with the step and the state it was refused in put into words. */
export function describeStepError(t: TFunction, error: unknown): string {
  if (error instanceof ApiCallError && error.message === 'v.finding_step_not_allowed') {
    const { step, state } = error.params;
    return t('v.finding_step_not_allowed', {
      step: isStep(step) ? t(`supervision.step.${step}`) : String(step),
      state: isState(state) ? t(`supervision.state.${state}`) : String(state),
    });
  }
  return translateError(error);
}
