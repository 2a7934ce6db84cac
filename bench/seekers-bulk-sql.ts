import { COUNTIES } from '../shared/domain/counties';
import { DEMO_TOWNS } from '../electron/backend/demo/demo-data';

/**
 * SQL that fills a migrated database (with its enterprises) with `people` job seekers and ten
 * events each, straight into the file with the native sqlite3 tool: a million rows in seconds,
 * where going through the API would take an hour. The rows follow the app's rules: valid ID
 * numbers, legal event sequences, and the seekers' current state agreeing with their events.
 */
export function bulkSeekersSql(people: number): string {
  // Five legal histories of ten steps; each person follows one.
  const patterns = [
    'signed_up verified interview_arranged transported interview_failed interview_arranged transported interview_passed exam_passed training_completed',
    'signed_up verified interview_arranged transported interview_passed exam_passed training_completed employed left interview_arranged',
    'signed_up verified transported transported transported transported interview_passed exam_passed training_completed employed',
    'signed_up verified interview_arranged transported interview_passed exam_failed interview_arranged transported interview_failed withdrawn',
    'signed_up verified interview_arranged interview_arranged interview_arranged transported interview_passed exam_passed training_completed employed',
  ].map((p) => p.split(' '));
  const patternRows = patterns.flatMap((types, p) => types.map((t, i) => `(${p}, ${i}, '${t}')`)).join(',\n');
  const stateRows = patterns
    .map((types, p) => {
      const employedAt = types.lastIndexOf('employed');
      const trips = types.filter((t) => t === 'transported').length;
      return `(${p}, '${types[types.length - 1]}', ${trips}, ${employedAt < 0 ? 'NULL' : employedAt})`;
    })
    .join(', ');
  const counties = COUNTIES.map((c, k) => `(${k}, '${c.code}')`).join(', ');
  const towns = COUNTIES.flatMap((c) =>
    DEMO_TOWNS[c.code]!.slice(0, 8).map((t, k) => `('${c.code}', ${k}, '${t}')`),
  ).join(', ');
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checkSum = weights.map((w, i) => `substr(f17, ${i + 1}, 1) * ${w}`).join(' + ');
  const uuid = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
    || '-' || substr('89ab', abs(random()) % 4 + 1, 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;
  const enterpriseEvents = `'interview_arranged', 'interview_passed', 'interview_failed', 'exam_passed', 'exam_failed', 'training_completed', 'employed'`;
  return `
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TEMP TABLE n (i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < ${people}) INSERT INTO n SELECT i FROM c;
CREATE TEMP TABLE ents (k INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO ents SELECT row_number() OVER (ORDER BY name) - 1, id FROM enterprises;
CREATE TEMP TABLE counties8 (k INTEGER PRIMARY KEY, code TEXT NOT NULL);
INSERT INTO counties8 VALUES ${counties};
CREATE TEMP TABLE towns8 (code TEXT, k INTEGER, name TEXT, PRIMARY KEY (code, k));
INSERT INTO towns8 VALUES ${towns};
CREATE TEMP TABLE pattern (p INTEGER, i INTEGER, type TEXT, PRIMARY KEY (p, i));
INSERT INTO pattern VALUES ${patternRows};
CREATE TEMP TABLE pstate (p INTEGER PRIMARY KEY, stage TEXT, trips INTEGER, employed_at INTEGER);
INSERT INTO pstate VALUES ${stateRows};

CREATE TEMP TABLE people AS
  SELECT n.i AS seq, n.i % 5 AS p, c.code AS county_code,
    (n.i / 8) AS idx,
    date('1968-01-01', '+' || ((n.i / 8) % 12000) || ' days') AS birth_date,
    date('2022-01-01', '+' || (n.i % 40) || ' days') AS base,
    (SELECT id FROM ents WHERE k = (n.i * 3) % 8) AS enterprise_id,
    CASE WHEN n.i % 3 = 0 THEN NULL ELSE (SELECT id FROM ents WHERE k = (n.i * 3) % 8) END AS intended_id
  FROM n JOIN counties8 c ON c.k = n.i % 8;

WITH base AS (
  SELECT people.*, county_code || strftime('%Y%m%d', birth_date) || printf('%02d', (idx / 12000) % 100)
    || CASE WHEN seq % 2 = 1 THEN '1' ELSE '2' END AS f17
  FROM people
)
INSERT INTO seekers (seq, id, id_number, name, gender, birth_date, phone, county_code, town, village,
  intended_enterprise_id, previous_work, notes, pref_near_home, pref_mothers_line, partner_seq, channel,
  signed_up_on, signed_up_at, stage, stage_date, enterprise_id, employer_id, entry_date, trips, created_at, updated_at)
SELECT seq, ${uuid},
  f17 || substr('10X98765432', ((${checkSum}) % 11) + 1, 1),
  substr('向田谭覃李张黄王刘杨陈彭冉邓胡吴周牟万龚', seq % 20 + 1, 1)
    || substr('伟强军勇杰涛斌波明磊芳娟敏静丽艳燕霞玲琴', (seq * 7) % 20 + 1, 1)
    || CASE WHEN seq % 3 = 0 THEN substr('伟强军勇杰涛斌波明磊芳娟敏静丽艳燕霞玲琴', (seq * 13) % 20 + 1, 1) ELSE '' END,
  CASE WHEN seq % 2 = 1 THEN 'male' ELSE 'female' END,
  birth_date,
  '1' || substr('3578', seq % 4 + 1, 1) || printf('%09d', (seq * 7919) % 1000000000),
  county_code,
  (SELECT name FROM towns8 t WHERE t.code = base.county_code AND t.k = seq % 8),
  '青龙村', intended_id, '', '',
  seq % 9 = 0, seq % 14 = 0,
  CASE seq % 50 WHEN 1 THEN seq + 1 WHEN 2 THEN seq - 1 END,
  'point_to_point', base, '村委会',
  s.stage, date(base, '+18 days'), enterprise_id,
  CASE WHEN s.employed_at IS NULL THEN NULL ELSE enterprise_id END,
  CASE WHEN s.employed_at IS NULL THEN NULL ELSE date(base, '+' || (s.employed_at * 2) || ' days') END,
  s.trips, '2022-03-01T02:00:00.000Z', '2022-03-01T02:00:00.000Z'
FROM base JOIN pstate s ON s.p = base.p
ORDER BY seq;

INSERT INTO registrations (id, seeker_seq, signed_up_on, signed_up_at, channel, source, recorded_by, recorded_at)
SELECT ${uuid}, seq, base, '村委会', 'point_to_point', 'form', '人社局', '2022-03-01T02:00:00.000Z' FROM people ORDER BY seq;

INSERT INTO seeker_events (id, seeker_seq, type, date, enterprise_id, post, reason, note, recorded_by, recorded_at)
SELECT randomblob(16), people.seq, pattern.type, date(people.base, '+' || (pattern.i * 2) || ' days'),
  CASE WHEN pattern.type IN (${enterpriseEvents}) THEN people.enterprise_id END,
  CASE WHEN pattern.type = 'employed' THEN '普工' ELSE '' END,
  CASE WHEN pattern.type = 'left' THEN 'homesick' END,
  '', '人社局', '2022-03-01T02:00:00.000Z'
FROM people JOIN pattern ON pattern.p = people.p
ORDER BY people.seq, pattern.i;
COMMIT;
`;
}
