import { open, readFile, unlink } from 'node:fs/promises';
import * as path from 'node:path';
import { ApiError } from '../../../shared/contract/result';
import { FILE_MODE } from './file-modes';

export const LOCK_FILE_NAME = 'spring-breeze.lock';

/**
 * One process at a time owns a data folder: two would each save their own copy over the other's.
 * The lock file holds the owner's pid; a lock left by a process that no longer runs is taken over.
 */
export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', FILE_MODE);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(file).catch(() => undefined);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
      throw new ApiError('locked', 'e.locked', { params: { pid: owner, dataDir } });
    }
    await unlink(file).catch(() => undefined);
  }
  throw new ApiError('locked', 'e.locked', { params: { pid: '?', dataDir } });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
