import type { z } from 'zod';
import { ageOn, maskIdNumber } from '../../../shared/domain/id-number';
import { maskMobile } from '../../../shared/domain/phone';
import { parsePersonSearch } from '../../../shared/domain/person-search';
import type { EventType } from '../../../shared/domain/pipeline';
import type { Gender } from '../../../shared/domain/seeker';
import type { Candidate, CandidateList } from '../../../shared/domain/transport/trip';
import type { CandidateQuery } from '../../../shared/domain/transport/trip-input';
import { seatHoldsDay } from '../../../shared/domain/transport/trip-status';
import {
  goesTheirWay,
  headedFor,
  rideStanding,
  RIDING_STAGES,
  type RideStanding,
} from '../../../shared/domain/transport/waiting';
import type { Database } from '../db/database';
import { personSearchSql } from '../seekers/repos/person-search-sql';
import { bookingsOnDay, listSeats } from './repos/trip-seats';
import { findTrip } from './repos/trips';
import { requireTrip } from './trip-detail';

type Query = z.output<typeof CandidateQuery>;

interface DbCandidate {
  seq: number;
  id: string;
  name: string;
  gender: Gender;
  birth_date: string;
  id_number: string;
  phone: string;
  town: string;
  village: string;
  stage: EventType;
  stage_date: string;
  intended_enterprise_id: string | null;
  enterprise_id: string | null;
  partner_id: string | null;
  partner_name: string | null;
}

const STANDING_RANK: Record<RideStanding, number> = { waiting: 0, other: 1, rode_unresolved: 2 };

/** With the others shown: those waiting for a bus still come first; a couple stays together, with the nearer of the two. */
function waitingFirst(rows: readonly DbCandidate[]): DbCandidate[] {
  const rank = new Map(rows.map((r) => [r.id, STANDING_RANK[rideStanding(r.stage)]]));
  const group = (r: DbCandidate) =>
    Math.min(rank.get(r.id)!, (r.partner_id !== null ? rank.get(r.partner_id) : undefined) ?? Infinity);
  return [...rows].sort((a, b) => group(a) - group(b));
}

/**
 * The seating dialog's list: people of the trip's county whose pipeline lets them ride on the trip's
 * day, who are neither on this bus nor holding a seat on another trip that day, going to one of its
 * enterprises (or any) unless asked for all, and waiting for a bus unless the others are asked for
 * too (shared/domain/transport/waiting.ts). Couples stay next to each other in the list.
 */
export function listCandidates(db: Database, query: Query, asOf: string): CandidateList {
  const trip = requireTrip(db, query.tripId);
  const enterprises = (findTrip(db, query.tripId)?.enterprises ?? []).map((e) => e.id);
  const where = [
    's.county_code = ?',
    `s.stage IN (${RIDING_STAGES.map(() => '?').join(',')})`,
    's.stage_date <= ?',
  ];
  const params: (string | number)[] = [trip.county_code, ...RIDING_STAGES, trip.trip_date];
  if (query.town) {
    where.push('s.town = ?');
    params.push(query.town);
  }
  const search = personSearchSql(parsePersonSearch(query.search), 's', 'refuse');
  if (search) {
    where.push(search.clause);
    params.push(...search.params);
  }
  const found = db.all<DbCandidate>(
    `SELECT s.seq, s.id, s.name, s.gender, s.birth_date, s.id_number, s.phone, s.town, s.village, s.stage,
       s.stage_date, s.intended_enterprise_id, s.enterprise_id, p.id AS partner_id, p.name AS partner_name
     FROM seekers s LEFT JOIN seekers p ON p.seq = s.partner_seq
     WHERE ${where.join(' AND ')}
     ORDER BY s.town, s.village, MIN(s.seq, COALESCE(s.partner_seq, s.seq)), s.seq`,
    params,
  );
  const heading = (r: DbCandidate) => ({
    stage: r.stage,
    intendedEnterpriseId: r.intended_enterprise_id,
    enterpriseId: r.enterprise_id,
  });
  const matching =
    query.enterprise === 'all' ? found : found.filter((r) => goesTheirWay(heading(r), enterprises));
  const seated = new Set(listSeats(db, query.tripId).map((s) => s.seeker_id));
  const held = new Set(
    bookingsOnDay(db, trip.trip_date, query.tripId, null)
      .filter((b) => seatHoldsDay(b.status, b.boarded === 1))
      .map((b) => b.seeker_seq),
  );
  const available = matching.filter((r) => !seated.has(r.id) && !held.has(r.seq));
  const others = available.filter((r) => rideStanding(r.stage) !== 'waiting');
  const free = query.others
    ? waitingFirst(available)
    : available.filter((r) => rideStanding(r.stage) === 'waiting');
  const freeIds = new Set(free.map((r) => r.id));
  const names = new Map(
    db
      .all<{ id: string; short_name: string; name: string }>('SELECT id, short_name, name FROM enterprises')
      .map((e) => [e.id, e.short_name || e.name]),
  );
  const toCandidate = (r: DbCandidate): Candidate => {
    const goingTo = headedFor(heading(r));
    return {
      id: r.id,
      name: r.name,
      gender: r.gender,
      age: ageOn(r.birth_date, asOf),
      idMasked: maskIdNumber(r.id_number),
      phoneMasked: maskMobile(r.phone),
      town: r.town,
      village: r.village,
      stage: r.stage,
      stageDate: r.stage_date,
      standing: rideStanding(r.stage),
      goingToId: goingTo,
      goingToName: goingTo === null ? null : (names.get(goingTo) ?? null),
      partnerId: r.partner_id,
      partnerName: r.partner_name,
      partnerEligible: r.partner_id !== null && (freeIds.has(r.partner_id) || seated.has(r.partner_id)),
    };
  };
  const inView = (r: DbCandidate) => query.others || rideStanding(r.stage) === 'waiting';
  return {
    rows: free.slice(0, query.limit).map(toCandidate),
    total: free.length,
    bookedElsewhere: matching.filter((r) => inView(r) && !seated.has(r.id) && held.has(r.seq)).length,
    others: others.length,
  };
}
