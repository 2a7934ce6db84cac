import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiError } from '../../../../shared/contract/result';
import type { SupplyItem } from '../../../../shared/domain/transport/trip';
import type { SupplyItemInput } from '../../../../shared/domain/transport/trip-input';
import type { Database } from '../../db/database';
import { describeChanges, said } from '../../audit/repos/audit';
import { fieldError } from '../../seekers/repos/seekers';
import type { WriteContext } from '../../write-context';

type SupplyItemParsed = z.output<typeof SupplyItemInput>;

interface DbSupplyItem {
  id: string;
  name_zh: string;
  name_en: string;
  unit: string;
  sort_order: number;
  archived: number;
}

const toItem = (r: DbSupplyItem): SupplyItem => ({
  id: r.id,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  unit: r.unit,
  sortOrder: r.sort_order,
  archived: r.archived === 1,
});

export function listSupplyItems(db: Database, includeArchived: boolean): SupplyItem[] {
  return db
    .all<DbSupplyItem>(
      `SELECT id, name_zh, name_en, unit, sort_order, archived FROM supply_items
       ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY sort_order, name_zh`,
    )
    .map(toItem);
}

function findItem(db: Database, id: string): SupplyItem | undefined {
  const r = db.get<DbSupplyItem>(
    'SELECT id, name_zh, name_en, unit, sort_order, archived FROM supply_items WHERE id = ?',
    [id],
  );
  return r ? toItem(r) : undefined;
}

/** Adds an item to the list or edits one; an item issued on trips is archived, never deleted. */
export function saveSupplyItem(db: Database, input: SupplyItemParsed, ctx: WriteContext): SupplyItem {
  const clash = db.get<{ id: string }>('SELECT id FROM supply_items WHERE name_zh = ?', [input.nameZh]);
  if (clash && clash.id !== input.id) throw fieldError('nameZh', 'v.supply_name_taken');
  if (input.id === null) {
    const id = randomUUID();
    const order = db.get<{ n: number }>('SELECT COALESCE(MAX(sort_order), 0) + 1 AS n FROM supply_items')!.n;
    db.run(
      `INSERT INTO supply_items (id, name_zh, name_en, unit, sort_order, archived, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, input.nameZh, input.nameEn, input.unit, order, input.archived ? 1 : 0, ctx.now, ctx.now],
    );
    ctx.audit({
      action: 'supplies.save',
      entity: 'supply_item',
      entityId: id,
      summary: said('supply_created', { name: input.nameZh }),
    });
    return findItem(db, id)!;
  }
  const before = findItem(db, input.id);
  if (!before) throw new ApiError('not_found', 'e.not_found');
  db.run(
    'UPDATE supply_items SET name_zh = ?, name_en = ?, unit = ?, archived = ?, updated_at = ? WHERE id = ?',
    [input.nameZh, input.nameEn, input.unit, input.archived ? 1 : 0, ctx.now, input.id],
  );
  const after = findItem(db, input.id)!;
  const view = ({ nameZh, nameEn, unit, archived }: SupplyItem) => ({ nameZh, nameEn, unit, archived });
  const changes = describeChanges('supply', view(before), view(after));
  if (changes.length > 0)
    ctx.audit({
      action: 'supplies.save',
      entity: 'supply_item',
      entityId: input.id,
      summary: said('subject', { name: after.nameZh }, changes),
    });
  return after;
}

/** Items that exist (archived ones included: a trip may still list one it was issued before). */
export function assertSupplyItems(db: Database, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const found = db.get<{ n: number }>(
    `SELECT COUNT(*) AS n FROM supply_items WHERE id IN (${ids.map(() => '?').join(',')})`,
    [...ids],
  )!.n;
  if (found !== new Set(ids).size) throw fieldError('supplies', 'v.supply_unknown');
}
