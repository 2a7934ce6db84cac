import { describe, expect, it } from 'vitest';
import {
  applyTicks,
  countedAt,
  reasonFits,
  reconcile,
  type SeatCheck,
} from '../../../../shared/domain/transport/reconcile';

const seat = (boarded: boolean, arrived: boolean, reason: SeatCheck['reason'] = null): SeatCheck => ({
  boarded,
  arrived,
  reason,
});
const many = (n: number, s: SeatCheck) => Array.from({ length: n }, () => ({ ...s }));

describe('reconciling boarding and arrival', () => {
  it('balances when everyone boarded and arrived', () => {
    const r = reconcile(many(45, seat(true, true)));
    expect(r).toMatchObject({ booked: 45, boarded: 45, arrived: 45, balanced: true });
  });

  it('balances 45 booked, 44 boarded when the no-show has a reason', () => {
    const r = reconcile([...many(44, seat(true, true)), seat(false, false, 'no_show')]);
    expect(r).toMatchObject({
      booked: 45,
      boarded: 44,
      arrived: 44,
      notBoardedExplained: 1,
      unexplainedNotBoarded: 0,
      balanced: true,
    });
    expect(r.byReason).toEqual({ no_show: 1, left_at_stop: 0, medical: 0, other: 0 });
  });

  it('does not balance while a difference has no reason', () => {
    const r = reconcile([...many(44, seat(true, true)), seat(false, false)]);
    expect(r).toMatchObject({ unexplainedNotBoarded: 1, balanced: false });
  });

  it('counts people who boarded and did not arrive separately', () => {
    const r = reconcile([
      ...many(40, seat(true, true)),
      seat(true, false, 'left_at_stop'),
      seat(true, false, 'medical'),
      seat(true, false),
    ]);
    expect(r).toMatchObject({
      boarded: 43,
      arrived: 40,
      notArrivedExplained: 2,
      unexplainedNotArrived: 1,
      balanced: false,
    });
  });

  it('before arrival, people on board are on the way, not differences', () => {
    const seats = [...many(44, seat(true, false)), seat(false, false, 'no_show')];
    expect(reconcile(seats, countedAt('departed'))).toMatchObject({
      boarded: 44,
      arrived: 0,
      unexplainedNotArrived: 0,
      balanced: true,
    });
    expect(reconcile(seats, countedAt('arrived'))).toMatchObject({
      unexplainedNotArrived: 44,
      balanced: false,
    });
  });

  it('before departure, people not yet on board are still expected', () => {
    const seats = [...many(40, seat(true, false)), ...many(5, seat(false, false))];
    expect(reconcile(seats, countedAt('boarding'))).toMatchObject({
      unexplainedNotBoarded: 0,
      balanced: true,
    });
    expect(reconcile(seats, countedAt('departed'))).toMatchObject({
      unexplainedNotBoarded: 5,
      balanced: false,
    });
    expect(countedAt('planned')).toEqual({ boarding: false, arrival: false });
    expect(countedAt('closed')).toEqual({ boarding: true, arrival: true });
  });

  it('does not accept a reason that does not fit the ticks', () => {
    // "Left at a stop" cannot explain someone who never boarded, nor "did not show" someone who did.
    expect(reasonFits(seat(false, false, 'left_at_stop'))).toBe(false);
    expect(reasonFits(seat(true, false, 'no_show'))).toBe(false);
    expect(reasonFits(seat(false, false, 'medical'))).toBe(true);
    expect(reasonFits(seat(true, false, 'other'))).toBe(true);
    expect(reconcile([seat(false, false, 'left_at_stop')]).balanced).toBe(false);
  });
});

describe('ticks', () => {
  it('nobody arrives without boarding; unticking boarding unticks arrival', () => {
    expect(applyTicks(seat(false, false), { arrived: true })).toEqual(seat(false, false));
    expect(applyTicks(seat(true, true), { boarded: false })).toEqual(seat(false, false));
  });

  it('drops a reason the new ticks contradict', () => {
    expect(applyTicks(seat(false, false, 'no_show'), { boarded: true })).toEqual(seat(true, false));
    expect(applyTicks(seat(true, false, 'medical'), { arrived: true })).toEqual(seat(true, true));
    expect(applyTicks(seat(true, false, 'other'), { boarded: false })).toEqual(seat(false, false, 'other'));
  });
});
