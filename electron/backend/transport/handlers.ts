import type { ChannelName } from '../../../shared/contract/channels';
import type { transportChannels } from '../../../shared/contract/transport-channels';
import type { DomainHandlers, HandlerContext } from '../handler-context';
import { listSupplyItems, saveSupplyItem } from './repos/supplies';
import { listTripRows } from './repos/trips';
import { figuresAsOf } from '../app/repos/settings';
import { listCandidates } from './candidates';
import { closeTrip } from './close';
import { buildManifest } from './manifest';
import { addPassengers, movePassenger, removePassenger, updateSeats } from './seating';
import { tripDetail } from './trip-detail';
import { closeCheck, saveTrip, setTripStatus } from './trips';

type TransportChannel = keyof typeof transportChannels & ChannelName;

/** Ages on manifests and in lists are counted as of the figures' date, like the job-seeker grid. */
const asOf = ({ db, now }: HandlerContext) => figuresAsOf(db, now);

export const transportHandlers: DomainHandlers<TransportChannel> = {
  'trips.list': (query, { db }) => listTripRows(db, query),
  'trips.get': ({ id }, ctx) => tripDetail(ctx.db, id, asOf(ctx)),
  'trips.save': (input, ctx) => saveTrip(ctx.db, input, ctx, asOf(ctx)),
  'trips.setStatus': ({ id, status }, ctx) => setTripStatus(ctx.db, id, status, ctx, asOf(ctx)),
  'trips.candidates': (query, ctx) => listCandidates(ctx.db, query, asOf(ctx)),
  'trips.closeCheck': ({ id }, ctx) => closeCheck(ctx.db, id, ctx.today),
  'trips.addPassengers': ({ tripId, seekerIds, confirmRepeatRide }, ctx) =>
    addPassengers(ctx.db, tripId, seekerIds, ctx, asOf(ctx), confirmRepeatRide),
  'trips.moveSeat': (input, ctx) => movePassenger(ctx.db, input, ctx, asOf(ctx)),
  'trips.removePassenger': (input, ctx) => removePassenger(ctx.db, input, ctx, asOf(ctx)),
  'trips.updateSeats': ({ tripId, seats }, ctx) => updateSeats(ctx.db, tripId, seats, ctx, asOf(ctx)),
  'trips.close': ({ id }, ctx) => closeTrip(ctx.db, id, ctx, asOf(ctx)),
  'trips.manifest': ({ id }, ctx) => buildManifest(ctx.db, id, asOf(ctx)),
  'supplies.list': ({ includeArchived }, { db }) => listSupplyItems(db, includeArchived),
  'supplies.save': (input, ctx) => saveSupplyItem(ctx.db, input, ctx),
  // Electron main answers these with the window's print and printToPDF; elsewhere the page prints itself.
  'print.page': () => ({ native: false, printed: false }),
  'print.savePdf': () => ({ native: false, saved: false, file: null }),
};
