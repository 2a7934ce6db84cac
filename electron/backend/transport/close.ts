import type { TripDetail } from '../../../shared/domain/transport/trip';
import type { Database } from '../db/database';
import { listSeats } from './repos/trip-seats';
import { writeStatus } from './repos/trips';
import type { WriteContext } from '../write-context';
import { recordEvents } from '../seekers/pipeline';
import { said } from '../audit/repos/audit';
import { nameList, refuse } from './refusal';
import { requireTrip, tripDetail } from './trip-detail';
import { assertClosable } from './trips';

/**
 * Closes an arrived trip: everyone who arrived gets a `transported` event dated the trip's day,
 * carrying the trip and their destined enterprise, through the pipeline service (its rules and its
 * state update). This is where person-trips come from. All or nothing: one refusal undoes the close.
 */
export function closeTrip(
  db: Database,
  id: string,
  ctx: WriteContext,
  asOf: string,
): { trip: TripDetail; transported: number } {
  assertClosable(db, id, ctx.today);
  const trip = requireTrip(db, id);
  const arrived = listSeats(db, id).filter((s) => s.boarded === 1 && s.arrived === 1);
  const byEnterprise = new Map<string | null, string[]>();
  for (const s of arrived) {
    const list = byEnterprise.get(s.enterprise_id);
    if (list) list.push(s.seeker_id);
    else byEnterprise.set(s.enterprise_id, [s.seeker_id]);
  }
  let transported = 0;
  for (const [enterpriseId, seekerIds] of byEnterprise) {
    const result = recordEvents(
      db,
      {
        seekerIds,
        type: 'transported',
        date: trip.trip_date,
        enterpriseId,
        post: '',
        reason: null,
        note: `${trip.trip_no} ${trip.plate}`,
        skipIneligible: false,
      },
      ctx,
      { tripId: id },
    );
    if (result.refused.length > 0) {
      throw refuse('v.trip_close_refused', {
        trip: trip.trip_no,
        count: result.refused.length,
        names: nameList(result.refused.map((r) => r.name)),
      });
    }
    transported += result.recorded;
  }
  writeStatus(db, id, 'closed', ctx.now, ctx.operator);
  ctx.audit({
    action: 'trips.close',
    entity: 'trip',
    entityId: id,
    summary: said('trip_closed', { trip: trip.trip_no, count: transported }),
  });
  return { trip: tripDetail(db, id, asOf), transported };
}
