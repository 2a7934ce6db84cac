import type { Database } from '../database';

/** One schema step. Files are append-only: never edit a migration that has shipped; add the next. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
