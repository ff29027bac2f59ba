// Words edited under an annotation: it follows them (fuzzy), the views and exports show the words as
// they are now, and the sidecar keeps what was quoted when the annotation was made, as `original`.
import * as assert from 'node:assert/strict';
import {
  applyAnnotations, emptyDocument, makeTarget, parseSidecar, reanchorDocument, serializeDocument,
  type AnnotationDocument, type StatementAnnotation,
} from '../../src/core/annotations';
import type { Analysis } from '../../src/core/types';

const QUOTE = 'The ferry is the only way my mother gets to the clinic';
const text = `Residents were not convinced. "${QUOTE}," said Tom Baker, 71.\n`;
const at = text.indexOf(QUOTE);

function docOn(t: string, start: number, end: number): AnnotationDocument {
  const entry: StatementAnnotation = {
    id: 'a-1', origin: 'extracted', target: makeTarget(t, start, end), tags: ['claim'], note: 'check with the clinic',
    created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
  };
  return { ...emptyDocument(), statements: [entry] };
}

function analysisOf(t: string, start: number, end: number): Analysis {
  return {
    id: 'x', published: null, headline: null, dateline: null, credit: null, paragraphs: [{ start: 0, end: t.length }], speakers: [],
    statements: [{ id: 's1', kind: 'direct', paragraph: 0, content: { start, end, text: t.slice(start, end) }, speaker: null, cue: null, confidence: 1 }],
  };
}

describe('annotations whose words were edited', () => {
  const doc = docOn(text, at, at + QUOTE.length);
  const edited = text.replace('my mother gets', 'my mum gets');
  const editedQuote = QUOTE.replace('my mother gets', 'my mum gets');
  const { document: moved, methods } = reanchorDocument(doc, edited);
  const entry = moved.statements[0];

  it('follow the edited words and keep the words first quoted, with their context, as original', () => {
    assert.equal(methods.get('a-1'), 'fuzzy');
    assert.equal(entry.target.exact, editedQuote);
    assert.equal(edited.slice(entry.target.start, entry.target.end), editedQuote);
    assert.deepEqual(entry.original, { exact: QUOTE, prefix: doc.statements[0].target.prefix, suffix: doc.statements[0].target.suffix });
    assert.deepEqual(entry.tags, ['claim']);
    assert.equal(entry.note, 'check with the clinic');
  });

  it('keep the first words through later edits, and drop the record when the words are edited back', () => {
    const again = edited.replace('to the clinic', 'to the hospital');
    const twice = reanchorDocument(moved, again).document.statements[0];
    assert.notEqual(twice.target.exact, editedQuote, 'moved to the words edited again');
    assert.equal(again.slice(twice.target.start, twice.target.end), twice.target.exact);
    assert.equal(twice.original?.exact, QUOTE, 'still the words first quoted');
    const back = reanchorDocument(moved, text).document.statements[0];
    assert.equal(back.target.exact, QUOTE);
    assert.equal(back.original, undefined);
  });

  it('are not given an original when only their position or context changed', () => {
    const shifted = 'A new first paragraph.\n\n' + text.replace('Residents were', 'Many residents were');
    const re = reanchorDocument(doc, shifted).document.statements[0];
    assert.notEqual(re.target.start, doc.statements[0].target.start);
    assert.equal(re.original, undefined);
    const orphaned = reanchorDocument(doc, 'Nothing of it is left.').document.statements[0];
    assert.equal(orphaned.target.exact, QUOTE, 'an orphan holds its words');
    assert.equal(orphaned.original, undefined);
  });

  it('show the words as they are now in the view, the sidecar keeping the original', () => {
    const start = edited.indexOf(editedQuote);
    const view = applyAnnotations(analysisOf(edited, start, start + editedQuote.length), doc, edited);
    assert.equal(view.statements[0].content.text, editedQuote);
    assert.deepEqual(view.statements[0].tags, ['claim']);
    assert.equal(view.document.statements[0].original?.exact, QUOTE);
  });

  it('round-trip through the sidecar, original right after target; sidecars without it read and write as before', () => {
    const serialized = serializeDocument(moved);
    assert.match(serialized, /"target": \{[^}]*\},\n {6}"original": \{\n {8}"exact": "The ferry is the only way my mother gets to the clinic",\n {8}"prefix": /);
    const read = parseSidecar(serialized);
    assert.ok(read.ok);
    assert.deepEqual(read.document, moved);
    assert.equal(serializeDocument(read.document), serialized);
    const old = serializeDocument(doc);
    assert.doesNotMatch(old, /original/);
    const oldRead = parseSidecar(old);
    assert.ok(oldRead.ok);
    assert.equal(oldRead.document.statements[0].original, undefined);
    assert.equal(serializeDocument(oldRead.document), old, 'an old sidecar is written back byte for byte');
  });

  it('report a malformed original with its field and line', () => {
    const bad = serializeDocument(moved).replace('"exact": "The ferry is the only way my mother', '"exact": 7, "x": "');
    const read = parseSidecar(bad);
    assert.ok(!read.ok);
    assert.equal(read.error.field, 'statements[0].original.exact');
    assert.ok(read.error.line > 1);
    const notObject = parseSidecar(serializeDocument(doc).replace('"tags"', '"original": "words",\n      "tags"'));
    assert.ok(!notObject.ok);
    assert.equal(notObject.error.field, 'statements[0].original');
  });
});
