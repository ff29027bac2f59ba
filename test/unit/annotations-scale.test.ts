// applyAnnotations indexes statements by position instead of scanning them per entry, and the
// article hash is remembered per text: the same results as the plain scans, checked against them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  anchorTarget, applyAnnotations, articleHash, fnv1a64, makeTarget,
  type AnnotationDocument, type StatementAnnotation,
} from '../../src/core/annotations';
import type { Analysis, Statement } from '../../src/core/types';

/** The claiming rules as a plain scan over every statement (what applyAnnotations did before it indexed them). */
function referenceClaims(analysis: Analysis, entries: StatementAnnotation[]): Map<Statement, string> {
  const claimed = new Map<Statement, StatementAnnotation>();
  const byRange = new Map(analysis.statements.map(s => [`${s.content.start}:${s.content.end}`, s]));
  const pending: StatementAnnotation[] = [];
  for (const entry of entries) {
    const statement = entry.origin === 'extracted' ? byRange.get(`${entry.target.start}:${entry.target.end}`) : undefined;
    if (statement && !claimed.has(statement)) claimed.set(statement, entry);
    else if (entry.origin === 'extracted') pending.push(entry);
  }
  for (const entry of pending) {
    let best: Statement | null = null, bestLength = 0;
    for (const s of analysis.statements) {
      if (claimed.has(s)) continue;
      const overlap = Math.min(s.content.end, entry.target.end) - Math.max(s.content.start, entry.target.start);
      if (overlap <= 0) continue;
      const enough = overlap >= 0.5 * (s.content.end - s.content.start) && overlap >= 0.5 * (entry.target.end - entry.target.start);
      if (enough && overlap > bestLength) { best = s; bestLength = overlap; }
    }
    if (best) claimed.set(best, entry);
  }
  return new Map([...claimed].map(([s, e]) => [s, e.id]));
}

const TEXT = 'abcdefghij'.repeat(20);
// Starts crowded near the beginning, so statements repeat, nest and overlap, and entries often sit exactly on one.
const span = fc.tuple(fc.oneof(fc.nat(40), fc.nat(TEXT.length - 1)), fc.integer({ min: 1, max: 30 }))
  .map(([start, n]) => ({ start, end: Math.min(TEXT.length, start + n) }));

function analysisOf(spans: { start: number; end: number }[], paragraphs: number): Analysis {
  const size = Math.ceil(TEXT.length / paragraphs);
  return {
    id: 'a', published: null, headline: null, dateline: null, credit: null,
    paragraphs: Array.from({ length: paragraphs }, (_, i) => ({ start: i * size, end: Math.min(TEXT.length, (i + 1) * size) })),
    speakers: [{ id: 'p1', name: 'Ana Ruiz', aliases: ['Ruiz'] } as Analysis['speakers'][number]],
    statements: spans.map((c, i) => ({
      id: `s${i}`, kind: 'direct', paragraph: 0, content: { ...c, text: TEXT.slice(c.start, c.end) },
      speaker: null, cue: null, confidence: 1,
    })),
  };
}

function documentOf(spans: { start: number; end: number; added: boolean }[]): AnnotationDocument {
  return {
    format: 'news-annotator/annotations', version: 1, article: { hash: '', length: TEXT.length },
    statements: spans.map((c, i): StatementAnnotation => ({
      id: `e${i}`, origin: c.added ? 'added' : 'extracted', target: makeTarget(TEXT, c.start, c.end), tags: [`t${i}`], created: '', modified: '',
    })),
  };
}

