import * as assert from 'node:assert/strict';
import {
  addTags, applyAnnotations, emptyDocument, removeTags, restoreStatement, setKind, setNote, setSpeaker,
  dismissStatement, addStatement,
} from '../../src/core/annotations';
import { ctx, sampleAnalysis, sampleAnnotations, sampleText, spanOf } from './export-sample';

const [s1, s2, s3, s4] = sampleAnalysis.statements;

describe('annotation operations', () => {
  it('never change the document they are given (so Undo is a stack of documents)', () => {
    const before = emptyDocument();
    const frozen = JSON.stringify(before);
    const after = addTags(before, sampleText, s1.content, ['claim'], ctx());
    assert.equal(JSON.stringify(before), frozen);
    assert.equal(after.statements.length, 1);
    const again = removeTags(after, sampleText, s1.content, ['claim'], ctx());
    assert.equal(after.statements[0].tags.length, 1);
    assert.equal(again.statements.length, 0, 'an entry with nothing left in it is dropped');
  });

  it('tag once per name, trimmed, and find the entry by id after the words moved', () => {
    let doc = addTags(emptyDocument(), sampleText, s2.content, [' claim ', 'claim', ''], ctx());
    assert.deepEqual(doc.statements[0].tags, ['claim']);
    const id = doc.statements[0].id;
    doc = addTags(doc, sampleText, { annotationId: id, start: 0, end: 0 }, ['false'], ctx());
    assert.equal(doc.statements.length, 1);
    assert.deepEqual(doc.statements[0].tags, ['claim', 'false']);
  });

  it('remove a speaker correction and a note when set to nothing', () => {
    let doc = setSpeaker(emptyDocument(), sampleText, s1.content, 'Someone Else', ctx());
    doc = setNote(doc, sampleText, s1.content, 'check this', ctx());
    assert.equal(doc.statements[0].speaker, 'Someone Else');
    doc = setSpeaker(doc, sampleText, s1.content, null, ctx());
    doc = setNote(doc, sampleText, s1.content, '  ', ctx());
    assert.equal(doc.statements.length, 0);
  });

  it('dismiss and restore a statement', () => {
    const dismissed = dismissStatement(emptyDocument(), sampleText, s4.content, ctx());
    assert.equal(applyAnnotations(sampleAnalysis, dismissed, sampleText).dismissed.length, 1);
    const restored = restoreStatement(dismissed, sampleText, s4.content, ctx());
    const view = applyAnnotations(sampleAnalysis, restored, sampleText);
    assert.equal(view.dismissed.length, 0);
    assert.ok(view.statements.some(s => s.content.start === s4.content.start));
  });
});

describe('applyAnnotations', () => {
  const view = applyAnnotations(sampleAnalysis, sampleAnnotations(), sampleText);

  it('shows tags and notes on the statements they were made on', () => {
    const first = view.statements.find(s => s.content.start === s1.content.start)!;
    assert.deepEqual(first.tags, ['claim', 'key quote']);
    assert.match(first.note!, /HYPERLINK/);
    assert.equal(first.origin, 'extracted');
    assert.equal(first.speaker?.name, 'Olu Adeyemi', 'no correction: the extractor\'s speaker');
  });

  it('applies a speaker correction, linking to the article\'s speaker of that name', () => {
    const third = view.statements.find(s => s.content.start === s3.content.start)!;
    assert.equal(third.speaker?.name, 'Rita Vance');
    assert.equal(third.speaker?.id, 'p2');
    assert.equal(third.speakerCorrected, true);
  });

  it('hides dismissed statements but keeps them, adds hand-added ones, lists orphans', () => {
    assert.ok(!view.statements.some(s => s.content.start === s4.content.start));
    assert.deepEqual(view.dismissed.map(s => s.content.text), ['miracles']);
    const added = view.statements.find(s => s.origin === 'added')!;
    assert.equal(added.content.text, 'The town will rebuild its harbour wall');
    assert.equal(added.kind, 'indirect');
    assert.equal(added.speaker?.name, 'officials');
    assert.deepEqual(view.orphans.map(o => o.target.exact), ['words that were deleted from the article']);
    assert.equal(view.statements.length, 4, 'three extracted (one dismissed) and one added');
  });

  it('keeps an annotated statement the extractor no longer finds', () => {
    const doc = addTags(emptyDocument(), sampleText, spanOf('officials said on Monday'), ['check'], ctx());
    const kept = applyAnnotations(sampleAnalysis, doc, sampleText).statements.find(s => s.origin === 'kept');
    assert.equal(kept?.content.text, 'officials said on Monday');
    assert.deepEqual(kept?.tags, ['check']);
  });

  it('follows a statement whose extracted bounds moved slightly', () => {
    const wider = { start: s2.content.start - 1, end: s2.content.end + 1 };
    let doc = addTags(emptyDocument(), sampleText, wider, ['misleading'], ctx());
    doc = setKind(doc, sampleText, wider, 'direct', ctx());
    const shown = applyAnnotations(sampleAnalysis, doc, sampleText).statements;
    const target = shown.find(s => s.content.start === s2.content.start)!;
    assert.deepEqual(target.tags, ['misleading']);
    assert.equal(target.kind, 'direct');
    assert.equal(shown.length, 4, 'no duplicate statement');
  });

  it('re-anchors after the article changed and returns the refreshed sidecar', () => {
    const edited = 'CORRECTION appended on top.\n\n' + sampleText;
    const moved = applyAnnotations(sampleAnalysis, sampleAnnotations(), edited);
    for (const entry of moved.document.statements) {
      if (moved.orphans.some(o => o.id === entry.id)) continue;
      assert.equal(edited.slice(entry.target.start, entry.target.end), entry.target.exact);
    }
    assert.equal(moved.document.article.length, edited.length);
    const added = addStatement(emptyDocument(), sampleText, spanOf('harbour wall'), { kind: 'direct' }, ctx());
    assert.equal(added.document.statements[0].id, added.id);
  });
});
