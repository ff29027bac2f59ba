import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { AnalysisStopped, AnalyzerUnavailable } from '../../src/extension/analyzer';
import { WorkerAnalyzer } from '../../src/extension/workerAnalyzer';

const root = path.resolve(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');
/** The worker as tsc compiles it next to this test (the bundle in dist/ is the same source). */
const workerPath = path.join(root, 'out/src/extension/analysisWorker.js');

const scratch: string[] = [];

/** A stand-in worker script, for the failure cases the real extractor never shows. */
function scriptedWorker(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-worker-'));
  scratch.push(dir);
  const file = path.join(dir, 'worker.js');
  fs.writeFileSync(file, source);
  return file;
}

describe('WorkerAnalyzer', () => {
  let analyzer: WorkerAnalyzer | undefined;
  afterEach(() => analyzer?.dispose());
  after(() => scratch.forEach(dir => fs.rmSync(dir, { recursive: true, force: true })));

  it('gives the same analysis as running the extractor in place', async () => {
    analyzer = new WorkerAnalyzer(workerPath);
    assert.deepEqual(await analyzer.analyze(seed, 'seed'), analyze(seed, 'seed'));
  });

  it('answers requests made together, each with the analysis of its own text', async () => {
    analyzer = new WorkerAnalyzer(workerPath);
    const other = '“We open on Monday,” said Mayor Lena Ortiz.';
    const [a, b, c] = await Promise.all([analyzer.analyze(seed, 'a'), analyzer.analyze(other, 'b'), analyzer.analyze('', 'c')]);
    assert.deepEqual([a.id, b.id, c.id], ['a', 'b', 'c']);
    assert.deepEqual(b, analyze(other, 'b'));
    assert.deepEqual(c.statements, []);
  });

  it('stops an analysis that runs too long, and the next request still gets an answer', async () => {
    const file = scriptedWorker(`const { parentPort } = require('worker_threads');
parentPort.on('message', m => { if (m.text === 'hang') { for (;;) {} } parentPort.postMessage({ seq: m.seq, analysis: { id: m.id } }); });`);
    analyzer = new WorkerAnalyzer(file, 1000);
    const hung = analyzer.analyze('hang', 'h');
    const after = analyzer.analyze('fine', 'f');
    await assert.rejects(hung, AnalysisStopped);
    assert.equal((await after).id, 'f');
  });

  it('reports an engine error for that request only', async () => {
    const file = scriptedWorker(`const { parentPort } = require('worker_threads');
parentPort.on('message', m => parentPort.postMessage(m.text === 'bad' ? { seq: m.seq, error: 'engine failed' } : { seq: m.seq, analysis: { id: m.id } }));`);
    analyzer = new WorkerAnalyzer(file);
    await assert.rejects(analyzer.analyze('bad', 'x'), /engine failed/);
    assert.equal((await analyzer.analyze('good', 'y')).id, 'y');
  });

  it('fails as unavailable when its worker cannot start', async () => {
    analyzer = new WorkerAnalyzer(scriptedWorker('throw new Error("broken worker");'));
    await assert.rejects(analyzer.analyze(seed, 's'), AnalyzerUnavailable);
  });
});
