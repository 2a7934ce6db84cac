import { randomUUID } from 'node:crypto';
import { assignSeats } from '../../../shared/domain/transport/seating';
import { FEMALE_GIVEN, MALE_GIVEN, MOBILE_PREFIXES, SURNAMES } from './demo-people';
import type { DemoPerson } from './demo-seekers';

/**
 * The buses behind the demo's person-trips. Every `transported` event of the generated people is a
 * seat on a bus of their county on that day: a county's riders of one day share buses of 45–55
 * seats (couples side by side), from the county's small fleet, with escorts, supplies and the
 * "Four Haves" handover. A few people who were booked and did not show keep a seat with a reason,
 * and the day after the demo's date has planned buses with people still waiting.
 */

export interface DemoSeat {
  person: number;
  seatNo: number;
  /** Enterprise short name, or null when not decided. */
  enterprise: string | null;
  noShow: boolean;
}

export interface DemoTrip {
  id: string;
  tripNo: string;
  date: string;
  departureTime: string;
  countyCode: string;
  seats: number;
  plate: string;
  driverName: string;
  driverPhone: string;
  escorts: { name: string; phone: string }[];
  pickups: { town: string; place: string; time: string }[];
  /** Short names, most passengers first. */
  enterprises: string[];
  handover: {
    seenOffBy: string;
    seenOffAt: string;
    receivedBy: string;
    receivedAt: string;
    escortedInBy: string;
    escortedInAt: string;
  } | null;
  status: 'closed' | 'planned';
  /** ISO timestamps of departure and arrival (closed trips). */
  departedAt: string | null;
  arrivedAt: string | null;
  passengers: DemoSeat[];
}

export interface DemoTripPlan {
  trips: DemoTrip[];
  /** Trip id of person `i`'s event `j`, keyed `i:j`. */
  tripOfEvent: Map<string, string>;
}

const BUS_SIZES = [45, 49, 53, 55] as const;
const MAX_LOAD = 55;

/** Hours on the road to the zone and the usual first departure, by county. */
const ROUTES: Record<string, { hours: number; start: number }> = {
  '422801': { hours: 0.75, start: 8.5 },
  '422802': { hours: 2, start: 7 },
  '422822': { hours: 1.25, start: 7.5 },
  '422823': { hours: 3, start: 6.5 },
  '422825': { hours: 1.25, start: 7.5 },
  '422826': { hours: 2, start: 7 },
  '422827': { hours: 2.5, start: 7 },
  '422828': { hours: 2.5, start: 7 },
};

const RECEIVERS = ['高新区人社局 冉科长', '高新区人社局 覃干事', '高新区人社局 向主任'];

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

