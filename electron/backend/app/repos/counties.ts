import { randomUUID } from 'node:crypto';
import type { County } from '../../../../shared/contract/channels';
import type { Database } from '../../db/database';

export function listCounties(db: Database): County[] {
  const counties = db.all<{ id: string; code: string; name_zh: string; name_en: string }>(
    'SELECT id, code, name_zh, name_en FROM counties ORDER BY code',
  );
  const towns = db.all<{ id: string; county_id: string; name: string }>(
    'SELECT id, county_id, name FROM towns ORDER BY name',
  );
  return counties.map((c) => ({
    id: c.id,
    code: c.code,
    nameZh: c.name_zh,
    nameEn: c.name_en,
    towns: towns.filter((t) => t.county_id === c.id).map((t) => ({ id: t.id, name: t.name })),
  }));
}

/** Adds a town to a county unless it is already there; returns its id. */
export function ensureTown(db: Database, countyId: string, name: string): string {
  const existing = db.get<{ id: string }>('SELECT id FROM towns WHERE county_id = ? AND name = ?', [
    countyId,
    name,
  ]);
  if (existing) return existing.id;
  const id = randomUUID();
  db.run('INSERT INTO towns (id, county_id, name) VALUES (?, ?, ?)', [id, countyId, name]);
  return id;
}

export function countyIdByCode(db: Database, code: string): string | undefined {
  return db.get<{ id: string }>('SELECT id FROM counties WHERE code = ?', [code])?.id;
}
