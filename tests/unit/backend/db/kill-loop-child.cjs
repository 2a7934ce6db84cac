// Child of the kill-loop test. It loads the built backend, says "LOADED", and waits for one line on
// stdin, "GO <data folder> <first change number> <data key in hex, or empty>", so the parent can start it (and pay for loading the modules)
// while the previous child is still running. Then it opens the backend on the data folder and makes
// numbered changes: change n is an import of a small generated roster (an imports.preview and an
// imports.commit; the larger ones take the store's bulk path, saved by a checkpoint) when n % 3 === 2,
// otherwise two enterprises saved at once. It prints "ACK n" once
// change n is acknowledged (durable), and marks what it is doing ("OPEN", "SAVE n", "IMPORT n",
// "CHECKPOINT", "CHECKPOINTED") so the parent can tell where each kill landed. stdout is a pipe, so
// each line is written synchronously before the work it announces.
'use strict';
const path = require('node:path');
const readline = require('node:readline');

const DIST = path.join(__dirname, '..', '..', '..', '..', 'dist');
const { Backend } = require(path.join(DIST, 'electron', 'backend', 'backend.js'));
const { idCheckChar } = require(path.join(DIST, 'shared', 'domain', 'id-number.js'));

const say = (text) => process.stdout.write(`${text}\n`);

const isImport = (n) => n % 3 === 2;
/** Rows in change n's roster: 10 to 49, so some commits are quick and some are not. */
const rowsOf = (n) => 10 + ((n * 7) % 40);
const fileNameOf = (n) => `kill-import-${String(n).padStart(6, '0')}.csv`;
/**
 * A batch of more statements than this is saved by a checkpoint instead of the journal (the store's
 * bulk path, 20,000 statements in the app): here imports of more than 30 people (3 statements each).
 */
const BULK_STATEMENTS = 90;
const isBulk = (n) => rowsOf(n) * 3 > BULK_STATEMENTS;

/** A resident ID unique to (change, row): Badong's region code, a birth date from n, the row as sequence. */
function idNumber(n, row) {
  const birth = new Date(Date.UTC(1975, 0, 1) + n * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `422823${birth}${String(row).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

const NAMES = ['易玲波', '易辉', '田静平', '向敏', '谭文华', '邓春梅', '黄大军', '覃小红'];
const TOWNS = ['东瀼口镇', '野三关镇', '大支坪镇'];

function roster(n) {
  const lines = ['姓名,身份证号码,联系电话,乡镇,报名日期'];
  for (let r = 0; r < rowsOf(n); r++) {
    const phone = `137${String(n % 100_000).padStart(5, '0')}${String(r).padStart(3, '0')}`;
    lines.push(`${NAMES[r % NAMES.length]},${idNumber(n, r)},${phone},${TOWNS[r % TOWNS.length]},2022/2/9`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

function line(name) {
  return {
    post: '普工',
    headcount: 10 + (name.length % 7),
    periodStart: '2022-01-01',
    periodEnd: '2022-06-30',
    shiftPattern: 'long_day',
    payMin: 4000,
    payMax: 5000,
  };
}

function unwrap(result) {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data;
}

async function save(backend, n) {
  const name = `E-${String(n).padStart(6, '0')}`;
  // Several changes in flight at once, so group commits happen too.
  const results = await Promise.all(
    [name, `${name}-b`].map((nm) =>
      backend.invoke('enterprises.save', { name: nm, notes: 'x'.repeat(n % 400), lines: [line(nm)] }),
    ),
  );
  for (const r of results) unwrap(r);
}

async function importRoster(backend, n) {
  const staged = await backend.imports.staging.stageBytes(fileNameOf(n), roster(n));
  const preview = unwrap(
    await backend.invoke('imports.preview', { fileId: staged.fileId, countyCode: '422823', year: 2022 }),
  );
  if (preview.counts.imported !== rowsOf(n)) {
    throw new Error(`change ${n}: the preview would import ${preview.counts.imported} of ${rowsOf(n)} rows`);
  }
  unwrap(await backend.invoke('imports.commit', { previewId: preview.previewId }));
}

async function run(dataDir, first, key) {
  say('OPEN');
  // Tiny checkpoint thresholds, so kills also land in the middle of checkpoints.
  const backend = await Backend.open({
    dataDir,
    ...(key ? { key } : {}),
    checkpointRecords: 5,
    checkpointBytes: 64 * 1024,
    bulkStatements: BULK_STATEMENTS,
  });
  if (backend.store.notices.length > 0)
    throw new Error(`opened with ${JSON.stringify(backend.store.notices)}`);
  const checkpoint = backend.store.checkpoint.bind(backend.store);
  backend.store.checkpoint = async () => {
    say('CHECKPOINT');
    await checkpoint();
    say('CHECKPOINTED');
  };
  say('READY');
  for (let n = first; ; n++) {
    if (isImport(n)) {
      say(`IMPORT ${n}${isBulk(n) ? ' bulk' : ''}`);
      await importRoster(backend, n);
    } else {
      say(`SAVE ${n}`);
      await save(backend, n);
    }
    say(`ACK ${n}`);
  }
}

say('LOADED');
const input = readline.createInterface({ input: process.stdin });
input.once('line', (text) => {
  input.close();
  const [verb, dataDir, first, keyHex] = text.split('\t');
  if (verb !== 'GO') throw new Error(`unexpected command: ${text}`);
  const key = keyHex ? new Uint8Array(Buffer.from(keyHex, 'hex')) : undefined;
  run(dataDir, Number(first), key).catch((err) => {
    process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
    process.exit(1);
  });
});
