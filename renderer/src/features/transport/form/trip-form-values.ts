import type { FieldPath, UseFormSetError } from 'react-hook-form';
import type { SupplyItem, TripDetail } from '../../../../../shared/domain/transport/trip';
import { DEFAULT_DESTINATION, type TripInput } from '../../../../../shared/domain/transport/trip-input';
import { ApiCallError } from '../../../api';

/** What the form edits: exactly `trips.save`'s input (the contract is strict: no extra keys). */
export type TripFormValues = TripInput;

export function emptyTrip(date: string, countyCode: string | null): TripFormValues {
  return {
    id: null,
    date,
    departureTime: '07:30',
    countyCode: countyCode ?? '',
    destination: DEFAULT_DESTINATION,
    enterpriseIds: [],
    pickups: [],
    plate: '',
    seats: 45,
    driverName: '',
    driverPhone: '',
    escorts: [],
    supplies: [],
    handover: {
      seenOffBy: '',
      seenOffAt: '',
      receivedBy: '',
      receivedAt: '',
      escortedInBy: '',
      escortedInAt: '',
    },
    notes: '',
  };
}

export function toFormValues(trip: TripDetail): TripFormValues {
  const h = trip.handover;
  return {
    id: trip.id,
    date: trip.date,
    departureTime: trip.departureTime,
    countyCode: trip.countyCode,
    destination: trip.destination,
    enterpriseIds: trip.enterprises.map((e) => e.id),
    pickups: trip.pickups.map((p) => ({ ...p })),
    plate: trip.plate,
    seats: trip.seats,
    driverName: trip.driverName,
    driverPhone: trip.driverPhone,
    escorts: trip.escorts.map((e) => ({ ...e })),
    supplies: trip.supplies.map((s) => ({ itemId: s.itemId, quantity: s.quantity })),
    handover: {
      seenOffBy: h.seenOffBy,
      seenOffAt: h.seenOffAt ?? '',
      receivedBy: h.receivedBy,
      receivedAt: h.receivedAt ?? '',
      escortedInBy: h.escortedInBy,
      escortedInAt: h.escortedInAt ?? '',
    },
    notes: trip.notes,
  };
}

/**
 * One quantity per item of the list (in list order), keeping the trip's own quantities and any
 * archived item the trip already issued; the form shows a row for each.
 */
export function supplyRows(
  items: readonly SupplyItem[],
  current: TripFormValues['supplies'],
): { itemId: string; quantity: number }[] {
  const given = new Map((current ?? []).map((s) => [s.itemId, s.quantity]));
  return items
    .filter((i) => !i.archived || given.has(i.id))
    .map((i) => ({ itemId: i.id, quantity: given.get(i.id) ?? 0 }));
}

/** Puts the backend's field issues on the form's fields; whether any landed. */
export function applyServerIssues(error: unknown, setError: UseFormSetError<TripFormValues>): boolean {
  if (!(error instanceof ApiCallError)) return false;
  let placed = false;
  for (const issue of error.issues) {
    if (issue.path.length === 0) continue;
    setError(
      issue.path.join('.') as FieldPath<TripFormValues>,
      { type: 'server', message: issue.message },
      {
        shouldFocus: !placed,
      },
    );
    placed = true;
  }
  return placed;
}
