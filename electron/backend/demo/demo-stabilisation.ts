import { randomUUID } from 'node:crypto';
import { addDays } from '../../../shared/domain/forecast';
import { daysBetween, type EventType } from '../../../shared/domain/pipeline';
import { DEFAULT_VISIT_DAYS, employedSchedule, WAITING_STAGES } from '../../../shared/domain/return-visits';
import type { CaseStatus, CaseType } from '../../../shared/domain/service-cases';
import { responsibleStaff } from '../../../shared/domain/special-classes';
import type { Database } from '../db/database';
import { recomputeState } from '../seekers/repos/seeker-state';
import { listClasses } from '../stabilisation/repos/special-classes';
import {
  CASE_WORDS,
  className,
  DEMO_CLASS_START,
  DEMO_CLASSES,
  LEAVE_WORDS,
  VISIT_NOTES,
  type CaseWords,
} from './demo-stabilisation-data';
import { DEMO_AS_OF } from './demo-seekers';

interface Person {
  seq: number;
  gender: 'male' | 'female';
  county: string;
  stage: EventType;
  stageDate: string;
  entryDate: string | null;
  employer: string | null;
  enterprise: string | null;
  mothers: number;
  partner: number | null;
  post: string;
}

/** Mulberry32, seeded: the diary is the same on every load. */
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
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const at = (date: string) => `${date}T02:00:00.000Z`;
const RECORDER = '州人社局稳岗专班';