const hhmm = (hours: number) => {
  const m = Math.round(hours * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
/** China time (UTC+8) on `date` at `hours` as an ISO timestamp. */
const instant = (date: string, hours: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + (hours - 8) * 3_600_000).toISOString();

interface Crew {
  plate: string;
  driverName: string;
  driverPhone: string;
}

function staffPools(rand: () => number, fleetLetter: string) {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const surname = () => {
    const total = SURNAMES.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [name, w] of SURNAMES) if ((r -= w) < 0) return name;
    return SURNAMES[0]![0];
  };
  const phone = () => pick(MOBILE_PREFIXES) + String(Math.floor(rand() * 1e8)).padStart(8, '0');
  const fleet: Crew[] = Array.from({ length: 6 }, (_, i) => ({
    plate: `鄂Q${fleetLetter}${String(1000 + Math.floor(rand() * 9000))}${i}`,
    driverName: `${surname()}${pick(MALE_GIVEN)}`,
    driverPhone: phone(),
  }));
  const escorts = Array.from({ length: 6 }, () => ({
    name: `${surname()}${pick(rand() < 0.5 ? MALE_GIVEN : FEMALE_GIVEN)}`,
    phone: phone(),
  }));
  return { fleet, escorts };
}

/** Where person `p`'s `j`-th event took them: the enterprise of the next step that names one, else the one before. */
function destinedEnterprise(p: DemoPerson, j: number): string | null {
  for (let k = j + 1; k < p.events.length && p.events[k]!.type !== 'transported'; k++) {
    if (p.events[k]!.enterprise) return p.events[k]!.enterprise;
  }
  for (let k = j - 1; k >= 0; k--)
    if (p.events[k]!.type === 'interview_arranged') return p.events[k]!.enterprise;
  return p.intended;
}

interface Rider {
  /** The person and their partner, who ride together. */
  members: number[];
  event: number;
  town: string;
}

const dayAfter = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * Plans the trips. `contacts` maps an enterprise's short name to its contact, who takes people into
 * the factory (the third of the Four Haves).
 */
export function planDemoTrips(
  people: readonly DemoPerson[],
  asOf: string,
  contacts: ReadonlyMap<string, string>,
  seed = 20220310,
): DemoTripPlan {
  const rand = seeded(seed);
  const pools = new Map<string, ReturnType<typeof staffPools>>();
  const poolOf = (county: string) => {
    let pool = pools.get(county);
    // Each county's coaches carry their own letter after 鄂Q.
    if (!pool) pools.set(county, (pool = staffPools(rand, 'ABCDEFGHJK'[pools.size] ?? 'M')));
    return pool;
  };
  const trips: DemoTrip[] = [];
  const tripOfEvent = new Map<string, string>();
  const perDay = new Map<string, number>();
  const complete = (trip: DemoTrip) => {
    finish(trip, perDay, poolOf(trip.countyCode), rand);
    trip.pickups = demoPickups(trip, (i) => people[i]!.town);
    const lead = trip.enterprises[0];
    trip.handover = demoHandover(trip, trips.length, lead ? (contacts.get(lead) ?? null) : null);
    trips.push(trip);
  };

  // Riders by county and day; a couple shares its events, so it rides as one.
  const groups = new Map<string, Rider[]>();
  people.forEach((p, i) => {
    if (p.partner !== null && p.partner < i) return;
    p.events.forEach((e, j) => {
      if (e.type !== 'transported') return;
      const key = `${p.countyCode}|${e.date}`;
      const rider = { members: p.partner === null ? [i] : [i, p.partner], event: j, town: p.town };
      const list = groups.get(key);
      if (list) list.push(rider);
      else groups.set(key, [rider]);
    });
  });

  // People still before the bus, by county, for the no-shows and tomorrow's planned buses.
  const waiting = new Map<string, number[]>();
  people.forEach((p, i) => {
    const last = p.events.at(-1)!;
    if (p.partner !== null || (last.type !== 'verified' && last.type !== 'interview_arranged')) return;
    const list = waiting.get(p.countyCode);
    if (list) list.push(i);
    else waiting.set(p.countyCode, [i]);
  });
  const takeWaiting = (county: string, date: string): number | null => {
    const list = waiting.get(county) ?? [];
    const at = list.findIndex((i) => people[i]!.events.at(-1)!.date <= date);
    return at < 0 ? null : list.splice(at, 1)[0]!;
  };

  const byDate = (key: string) => `${key.split('|')[1]}|${key}`;
  const keys = [...groups.keys()].sort((a, b) => (byDate(a) < byDate(b) ? -1 : 1));
  for (const key of keys) {
    const [countyCode, date] = key.split('|') as [string, string];
    // Grouped by town so a bus collects few pickup points; plain comparison (a collator is slow here).
    const riders = groups.get(key)!.sort((a, b) => (a.town < b.town ? -1 : a.town > b.town ? 1 : 0));
    const total = riders.reduce((n, r) => n + r.members.length, 0);
    const buses = Math.ceil(total / MAX_LOAD);
    const target = Math.ceil(total / buses);
    const loads: Rider[][] = [[]];
    let load = 0;
    for (const r of riders) {
      if (load + r.members.length > target && loads.length < buses) {
        loads.push([]);
        load = 0;
      }
      loads.at(-1)!.push(r);
      load += r.members.length;
    }
    loads.forEach((bus, b) => {
      const trip = buildTrip(people, { countyCode, date, index: b, riders: bus, status: 'closed' });
      for (const r of bus) for (const m of r.members) tripOfEvent.set(`${m}:${r.event}`, trip.id);
      // About one bus in four had someone booked who did not show.
      if (rand() < 0.25 && trip.passengers.length < trip.seats) {
        const absent = takeWaiting(countyCode, date);
        if (absent !== null) addSeat(trip, absent, null, true);
      }
      complete(trip);
    });
  }

  // Tomorrow's buses: the three counties with the most people waiting.
  const tomorrow = dayAfter(asOf);
  const busiest = [...waiting.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, 3);
  for (const [countyCode] of busiest) {
    const riders: Rider[] = [];
    for (let n = 0; n < 38; n++) {
      const i = takeWaiting(countyCode, asOf);
      if (i === null) break;
      riders.push({ members: [i], event: -1, town: people[i]!.town });
    }
    if (riders.length === 0) continue;
    complete(buildTrip(people, { countyCode, date: tomorrow, index: 0, riders, status: 'planned' }));
  }
  return { trips, tripOfEvent };
}

function buildTrip(
  people: readonly DemoPerson[],
  t: { countyCode: string; date: string; index: number; riders: Rider[]; status: 'closed' | 'planned' },
): DemoTrip {
  const load = t.riders.reduce((n, r) => n + r.members.length, 0);
  const seats = BUS_SIZES.find((s) => s >= load + 1) ?? MAX_LOAD;
  const route = ROUTES[t.countyCode] ?? { hours: 2, start: 7 };
  const departure = route.start + t.index * 0.5;
  const incoming = t.riders.flatMap((r) =>
    r.members.map((m) => ({
      personId: String(m),
      partnerId: r.members.length === 2 ? String(r.members.find((x) => x !== m)) : null,
    })),
  );
  const seating = assignSeats(seats, [], incoming);
  if (!seating.ok) throw new Error(`demo: bus of ${seats} cannot seat ${load}`);
  const eventOf = new Map(t.riders.flatMap((r) => r.members.map((m) => [m, r.event] as const)));
  const trip: DemoTrip = {
    id: randomUUID(),
    tripNo: '',
    date: t.date,
    departureTime: hhmm(departure),
    countyCode: t.countyCode,
    seats,
    plate: '',
    driverName: '',
    driverPhone: '',
    escorts: [],
    pickups: [],
    enterprises: [],
    handover: null,
    status: t.status,
    departedAt: t.status === 'closed' ? instant(t.date, departure) : null,
    arrivedAt: t.status === 'closed' ? instant(t.date, departure + route.hours) : null,
    passengers: [],
  };
  for (const a of seating.assigned) {
    const person = Number(a.personId);
    const event = eventOf.get(person)!;
    const p = people[person]!;
    trip.passengers.push({
      person,
      seatNo: a.seatNo,
      enterprise: event >= 0 ? destinedEnterprise(p, event) : p.intended,
      noShow: false,
    });
  }
  return trip;
}

function addSeat(trip: DemoTrip, person: number, enterprise: string | null, noShow: boolean): void {
  const taken = new Set(trip.passengers.map((s) => s.seatNo));
  let seat = 1;
  while (taken.has(seat)) seat++;
  trip.passengers.push({ person, seatNo: seat, enterprise, noShow });
}

function finish(
  trip: DemoTrip,
  perDay: Map<string, number>,
  pool: ReturnType<typeof staffPools>,
  rand: () => number,
): void {
  const n = (perDay.get(trip.date) ?? 0) + 1;
  perDay.set(trip.date, n);
  trip.tripNo = `${trip.date.replace(/-/g, '')}-${String(n).padStart(2, '0')}`;
  const crew = pool.fleet[(n + Math.floor(rand() * pool.fleet.length)) % pool.fleet.length]!;
  trip.plate = crew.plate;
  trip.driverName = crew.driverName;
  trip.driverPhone = crew.driverPhone;
  // Hefeng's "Four Haves": two escorts on every bus; elsewhere one, two on the fuller buses.
  const escortCount = trip.countyCode === '422828' || trip.passengers.length > 40 ? 2 : 1;
  const first = Math.floor(rand() * pool.escorts.length);
  trip.escorts = Array.from(
    { length: escortCount },
    (_, k) => pool.escorts[(first + k) % pool.escorts.length]!,
  );

  const count = <T>(xs: readonly T[]) => {
    const m = new Map<T, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([x]) => x);
  };
  trip.enterprises = count(trip.passengers.map((s) => s.enterprise).filter((e): e is string => e !== null));
}

