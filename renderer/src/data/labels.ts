import type { TFunction } from 'i18next';
import { COUNTIES } from '../../../shared/domain/counties';
import { EVENT_TYPES, type EventType } from '../../../shared/domain/pipeline';
import type { SeekerRow } from '../../../shared/domain/seeker';
import { ApiCallError } from '../api';
import { makeFormatters } from '../format';
import { translateError, translateKey } from '../i18n';

export function countyName(code: string, language: string): string {
  const county = COUNTIES.find((c) => c.code === code);
  if (!county) return code;
  return language === 'en' ? county.nameEn : county.nameZh;
}

function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The stage as staff speak of it: an employed person past the stable period is "stable". */
export function stageLabel(t: TFunction, row: Pick<SeekerRow, 'stage' | 'stable'>): string {
  return row.stable ? t('stage.stable') : t(`stage.${row.stage}`);
}

/** A stage key arriving at run time (e.g. `findByIdNumbers` returns it as a plain string). */
export function stageKeyLabel(t: TFunction, stage: string): string {
  if (isEventType(stage) || stage === 'stable' || stage === 'none' || stage === 'on_the_way')
    return t(`stage.${stage}`);
  return stage;
}

type RefusalParams = Record<string, string | number | string[]>;

const STAGE_PARAMS = new Set(['from', 'to', 'type', 'stage']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A refusal or pipeline error: stage keys (`from`, `to`, `type`, `missing`) are translated, dates
 * formatted, lists joined the way the locale joins them ("A, B and C" / "A、B和C").
 */
export function translateRefusal(
  t: TFunction,
  language: string,
  message: string,
  params: RefusalParams,
): string {
  const list = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  const fmt = makeFormatters(language);
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) plain[name] = list.format(value.map((v) => stageKeyLabel(t, v)));
    else if (typeof value === 'string' && STAGE_PARAMS.has(name)) plain[name] = stageKeyLabel(t, value);
    else if (typeof value === 'string' && ISO_DATE.test(value)) plain[name] = fmt.date(value);
    else plain[name] = value;
  }
  return translateKey(message, plain) ?? message;
}

/** An error from a pipeline or seeker channel, with its stage and date params put into words. */
export function describeError(t: TFunction, language: string, error: unknown): string {
  if (error instanceof ApiCallError && translateKey(error.message) !== null) {
    return translateRefusal(t, language, error.message, error.params);
  }
  return translateError(error);
}
