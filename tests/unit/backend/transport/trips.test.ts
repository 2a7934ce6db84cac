import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Backend } from '../../../../electron/backend/backend';
import type { ChannelOutput } from '../../../../shared/contract/channels';
import { fakeClock } from '../../support/clock';
import { call, errorOf } from '../../support/fixtures';
import { tempDirs } from '../../support/temp-dir';
import { createTrip, enterprise, tripInput, verifiedPeople } from '../../support/transport';

const dirs = tempDirs();
const clock = fakeClock('2026-02-11T08:00:00.000Z');
let backend: Backend;
let luxshare: string;
let huaxin: string;
let people: string[];

beforeAll(async () => {
  backend = await Backend.open({ dataDir: dirs.make(), clock: clock.now });
  await call(backend, 'settings.update', { operatorName: '李调度' });
  luxshare = await enterprise(backend, '立讯精密工业（恩施）有限公司');
  huaxin = await enterprise(backend, '恩施华鑫科技有限公司');
  people = await verifiedPeople(backend, 60);
});
afterAll(async () => {
  await backend.close();
  dirs.cleanup();
});

type Detail = ChannelOutput<'trips.get'>;
const seatOf = (trip: Detail, id: string) => trip.passengers.find((p) => p.seekerId === id)?.seatNo;

describe('creating and editing a trip', () => {
  it('creates a planned trip with a number, its lists and an audit entry', async () => {
    const items = await call(backend, 'supplies.list', {});
    expect(items.map((i) => i.nameZh)).toEqual(['核酸检测', '防疫物资包', '方便面', '火腿肠', '矿泉水']);
    const trip = await createTrip(backend, {
      enterpriseIds: [luxshare, huaxin],
      escorts: [
        { name: '向明', phone: '13872710001' },
        { name: '田芳', phone: '13872710002' },
      ],
      supplies: [{ itemId: items[4]!.id, quantity: 90 }],
      handover: { seenOffBy: '汪营镇 张主任', seenOffAt: '2026-02-11T07:20' },
    });
    expect(trip).toMatchObject({
      tripNo: '20260211-01',
      status: 'planned',
      plate: '鄂QA1234',
      counts: { seats: 45, booked: 0, boarded: 0, arrived: 0 },
      escorts: [{ name: '向明' }, { name: '田芳' }],
      supplies: [{ nameZh: '矿泉水', quantity: 90 }],
      handover: {
        seenOffBy: '汪营镇 张主任',
        seenOffAt: '2026-02-11T07:20',
        receivedBy: '',
        receivedAt: null,
      },
    });
    expect(trip.enterprises.map((e) => e.id)).toEqual([luxshare, huaxin]);
    expect((await createTrip(backend)).tripNo).toBe('20260211-02');
    const audit = await call(backend, 'audit.list', { limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'trips.save', operator: '李调度', entity: 'trip' });
  });

  it('refuses a bad plate, a time and a seat count out of range, each on its field', async () => {
    const e = errorOf(
      await backend.invoke('trips.save', tripInput({ plate: 'ABC', departureTime: '25:00', seats: 120 })),
    );
    expect(e.code).toBe('invalid_input');
    expect(e.issues).toEqual(
      expect.arrayContaining([
        { path: ['plate'], message: 'v.plate' },
        { path: ['departureTime'], message: 'v.time' },
        { path: ['seats'], message: 'v.seats_range' },
      ]),
    );
  });

  it('lists trips by date and county with their counts', async () => {
    await createTrip(backend, { countyCode: '422823', date: '2026-02-12' });
    const day = await call(backend, 'trips.list', { from: '2026-02-11', to: '2026-02-11' });
    expect(day.map((t) => t.tripNo)).toEqual(['20260211-01', '20260211-02']);
    expect(day[0]).toMatchObject({
      seats: 45,
      booked: 0,
      escortNames: '向明、田芳',
      handovers: { seenOff: true, received: false, escortedIn: false },
    });
    const badong = await call(backend, 'trips.list', { countyCode: '422823' });
    expect(badong.map((t) => t.date)).toEqual(['2026-02-12']);
  });
});

