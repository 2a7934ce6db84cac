import { describe, expect, it } from 'vitest';
import {
  employedSchedule,
  nextOpenSlot,
  normaliseVisitDays,
  shiftForLeave,
  waitingSchedule,
  type MadeVisit,
} from '../../../shared/domain/return-visits';

const base = {
  entryDate: '2022-02-14',
  transferDates: [] as string[],
  days: [7, 30, 90],
  visits: [] as MadeVisit[],
  away: [],
};
const statuses = (asOf: string, extra: Partial<typeof base> = {}) =>
  employedSchedule({ ...base, ...extra, asOf }).map((s) => [s.offset, s.due, s.status]);

describe('the visit schedule of an employed person', () => {
  it('falls due the Settings’ days after the entry date', () => {
    expect(statuses('2022-02-14')).toEqual([
      [7, '2022-02-21', 'due'],
      [30, '2022-03-16', 'upcoming'],
      [90, '2022-05-15', 'upcoming'],
    ]);
  });

  it('follows the Settings: other days, in order, each once', () => {
    expect(normaliseVisitDays([30, 7, 7, 0, -3, 2.5, 14])).toEqual([7, 14, 30]);
    const s = employedSchedule({ ...base, days: [14, 3], asOf: '2022-02-14' });
    expect(s.map((x) => x.due)).toEqual(['2022-02-17', '2022-02-28']);
  });

  it('is due within the week ahead, and overdue three days after the due date', () => {
    expect(statuses('2022-02-24')[0]).toEqual([7, '2022-02-21', 'due']);
    const late = employedSchedule({ ...base, asOf: '2022-02-25' })[0]!;
    expect(late).toMatchObject({ status: 'overdue', daysOverdue: 4 });
  });

  it('counts a visit for its due date, up to three days early', () => {
    const s = employedSchedule({
      ...base,
      visits: [{ date: '2022-02-18', reached: true }],
      asOf: '2022-03-01',
    });
    expect(s[0]).toMatchObject({ status: 'done', visitedOn: '2022-02-18' });
    const tooEarly = employedSchedule({
      ...base,
      visits: [{ date: '2022-02-17', reached: true }],
      asOf: '2022-03-01',
    });
    expect(tooEarly[0]!.status).toBe('overdue');
  });

  it('does not count a visit where the person could not be reached', () => {
    const s = employedSchedule({
      ...base,
      visits: [{ date: '2022-02-21', reached: false }],
      asOf: '2022-03-01',
    });
    expect(s[0]!.status).toBe('overdue');
  });

  it('marks an earlier visit missed once a later one has seen the person', () => {
    const s = employedSchedule({
      ...base,
      visits: [{ date: '2022-03-16', reached: true }],
      asOf: '2022-03-20',
    });
    expect(s.map((x) => x.status)).toEqual(['missed', 'done', 'upcoming']);
  });

  it('ignores visits after the as-of date', () => {
    const s = employedSchedule({
      ...base,
      visits: [{ date: '2022-02-21', reached: true }],
      asOf: '2022-02-20',
    });
    expect(s[0]!.status).toBe('due');
  });

  it('adds a settling-in visit after a transfer, on the first schedule day', () => {
    const s = employedSchedule({ ...base, transferDates: ['2022-03-03'], asOf: '2022-03-10' });
    expect(s.map((x) => [x.kind, x.due])).toEqual([
      ['entry', '2022-02-21'],
      ['transfer', '2022-03-10'],
      ['entry', '2022-03-16'],
      ['entry', '2022-05-15'],
    ]);
  });

  it('waits for a person away on leave: a visit due then is due the day they are back', () => {
    expect(shiftForLeave('2022-03-16', [{ start: '2022-03-05', end: '2022-04-04' }])).toBe('2022-04-05');
    expect(shiftForLeave('2022-03-04', [{ start: '2022-03-05', end: '2022-04-04' }])).toBe('2022-03-04');
    const s = employedSchedule({
      ...base,
      away: [{ start: '2022-03-05', end: '2022-04-04' }],
      asOf: '2022-03-25',
    });
    expect(s[1]).toMatchObject({ due: '2022-04-05', status: 'upcoming' });
  });

  it('names the visit to do first: the oldest overdue, else the next due', () => {
    const s = employedSchedule({ ...base, asOf: '2022-03-20' });
    expect(nextOpenSlot(s)).toMatchObject({ offset: 7, status: 'overdue', daysOverdue: 27 });
    expect(nextOpenSlot([])).toBeNull();
  });
});

describe('the visit schedule of a person waiting for a post', () => {
  it('is every few days from the start of the wait, then from the last visit that reached them', () => {
    expect(
      waitingSchedule({ since: '2022-03-01', every: 7, visits: [], asOf: '2022-03-05' })[0],
    ).toMatchObject({
      kind: 'waiting',
      due: '2022-03-08',
      status: 'due',
    });
    const after = waitingSchedule({
      since: '2022-03-01',
      every: 7,
      visits: [
        { date: '2022-03-06', reached: true },
        { date: '2022-03-09', reached: false },
      ],
      asOf: '2022-03-10',
    });
    expect(after[0]).toMatchObject({ due: '2022-03-13', status: 'due' });
    expect(
      waitingSchedule({ since: '2022-02-20', every: 7, visits: [], asOf: '2022-03-10' })[0],
    ).toMatchObject({
      status: 'overdue',
      daysOverdue: 11,
    });
  });
});
