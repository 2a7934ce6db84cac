import { describe, expect, it } from 'vitest';
import type { DemandLine, Enterprise } from '../../../shared/domain/enterprise';
import {
  activeLines,
  demandByEnterprise,
  lineInPeriod,
  periodPresets,
  totalDemand,
  type Period,
} from '../../../shared/domain/quotas';

const T = '2026-02-11T08:00:00.000Z';
let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

function line(
  headcount: number,
  periodStart: string,
  periodEnd: string,
  extra: Partial<DemandLine> = {},
): DemandLine {
  return {
    id: id(),
    enterpriseId: '',
    post: '普工',
    headcount,
    periodStart,
    periodEnd,
    shiftPattern: 'long_day',
    payMin: null,
    payMax: null,
    boardLodging: '',
    contactName: '',
    contactPhone: '',
    archived: false,
    createdAt: T,
    updatedAt: T,
    ...extra,
  };
}

function enterprise(name: string, lines: DemandLine[], archived = false): Enterprise {
  const eid = id();
  return {
    id: eid,
    name,
    shortName: name,
    contactName: '',
    contactPhone: '',
    address: '',
    notes: '',
    archived,
    createdAt: T,
    updatedAt: T,
    lines: lines.map((l) => ({ ...l, enterpriseId: eid })),
  };
}

const Q1: Period = { start: '2022-01-01', end: '2022-03-31' };
const H1: Period = { start: '2022-01-01', end: '2022-06-30' };

describe('lineInPeriod', () => {
  it('counts a line whose whole period lies inside, boundaries included', () => {
    expect(lineInPeriod(line(1, '2022-01-01', '2022-03-31'), Q1)).toBe(true);
    expect(lineInPeriod(line(1, '2022-02-01', '2022-02-01'), Q1)).toBe(true);
  });

  it('does not count a line that starts before or ends after the period', () => {
    expect(lineInPeriod(line(1, '2021-12-31', '2022-03-31'), Q1)).toBe(false);
    expect(lineInPeriod(line(1, '2022-01-01', '2022-04-01'), Q1)).toBe(false);
    expect(lineInPeriod(line(1, '2022-01-01', '2022-06-30'), Q1)).toBe(false);
    expect(lineInPeriod(line(1, '2022-07-01', '2022-09-30'), H1)).toBe(false);
  });

  it('counts every line when no period is chosen', () => {
    expect(lineInPeriod(line(1, '1999-01-01', '2099-12-31'), null)).toBe(true);
  });
});

describe('demandByEnterprise', () => {
  const luxshare = enterprise('立讯', [
    line(1200, '2022-01-01', '2022-03-31'),
    line(500, '2022-01-01', '2022-03-31', { shiftPattern: 'mothers' }),
    line(300, '2022-04-01', '2022-06-30', { shiftPattern: 'mothers' }),
    line(999, '2022-01-01', '2022-03-31', { archived: true }),
    line(1800, '2022-07-01', '2022-12-31'),
  ]);
  const huaxin = enterprise('华鑫', [line(700, '2022-01-01', '2022-06-30')]);
  const gone = enterprise('已停产', [line(5000, '2022-01-01', '2022-06-30')], true);
  const all = [luxshare, huaxin, gone];

  it('sums the active lines in the period for each active enterprise', () => {
    expect(demandByEnterprise(all, Q1)).toEqual([
      {
        enterpriseId: luxshare.id,
        name: '立讯',
        shortName: '立讯',
        demand: 1700,
        mothersLineDemand: 500,
        lineCount: 2,
      },
      {
        enterpriseId: huaxin.id,
        name: '华鑫',
        shortName: '华鑫',
        demand: 0,
        mothersLineDemand: 0,
        lineCount: 0,
      },
    ]);
    expect(demandByEnterprise(all, H1).map((r) => [r.name, r.demand, r.mothersLineDemand])).toEqual([
      ['立讯', 2000, 800],
      ['华鑫', 700, 0],
    ]);
  });

  it('leaves archived lines and archived enterprises out of every total', () => {
    expect(totalDemand(demandByEnterprise(all, null))).toBe(1200 + 500 + 300 + 1800 + 700);
    expect(activeLines(gone, null)).toEqual([]);
    expect(activeLines(luxshare, null).map((l) => l.headcount)).toEqual([1200, 500, 300, 1800]);
  });

  it('gives zero for no enterprises', () => {
    expect(totalDemand(demandByEnterprise([], H1))).toBe(0);
  });
});

describe('periodPresets', () => {
  it('offers year, halves and quarters of every year a line touches, newest year first', () => {
    const presets = periodPresets([line(1, '2021-11-01', '2022-02-28'), line(1, '2023-05-01', '2023-05-31')]);
    expect(presets.map((p) => p.key)).toEqual(
      [2023, 2022, 2021].flatMap((y) => ['year', 'h1', 'h2', 'q1', 'q2', 'q3', 'q4'].map((k) => `${y}-${k}`)),
    );
  });

  it('gives each preset its inclusive date range', () => {
    const byKey = new Map(periodPresets([line(1, '2022-03-01', '2022-03-31')]).map((p) => [p.key, p]));
    expect(byKey.get('2022-year')).toMatchObject({
      start: '2022-01-01',
      end: '2022-12-31',
      year: 2022,
      kind: 'year',
    });
    expect(byKey.get('2022-h1')).toMatchObject({ start: '2022-01-01', end: '2022-06-30' });
    expect(byKey.get('2022-h2')).toMatchObject({ start: '2022-07-01', end: '2022-12-31' });
    expect(byKey.get('2022-q1')).toMatchObject({ start: '2022-01-01', end: '2022-03-31' });
    expect(byKey.get('2022-q2')).toMatchObject({ start: '2022-04-01', end: '2022-06-30' });
    expect(byKey.get('2022-q3')).toMatchObject({ start: '2022-07-01', end: '2022-09-30' });
    expect(byKey.get('2022-q4')).toMatchObject({ start: '2022-10-01', end: '2022-12-31' });
  });

  it('makes every line of a year count in that year', () => {
    const lines = [line(10, '2022-01-01', '2022-12-31'), line(5, '2022-12-31', '2022-12-31')];
    const year = periodPresets(lines).find((p) => p.key === '2022-year')!;
    expect(lines.every((l) => lineInPeriod(l, year))).toBe(true);
  });

  it('offers nothing without lines and does not run away on an absurd range', () => {
    expect(periodPresets([])).toEqual([]);
    expect(periodPresets([line(1, '2000-01-01', '9999-12-31')]).length).toBeLessThanOrEqual(20 * 7);
  });
});
