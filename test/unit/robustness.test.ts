import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis, type Span } from '../../src/core';
import { pathologicalInputs } from '../bench/pathological';

// Invariants every analysis keeps, whatever the text: a consumer (the editor, the CLI,
// the exporters) may index the text with any span and rely on order and determinism.

const root = path.resolve(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');

const STATEMENT_KINDS = new Set(['direct', 'partial', 'indirect', 'pullquote']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'group', 'unknown']);

function assertSpan(text: string, span: Span | null | undefined, what: string) {
  if (!span) return;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} outside 0..${text.length}`);
  assert.ok(text.slice(span.start, span.end) === span.text, `${what}: text.slice(${span.start}, ${span.end}) differs from span.text`);
}

/** Checks every invariant of `a` as the analysis of `text`; the message names the first broken one. */
function assertWellFormed(text: string, a: Analysis) {
  assertSpan(text, a.headline, 'headline');
  assertSpan(text, a.dateline, 'dateline');
  assertSpan(text, a.credit, 'credit');

  a.paragraphs.forEach((p, i) => {
    assert.ok(0 <= p.start && p.start < p.end && p.end <= text.length, `paragraph ${i} in bounds`);
    if (i > 0) assert.ok(a.paragraphs[i - 1].end <= p.start, `paragraphs ${i - 1} and ${i} in order, not overlapping`);
  });

  const speakerIds = new Set<string>();
  for (const s of a.speakers) {
    assert.ok(!speakerIds.has(s.id), `speaker id ${s.id} unique`);
    speakerIds.add(s.id);
    assert.ok(SPEAKER_KINDS.has(s.kind), `speaker kind ${s.kind}`);
    s.mentions.forEach((m, i) => assertSpan(text, m, `speaker ${s.id} mention ${i}`));
  }

  const statementIds = new Set<string>();
  a.statements.forEach((s, i) => {
    const what = `statement ${s.id}`;
    assert.ok(!statementIds.has(s.id), `${what}: id unique`);
    statementIds.add(s.id);
    assert.ok(STATEMENT_KINDS.has(s.kind), `${what}: kind ${s.kind}`);
    assertSpan(text, s.content, `${what} content`);
    assertSpan(text, s.cue, `${what} cue`);
    assertSpan(text, s.speaker?.mention, `${what} speaker mention`);
    if (s.speaker) assert.ok(speakerIds.has(s.speaker.id), `${what}: speaker ${s.speaker.id} is listed in speakers`);
    assert.ok(s.confidence >= 0 && s.confidence <= 1, `${what}: confidence ${s.confidence} in 0..1`);
    const p = a.paragraphs[s.paragraph];
    assert.ok(Number.isInteger(s.paragraph) && p !== undefined, `${what}: paragraph index ${s.paragraph} of ${a.paragraphs.length}`);
    assert.ok(p.start <= s.content.start && s.content.start <= p.end, `${what}: its words start in its paragraph`);
    if (i > 0) assert.ok(a.statements[i - 1].content.start <= s.content.start, `${what}: statements sorted by content.start`);
  });

  const direct = a.statements.filter(s => s.kind === 'direct').map(s => s.content).sort((x, y) => x.start - y.start);
  for (let i = 1; i < direct.length; i++) {
    assert.ok(direct[i - 1].end <= direct[i].start, `direct quotes ${direct[i - 1].start}..${direct[i - 1].end} and ${direct[i].start}..${direct[i].end} overlap`);
  }
}

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

  describe('on bad input', () => {
    for (const input of pathologicalInputs(seed)) {
      // mocha's timeout is the hang guard; no assertion on time.
      it(`finishes on ${input.name} with a well-formed analysis`, () => {
        analyzeChecked(input.make());
      });
    }

    it('gives an empty analysis for empty text', () => {
      const a = analyzeChecked('', 'empty');
      assert.deepEqual([a.statements, a.speakers, a.paragraphs], [[], [], []]);
    });
  });
});
