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
 * files 0600; links are not followed). Returns how many entries it had to tighten: a folder made
 * before this rule, or a file copied in from elsewhere.
 */
export async function tightenFolder(dataDir: string): Promise<number> {
  if (!POSIX_MODES) return 0;
  let tightened = 0;
  const visit = async (entry: string): Promise<void> => {
    const s = await lstat(entry).catch(() => null);
    if (!s || s.isSymbolicLink()) return;
    const wanted = s.isDirectory() ? DIR_MODE : FILE_MODE;
    // Only group and other bits are taken away; the owner's own bits (an executable helper) stay.
    if ((s.mode & 0o077) !== 0) {
      await chmod(entry, (s.mode & 0o700) | (wanted & 0o700));
      tightened++;
    }
    if (s.isDirectory()) {
      for (const name of await readdir(entry).catch(() => [] as string[]))
        await visit(path.join(entry, name));
    }
  };
  await visit(dataDir);
  return tightened;
}
