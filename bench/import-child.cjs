// One import scenario of the import benchmark, alone in its own process, so that its peak memory
// (process.resourceUsage().maxRSS, which the kernel keeps: no sampling can miss the peak) is its own.
// Runs the built backend (dist/) as the app does, with the output check off (the app as shipped).
// Argument: JSON { dataDir, file, countyCode, enterprises? }. Opens the data folder, saves the
// enterprises if given, then reads the file from disk, stages, previews and commits it, closes the
// backend and prints one line of JSON with the times, the counts and the peak RSS.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const DIST = path.join(__dirname, '..', 'dist', 'electron', 'backend', 'backend.js');
const { Backend } = require(DIST);

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

async function ok(pending) {
  const r = await pending;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
}

async function main() {
  const { dataDir, file, countyCode, enterprises = [] } = JSON.parse(process.argv[2]);
  const backend = await Backend.open({ dataDir, checkOutputs: false });
  const openedMb = maxRssMb();
  for (const name of enterprises) await ok(backend.invoke('enterprises.save', { name, lines: [] }));

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = fs.readFileSync(file);
  const staged = await backend.imports.staging.stageBytes(path.basename(file), bytes);
  const t1 = performance.now();
  const preview = await ok(backend.invoke('imports.preview', { fileId: staged.fileId, countyCode }));
  const t2 = performance.now();
  const result = await ok(backend.invoke('imports.commit', { previewId: preview.previewId }));
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const importMb = maxRssMb();
  await backend.close();
  process.stdout.write(
    `${JSON.stringify({
      ms: t3 - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      phases: { read: t1 - t0, preview: t2 - t1, commit: t3 - t2 },
      counts: result.counts,
      /** Peak RSS once the database is open, before the import: what holding the database costs. */
      openedMb,
      /** Peak RSS by the end of the commit: the scenario's peak. */
      peakMb: importMb,
    })}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
