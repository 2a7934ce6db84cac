import { addDays as addDaysSlow } from './forecast';
import { daysBetween as daysBetweenSlow, type EventType } from './pipeline';

/**
 * Return visits (回访): when stationed staff should next see or call a person, and which visits are
 * overdue. Only the visits actually made are stored; the schedule is worked out from the entry date
 * and the Settings, so changing the days in Settings moves every future visit at once.
 */
/**
 * Lists work out schedules for every person on the job at once, over a few hundred distinct dates:
 * remembered answers make that a lookup instead of parsing and formatting dates each time.
 */
const added = new Map<string, string>();
const between = new Map<string, number>();
function addDays(iso: string, days: number): string {
  const key = `${iso}+${days}`;
  let r = added.get(key);
  if (r === undefined) {
    if (added.size > 50_000) added.clear();
    added.set(key, (r = addDaysSlow(iso, days)));
  }
  return r;
}
function daysBetween(from: string, to: string): number {
  const key = `${from}>${to}`;
  let r = between.get(key);
  if (r === undefined) {
    if (between.size > 50_000) between.clear();
    between.set(key, (r = daysBetweenSlow(from, to)));
  }
  return r;
}

/** ISO dates sort as plain strings; localeCompare would be a hundred times slower here. */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const DEFAULT_VISIT_DAYS: readonly number[] = [7, 30, 90];
export const DEFAULT_WAITING_VISIT_DAYS = 7;
/** A visit made up to this many days before a due date counts for it (staff visit a floor at a time). */
export const VISIT_EARLY_DAYS = 3;
/** A visit is overdue once this many days have passed after its due date without one. */
export const VISIT_GRACE_DAYS = 3;
/** "Due" lists the visits falling due within this many days. */
export const VISIT_LOOKAHEAD_DAYS = 7;

/** People waiting for a post: through the interview, not yet on the job. They get visits too. */
export const WAITING_STAGES: readonly EventType[] = ['interview_passed', 'exam_passed', 'training_completed'];

