import { describe, expect, it } from 'vitest';
import { insertRows, type BulkValue } from '../../../../electron/backend/db/bulk-insert';
import { loadSqlJs } from '../../../../electron/backend/db/sql';

const ROWS: BulkValue[][] = [
  [1, '易玲波', '', null, new Uint8Array([0, 1, 2, 255]), 3.25],
  [2, 'Zoë "quoted" \'single\' 𠀀 emoji 🚌', 'x'.repeat(5000), 7, new Uint8Array(0), 2 ** 40],
  [3, '', '巴东县野三关镇', -5, null, -0.5],
  [1, 'a repeated key, skipped', '', null, null, 0],
];

async function table() {
  const SQL = await loadSqlJs();
  const raw = new SQL.Database();
  raw.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT, c INTEGER, d BLOB, e REAL)');
  return { SQL, raw };
}

const INSERT = 'INSERT INTO t (k, a, b, c, d, e) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (k) DO NOTHING';

describe('insertRows', () => {
  it('writes text, blobs, numbers and nulls as sql.js does, and says which rows were skipped', async () => {
    const fast = await table();
    const slow = await table();
    const a = insertRows(fast.SQL, fast.raw, INSERT, ROWS.length, (i) => ROWS[i]!);
    // Without sql.js's module functions: its own statements.
    const b = insertRows(undefined, slow.raw, INSERT, ROWS.length, (i) => ROWS[i]!);
    expect([...a]).toEqual([1, 1, 1, 0]);
    expect([...b]).toEqual([1, 1, 1, 0]);
    const read = (raw: typeof fast.raw) =>
      raw.exec('SELECT k, a, b, c, d, e, typeof(b) FROM t ORDER BY k')[0]!.values;
    expect(read(fast.raw)).toEqual(read(slow.raw));
    expect(read(fast.raw)[0]).toEqual([1, '易玲波', '', null, new Uint8Array([0, 1, 2, 255]), 3.25, 'text']);
    expect(read(fast.raw)[1]![1]).toBe(ROWS[1]![1]);
    expect(read(fast.raw)[1]![5]).toBe(2 ** 40);
  });

  it('handles more rows than one chunk, telling how many are in after each', async () => {
    const { SQL, raw } = await table();
    const n = 10_000;
    const told: number[] = [];
    const changes = insertRows(
      SQL,
      raw,
      INSERT,
      n,
      (i) => [i + 1, `第${i}行`, String(i), i, null, i / 2],
      (done) => told.push(done),
    );
    expect(changes.every((c) => c === 1)).toBe(true);
    // The import's progress bar moves with these.
    expect(told).toEqual([4096, 8192, 10_000]);
    expect(
      raw.exec('SELECT COUNT(*), SUM(c), (SELECT a FROM t WHERE k = 10000) FROM t')[0]!.values[0],
    ).toEqual([n, (n * (n - 1)) / 2, '第9999行']);
  });

  it("throws SQLite's message on a constraint failure and leaves the statement usable", async () => {
    const { SQL, raw } = await table();
    expect(() =>
      insertRows(SQL, raw, INSERT, 2, (i) => [i + 1, i === 1 ? null : 'ok', '', 0, null, 0]),
    ).toThrow(/NOT NULL constraint failed: t\.a/);
    expect(raw.exec('SELECT COUNT(*) FROM t')[0]!.values[0]).toEqual([1]);
    insertRows(SQL, raw, INSERT, 1, () => [5, 'after', '', 0, null, 0]);
    expect(raw.exec('SELECT COUNT(*) FROM t')[0]!.values[0]).toEqual([2]);
  });
});