/** Writes the demo's classes, diary, visits, transfers and leave (after its people; one transaction). */
export function loadDemoStabilisation(
  db: Database,
  enterpriseIds: ReadonlyMap<string, string>,
  now: string,
): void {
  const d = dice(20220303);
  const idOf = (short: string) => enterpriseIds.get(short)!;
  insertClasses(db, enterpriseIds, now);
  const classes = listClasses(db);
  const staffFor = (enterprise: string | null, county: string, date: string) =>
    responsibleStaff(classes, enterprise, county, date)?.name ?? '';

  const people = db
    .all<{
      seq: number;
      gender: 'male' | 'female';
      county_code: string;
      stage: EventType;
      stage_date: string;
      entry_date: string | null;
      employer_id: string | null;
      enterprise_id: string | null;
      pref_mothers_line: number;
      partner_seq: number | null;
      post: string | null;
    }>(
      `SELECT s.seq, s.gender, s.county_code, s.stage, s.stage_date, s.entry_date, s.employer_id, s.enterprise_id,
         s.pref_mothers_line, s.partner_seq,
         (SELECT post FROM seeker_events e WHERE e.seeker_seq = s.seq AND e.type = 'employed' ORDER BY e.date DESC LIMIT 1) AS post
       FROM seekers s WHERE s.entry_date IS NOT NULL OR s.stage IN (${WAITING_STAGES.map(() => '?').join(',')})
       ORDER BY s.seq`,
      [...WAITING_STAGES],
    )
    .map((r): Person => ({
      seq: r.seq,
      gender: r.gender,
      county: r.county_code,
      stage: r.stage,
      stageDate: r.stage_date,
      entryDate: r.entry_date,
      employer: r.employer_id,
      enterprise: r.enterprise_id,
      mothers: r.pref_mothers_line,
      partner: r.partner_seq,
      post: r.post ?? '',
    }));
  const diary = new Diary(db);
  const used = new Set<number>();
  const pick = (...tests: ((p: Person) => boolean)[]) => {
    // The first test is what the story needs; later ones relax it when nobody fits exactly.
    for (let n = tests.length; n > 0; n--) {
      const found = people.find((p) => !used.has(p.seq) && tests.slice(0, n).every((t) => t(p)));
      if (found) {
        used.add(found.seq);
        return found;
      }
    }
    throw new Error('demo: nobody fits a diary story');
  };
  const employedAt = (short: string, by: string) => (p: Person) =>
    p.stage === 'employed' && p.employer === idOf(short) && p.entryDate! <= by;

  // The article's stories.
  const sick = pick(
    employedAt('立讯', '2022-02-20'),
    (p) => p.gender === 'female',
    (p) => p.county === '422822',
    (p) => p.post === '屏幕刷测员',
  );
  const sickCase = diary.story(
    sick,
    idOf('立讯'),
    'illness',
    '2022-02-24',
    '颈椎病发作，脖子疼得厉害，想请假休息几天',
    [
      [
        '2022-02-24',
        '向产线请假三天，买药送到宿舍，未收任何费用',
        staffFor(idOf('立讯'), '422822', '2022-02-24'),
        0,
        '膏药、止痛药',
      ],
    ],
    { resolvedOn: '2022-02-27', outcome: '已返岗，继续做屏幕刷测' },
  );
  diary.leave(
    sick,
    '2022-02-24',
    '2022-02-26',
    '颈椎病休息',
    staffFor(idOf('立讯'), '422822', '2022-02-24'),
    '2022-02-27',
    sickCase,
  );

  const mother = pick(
    employedAt('大象', '2022-03-01'),
    (p) => p.gender === 'female',
    (p) => p.county === '422828',
    (p) => p.mothers === 1,
  );
  const hefeng = staffFor(idOf('大象'), '422828', '2022-03-02');
  const motherCase = diary.story(
    mother,
    idOf('大象'),
    'childcare',
    '2022-03-02',
    '为照顾在恩施上学的孩子才来上班，想上宝妈线（周一至周五上班、周末休息），大象目前没有，有回家的想法',
    [
      ['2022-03-02', '与驻大象、高新区及驻立讯专班工作人员协调', hefeng, 0, ''],
      ['2022-03-03', '调整到立讯新开的宝妈线，消除了回家的想法', hefeng, 0, ''],
    ],
    { resolvedOn: '2022-03-03', outcome: '已调至立讯宝妈线' },
  );
  diary.transfer(
    mother,
    '2022-03-03',
    idOf('立讯'),
    '宝妈线普工',
    '大象暂无宝妈线，调至立讯新开的宝妈线',
    motherCase,
  );

  const husband = pick(
    (p) => employedAt('立讯', '2022-03-03')(p) && p.gender === 'male' && p.partner !== null,
    (p) => p.county === '422801',
  );
  const enshi = staffFor(idOf('立讯'), '422801', '2022-03-04');
  const coupleCase = diary.story(
    husband,
    idOf('立讯'),
    'intention_to_quit',
    '2022-03-04',
    '想请假回云南接孩子，请假遇到困难，有了辞职的想法',
    [['2022-03-04', '联系其产线组长和负责人协调，准假一个月', enshi, 0, '']],
    { resolvedOn: '2022-03-04', outcome: '准假一个月，接回孩子安顿好后返厂上班' },
  );
  diary.leave(husband, '2022-03-05', '2022-04-04', '回云南接孩子', enshi, null, coupleCase);

  const poor = pick(
    employedAt('立讯', '2022-02-14'),
    (p) => p.gender === 'male',
    (p) => p.county === '422826',
  );
  diary.story(
    poor,
    idOf('立讯'),
    'hardship_aid',
    '2022-02-21',
    '家庭困难，入职时带的150元生活费很快用完了',
    [
      ['2022-02-21', '主动为其充值100元饭卡', '冉光辉', 100, '饭卡'],
      [
        '2022-03-03',
        '冉光辉因工作原因返回前，把100元现金交给接替的同事谭小军，转交作生活费',
        '谭小军',
        100,
        '',
      ],
    ],
    { resolvedOn: '2022-03-03', outcome: '生活费有了着落，安心上班' },
  );

  const unsuited = pick(employedAt('华鑫', '2022-02-25'), (p) => p.post === 'SMT操作员');
  const huaxin = staffFor(idOf('华鑫'), unsuited.county, '2022-02-27');
  const postCase = diary.story(
    unsuited,
    idOf('华鑫'),
    'post_change',
    '2022-02-27',
    '不适应SMT流水线，跟不上节拍，想换岗位',
    [
      ['2022-02-27', '与车间协调试岗质检', huaxin, 0, ''],
      ['2022-02-28', '调至质检岗位', huaxin, 0, ''],
    ],
    { resolvedOn: '2022-02-28', outcome: '已调岗，适应良好' },
  );
  diary.transfer(unsuited, '2022-02-28', idOf('华鑫'), '质检员', '不适应SMT流水线', postCase);

  // This week's people thinking of going home, still being talked with: the top of the at-risk list.
  const quitters: [string, string, CaseWords][] = [
    ['立讯', '2022-03-08', CASE_WORDS.intention_to_quit[0]!],
    ['武陵智造', '2022-03-09', CASE_WORDS.intention_to_quit[1]!],
    ['硒谷', '2022-03-07', { ...CASE_WORDS.intention_to_quit[0]!, request: '孩子在家没人带，想辞职回去' }],
  ];
  for (const [short, day, words] of quitters) {
    const p = pick(employedAt(short, addDays(day, -3)));
    diary.fromWords(
      p,
      idOf(short),
      'intention_to_quit',
      day,
      words,
      staffFor(idOf(short), p.county, day),
      day === '2022-03-09' ? 'open' : 'in_progress',
    );
  }

  // Someone whose leave ended days ago and who has not come back yet.
  const away = pick(employedAt('土苗服饰', '2022-02-25'));
  const tumiao = staffFor(idOf('土苗服饰'), away.county, '2022-03-03');
  const awayCase = diary.story(
    away,
    idOf('土苗服饰'),
    'leave_request',
    '2022-03-03',
    '家里老人住院，想请假回家几天',
    [['2022-03-03', '协调车间准假四天', tumiao, 0, '']],
    { resolvedOn: null, outcome: '', status: 'in_progress' },
  );
  diary.leave(away, '2022-03-03', '2022-03-06', '家里老人住院', tumiao, null, awayCase);

  for (const short of ['硒谷', '清江光电']) {
    const p = pick(employedAt(short, '2022-03-03'));
    const words = CASE_WORDS.illness[0]!;
    const day = addDays(p.entryDate!, d.int(2, Math.max(2, daysBetween(p.entryDate!, '2022-03-06'))));
    diary.fromWords(p, idOf(short), 'illness', day, words, staffFor(idOf(short), p.county, day), 'resolved');
  }

  // Everyday cases: about one person in thirty on the job or waiting, and a few who later left.
  const types = Object.keys(CASE_WORDS) as Exclude<CaseType, 'leave_request'>[];
  for (const p of people) {
    if (used.has(p.seq)) continue;
    const start = p.entryDate ?? p.stageDate;
    const until = p.stage === 'left' ? p.stageDate : DEMO_AS_OF;
    // The longer someone has been with the drive, the likelier something came up: cases spread over
    // the month as people do, instead of piling up on the last days.
    const days = daysBetween(start, until);
    if (days < 1 || !d.chance(p.stage === 'left' ? 0.2 : Math.min(0.08, days * 0.0028))) continue;
    const day = addDays(start, d.int(1, days));
    const place = p.stage === 'employed' || p.stage === 'left' ? p.employer : p.enterprise;
    const staff = staffFor(place, p.county, day);
    if (p.stage === 'left') {
      const words = CASE_WORDS.intention_to_quit[0]!;
      diary.fromWords(
        p,
        place,
        'intention_to_quit',
        day,
        { ...words, outcome: '劝留未果，已离职' },
        staff,
        'resolved',
      );
      continue;
    }
    const age = daysBetween(day, DEMO_AS_OF);
    const status: CaseStatus = age > 4 || d.chance(0.4) ? 'resolved' : d.chance(0.5) ? 'in_progress' : 'open';
    if (p.stage === 'employed' && d.chance(0.12)) {
      const words = d.pick(LEAVE_WORDS);
      const length = d.int(2, 4);
      const end = addDays(day, length - 1);
      // Most come back the day after; a few past their leave are not back yet (the at-risk list shows them).
      const back = addDays(end, 1) <= DEMO_AS_OF && d.chance(0.85) ? addDays(end, 1) : null;
      const leaveCase = diary.story(
        p,
        place,
        'leave_request',
        day,
        words.request,
        [[day, `${words.action}${length}天`, staff, 0, '']],
        {
          resolvedOn: back,
          outcome: back ? words.outcome : '',
          status: back ? 'resolved' : 'in_progress',
        },
      );
      diary.leave(p, day, end, words.request.replace(/，.*$/, ''), staff, back, leaveCase);
      continue;
    }
    const type = d.pick(types);
    // Talking someone out of quitting takes more than a day: the week's ones are still being worked on.
    const quitting = type === 'intention_to_quit' && age <= 6 ? 'in_progress' : status;
    diary.fromWords(p, place, type, day, d.pick(CASE_WORDS[type]), staff, quitting);
  }

  // Return visits: most made on time, some slipping, a few finding someone thinking of going home.
  const visits = db.prepare(
    `INSERT INTO return_visits (id, seeker_seq, visited_on, method, reached, wellbeing, risk, notes, visited_by,
       recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  try {
    const visit = (p: Person, date: string, place: string | null, reached: boolean, leaving: boolean) => {
      const risk = !reached
        ? null
        : leaving
          ? d.chance(0.5)
            ? 'high'
            : 'low'
          : d.chance(0.015)
            ? 'high'
            : d.chance(0.08)
              ? 'low'
              : 'none';
      const wellbeing = !reached
        ? null
        : risk === 'high'
          ? 'poor'
          : risk === 'low'
            ? 'fair'
            : d.chance(0.9)
              ? 'good'
              : 'fair';
      const notes = wellbeing ? d.pick(VISIT_NOTES[wellbeing]) : '电话未接通';
      const method = reached && d.chance(0.7) ? 'in_person' : 'phone';
      visits.run([
        randomUUID(),
        p.seq,
        date,
        method,
        reached ? 1 : 0,
        wellbeing,
        risk,
        notes,
        staffFor(place, p.county, date),
        RECORDER,
        at(date),
      ]);
    };
    for (const p of people) {
      if (p.stage === 'employed' || p.stage === 'left') {
        const end = p.stage === 'left' ? addDays(p.stageDate, -1) : DEMO_AS_OF;
        const slots = employedSchedule({
          entryDate: p.entryDate!,
          transferDates: [],
          days: DEFAULT_VISIT_DAYS,
          visits: [],
          away: [],
          asOf: end,
        });
        for (const s of slots) {
          if (s.due > end) continue;
          const late = d.int(-2, 2);
          const date = addDays(s.due, late) > end ? end : addDays(s.due, late);
          if (d.chance(0.03)) {
            visit(p, date, p.employer, false, false);
            continue;
          }
          if (d.chance(p.stage === 'left' ? 0.7 : 0.93)) visit(p, date, p.employer, true, p.stage === 'left');
        }
      } else if (WAITING_STAGES.includes(p.stage) && p.stageDate < DEMO_AS_OF && d.chance(0.7)) {
        visit(
          p,
          addDays(p.stageDate, d.int(1, Math.min(6, daysBetween(p.stageDate, DEMO_AS_OF)))),
          p.enterprise,
          true,
          false,
        );
      }
    }
  } finally {
    visits.free();
  }
}

function insertClasses(db: Database, enterpriseIds: ReadonlyMap<string, string>, now: string): void {
  for (const c of DEMO_CLASSES) {
    const id = randomUUID();
    db.run(
      `INSERT INTO special_classes (id, name, enterprise_id, start_date, end_date, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, NULL, ?, ?, ?)`,
      [
        id,
        className(c.enterprise),
        enterpriseIds.get(c.enterprise)!,
        DEMO_CLASS_START,
        '州县人社系统抽调业务骨干驻厂',
        now,
        now,
      ],
    );
    c.staff.forEach((s, i) => {
      db.run(
        `INSERT INTO class_members (id, class_id, position, name, county_code, role, start_date, end_date)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), id, i, s.name, s.county, s.role, s.from ?? DEMO_CLASS_START, s.to ?? null],
      );
    });
  }
}

