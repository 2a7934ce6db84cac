import { describe, expect, it } from 'vitest';
import { manifestTotals } from '../../../../shared/domain/transport/manifest';

const row = (gender: 'male' | 'female', enterpriseName: string, boarded = true, arrived = true) => ({
  gender,
  enterpriseName,
  boarded,
  arrived,
});

describe('manifest totals', () => {
  it('counts by enterprise (first seen first, undecided last) and by gender', () => {
    const t = manifestTotals(
      [
        row('male', '立讯'),
        row('female', ''),
        row('female', '立讯'),
        row('male', '华鑫', false, false),
        row('female', '华鑫', true, false),
      ],
      '',
    );
    expect(t.booked).toBe(5);
    expect(t.boarded).toBe(4);
    expect(t.arrived).toBe(3);
    expect(t.byGender).toEqual({ male: 2, female: 3 });
    expect(t.byEnterprise).toEqual([
      { name: '立讯', booked: 2, boarded: 2, arrived: 2, male: 1, female: 1 },
      { name: '华鑫', booked: 2, boarded: 1, arrived: 0, male: 1, female: 1 },
      { name: '', booked: 1, boarded: 1, arrived: 1, male: 0, female: 1 },
    ]);
  });

  it('adds up: enterprise and gender totals equal the passengers', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      row(i % 3 ? 'male' : 'female', ['立讯', '华鑫', '恒达', ''][i % 4]!, i % 7 !== 0, i % 5 !== 0),
    );
    const t = manifestTotals(rows, '');
    expect(t.byEnterprise.reduce((n, e) => n + e.booked, 0)).toBe(60);
    expect(t.byGender.male + t.byGender.female).toBe(60);
    expect(t.byEnterprise.reduce((n, e) => n + e.arrived, 0)).toBe(t.arrived);
  });
});
