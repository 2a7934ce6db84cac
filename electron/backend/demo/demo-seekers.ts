import { COUNTIES } from '../../../shared/domain/counties';
import { idCheckChar } from '../../../shared/domain/id-number';
import type { EventType, LeaveReason } from '../../../shared/domain/pipeline';
import type { Gender, SignupChannel } from '../../../shared/domain/seeker';
import type { DemoEnterprise } from './demo-data';
import {
  FEMALE_GIVEN,
  LEAVE_NOTES,
  MALE_GIVEN,
  MOBILE_PREFIXES,
  PREVIOUS_WORK,
  SURNAMES,
  VILLAGES,
} from './demo-people';

/**
 * The demo's job seekers: invented people whose pipeline reproduces the article's funnel exactly
 * (6,913 person-trips, 2,788 employed, 1,087 stable on 10 March 2022 with 15 stable days), spread
 * over the drive (9 February to 10 March 2022), the 8 counties and the 8 enterprises. A seeded
 * generator makes every run identical. Outcomes are dealt by rank, not by chance, so the totals are
 * exact while conversion still varies by county.
 */
export const DEMO_AS_OF = '2022-03-10';
export const DEMO_STABLE_DAYS = 15;
export const DEMO_FUNNEL = {
  transportedPeople: 6400,
  transportedTrips: 6913,
  employed: 2788,
  stable: 1087,
  left: 160,
} as const;
/** People who have not ridden a bus yet, by where they are. */
const NOT_TRANSPORTED = { signed_up: 260, verified: 480, interview_arranged: 520, withdrawn: 240 } as const;

const DRIVE_START = '2022-02-09';
/** The last entry date that is stable by DEMO_AS_OF. */
const STABLE_BY = '2022-02-23';

export interface DemoEvent {
  type: EventType;
  date: string;
  /** Enterprise short name. */
  enterprise: string | null;
  post: string;
  reason: LeaveReason | null;
  note: string;
}

export interface DemoRegistration {
  signedUpOn: string;
  signedUpAt: string;
  channel: SignupChannel;
}

export interface DemoPerson {
  idNumber: string;
  name: string;
  gender: Gender;
  birthDate: string;
  phone: string;
  countyCode: string;
  town: string;
  village: string;
  /** Enterprise short name, or null for any (服从安排). */
  intended: string | null;
  previousWork: string;
  notes: string;
  prefNearHome: boolean;
  prefMothersLine: boolean;
  /** Index of the partner in the list (夫妻档). */
  partner: number | null;
  registrations: DemoRegistration[];
  events: DemoEvent[];
}

interface CountyProfile {
  code: string;
  nameZh: string;
  /** Share of the people. */
  weight: number;
  /** Shifts the rank for employment, stability and leaving: conversion differs by county. */
  conversion: number;
  stability: number;
  leaving: number;
}

const PROFILES: Record<string, Omit<CountyProfile, 'code' | 'nameZh'>> = {
  '422801': { weight: 16, conversion: 0.1, stability: 0.05, leaving: 0 },
  '422802': { weight: 20, conversion: -0.05, stability: 0, leaving: 0.05 },
  '422822': { weight: 12, conversion: 0.02, stability: 0.02, leaving: 0 },
  '422823': { weight: 12, conversion: -0.14, stability: -0.05, leaving: 0.1 },
  '422825': { weight: 9, conversion: 0.05, stability: 0, leaving: -0.05 },
  '422826': { weight: 10, conversion: 0, stability: 0.03, leaving: 0 },
  '422827': { weight: 9, conversion: -0.07, stability: -0.03, leaving: 0.05 },
  // Hefeng's "Four Haves" escort service: the best conversion and the fewest leavers.
  '422828': { weight: 7, conversion: 0.16, stability: 0.1, leaving: -0.15 },
};

type Outcome =
  | 'stable'
  | 'employed'
  | 'left'
  | 'transported'
  | 'interview_failed'
  | 'interview_passed'
  | 'exam_failed'
  | 'exam_passed'
  | 'training_completed'
  | 'withdrawn_after_trip'
  | keyof typeof NOT_TRANSPORTED;

const EMPLOYED_OUTCOMES: readonly Outcome[] = ['stable', 'employed', 'left'];

/** Mulberry32: small, fast and good enough for invented data. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
/** Memoised: formatting dates is most of the generator's time otherwise. */
const isoCache = new Map<number, string>();
const toIso = (day: number) => {
  let iso = isoCache.get(day);
  if (iso === undefined) isoCache.set(day, (iso = new Date(day * DAY).toISOString().slice(0, 10)));
  return iso;
};

