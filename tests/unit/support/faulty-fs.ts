import { nodeFs, type WriteFs } from '../../../electron/backend/db/durable-write';

export function fsError(code: string, syscall = 'rename'): NodeJS.ErrnoException {
  const err = new Error(`${code}: simulated failure, ${syscall}`) as NodeJS.ErrnoException;
  err.code = code;
  err.syscall = syscall;
  return err;
}

/**
 * The real file system, except that renames fail with `renameError` while it is set. Lets a test
 * open a backend normally and then make its next saves fail.
 */
export class FaultyFs implements WriteFs {
  renameError: NodeJS.ErrnoException | null = null;
  renames = 0;

  open(file: string, flags: string) {
    return nodeFs.open(file, flags);
  }

  async rename(from: string, to: string): Promise<void> {
    this.renames++;
    if (this.renameError) throw this.renameError;
    return nodeFs.rename(from, to);
  }

  unlink(file: string) {
    return nodeFs.unlink(file);
  }
}
