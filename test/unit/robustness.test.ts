import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core';
import { pathologicalInputs } from '../bench/pathological';
import { analyzeInWorker, type WorkerRun } from './analyzeInWorker';
import { assertWellFormed } from './wellFormed';

const root = path.resolve(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');

/** Analyses `text`, checks the invariants and returns the analysis. */
function analyzeChecked(text: string, id = 'doc'): Analysis {
  const a = analyze(text, id);
  assert.equal(a.id, id);
  assertWellFormed(text, a);
  return a;
}

// Pieces of news text that stress quotation, attribution and structure.
const NEWS_PIECES = [
  '“', '”', '‘', '’', '"', "'", '«', '»', "'s", '’s', "O'Neill", 'couldn’t', "Supporters'", 'rock ’n’ roll',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\u2028',
  ',', '.', ':', ';', '?', '!', '—', '–', '-', '(', ')', '…',
  'said', 'says', 'told reporters', 'told', 'added', 'according to', 'said in a statement', 'responded by saying', 'hailed', 'urged', 'that',
  'he', 'she', 'they', 'He', 'She', 'It', 'the', 'The', 'a', 'and', 'but', 'not',
  'Blinken', 'Xi Jinping', 'President', 'Chinese President Xi Jinping', 'Mayor Alice Brennan', 'the White House', 'analysts', 'two people familiar with the matter',
  'BEIJING, June 19 (Reuters) -', 'WASHINGTON (AP) —', 'NAIROBI, Kenya —', 'date 2023-06-20 Beijing, June 19', 'By Jane Doe', '— Reuters', '(Reporting by Ann Lee; Editing by Bo Chan)',
  'the so-called', 'the documentary', 'We must act', 'progress', 'Taiwan',
  '😀', '👩‍👩‍👧', '\uD800', '\uDC00', '\uDBFF\uDFFF', '\uFEFF', '\u0000', '\u200B', 'é', '中国',
];
const SEED_PIECES = seed.split(/(?<=[\s“”"’‘,.])/);

const piecesText = (pieces: string[], maxLength: number) => fc.array(fc.constantFrom(...pieces), { maxLength }).map(p => p.join(''));
const newsLikeText = fc.oneof(
  { weight: 4, arbitrary: piecesText(NEWS_PIECES, 300) },
  { weight: 3, arbitrary: piecesText(SEED_PIECES, 400) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('“', '”', '"', "'", '’', ' ', '\n', 'A', 'a', '.', ','), maxLength: 300 }) },
);

describe('analyze robustness', function () {
  this.timeout(60_000);

  describe('over generated text', () => {
    it('never throws, and every span is in bounds and spells the text', () => {
      fc.assert(fc.property(newsLikeText, text => { analyzeChecked(text); }), { numRuns: 400 });
    });

    it('is deterministic: the same text gives the same analysis', () => {
      fc.assert(fc.property(newsLikeText, text => {
        assert.deepEqual(analyze(text, 'x'), analyze(text, 'x'));
      }), { numRuns: 150 });
    });

    it('keeps its invariants on the seed cut at any point, with any prefix', () => {
      fc.assert(fc.property(fc.nat(seed.length), fc.nat(seed.length), fc.constantFrom('', '\uFEFF', '\r\n', '“', '😀'), (a, b, prefix) => {
        analyzeChecked(prefix + seed.slice(Math.min(a, b), Math.max(a, b)));
      }), { numRuns: 150 });
    });

    it('keeps its invariants when the seed uses CRLF line ends', () => {
      analyzeChecked(seed.replace(/\n/g, '\r\n'));
    });
  });

  describe('on bad input', function () {
    // Each runs in a worker thread, so that mocha's timeout (the hang guard; no assertion
    // on time) can fire even when analyze never returns, and the worker is then stopped.
    this.timeout(120_000); // generous: the machine may be shared; only a hang should fail
    let running: WorkerRun | undefined;
    afterEach(async () => { await running?.stop(); running = undefined; });
    for (const input of pathologicalInputs(seed)) {
      it(`finishes on ${input.name} with a well-formed analysis`, () => {
        running = analyzeInWorker(input.name);
        return running.result;
      });
    }

    it('gives an empty analysis for empty text', () => {
      const a = analyzeChecked('', 'empty');
      assert.deepEqual([a.statements, a.speakers, a.paragraphs], [[], [], []]);
    });
  });
});
