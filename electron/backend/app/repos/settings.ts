import {
  DEFAULT_SETTINGS,
  effectiveAsOf,
  Settings,
  type SettingsPatch,
} from '../../../../shared/domain/settings';
import type { Database } from '../../db/database';

export function readSettings(db: Database): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of db.all<{ key: string; value: string }>('SELECT key, value FROM settings')) {
    try {
      stored[row.key] = JSON.parse(row.value);
    } catch {
      /* a value no longer readable falls back to its default */
    }
  }
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: Database, patch: SettingsPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    db.run(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      [key, JSON.stringify(value)],
    );
  }
}

/** The date the figures are counted as of: the one set in Settings, or today. */
export function figuresAsOf(db: Database, now: string): string {
  return effectiveAsOf(readSettings(db), new Date(now));
}
