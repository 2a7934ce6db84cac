import { parentPort, workerData } from 'node:worker_threads';
import { Gate } from './auth/gate';
import { toErrorBody } from './backend';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';

/**
 * Entry point of the backend worker thread: every request goes through the sign-in gate, which
 * opens the store with the data key once somebody signs in.
 */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('worker.ts must run in a worker thread');
  const send = (msg: FromWorker) => port.postMessage(msg);
  const init = workerData as WorkerInit;
  let backend: Gate;
  try {
    backend = await Gate.open({ dataDir: init.dataDir });
  } catch (err) {
    send({ type: 'failed', error: toErrorBody(err) });
    return;
  }
  backend.onEvent((event) => send({ type: 'event', event }));
  port.on('message', (msg: ToWorker) => {
    if (msg.type === 'invoke') {
      void backend
        .invoke(msg.channel, msg.input)
        .then((result) => send({ type: 'result', id: msg.id, result }));
    } else if (msg.type === 'stage') {
      void backend.stageFile(msg.path).then((result) => send({ type: 'result', id: msg.id, result }));
    } else if (msg.type === 'close') {
      void backend.close().then(() => {
        send({ type: 'closed' });
        port.close();
      });
    }
  });
  send({ type: 'ready' });
}

void main();