export const VISIT_METHODS = ['in_person', 'phone'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];
export const WELLBEING = ['good', 'fair', 'poor'] as const;
export type Wellbeing = (typeof WELLBEING)[number];
export const RISK_LEVELS = ['none', 'low', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * `entry`: N days after the entry date; `transfer`: a settling-in visit after a transfer (the
 * first schedule day after it); `waiting`: people waiting for a post, every few days while they wait.
 */
export const SLOT_KINDS = ['entry', 'transfer', 'waiting'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];
/** `missed`: never made, but a later visit has since seen the person, so it no longer needs doing. */
export const SLOT_STATUSES = ['done', 'missed', 'overdue', 'due', 'upcoming'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface VisitSlot {
  kind: SlotKind;
  /** Days after the anchor (entry, transfer or start of the wait). */
  offset: number;
  due: string;
  status: SlotStatus;
  /** The visit that fulfilled it. */
  visitedOn: string | null;
  /** Days past the due date (0 unless overdue). */
  daysOverdue: number;
}

export interface MadeVisit {
  date: string;
  reached: boolean;
}

/** Approved leave as taken: from the start to the day before the person came back (or the end). */
export interface AwayPeriod {
  start: string;
  end: string;
}

interface Planned {
  kind: SlotKind;
  offset: number;
  due: string;
}

/** Nobody can be visited while away on leave: a visit falling due then is due the day they are back. */
export function shiftForLeave(due: string, away: readonly AwayPeriod[]): string {
  let d = due;
  for (const a of [...away].sort((x, y) => compareIso(x.start, y.start))) {
    if (d >= a.start && d <= a.end) d = addDays(a.end, 1);
  }
  return d;
}

/** Settings' days as a clean schedule: whole positive days, each once, in order. */
export function normaliseVisitDays(days: readonly number[]): number[] {
  return [...new Set(days.filter((d) => Number.isInteger(d) && d > 0))].sort((a, b) => a - b);
}

/**
 * Marks the planned visits against the visits made (only those on or before `asOf`, and only those
 * where the person was reached: a call nobody answered is no visit). A visit counts for the latest
 * planned visit due by its date (allowing VISIT_EARLY_DAYS early); earlier ones still open are
 * `missed`. The rest are overdue, due or upcoming as of `asOf`.
 */
function resolveSlots(planned: readonly Planned[], visits: readonly MadeVisit[], asOf: string): VisitSlot[] {
  const slots: VisitSlot[] = [...planned]
    .sort((a, b) => compareIso(a.due, b.due) || a.offset - b.offset)
    .map((p) => ({ ...p, status: 'upcoming', visitedOn: null, daysOverdue: 0 }));
  const reached = visits
    .filter((v) => v.reached && v.date <= asOf)
    .map((v) => v.date)
    .sort();
  for (const date of reached) {
    let hit = -1;
    for (let i = 0; i < slots.length; i++) if (addDays(slots[i]!.due, -VISIT_EARLY_DAYS) <= date) hit = i;
    if (hit < 0 || slots[hit]!.status === 'done') continue;
    slots[hit]!.status = 'done';
    slots[hit]!.visitedOn = date;
    for (let i = 0; i < hit; i++) if (slots[i]!.status !== 'done') slots[i]!.status = 'missed';
  }
  for (const s of slots) {
    if (s.status === 'done' || s.status === 'missed') continue;
    const late = daysBetween(s.due, asOf);
    if (late > VISIT_GRACE_DAYS) {
      s.status = 'overdue';
      s.daysOverdue = late;
    } else s.status = daysBetween(asOf, s.due) <= VISIT_LOOKAHEAD_DAYS ? 'due' : 'upcoming';
  }
  return slots;
}

export interface EmployedSchedule {
  /** Entry date of the current job: the stable clock's start, which a transfer does not move. */
  entryDate: string;
  /** Transfers since the entry date: each brings a settling-in visit at the new placement. */
  transferDates: readonly string[];
  /** Settings' visit days. */
  days: readonly number[];
  visits: readonly MadeVisit[];
  away: readonly AwayPeriod[];
  asOf: string;
}

/** The schedule of an employed person: the Settings' days after entry, plus one after each transfer. */
export function employedSchedule(p: EmployedSchedule): VisitSlot[] {
  const days = normaliseVisitDays(p.days);
  const planned: Planned[] = days.map((d) => ({
    kind: 'entry',
    offset: d,
    due: shiftForLeave(addDays(p.entryDate, d), p.away),
  }));
  const first = days[0];
  if (first !== undefined) {
    for (const t of p.transferDates) {
      if (t < p.entryDate) continue;
      planned.push({ kind: 'transfer', offset: first, due: shiftForLeave(addDays(t, first), p.away) });
    }
  }
  return resolveSlots(planned, p.visits, p.asOf);
}

export interface WaitingSchedule {
  /** When the person started waiting (the date of their current step). */
  since: string;
  every: number;
  visits: readonly MadeVisit[];
  asOf: string;
}

/** A person waiting for a post is visited every `every` days: the next visit counts from the last one that reached them. */
export function waitingSchedule(p: WaitingSchedule): VisitSlot[] {
  const last = p.visits
    .filter((v) => v.reached && v.date >= p.since && v.date <= p.asOf)
    .reduce<string | null>((m, v) => (m === null || v.date > m ? v.date : m), null);
  const from = last ?? p.since;
  return resolveSlots([{ kind: 'waiting', offset: p.every, due: addDays(from, p.every) }], [], p.asOf);
}

/** The slot that needs doing first: the oldest overdue, else the next due, else null. */
export function nextOpenSlot(slots: readonly VisitSlot[]): VisitSlot | null {
  return (
    slots.find((s) => s.status === 'overdue') ??
    slots.find((s) => s.status === 'due') ??
    slots.find((s) => s.status === 'upcoming') ??
    null
  );
}
