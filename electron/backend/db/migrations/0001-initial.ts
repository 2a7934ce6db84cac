import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

/** Version 1: settings, audit log, counties (the prefecture's eight, as reference data), towns, enterprises and demand lines. */
export const m0001Initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        summary TEXT NOT NULL
      );
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
      CREATE TABLE counties (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL
      );
      CREATE TABLE towns (
        id TEXT PRIMARY KEY,
        county_id TEXT NOT NULL REFERENCES counties(id),
        name TEXT NOT NULL,
        UNIQUE (county_id, name)
      );
      CREATE TABLE enterprises (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        short_name TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX enterprises_name ON enterprises(name);
      CREATE TABLE demand_lines (
        id TEXT PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprises(id),
        sort_order INTEGER NOT NULL DEFAULT 0,
        post TEXT NOT NULL,
        headcount INTEGER NOT NULL CHECK (headcount >= 0),
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        shift_pattern TEXT NOT NULL,
        pay_min INTEGER,
        pay_max INTEGER,
        board_lodging TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (period_end >= period_start)
      );
      CREATE INDEX demand_lines_enterprise ON demand_lines(enterprise_id);
    `);
    const counties: [string, string, string][] = [
      ['422801', '恩施市', 'Enshi City'],
      ['422802', '利川市', 'Lichuan City'],
      ['422822', '建始县', 'Jianshi County'],
      ['422823', '巴东县', 'Badong County'],
      ['422825', '宣恩县', "Xuan'en County"],
      ['422826', '咸丰县', 'Xianfeng County'],
      ['422827', '来凤县', 'Laifeng County'],
      ['422828', '鹤峰县', 'Hefeng County'],
    ];
    for (const [code, zh, en] of counties) {
      db.run('INSERT INTO counties (id, code, name_zh, name_en) VALUES (?, ?, ?, ?)', [
        randomUUID(),
        code,
        zh,
        en,
      ]);
    }
  },
};