class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A day in [from, to], leaning towards the later days when `lean` > 1 (the drive gathered pace). */
  day(from: string, to: string, lean = 1): number {
    const a = toDay(from);
    const b = toDay(to);
    return a + Math.min(b - a, Math.floor(Math.pow(this.next(), 1 / lean) * (b - a + 1)));
  }
}

interface Member {
  gender: Gender;
  birthDate: string;
  name: string;
  prefMothersLine: boolean;
}

interface Unit {
  county: CountyProfile;
  town: string;
  village: string;
  members: Member[];
  outcome: Outcome;
  /** Final enterprise (short name) and, for a second trip, the one whose interview failed first. */
  enterprise: string;
  firstEnterprise: string;
  post: string;
  /** Day of the last (or only) trip, of entry, of leaving. */
  trip: number;
  entry: number;
  leave: number;
  twice: boolean;
}

interface EnterpriseRef {
  shortName: string;
  h1Demand: number;
  posts: readonly (readonly [string, number])[];
  mothersPost: string | null;
}

function enterpriseRefs(enterprises: readonly DemoEnterprise[]): EnterpriseRef[] {
  return enterprises.map((e) => {
    const h1 = e.lines.filter((l) => l.periodStart >= '2022-01-01' && l.periodEnd <= '2022-06-30');
    const posts = new Map<string, number>();
    for (const l of h1)
      if (l.shiftPattern !== 'mothers') posts.set(l.post, (posts.get(l.post) ?? 0) + l.headcount);
    return {
      shortName: e.shortName,
      h1Demand: h1.reduce((s, l) => s + l.headcount, 0),
      posts: [...posts],
      mothersPost: h1.find((l) => l.shiftPattern === 'mothers')?.post ?? null,
    };
  });
}

