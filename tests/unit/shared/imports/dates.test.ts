import { describe, expect, it } from 'vitest';
import { parseRosterDate, yearInText } from '../../../../shared/imports/dates';

describe('parseRosterDate', () => {
  it.each([
    ['2022-02-09', '2022-02-09', null],
    ['2022.2.9', '2022-02-09', 'date_format'],
    ['2022/2/9', '2022-02-09', 'date_format'],
    ['2022年2月9日', '2022-02-09', 'date_format'],
    ['2022-2-9', '2022-02-09', 'date_format'],
    ['20220209', '2022-02-09', 'date_format'],
    ['2月9日', '2022-02-09', 'date_format'],
    ['２０２２年２月９日', '2022-02-09', 'date_format'],
    ['2022/2/9 10:30', '2022-02-09', 'date_format'],
    ['44601', '2022-02-09', 'excel_serial'],
  ])('reads %s', (text, iso, normalisation) => {
    expect(parseRosterDate(text, 2022)).toEqual({ ok: true, iso, normalisation });
  });

  it('takes the year of a month-and-day date from the context', () => {
    expect(parseRosterDate('2月9日', 2023)).toMatchObject({ iso: '2023-02-09' });
  });

  it('reads Excel serial numbers and Date cells', () => {
    expect(parseRosterDate(44601, 2022)).toEqual({
      ok: true,
      iso: '2022-02-09',
      normalisation: 'excel_serial',
    });
    expect(parseRosterDate(new Date('2022-02-09T00:00:00Z'), 2022)).toMatchObject({ iso: '2022-02-09' });
  });

  it.each(['2022-02-30', '2月30日', 'yesterday', '13/45/2022', '12', ''])('refuses %s', (text) => {
    expect(parseRosterDate(text, 2022).ok).toBe(false);
  });

  it('finds the year in a title', () => {
    expect(yearInText('巴东县2022年“春风行动”点对点输送报名花名册')).toBe(2022);
    expect(yearInText('花名册')).toBeNull();
  });
});
