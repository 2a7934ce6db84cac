/**
 * Runs in a worker thread (bundled for it by the corpus test): opens a backend on its own data
 * folder and puts each file it is sent through the import's real path (stage, imports.inspect,
 * imports.preview), reporting the outcome, any write and any change to the built-in prototypes.
 * The test watches the time each file takes and ends a worker that hangs.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { Backend } from '../../../../electron/backend/backend';
import type { Result } from '../../../../shared/contract/result';
import { rowsDigest, writeWitness } from './db-digest';
import { prototypeChanges, prototypeSnapshot } from './prototypes';

export type CorpusRequest = { type: 'file'; index: number; name: string; file: string } | { type: 'finish' };

export type Outcome = 'read' | 'refused' | 'crash';

export type CorpusReply =
  | { type: 'ready'; digest: string }
  | {
      type: 'done';
      index: number;
      outcome: Outcome;
      detail: string;
      polluted: string[];
      wrote: boolean;
    }
  | { type: 'finished'; digest: string };

function outcomeOf(result: Result<unknown>): { outcome: Outcome; detail: string } {
  if (result.ok) return { outcome: 'read', detail: '' };
  const detail = `${result.error.code} ${result.error.message} ${JSON.stringify(result.error.params ?? {})}`;
  return { outcome: result.error.code === 'internal' ? 'crash' : 'refused', detail };
}

async function main(): Promise<void> {
  const port = parentPort!;
  const { dataDir, key } = workerData as { dataDir: string; key: Uint8Array | null };
  // With a key, each file is staged encrypted and read back through the decryption.
  const backend = await Backend.open({ dataDir, ...(key ? { key } : {}) });
  const db = () => backend.store.db;
  const prototypes = prototypeSnapshot();
  port.postMessage({ type: 'ready', digest: rowsDigest(db()) } satisfies CorpusReply);

  port.on('message', (msg: CorpusRequest) => {
    void (async () => {
      if (msg.type === 'finish') {
        const digest = rowsDigest(db());
        await backend.close();
        port.postMessage({ type: 'finished', digest } satisfies CorpusReply);
        return;
      }
      const witness = writeWitness(db(), dataDir);
      let reply: { outcome: Outcome; detail: string };
      try {
        const staged = await backend.imports.staging.stageBytes(msg.name, readFileSync(msg.file));
        const inspected = await backend.invoke('imports.inspect', { fileId: staged.fileId });
        reply = outcomeOf(inspected);
        if (reply.outcome === 'read') {
          reply = outcomeOf(
            await backend.invoke('imports.preview', { fileId: staged.fileId, countyCode: '422823' }),
          );
        }
        await backend.imports.staging.discard(staged.fileId);
      } catch (err) {
        // invoke never throws: anything caught here is a crash of the backend itself.
        reply = { outcome: 'crash', detail: `threw: ${err instanceof Error ? err.stack : String(err)}` };
      }
      port.postMessage({
        type: 'done',
        index: msg.index,
        ...reply,
        polluted: prototypeChanges(prototypes),
        wrote: writeWitness(db(), dataDir) !== witness,
      } satisfies CorpusReply);
    })();
  });
}

void main();
