import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import * as path from 'node:path';

/** The data folder and every folder in it: only the owner may list, enter or change them. */
export const DIR_MODE = 0o700;
/** Every file in the data folder: only the owner may read or write it. */
export const FILE_MODE = 0o600;

/**
 * POSIX permissions are what keep another user of the PC out of the data folder. On Windows they
 * mean nothing (Node maps them to the read-only flag): the folder lives under the user's own
 * `%APPDATA%`, whose ACL already admits only that user (and SYSTEM and administrators), and it is
 * left as it is.
 */
export const POSIX_MODES = process.platform !== 'win32';

/** Creates a folder (and missing parents) that only its owner can open. */
export async function makeOwnerDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
}

/**
 * Takes group and other permissions away from the data folder and everything in it (folders 0700,
 * files 0600; links are not followed). Returns the paths it had to tighten, relative to the folder
 * ('' for the folder itself): a folder made before this rule, or a file copied in from elsewhere.
 */
export async function tightenFolder(dataDir: string): Promise<string[]> {
  if (!POSIX_MODES) return [];
  const tightened: string[] = [];
  const visit = async (entry: string): Promise<void> => {
    const s = await lstat(entry).catch(() => null);
    if (!s || s.isSymbolicLink()) return;
    const wanted = s.isDirectory() ? DIR_MODE : FILE_MODE;
    // Only group and other bits are taken away; the owner's own bits (an executable helper) stay.
    if ((s.mode & 0o077) !== 0) {
      await chmod(entry, (s.mode & 0o700) | (wanted & 0o700));
      tightened.push(path.relative(dataDir, entry));
    }
    if (s.isDirectory()) {
      for (const name of await readdir(entry).catch(() => [] as string[]))
        await visit(path.join(entry, name));
    }
  };
  await visit(dataDir);
  return tightened;
}

/**
 * Whether what was tightened is worth a notice: the folder itself or the console's own files (the
 * database, journal, lock, copies kept aside, backups, staged uploads). The desktop app's browser
 * keeps its profile in the same folder and may create files of its own with looser modes at every
 * run: they are tightened without a word, so the notice comes once.
 */
export function worthANotice(tightened: readonly string[]): boolean {
  return tightened.some((p) => p === '' || /^(spring-breeze[^/\\]*|backups|imports)([/\\]|$)/.test(p));
}
