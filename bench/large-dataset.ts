import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Database } from '../electron/backend/db/database';
import { migrate } from '../electron/backend/db/migrations';
import { loadSqlJs } from '../electron/backend/db/sql';
import { DB_FILE_NAME } from '../electron/backend/db/store';
import { insertSeekersBulk, type BulkSeeker } from '../electron/backend/repos/seeker-bulk';
import type { NewEvent } from '../electron/backend/repos/seeker-events';
import { loadDemo } from '../electron/backend/services/demo';
import { COUNTIES } from '../shared/domain/counties';
import { idCheckChar } from '../shared/domain/id-number';
import type { EventType, LeaveReason } from '../shared/domain/pipeline';
import { LEAVE_REASONS } from '../shared/domain/pipeline';
import { SIGNUP_CHANNELS } from '../shared/domain/seeker';

/**
 * A database at the scale the benchmarks promise: the demo (enterprises, towns, settings, its
 * ~8k people) topped up with invented people until there are `people` job seekers and about
 * `events` pipeline events. Deterministic (seeded), every path legal, every date on or before the
 * demo's as-of date, so the counting module sees the same shapes as real data.
 */
export interface LargeDataset {
  db: Database;
  seekers: number;
  events: number;
}

const NOW = '2022-03-10T10:00:00.000Z';
const FIRST_DAY = Date.UTC(2022, 0, 4) / 86_400_000;
const LAST_DAY = Date.UTC(2022, 2, 10) / 86_400_000;

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoOf = (() => {
  const cache = new Map<number, string>();
  return (day: number) => {
    let iso = cache.get(day);
    if (iso === undefined) cache.set(day, (iso = new Date(day * 86_400_000).toISOString().slice(0, 10)));
    return iso;
  };
})();

type Step = Omit<NewEvent, 'seekerSeq'>;

/** One person's path: sign-up, up to three rounds of interview and bus, exam, training, job, maybe a second job. */
function pathOf(rand: () => number, enterprises: readonly string[], recordedBy: string): Step[] {
  const steps: Step[] = [];
  let day = FIRST_DAY + Math.floor(Math.pow(rand(), 0.7) * (LAST_DAY - FIRST_DAY - 2));
  const push = (type: EventType, enterpriseId: string | null, reason: LeaveReason | null = null) => {
    steps.push({
      type,
      date: isoOf(day),
      enterpriseId,
      post: type === 'employed' ? '普工' : '',
      reason,
      note: '',
      recordedBy,
      recordedAt: `${isoOf(day)}T02:00:00.000Z`,
    });
  };
  const later = (max: number) => {
    day += Math.floor(rand() * (max + 1));
    return day <= LAST_DAY;
  };
  push('signed_up', null);
  if (!later(2) || rand() < 0.04) return steps;
  push('verified', null);
  let enterprise = enterprises[Math.floor(rand() * enterprises.length)]!;
  for (let job = 0; job < 2; job++) {
    let passed = false;
    for (let round = 0; round < 3 && !passed; round++) {
      if (!later(2)) return steps;
      push('interview_arranged', enterprise);
      if (!later(2)) return steps;
      push('transported', null);
      if (rand() < 0.3) {
        if (!later(1)) return steps;
        push('transported', null);
      }
      if (!later(1)) return steps;
      passed = rand() < 0.75;
      push(passed ? 'interview_passed' : 'interview_failed', enterprise);
      if (!passed) enterprise = enterprises[Math.floor(rand() * enterprises.length)]!;
    }
    if (!passed) return steps;
    if (!later(2)) return steps;
    if (rand() < 0.06) {
      push('exam_failed', enterprise);
      return steps;
    }
    push('exam_passed', enterprise);
    if (!later(3)) return steps;
    if (rand() < 0.05) {
      push('withdrawn', null);
      return steps;
    }
    push('training_completed', enterprise);
    if (!later(2)) return steps;
    push('employed', enterprise);
    if (!later(30) || rand() < 0.8) return steps;
    push('left', null, LEAVE_REASONS[Math.floor(rand() * LEAVE_REASONS.length)]!);
    enterprise = enterprises[Math.floor(rand() * enterprises.length)]!;
  }
  return steps;
}

function person(
  index: number,
  rand: () => number,
  enterprises: readonly string[],
  taken: Set<string>,
): BulkSeeker {
  const county = COUNTIES[index % COUNTIES.length]!;
  const recordedBy = `${county.nameZh}人社局`;
  let idNumber = '';
  for (let n = index; idNumber === '' || taken.has(idNumber); n += 7919) {
    // Birth dates 1960–2003 and a sequence code from the index: unique and valid (GB 11643 check digit).
    const birth = isoOf(Date.UTC(1960, 0, 1) / 86_400_000 + ((Math.floor(n / 1000) * 97) % 16000)).replaceAll(
      '-',
      '',
    );
    const first17 = `${county.code}${birth}${String(n % 1000).padStart(3, '0')}`;
    idNumber = first17 + idCheckChar(first17);
  }
  taken.add(idNumber);
  const male = Number(idNumber[16]) % 2 === 1;
  const events = pathOf(rand, enterprises, recordedBy);
  const signedUpOn = events[0]!.date;
  const intended = rand() < 0.2 ? null : (events.find((e) => e.enterpriseId)?.enterpriseId ?? null);
  return {
    id: randomUUID(),
    idNumber,
    name: `测试${index}`,
    gender: male ? 'male' : 'female',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
    phone: `139${String(index).padStart(8, '0')}`,
    countyCode: county.code,
    town: '',
    village: '',
    intendedEnterpriseId: intended,
    previousWork: '',
    notes: '',
    prefNearHome: false,
    prefMothersLine: false,
    channel: SIGNUP_CHANNELS[index % SIGNUP_CHANNELS.length]!,
    signedUpOn,
    signedUpAt: '',
    partner: null,
    registrations: [
      { signedUpOn, signedUpAt: '', channel: 'point_to_point', source: 'form', recordedBy, recordedAt: NOW },
    ],
    events,
  };
}

/** Builds the dataset in memory (about a minute at 100k people and 1M events). */
export async function buildLargeDataset(people = 100_000): Promise<LargeDataset> {
  const SQL = await loadSqlJs();
  const db = new Database(new SQL.Database());
  migrate(db);
  db.transaction(() => loadDemo(db, NOW, () => undefined));
  const enterprises = db.all<{ id: string }>('SELECT id FROM enterprises ORDER BY name').map((r) => r.id);
  const taken = new Set(
    db.all<{ id_number: string }>('SELECT id_number FROM seekers').map((r) => r.id_number),
  );
  const rand = seeded(20220310);
  const start = taken.size;
  const BATCH = 5000;
  for (let i = start; i < people; i += BATCH) {
    const batch: BulkSeeker[] = [];
    for (let j = i; j < Math.min(people, i + BATCH); j++) batch.push(person(j, rand, enterprises, taken));
    db.transaction(() => insertSeekersBulk(db, batch, NOW));
  }
  const count = (table: string) => db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)?.n ?? 0;
  return { db, seekers: count('seekers'), events: count('seeker_events') };
}

/** Writes the dataset as a data folder's database file, for the app and for the native `sqlite3` baseline. */
export function writeDatabaseFile(db: Database, dataDir: string): string {
  const file = path.join(dataDir, DB_FILE_NAME);
  writeFileSync(file, db.export());
  return file;
}
