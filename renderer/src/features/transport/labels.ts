import type { TFunction } from 'i18next';
import { COUNTIES } from '../../../../shared/domain/counties';
import { supplyQuantityText, supplyUnitText } from '../../../../shared/domain/transport/supply-text';
import type { TripStatus } from '../../../../shared/domain/transport/trip-status';
import { ApiCallError } from '../../api';
import { makeFormatters } from '../../format';
import { translateError, translateKey } from '../../i18n';

export function countyLabel(code: string, language: string): string {
  const c = COUNTIES.find((x) => x.code === code);
  if (!c) return code;
  return language === 'en' ? c.nameEn : c.nameZh;
}

export function statusLabel(t: TFunction, status: TripStatus): string {
  return t(`transport.status.${status}`);
}

/** A supply item in the UI language (the English name when there is one). */
export function supplyName(item: { nameZh: string; nameEn: string }, language: string): string {
  return language === 'en' && item.nameEn ? item.nameEn : item.nameZh;
}

/** The unit a supply is counted in, in the UI language: bottle, bottles, 瓶. */
export const supplyUnit = (unit: string, count: number): string => supplyUnitText(translateKey, unit, count);

/** A supply's quantity with its unit: 76瓶, 76 bottles, 1 bottle. */
export const supplyQuantity = (item: { unit: string }, quantity: number, formatted: string): string =>
  supplyQuantityText(translateKey, item.unit, quantity, formatted);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A refusal from a transport channel, its dates in the user's format. */
export function transportError(error: unknown, language: string): string {
  if (error instanceof ApiCallError && translateKey(error.message) !== null) {
    const fmt = makeFormatters(language);
    const params: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(error.params)) {
      params[k] = typeof v === 'string' && ISO_DATE.test(v) ? fmt.date(v) : v;
    }
    return translateKey(error.message, params) ?? error.message;
  }
  return translateError(error);
}
