import type { FunnelRow, MatrixCell } from '../../../shared/domain/dashboard';
import type { EventType } from '../../../shared/domain/pipeline';
import type { CountGroup } from '../counts/counts-tally';

/**
 * Figures rolled up from the counting module's groups, as `counts.summary` rolls them: a person is
 * in the pipeline for their current enterprise, in employment for their latest employer.
 */
export interface Scope {
  countyCode: string | null;
  enterpriseId: string | null;
}

const inCounty = (g: CountGroup, s: Scope) => s.countyCode === null || g.county_code === s.countyCode;
export const inPipelineOf = (g: CountGroup, s: Scope) =>
  inCounty(g, s) && (s.enterpriseId === null || g.enterprise_id === s.enterpriseId);
const inEmploymentOf = (g: CountGroup, s: Scope) =>
  g.employer_id !== null && inCounty(g, s) && (s.enterpriseId === null || g.employer_id === s.enterpriseId);

/** Bits of `seekers.reached` (migration 0007). */
const BIT = { interview_passed: 1, exam_passed: 2, training_completed: 4 } as const;
type ReachedStep = keyof typeof BIT;
/** Everyone ever employed passed all three (the pipeline allows no other way to a job). */
const reachedStep = (g: CountGroup, step: ReachedStep) =>
  (g.reached & BIT[step]) !== 0 || g.employer_id !== null;

export interface Figures {
  signedUp: number;
  trips: number;
  transported: number;
  employed: number;
  employedNow: number;
  stable: number;
  stages: Partial<Record<EventType, number>>;
}

export function figuresOf(groups: readonly CountGroup[], scope: Scope): Figures {
  const f: Figures = {
    signedUp: 0,
    trips: 0,
    transported: 0,
    employed: 0,
    employedNow: 0,
    stable: 0,
    stages: {},
  };
  for (const g of groups) {
    if (inPipelineOf(g, scope)) {
      f.signedUp += g.people;
      f.trips += g.trips;
      f.transported += g.transported;
      f.stages[g.stage] = (f.stages[g.stage] ?? 0) + g.people;
    }
    if (inEmploymentOf(g, scope)) {
      f.employed += g.people;
      if (g.stage === 'employed') {
        f.employedNow += g.people;
        f.stable += g.settled ?? 0;
      }
    }
  }
  return f;
}

const rate = (n: number, of: number) => (of > 0 ? n / of : null);

/**
 * Transported (person-trips, then people) → passed interview → passed exam → trained → employed →
 * stable: people who ever reached each step, all counted for their current enterprise so that the
 * steps nest; each rate is against the step before.
 */
export function funnelOf(groups: readonly CountGroup[], scope: Scope): FunnelRow[] {
  let trips = 0;
  let transported = 0;
  let interview = 0;
  let exam = 0;
  let trained = 0;
  let employed = 0;
  let stable = 0;
  for (const g of groups) {
    if (!inPipelineOf(g, scope)) continue;
    trips += g.trips;
    transported += g.transported;
    if (reachedStep(g, 'interview_passed')) interview += g.people;
    if (reachedStep(g, 'exam_passed')) exam += g.people;
    if (reachedStep(g, 'training_completed')) trained += g.people;
    if (g.employer_id !== null) employed += g.people;
    if (g.employer_id !== null && g.stage === 'employed') stable += g.settled ?? 0;
  }
  return [
    { step: 'transported_trips', value: trips, rate: null },
    { step: 'transported', value: transported, rate: null },
    { step: 'interview_passed', value: interview, rate: rate(interview, transported) },
    { step: 'exam_passed', value: exam, rate: rate(exam, interview) },
    { step: 'trained', value: trained, rate: rate(trained, exam) },
    { step: 'employed', value: employed, rate: rate(employed, trained) },
    { step: 'stable', value: stable, rate: rate(stable, employed) },
  ];
}

/** Who is sending people to whom: people transported heading for each enterprise now, employed there, stable there. */
export function matrixOf(groups: readonly CountGroup[]): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  const cell = (countyCode: string, enterpriseId: string) => {
    const key = `${countyCode}|${enterpriseId}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { countyCode, enterpriseId, transported: 0, employed: 0, stable: 0 }));
    return c;
  };
  for (const g of groups) {
    if (g.enterprise_id !== null && g.transported > 0)
      cell(g.county_code, g.enterprise_id).transported += g.transported;
    if (g.employer_id !== null) {
      const c = cell(g.county_code, g.employer_id);
      c.employed += g.people;
      if (g.stage === 'employed') c.stable += g.settled ?? 0;
    }
  }
  return [...cells.values()];
}

/** The stages past the bus whose people a forecast expects to turn into hires. */
export const PAST_THE_BUS = ['interview_passed', 'exam_passed', 'training_completed'] as const;
const STILL_GOING: Record<ReachedStep, readonly EventType[]> = {
  interview_passed: ['interview_passed', 'exam_passed', 'training_completed'],
  exam_passed: ['exam_passed', 'training_completed'],
  training_completed: ['training_completed'],
};

/** Below this many finished cases a scope's own conversion is noise: the prefecture's is used. */
const MIN_CASES = 20;

/**
 * The observed share of people past each step who got a job: of those who reached the step and
 * have an outcome (a job, or dropped out or sent back), how many got the job. People still moving
 * through the later steps have no outcome yet and are left out.
 */
export function conversionsOf(
  groups: readonly CountGroup[],
  scope: Scope,
  fallback?: Record<ReachedStep, number>,
): Record<ReachedStep, number> {
  const out = {} as Record<ReachedStep, number>;
  for (const step of PAST_THE_BUS) {
    let hired = 0;
    let dropped = 0;
    for (const g of groups) {
      if (!inPipelineOf(g, scope) || !reachedStep(g, step)) continue;
      if (g.employer_id !== null) hired += g.people;
      else if (!STILL_GOING[step].includes(g.stage)) dropped += g.people;
    }
    const cases = hired + dropped;
    out[step] = cases >= MIN_CASES || !fallback ? (cases > 0 ? hired / cases : 1) : fallback[step];
  }
  return out;
}
