import { describe, expect, it } from 'vitest';
import { checkMobile, maskMobile } from '../../../shared/domain/phone';

describe('mobile numbers', () => {
  it('accepts 11 digits starting 13 to 19', () => {
    for (const n of [
      '13712341255',
      '15012345678',
      '16612345678',
      '17712345678',
      '18612345678',
      '19912345678',
    ]) {
      expect(checkMobile(n), n).toEqual({ ok: true, phone: n, normalised: false });
    }
  });

  it('normalises +86, 0086, 86, spaces, dashes, brackets and full-width digits', () => {
    for (const raw of [
      '+86 137 1234 1255',
      '+8613712341255',
      '0086-137-1234-1255',
      '8613712341255',
      '137-1234-1255',
      '(137) 1234 1255',
      '１３７１２３４１２５５',
      '１３７－１２３４－１２５５',
      '\u3000137 1234 1255 ',
    ]) {
      expect(checkMobile(raw), raw).toEqual({ ok: true, phone: '13712341255', normalised: true });
    }
  });

  it('refuses what is not a mainland mobile number', () => {
    for (const raw of [
      '',
      '12712341255',
      '10012345678',
      '1371234125',
      '137123412555',
      '0718-8295923',
      '137l2341255',
      '+85213712341255',
    ]) {
      expect(checkMobile(raw), raw).toEqual({ ok: false, problem: 'phone_invalid' });
    }
  });

  it('masks the middle four digits', () => {
    expect(maskMobile('13712341255')).toBe('137****1255');
  });
});
