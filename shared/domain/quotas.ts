import type { DemandLine, Enterprise } from './enterprise';

/** An inclusive date range in ISO form (YYYY-MM-DD). */
export interface Period {
  start: string;
  end: string;
}

export type PeriodPresetKind = 'year' | 'h1' | 'h2' | 'q1' | 'q2' | 'q3' | 'q4';

export interface PeriodPreset extends Period {
  key: string;
  year: number;
  kind: PeriodPresetKind;
}

/** A demand line counts towards a period when its whole period lies inside it. */
export function lineInPeriod(
  line: Pick<DemandLine, 'periodStart' | 'periodEnd'>,
  period: Period | null,
): boolean {
  if (!period) return true;
  return line.periodStart >= period.start && line.periodEnd <= period.end;
}

export function activeLines(enterprise: Enterprise, period: Period | null): DemandLine[] {
  if (enterprise.archived) return [];
  return enterprise.lines.filter((l) => !l.archived && lineInPeriod(l, period));
}

export interface EnterpriseDemand {
  enterpriseId: string;
  name: string;
  shortName: string;
  demand: number;
  mothersLineDemand: number;
  lineCount: number;
}

/** Demand per enterprise in a period: active lines of active enterprises only. */
export function demandByEnterprise(
  enterprises: readonly Enterprise[],
  period: Period | null,
): EnterpriseDemand[] {
  return enterprises
    .filter((e) => !e.archived)
    .map((e) => {
      const lines = activeLines(e, period);
      return {
        enterpriseId: e.id,
        name: e.name,
        shortName: e.shortName,
        demand: lines.reduce((sum, l) => sum + l.headcount, 0),
        mothersLineDemand: lines
          .filter((l) => l.shiftPattern === 'mothers')
          .reduce((sum, l) => sum + l.headcount, 0),
        lineCount: lines.length,
      };
    });
}

export function totalDemand(rows: readonly EnterpriseDemand[]): number {
  return rows.reduce((sum, r) => sum + r.demand, 0);
}

const PRESET_RANGES: Record<PeriodPresetKind, [string, string]> = {
  year: ['01-01', '12-31'],
  h1: ['01-01', '06-30'],
  h2: ['07-01', '12-31'],
  q1: ['01-01', '03-31'],
  q2: ['04-01', '06-30'],
  q3: ['07-01', '09-30'],
  q4: ['10-01', '12-31'],
};

/** Year, half-year and quarter presets for every year that any demand line touches, newest first. */
export function periodPresets(
  lines: readonly Pick<DemandLine, 'periodStart' | 'periodEnd'>[],
): PeriodPreset[] {
  const years = new Set<number>();
  for (const l of lines) {
    const from = Number(l.periodStart.slice(0, 4));
    const to = Number(l.periodEnd.slice(0, 4));
    for (let y = from; y <= to && y - from < 20; y++) years.add(y);
  }
  const presets: PeriodPreset[] = [];
  for (const year of [...years].sort((a, b) => b - a)) {
    for (const kind of Object.keys(PRESET_RANGES) as PeriodPresetKind[]) {
      const [s, e] = PRESET_RANGES[kind];
      presets.push({ key: `${year}-${kind}`, year, kind, start: `${year}-${s}`, end: `${year}-${e}` });
    }
  }
  return presets;
}