describe('seating, boarding, arrival and closing', () => {
  let trip: Detail;

  beforeAll(async () => {
    trip = await createTrip(backend, { date: '2026-02-10', enterpriseIds: [luxshare], seats: 45 });
  });

  it('offers the county’s verified people who are free that day', async () => {
    const list = await call(backend, 'trips.candidates', { tripId: trip.id });
    expect(list.total).toBe(60);
    expect(list.rows[0]).toMatchObject({
      stage: 'verified',
      idMasked: expect.stringMatching(/^422802\*{8}\d{3}[\dX]$/),
    });
  });

  it('refuses more people than seats, and seats nobody', async () => {
    const e = errorOf(
      await backend.invoke('trips.addPassengers', { tripId: trip.id, seekerIds: people.slice(0, 46) }),
    );
    expect(e).toMatchObject({
      code: 'conflict',
      message: 'v.trip_over_capacity',
      params: { seats: 45, free: 45, requested: 46 },
    });
    expect((await call(backend, 'trips.get', { id: trip.id })).passengers).toEqual([]);
  });

  it('seats 45 people on numbered seats with their destined enterprise', async () => {
    trip = await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: people.slice(0, 45) });
    expect(trip.passengers.map((p) => p.seatNo)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(new Set(trip.passengers.map((p) => p.enterpriseId))).toEqual(new Set([luxshare]));
    expect(trip.counts).toMatchObject({ booked: 45 });
    const e = errorOf(
      await backend.invoke('trips.addPassengers', { tripId: trip.id, seekerIds: [people[45]!] }),
    );
    expect(e.message).toBe('v.trip_over_capacity');
  });

  it('refuses booking a person on two trips the same day', async () => {
    const other = await createTrip(backend, { date: '2026-02-10', plate: '鄂Q·B5678' });
    const e = errorOf(
      await backend.invoke('trips.addPassengers', { tripId: other.id, seekerIds: [people[0]!, people[50]!] }),
    );
    expect(e).toMatchObject({ code: 'conflict', message: 'v.trip_double_booking', params: { count: 1 } });
    expect(String(e.params?.names)).toContain('乘客0');
    const list = await call(backend, 'trips.candidates', { tripId: other.id });
    expect(list.total).toBe(15);
    expect(list.bookedElsewhere).toBe(45);
  });

  it('moves a passenger, swapping seats, and removes one before departure', async () => {
    trip = await call(backend, 'trips.moveSeat', { tripId: trip.id, seekerId: people[0]!, seatNo: 45 });
    expect(seatOf(trip, people[0]!)).toBe(45);
    expect(seatOf(trip, people[44]!)).toBe(1);
    trip = await call(backend, 'trips.removePassenger', { tripId: trip.id, seekerId: people[44]! });
    expect(trip.counts.booked).toBe(44);
    trip = await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: [people[44]!] });
    expect(seatOf(trip, people[44]!)).toBe(1);
  });

  it('refuses boarding ticks before boarding and starting boarding of an empty bus', async () => {
    const e = errorOf(
      await backend.invoke('trips.updateSeats', {
        tripId: trip.id,
        seats: [{ seekerId: people[1]!, boarded: true }],
      }),
    );
    expect(e.message).toBe('v.trip_boarding_locked');
    const empty = await createTrip(backend, { date: '2026-02-09' });
    expect(
      errorOf(await backend.invoke('trips.setStatus', { id: empty.id, status: 'boarding' })).message,
    ).toBe('v.trip_no_passengers');
  });

  it('boards 44 and gives the no-show a reason', async () => {
    trip = await call(backend, 'trips.setStatus', { id: trip.id, status: 'boarding' });
    const noShow = people[7]!;
    trip = await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: people
        .slice(0, 45)
        .filter((id) => id !== noShow)
        .map((seekerId) => ({ seekerId, boarded: true })),
    });
    // Still boarding: the one not on board yet is expected, not a difference.
    expect(trip.reconciliation).toMatchObject({ booked: 45, boarded: 44, unexplainedNotBoarded: 0 });
    const bad = errorOf(
      await backend.invoke('trips.updateSeats', {
        tripId: trip.id,
        seats: [{ seekerId: noShow, reason: 'left_at_stop' }],
      }),
    );
    expect(bad.message).toBe('v.trip_reason_mismatch');
    trip = await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: [{ seekerId: noShow, reason: 'no_show', reasonNote: '电话未接' }],
    });
    expect(trip.reconciliation).toMatchObject({ notBoardedExplained: 1, balanced: true });
  });

  it('locks seating once departed', async () => {
    trip = await call(backend, 'trips.setStatus', { id: trip.id, status: 'departed' });
    expect(trip.departedAt).toBe(clock.iso());
    const e = errorOf(
      await backend.invoke('trips.removePassenger', { tripId: trip.id, seekerId: people[1]! }),
    );
    expect(e.message).toBe('v.trip_seating_locked');
    const ticks = errorOf(
      await backend.invoke('trips.updateSeats', {
        tripId: trip.id,
        seats: [{ seekerId: people[1]!, arrived: true }],
      }),
    );
    expect(ticks.message).toBe('v.trip_arrival_locked');
  });

  it('refuses closing without the arrival count', async () => {
    expect(errorOf(await backend.invoke('trips.close', { id: trip.id })).message).toBe(
      'v.trip_close_not_arrived',
    );
    trip = await call(backend, 'trips.setStatus', { id: trip.id, status: 'arrived' });
    expect(errorOf(await backend.invoke('trips.close', { id: trip.id })).message).toBe(
      'v.trip_close_no_arrivals',
    );
  });

  it('refuses arriving someone who did not board, and an unexplained difference', async () => {
    const e = errorOf(
      await backend.invoke('trips.updateSeats', {
        tripId: trip.id,
        seats: [{ seekerId: people[7]!, arrived: true }],
      }),
    );
    expect(e.message).toBe('v.trip_arrived_not_boarded');
    const boarded = trip.passengers.filter((p) => p.boarded).map((p) => p.seekerId);
    trip = await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: boarded.slice(1).map((seekerId) => ({ seekerId, arrived: true })),
    });
    expect(trip.reconciliation).toMatchObject({ arrived: 43, unexplainedNotArrived: 1 });
    expect(errorOf(await backend.invoke('trips.close', { id: trip.id }))).toMatchObject({
      message: 'v.trip_close_unexplained',
      params: { notBoarded: 0, notArrived: 1 },
    });
    // The close dialog is told the same before asking, with who it is.
    const missing = trip.passengers.find((p) => p.seekerId === boarded[0])!;
    expect(await call(backend, 'trips.closeCheck', { id: trip.id })).toEqual({
      problems: [
        { kind: 'not_arrived_unexplained', people: [{ seatNo: missing.seatNo, name: missing.name }] },
      ],
      arrived: 43,
    });
    trip = await call(backend, 'trips.updateSeats', {
      tripId: trip.id,
      seats: [{ seekerId: boarded[0]!, arrived: true }],
    });
  });

  it('closes: one transported event per arrival, with the trip, counted as 44 person-trips', async () => {
    const before = await call(backend, 'counts.summary', {});
    const { trip: closed, transported } = await call(backend, 'trips.close', { id: trip.id });
    expect(transported).toBe(44);
    expect(closed).toMatchObject({ status: 'closed', closedBy: '李调度', personTrips: 44 });
    const after = await call(backend, 'counts.summary', {});
    expect(after.totals.transportedTrips - before.totals.transportedTrips).toBe(44);
    const rider = await call(backend, 'seekers.get', { id: people[1]! });
    expect(rider.events.at(-1)).toMatchObject({
      type: 'transported',
      date: '2026-02-10',
      tripId: trip.id,
      enterpriseId: luxshare,
    });
    const noShow = await call(backend, 'seekers.get', { id: people[7]! });
    expect(noShow.stage).toBe('verified');
  });

  it('refuses editing a closed trip’s passengers, keeps its paperwork editable', async () => {
    for (const [channel, input] of [
      ['trips.addPassengers', { tripId: trip.id, seekerIds: [people[50]!] }],
      ['trips.removePassenger', { tripId: trip.id, seekerId: people[1]! }],
      ['trips.moveSeat', { tripId: trip.id, seekerId: people[1]!, seatNo: 3 }],
      ['trips.updateSeats', { tripId: trip.id, seats: [{ seekerId: people[1]!, boarded: false }] }],
    ] as const) {
      expect(errorOf(await backend.invoke(channel, input)).message, channel).toBe('v.trip_closed_passengers');
    }
    expect(errorOf(await backend.invoke('trips.close', { id: trip.id })).message).toBe(
      'v.trip_closed_passengers',
    );
    const edited = await call(backend, 'trips.save', {
      ...tripInput({ date: '2026-02-10', enterpriseIds: [luxshare] }),
      id: trip.id,
      notes: '到达后由立讯人事部接收',
      handover: { receivedBy: '立讯 王经理', receivedAt: '2026-02-10T10:40' },
    });
    expect(edited.notes).toBe('到达后由立讯人事部接收');
    expect(
      errorOf(await backend.invoke('trips.save', { ...tripInput({ date: '2026-02-13' }), id: trip.id }))
        .message,
    ).toBe('v.trip_schedule_fixed');
  });

  it('frees a no-show for a later bus the same day', async () => {
    const later = await createTrip(backend, {
      date: '2026-02-10',
      departureTime: '13:00',
      plate: '鄂QC2468',
    });
    const seated = await call(backend, 'trips.addPassengers', { tripId: later.id, seekerIds: [people[7]!] });
    expect(seated.passengers).toHaveLength(1);
  });
});

