import { maskIdNumber } from './id-number';
import { maskMobile } from './phone';

/** A run of digits long enough to be (part of) an ID number or a phone; an ID may end in X. */
const LONG_DIGITS = /\d{7,}[\dXx]?/g;

/**
 * Free text (an imported cell, a problem's message) with every long run of digits masked as the
 * console masks numbers: an ID number keeps its region and last four, a phone its first three and
 * last four, anything else its last four. Masked text passes through unchanged.
 */
export function maskDigitRuns(text: string): string {
  return text.replace(LONG_DIGITS, (run) => {
    if (run.length >= 15) return maskIdNumber(run.toUpperCase());
    if (run.length === 11) return maskMobile(run);
    return '*'.repeat(run.length - 4) + run.slice(-4);
  });
}
