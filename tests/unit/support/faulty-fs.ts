import { nodeFs, type WriteFs } from '../../../electron/backend/db/durable-write';

export function fsError(code: string, syscall = 'rename'): NodeJS.ErrnoException {
  const err = new Error(`${code}: simulated failure, ${syscall}`) as NodeJS.ErrnoException;
  err.code = code;
  err.syscall = syscall;
  return err;
}

/**
 * The real file system, except that renames fail with `renameError` while it is set, and wait
 * while `hold()` is in force. Lets a test open a backend normally, then make its next saves slow
 * or failing.
 */
export class FaultyFs implements WriteFs {
  renameError: NodeJS.ErrnoException | null = null;
  /** When set, `renameError` applies only from this rename on (numbered from 1). */
  failRenamesFrom: number | null = null;
  /** Renames started so far (including failed ones). */
  renames = 0;
  private held: Promise<void> | null = null;

  /** Makes renames wait until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  open(file: string, flags: string) {
    return nodeFs.open(file, flags);
  }

  async rename(from: string, to: string): Promise<void> {
    const n = ++this.renames;
    if (this.held) await this.held;
    if (this.renameError && (this.failRenamesFrom === null || n >= this.failRenamesFrom))
      throw this.renameError;
    return nodeFs.rename(from, to);
  }

  unlink(file: string) {
    return nodeFs.unlink(file);
  }
}
