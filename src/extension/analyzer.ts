import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';

/**
 * Runs the extractor for the article store. The node entry runs it in a
 * worker thread, so a long analysis (a 1 MB article) never stalls the
 * extension host; the web entry runs it in place.
 */
export interface Analyzer {
  readonly kind: 'worker' | 'in-thread';
  analyze(text: string, id: string): Promise<Analysis>;
  dispose(): void;
}

/** The analysis ran too long and was stopped; running it in place would hang the host. */
export class AnalysisStopped extends Error {}

/** The analyzer itself failed (its worker would not start or died); another analyzer can take over. */
export class AnalyzerUnavailable extends Error {}

export class InThreadAnalyzer implements Analyzer {
  readonly kind = 'in-thread';

  analyze(text: string, id: string): Promise<Analysis> {
    try {
      return Promise.resolve(analyze(text, id));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  dispose(): void {}
}