describe('couples', () => {
  it('seats a couple side by side, and a partner added later beside the other', async () => {
    const [h, w, s1, s2] = await verifiedPeople(backend, 4, { from: 100, county: '422823' });
    await call(backend, 'seekers.link', { id: h!, partnerId: w! });
    const trip = await createTrip(backend, { countyCode: '422823', date: '2026-02-11', plate: '鄂QD1357' });
    let t = await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: [s1!, h!] });
    t = await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: [s2!] });
    expect([seatOf(t, s1!), seatOf(t, h!), seatOf(t, s2!)]).toEqual([1, 2, 3]);
    // The seat beside h is taken: h moves to the first free pair (5–6) and w sits beside.
    t = await call(backend, 'trips.addPassengers', { tripId: trip.id, seekerIds: [w!] });
    expect([seatOf(t, h!), seatOf(t, w!)]).toEqual([5, 6]);
    expect(t.splitCouples).toEqual([]);
    const pair = await call(backend, 'trips.addPassengers', {
      tripId: (await createTrip(backend, { countyCode: '422823', date: '2026-02-12', plate: '鄂QD2468' })).id,
      seekerIds: [s1!, w!, h!],
    });
    expect([seatOf(pair, w!), seatOf(pair, h!), seatOf(pair, s1!)]).toEqual([1, 2, 3]);
    const candidates = await call(backend, 'trips.candidates', { tripId: trip.id });
    expect(candidates.rows.map((c) => c.id)).not.toContain(w);
  });
});

