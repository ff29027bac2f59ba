// Analysing documents for `extract`: in this thread (`--jobs 1`), or in worker threads, each running the same engine,
// with the results handed back in the order the documents were read.
import * as os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyze } from '../core';
import { render, type Format, type Rendered } from './formats';

/**
 * What one document came to: its rendering, the engine's own note when the analysis is incomplete (it is still
 * written), or why nothing can be written for it.
 */
export interface Outcome {
  rendered?: Rendered;
  incomplete?: string;
  failure?: string;
}

/** Analyses and renders one document in this thread; a failure is returned, never thrown, so the other documents still run. */
export function analyzeAndRender(text: string, id: string, format: Format, several: boolean): Outcome {
  let analysis;
  try {
    analysis = analyze(text, id);
  } catch (e) {
    return { failure: `analysis failed: ${(e as Error).message}` };
  }
  const incomplete = analysis.error;
  try {
    return { rendered: render(format, analysis, several), incomplete };
  } catch (e) {
    // (an analysis too large to serialise)
    return { failure: `cannot write the analysis: ${(e as Error).message}`, incomplete };
  }
}

/** How many workers `--jobs auto` starts: one per processor the system gives this process. */
export function automaticJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

interface Request { seq: number; text: string; id: string }
interface Reply { seq: number; outcome: Outcome }
interface Settings { newsAnnotatorJobs: true; format: Format; several: boolean }

/**
 * Documents go to a worker, and their outcomes come back, in batches of up to this many characters or documents: a
 * message between threads has a fixed cost of some tens of microseconds, as much as analysing a short article, so
 * one message a document made two threads slower than one.
 */
const BATCH_CHARS = 1 << 16;
const BATCH_DOCUMENTS = 64;

/** A worker thread, the documents it has been given (by sequence number) and those waiting to be sent to it. */
interface Member {
  worker: Worker;
  pending: Map<number, (outcome: Outcome) => void>;
  /** Characters of the documents given and not yet answered: how busy the worker is. */
  pendingChars: number;
  batch: Request[];
  batchChars: number;
}

/**
 * Worker threads that analyse and render documents: `run` gives a document to the least busy and resolves to its
 * outcome. A worker that dies (out of memory, say) fails only the documents it held; a new one takes its place.
 * The workers keep the process alive until `close`.
 */
export class WorkerPool {
  private readonly members: Member[] = [];
  private seq = 0;
  private closed = false;
  private flushScheduled = false;

  constructor(size: number, private readonly format: Format, private readonly several: boolean) {
    for (let k = 0; k < size; k++) this.members.push(this.start());
  }

  /** How many documents, and how many characters, the caller may keep in flight to keep every worker busy. */
  get window(): { documents: number; chars: number } {
    return { documents: this.members.length * BATCH_DOCUMENTS * 4, chars: this.members.length * BATCH_CHARS * 4 };
  }

  run(text: string, id: string): Promise<Outcome> {
    let member = this.members[0];
    for (const m of this.members) if (m.pendingChars < member.pendingChars) member = m;
    const seq = this.seq++;
    return new Promise<Outcome>(resolve => {
      member.pending.set(seq, outcome => {
        member.pendingChars -= text.length;
        resolve(outcome);
      });
      member.pendingChars += text.length;
      member.batch.push({ seq, text, id });
      member.batchChars += text.length;
      if (member.batch.length >= BATCH_DOCUMENTS || member.batchChars >= BATCH_CHARS) this.send(member);
      else if (!this.flushScheduled) {
        // a batch not yet full still goes as soon as the caller waits for anything
        this.flushScheduled = true;
        setImmediate(() => {
          this.flushScheduled = false;
          for (const m of this.members) this.send(m);
        });
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.map(m => m.worker.terminate()));
  }

  private send(member: Member) {
    if (!member.batch.length) return;
    member.worker.postMessage(member.batch);
    member.batch = [];
    member.batchChars = 0;
  }

  private start(): Member {
    const settings: Settings = { newsAnnotatorJobs: true, format: this.format, several: this.several };
    // this very file runs in the worker (see the end of it), whether built into dist/cli.js or compiled on its own
    const worker = new Worker(__filename, { workerData: settings });
    const member: Member = { worker, pending: new Map(), pendingChars: 0, batch: [], batchChars: 0 };
    worker.on('message', (replies: Reply[]) => {
      for (const reply of replies) {
        const resolve = member.pending.get(reply.seq);
        member.pending.delete(reply.seq);
        resolve?.(reply.outcome);
      }
    });
    const fail = (why: string) => {
      if (this.closed) return;
      for (const resolve of member.pending.values()) resolve({ failure: `analysis failed: the worker thread stopped (${why})` });
      member.pending.clear();
      member.batch = [];
      member.batchChars = 0;
      const k = this.members.indexOf(member);
      if (k >= 0) this.members[k] = this.start();
    };
    worker.on('error', e => fail(e.message));
    worker.on('exit', code => fail(`exit code ${code}`));
    return member;
  }
}

// In a worker started by WorkerPool: analyse each batch of documents sent, and send their outcomes back together.
if (!isMainThread && parentPort && (workerData as Partial<Settings> | null)?.newsAnnotatorJobs) {
  const { format, several } = workerData as Settings;
  const port = parentPort;
  const encoder = new TextEncoder();
  port.on('message', (requests: Request[]) => {
    const replies: Reply[] = [];
    const moved: ArrayBuffer[] = [];
    for (const request of requests) {
      const outcome = analyzeAndRender(request.text, request.id, format, several);
      if (!outcome.rendered) {
        replies.push({ seq: request.seq, outcome });
        continue;
      }
      // the output as UTF-8 bytes, moved to the writing thread rather than copied (it is several times the article's size)
      const bytes = encoder.encode(outcome.rendered.text as string);
      replies.push({ seq: request.seq, outcome: { ...outcome, rendered: { ...outcome.rendered, text: bytes } } });
      moved.push(bytes.buffer as ArrayBuffer);
    }
    port.postMessage(replies, moved);
  });
}
