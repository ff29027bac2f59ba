import * as assert from 'node:assert/strict';
import {
  anchorTarget, makeTarget, shiftAnchor, shiftDocument, emptyDocument, addTags,
  type AnnotationTarget, type EditContext,
} from '../../src/core/annotations';

const article = [
  'RIVERTON, May 4 — The council voted on Tuesday to close the old ferry terminal.',
  '',
  '"We cannot keep pouring money into a dock nobody uses," said councillor Mira Hale.',
  '',
  'Residents were not convinced. "The ferry is the only way my mother gets to the clinic," said Tom Baker, 71.',
  '',
  'Hale repeated: "We cannot keep pouring money into a dock nobody uses."',
].join('\n');

function targetOf(text: string, words: string, occurrence = 0): AnnotationTarget {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= 0, `fixture contains ${words}`);
  return makeTarget(text, at, at + words.length);
}

const quote = 'The ferry is the only way my mother gets to the clinic';

describe('anchoring', () => {
  it('keeps an annotation at its position when the words are still there', () => {
    const t = targetOf(article, quote);
    const r = anchorTarget(t, article);
    assert.equal(r.method, 'position');
    assert.equal(r.target.start, t.start);
  });

  it('finds the words again by quote after a paragraph is inserted above', () => {
    const t = targetOf(article, quote);
    const edited = 'UPDATE: a new paragraph on top.\n\n' + article;
    const r = anchorTarget(t, edited);
    assert.equal(r.orphan, false);
    assert.equal(r.method, 'quote');
    assert.equal(edited.slice(r.target.start, r.target.end), quote);
  });

  it('picks the occurrence whose context matches among repeated words', () => {
    const words = 'We cannot keep pouring money into a dock nobody uses';
    const second = targetOf(article, words, 1);
    // Shift everything so the stored position is wrong for both occurrences.
    const edited = 'x'.repeat(7) + article;
    const r = anchorTarget(second, edited);
    assert.equal(r.target.start, edited.lastIndexOf(words), 'the second occurrence (its prefix is "Hale repeated")');
    const first = targetOf(article, words, 0);
    assert.equal(anchorTarget(first, edited).target.start, edited.indexOf(words));
  });

  it('follows the words through a small correction inside them (fuzzy)', () => {
    const t = targetOf(article, quote);
    const edited = article.replace('my mother gets', 'my mum gets');
    const r = anchorTarget(t, edited);
    assert.equal(r.orphan, false);
    assert.equal(r.method, 'fuzzy');
    assert.equal(r.target.exact, 'The ferry is the only way my mum gets to the clinic');
  });

  it('makes an orphan that keeps its words when the words are deleted', () => {
    const t = targetOf(article, quote);
    const edited = article.replace(`"${quote}," said Tom Baker, 71.`, '');
    const r = anchorTarget(t, edited);
    assert.equal(r.orphan, true);
    assert.equal(r.target.exact, quote);
    assert.ok(r.target.start <= edited.length && r.target.end <= edited.length);
  });

  it('does not guess a short quote fuzzily', () => {
    const t = targetOf(article, 'old ferry');
    const r = anchorTarget(t, article.replace('old ferry', 'new ferry'));
    assert.equal(r.orphan, true);
  });

  it('answers on a 10 MB article without hanging, even a repetitive one', function () {
    this.timeout(60000); // a guard against a hang, not a speed assertion
    const filler = 'The ferry is the only way, said a resident. '.repeat(250000);
    const big = filler + article + filler;
    const t = targetOf(article, quote);
    const found = anchorTarget(t, big);
    assert.equal(big.slice(found.target.start, found.target.end), quote);
    const lost = anchorTarget(t, filler + filler);
    assert.equal(lost.orphan, true);
  });
});

describe('live shifting', () => {
  const anchor = { start: 10, end: 20, orphan: false };
  it('moves an anchor by what is inserted or deleted before it, including at its start', () => {
    assert.deepEqual(shiftAnchor(anchor, { rangeOffset: 0, rangeLength: 0, text: 'abc' }), { start: 13, end: 23, orphan: false });
    assert.deepEqual(shiftAnchor(anchor, { rangeOffset: 10, rangeLength: 0, text: 'abc' }), { start: 13, end: 23, orphan: false });
    assert.deepEqual(shiftAnchor(anchor, { rangeOffset: 2, rangeLength: 8, text: '' }), { start: 2, end: 12, orphan: false });
  });

  it('leaves an anchor alone for changes after it, including at its end', () => {
    assert.deepEqual(shiftAnchor(anchor, { rangeOffset: 20, rangeLength: 0, text: 'abc' }), anchor);
    assert.deepEqual(shiftAnchor(anchor, { rangeOffset: 25, rangeLength: 5, text: '' }), anchor);
  });

  it('orphans an anchor whose words are changed, keeping a position hint', () => {
    const r = shiftAnchor(anchor, { rangeOffset: 15, rangeLength: 10, text: '' });
    assert.equal(r.orphan, true);
    assert.equal(r.start, 10);
    assert.equal(shiftAnchor(anchor, { rangeOffset: 12, rangeLength: 0, text: 'x' }).orphan, true);
  });

  it('shifts every annotation of a document and reports the orphans', () => {
    const ctx: EditContext = { now: '2026-01-01T00:00:00Z', newId: (() => { let n = 0; return () => `a${++n}`; })() };
    const a = targetOf(article, 'close the old ferry terminal');
    const b = targetOf(article, quote);
    let doc = addTags(emptyDocument(), article, a, ['claim'], ctx);
    doc = addTags(doc, article, b, ['check'], ctx);
    const change = { rangeOffset: a.start, rangeLength: 5, text: 'shut' };
    const edited = article.slice(0, a.start) + 'shut' + article.slice(a.start + 5);
    const { document, orphans } = shiftDocument(doc, new Set(), [change]);
    assert.deepEqual([...orphans], ['a1']);
    const moved = document.statements.find(s => s.id === 'a2')!;
    assert.equal(edited.slice(moved.target.start, moved.target.end), quote);
  });
});