describe('applyAnnotations on indexed statements (property-based)', () => {
  it('claims the same statements as a scan of every statement, in any order, nested, repeated or overlapping', () => {
    fc.assert(fc.property(
      fc.array(span, { maxLength: 25 }),
      fc.array(fc.record({ span, onStatement: fc.nat(), added: fc.boolean() }), { maxLength: 12 }),
      fc.integer({ min: 1, max: 6 }),
      (statementSpans, entrySpans, paragraphs) => {
        const analysis = analysisOf(statementSpans, paragraphs);
        // Half the entries sit exactly on a statement's range.
        const entryRange = (e: typeof entrySpans[number]) =>
          statementSpans.length && e.onStatement % 2 ? statementSpans[(e.onStatement >> 1) % statementSpans.length] : e.span;
        const doc = documentOf(entrySpans.map(e => ({ ...entryRange(e), added: e.added })));
        const result = applyAnnotations(analysis, doc, TEXT);
        const expected = referenceClaims(analysis, doc.statements);
        const extracted = result.all.filter(s => s.origin === 'extracted');
        assert.equal(extracted.length, analysis.statements.length);
        for (const s of extracted) {
          const original = analysis.statements.find(o => o.id === s.id)!;
          assert.equal(s.annotationId, expected.get(original) ?? null, `statement ${s.id} ${s.content.start}:${s.content.end}`);
        }
        // Every entry shows somewhere: on the statement it claimed, or as its own statement.
        const shown = new Set(result.all.map(s => s.annotationId).filter(Boolean));
        assert.deepEqual([...shown].sort(), doc.statements.map(e => e.id).sort());
        // Statements made from an entry alone sit in the paragraph holding their start.
        for (const s of result.all.filter(s => s.origin !== 'extracted')) {
          const p = analysis.paragraphs[s.paragraph];
          assert.ok(p.start <= s.content.start && s.content.start < p.end);
        }
        assert.deepEqual(result.all, [...result.statements, ...result.dismissed].sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end));
      },
    ), { numRuns: 400 });
  });

  it('gives a tie in overlap to the statement first in the analysis, wherever it starts', () => {
    for (const spans of [[{ start: 6, end: 11 }, { start: 4, end: 9 }], [{ start: 4, end: 9 }, { start: 6, end: 11 }]]) {
      const analysis = analysisOf(spans, 1);
      const result = applyAnnotations(analysis, documentOf([{ start: 5, end: 10, added: false }]), TEXT);
      assert.equal(result.all.find(s => s.annotationId === 'e0')?.id, 's0');
      assert.equal(referenceClaims(analysis, documentOf([{ start: 5, end: 10, added: false }]).statements).get(analysis.statements[0]), 'e0');
    }
  });

  it('keeps every field of the statement it annotates, and corrects a speaker by name or alias', () => {
    const analysis = analysisOf([{ start: 10, end: 20 }, { start: 30, end: 40 }], 1);
    (analysis.statements[0] as Statement & { extra?: string }).extra = 'kept';
    let doc = documentOf([{ start: 10, end: 20, added: false }, { start: 30, end: 40, added: false }]);
    doc = { ...doc, statements: [{ ...doc.statements[0], speaker: 'ruiz' }, { ...doc.statements[1], speaker: 'Someone New' }] };
    const [first, second] = applyAnnotations(analysis, doc, TEXT).all;
    assert.equal((first as unknown as { extra?: string }).extra, 'kept');
    assert.deepEqual(first.speaker, { id: 'p1', name: 'Ana Ruiz', mention: null });
    assert.deepEqual(second.speaker, { id: 'manual:Someone New', name: 'Someone New', mention: null });
    assert.ok(first.speakerCorrected && second.speakerCorrected);
  });
});

describe('articleHash remembered per text', () => {
  it('gives the hash of the text asked about, whether it is the last one, an equal copy or a changed one', () => {
    const text = 'x'.repeat(5000) + 'The minister said.';
    const copy = text.split('').join('');
    const changed = text.slice(0, -1) + '!';
    for (const t of [text, text, copy, changed, text, changed.slice(1), '']) assert.equal(articleHash(t), 'fnv1a64:' + fnv1a64(t));
  });
});

describe('anchoring a target whose words and context are in place', () => {
  const unit = fc.constantFrom('a', 'b', ' ', '😀', 'é', '\n', '\ud800', '\udc00');
  const text = fc.array(unit, { minLength: 1, maxLength: 120 }).map(us => us.join(''));

  it('returns the very same target, equal to a fresh one; any stale part of it is refreshed (property-based)', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat({ max: 40 }), fc.nat(3), (t, at, n, stale) => {
      const start = at % (t.length + 1), end = Math.min(t.length, start + n);
      const fresh = makeTarget(t, start, end);
      const same = anchorTarget(fresh, t);
      assert.equal(same.target, fresh);
      assert.equal(same.method, 'position');
      const spoilt = { ...fresh };
      if (stale === 0) spoilt.prefix = 'x' + fresh.prefix;
      if (stale === 1) spoilt.prefix = fresh.prefix.slice(1);
      if (stale === 2) spoilt.suffix = fresh.suffix + 'x';
      if (stale === 3) spoilt.suffix = fresh.suffix.slice(0, -1);
      const result = anchorTarget(spoilt, t);
      if (result.method === 'position') assert.deepEqual(result.target, fresh);
    }), { numRuns: 2000 });
  });
});
