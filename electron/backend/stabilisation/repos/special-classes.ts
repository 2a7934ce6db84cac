import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import type {
  ClassMember,
  SpecialClass,
  SpecialClassInput,
  StaffRole,
} from '../../../../shared/domain/special-classes';
import type { Database } from '../../db/database';
import { describeChanges, part, said } from '../../audit/repos/audit';
import { assertEnterprise } from '../../seekers/repos/seekers';
import type { WriteContext } from '../../write-context';

type ClassInput = z.output<typeof SpecialClassInput>;

interface ClassRow {
  id: string;
  name: string;
  enterprise_id: string;
  enterprise_name: string;
  start_date: string;
  end_date: string | null;
  notes: string;
  updated_at: string;
}

interface MemberRow {
  id: string;
  class_id: string;
  name: string;
  county_code: string;
  role: StaffRole;
  start_date: string;
  end_date: string | null;
}

const toMember = (m: MemberRow): ClassMember => ({
  id: m.id,
  name: m.name,
  countyCode: m.county_code,
  role: m.role,
  startDate: m.start_date,
  endDate: m.end_date,
});

/** Every class with its staff, by enterprise name. */
export function listClasses(db: Database): SpecialClass[] {
  const members = new Map<string, ClassMember[]>();
  for (const m of db.all<MemberRow>(
    'SELECT id, class_id, name, county_code, role, start_date, end_date FROM class_members ORDER BY class_id, position',
  )) {
    const list = members.get(m.class_id) ?? [];
    list.push(toMember(m));
    members.set(m.class_id, list);
  }
  return db
    .all<ClassRow>(
      `SELECT c.id, c.name, c.enterprise_id, e.name AS enterprise_name, c.start_date, c.end_date, c.notes, c.updated_at
       FROM special_classes c JOIN enterprises e ON e.id = c.enterprise_id ORDER BY c.start_date, c.name`,
    )
    .map((c) => ({
      id: c.id,
      name: c.name,
      enterpriseId: c.enterprise_id,
      enterpriseName: c.enterprise_name,
      startDate: c.start_date,
      endDate: c.end_date,
      notes: c.notes,
      members: members.get(c.id) ?? [],
      updatedAt: c.updated_at,
    }));
}

export function getClass(db: Database, id: string): SpecialClass {
  const found = listClasses(db).find((c) => c.id === id);
  if (!found) throw new ApiError('not_found', 'e.not_found');
  return found;
}

/** A staff member as the audit log lists them when the staff change: name and dates (no codes to translate). */
const staffLine = (m: { name: string; startDate: string; endDate: string | null }) =>
  `${m.name} ${m.startDate}–${m.endDate ?? ''}`;

/**
 * Creates or replaces a class and its staff list. Staff keep their ids when given them, so an
 * edit reads in the audit log as the change it was.
 */
export function saveClass(db: Database, input: ClassInput, ctx: WriteContext): SpecialClass {
  assertEnterprise(db, input.enterpriseId, 'enterpriseId');
  const before = input.id ? getClass(db, input.id) : null;
  const id = input.id ?? randomUUID();
  if (before) {
    db.run(
      `UPDATE special_classes SET name = ?, enterprise_id = ?, start_date = ?, end_date = ?, notes = ?, updated_at = ?
       WHERE id = ?`,
      [input.name, input.enterpriseId, input.startDate, input.endDate, input.notes, ctx.now, id],
    );
    db.run('DELETE FROM class_members WHERE class_id = ?', [id]);
  } else {
    db.run(
      `INSERT INTO special_classes (id, name, enterprise_id, start_date, end_date, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.name, input.enterpriseId, input.startDate, input.endDate, input.notes, ctx.now, ctx.now],
    );
  }
  input.members.forEach((m, position) => {
    db.run(
      `INSERT INTO class_members (id, class_id, position, name, county_code, role, start_date, end_date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [m.id ?? randomUUID(), id, position, m.name, m.countyCode, m.role, m.startDate, m.endDate],
    );
  });
  const after = getClass(db, id);
  const view = (c: SpecialClass) => ({
    name: c.name,
    enterprise: c.enterpriseName,
    startDate: c.startDate,
    endDate: c.endDate,
    notes: c.notes,
    staff: c.members.map(staffLine),
  });
  if (!before) {
    ctx.audit({
      action: 'classes.create',
      entity: 'special_class',
      entityId: id,
      summary: said(
        'class_created',
        { name: after.name, enterprise: after.enterpriseName, from: after.startDate },
        after.members.map((m) =>
          part('member', { name: m.name, county: m.countyCode, role: m.role, from: m.startDate }),
        ),
      ),
    });
    return after;
  }
  const changes = describeChanges('class', view(before), view(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'classes.update',
      entity: 'special_class',
      entityId: id,
      summary: said('subject', { name: after.name }, changes),
    });
  return after;
}
