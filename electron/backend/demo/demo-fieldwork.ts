import { randomUUID } from 'node:crypto';
import { COUNTIES } from '../../../shared/domain/counties';
import type { VisitKind } from '../../../shared/domain/fieldwork';
import type { Database } from '../db/database';
import {
  CHANGLIANG,
  DEMO_BRIEFINGS,
  DEMO_COMMISSIONERS,
  DEMO_RECRUITMENT_CLASSES,
  DEMO_REQUESTS,
  VISIT_NOTES,
} from './demo-fieldwork-data';

/** Mulberry32, seeded: the visits are the same on every load. */
function dice(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const at = (date: string) => `${date}T10:00:00.000Z`;

interface Visit {
  kind: VisitKind;
  date: string;
  classId: string | null;
  county: string | null;
  town: string;
  village: string;
  enterpriseId: string | null;
  staff: string;
  reached: number;
  signedUp: number;
  policies: string[];
  notes: string;
  recordedBy: string;
  people: number[];
}

function insertVisit(db: Database, v: Visit): void {
  const id = randomUUID();
  db.run(
    `INSERT INTO field_visits (id, kind, visit_date, class_id, county_code, town, village, enterprise_id, staff, reached,
       signed_up, policies, notes, recorded_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      v.kind,
      v.date,
      v.classId,
      v.county,
      v.town,
      v.village,
      v.enterpriseId,
      v.staff,
      v.reached,
      v.signedUp,
      JSON.stringify(v.policies),
      v.notes,
      v.recordedBy,
      at(v.date),
      at(v.date),
    ],
  );
  v.people.forEach((seq, position) =>
    db.run('INSERT INTO field_visit_signups (id, visit_id, seeker_seq, position) VALUES (?, ?, ?, ?)', [
      randomUUID(),
      id,
      seq,
      position,
    ]),
  );
}

interface SignUp {
  seq: number;
  county: string;
  town: string;
  village: string;
  date: string;
  place: string;
}

/** People signed up on one day in one place (a town, or a county's job fair), in sign-up order. */
function groupsOf(rows: readonly SignUp[], key: (r: SignUp) => string): SignUp[][] {
  const groups = new Map<string, SignUp[]>();
  for (const r of rows) {
    const k = key(r);
    const list = groups.get(k) ?? [];
    if (!list.some((p) => p.seq === r.seq)) list.push(r);
    groups.set(k, list);
  }
  return [...groups.values()];
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? '';
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * Writes the demo's recruitment classes and their visits, commissioners, enterprise requests and
 * policy briefings (after its people; one transaction). Visits follow the people's own sign-ups: a
 * town where three or more signed up through the point-to-point drive on one day had a village
 * meeting or a door-to-door round that day, a county's job fair day is a job-fair visit, and the
 * people are linked to it; a class counts a few more who signed up but are not registered yet.
 */
export function loadDemoFieldwork(db: Database, enterpriseIds: ReadonlyMap<string, string>): void {
  const d = dice(20220213);
  const classOf = new Map<string, { id: string; name: string }>();
  for (const c of DEMO_RECRUITMENT_CLASSES) {
    const id = randomUUID();
    db.run(
      `INSERT INTO recruitment_classes (id, name, county_codes, leader, phone, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
      [id, c.name, JSON.stringify(c.counties), c.leader, c.phone, at('2022-01-24'), at('2022-01-24')],
    );
    for (const county of c.counties) classOf.set(county, { id, name: c.name });
  }

  const signUps = db
    .all<{
      seq: number;
      county_code: string;
      town: string;
      village: string;
      signed_up_on: string;
      at: string;
      channel: string;
    }>(
      `SELECT s.seq, s.county_code, s.town, s.village, r.signed_up_on, r.signed_up_at AS at, r.channel
       FROM registrations r JOIN seekers s ON s.seq = r.seeker_seq
       WHERE r.channel IN ('point_to_point', 'job_fair') AND s.town <> ''
       ORDER BY r.signed_up_on, s.county_code, s.town, s.seq`,
    )
    .map((r) => ({
      seq: r.seq,
      county: r.county_code,
      town: r.town,
      village: r.village,
      date: r.signed_up_on,
      place: r.channel === 'job_fair' ? r.at : '',
    }));
  const visits: Visit[] = [];

  const village = signUps.filter((s) => s.place === '');
  for (const group of groupsOf(village, (s) => `${s.date}|${s.county}|${s.town}`)) {
    if (group.length < 3) continue;
    const first = group[0]!;
    const cls = classOf.get(first.county)!;
    const story = first.town === CHANGLIANG.town && first.date === CHANGLIANG.date;
    const kind: VisitKind = story || group.length >= 5 || d.chance(0.55) ? 'village_meeting' : 'door_to_door';
    const signedUp = group.length + d.int(0, 3);
    visits.push({
      kind,
      date: first.date,
      classId: cls.id,
      county: first.county,
      town: first.town,
      village: mostCommon(group.map((p) => p.village)),
      enterpriseId: null,
      staff: '',
      reached: kind === 'village_meeting' ? signedUp * d.int(3, 6) + d.int(0, 9) : signedUp + d.int(2, 10),
      signedUp,
      policies: [],
      notes: story ? CHANGLIANG.notes : d.pick(VISIT_NOTES),
      recordedBy: cls.name,
      people: group.map((p) => p.seq),
    });
  }

  const fairs = signUps.filter((s) => s.place !== '');
  for (const group of groupsOf(fairs, (s) => `${s.date}|${s.place}`)) {
    if (group.length < 8) continue;
    const first = group[0]!;
    const county = COUNTIES.find((c) => first.place.startsWith(c.nameZh)) ?? null;
    if (!county) continue;
    const cls = classOf.get(county.code)!;
    const signedUp = group.length + d.int(2, 12);
    visits.push({
      kind: 'job_fair',
      date: first.date,
      classId: cls.id,
      county: county.code,
      town: '',
      village: '',
      enterpriseId: null,
      staff: '',
      reached: signedUp * d.int(4, 8),
      signedUp,
      policies: [],
      notes: `${first.place}：立讯、华鑫、大象等企业设摊，现场登记`,
      recordedBy: cls.name,
      people: group.map((p) => p.seq),
    });
  }

  // Phone follow-ups of people who showed interest: every few days, per county.
  for (const [county, cls] of classOf) {
    for (let day = 12 + d.int(0, 2); day <= 38; day += d.int(3, 5)) {
      const date = new Date(Date.UTC(2022, 1, day)).toISOString().slice(0, 10);
      visits.push({
        kind: 'phone_follow_up',
        date,
        classId: cls.id,
        county,
        town: '',
        village: '',
        enterpriseId: null,
        staff: '',
        reached: d.int(12, 40),
        signedUp: d.int(0, 4),
        policies: [],
        notes: '电话跟进有意向人员，确认报名和乘车时间',
        recordedBy: cls.name,
        people: [],
      });
    }
  }

  for (const c of Object.entries(DEMO_COMMISSIONERS)) {
    const [short, person] = c;
    db.run(
      `INSERT INTO enterprise_commissioners (id, enterprise_id, name, phone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        enterpriseIds.get(short)!,
        person.name,
        person.phone,
        at('2022-02-07'),
        at('2022-02-07'),
      ],
    );
  }
  for (const b of DEMO_BRIEFINGS) {
    visits.push({
      kind: 'policy_briefing',
      date: b.date,
      classId: null,
      county: null,
      town: '',
      village: '',
      enterpriseId: enterpriseIds.get(b.enterprise)!,
      staff: `${DEMO_COMMISSIONERS[b.enterprise]!.name}、州人社局就业促进科`,
      reached: b.reached,
      signedUp: 0,
      policies: b.policies,
      notes: b.notes,
      recordedBy: DEMO_COMMISSIONERS[b.enterprise]!.name,
      people: [],
    });
  }
  for (const v of visits.sort((a, b) => a.date.localeCompare(b.date))) insertVisit(db, v);

  for (const r of DEMO_REQUESTS) {
    const commissioner = DEMO_COMMISSIONERS[r.enterprise]!.name;
    db.run(
      `INSERT INTO service_requests (id, enterprise_id, raised_on, category, post, asked, done, handled_by, solved_on,
         recorded_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        enterpriseIds.get(r.enterprise)!,
        r.raisedOn,
        r.category,
        r.post,
        r.asked,
        r.done,
        r.done === '' ? '' : (r.handledBy ?? commissioner),
        r.solvedOn,
        commissioner,
        at(r.raisedOn),
        at(r.solvedOn ?? r.raisedOn),
      ],
    );
  }
}
