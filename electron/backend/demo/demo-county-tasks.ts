import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';

/**
 * The prefecture's first-half tasks per county in the demo: a little over the enterprises' 6,800,
 * since not everyone delivered stays. Against the demo's 10 March they leave some counties ahead
 * of an even pace and some behind (Lichuan, Badong, Laifeng), as supervisors would see.
 */
export const DEMO_COUNTY_TASKS: Readonly<Record<string, number>> = {
  '422801': 1300,
  '422802': 1500,
  '422822': 850,
  '422823': 900,
  '422825': 700,
  '422826': 750,
  '422827': 650,
  '422828': 500,
};

export function loadDemoCountyTasks(db: Database, now: string): number {
  for (const [code, headcount] of Object.entries(DEMO_COUNTY_TASKS)) {
    db.run(
      `INSERT INTO county_tasks (id, county_code, headcount, period_start, period_end, notes, created_at, updated_at)
       VALUES (?, ?, ?, '2022-01-01', '2022-06-30', '', ?, ?)`,
      [randomUUID(), code, headcount, now, now],
    );
  }
  return Object.keys(DEMO_COUNTY_TASKS).length;
}
