import { describe, expect, it } from 'vitest';
import {
  daysOpen,
  FieldVisitInput,
  openOn,
  ServiceRequestInput,
  visitFiguresByCounty,
} from '../../../shared/domain/fieldwork';

const CLASS = '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const PERSON = '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b';
const FIRM = '9b2f6f2e-3c1c-4bd8-8a4e-2f1d3c5b7a91';

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.success ? [] : result.error!.issues.map((i) => [i.path.join('.'), i.message]));

describe('a field visit', () => {
  const meeting = {
    kind: 'village_meeting',
    date: '2022-02-13',
    classId: CLASS,
    countyCode: '422822',
    town: '长梁镇',
    reached: 60,
    signedUp: 12,
    seekerIds: [PERSON],
  };

  it('takes a class’s village meeting with its people', () => {
    const parsed = FieldVisitInput.parse(meeting);
    expect(parsed).toMatchObject({ village: '', enterpriseId: null, policies: [], notes: '' });
  });

  it('needs its class and county, unless it is a briefing at an enterprise', () => {
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, classId: null, countyCode: null }))).toEqual([
      ['classId', 'v.visit_class_required'],
      ['countyCode', 'v.county'],
    ]);
    const briefing = { kind: 'policy_briefing', date: '2022-03-04', reached: 12, signedUp: 0 };
    expect(issuesOf(FieldVisitInput.safeParse(briefing))).toEqual([
      ['enterpriseId', 'v.enterprise_required'],
      ['policies', 'v.visit_policies_required'],
    ]);
    expect(
      issuesOf(
        FieldVisitInput.safeParse({ ...briefing, enterpriseId: FIRM, policies: ['stabilisation_refund'] }),
      ),
    ).toEqual([]);
  });

  it('keeps policies to briefings', () => {
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, policies: ['hiring_subsidy'] }))).toEqual([
      ['policies', 'v.visit_policies_briefing_only'],
    ]);
  });

  it('signs up no more than were reached, and names no more than signed up, each once', () => {
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, reached: 11 }))).toEqual([
      ['signedUp', 'v.visit_signed_over_reached'],
    ]);
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, signedUp: 0 }))).toEqual([
      ['signedUp', 'v.visit_linked_over_signed'],
    ]);
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, seekerIds: [PERSON, PERSON] }))).toEqual([
      ['seekerIds', 'v.duplicate'],
    ]);
    expect(
      issuesOf(FieldVisitInput.safeParse({ ...meeting, reached: -1, signedUp: 0, seekerIds: [] })),
    ).toEqual([['reached', 'v.not_negative']]);
  });

  it('refuses an unknown kind or a misspelt field', () => {
    expect(issuesOf(FieldVisitInput.safeParse({ ...meeting, kind: 'banquet' }))).toEqual([
      ['kind', 'v.choose'],
    ]);
    expect(FieldVisitInput.safeParse({ ...meeting, signedup: 3 }).success).toBe(false);
  });
});

describe('visits in the daily report', () => {
  const visits = [
    { date: '2022-02-12', countyCode: '422822', signedUp: 5 },
    { date: '2022-02-13', countyCode: '422822', signedUp: 12 },
    { date: '2022-02-13', countyCode: '422822', signedUp: 0 },
    { date: '2022-02-13', countyCode: '422828', signedUp: 3 },
    { date: '2022-02-14', countyCode: '422822', signedUp: 9 },
    { date: '2022-02-13', countyCode: null, signedUp: 0 },
  ];

  it('counts a county’s visits and sign-ups that day and up to it, never after', () => {
    const byCounty = visitFiguresByCounty(visits, '2022-02-13');
    expect(Object.fromEntries(byCounty)).toEqual({
      '422822': { visitsDay: 2, visitsTotal: 3, visitSignUpsDay: 12, visitSignUpsTotal: 17 },
      '422828': { visitsDay: 1, visitsTotal: 1, visitSignUpsDay: 3, visitSignUpsTotal: 3 },
    });
    expect(visitFiguresByCounty(visits, '2022-02-11').size).toBe(0);
  });
});

describe('an enterprise request', () => {
  const request = {
    enterpriseId: FIRM,
    raisedOn: '2022-03-02',
    category: 'shortage',
    post: '宝妈线',
    asked: '宝妈线暂未开线',
  };

  it('stays open until a date solved, which says what was done and by whom', () => {
    expect(ServiceRequestInput.parse(request)).toMatchObject({ solvedOn: null, done: '', handledBy: '' });
    expect(issuesOf(ServiceRequestInput.safeParse({ ...request, solvedOn: '2022-03-03' }))).toEqual([
      ['done', 'v.request_done_required'],
      ['handledBy', 'v.request_by_required'],
    ]);
    expect(
      issuesOf(
        ServiceRequestInput.safeParse({
          ...request,
          solvedOn: '2022-03-01',
          done: '调整到立讯宝妈线',
          handledBy: '黄春生',
        }),
      ),
    ).toEqual([['solvedOn', 'v.solved_before_raised']]);
    expect(issuesOf(ServiceRequestInput.safeParse({ ...request, asked: '  ' }))).toEqual([
      ['asked', 'v.required'],
    ]);
    expect(issuesOf(ServiceRequestInput.safeParse({ ...request, category: 'complaint' }))).toEqual([
      ['category', 'v.choose'],
    ]);
  });

  it('is open on a date between raised and solved, and counts its days to then', () => {
    const solved = { raisedOn: '2022-03-02', solvedOn: '2022-03-05' };
    expect(openOn(solved, '2022-03-01')).toBe(false);
    expect(openOn(solved, '2022-03-02')).toBe(true);
    expect(openOn(solved, '2022-03-04')).toBe(true);
    expect(openOn(solved, '2022-03-05')).toBe(false);
    expect(openOn({ raisedOn: '2022-03-02', solvedOn: null }, '2022-06-30')).toBe(true);
    expect(daysOpen(solved, '2022-03-10')).toBe(3);
    expect(daysOpen(solved, '2022-03-04')).toBe(2);
    expect(daysOpen({ raisedOn: '2022-03-02', solvedOn: null }, '2022-03-10')).toBe(8);
    expect(daysOpen({ raisedOn: '2022-03-12', solvedOn: null }, '2022-03-10')).toBe(0);
  });
});
