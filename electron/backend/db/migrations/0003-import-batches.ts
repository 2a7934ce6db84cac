import type { Migration } from './migration';

/**
 * Version 3: import batches. Every import is one batch: file, sheet, operator, time and counts,
 * and the problem rows (original cells and what is wrong), so they can be downloaded again later.
 * People a batch registers carry it as their registration's `source` (`import:<batch id>`);
 * enterprises and demand lines it creates are listed in `import_batch_items`. Both let the whole
 * batch be undone while nothing later depends on it.
 */
export const m0003ImportBatches: Migration = {
  version: 3,
  name: 'import-batches',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('seekers', 'demand')),
        file_name TEXT NOT NULL,
        sheet TEXT NOT NULL,
        county_code TEXT,
        operator TEXT NOT NULL,
        created_at TEXT NOT NULL,
        rows INTEGER NOT NULL,
        imported INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        duplicates INTEGER NOT NULL,
        warnings INTEGER NOT NULL,
        normalised INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'undone')),
        undone_at TEXT,
        undone_by TEXT,
        problem_rows INTEGER NOT NULL DEFAULT 0,
        problem_file TEXT
      );
      CREATE INDEX import_batches_created ON import_batches(created_at);
      CREATE TABLE import_batch_items (
        batch_id TEXT NOT NULL REFERENCES import_batches(id),
        entity TEXT NOT NULL CHECK (entity IN ('enterprise', 'demand_line')),
        entity_id TEXT NOT NULL,
        PRIMARY KEY (batch_id, entity, entity_id)
      );
      CREATE INDEX registrations_source ON registrations(source);
    `);
  },
};
