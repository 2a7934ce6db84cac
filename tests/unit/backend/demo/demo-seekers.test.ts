import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DEMO_ENTERPRISES, DEMO_TOWNS } from '../../../../electron/backend/demo/demo-data';
import {
  DEMO_FUNNEL,
  generateDemoPeople,
  type DemoPerson,
} from '../../../../electron/backend/demo/demo-seekers';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { checkIdNumber } from '../../../../shared/domain/id-number';
import { checkMobile } from '../../../../shared/domain/phone';
import { firstIllegal } from '../../../../shared/domain/pipeline';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { expectTallyAgrees } from '../../support/seekers';
import { tempDirs } from '../../support/temp-dir';

const people: DemoPerson[] = generateDemoPeople(DEMO_ENTERPRISES, DEMO_TOWNS);

describe("the demo's job seekers (generated)", () => {
  it('are the same every time', () => {
    const again = generateDemoPeople(DEMO_ENTERPRISES, DEMO_TOWNS);
    expect(again.length).toBe(people.length);
    expect(JSON.stringify(again)).toBe(JSON.stringify(people));
  });

  it('have valid, unique ID numbers from their county, agreeing with gender and birth date (1968–2004)', () => {
    const today = new Date('2022-03-10T00:00:00Z');
    expect(new Set(people.map((p) => p.idNumber)).size).toBe(people.length);
    for (const p of people) {
      const r = checkIdNumber(p.idNumber, today);
      if (!r.ok) throw new Error(`${p.name}: ${p.idNumber} ${r.problem}`);
      expect(r.info.regionCode).toBe(p.countyCode);
      expect(r.info.gender).toBe(p.gender);
      expect(r.info.birthDate).toBe(p.birthDate);
      expect(p.birthDate >= '1968-01-01' && p.birthDate <= '2004-12-31', p.birthDate).toBe(true);
    }
  });

  it('have valid mobiles, Chinese names and towns of their county', () => {
    for (const p of people) {
      expect(checkMobile(p.phone).ok, p.phone).toBe(true);
      expect(p.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(DEMO_TOWNS[p.countyCode]).toContain(p.town);
      expect(p.village).toMatch(/村$/);
    }
  });

  it('have legal histories, in date order, no later than 10 March 2022', () => {
    for (const p of people) {
      expect(firstIllegal(p.events.map((e) => e.type)), p.name).toBe(-1);
      const dates = p.events.map((e) => e.date);
      expect([...dates].sort(), p.name).toEqual(dates);
      expect(dates.at(-1)! <= '2022-03-10').toBe(true);
      expect(p.registrations[0]?.signedUpOn).toBe(dates[0]);
    }
  });

  it('rode the buses between 9 February and 10 March, some of them twice', () => {
    const trips = people.flatMap((p) => p.events.filter((e) => e.type === 'transported'));
    expect(trips).toHaveLength(DEMO_FUNNEL.transportedTrips);
    expect(trips.every((t) => t.date >= '2022-02-09' && t.date <= '2022-03-10')).toBe(true);
    const twice = people.filter((p) => p.events.filter((e) => e.type === 'transported').length === 2);
    expect(twice).toHaveLength(DEMO_FUNNEL.transportedTrips - DEMO_FUNNEL.transportedPeople);
    // Every day of the drive saw buses.
    expect(new Set(trips.map((t) => t.date)).size).toBe(30);
  });

  it('include couples, linked both ways, travelling and working together', () => {
    const couples = people.filter((p, i) => p.partner !== null && p.partner > i);
    expect(couples.length).toBeGreaterThan(50);
    for (const a of couples) {
      const b = people[a.partner!]!;
      expect(people[b.partner!]).toBe(a);
      expect(new Set([a.gender, b.gender])).toEqual(new Set(['male', 'female']));
      expect([b.countyCode, b.town, b.village]).toEqual([a.countyCode, a.town, a.village]);
      expect(b.events).toEqual(a.events);
    }
  });

  it("include mothers' line preferences, placed on a mothers' line where one exists", () => {
    const mothers = people.filter((p) => p.prefMothersLine);
    expect(mothers.length).toBeGreaterThan(300);
    expect(mothers.every((p) => p.gender === 'female')).toBe(true);
    const onMothersLine = mothers.filter((p) =>
      p.events.some((e) => e.type === 'employed' && e.post.includes('宝妈')),
    );
    expect(onMothersLine.length).toBeGreaterThan(100);
  });

  it('include leavers with their reasons, and people still in every step of the pipeline', () => {
    const leavers = people.filter((p) => p.events.at(-1)?.type === 'left');
    expect(leavers).toHaveLength(DEMO_FUNNEL.left);
    expect(new Set(leavers.map((p) => p.events.at(-1)?.reason)).size).toBe(6);
    const stages = new Set(people.map((p) => p.events.at(-1)!.type));
    for (const s of [
      'signed_up',
      'verified',
      'interview_arranged',
      'transported',
      'interview_passed',
      'interview_failed',
      'exam_passed',
      'exam_failed',
      'training_completed',
      'employed',
      'left',
      'withdrawn',
    ] as const) {
      expect(stages.has(s), s).toBe(true);
    }
  });

  it('include people registered twice (the same person, a second registration)', () => {
    expect(people.filter((p) => p.registrations.length === 2).length).toBeGreaterThan(50);
  });
});

describe('the demo loaded: the counting module reproduces the article', () => {
  const dirs = tempDirs();
  let backend: Backend;
  let counts: ChannelOutput<'counts.summary'>;
  let loadMs = 0;

  beforeAll(async () => {
    backend = await Backend.open({ dataDir: dirs.make(), clock: fakeClock('2026-02-11T08:00:00.000Z').now });
    const t0 = performance.now();
    await call(backend, 'demo.load', {});
    loadMs = performance.now() - t0;
    counts = await call(backend, 'counts.summary', {});
  });
  afterAll(async () => {
    await backend.close();
    dirs.cleanup();
  });

  it('counts 6,913 person-trips, 2,788 employed and 1,087 stable on 10 March 2022 (15 days)', () => {
    expect(counts).toMatchObject({ asOf: '2022-03-10', stableDays: 15 });
    expect(counts.totals).toMatchObject({ transportedTrips: 6913, employed: 2788, stable: 1087 });
    expect(counts.totals).toMatchObject({ transportedPeople: 6400, left: 160, employedNow: 2628 });
    console.log(`demo.load took ${loadMs.toFixed(0)} ms`);
  });

  it('keeps a counting tally that agrees with the people', () => {
    expectTallyAgrees(backend);
  });

  it('writes the steps each person reached as their events say', () => {
    const wrong = backend.store.db.get<{ n: number }>(
      `SELECT COUNT(*) AS n FROM seekers s WHERE s.reached <> (
         SELECT COALESCE(SUM(DISTINCT CASE e.type WHEN 'interview_passed' THEN 1 WHEN 'exam_passed' THEN 2
           WHEN 'training_completed' THEN 4 ELSE 0 END), 0)
         FROM seeker_events e WHERE e.seeker_seq = s.seq AND e.voided = 0)`,
    );
    expect(wrong?.n).toBe(0);
  });

  it('still needs 6,800 people in the first half-year', () => {
    expect(counts.period).toEqual({ start: '2022-01-01', end: '2022-06-30' });
    expect(counts.demand).toBe(6800);
    expect(counts.byEnterprise).toHaveLength(8);
    for (const e of counts.byEnterprise) expect(e.gap).toBe(e.demand - e.employedNow);
  });

  it('spreads people over the 8 counties and 8 enterprises, with conversion varying by county', () => {
    expect(counts.byCounty.every((c) => c.transportedPeople > 300)).toBe(true);
    expect(counts.byEnterprise.every((e) => e.employed > 50)).toBe(true);
    const rates = counts.byCounty.map((c) => c.employed / c.transportedPeople);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.15);
  });

  it('links the couples both ways', async () => {
    const { rows } = await call(backend, 'seekers.query', { filter: { preference: 'couple' }, limit: 1000 });
    expect(rows.length % 2).toBe(0);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const r of rows) expect(byId.get(r.partnerId!)?.partnerId).toBe(r.id);
  });
});
