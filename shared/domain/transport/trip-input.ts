import { z } from 'zod';
import { COUNTIES } from '../counties';
import { contactPhone, isoDate, optionalText, requiredText, uuid } from '../fields';
import { stripSpaces, toHalfWidth } from '../normalise';
import { DIFFERENCE_REASONS } from './reconcile';

const COUNTY_CODES = COUNTIES.map((c) => c.code) as [string, ...string[]];

/** The zone every trip of the drive goes to; the form offers it as the default destination. */
export const DEFAULT_DESTINATION = '恩施高新区';
export const MAX_SEATS = 99;

/** `HH:MM`, 24-hour. */
export const clockTime = z
  .string({ error: 'v.time' })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'v.time' });

/** A local date and time as a `datetime-local` input gives it (`YYYY-MM-DDTHH:MM`); empty is none. */
export const localDateTime = z
  .string({ error: 'v.date_time' })
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d)?$/, { error: 'v.date_time' })
  .transform((s) => (s === '' ? null : s))
  .nullable()
  .default(null);

/**
 * A vehicle plate as painted: a province character, a letter, then five or six letters and digits
 * (鄂Q·12345, 鄂QD12345 for new energy). Spaces, the middle dot and full-width letters are normalised.
 */
export const plateField = z
  .string({ error: 'v.required' })
  .transform((s) =>
    stripSpaces(toHalfWidth(s))
      .replace(/[·.\-]/g, '')
      .toUpperCase(),
  )
  .pipe(
    z
      .string()
      .min(1, { error: 'v.required' })
      .regex(/^[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}$/, { error: 'v.plate' }),
  );

export const PickupInput = z
  .object({
    town: optionalText(30),
    place: requiredText(60),
    /** Pick-up time at this point, `HH:MM`, or empty. */
    time: z.union([clockTime, z.literal('')], { error: 'v.time' }).default(''),
  })
  .strict();
export type PickupInput = z.input<typeof PickupInput>;

export const EscortInput = z.object({ name: requiredText(30), phone: contactPhone }).strict();
export type EscortInput = z.input<typeof EscortInput>;

export const SupplyLineInput = z
  .object({
    itemId: uuid,
    quantity: z
      .number({ error: 'v.number' })
      .int({ error: 'v.integer' })
      .min(0, { error: 'v.not_negative' })
      .max(100_000, { error: 'v.too_large' }),
  })
  .strict();
export type SupplyLineInput = z.input<typeof SupplyLineInput>;

/** The "Four Haves" (四有): someone sees them off, someone receives them, someone escorts them in. */
export const HandoverInput = z
  .object({
    seenOffBy: optionalText(30),
    seenOffAt: localDateTime,
    receivedBy: optionalText(30),
    receivedAt: localDateTime,
    escortedInBy: optionalText(30),
    escortedInAt: localDateTime,
  })
  .strict();
export type HandoverInput = z.input<typeof HandoverInput>;

export const EMPTY_HANDOVER = {
  seenOffBy: '',
  seenOffAt: null,
  receivedBy: '',
  receivedAt: null,
  escortedInBy: '',
  escortedInAt: null,
} as const;

/** Creating (id null) or editing a trip: everything but its passengers and status. */
export const TripInput = z
  .object({
    id: uuid.nullable().default(null),
    date: isoDate,
    departureTime: clockTime,
    countyCode: z.enum(COUNTY_CODES, { error: 'v.county' }),
    destination: requiredText(60),
    enterpriseIds: z.array(uuid).max(20, { error: 'v.too_many' }).default([]),
    pickups: z.array(PickupInput).max(20, { error: 'v.too_many' }).default([]),
    plate: plateField,
    seats: z
      .number({ error: 'v.number' })
      .int({ error: 'v.integer' })
      .min(1, { error: 'v.seats_range' })
      .max(MAX_SEATS, { error: 'v.seats_range' }),
    driverName: optionalText(30),
    driverPhone: contactPhone,
    escorts: z.array(EscortInput).max(6, { error: 'v.too_many' }).default([]),
    supplies: z.array(SupplyLineInput).max(30, { error: 'v.too_many' }).default([]),
    handover: HandoverInput.default(EMPTY_HANDOVER),
    notes: optionalText(500),
  })
  .strict()
  .superRefine((t, ctx) => {
    t.enterpriseIds.forEach((id, i) => {
      if (t.enterpriseIds.indexOf(id) !== i)
        ctx.addIssue({ code: 'custom', path: ['enterpriseIds', i], message: 'v.duplicate' });
    });
    t.supplies.forEach((s, i) => {
      if (t.supplies.findIndex((x) => x.itemId === s.itemId) !== i)
        ctx.addIssue({ code: 'custom', path: ['supplies', i, 'itemId'], message: 'v.duplicate' });
    });
  });
export type TripInput = z.input<typeof TripInput>;
export type TripInputParsed = z.output<typeof TripInput>;

/** One passenger's changes: ticks, destined enterprise, the reason for a difference. */
export const SeatPatch = z
  .object({
    seekerId: uuid,
    boarded: z.boolean().optional(),
    arrived: z.boolean().optional(),
    enterpriseId: uuid.nullable().optional(),
    reason: z.enum(DIFFERENCE_REASONS, { error: 'v.choose' }).nullable().optional(),
    reasonNote: optionalText(100).optional(),
  })
  .strict();
export type SeatPatch = z.input<typeof SeatPatch>;

export const SupplyItemInput = z
  .object({
    id: uuid.nullable().default(null),
    nameZh: requiredText(30),
    nameEn: optionalText(40),
    unit: optionalText(8),
    archived: z.boolean().default(false),
  })
  .strict();
export type SupplyItemInput = z.input<typeof SupplyItemInput>;

/** Who may be added to a trip: the filtered list of the seating dialog. */
export const CandidateQuery = z
  .object({
    tripId: uuid,
    search: z.string().trim().max(40).default(''),
    /** `trip`: going to one of the trip's enterprises or to any; `all`: wherever they are going. */
    enterprise: z.enum(['trip', 'all']).default('trip'),
    /** Also the others who may ride but are not waiting for a bus (failed elsewhere, left, rode already). */
    others: z.boolean().default(false),
    town: z.string().trim().max(30).nullable().default(null),
    limit: z.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type CandidateQuery = z.input<typeof CandidateQuery>;

export const TripListQuery = z
  .object({
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    countyCode: z.enum(COUNTY_CODES).nullable().default(null),
  })
  .strict();
export type TripListQuery = z.input<typeof TripListQuery>;