/** Towns of the passengers (most first, at most three) as pickup points, 20 minutes apart. */
function demoPickups(trip: DemoTrip, townOf: (person: number) => string): DemoTrip['pickups'] {
  const counts = new Map<string, number>();
  for (const s of trip.passengers) counts.set(townOf(s.person), (counts.get(townOf(s.person)) ?? 0) + 1);
  const [h, m] = trip.departureTime.split(':').map(Number) as [number, number];
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([town], k) => ({
      town,
      place: k === 0 ? '劳动保障服务中心门前' : '人民政府广场',
      time: hhmm(h + m / 60 + (k * 20) / 60),
    }));
}

/** Who saw them off, received them and took them into the factory, with the times. */
function demoHandover(
  trip: DemoTrip,
  receiverIndex: number,
  enterpriseContact: string | null,
): DemoTrip['handover'] {
  if (trip.status !== 'closed' || !trip.departedAt || !trip.arrivedAt) return null;
  const local = (iso: string, plusMinutes = 0) =>
    new Date(Date.parse(iso) + (8 * 60 + plusMinutes) * 60_000).toISOString().slice(0, 16);
  return {
    seenOffBy: `${trip.pickups[0]?.town ?? ''} ${trip.escorts[0]?.name ?? ''}`.trim(),
    seenOffAt: local(trip.departedAt, -10),
    receivedBy: RECEIVERS[receiverIndex % RECEIVERS.length]!,
    receivedAt: local(trip.arrivedAt),
    escortedInBy: enterpriseContact ?? trip.escorts.at(-1)?.name ?? '',
    escortedInAt: local(trip.arrivedAt, 25),
  };
}
