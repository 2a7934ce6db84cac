import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { CountyTask, CountyTasksInput } from '../../../../shared/domain/county-tasks';
import type { Database } from '../../db/database';
import type { WriteContext } from '../../write-context';
import { part, said } from '../../audit/repos/audit';
import type { AuditPart } from '../../../../shared/domain/audit';

interface TaskRow {
  id: string;
  county_code: string;
  headcount: number;
  period_start: string;
  period_end: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const toTask = (r: TaskRow): CountyTask => ({
  id: r.id,
  countyCode: r.county_code,
  headcount: r.headcount,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function listCountyTasks(db: Database): CountyTask[] {
  return db
    .all<TaskRow>('SELECT * FROM county_tasks ORDER BY period_start, period_end, county_code')
    .map(toTask);
}

/**
 * Sets the tasks of one period, county by county: a headcount sets or changes the task, null
 * removes it; counties not listed keep theirs. One audit entry lists what changed.
 */
export function saveCountyTasks(
  db: Database,
  input: z.output<typeof CountyTasksInput>,
  { now, audit }: WriteContext,
): CountyTask[] {
  const changes: AuditPart[] = [];
  for (const t of input.tasks) {
    const existing = db.get<TaskRow>(
      'SELECT * FROM county_tasks WHERE county_code = ? AND period_start = ? AND period_end = ?',
      [t.countyCode, input.periodStart, input.periodEnd],
    );
    if (t.headcount === null) {
      if (!existing) continue;
      db.run('DELETE FROM county_tasks WHERE id = ?', [existing.id]);
      changes.push(part('task_removed', { county: t.countyCode, headcount: existing.headcount }));
    } else if (!existing) {
      db.run(
        `INSERT INTO county_tasks (id, county_code, headcount, period_start, period_end, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [randomUUID(), t.countyCode, t.headcount, input.periodStart, input.periodEnd, t.notes, now, now],
      );
      changes.push(part('task_set', { county: t.countyCode, headcount: t.headcount }));
    } else if (existing.headcount !== t.headcount || existing.notes !== t.notes) {
      db.run('UPDATE county_tasks SET headcount = ?, notes = ?, updated_at = ? WHERE id = ?', [
        t.headcount,
        t.notes,
        now,
        existing.id,
      ]);
      changes.push(part('task_changed', { county: t.countyCode, from: existing.headcount, to: t.headcount }));
    }
  }
  if (changes.length > 0) {
    audit({
      action: 'countyTasks.save',
      entity: 'county_tasks',
      entityId: null,
      summary: said('county_tasks', { from: input.periodStart, to: input.periodEnd }, changes),
    });
  }
  return listCountyTasks(db);
}
