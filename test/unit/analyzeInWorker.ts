import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../../src/core';
import { pathologicalInputs } from '../bench/pathological';
import { assertWellFormed } from './wellFormed';

// Runs analyze on one pathological input in a worker thread and checks the result there,
// so that a test awaiting it stays interruptible by mocha's timeout even if analyze loops.

const root = path.resolve(__dirname, '../../..');

export interface WorkerRun {
  /** Resolves when the input was analysed well-formed; rejects with the broken invariant. */
  result: Promise<void>;
  /** Stops the worker, even in the middle of analyze (call it after the test, whatever happened). */
  stop(): Promise<number>;
}

export function analyzeInWorker(inputName: string): WorkerRun {
  const worker = new Worker(__filename, { workerData: inputName });
  worker.unref(); // a runaway worker must not keep mocha from exiting
  const result = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: { error?: string }) => (m.error ? reject(new Error(m.error)) : resolve()));
    worker.once('error', reject);
    worker.once('exit', code => reject(new Error(`worker exited with code ${code} before answering`)));
  });
  return { result, stop: () => worker.terminate() };
}

if (!isMainThread && parentPort) {
  const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');
  const input = pathologicalInputs(seed).find(i => i.name === workerData);
  try {
    if (!input) throw new Error(`no pathological input named '${workerData}'`);
    const text = input.make();
    assertWellFormed(text, analyze(text, 'doc'));
    parentPort.postMessage({});
  } catch (e) {
    parentPort.postMessage({ error: (e as Error).message });
  }
}
