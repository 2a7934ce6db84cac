import { z } from 'zod';
import { timestamp, uuid } from '../fields';
import { EVENT_TYPES } from '../pipeline';
import { GENDERS } from '../seeker';
import { DIFFERENCE_REASONS } from './reconcile';
import { TRIP_STATUSES } from './trip-status';
import { RIDE_STANDINGS } from './waiting';

export const SupplyItem = z.object({
  id: uuid,
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  sortOrder: z.number().int(),
  archived: z.boolean(),
});
export type SupplyItem = z.infer<typeof SupplyItem>;

export const TripCounts = z.object({
  seats: z.number().int(),
  booked: z.number().int(),
  boarded: z.number().int(),
  arrived: z.number().int(),
});
export type TripCounts = z.infer<typeof TripCounts>;

export const Handover = z.object({
  seenOffBy: z.string(),
  seenOffAt: z.string().nullable(),
  receivedBy: z.string(),
  receivedAt: z.string().nullable(),
  escortedInBy: z.string(),
  escortedInAt: z.string().nullable(),
});
export type Handover = z.infer<typeof Handover>;

/** A trip with everything but its passengers (the list, the manifest header, the edit form). */
export const Trip = z.object({
  id: uuid,
  /** Human-readable number, e.g. 20220215-03: the date and the trip's order that day. */
  tripNo: z.string(),
  date: z.string(),
  departureTime: z.string(),
  countyCode: z.string(),
  destination: z.string(),
  enterprises: z.array(z.object({ id: uuid, name: z.string(), shortName: z.string() })),
  pickups: z.array(z.object({ town: z.string(), place: z.string(), time: z.string() })),
  plate: z.string(),
  seats: z.number().int(),
  driverName: z.string(),
  driverPhone: z.string(),
  escorts: z.array(z.object({ name: z.string(), phone: z.string() })),
  supplies: z.array(
    z.object({
      itemId: uuid,
      nameZh: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      quantity: z.number().int(),
    }),
  ),
  handover: Handover,
  notes: z.string(),
  status: z.enum(TRIP_STATUSES),
  departedAt: timestamp.nullable(),
  arrivedAt: timestamp.nullable(),
  closedAt: timestamp.nullable(),
  closedBy: z.string().nullable(),
  counts: TripCounts,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Trip = z.infer<typeof Trip>;

export const Passenger = z.object({
  seatNo: z.number().int(),
  seekerId: uuid,
  name: z.string(),
  gender: z.enum(GENDERS),
  age: z.number().int(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  town: z.string(),
  village: z.string(),
  stage: z.enum(EVENT_TYPES),
  partnerId: uuid.nullable(),
  partnerName: z.string().nullable(),
  /** Where the person is going: one of the trip's enterprises, or null when not yet decided. */
  enterpriseId: uuid.nullable(),
  enterpriseName: z.string().nullable(),
  boarded: z.boolean(),
  arrived: z.boolean(),
  reason: z.enum(DIFFERENCE_REASONS).nullable(),
  reasonNote: z.string(),
});
export type Passenger = z.infer<typeof Passenger>;

export const ReconciliationView = z.object({
  booked: z.number().int(),
  boarded: z.number().int(),
  arrived: z.number().int(),
  notBoardedExplained: z.number().int(),
  notArrivedExplained: z.number().int(),
  unexplainedNotBoarded: z.number().int(),
  unexplainedNotArrived: z.number().int(),
  byReason: z.record(z.enum(DIFFERENCE_REASONS), z.number().int()),
  balanced: z.boolean(),
});

export const TripDetail = Trip.extend({
  passengers: z.array(Passenger),
  reconciliation: ReconciliationView,
  /** Couples on this bus not sitting side by side, as [seekerId, seekerId]. */
  splitCouples: z.array(z.tuple([uuid, uuid])),
  /** `transported` events this trip recorded when it was closed (voided ones left out). */
  personTrips: z.number().int(),
});
export type TripDetail = z.infer<typeof TripDetail>;

/** One row of the trip grid and of the coordinator's daily view. */
export const TripRow = z.object({
  id: uuid,
  tripNo: z.string(),
  date: z.string(),
  departureTime: z.string(),
  countyCode: z.string(),
  destination: z.string(),
  enterpriseNames: z.string(),
  pickupNames: z.string(),
  plate: z.string(),
  driverName: z.string(),
  driverPhone: z.string(),
  escortNames: z.string(),
  status: z.enum(TRIP_STATUSES),
  seats: z.number().int(),
  booked: z.number().int(),
  boarded: z.number().int(),
  arrived: z.number().int(),
  /** Which of the three handovers (seen off, received, escorted into the factory) have a name. */
  handovers: z.object({ seenOff: z.boolean(), received: z.boolean(), escortedIn: z.boolean() }),
  suppliesIssued: z.boolean(),
});
export type TripRow = z.infer<typeof TripRow>;

/** A person the seating dialog offers. */
export const Candidate = z.object({
  id: uuid,
  name: z.string(),
  gender: z.enum(GENDERS),
  age: z.number().int(),
  idMasked: z.string(),
  phoneMasked: z.string(),
  town: z.string(),
  village: z.string(),
  stage: z.enum(EVENT_TYPES),
  stageDate: z.string(),
  /** Waiting for a bus, already rode with no result yet (seating asks first), or another who may ride. */
  standing: z.enum(RIDE_STANDINGS),
  /** The enterprise they are going to (arranged interview, else intended); null: any (服从安排). */
  goingToId: uuid.nullable(),
  goingToName: z.string().nullable(),
  partnerId: uuid.nullable(),
  partnerName: z.string().nullable(),
  /** The partner can be added too (in this list, or already on this bus). */
  partnerEligible: z.boolean(),
});
export type Candidate = z.infer<typeof Candidate>;

export const CandidateList = z.object({
  rows: z.array(Candidate),
  /** All who match, when more than the limit were found. */
  total: z.number().int(),
  /** People of the county who match the filters but are on another trip that day. */
  bookedElsewhere: z.number().int(),
  /** People who may ride and match the filters but are not waiting for a bus (shown on request). */
  others: z.number().int(),
});
export type CandidateList = z.infer<typeof CandidateList>;
