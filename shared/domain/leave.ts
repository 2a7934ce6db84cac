import { addDays } from './forecast';
import { daysBetween } from './pipeline';
import type { AwayPeriod } from './return-visits';

/**
 * Approved leave (e.g. a month to fetch the children): the person stays employed. Leave is not
 * leaving: nothing counted changes, and the stable clock keeps running through it.
 */
export interface LeaveSpan {
  start: string;
  end: string;
  /** The day the person was back at work, once known. */
  returnedOn: string | null;
}

/** Days after the end of a leave before a person not yet back is flagged. */
export const LEAVE_RETURN_GRACE_DAYS = 2;

/** Away on `asOf`: the leave has begun and the person is not yet back (up to its end). */
export function isAway(leave: LeaveSpan, asOf: string): boolean {
  if (asOf < leave.start) return false;
  if (leave.returnedOn !== null) return asOf < leave.returnedOn;
  return asOf <= leave.end;
}

/** The days the person was (or will be) away: up to the day before they came back, else to the end. */
export function awayPeriod(leave: LeaveSpan): AwayPeriod {
  if (leave.returnedOn !== null && leave.returnedOn <= leave.end) {
    return { start: leave.start, end: addDays(leave.returnedOn, -1) };
  }
  return { start: leave.start, end: leave.end };
}

/** Days past the end of the leave without a return, beyond the grace; 0 when back or not yet due. */
export function daysNotBack(leave: LeaveSpan, asOf: string): number {
  if (leave.returnedOn !== null) return 0;
  const late = daysBetween(leave.end, asOf);
  return late > LEAVE_RETURN_GRACE_DAYS ? late : 0;
}
