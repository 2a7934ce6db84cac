import type { Database as SqlJsDatabase, SqlValue } from 'sql.js';

export type Params = Record<string, SqlValue> | SqlValue[];
export type Row = Record<string, SqlValue>;

/**
 * A thin synchronous wrapper over one sql.js database. The only place SQL statements are executed;
 * repositories build on it. Transactions are synchronous, so no await can ever happen inside one.
 */
export class Database {
  private inTransaction = false;

  constructor(readonly raw: SqlJsDatabase) {
    raw.exec('PRAGMA foreign_keys = ON');
  }

  all<T = Row>(sql: string, params: Params = []): T[] {
    const stmt = this.raw.prepare(sql);
    try {
      stmt.bind(params);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T = Row>(sql: string, params: Params = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  run(sql: string, params: Params = []): void {
    this.raw.run(sql, params);
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  /** Runs `fn` in one transaction: all of it is committed, or none of it. */
  transaction<T>(fn: () => T): T {
    if (this.inTransaction) return fn();
    this.raw.exec('BEGIN IMMEDIATE');
    this.inTransaction = true;
    try {
      const result = fn();
      this.raw.exec('COMMIT');
      return result;
    } catch (err) {
      this.raw.exec('ROLLBACK');
      throw err;
    } finally {
      this.inTransaction = false;
    }
  }

  get transactionOpen(): boolean {
    return this.inTransaction;
  }

  userVersion(): number {
    return Number(this.get<{ user_version: number }>('PRAGMA user_version')?.user_version ?? 0);
  }

  setUserVersion(version: number): void {
    this.raw.exec(`PRAGMA user_version = ${Math.trunc(version)}`);
  }

  /** `ok` when the file is sound; otherwise SQLite's list of problems. */
  quickCheck(): string {
    const rows = this.all<{ quick_check: string }>('PRAGMA quick_check');
    return rows.map((r) => r.quick_check).join('; ');
  }

  export(): Uint8Array {
    if (this.inTransaction) throw new Error('refusing to export while a transaction is open');
    return this.raw.export();
  }

  close(): void {
    this.raw.close();
  }
}
