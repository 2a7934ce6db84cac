import { describe, expect, it } from 'vitest';
import { addDays, forecast, projectCumulative, type ForecastInput } from '../../../shared/domain/forecast';

const base: ForecastInput = {
  target: 2100,
  achieved: 1400,
  deadline: '2022-03-31',
  asOf: '2022-03-10',
  hiresInWindow: 280, // 40 a day
  tripsInWindow: 700, // 100 a day
  tripsTotal: 3500,
  hiresTotal: 1400, // 0.4 hires per trip
  expectedFromPipeline: 100,
};

describe('run-rate forecast', () => {
  it('closes the gap on the day the pace reaches it', () => {
    const f = forecast(base);
    expect(f.gap).toBe(700);
    expect(f.hiresPerDay).toBe(40);
    // 700 / 40 = 17.5 days → 18 days after 10 March
    expect(f.closesOn).toBe('2022-03-28');
    expect(f.closesInTime).toBe(true);
    expect(f.status).toBe('on_track');
    expect(f.daysLeft).toBe(21);
  });

  it('says how many more person-trips close the gap in time, net of the pipeline', () => {
    const f = forecast(base);
    expect(f.conversion).toBeCloseTo(0.4);
    expect(f.gapAfterPipeline).toBe(600);
    expect(f.tripsNeeded).toBe(1500); // 600 / 0.4
    expect(f.tripsPerDayNeeded).toBeCloseTo(1500 / 22); // 10–31 March inclusive
  });

  it('is behind when the pace closes the gap only after the deadline', () => {
    const f = forecast({ ...base, hiresInWindow: 70 }); // 10 a day → 70 days
    expect(f.closesOn).toBe('2022-05-19');
    expect(f.closesInTime).toBe(false);
    expect(f.status).toBe('behind');
  });

  it('is stalled without hires in the window, and never closes', () => {
    const f = forecast({ ...base, hiresInWindow: 0 });
    expect(f.closesOn).toBeNull();
    expect(f.status).toBe('stalled');
    expect(f.tripsNeeded).toBe(1500);
  });

  it('is met when nothing is missing, needing no trips', () => {
    const f = forecast({ ...base, achieved: 2200 });
    expect(f.gap).toBe(0);
    expect(f.status).toBe('met');
    expect(f.closesOn).toBe('2022-03-10');
    expect(f.tripsNeeded).toBe(0);
  });

  it('cannot price trips before any trip has happened', () => {
    const f = forecast({ ...base, tripsTotal: 0, hiresTotal: 0 });
    expect(f.conversion).toBeNull();
    expect(f.tripsNeeded).toBeNull();
    expect(f.tripsPerDayNeeded).toBeNull();
  });

  it('reports a past deadline as such', () => {
    expect(forecast({ ...base, asOf: '2022-04-02' }).status).toBe('past_deadline');
  });
});

describe('projection', () => {
  it('runs from today to the deadline at the pace', () => {
    const p = projectCumulative(1400, 40, '2022-03-10', '2022-03-13');
    expect(p).toEqual([
      { date: '2022-03-10', value: 1400 },
      { date: '2022-03-11', value: 1440 },
      { date: '2022-03-12', value: 1480 },
      { date: '2022-03-13', value: 1520 },
    ]);
    expect(addDays('2022-02-27', 2)).toBe('2022-03-01');
  });
});
