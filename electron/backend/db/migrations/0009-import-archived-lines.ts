import type { Migration } from './migration';

/**
 * Version 9: a demand import may replace lines it overlaps (shared/domain/demand-overlap.ts). It
 * archives them rather than deleting them, and lists them among its batch items as
 * `archived_line`, so that undoing the batch brings them back. SQLite cannot alter a CHECK, so the
 * items table is rebuilt with the new kind allowed.
 */
export const m0009ImportArchivedLines: Migration = {
  version: 9,
  name: 'import-archived-lines',
  up(db) {
    db.exec(`
      CREATE TABLE import_batch_items_new (
        batch_id TEXT NOT NULL REFERENCES import_batches(id),
        entity TEXT NOT NULL CHECK (entity IN ('enterprise', 'demand_line', 'archived_line')),
        entity_id TEXT NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)
      );
      INSERT INTO import_batch_items_new (batch_id, entity, entity_id)
        SELECT batch_id, entity, entity_id FROM import_batch_items;
      DROP TABLE import_batch_items;
      ALTER TABLE import_batch_items_new RENAME TO import_batch_items;
    `);
  },
};
