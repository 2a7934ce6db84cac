/** Translates a catalogue key, or answers null when the catalogue has no text for it. */
export type MaybeTranslate = (key: string, params: Record<string, string | number>) => string | null;

/** The unit a supply is counted in, in the reader's language, singular or plural by `count`; a unit the catalogue lacks as typed. */
export function supplyUnitText(tr: MaybeTranslate, unit: string, count: number): string {
  return (unit !== '' && tr(`transport.unit.${unit}`, { count })) || unit;
}

/** A supply's quantity with its unit: 76瓶, 76 bottles, 1 bottle (`formatted` is the number as shown). */
export function supplyQuantityText(
  tr: MaybeTranslate,
  unit: string,
  quantity: number,
  formatted: string,
): string {
  const text = tr('transport.quantity', { n: formatted, unit: supplyUnitText(tr, unit, quantity) });
  return (text ?? formatted).trim();
}
