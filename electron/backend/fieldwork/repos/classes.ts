import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import type { RecruitmentClass, RecruitmentClassInput } from '../../../../shared/domain/fieldwork';
import { describeChanges, describeValues, said } from '../../audit/repos/audit';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';
import { refuse } from './refuse';

type ClassInput = z.output<typeof RecruitmentClassInput>;

interface ClassRow {
  id: string;
  name: string;
  county_codes: string;
  leader: string;
  phone: string;
  notes: string;
  updated_at: string;
  visits: number;
  signed_up: number;
}

/** The recruitment classes by name, each with the visits it logged and the people signed up at them. */
export function listRecruitmentClasses(db: Database): RecruitmentClass[] {
  return db
    .all<ClassRow>(
      `SELECT c.id, c.name, c.county_codes, c.leader, c.phone, c.notes, c.updated_at,
         COUNT(v.id) AS visits, COALESCE(SUM(v.signed_up), 0) AS signed_up
       FROM recruitment_classes c LEFT JOIN field_visits v ON v.class_id = c.id
       GROUP BY c.id ORDER BY c.name`,
    )
    .map((r) => ({
      id: r.id,
      name: r.name,
      countyCodes: JSON.parse(r.county_codes) as string[],
      leader: r.leader,
      phone: r.phone,
      notes: r.notes,
      visits: r.visits,
      signedUp: r.signed_up,
      updatedAt: r.updated_at,
    }));
}

export function getRecruitmentClass(db: Database, id: string): RecruitmentClass {
  const found = listRecruitmentClasses(db).find((c) => c.id === id);
  if (!found) throw new ApiError('not_found', 'e.not_found');
  return found;
}

/** Creates or edits a class; names are unique (the visits list shows the name alone). */
export function saveRecruitmentClass(db: Database, input: ClassInput, ctx: WriteContext): RecruitmentClass {
  const before = input.id ? getRecruitmentClass(db, input.id) : null;
  const taken = db.get<{ id: string }>('SELECT id FROM recruitment_classes WHERE name = ? AND id <> ?', [
    input.name,
    input.id ?? '',
  ]);
  if (taken) throw refuse('name', 'v.class_name_taken');
  const id = input.id ?? randomUUID();
  const counties = JSON.stringify(input.countyCodes);
  if (before) {
    db.run(
      `UPDATE recruitment_classes SET name = ?, county_codes = ?, leader = ?, phone = ?, notes = ?, updated_at = ?
       WHERE id = ?`,
      [input.name, counties, input.leader, input.phone, input.notes, ctx.now, id],
    );
  } else {
    db.run(
      `INSERT INTO recruitment_classes (id, name, county_codes, leader, phone, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.name, counties, input.leader, input.phone, input.notes, ctx.now, ctx.now],
    );
  }
  const after = getRecruitmentClass(db, id);
  // A new class is named by the entry itself; what it holds besides its name are the details.
  const held = (c: RecruitmentClass) => ({
    counties: c.countyCodes,
    leader: c.leader,
    phone: c.phone,
    notes: c.notes,
  });
  const changes = before
    ? describeChanges(
        'recruitmentClass',
        { name: before.name, ...held(before) },
        { name: after.name, ...held(after) },
      )
    : describeValues('recruitmentClass', held(after));
  if (changes.length > 0)
    ctx.audit({
      action: before ? 'recruitmentClasses.update' : 'recruitmentClasses.create',
      entity: 'recruitment_class',
      entityId: id,
      summary: said('subject', { name: after.name }, changes),
    });
  return after;
}
