// The worker thread that runs the extractor for the node entry (see workerAnalyzer.ts).
import { parentPort } from 'worker_threads';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';

export interface AnalysisRequest {
  seq: number;
  text: string;
  id: string;
}

export type AnalysisReply = { seq: number; analysis: Analysis } | { seq: number; error: string; stack?: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { seq: request.seq, analysis: analyze(request.text, request.id) };
  } catch (error) {
    // the stack too: the extension's log shows it with the first failure
    reply = error instanceof Error ? { seq: request.seq, error: error.message, stack: error.stack } : { seq: request.seq, error: String(error) };
  }
  parentPort?.postMessage(reply);
});
