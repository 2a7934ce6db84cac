import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { BACKUP_NAME, type BackupInfo } from '../../../shared/domain/backups';
import { writeFileDurably } from './durable-write';
import { makeOwnerDir } from './file-modes';

export const KEEP_LATEST = 10;
/** Manual backups rotate too (each is a whole copy of the people's data), by their own count. */
export const KEEP_MANUAL = 10;
export const KEEP_DAILY_DAYS = 7;

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `spring-breeze-20260211-083015-123.sqlite`, in UTC so names sort by time on every PC. */
export function backupName(at: Date, reason?: string): string {
  const stamp =
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-` +
    `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}-${pad(at.getUTCMilliseconds(), 3)}`;
  return `spring-breeze-${stamp}${reason ? `-${reason}` : ''}.sqlite`;
}

export function backupTime(name: string): Date | null {
  const m = /^spring-breeze-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})/.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!));
}

/** Backups, newest first. */
export async function listBackups(dataDir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(backupDir(dataDir));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const infos: BackupInfo[] = [];
  for (const name of names) {
    const at = BACKUP_NAME.test(name) ? backupTime(name) : null;
    if (!at) continue;
    const stat = await fs.stat(path.join(backupDir(dataDir), name)).catch(() => null);
    if (!stat?.isFile()) continue;
    infos.push({ name, createdAt: at.toISOString(), size: stat.size });
  }
  return infos.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/**
 * Which backups rotation keeps: the newest KEEP_MANUAL manual ones, the newest KEEP_LATEST
 * automatic ones, plus the newest of each of the last KEEP_DAILY_DAYS days (UTC days, counting today).
 */
export function backupsToKeep(backups: readonly BackupInfo[], now: Date): Set<string> {
  const sorted = [...backups].sort((a, b) => (a.name < b.name ? 1 : -1));
  const isManual = (b: BackupInfo) => b.name.endsWith('-manual.sqlite');
  const keep = new Set(
    sorted
      .filter(isManual)
      .slice(0, KEEP_MANUAL)
      .map((b) => b.name),
  );
  for (const b of sorted.filter((x) => !isManual(x)).slice(0, KEEP_LATEST)) keep.add(b.name);
  const oldestDay =
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (KEEP_DAILY_DAYS - 1) * 86_400_000;
  const seenDays = new Set<string>();
  for (const b of sorted) {
    const at = new Date(b.createdAt);
    if (at.getTime() < oldestDay) continue;
    const day = b.createdAt.slice(0, 10);
    if (seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(b.name);
  }
  return keep;
}

export async function rotateBackups(dataDir: string, now: Date): Promise<string[]> {
  const all = await listBackups(dataDir);
  const keep = backupsToKeep(all, now);
  const removed: string[] = [];
  for (const b of all) {
    if (keep.has(b.name)) continue;
    await fs.unlink(path.join(backupDir(dataDir), b.name)).catch(() => undefined);
    removed.push(b.name);
  }
  return removed;
}

export async function writeBackup(
  dataDir: string,
  bytes: Uint8Array | Iterable<Uint8Array>,
  now: Date,
  reason?: string,
): Promise<BackupInfo> {
  await makeOwnerDir(backupDir(dataDir));
  let at = now;
  let name = backupName(at, reason);
  // Two backups in the same millisecond: nudge the later one so neither is overwritten.
  while (await fileExists(path.join(backupDir(dataDir), name))) {
    at = new Date(at.getTime() + 1);
    name = backupName(at, reason);
  }
  const file = path.join(backupDir(dataDir), name);
  await writeFileDurably(file, bytes);
  await rotateBackups(dataDir, now);
  const size = bytes instanceof Uint8Array ? bytes.byteLength : (await fs.stat(file)).size;
  return { name, createdAt: at.toISOString(), size };
}

async function fileExists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
