import { Worker } from 'worker_threads';
import type { Analysis } from '../core/types';
import type { AnalysisReply, AnalysisRequest } from './analysisWorker';
import { AnalysisStopped, AnalyzerUnavailable, type Analyzer } from './analyzer';

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
}

/**
 * Runs analyses one at a time in a worker thread (node entry only). A request
 * that runs longer than `timeoutMs` stops the worker; the next request starts
 * a fresh one.
 */
export class WorkerAnalyzer implements Analyzer {
  readonly kind = 'worker';
  private worker: Worker | undefined;
  /** The worker has loaded the extractor and can take requests. */
  private online = false;
  private readonly queue: Array<AnalysisRequest & Pending> = [];
  private running: (AnalysisRequest & Pending) | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(private readonly workerPath: string, private readonly timeoutMs = 60_000) {}

  analyze(text: string, id: string): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, text, id, resolve, reject });
      this.next();
    });
  }

  dispose(): void {
    this.stop(new AnalyzerUnavailable('the analyzer was disposed'));
  }

  private next(): void {
    if (this.running || !this.queue.length) return;
    const request = this.queue.shift()!;
    let worker: Worker;
    try {
      worker = this.worker ??= this.start();
    } catch (error) {
      request.reject(new AnalyzerUnavailable(`the analysis worker did not start: ${error instanceof Error ? error.message : String(error)}`));
      return this.next();
    }
    this.running = request;
    const message: AnalysisRequest = { seq: request.seq, text: request.text, id: request.id };
    worker.postMessage(message);
    // The clock runs while the worker works on this request: not while it waits in the queue or the worker loads.
    if (this.online) this.startClock(request);
  }

  private startClock(request: AnalysisRequest & Pending): void {
    clearTimeout(this.timer);
    const seconds = this.timeoutMs >= 1000 ? `${Math.round(this.timeoutMs / 1000)} s` : `${this.timeoutMs} ms`;
    this.timer = setTimeout(() => this.stop(new AnalysisStopped(`the analysis took longer than ${seconds} and was stopped`), request), this.timeoutMs);
  }

  private start(): Worker {
    const worker = new Worker(this.workerPath);
    this.online = false;
    worker.unref();
    // A worker that never comes up must not leave requests waiting forever.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { if (this.worker === worker && !this.online) this.stop(new AnalyzerUnavailable('the analysis worker did not start')); }, this.timeoutMs);
    worker.on('online', () => {
      if (this.worker !== worker) return;
      this.online = true;
      if (this.running) this.startClock(this.running);
    });
    worker.on('message', (reply: AnalysisReply) => this.finish(reply));
    worker.on('error', error => { if (this.worker === worker) this.stop(new AnalyzerUnavailable(`the analysis worker failed: ${error.message}`)); });
    worker.on('exit', code => { if (this.worker === worker) this.stop(new AnalyzerUnavailable(`the analysis worker exited with code ${code}`)); });
    return worker;
  }

  private finish(reply: AnalysisReply): void {
    const request = this.running;
    if (!request || request.seq !== reply.seq) return;
    clearTimeout(this.timer);
    this.running = undefined;
    if ('analysis' in reply) request.resolve(reply.analysis);
    else {
      const error = new Error(reply.error);
      if (reply.stack) error.stack = reply.stack;
      request.reject(error);
    }
    this.next();
  }

  /** Ends the worker; the running request (or every request, when `only` is not given) fails with `error`. */
  private stop(error: Error, only?: AnalysisRequest & Pending): void {
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    this.online = false;
    void worker?.terminate();
    const failed = only ? [only] : [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = undefined;
    failed.forEach(r => r.reject(error));
    this.next();
  }
}
