import { nodeFs, type WriteFs } from '../../../electron/backend/db/durable-write';

export function fsError(code: string, syscall = 'rename'): NodeJS.ErrnoException {
  const err = new Error(`${code}: simulated failure, ${syscall}`) as NodeJS.ErrnoException;
  err.code = code;
  err.syscall = syscall;
  return err;
}

/**
 * The real file system, except that the two ways a change reaches the disk (a journal append, and
 * the rename that ends a checkpoint or backup) fail with `writeError` while it is set, and wait
 * while `hold()` is in force. Lets a test open a backend normally, then make its next saves slow
 * or failing.
 */
export class FaultyFs implements WriteFs {
  writeError: NodeJS.ErrnoException | null = null;
  /** When set, `writeError` applies only from this write on (numbered from 1). */
  failWritesFrom: number | null = null;
  /** Journal appends and renames started so far (including failed ones). */
  writes = 0;
  /** Journal appends started so far. */
  appends = 0;
  private held: Promise<void> | null = null;

  /** Whether appends and renames are waiting for hold()'s release. */
  get holding(): boolean {
    return this.held !== null;
  }

  /** Makes appends and renames wait until the returned function is called. */
  hold(): () => void {
    let release!: () => void;
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  private async gate(): Promise<void> {
    const n = ++this.writes;
    if (this.held) await this.held;
    if (this.writeError && (this.failWritesFrom === null || n >= this.failWritesFrom)) throw this.writeError;
  }

  async open(file: string, flags: string, mode?: number) {
    if (flags === 'a') {
      this.appends++;
      await this.gate();
    }
    return nodeFs.open(file, flags, mode);
  }

  async rename(from: string, to: string): Promise<void> {
    await this.gate();
    return nodeFs.rename(from, to);
  }

  unlink(file: string) {
    return nodeFs.unlink(file);
  }
}
