import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import { DEMO_ENTERPRISES, DEMO_TOWNS } from '../../../../electron/backend/demo/demo-data';
import { DEMO_AS_OF, generateDemoPeople } from '../../../../electron/backend/demo/demo-seekers';
import { planDemoTrips } from '../../../../electron/backend/demo/demo-trips';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let trips: ChannelOutput<'trips.list'>;

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'demo.load', {});
  trips = await call(backend, 'trips.list', {});
}, 60_000);
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

const closed = () => trips.filter((t) => t.status === 'closed');

describe("the demo's buses", () => {
  it('keep the funnel exact: 6,913 person-trips, 2,788 employed, 1,087 stable', async () => {
    const counts = await call(backend, 'counts.summary', {});
    expect(counts.totals.transportedTrips).toBe(6913);
    expect(counts.totals.employed).toBe(2788);
    expect(counts.totals.stable).toBe(1087);
  });

  it('carry every person-trip: arrivals on closed buses add up to 6,913, each event with its trip', () => {
    expect(closed().reduce((n, t) => n + t.arrived, 0)).toBe(6913);
    const db = backend.store.db;
    expect(
      db.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM seeker_events WHERE type = 'transported' AND trip_id IS NULL",
      )!.n,
    ).toBe(0);
    const mismatched = db.all(
      `SELECT t.id FROM trips t WHERE t.status = 'closed' AND
         (SELECT COUNT(*) FROM seeker_events e WHERE e.trip_id = t.id) <>
         (SELECT COUNT(*) FROM trip_seats s WHERE s.trip_id = t.id AND s.arrived = 1)`,
    );
    expect(mismatched).toEqual([]);
    // The event's day is the bus's day, and its rider is on that bus.
    expect(
      db.get<{ n: number }>(
        `SELECT COUNT(*) AS n FROM seeker_events e JOIN trips t ON t.id = e.trip_id
         LEFT JOIN trip_seats s ON s.trip_id = t.id AND s.seeker_seq = e.seeker_seq
         WHERE e.date <> t.trip_date OR s.seeker_seq IS NULL`,
      )!.n,
    ).toBe(0);
  });

  it('are plausible coaches: 45–55 seats, never over capacity, with plate, driver, escorts and supplies', () => {
    expect(closed().length).toBeGreaterThan(120);
    for (const t of trips) {
      expect([45, 49, 53, 55]).toContain(t.seats);
      expect(t.booked).toBeLessThanOrEqual(t.seats);
      expect(t.plate).toMatch(/^鄂Q[A-Z]\d{5}$/);
      expect(t.driverName).not.toBe('');
      expect(t.escortNames).not.toBe('');
      expect(t.suppliesIssued).toBe(true);
      if (t.status === 'closed')
        expect(t.handovers).toEqual({ seenOff: true, received: true, escortedIn: true });
    }
    // Hefeng's "Four Haves": two escorts on every bus.
    for (const t of closed().filter((x) => x.countyCode === '422828')) expect(t.escortNames).toContain('、');
  });

  it('seat couples side by side and nobody twice on one day', async () => {
    const sample = closed().filter((_, i) => i % 5 === 0);
    for (const t of sample) {
      const detail = await call(backend, 'trips.get', { id: t.id });
      expect(detail.splitCouples, t.tripNo).toEqual([]);
      expect(detail.reconciliation.balanced, t.tripNo).toBe(true);
    }
    const twice = backend.store.db.all(
      `SELECT s.seeker_seq, t.trip_date FROM trip_seats s JOIN trips t ON t.id = s.trip_id
       WHERE t.status <> 'cancelled' GROUP BY s.seeker_seq, t.trip_date HAVING COUNT(*) > 1`,
    );
    expect(twice).toEqual([]);
  });

  it('has a few no-shows with their reason, and planned buses for the day after', () => {
    const noShows = closed().reduce((n, t) => n + (t.booked - t.boarded), 0);
    expect(noShows).toBeGreaterThan(10);
    const planned = trips.filter((t) => t.status === 'planned');
    expect(planned.length).toBe(3);
    for (const t of planned) {
      expect(t.date).toBe('2022-03-11');
      expect(t.booked).toBeGreaterThan(20);
    }
  });

  it('is planned the same way every time', () => {
    const people = generateDemoPeople(DEMO_ENTERPRISES, DEMO_TOWNS);
    const a = planDemoTrips(people, DEMO_AS_OF, new Map());
    const b = planDemoTrips(people, DEMO_AS_OF, new Map());
    const shape = (p: typeof a) => p.trips.map((t) => [t.tripNo, t.plate, t.seats, t.passengers.length]);
    expect(shape(a)).toEqual(shape(b));
  });
});
