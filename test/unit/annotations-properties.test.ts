import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  editDistance, makeTarget, reanchorDocument, shiftDocument, emptyDocument, FUZZY_MIN_SIMILARITY,
  type AnnotationDocument, type StatementAnnotation, type TextChange,
} from '../../src/core/annotations';

// Words from a small vocabulary, so quotes repeat and edits often recreate or destroy them.
const word = fc.constantFrom('the', 'minister', 'said', '"we', 'will', 'act"', 'today', 'and', '😀', 'é', '\n\n', 'tax', 'cuts');
const articleText = fc.array(word, { minLength: 5, maxLength: 60 }).map(ws => ws.join(' '));

interface Setup { text: string; ranges: [number, number][]; edits: { at: number; length: number; insert: string }[] }

const setup: fc.Arbitrary<Setup> = articleText.chain(text => fc.record({
  text: fc.constant(text),
  ranges: fc.array(
    fc.tuple(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 })).map(([s, n]): [number, number] => [s, Math.min(text.length, s + n)]),
    { minLength: 1, maxLength: 6 },
  ),
  edits: fc.array(fc.record({
    at: fc.nat(),
    length: fc.nat({ max: 12 }),
    insert: fc.oneof(fc.constant(''), fc.array(word, { maxLength: 4 }).map(ws => ws.join(' '))),
  }), { maxLength: 12 }),
}));

function documentFor(text: string, ranges: [number, number][]): AnnotationDocument {
  const statements: StatementAnnotation[] = ranges.map(([s, e], i) => ({
    id: `a${i}`, origin: 'extracted', target: makeTarget(text, s, e), tags: ['claim'], created: '', modified: '',
  }));
  return { ...emptyDocument(), statements };
}

/** Applies an edit clamped to the current text; returns the new text and the VS Code-style change. */
function applyEdit(text: string, edit: Setup['edits'][number]): { text: string; change: TextChange } {
  const at = edit.at % (text.length + 1);
  const length = Math.min(edit.length, text.length - at);
  return {
    text: text.slice(0, at) + edit.insert + text.slice(at + length),
    change: { rangeOffset: at, rangeLength: length, text: edit.insert },
  };
}

/** Applies the edits one by one, shifting the annotations live; `check` runs after each. */
function shiftThrough(
  original: AnnotationDocument, text: string, edits: Setup['edits'],
  check: (doc: AnnotationDocument, orphans: Set<string>, current: string) => void,
): { doc: AnnotationDocument; orphans: Set<string>; current: string } {
  let doc = original, orphans = new Set<string>(), current = text;
  for (const edit of edits) {
    const { text: next, change } = applyEdit(current, edit);
    ({ document: doc, orphans } = shiftDocument(doc, orphans, [change]));
    current = next;
    check(doc, orphans, current);
  }
  return { doc, orphans, current };
}

function assertNothingLost(original: AnnotationDocument, doc: AnnotationDocument, orphans: Set<string>, text: string, fuzzyAllowed: boolean) {
  assert.deepEqual(doc.statements.map(s => s.id).sort(), original.statements.map(s => s.id).sort(), 'every annotation is still there');
  for (const s of doc.statements) {
    const before = original.statements.find(o => o.id === s.id)!;
    assert.deepEqual(s.tags, before.tags, 'its tags are kept');
    assert.ok(0 <= s.target.start && s.target.start <= s.target.end && s.target.end <= text.length, 'in bounds');
    assert.equal((s.original ?? s.target).exact, before.target.exact, 'the words first quoted are kept, as the target or its original');
    if (s.original) assert.notEqual(s.original.exact, s.target.exact, 'an original differs from the words now');
    if (orphans.has(s.id)) {
      assert.equal(s.target.exact, before.target.exact, 'an orphan holds its words');
    } else {
      assert.equal(text.slice(s.target.start, s.target.end), s.target.exact, 'a placed annotation is on its words');
      if (s.target.exact !== before.target.exact) {
        assert.ok(fuzzyAllowed, 'only fuzzy anchoring may move to different words');
        const similarity = 1 - editDistance(s.target.exact, before.target.exact) / Math.max(s.target.exact.length, before.target.exact.length);
        assert.ok(similarity >= FUZZY_MIN_SIMILARITY, 'and only to similar words');
      }
    }
  }
}

describe('annotations survive any edit sequence (property-based)', () => {
  it('shifted live, each annotation is on its words or an orphan holding them', () => {
    fc.assert(fc.property(setup, ({ text, ranges, edits }) => {
      const original = documentFor(text, ranges);
      shiftThrough(original, text, edits, (doc, orphans, current) => assertNothingLost(original, doc, orphans, current, false));
    }), { numRuns: 400 });
  });

  it('re-anchored from scratch (reopening the file), the same holds', () => {
    fc.assert(fc.property(setup, ({ text, ranges, edits }) => {
      const original = documentFor(text, ranges);
      const final = edits.reduce((t, e) => applyEdit(t, e).text, text);
      const { document, orphans } = reanchorDocument(original, final);
      assertNothingLost(original, document, orphans, final, true);
    }), { numRuns: 400 });
  });

  it('after live shifting and then re-anchoring, the same holds', () => {
    fc.assert(fc.property(setup, ({ text, ranges, edits }) => {
      const original = documentFor(text, ranges);
      const { doc, current } = shiftThrough(original, text, edits, () => {});
      const re = reanchorDocument(doc, current);
      assertNothingLost(original, re.document, re.orphans, current, true);
    }), { numRuns: 400 });
  });

  it('an orphan comes back to its words when an edit is undone', () => {
    fc.assert(fc.property(setup, ({ text, ranges, edits }) => {
      const original = documentFor(text, ranges);
      const edit = edits[0] ?? { at: 0, length: 3, insert: '' };
      const { text: edited, change } = applyEdit(text, edit);
      const shifted = shiftDocument(original, new Set(), [change]);
      // The inverse change restores the original text.
      const undo: TextChange = { rangeOffset: change.rangeOffset, rangeLength: change.text.length, text: text.slice(change.rangeOffset, change.rangeOffset + change.rangeLength) };
      const restored = edited.slice(0, undo.rangeOffset) + undo.text + edited.slice(undo.rangeOffset + undo.rangeLength);
      assert.equal(restored, text);
      const back = shiftDocument(shifted.document, shifted.orphans, [undo]);
      const re = reanchorDocument(back.document, restored);
      assert.equal(re.orphans.size, 0, 'nothing stays orphaned');
      for (const s of re.document.statements) assert.equal(restored.slice(s.target.start, s.target.end), original.statements.find(o => o.id === s.id)!.target.exact);
    }), { numRuns: 300 });
  });
});
