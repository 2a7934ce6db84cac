import { countyByCode } from '../../../shared/domain/counties';
import { manifestTotals, type Manifest } from '../../../shared/domain/transport/manifest';
import type { Database } from '../db/database';
import { listSeats, toPassenger } from './repos/trip-seats';
import { tripDetail } from './trip-detail';

/** The bus manifest: what the escort carries and the receiving enterprise signs. Numbers are masked. */
export function buildManifest(db: Database, id: string, asOf: string): Manifest {
  const {
    counts: _counts,
    passengers: _p,
    reconciliation: _r,
    splitCouples: _s,
    personTrips: _t,
    ...trip
  } = tripDetail(db, id, asOf);
  // The manifest's narrow column takes the short name the enterprise is known by.
  const rows = listSeats(db, id).map((s) => {
    const p = toPassenger(s, asOf);
    return {
      seatNo: p.seatNo,
      name: p.name,
      gender: p.gender,
      idMasked: p.idMasked,
      phoneMasked: p.phoneMasked,
      town: p.town,
      village: p.village,
      enterpriseName: s.enterprise_short || (p.enterpriseName ?? ''),
      boarded: p.boarded,
      arrived: p.arrived,
      reason: p.reason,
    };
  });
  const counted = (statuses: readonly string[]) => statuses.includes(trip.status);
  return {
    trip,
    countyNameZh: countyByCode(trip.countyCode)?.nameZh ?? trip.countyCode,
    rows,
    totals: manifestTotals(rows, ''),
    boardingCounted: counted(['departed', 'arrived', 'closed']),
    arrivalCounted: counted(['arrived', 'closed']),
  };
}
