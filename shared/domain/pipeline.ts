/**
 * A job seeker's path, kept as events. The current stage is the type of the latest (not voided)
 * event; "stable" is derived: employed, not left, and N days past the entry date (N in Settings).
 */
export const EVENT_TYPES = [
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
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Stage = EventType;

/** People on their way to a job (在途): verified up to trained, not yet employed. */
export const ON_THE_WAY_STAGES = [
  'verified',
  'interview_arranged',
  'transported',
  'interview_passed',
  'exam_passed',
  'training_completed',
] as const satisfies readonly EventType[];

/**
 * The order an enterprise's people are listed in: those on their way (in pipeline order) and those
 * on the job first, then the rest, withdrawn last. An enterprise's list is mostly read for whom it
 * can still count on; the thousands who dropped out would otherwise fill its first screens.
 */
export const ENTERPRISE_LIST_ORDER: readonly EventType[] = [
  ...ON_THE_WAY_STAGES,
  'employed',
  'signed_up',
  'interview_failed',
  'exam_failed',
  'left',
  'withdrawn',
];

export const LEAVE_REASONS = ['homesick', 'family', 'health', 'pay', 'unsuitable_post', 'other'] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/** Events that name an enterprise (the one the interview, exam or job is with). */
export const ENTERPRISE_EVENTS: readonly EventType[] = [
  'interview_arranged',
  'interview_passed',
  'interview_failed',
  'exam_passed',
  'exam_failed',
  'training_completed',
  'employed',
];

export const DEFAULT_STABLE_DAYS = 30;

/** Which event may follow the current stage. `null` is a person with no events yet. */
const NEXT: Record<Stage | 'none', readonly EventType[]> = {
  none: ['signed_up'],
  signed_up: ['verified', 'withdrawn'],
  verified: ['interview_arranged', 'transported', 'withdrawn'],
  interview_arranged: [
    'interview_arranged',
    'transported',
    'interview_passed',
    'interview_failed',
    'withdrawn',
  ],
  transported: ['transported', 'interview_arranged', 'interview_passed', 'interview_failed', 'withdrawn'],
  interview_failed: ['interview_arranged', 'transported', 'withdrawn'],
  interview_passed: ['transported', 'exam_passed', 'exam_failed', 'withdrawn'],
  exam_failed: ['interview_arranged', 'transported', 'withdrawn'],
  exam_passed: ['training_completed', 'withdrawn'],
  training_completed: ['employed', 'withdrawn'],
  employed: ['left'],
  left: ['interview_arranged', 'transported', 'withdrawn'],
  withdrawn: ['verified'],
};

export function allowedNext(stage: Stage | null): readonly EventType[] {
  return NEXT[stage ?? 'none'];
}

export function canRecord(stage: Stage | null, type: EventType): boolean {
  return allowedNext(stage).includes(type);
}

export interface Refusal {
  /** i18n key. */
  message: 'v.transition_missing_steps' | 'v.transition_not_allowed';
  params: { from: Stage | 'none'; to: EventType; missing: EventType[] };
}

/**
 * Why `type` cannot follow `stage`: the steps still missing on the shortest legal path (e.g.
 * employed straight after an interview lacks the exam and training), or that no path leads there.
 */
export function explainRefusal(stage: Stage | null, type: EventType): Refusal | null {
  if (canRecord(stage, type)) return null;
  const from = stage ?? 'none';
  const path = shortestPath(from, type);
  if (path && path.length > 0) {
    return { message: 'v.transition_missing_steps', params: { from, to: type, missing: path } };
  }
  return { message: 'v.transition_not_allowed', params: { from, to: type, missing: [] } };
}

/** Intermediate events on the shortest legal path from `from` to an event of type `to`. */
function shortestPath(from: Stage | 'none', to: EventType): EventType[] | null {
  const queue: { at: Stage | 'none'; path: EventType[] }[] = [{ at: from, path: [] }];
  const seen = new Set<string>([from]);
  while (queue.length > 0) {
    const { at, path } = queue.shift()!;
    for (const next of NEXT[at]) {
      if (next === to) return path;
      if (next === 'withdrawn' || seen.has(next)) continue;
      seen.add(next);
      queue.push({ at: next, path: [...path, next] });
    }
  }
  return null;
}

/** Replays a sequence of event types; the index of the first illegal one, or -1 when all are legal. */
export function firstIllegal(types: readonly EventType[]): number {
  let stage: Stage | null = null;
  for (let i = 0; i < types.length; i++) {
    if (!canRecord(stage, types[i]!)) return i;
    stage = types[i]!;
  }
  return -1;
}

/** Stable on the post: employed (and not since left) for at least `stableDays` days by `asOf`. */
export function isStable(
  stage: Stage | null,
  entryDate: string | null,
  asOf: string,
  stableDays: number,
): boolean {
  if (stage !== 'employed' || !entryDate) return false;
  return daysBetween(entryDate, asOf) >= stableDays;
}

/**
 * The latest entry date that is stable by `asOf`: the same rule as `isStable`, as a bound that a
 * query can compare a date column with (`entry_date <= cutoff`).
 */
export function stableEntryCutoff(asOf: string, stableDays: number): string {
  const t = Date.parse(`${asOf}T00:00:00Z`) - stableDays * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.floor((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}
