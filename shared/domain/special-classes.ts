import { z } from 'zod';
import { COUNTIES } from './counties';
import { isoDate, optionalText, picked, requiredText, timestamp, uuid } from './fields';

/**
 * Special classes (驻厂稳岗专班): bureau staff stationed at an enterprise. One class per enterprise;
 * its staff come from several county bureaus, each for their own dates (someone called back home
 * hands over to a colleague).
 */
export const STAFF_ROLES = ['lead', 'member'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

const dateRange = <T extends { startDate: string; endDate: string | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.endDate !== null && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'v.end_before_start' });
};

export const ClassMemberInput = z
  .object({
    id: uuid.nullable().default(null),
    name: requiredText(30),
    countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
    role: z.enum(STAFF_ROLES, { error: 'v.choose' }).default('member'),
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
  })
  .strict()
  .superRefine(dateRange);
export type ClassMemberInput = z.input<typeof ClassMemberInput>;

export const SpecialClassInput = z
  .object({
    /** null: a new class. */
    id: uuid.nullable().default(null),
    name: requiredText(60),
    enterpriseId: picked('v.enterprise_required'),
    startDate: isoDate,
    endDate: isoDate.nullable().default(null),
    notes: optionalText(500),
    members: z.array(ClassMemberInput).max(40),
  })
  .strict()
  .superRefine(dateRange);
export type SpecialClassInput = z.input<typeof SpecialClassInput>;

export const ClassMember = z.object({
  id: uuid,
  name: z.string(),
  countyCode: z.string(),
  role: z.enum(STAFF_ROLES),
  startDate: z.string(),
  endDate: z.string().nullable(),
});
export type ClassMember = z.infer<typeof ClassMember>;

export const SpecialClass = z.object({
  id: uuid,
  name: z.string(),
  enterpriseId: uuid,
  enterpriseName: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  notes: z.string(),
  members: z.array(ClassMember),
  updatedAt: timestamp,
});
export type SpecialClass = z.infer<typeof SpecialClass>;

/** Stationed on `date`: started, and not yet gone home. */
export function onDuty(m: { startDate: string; endDate: string | null }, date: string): boolean {
  return m.startDate <= date && (m.endDate === null || m.endDate >= date);
}

/**
 * Who answers for a person at an enterprise: the staff member on duty from the person's own county
 * (they know the villages and speak with the family), else the class lead, else anyone on duty.
 */
export function responsibleStaff(
  classes: readonly Pick<SpecialClass, 'enterpriseId' | 'members' | 'startDate' | 'endDate'>[],
  enterpriseId: string | null,
  countyCode: string,
  date: string,
): ClassMember | null {
  if (enterpriseId === null) return null;
  const members = classes
    .filter((c) => c.enterpriseId === enterpriseId && onDuty(c, date))
    .flatMap((c) => c.members)
    .filter((m) => onDuty(m, date));
  return (
    members.find((m) => m.countyCode === countyCode) ??
    members.find((m) => m.role === 'lead') ??
    members[0] ??
    null
  );
}
