import type { CountsSummary } from '../../shared/domain/counts';

/** The `stats --json` object: the drive's headline figures, per enterprise and per county. */
export interface StatsJson {
  transported_trips: number;
  transported_people: number;
  /** Ever employed (including those who left since). */
  employed: number;
  stable: number;
  left: number;
  demand: number;
  by_enterprise: { name: string; demand: number; employed: number; stable: number; gap: number }[];
  by_county: {
    name: string;
    code: string;
    signed_up: number;
    transported_trips: number;
    employed: number;
    stable: number;
  }[];
}

export function statsJson(s: CountsSummary): StatsJson {
  return {
    transported_trips: s.totals.transportedTrips,
    transported_people: s.totals.transportedPeople,
    employed: s.totals.employed,
    stable: s.totals.stable,
    left: s.totals.left,
    demand: s.demand,
    by_enterprise: s.byEnterprise.map((e) => ({
      name: e.name,
      demand: e.demand,
      employed: e.employed,
      stable: e.stable,
      gap: e.gap,
    })),
    by_county: s.byCounty.map((c) => ({
      name: c.nameZh,
      code: c.code,
      signed_up: c.signedUp,
      transported_trips: c.transportedTrips,
      employed: c.employed,
      stable: c.stable,
    })),
  };
}

/** Columns a terminal gives a string: Chinese characters and full-width forms take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
const n = (v: number) => v.toLocaleString('en-US');

/** A plain table: the first column left-aligned, numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? n(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i]!))));
  return cells
    .map((r) => r.map((c, i) => (i === 0 ? padEnd(c, widths[i]!) : padStart(c, widths[i]!))).join('  '))
    .join('\n');
}

export function statsTable(s: CountsSummary): string {
  const t = s.totals;
  return [
    `Figures as of ${s.asOf} (stable after ${s.stableDays} days on the job; demand ${s.period.start} to ${s.period.end})`,
    '',
    `Transported   ${n(t.transportedTrips)} person-trips, ${n(t.transportedPeople)} people`,
    `Employed      ${n(t.employed)} (${n(t.employedNow)} still on the job)`,
    `Stable        ${n(t.stable)}`,
    `Left          ${n(t.left)}`,
    `Demand        ${n(s.demand)} (gap ${n(s.demand - t.employedNow)})`,
    '',
    table(
      ['Enterprise', 'Demand', 'Employed', 'Now', 'Stable', 'Gap'],
      s.byEnterprise.map((e) => [e.name, e.demand, e.employed, e.employedNow, e.stable, e.gap]),
    ),
    '',
    table(
      ['County', 'Code', 'Signed up', 'Trips', 'People', 'Employed', 'Stable'],
      s.byCounty.map((c) => [
        c.nameZh,
        c.code,
        c.signedUp,
        c.transportedTrips,
        c.transportedPeople,
        c.employed,
        c.stable,
      ]),
    ),
  ].join('\n');
}
