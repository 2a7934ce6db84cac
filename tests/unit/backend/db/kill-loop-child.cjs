// Child of the kill-loop test: opens the backend on a data folder and makes numbered changes,
// printing "ACK n" once change n is acknowledged (durable). The parent kills it at random moments.
'use strict';
const path = require('node:path');
const { Backend } = require(
  path.join(__dirname, '..', '..', '..', '..', 'dist', 'electron', 'backend', 'backend.js'),
);

const [dataDir, startArg] = process.argv.slice(2);
let n = Number(startArg);

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

async function main() {
  // Tiny checkpoint thresholds, so kills also land in the middle of checkpoints.
  const backend = await Backend.open({ dataDir, checkpointRecords: 5, checkpointBytes: 64 * 1024 });
  process.stdout.write('READY\n');
  for (;;) {
    const name = `E-${String(n).padStart(6, '0')}`;
    // Several changes in flight at once, so group commits happen too.
    const batch = [name, `${name}-b`].map((nm) =>
      backend.invoke('enterprises.save', { name: nm, notes: 'x'.repeat(n % 400), lines: [line(nm)] }),
    );
    const results = await Promise.all(batch);
    for (const r of results) if (!r.ok) throw new Error(JSON.stringify(r.error));
    process.stdout.write(`ACK ${n}\n`);
    n++;
  }
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + '\n');
  process.exit(1);
});
