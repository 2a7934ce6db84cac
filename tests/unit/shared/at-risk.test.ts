import { describe, expect, it } from 'vitest';
import { compareAtRisk, riskSignals, urgency, type RiskFacts } from '../../../shared/domain/at-risk';
import { daysNotBack, isAway, awayPeriod } from '../../../shared/domain/leave';
import { responsibleStaff, type ClassMember } from '../../../shared/domain/special-classes';

const none: RiskFacts = { openQuitCases: [], latestReachedVisit: null, overdueVisits: [], notBackFrom: [] };
const ASOF = '2022-03-10';

describe('the at-risk rules', () => {
  it('lists nobody without a signal', () => {
    expect(riskSignals(none)).toEqual([]);
    expect(riskSignals({ ...none, latestReachedVisit: { date: '2022-03-01', risk: 'low' } })).toEqual([]);
  });

  it('flags an open intention-to-quit case from its oldest date', () => {
    expect(
      riskSignals({ ...none, openQuitCases: [{ openedOn: '2022-03-04' }, { openedOn: '2022-03-02' }] }),
    ).toEqual([{ reason: 'quit_intention', since: '2022-03-02' }]);
  });

  it('flags high risk only while the latest visit that reached the person says so', () => {
    expect(riskSignals({ ...none, latestReachedVisit: { date: '2022-03-05', risk: 'high' } })).toEqual([
      { reason: 'high_risk', since: '2022-03-05' },
    ]);
  });

  it('flags a missed visit from the oldest overdue due date, and leave not returned from', () => {
    expect(
      riskSignals({ ...none, overdueVisits: ['2022-02-28', '2022-02-21'], notBackFrom: ['2022-03-05'] }),
    ).toEqual([
      { reason: 'not_back', since: '2022-03-05' },
      { reason: 'missed_visit', since: '2022-02-21' },
    ]);
  });

  it('sorts by urgency: quitting before high risk before a missed visit; older and more signals first', () => {
    const row = (name: string, facts: Partial<RiskFacts>) => {
      const signals = riskSignals({ ...none, ...facts });
      return { name, signals, urgency: urgency(signals, ASOF) };
    };
    const rows = [
      row('missed, recent', { overdueVisits: ['2022-03-06'] }),
      row('high risk', { latestReachedVisit: { date: '2022-03-09', risk: 'high' } }),
      row('quit', { openQuitCases: [{ openedOn: '2022-03-09' }] }),
      row('missed, old', { overdueVisits: ['2022-02-20'] }),
      row('quit and missed', { openQuitCases: [{ openedOn: '2022-03-09' }], overdueVisits: ['2022-03-06'] }),
    ].sort(compareAtRisk);
    expect(rows.map((r) => r.name)).toEqual([
      'quit and missed',
      'quit',
      'high risk',
      'missed, old',
      'missed, recent',
    ]);
  });

  it('caps how much waiting adds, so a fresh quit intention still beats an old missed visit', () => {
    const old = riskSignals({ ...none, overdueVisits: ['2021-01-01'] });
    const quit = riskSignals({ ...none, openQuitCases: [{ openedOn: ASOF }] });
    expect(urgency(quit, ASOF)).toBeGreaterThan(urgency(old, ASOF));
  });
});

describe('leave', () => {
  const leave = { start: '2022-03-05', end: '2022-04-04', returnedOn: null };
  it('is away from the start to the end, or until the person is back', () => {
    expect(isAway(leave, '2022-03-04')).toBe(false);
    expect(isAway(leave, '2022-03-05')).toBe(true);
    expect(isAway(leave, '2022-04-04')).toBe(true);
    expect(isAway({ ...leave, returnedOn: '2022-03-20' }, '2022-03-20')).toBe(false);
    expect(awayPeriod({ ...leave, returnedOn: '2022-03-20' })).toEqual({
      start: '2022-03-05',
      end: '2022-03-19',
    });
  });

  it('flags a person not back two days after the end of leave', () => {
    expect(daysNotBack(leave, '2022-04-06')).toBe(0);
    expect(daysNotBack(leave, '2022-04-07')).toBe(3);
    expect(daysNotBack({ ...leave, returnedOn: '2022-04-05' }, '2022-04-20')).toBe(0);
  });
});

describe('the staff member responsible', () => {
  const m = (
    name: string,
    countyCode: string,
    role: 'lead' | 'member',
    endDate: string | null = null,
  ): ClassMember => ({
    id: crypto.randomUUID(),
    name,
    countyCode,
    role,
    startDate: '2022-02-10',
    endDate,
  });
  const lixun = {
    enterpriseId: 'lixun',
    startDate: '2022-02-10',
    endDate: null,
    members: [
      m('李组长', '422801', 'lead'),
      m('何廷胜', '422826', 'member', '2022-03-03'),
      m('谭建始', '422822', 'member'),
    ],
  };

  it('is the staff member on duty from the person’s own county', () => {
    expect(responsibleStaff([lixun], 'lixun', '422822', ASOF)?.name).toBe('谭建始');
    expect(responsibleStaff([lixun], 'lixun', '422826', '2022-02-21')?.name).toBe('何廷胜');
  });

  it('falls back to the lead when nobody from the county is on duty, and is nobody without a class', () => {
    expect(responsibleStaff([lixun], 'lixun', '422826', ASOF)?.name).toBe('李组长');
    expect(responsibleStaff([lixun], 'daxiang', '422826', ASOF)).toBeNull();
    expect(responsibleStaff([lixun], null, '422826', ASOF)).toBeNull();
  });
});
