import { checkIdNumber } from './id-number';
import { toHalfWidth } from './normalise';
import { checkMobile } from './phone';

/**
 * What a person search box may ask, so that no answer narrows a hidden digit:
 * - `tail`: four digits (or three and an X), matched against the visible end of the ID number
 *   and of the phone, exactly;
 * - `idNumber` / `phone`: a whole valid number, matched exactly; only the audited lookup
 *   (`seekers.lookup`) answers it, never a read;
 * - `digits`: any other run of digits (the middle of a number, a prefix): it matches nobody;
 * - `name`: anything else, matched within the name.
 */
export type PersonSearch =
  | { kind: 'none' }
  | { kind: 'name'; text: string }
  | { kind: 'tail'; digits: string }
  | { kind: 'idNumber'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'digits' };

/** Reads what was typed in a person search box. */
export function parsePersonSearch(raw: string): PersonSearch {
  const text = raw.trim();
  if (text === '') return { kind: 'none' };
  const compact = toHalfWidth(text).replace(/\s+/g, '').toUpperCase();
  const phone = checkMobile(text);
  if (phone.ok) return { kind: 'phone', value: phone.phone };
  if (!/^[\d+\-()X]+$/.test(compact) || !/\d/.test(compact)) return { kind: 'name', text };
  const digits = compact.replace(/[+\-()]/g, '');
  if (/^\d{3}[\dX]$/.test(digits)) return { kind: 'tail', digits };
  if (digits.length === 18) {
    const id = checkIdNumber(digits);
    if (id.ok) return { kind: 'idNumber', value: id.info.id };
  }
  return { kind: 'digits' };
}

/** A whole ID number or phone: looked up only through the audited channel. */
export function isWholeNumber(search: PersonSearch): search is Extract<PersonSearch, { value: string }> {
  return search.kind === 'idNumber' || search.kind === 'phone';
}
