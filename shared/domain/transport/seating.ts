/**
 * Seating: numbered seats 1…capacity, taken in pairs (1–2, 3–4, …: the two seats of a row side)
 * so that a couple (夫妻档) can sit together. Pure: the backend and the demo both seat through it.
 */

export interface Seated {
  seatNo: number;
  personId: string;
  /** The person's partner, when they are a couple. */
  partnerId: string | null;
}

export interface Incoming {
  personId: string;
  partnerId: string | null;
}

export interface SeatMove {
  personId: string;
  from: number;
  to: number;
}

export type SeatingResult =
  | {
      ok: true;
      /** Seats for the incoming people, in the order given. */
      assigned: { personId: string; seatNo: number }[];
      /** Passengers already seated who move so that a partner can sit beside them. */
      moves: SeatMove[];
      /** Couples who could not be seated side by side (the bus is too full to keep a pair free). */
      split: [string, string][];
    }
  | { ok: false; reason: 'over_capacity'; free: number; requested: number }
  | { ok: false; reason: 'already_seated'; personId: string };

/** The seat beside `seat` in its pair, or null for the last seat of an odd-sized bus. */
export function neighbourOf(seat: number, capacity: number): number | null {
  const other = seat % 2 === 1 ? seat + 1 : seat - 1;
  return other >= 1 && other <= capacity ? other : null;
}

/** Free seats of the bus, lowest first. */
export function freeSeats(capacity: number, taken: Iterable<number>): number[] {
  const used = new Set(taken);
  const free: number[] = [];
  for (let s = 1; s <= capacity; s++) if (!used.has(s)) free.push(s);
  return free;
}

/** Whether `requested` more people fit: the rule behind the "over capacity" refusal. */
export function fits(capacity: number, booked: number, requested: number): boolean {
  return booked + requested <= capacity;
}

/**
 * Seats incoming people. Couples arriving together take a free pair; someone whose partner is
 * already on the bus sits beside them (the partner moves to a free pair if their neighbour is
 * taken); everyone else first fills half-taken pairs, keeping whole pairs free for couples.
 * Refused as a whole when there are not enough seats.
 */
export function assignSeats(
  capacity: number,
  seated: readonly Seated[],
  incoming: readonly Incoming[],
): SeatingResult {
  const onBoard = new Map(seated.map((s) => [s.personId, s.seatNo]));
  for (const p of incoming)
    if (onBoard.has(p.personId)) return { ok: false, reason: 'already_seated', personId: p.personId };
  const free = freeSeats(capacity, onBoard.values());
  if (incoming.length > free.length) {
    return { ok: false, reason: 'over_capacity', free: free.length, requested: incoming.length };
  }

  const occupant = new Map<number, string>(seated.map((s) => [s.seatNo, s.personId]));
  const seatOf = new Map(onBoard);
  const take = (seat: number, personId: string) => {
    occupant.set(seat, personId);
    seatOf.set(personId, seat);
  };
  const isFree = (seat: number | null): seat is number => seat !== null && !occupant.has(seat);
  const freePair = (): [number, number] | null => {
    for (let s = 1; s + 1 <= capacity; s += 2) if (isFree(s) && isFree(s + 1)) return [s, s + 1];
    return null;
  };
  const lowestFree = (): number => {
    for (let s = 1; s <= capacity; s++) if (isFree(s)) return s;
    throw new Error('no free seat');
  };

  const incomingIds = new Set(incoming.map((p) => p.personId));
  const assigned = new Map<string, number>();
  const moves: SeatMove[] = [];
  const split: [string, string][] = [];
  const handled = new Set<string>();

  // 1. Couples boarding together.
  for (const p of incoming) {
    if (handled.has(p.personId) || !p.partnerId || !incomingIds.has(p.partnerId) || handled.has(p.partnerId))
      continue;
    const pair = freePair();
    handled.add(p.personId).add(p.partnerId);
    if (pair) {
      take(pair[0], p.personId);
      take(pair[1], p.partnerId);
      assigned.set(p.personId, pair[0]).set(p.partnerId, pair[1]);
    } else {
      const a = lowestFree();
      take(a, p.personId);
      const b = lowestFree();
      take(b, p.partnerId);
      assigned.set(p.personId, a).set(p.partnerId, b);
      split.push([p.personId, p.partnerId]);
    }
  }

  // 2. Joining a partner already on the bus.
  for (const p of incoming) {
    if (handled.has(p.personId) || !p.partnerId || !onBoard.has(p.partnerId)) continue;
    handled.add(p.personId);
    const partnerSeat = seatOf.get(p.partnerId)!;
    const beside = neighbourOf(partnerSeat, capacity);
    if (isFree(beside)) {
      take(beside, p.personId);
      assigned.set(p.personId, beside);
      continue;
    }
    const pair = freePair();
    if (pair) {
      occupant.delete(partnerSeat);
      take(pair[0], p.partnerId);
      take(pair[1], p.personId);
      moves.push({ personId: p.partnerId, from: partnerSeat, to: pair[0] });
      assigned.set(p.personId, pair[1]);
    } else {
      const seat = lowestFree();
      take(seat, p.personId);
      assigned.set(p.personId, seat);
      split.push([p.partnerId, p.personId]);
    }
  }

  // 3. Everyone else: half-taken pairs first, then the lowest free seat.
  for (const p of incoming) {
    if (handled.has(p.personId)) continue;
    handled.add(p.personId);
    let seat: number | null = null;
    for (let s = 1; s <= capacity && seat === null; s++) {
      const beside = neighbourOf(s, capacity);
      if (isFree(s) && beside !== null && !isFree(beside)) seat = s;
    }
    seat ??= lowestFree();
    take(seat, p.personId);
    assigned.set(p.personId, seat);
  }

  return {
    ok: true,
    assigned: incoming.map((p) => ({ personId: p.personId, seatNo: assigned.get(p.personId)! })),
    moves,
    split,
  };
}

/**
 * Moves one passenger to another seat; whoever sits there takes the passenger's old seat. Returns
 * the seats that change (one or two), or null when the seat does not exist.
 */
export function moveSeat(
  capacity: number,
  seated: readonly Seated[],
  personId: string,
  to: number,
): SeatMove[] | null {
  if (!Number.isInteger(to) || to < 1 || to > capacity) return null;
  const from = seated.find((s) => s.personId === personId)?.seatNo;
  if (from === undefined) return null;
  if (from === to) return [];
  const other = seated.find((s) => s.seatNo === to);
  const moves: SeatMove[] = [{ personId, from, to }];
  if (other) moves.push({ personId: other.personId, from: to, to: from });
  return moves;
}

/** Couples on the same bus who do not sit side by side (shown as a warning next to the seating plan). */
export function splitCouples(capacity: number, seated: readonly Seated[]): [string, string][] {
  const seatOf = new Map(seated.map((s) => [s.personId, s.seatNo]));
  const out: [string, string][] = [];
  for (const s of seated) {
    if (!s.partnerId || s.personId > s.partnerId) continue;
    const partnerSeat = seatOf.get(s.partnerId);
    if (partnerSeat !== undefined && neighbourOf(s.seatNo, capacity) !== partnerSeat)
      out.push([s.personId, s.partnerId]);
  }
  return out;
}
