import * as fs from 'fs';

/** What one test layer counted; the orchestrator sums these. */
export interface LayerCounts {
  passed: number;
  failed: number;
  pending: number;
}

/** Hands a layer's counts to the orchestrator through the file it named in NEWS_ANNOTATOR_LAYER_RESULT. */
export function reportLayerCounts(counts: LayerCounts): void {
  const file = process.env.NEWS_ANNOTATOR_LAYER_RESULT;
  if (file) fs.writeFileSync(file, JSON.stringify(counts));
}

export function describeCounts(layer: string, counts: LayerCounts): string {
  const pending = counts.pending ? `, ${counts.pending} skipped` : '';
  return `${layer}: ${counts.passed} passed, ${counts.failed} failed${pending}`;
}