export function generateDemoPeople(
  enterprises: readonly DemoEnterprise[],
  towns: Readonly<Record<string, readonly string[]>>,
  seed = 20220209,
): DemoPerson[] {
  const dice = new Dice(seeded(seed));
  const refs = enterpriseRefs(enterprises);
  const byDemand = refs.map((r) => [r, r.h1Demand] as const);
  const withMothersLine = refs.filter((r) => r.mothersPost !== null);
  const counties: CountyProfile[] = COUNTIES.map((c) => ({
    code: c.code,
    nameZh: c.nameZh,
    ...PROFILES[c.code]!,
  }));
  const countyWeights = counties.map((c) => [c, c.weight] as const);
  const usedIds = new Set<string>();

  const member = (gender: Gender, birthYear: number): Member => {
    const surname = dice.weighted(SURNAMES);
    const given = dice.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
    const month = birthYear === 2004 ? 1 : dice.int(1, 12);
    const days = new Date(Date.UTC(birthYear, month, 0)).getUTCDate();
    const birthDate = `${birthYear}-${String(month).padStart(2, '0')}-${String(dice.int(1, days)).padStart(2, '0')}`;
    const mothersAge = gender === 'female' && birthYear >= 1977 && birthYear <= 1997;
    return { gender, birthDate, name: surname + given, prefMothersLine: mothersAge && dice.chance(0.4) };
  };
  // Most seekers are 20 to 45; the sum of three draws gives a hump around 1988.
  const birthYear = () =>
    Math.max(1968, Math.min(2004, Math.round(1970 + (dice.next() + dice.next() + dice.next()) * 12)));

  const newUnit = (couple: boolean): Unit => {
    const county = dice.weighted(countyWeights);
    const members: Member[] = [];
    if (couple) {
      const wifeYear = Math.max(1970, Math.min(2000, birthYear()));
      members.push(member('male', Math.max(1968, wifeYear - dice.int(0, 4))), member('female', wifeYear));
    } else {
      members.push(member(dice.chance(0.56) ? 'male' : 'female', birthYear()));
    }
    return {
      county,
      town: dice.pick(towns[county.code] ?? ['']),
      village: dice.pick(VILLAGES),
      members,
      outcome: 'transported',
      enterprise: '',
      firstEnterprise: '',
      post: '',
      trip: 0,
      entry: 0,
      leave: 0,
      twice: false,
    };
  };

  // 1. Who rode a bus: units (a person, or a couple who travel together) up to the exact head count.
  const transported: Unit[] = [];
  for (let people = 0; people < DEMO_FUNNEL.transportedPeople;) {
    const couple = DEMO_FUNNEL.transportedPeople - people >= 2 && dice.chance(0.045);
    const unit = newUnit(couple);
    transported.push(unit);
    people += unit.members.length;
  }

  // 2. Outcomes by rank: a county's shift moves its people up or down, the totals stay exact.
  const ranked = (units: Unit[], shift: (u: Unit) => number) =>
    units
      .map((u) => ({ u, score: dice.next() + shift(u) }))
      .sort((a, b) => b.score - a.score)
      .map((x) => x.u);
  /** Takes units in order until exactly `people` are taken (a couple that would overshoot waits). */
  const take = (units: Unit[], people: number, outcome: Outcome): Unit[] => {
    const rest: Unit[] = [];
    let left = people;
    for (const u of units) {
      if (u.members.length <= left) {
        u.outcome = outcome;
        left -= u.members.length;
      } else rest.push(u);
    }
    if (left !== 0) throw new Error(`demo: could not deal ${people} people to ${outcome}`);
    return rest;
  };
  const notEmployed = take(
    ranked(transported, (u) => u.county.conversion),
    DEMO_FUNNEL.employed,
    'stable',
  );
  const employed = transported.filter((u) => u.outcome === 'stable');
  let rest = take(
    ranked(employed, (u) => u.county.stability),
    DEMO_FUNNEL.stable,
    'stable',
  );
  rest = take(
    ranked(rest, (u) => u.county.leaving),
    DEMO_FUNNEL.left,
    'left',
  );
  for (const u of rest) u.outcome = 'employed';
  const afterTrip: [Outcome, number][] = [
    ['interview_failed', 30],
    ['exam_failed', 10],
    ['withdrawn_after_trip', 24],
    ['interview_passed', 9],
    ['exam_passed', 8],
    ['training_completed', 6],
    ['transported', 13],
  ];
  for (const u of notEmployed) u.outcome = dice.weighted(afterTrip);

  // 3. Enterprises, posts and dates.
  for (const u of transported) {
    const mothers = u.members.length === 1 && u.members[0]!.prefMothersLine && dice.chance(0.8);
    const ref = mothers ? dice.pick(withMothersLine) : dice.weighted(byDemand);
    u.enterprise = ref.shortName;
    u.post = mothers ? ref.mothersPost! : dice.weighted(ref.posts);
    do u.firstEnterprise = dice.weighted(byDemand).shortName;
    while (u.firstEnterprise === u.enterprise);
    scheduleTrip(u, dice);
  }

  // 4. Some rode twice (the first interview failed, they came back for another enterprise): exactly
  // the extra person-trips the article counts.
  const canRideTwice = ranked(
    transported.filter((u) => u.trip - toDay(DRIVE_START) >= 3),
    () => 0,
  );
  let extraTrips = DEMO_FUNNEL.transportedTrips - DEMO_FUNNEL.transportedPeople;
  for (const u of canRideTwice) {
    if (extraTrips === 0) break;
    if (u.members.length > extraTrips) continue;
    u.twice = true;
    extraTrips -= u.members.length;
  }
  if (extraTrips !== 0) throw new Error('demo: could not deal the second trips');

  // 5. People still before the bus.
  const waiting: Unit[] = [];
  for (const [outcome, count] of Object.entries(NOT_TRANSPORTED) as [Outcome, number][]) {
    for (let i = 0; i < count; i++) {
      const u = newUnit(false);
      u.outcome = outcome;
      const ref = dice.weighted(byDemand);
      u.enterprise = ref.shortName;
      waiting.push(u);
    }
  }

  // 6. People, in sign-up order as a register would list them.
  const units = [...transported, ...waiting];
  const people: DemoPerson[] = [];
  for (const u of units) {
    const events = u.outcome in NOT_TRANSPORTED ? waitingEvents(u, dice) : tripEvents(u, dice);
    const signUp = events[0]!.date;
    const couple = u.members.length === 2;
    const first = people.length;
    u.members.forEach((m, i) => {
      const channel = signupChannel(dice, m);
      const registrations = [{ signedUpOn: signUp, signedUpAt: signupPlace(dice, u, channel), channel }];
      // A few registered again at a job fair: the same person, a second registration.
      if (dice.chance(0.03) && toDay(signUp) + 3 <= toDay(DEMO_AS_OF)) {
        registrations.push({
          signedUpOn: toIso(dice.int(toDay(signUp) + 3, toDay(DEMO_AS_OF))),
          signedUpAt: `${u.county.nameZh}春风行动专场招聘会`,
          channel: 'job_fair',
        });
      }
      const notes = [
        couple ? '夫妻同行，希望安排在同一企业、同一宿舍' : '',
        m.prefMothersLine ? '宝妈，周末需照顾孩子' : '',
      ]
        .filter(Boolean)
        .join('；');
      people.push({
        idNumber: idNumber(dice, usedIds, u.county.code, m),
        name: m.name,
        gender: m.gender,
        birthDate: m.birthDate,
        phone: dice.pick(MOBILE_PREFIXES) + String(dice.int(0, 99_999_999)).padStart(8, '0'),
        countyCode: u.county.code,
        town: u.town,
        village: u.village,
        intended: dice.chance(0.45)
          ? null
          : dice.chance(0.75)
            ? u.enterprise
            : dice.weighted(byDemand).shortName,
        previousWork: dice.weighted(PREVIOUS_WORK),
        notes,
        prefNearHome: dice.chance(0.12),
        prefMothersLine: m.prefMothersLine,
        partner: couple ? first + (1 - i) : null,
        registrations,
        events,
      });
    });
  }
  return people;
}

