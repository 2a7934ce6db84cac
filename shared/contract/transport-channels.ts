import { z } from 'zod';
import { uuid } from '../domain/fields';
import { CloseCheck } from '../domain/transport/close-check';
import { Manifest } from '../domain/transport/manifest';
import { SETTABLE_STATUSES } from '../domain/transport/trip-status';
import { CandidateList, SupplyItem, TripDetail, TripRow } from '../domain/transport/trip';
import {
  CandidateQuery,
  SeatPatch,
  SupplyItemInput,
  TripInput,
  TripListQuery,
} from '../domain/transport/trip-input';

const TripId = z.object({ id: uuid }).strict();

/**
 * Point-to-point transport (spread into the contract): trips, seating, boarding and arrival checks,
 * closing (which records the person-trips), the supplies list and the manifest. `print.*` is
 * answered by Electron main (the system print dialog, Save as PDF); elsewhere it says there is no
 * native printing and the renderer uses the browser's print.
 */
export const transportChannels = {
  'trips.list': { input: TripListQuery, output: z.array(TripRow), kind: 'read' },
  'trips.get': { input: TripId, output: TripDetail, kind: 'read' },
  /** Creates (id null) or edits a trip's header, enterprises, pickups, escorts, supplies and handover. */
  'trips.save': { input: TripInput, output: TripDetail, kind: 'write' },
  'trips.setStatus': {
    input: z.object({ id: uuid, status: z.enum(SETTABLE_STATUSES, { error: 'v.choose' }) }).strict(),
    output: TripDetail,
    kind: 'write',
  },
  /** People of the trip's county waiting for a bus that day, or all who may ride (the seating dialog's list). */
  'trips.candidates': { input: CandidateQuery, output: CandidateList, kind: 'read' },
  /** Seats people; someone who already rode with no result yet is refused unless `confirmRepeatRide`. */
  'trips.addPassengers': {
    input: z
      .object({
        tripId: uuid,
        seekerIds: z.array(uuid).min(1).max(99),
        confirmRepeatRide: z.boolean().default(false),
      })
      .strict(),
    output: TripDetail,
    kind: 'write',
  },
  /** Moves a passenger to a seat; whoever sits there takes the passenger's old seat. */
  'trips.moveSeat': {
    input: z.object({ tripId: uuid, seekerId: uuid, seatNo: z.number().int().min(1).max(99) }).strict(),
    output: TripDetail,
    kind: 'write',
  },
  'trips.removePassenger': {
    input: z.object({ tripId: uuid, seekerId: uuid }).strict(),
    output: TripDetail,
    kind: 'write',
  },
  /** Boarding and arrival ticks, destined enterprises and reasons for differences, for one or more seats. */
  'trips.updateSeats': {
    input: z.object({ tripId: uuid, seats: z.array(SeatPatch).min(1).max(99) }).strict(),
    output: TripDetail,
    kind: 'write',
  },
  /** What stands between a trip and closing it, all at once (the close dialog shows it before asking). */
  'trips.closeCheck': { input: TripId, output: CloseCheck, kind: 'read' },
  /** Closes an arrived trip: a `transported` event for everyone who arrived (the person-trips). */
  'trips.close': {
    input: TripId,
    output: z.object({ trip: TripDetail, transported: z.number().int() }),
    kind: 'write',
  },
  /** The bus manifest: header, passengers (masked numbers), totals, supplies. */
  'trips.manifest': { input: TripId, output: Manifest, kind: 'read' },
  'supplies.list': {
    input: z.object({ includeArchived: z.boolean().default(false) }).strict(),
    output: z.array(SupplyItem),
    kind: 'read',
  },
  'supplies.save': { input: SupplyItemInput, output: SupplyItem, kind: 'write' },
  /** Prints the window as shown (the manifest preview) through the system print dialog. */
  'print.page': {
    input: z.object({}).strict(),
    output: z.object({ native: z.boolean(), printed: z.boolean() }),
    kind: 'read',
  },
  /** Saves the window as shown to a PDF the user picks (A4 portrait, page numbers in the footer). */
  'print.savePdf': {
    input: z.object({ fileName: z.string().trim().min(1).max(120) }).strict(),
    output: z.object({ native: z.boolean(), saved: z.boolean(), file: z.string().nullable() }),
    kind: 'read',
  },
} as const;
