import { describe, expect, it } from 'vitest';
import {
  ageOn,
  checkIdNumber,
  idCheckChar,
  looksPrecisionLost,
  maskIdNumber,
  normaliseIdNumber,
} from '../../../shared/domain/id-number';

/** A number with the right check character for its first 17 digits. */
const withCheck = (first17: string) => first17 + idCheckChar(first17);
const TODAY = new Date('2022-03-10T00:00:00Z');

describe('resident ID numbers (GB 11643)', () => {
  it("accepts the standard's example 11010519491231002X and reads region, birth date and gender", () => {
    const r = checkIdNumber('11010519491231002X', TODAY);
    expect(r).toEqual({
      ok: true,
      normalised: false,
      info: {
        id: '11010519491231002X',
        regionCode: '110105',
        birthDate: '1949-12-31',
        gender: 'female',
        inPrefecture: false,
      },
    });
  });

  it('computes the MOD 11-2 check character, X included', () => {
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(withCheck('42282319900115123')).toMatch(/^\d{17}[\dX]$/);
  });

  it('refuses every wrong check character', () => {
    const valid = withCheck('42282319900115123');
    for (const c of '0123456789X') {
      const r = checkIdNumber(valid.slice(0, 17) + c, TODAY);
      if (c === valid[17]) expect(r.ok, c).toBe(true);
      else expect(r, c).toMatchObject({ ok: false, problem: 'id_checksum' });
    }
  });

  it('refuses a single mistyped digit', () => {
    const valid = withCheck('42282319900115123');
    const typo = valid.slice(0, 10) + ((Number(valid[10]) + 1) % 10) + valid.slice(11);
    expect(checkIdNumber(typo, TODAY)).toMatchObject({ ok: false });
  });

  it('refuses impossible birth dates, 29 February 1949 included', () => {
    for (const date of ['19490229', '19490230', '19901301', '19900001', '19900100', '19900431', '18991231']) {
      expect(checkIdNumber(withCheck(`422823${date}123`), TODAY), date).toMatchObject({
        ok: false,
        problem: 'id_birthdate',
      });
    }
  });

  it('accepts 29 February in a leap year (2000, 1996) and refuses it in a century that is not (1900)', () => {
    expect(checkIdNumber(withCheck('42282320000229123'), TODAY).ok).toBe(true);
    expect(checkIdNumber(withCheck('42282319960229123'), TODAY).ok).toBe(true);
    expect(checkIdNumber(withCheck('42282319000229123'), TODAY)).toMatchObject({ problem: 'id_birthdate' });
  });

  it('refuses a birth date after today', () => {
    expect(checkIdNumber(withCheck('42282320220311123'), TODAY)).toMatchObject({ problem: 'id_birthdate' });
    expect(checkIdNumber(withCheck('42282320220310123'), TODAY).ok).toBe(true);
  });

  it('normalises full-width digits, spaces and a lower-case x', () => {
    const fullWidth = '１１０１０５１９４９１２３１００２Ｘ';
    for (const raw of [
      fullWidth,
      '11010519491231002x',
      ' 110105 19491231 002X ',
      '１１０１０５ １９４９１２３１ ００２ｘ',
    ]) {
      const r = checkIdNumber(raw, TODAY);
      expect(r, raw).toMatchObject({ ok: true, normalised: true, info: { id: '11010519491231002X' } });
    }
    expect(normaliseIdNumber('\u3000１１０１０５１９４９１２３１００２ｘ\u200B')).toBe('11010519491231002X');
  });

  it('recognises a number the spreadsheet turned into a float', () => {
    expect(checkIdNumber('4.22823E+17', TODAY)).toMatchObject({ ok: false, problem: 'id_precision_lost' });
    expect(checkIdNumber('4.22823199001151E+17', TODAY)).toMatchObject({ problem: 'id_precision_lost' });
    // 18 digits whose tail was zeroed when the float ran out of precision.
    expect(checkIdNumber('422823199001151000', TODAY)).toMatchObject({ problem: 'id_precision_lost' });
    expect(looksPrecisionLost('422823198807230000')).toBe(true);
  });

  it('still accepts a real number that ends in zeros when its check digit is right', () => {
    // 42282319900115000 has the check character 0: a real number, not a truncated float.
    expect(idCheckChar('42282319900115000')).toBe('0');
    expect(looksPrecisionLost('422823199001150000')).toBe(false);
    expect(checkIdNumber('422823199001150000', TODAY)).toMatchObject({ ok: true });
  });

  it('refuses other lengths and characters as a format problem', () => {
    for (const raw of [
      '',
      '42282319900115123',
      '4228231990011512345',
      '42282319900115123A',
      '4228231990O115123X',
    ]) {
      expect(checkIdNumber(raw, TODAY), raw).toMatchObject({ ok: false, problem: 'id_format' });
    }
  });

  it('knows IDs issued in the prefecture', () => {
    const r = checkIdNumber(withCheck('42282319900115123'), TODAY);
    expect(r).toMatchObject({ ok: true, info: { regionCode: '422823', inPrefecture: true, gender: 'male' } });
  });

  it('counts age in whole years on a date', () => {
    expect(ageOn('1990-03-10', '2022-03-09')).toBe(31);
    expect(ageOn('1990-03-10', '2022-03-10')).toBe(32);
    expect(ageOn('2000-02-29', '2022-02-28')).toBe(21);
  });

  it('masks all but the region and the last four characters', () => {
    expect(maskIdNumber('422823199001156461')).toBe('422823********6461');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});