/** Trip, entry and leaving days for a unit that rode the bus, by its outcome. */
function scheduleTrip(u: Unit, dice: Dice): void {
  if (EMPLOYED_OUTCOMES.includes(u.outcome)) {
    u.entry =
      u.outcome === 'stable'
        ? dice.day('2022-02-13', STABLE_BY, 1.4)
        : u.outcome === 'employed'
          ? dice.day('2022-02-24', DEMO_AS_OF, 1.2)
          : dice.day('2022-02-13', '2022-03-06');
    // Interview on the day of the visit, exam the day after, training 1–2 days, then entry.
    u.trip = u.entry - dice.int(2, 4);
    if (u.outcome === 'left') u.leave = dice.int(u.entry + 2, Math.min(u.entry + 18, toDay(DEMO_AS_OF)));
    return;
  }
  const windows: Partial<Record<Outcome, [string, string]>> = {
    transported: ['2022-03-06', DEMO_AS_OF],
    interview_passed: ['2022-03-05', DEMO_AS_OF],
    exam_passed: ['2022-03-03', '2022-03-09'],
    training_completed: ['2022-03-01', '2022-03-07'],
  };
  const [from, to] = windows[u.outcome] ?? [DRIVE_START, '2022-03-08'];
  u.trip = dice.day(from, to, 1.3);
}

function tripEvents(u: Unit, dice: Dice): DemoEvent[] {
  const B = u.enterprise;
  const ev = (type: EventType, day: number, enterprise: string | null = null, note = ''): DemoEvent => ({
    type,
    date: toIso(day),
    enterprise,
    post: type === 'employed' ? u.post : '',
    reason: null,
    note,
  });
  const firstTrip = u.twice ? u.trip - dice.int(3, Math.min(9, u.trip - toDay(DRIVE_START))) : u.trip;
  const arranged = dice.chance(0.85);
  const arrangedDay = firstTrip - dice.int(0, 2);
  const verified = (arranged ? arrangedDay : firstTrip) - dice.int(0, 3);
  const signedUp = verified - dice.int(0, 10);
  const events: DemoEvent[] = [ev('signed_up', signedUp), ev('verified', verified)];
  if (arranged) events.push(ev('interview_arranged', arrangedDay, u.twice ? u.firstEnterprise : B));
  if (u.twice) {
    events.push(
      ev('transported', firstTrip),
      ev('interview_failed', firstTrip, u.firstEnterprise, dice.pick(['', '岗位要求不符', '本人不满意宿舍'])),
      ev('interview_arranged', dice.int(firstTrip + 1, u.trip - 1), B),
    );
  }
  events.push(ev('transported', u.trip));
  const T = u.trip;
  switch (u.outcome) {
    case 'transported':
      break;
    case 'interview_failed':
      events.push(ev('interview_failed', T, B));
      break;
    case 'interview_passed':
      events.push(ev('interview_passed', T, B));
      break;
    case 'exam_failed':
      events.push(
        ev('interview_passed', T, B),
        ev('exam_failed', T + 1, B, dice.pick(['体检未通过', '血压偏高'])),
      );
      break;
    case 'exam_passed':
      events.push(ev('interview_passed', T, B), ev('exam_passed', T + 1, B));
      break;
    case 'training_completed':
      events.push(
        ev('interview_passed', T, B),
        ev('exam_passed', T + 1, B),
        ev('training_completed', T + 2, B),
      );
      break;
    case 'withdrawn_after_trip':
      events.push(
        dice.chance(0.5) ? ev('interview_failed', T, B) : ev('interview_passed', T, B),
        ev(
          'withdrawn',
          T + dice.int(1, Math.min(5, toDay(DEMO_AS_OF) - T)),
          null,
          dice.pick(['返乡', '另有打算', '家里有事']),
        ),
      );
      break;
    default: {
      // Employed: interview at the visit, exam the next day, training, entry.
      const training = dice.int(T + 2, u.entry);
      events.push(
        ev('interview_passed', T, B),
        ev('exam_passed', T + 1, B),
        ev('training_completed', Math.min(training, u.entry), B),
        ev('employed', u.entry, B),
      );
      if (u.outcome === 'left') {
        const reason = dice.weighted<LeaveReason>([
          ['homesick', 35],
          ['family', 25],
          ['pay', 14],
          ['unsuitable_post', 12],
          ['health', 9],
          ['other', 5],
        ]);
        events.push({ ...ev('left', u.leave), reason, note: dice.pick(LEAVE_NOTES[reason]!) });
      }
    }
  }
  return events;
}

