import { describe, expect, it } from 'vitest';
import {
  assignSeats,
  fits,
  freeSeats,
  moveSeat,
  neighbourOf,
  splitCouples,
  type Incoming,
  type Seated,
} from '../../../../shared/domain/transport/seating';

const single = (id: string): Incoming => ({ personId: id, partnerId: null });
const couple = (a: string, b: string): Incoming[] => [
  { personId: a, partnerId: b },
  { personId: b, partnerId: a },
];
const seated = (seatNo: number, id: string, partnerId: string | null = null): Seated => ({
  seatNo,
  personId: id,
  partnerId,
});
const seatsOf = (r: ReturnType<typeof assignSeats>) =>
  r.ok ? Object.fromEntries(r.assigned.map((a) => [a.personId, a.seatNo])) : null;

describe('seat pairs', () => {
  it('pairs 1–2, 3–4 …, the last seat of an odd bus alone', () => {
    expect(neighbourOf(1, 45)).toBe(2);
    expect(neighbourOf(2, 45)).toBe(1);
    expect(neighbourOf(44, 45)).toBe(43);
    expect(neighbourOf(45, 45)).toBeNull();
    expect(neighbourOf(53, 54)).toBe(54);
  });

  it('lists free seats lowest first', () => {
    expect(freeSeats(5, [2, 4])).toEqual([1, 3, 5]);
  });
});

describe('capacity', () => {
  it('fits up to the number of seats, not one more', () => {
    expect(fits(45, 44, 1)).toBe(true);
    expect(fits(45, 45, 0)).toBe(true);
    expect(fits(45, 45, 1)).toBe(false);
    expect(fits(45, 40, 6)).toBe(false);
  });

  it('refuses the whole group when it does not fit, saying how many seats are free', () => {
    const on = Array.from({ length: 43 }, (_, i) => seated(i + 1, `p${i}`));
    expect(assignSeats(45, on, [single('a'), single('b'), single('c')])).toEqual({
      ok: false,
      reason: 'over_capacity',
      free: 2,
      requested: 3,
    });
    expect(assignSeats(45, on, [single('a'), single('b')]).ok).toBe(true);
  });

  it('refuses someone already on the bus', () => {
    expect(assignSeats(45, [seated(1, 'a')], [single('a')])).toEqual({
      ok: false,
      reason: 'already_seated',
      personId: 'a',
    });
  });

  it('fills a 45-seat bus with 45 people on 45 different seats', () => {
    const r = assignSeats(
      45,
      [],
      Array.from({ length: 45 }, (_, i) => single(`p${i}`)),
    );
    expect(r.ok && new Set(r.assigned.map((a) => a.seatNo)).size).toBe(45);
    expect(r.ok && Math.max(...r.assigned.map((a) => a.seatNo))).toBe(45);
  });
});

describe('couples sit together', () => {
  it('gives a couple arriving together a whole pair', () => {
    const r = assignSeats(45, [seated(1, 'x')], [single('s'), ...couple('h', 'w')]);
    // The couple takes the first whole pair (3–4); the single fills the half-taken pair 1–2.
    expect(seatsOf(r)).toEqual({ h: 3, w: 4, s: 2 });
    expect(r.ok && r.split).toEqual([]);
  });

  it('keeps whole pairs free: singles fill half-taken pairs first', () => {
    const r = assignSeats(8, [seated(1, 'x'), seated(3, 'y')], [single('a'), single('b'), single('c')]);
    expect(seatsOf(r)).toEqual({ a: 2, b: 4, c: 5 });
  });

  it('seats someone beside a partner already on the bus', () => {
    const r = assignSeats(45, [seated(5, 'h', 'w')], [{ personId: 'w', partnerId: 'h' }]);
    expect(seatsOf(r)).toEqual({ w: 6 });
    expect(r.ok && r.moves).toEqual([]);
  });

  it('moves the partner to a free pair when the seat beside them is taken', () => {
    const r = assignSeats(45, [seated(5, 'h', 'w'), seated(6, 'z')], [{ personId: 'w', partnerId: 'h' }]);
    expect(r.ok && r.moves).toEqual([{ personId: 'h', from: 5, to: 1 }]);
    expect(seatsOf(r)).toEqual({ w: 2 });
  });

  it('splits a couple only when no pair is left, and says so', () => {
    // Seats 1, 3 and 5 taken on a 6-seat bus: three free seats, none of them a pair.
    const r = assignSeats(6, [seated(1, 'x'), seated(3, 'y'), seated(5, 'z')], couple('h', 'w'));
    expect(seatsOf(r)).toEqual({ h: 2, w: 4 });
    expect(r.ok && r.split).toEqual([['h', 'w']]);
  });

  it('does not put a single on the odd last seat while lower seats are free', () => {
    const r = assignSeats(45, [], [single('a')]);
    expect(seatsOf(r)).toEqual({ a: 1 });
  });

  it('finds couples not sitting side by side', () => {
    expect(splitCouples(45, [seated(1, 'h', 'w'), seated(2, 'w', 'h')])).toEqual([]);
    expect(splitCouples(45, [seated(2, 'h', 'w'), seated(3, 'w', 'h')])).toEqual([['h', 'w']]);
    // A partner not on this bus is not a split.
    expect(splitCouples(45, [seated(2, 'h', 'w')])).toEqual([]);
  });
});

describe('moving a passenger', () => {
  const on = [seated(1, 'a'), seated(2, 'b')];

  it('moves to a free seat', () => {
    expect(moveSeat(45, on, 'a', 10)).toEqual([{ personId: 'a', from: 1, to: 10 }]);
  });

  it('swaps with whoever sits there', () => {
    expect(moveSeat(45, on, 'a', 2)).toEqual([
      { personId: 'a', from: 1, to: 2 },
      { personId: 'b', from: 2, to: 1 },
    ]);
  });

  it('refuses a seat the bus does not have, changes nothing for the same seat', () => {
    expect(moveSeat(45, on, 'a', 46)).toBeNull();
    expect(moveSeat(45, on, 'a', 0)).toBeNull();
    expect(moveSeat(45, on, 'nobody', 3)).toBeNull();
    expect(moveSeat(45, on, 'a', 1)).toEqual([]);
  });
});
