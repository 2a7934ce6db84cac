import { translate } from '../../../shared/i18n';
import { CliError } from '../output';
import { signIn } from '../sign-in';

/** Opens the database (recovering it if needed), runs SQLite's integrity check and prints table counts. */
export async function checkCommand(dataDir: string, user: string | undefined): Promise<void> {
  const session = await signIn(dataDir, user);
  const { backend } = session;
  try {
    const { db, dbFile } = backend.store;
    for (const n of backend.store.notices) {
      console.log(
        `Notice: ${translate('en', `notice.${n.kind}`, { file: n.file ?? '', damagedCopy: n.damagedCopy ?? '' })}`,
      );
    }
    const integrity = db
      .all<{ integrity_check: string }>('PRAGMA integrity_check')
      .map((r) => r.integrity_check)
      .join('; ');
    const size = await backend.store.fileSize();
    console.log(`Database: ${dbFile} (${(size / 1024).toFixed(0)} KiB, schema version ${db.userVersion()})`);
    console.log(`Integrity: ${integrity}`);
    const tables = db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    );
    const width = Math.max(...tables.map((t) => t.name.length));
    console.log('Tables:');
    for (const { name } of tables) {
      const n = db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM "${name.replace(/"/g, '""')}"`)?.n ?? 0;
      console.log(`  ${name.padEnd(width)}  ${String(n).padStart(8)}`);
    }
    if (integrity !== 'ok') throw new CliError('The integrity check found problems.', 2);
  } finally {
    await session.close();
  }
}
