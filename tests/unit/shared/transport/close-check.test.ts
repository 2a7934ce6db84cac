import { describe, expect, it } from 'vitest';
import { closeProblems, type ClosingSeat } from '../../../../shared/domain/transport/close-check';
import type { SeatCheck } from '../../../../shared/domain/transport/reconcile';
import type { TripStatus } from '../../../../shared/domain/transport/trip-status';

let next = 0;
const seat = (
  boarded: boolean,
  arrived: boolean,
  reason: SeatCheck['reason'] = null,
  mayRide = true,
): ClosingSeat => {
  next += 1;
  return { seatNo: next, name: `乘客${next}`, boarded, arrived, reason, mayRide };
};
const many = (n: number, make: () => ClosingSeat) => Array.from({ length: n }, make);
const arrived: { status: TripStatus; date: string } = { status: 'arrived', date: '2022-03-11' };
const kinds = (seats: ClosingSeat[], trip = arrived, today = '2022-03-11') =>
  closeProblems(trip, seats, today).map((p) => p.kind);

describe('what stands between a trip and closing it', () => {
  it('nothing when everyone arrived, or every difference has its reason', () => {
    expect(kinds(many(45, () => seat(true, true)))).toEqual([]);
    expect(
      kinds([
        ...many(43, () => seat(true, true)),
        seat(false, false, 'no_show'),
        seat(true, false, 'medical'),
      ]),
    ).toEqual([]);
  });

  it('names everyone who boarded and did not arrive without a reason (37 of 38)', () => {
    const seats = [seat(true, true), ...many(37, () => seat(true, false))];
    const problems = closeProblems(arrived, seats, '2022-03-11');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.kind).toBe('not_arrived_unexplained');
    expect(problems[0]!.people).toHaveLength(37);
    expect(problems[0]!.people[0]).toEqual({ seatNo: seats[1]!.seatNo, name: seats[1]!.name });
  });

  it('says everything missing at once, in order', () => {
    const seats = [seat(false, false), seat(true, false), seat(true, true, null, false), seat(true, true)];
    expect(kinds(seats, arrived, '2022-03-10')).toEqual([
      'future',
      'not_boarded_unexplained',
      'not_arrived_unexplained',
      'cannot_ride',
    ]);
  });

  it('without arrivals ticked, the arrival count is what is missing', () => {
    expect(kinds([])).toEqual(['no_passengers']);
    expect(kinds(many(3, () => seat(true, false)))).toEqual(['no_arrivals']);
    // Even with every difference explained, nobody arrived: the arrival was not counted.
    expect(kinds(many(3, () => seat(false, false, 'no_show')))).toEqual(['no_arrivals']);
  });

  it('a trip not yet arrived, or closed already, has only that to say', () => {
    const seats = many(3, () => seat(true, false));
    expect(kinds(seats, { status: 'departed', date: '2022-03-11' })).toEqual(['not_arrived']);
    expect(kinds(seats, { status: 'closed', date: '2022-03-11' })).toEqual(['closed']);
  });
});