function waitingEvents(u: Unit, dice: Dice): DemoEvent[] {
  const ev = (type: EventType, day: number, enterprise: string | null = null, note = ''): DemoEvent => ({
    type,
    date: toIso(day),
    enterprise,
    post: '',
    reason: null,
    note,
  });
  switch (u.outcome) {
    case 'signed_up':
      return [ev('signed_up', dice.day('2022-03-01', DEMO_AS_OF, 1.5))];
    case 'verified': {
      const v = dice.day('2022-02-25', DEMO_AS_OF, 1.3);
      return [ev('signed_up', v - dice.int(0, 6)), ev('verified', v)];
    }
    case 'interview_arranged': {
      const a = dice.day('2022-03-03', DEMO_AS_OF, 1.3);
      const v = a - dice.int(0, 3);
      return [
        ev('signed_up', v - dice.int(0, 8)),
        ev('verified', v),
        ev('interview_arranged', a, u.enterprise),
      ];
    }
    default: {
      const note = dice.pick(['已在本地找到工作', '家中有事', '联系不上', '改变主意']);
      if (dice.chance(0.3)) {
        const s = dice.day('2022-02-01', '2022-03-08');
        return [ev('signed_up', s), ev('withdrawn', s + dice.int(1, 2), null, note)];
      }
      const v = dice.day('2022-02-10', '2022-03-06');
      return [
        ev('signed_up', v - dice.int(0, 6)),
        ev('verified', v),
        ev('withdrawn', v + dice.int(1, 4), null, note),
      ];
    }
  }
}

function signupChannel(dice: Dice, m: Member): SignupChannel {
  const young = Number(m.birthDate.slice(0, 4)) >= 1999;
  return dice.weighted<SignupChannel>([
    ['point_to_point', 62],
    ['job_fair', 15],
    ['labour_cooperation', 9],
    ['college', young ? 20 : 0],
    ['hr_company', 9],
  ]);
}

function signupPlace(dice: Dice, u: Unit, channel: SignupChannel): string {
  switch (channel) {
    case 'point_to_point':
      return dice.chance(0.6) ? `${u.village}委会` : `${u.town}劳动保障服务中心`;
    case 'job_fair':
      return `${u.county.nameZh}春风行动专场招聘会`;
    case 'labour_cooperation':
      return '州劳务协作工作站';
    case 'college':
      return '湖北民族大学校园招聘会';
    default:
      return '恩施人力资源服务有限公司';
  }
}

/** A valid resident ID number: county region code, birth date, a sequence whose parity is the gender, check digit. */
function idNumber(dice: Dice, used: Set<string>, region: string, m: Member): string {
  for (;;) {
    const parity = m.gender === 'male' ? dice.pick([1, 3, 5, 7, 9]) : dice.pick([0, 2, 4, 6, 8]);
    const first17 = `${region}${m.birthDate.replace(/-/g, '')}${String(dice.int(0, 99)).padStart(2, '0')}${parity}`;
    const id = first17 + idCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
