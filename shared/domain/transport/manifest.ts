import { z } from 'zod';
import type { Gender } from '../seeker';
import { GENDERS } from '../seeker';
import { DIFFERENCE_REASONS } from './reconcile';
import { Trip } from './trip';

/** One line of the printed manifest: personal numbers come masked from the backend. */
export const ManifestRow = z.object({
  seatNo: z.number().int(),
  name: z.string(),
  gender: z.enum(GENDERS),
  idMasked: z.string(),
  phoneMasked: z.string(),
  town: z.string(),
  village: z.string(),
  enterpriseName: z.string(),
  boarded: z.boolean(),
  arrived: z.boolean(),
  reason: z.enum(DIFFERENCE_REASONS).nullable(),
});
export type ManifestRow = z.infer<typeof ManifestRow>;

export const ManifestTotals = z.object({
  booked: z.number().int(),
  boarded: z.number().int(),
  arrived: z.number().int(),
  byGender: z.object({ male: z.number().int(), female: z.number().int() }),
  byEnterprise: z.array(
    z.object({
      name: z.string(),
      booked: z.number().int(),
      boarded: z.number().int(),
      arrived: z.number().int(),
      male: z.number().int(),
      female: z.number().int(),
    }),
  ),
});
export type ManifestTotals = z.infer<typeof ManifestTotals>;

export const Manifest = z.object({
  trip: Trip.omit({ counts: true }),
  countyNameZh: z.string(),
  rows: z.array(ManifestRow),
  totals: ManifestTotals,
  /** Whether boarding / arrival have been counted yet: unticked boxes stay empty for pen ticks. */
  boardingCounted: z.boolean(),
  arrivalCounted: z.boolean(),
});
export type Manifest = z.infer<typeof Manifest>;

/**
 * Totals of a manifest, by destined enterprise (in the order they first appear on the bus; people
 * without one last, under `unassigned`) and by gender.
 */
export function manifestTotals(
  rows: readonly Pick<ManifestRow, 'gender' | 'enterpriseName' | 'boarded' | 'arrived'>[],
  unassigned: string,
): ManifestTotals {
  const byName = new Map<string, ManifestTotals['byEnterprise'][number]>();
  const byGender: Record<Gender, number> = { male: 0, female: 0 };
  let boarded = 0;
  let arrived = 0;
  for (const r of rows) {
    const name = r.enterpriseName || unassigned;
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, booked: 0, boarded: 0, arrived: 0, male: 0, female: 0 }));
    e.booked++;
    e[r.gender]++;
    byGender[r.gender]++;
    if (r.boarded) {
      e.boarded++;
      boarded++;
    }
    if (r.boarded && r.arrived) {
      e.arrived++;
      arrived++;
    }
  }
  const byEnterprise = [...byName.values()].sort(
    (a, b) => Number(a.name === unassigned) - Number(b.name === unassigned),
  );
  return { booked: rows.length, boarded, arrived, byGender, byEnterprise };
}
