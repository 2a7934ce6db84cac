import { daysBetween } from './pipeline';
import { compareIso, type RiskLevel } from './return-visits';

/**
 * Who may be thinking of going home. A person is on the at-risk list for any of:
 * - `quit_intention`: an open (not resolved) "intention to quit" case;
 * - `high_risk`: their latest visit that reached them judged the risk of leaving high;
 * - `missed_visit`: a return visit is overdue (including one where nobody could be reached);
 * - `not_back`: approved leave has ended and they are not back.
 * Only people still on the job or waiting for a post are listed: those who left are gone.
 */
export const RISK_REASONS = ['quit_intention', 'high_risk', 'not_back', 'missed_visit'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export interface RiskSignal {
  reason: RiskReason;
  /** When it started: the case's date, the visit's date, the due date, the end of leave. */
  since: string;
}

export interface RiskFacts {
  openQuitCases: readonly { openedOn: string }[];
  /** The latest visit that reached the person, if any. */
  latestReachedVisit: { date: string; risk: RiskLevel | null } | null;
  /** Due dates of overdue visits. */
  overdueVisits: readonly string[];
  /** End dates of leave the person has not come back from (past the grace). */
  notBackFrom: readonly string[];
}

const min = (dates: readonly string[]) => dates.reduce((m, d) => (d < m ? d : m));

export function riskSignals(f: RiskFacts): RiskSignal[] {
  const signals: RiskSignal[] = [];
  if (f.openQuitCases.length > 0)
    signals.push({ reason: 'quit_intention', since: min(f.openQuitCases.map((c) => c.openedOn)) });
  if (f.latestReachedVisit?.risk === 'high')
    signals.push({ reason: 'high_risk', since: f.latestReachedVisit.date });
  if (f.notBackFrom.length > 0) signals.push({ reason: 'not_back', since: min(f.notBackFrom) });
  if (f.overdueVisits.length > 0) signals.push({ reason: 'missed_visit', since: min(f.overdueVisits) });
  return signals;
}

/**
 * What to do first. Someone who said they want to quit comes before someone judged at high risk,
 * before someone not back from leave, before a visit that slipped: each reason has a weight, and a
 * signal left unattended grows more urgent by a point a day for up to a month.
 */
const WEIGHT: Record<RiskReason, number> = {
  quit_intention: 100,
  high_risk: 80,
  not_back: 60,
  missed_visit: 40,
};

export function urgency(signals: readonly RiskSignal[], asOf: string): number {
  return signals.reduce(
    (sum, s) => sum + WEIGHT[s.reason] + Math.min(30, Math.max(0, daysBetween(s.since, asOf))),
    0,
  );
}

/** Most urgent first; equal urgency: the older signal first, then by name. */
export function compareAtRisk(
  a: { urgency: number; signals: readonly RiskSignal[]; name: string },
  b: { urgency: number; signals: readonly RiskSignal[]; name: string },
): number {
  if (a.urgency !== b.urgency) return b.urgency - a.urgency;
  const sa = a.signals.length ? min(a.signals.map((s) => s.since)) : '';
  const sb = b.signals.length ? min(b.signals.map((s) => s.since)) : '';
  return compareIso(sa, sb) || a.name.localeCompare(b.name, 'zh-CN');
}
