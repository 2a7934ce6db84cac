import type { ForecastInputs, ForecastRow } from '../../../shared/domain/dashboard';
import { forecast } from '../../../shared/domain/forecast';
import type { CountGroup } from '../counts/counts-tally';
import type { TallyTotal } from '../counts/counts-tally';
import { conversionsOf, inPipelineOf, PAST_THE_BUS, type Scope } from './figures';

/** What a target is measured on: hires and trips in the window and so far, and people past the bus now. */
export interface TargetFacts {
  target: number;
  achieved: number;
  deadline: string;
  asOf: string;
}

const tallyIn = (rows: readonly TallyTotal[], scope: Scope) =>
  rows.filter(
    (r) =>
      (scope.countyCode === null || r.county_code === scope.countyCode) &&
      (scope.enterpriseId === null || r.enterprise_id === scope.enterpriseId),
  );

/** The forecast's inputs for one scope (an enterprise, a county, or everything), from the counting module's figures. */
export function forecastInputs(
  facts: TargetFacts,
  scope: Scope,
  groups: readonly CountGroup[],
  tally: readonly TallyTotal[],
  prefectureConversions: ReturnType<typeof conversionsOf>,
): ForecastInputs {
  let hiresInWindow = 0;
  let tripsInWindow = 0;
  let hiresTotal = 0;
  let tripsTotal = 0;
  for (const r of tallyIn(tally, scope)) {
    if (r.type === 'employed') {
      hiresInWindow += r.window;
      hiresTotal += r.total;
    } else if (r.type === 'transported') {
      tripsInWindow += r.window;
      tripsTotal += r.total;
    }
  }
  const conversions = conversionsOf(groups, scope, prefectureConversions);
  const pipeline = PAST_THE_BUS.map((stage) => {
    let people = 0;
    for (const g of groups) if (g.stage === stage && inPipelineOf(g, scope)) people += g.people;
    return { stage, people, conversion: conversions[stage] };
  });
  const expected = pipeline.reduce((sum, p) => sum + p.people * p.conversion, 0);
  return {
    ...facts,
    hiresInWindow,
    tripsInWindow,
    tripsTotal,
    hiresTotal,
    expectedFromPipeline: Math.round(expected),
    pipeline,
  };
}

export function forecastRow(
  kind: ForecastRow['kind'],
  key: string,
  names: { name: string; nameEn: string },
  inputs: ForecastInputs,
): ForecastRow {
  return { kind, key, ...names, inputs, result: forecast(inputs) };
}