describe('the manifest', () => {
  it('lists every passenger once with masked numbers, totals by enterprise and gender', async () => {
    const trips = await call(backend, 'trips.list', { from: '2026-02-10', to: '2026-02-10' });
    const closed = trips.find((t) => t.status === 'closed')!;
    const m = await call(backend, 'trips.manifest', { id: closed.id });
    expect(m.rows).toHaveLength(45);
    expect(new Set(m.rows.map((r) => r.name)).size).toBe(45);
    for (const r of m.rows) {
      expect(r.idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
      expect(r.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    expect(m.totals).toMatchObject({ booked: 45, boarded: 44, arrived: 44 });
    expect(m.totals.byGender.male + m.totals.byGender.female).toBe(45);
    expect(m.totals.byEnterprise).toEqual([
      expect.objectContaining({ name: '立讯精密工业（恩施）有限公司', booked: 45, arrived: 44 }),
    ]);
    expect(m.countyNameZh).toBe('利川市');
    expect(JSON.stringify(m)).not.toMatch(/422802\d{12}/);
  });
});

describe('the supplies list', () => {
  it('adds, renames and archives items; refuses a duplicate name', async () => {
    const item = await call(backend, 'supplies.save', { nameZh: '口罩', nameEn: 'Masks', unit: '只' });
    expect(errorOf(await backend.invoke('supplies.save', { nameZh: '口罩' })).issues).toEqual([
      { path: ['nameZh'], message: 'v.supply_name_taken' },
    ]);
    const { sortOrder: _order, ...fields } = item;
    await call(backend, 'supplies.save', { ...fields, archived: true });
    expect((await call(backend, 'supplies.list', {})).map((i) => i.nameZh)).not.toContain('口罩');
    expect((await call(backend, 'supplies.list', { includeArchived: true })).map((i) => i.nameZh)).toContain(
      '口罩',
    );
  });
});

describe('cancelling', () => {
  it('cancels a planned trip, which frees its passengers for another bus that day', async () => {
    const [a] = await verifiedPeople(backend, 1, { from: 200, county: '422828' });
    const first = await createTrip(backend, { countyCode: '422828', date: '2026-02-11', plate: '鄂QE1111' });
    await call(backend, 'trips.addPassengers', { tripId: first.id, seekerIds: [a!] });
    const second = await createTrip(backend, { countyCode: '422828', date: '2026-02-11', plate: '鄂QE2222' });
    expect(
      errorOf(await backend.invoke('trips.addPassengers', { tripId: second.id, seekerIds: [a!] })).message,
    ).toBe('v.trip_double_booking');
    await call(backend, 'trips.setStatus', { id: first.id, status: 'cancelled' });
    expect(
      (await call(backend, 'trips.addPassengers', { tripId: second.id, seekerIds: [a!] })).counts.booked,
    ).toBe(1);
    expect(
      errorOf(await backend.invoke('trips.setStatus', { id: first.id, status: 'planned' })).message,
    ).toBe('v.trip_status');
  });
});