type Step = [date: string, action: string, by: string, cash: number, goods: string];

/** Writes cases, actions, transfers and leave for the demo, as the services would have. */
class Diary {
  constructor(private readonly db: Database) {}

  story(
    p: Person,
    enterpriseId: string | null,
    type: CaseType,
    openedOn: string,
    request: string,
    steps: Step[],
    end: { resolvedOn: string | null; outcome: string; status?: CaseStatus },
  ): string {
    const id = randomUUID();
    const status = end.status ?? (end.resolvedOn ? 'resolved' : 'open');
    const last = steps[steps.length - 1]?.[0] ?? openedOn;
    this.db.run(
      `INSERT INTO service_cases (id, seeker_seq, enterprise_id, opened_on, type, request, status, follow_up_on,
         resolved_on, outcome, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        p.seq,
        enterpriseId,
        openedOn,
        type,
        request,
        status,
        status === 'resolved' ? null : addDays(last, 3),
        status === 'resolved' ? end.resolvedOn : null,
        status === 'resolved' ? end.outcome : '',
        steps[0]?.[2] || RECORDER,
        at(openedOn),
        at(end.resolvedOn ?? last),
      ],
    );
    for (const [date, action, by, cash, goods] of steps) {
      this.db.run(
        `INSERT INTO case_actions (id, case_id, date, action, handled_by, cash_fen, goods, recorded_by, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), id, date, action, by, cash * 100, goods, by || RECORDER, at(date)],
      );
    }
    return id;
  }

  fromWords(
    p: Person,
    enterpriseId: string | null,
    type: CaseType,
    day: string,
    w: CaseWords,
    by: string,
    status: CaseStatus,
  ): void {
    const resolvedOn = status === 'resolved' ? (addDays(day, 1) > DEMO_AS_OF ? day : addDays(day, 1)) : null;
    this.story(p, enterpriseId, type, day, w.request, [[day, w.action, by, w.cash ?? 0, w.goods ?? '']], {
      resolvedOn,
      outcome: w.outcome,
      status,
    });
  }

  transfer(
    p: Person,
    date: string,
    toEnterpriseId: string,
    toPost: string,
    reason: string,
    caseId: string,
  ): void {
    this.db.run(
      `INSERT INTO transfers (id, seeker_seq, date, from_enterprise_id, to_enterprise_id, from_post, to_post, reason,
         case_id, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        p.seq,
        date,
        p.employer!,
        toEnterpriseId,
        p.post,
        toPost,
        reason,
        caseId,
        RECORDER,
        at(date),
      ],
    );
    recomputeState(this.db, p.seq, at(date));
  }

  leave(
    p: Person,
    start: string,
    end: string,
    reason: string,
    by: string,
    returnedOn: string | null,
    caseId: string,
  ): void {
    this.db.run(
      `INSERT INTO leaves (id, seeker_seq, start_date, end_date, reason, approved_by, case_id, returned_on, recorded_by,
         recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), p.seq, start, end, reason, by, caseId, returnedOn, by || RECORDER, at(start)],
    );
  }
}
