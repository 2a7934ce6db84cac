import type { Database } from '../../db/database';

/** Where and when a person was first registered: the answer to "already registered". */
export interface Registered {
  name: string;
  countyCode: string;
  town: string;
  signedUpOn: string;
  source: string;
}

/** An enterprise as an import matches names against it. */
export interface EnterpriseName {
  id: string;
  name: string;
  shortName: string;
}

/** A demand line already recorded, as a demand sheet's rows are checked against it. */
export interface ExistingDemandLine {
  id: string;
  enterpriseName: string;
  post: string;
  headcount: number;
  periodStart: string;
  periodEnd: string;
  archived: boolean;
}

const CHUNK = 500;
const BULK = 5000;

function presentOf(db: Database, idNumbers: readonly string[]): string[] {
  const wanted = new Set(idNumbers);
  return db
    .all<{ id_number: string }>('SELECT id_number FROM seekers')
    .map((r) => r.id_number)
    .filter((id) => wanted.has(id));
}

export function enterpriseNames(db: Database): EnterpriseName[] {
  return db
    .all<{ id: string; name: string; short_name: string }>(
      'SELECT id, name, short_name FROM enterprises WHERE archived = 0',
    )
    .map((r) => ({ id: r.id, name: r.name, shortName: r.short_name }));
}

/** The people among these (normalised) ID numbers already registered, with their first registration. */
export function registeredPeople(db: Database, idNumbers: readonly string[]): Map<string, Registered> {
  const out = new Map<string, Registered>();
  // A large file is checked against every ID number at once (one scan of the unique index), and
  // the details are read only for the people found: most rows of a new roster are new people.
  const candidates = idNumbers.length > BULK ? presentOf(db, idNumbers) : idNumbers;
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const chunk = candidates.slice(i, i + CHUNK);
    const rows = db.all<{
      id_number: string;
      name: string;
      county_code: string;
      town: string;
      signed_up_on: string;
      source: string | null;
    }>(
      `SELECT s.id_number, s.name, s.county_code, s.town, s.signed_up_on,
         (SELECT coalesce(b.file_name, r.source) FROM registrations r
            LEFT JOIN import_batches b ON r.source = 'import:' || b.id
          WHERE r.seeker_seq = s.seq ORDER BY r.signed_up_on, r.rowid LIMIT 1) AS source
       FROM seekers s WHERE s.id_number IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const r of rows) {
      out.set(r.id_number, {
        name: r.name,
        countyCode: r.county_code,
        town: r.town,
        signedUpOn: r.signed_up_on,
        source: r.source ?? '',
      });
    }
  }
  return out;
}

/** Every demand line kept, with its enterprise's name: what a demand sheet's rows are checked against. */
export function demandLines(db: Database): ExistingDemandLine[] {
  return db
    .all<{
      id: string;
      enterprise_name: string;
      post: string;
      headcount: number;
      period_start: string;
      period_end: string;
      archived: number;
    }>(
      `SELECT l.id, e.name AS enterprise_name, l.post, l.headcount, l.period_start, l.period_end, l.archived
       FROM demand_lines l JOIN enterprises e ON e.id = l.enterprise_id ORDER BY l.period_start, l.sort_order`,
    )
    .map((r) => ({
      id: r.id,
      enterpriseName: r.enterprise_name,
      post: r.post,
      headcount: r.headcount,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      archived: r.archived === 1,
    }));
}
