import type { AccountInfo } from '../../../shared/domain/accounts';

/**
 * Who is signed in to this console process (one PC, one person at a time), and when they last
 * did something. Past the idle time the session locks: the account is remembered, and its
 * password (or another account's) opens it again. The backend stays open meanwhile.
 */
export class Session {
  private account: AccountInfo | null = null;
  private lockedName: string | null = null;
  private lastActive = 0;

  constructor(private readonly clock: () => Date) {}

  signIn(account: AccountInfo): void {
    this.account = account;
    this.lockedName = null;
    this.touch();
  }

  signOut(): void {
    this.account = null;
    this.lockedName = null;
  }

  lock(): void {
    if (!this.account) return;
    this.lockedName = this.account.name;
    this.account = null;
  }

  /** The signed-in account; locks first when nothing was asked for in `idleMinutes`. */
  current(idleMinutes: number): AccountInfo | null {
    if (this.account && this.clock().getTime() - this.lastActive > idleMinutes * 60_000) this.lock();
    return this.account;
  }

  /** The account whose session locked, until someone signs in or out. */
  get locked(): string | null {
    return this.lockedName;
  }

  /** A request was made: the idle time starts again. */
  touch(): void {
    this.lastActive = this.clock().getTime();
  }

  /** An admin changed the account (role, reveal): the session follows at once. */
  update(account: AccountInfo): void {
    if (this.account?.name === account.name) this.account = account;
  }
}
