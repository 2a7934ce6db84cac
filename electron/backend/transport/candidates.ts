import type { z } from 'zod';
import { ageOn, maskIdNumber } from '../../../shared/domain/id-number';
import { maskMobile } from '../../../shared/domain/phone';
import { EVENT_TYPES, canRecord, type EventType } from '../../../shared/domain/pipeline';
import type { Gender } from '../../../shared/domain/seeker';
import type { Candidate, CandidateList } from '../../../shared/domain/transport/trip';
import type { CandidateQuery } from '../../../shared/domain/transport/trip-input';
import { seatHoldsDay } from '../../../shared/domain/transport/trip-status';
import type { Database } from '../db/database';
import { bookingsOnDay, listSeats } from './repos/trip-seats';
import { findTrip } from './repos/trips';
import { requireTrip } from './trip-detail';

type Query = z.output<typeof CandidateQuery>;

/** Stages from which the pipeline lets a person ride (verified, waiting for an interview, back for another …). */
export const RIDING_STAGES: readonly EventType[] = EVENT_TYPES.filter((t) => canRecord(t, 'transported'));

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
  intended_name: string | null;
  partner_id: string | null;
  partner_name: string | null;
}

/**
 * The seating dialog's filtered list: people of the trip's county whose pipeline lets them ride on
 * the trip's day, intending one of its enterprises (or any) unless asked for all, who are neither on
 * this bus nor holding a seat on another trip that day. Couples stay next to each other in the list.
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
  if (query.enterprise === 'trip' && enterprises.length > 0) {
    const marks = enterprises.map(() => '?').join(',');
    where.push(
      `(s.intended_enterprise_id IS NULL OR s.intended_enterprise_id IN (${marks}) OR s.enterprise_id IN (${marks}))`,
    );
    params.push(...enterprises, ...enterprises);
  }
  if (query.town) {
    where.push('s.town = ?');
    params.push(query.town);
  }
  if (query.search) {
    where.push('(s.name LIKE ? OR s.id_number LIKE ? OR s.phone LIKE ?)');
    params.push(`%${query.search}%`, `%${query.search.toUpperCase()}`, `%${query.search}%`);
  }
  const rows = db.all<DbCandidate>(
    `SELECT s.seq, s.id, s.name, s.gender, s.birth_date, s.id_number, s.phone, s.town, s.village, s.stage,
       s.stage_date, s.intended_enterprise_id, e.name AS intended_name, p.id AS partner_id, p.name AS partner_name
     FROM seekers s LEFT JOIN enterprises e ON e.id = s.intended_enterprise_id
       LEFT JOIN seekers p ON p.seq = s.partner_seq
     WHERE ${where.join(' AND ')}
     ORDER BY s.town, s.village, MIN(s.seq, COALESCE(s.partner_seq, s.seq)), s.seq`,
    params,
  );
  const seated = new Set(listSeats(db, query.tripId).map((s) => s.seeker_id));
  const held = new Set(
    bookingsOnDay(db, trip.trip_date, query.tripId, null)
      .filter((b) => seatHoldsDay(b.status, b.boarded === 1))
      .map((b) => b.seeker_seq),
  );
  const free = rows.filter((r) => !seated.has(r.id) && !held.has(r.seq));
  const freeIds = new Set(free.map((r) => r.id));
  const toCandidate = (r: DbCandidate): Candidate => ({
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
    intendedEnterpriseId: r.intended_enterprise_id,
    intendedEnterpriseName: r.intended_name,
    partnerId: r.partner_id,
    partnerName: r.partner_name,
    partnerEligible: r.partner_id !== null && (freeIds.has(r.partner_id) || seated.has(r.partner_id)),
  });
  return {
    rows: free.slice(0, query.limit).map(toCandidate),
    total: free.length,
    bookedElsewhere: rows.filter((r) => !seated.has(r.id) && held.has(r.seq)).length,
  };
}
