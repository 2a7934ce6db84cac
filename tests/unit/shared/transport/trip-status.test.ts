import { describe, expect, it } from 'vitest';
import {
  TRIP_STATUSES,
  allowedStatuses,
  arrivalEditable,
  boardingEditable,
  canMoveTo,
  seatHoldsDay,
  seatingEditable,
} from '../../../../shared/domain/transport/trip-status';

describe('trip status', () => {
  it('goes planned → boarding → departed → arrived → closed', () => {
    expect(canMoveTo('planned', 'boarding')).toBe(true);
    expect(canMoveTo('boarding', 'departed')).toBe(true);
    expect(canMoveTo('departed', 'arrived')).toBe(true);
    expect(canMoveTo('arrived', 'closed')).toBe(true);
  });

  it('skips no step and leaves neither closed nor cancelled', () => {
    expect(canMoveTo('planned', 'departed')).toBe(false);
    expect(canMoveTo('boarding', 'arrived')).toBe(false);
    expect(canMoveTo('departed', 'closed')).toBe(false);
    expect(allowedStatuses('closed')).toEqual([]);
    expect(allowedStatuses('cancelled')).toEqual([]);
  });

  it('can be cancelled only before the bus leaves', () => {
    const cancellable = TRIP_STATUSES.filter((s) => canMoveTo(s, 'cancelled'));
    expect(cancellable).toEqual(['planned', 'boarding']);
  });

  it('edits seating until departure, ticks boarding and arrival at their time', () => {
    expect(TRIP_STATUSES.filter(seatingEditable)).toEqual(['planned', 'boarding']);
    expect(TRIP_STATUSES.filter(boardingEditable)).toEqual(['boarding', 'departed', 'arrived']);
    expect(TRIP_STATUSES.filter(arrivalEditable)).toEqual(['arrived']);
  });

  it('holds a person’s day until the bus leaves without them or is cancelled', () => {
    expect(seatHoldsDay('planned', false)).toBe(true);
    expect(seatHoldsDay('boarding', false)).toBe(true);
    expect(seatHoldsDay('departed', false)).toBe(false);
    expect(seatHoldsDay('departed', true)).toBe(true);
    expect(seatHoldsDay('closed', true)).toBe(true);
    expect(seatHoldsDay('cancelled', true)).toBe(false);
  });
});
