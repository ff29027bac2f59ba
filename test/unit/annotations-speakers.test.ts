import * as assert from 'node:assert/strict';
import {
  applyAnnotations, articleHash, correctSpeaker, emptyDocument, parseSidecar, serializeDocument, setSpeaker, type EditContext,
} from '../../src/core/annotations';
import { analyze } from '../../src/core';
import { exportArticles, sourceReport } from '../../src/core/export';

const text = 'Ferry vote\n\nMayor Jordan Ellis said the ferry would run all winter. The Vatican said in a statement that it would pray for the crews. ' +
  'Basri Tanoto, a deckhand, said the crews were ready. “We have waited long enough,” said a captain.';
const ctx: EditContext = { now: '2026-05-01T10:00:00.000Z', newId: () => 'a-1' };
const fresh = () => emptyDocument({ hash: articleHash(text), length: text.length });

describe('annotations: a person’s corrections of what a speaker is', () => {
  const analysis = analyze(text, 'ferry');
  const speaker = (name: string, speakers = analysis.speakers) => speakers.find(s => s.name === name) ?? assert.fail(`no ${name}: ${speakers.map(s => s.name).join(', ')}`);

  it('applies a corrected gender and kind to the speaker everywhere, and a reset goes back to the article’s reading', () => {
    let doc = correctSpeaker(fresh(), 'Basri Tanoto', { gender: 'male' }, ctx);
    doc = correctSpeaker(doc, 'vatican', { kind: 'organization' }, ctx); // (matched whatever the case)
    doc = correctSpeaker(doc, 'Jordan Ellis', { gender: null }, ctx);
    const { speakers } = applyAnnotations(analysis, doc, text);
    assert.deepEqual([speaker('Basri Tanoto', speakers).kind, speaker('Basri Tanoto', speakers).gender], ['person', 'male']);
    assert.deepEqual([speaker('Vatican', speakers).kind, speaker('Vatican', speakers).gender], ['organization', null]);
    assert.equal(speaker('Jordan Ellis', speakers).gender, null, '“not shown” outweighs the given name');
    const reset = correctSpeaker(doc, 'Basri Tanoto', { gender: 'reset' }, ctx);
    assert.equal(speaker('Basri Tanoto', applyAnnotations(analysis, reset, text).speakers).gender, speaker('Basri Tanoto').gender);
    assert.equal(reset.speakers?.length, 2, 'a correction with nothing left to say is removed');
  });

  it('gives a gender to a speaker only a person named, making them a person', () => {
    const quote = text.indexOf('We have waited');
    let doc = setSpeaker(fresh(), text, { start: quote, end: quote + 'We have waited long enough,'.length }, 'Captain Ida Lind', ctx);
    doc = correctSpeaker(doc, 'Captain Ida Lind', { gender: 'female' }, ctx);
    const annotated = applyAnnotations(analysis, doc, text);
    assert.deepEqual([speaker('Captain Ida Lind', annotated.speakers).kind, speaker('Captain Ida Lind', annotated.speakers).gender], ['person', 'female']);
    // applied again to its own result (an export of what the editor shows), nothing changes
    const again = applyAnnotations({ ...analysis, speakers: annotated.speakers }, doc, text);
    assert.deepEqual(again.speakers, annotated.speakers);
  });

  it('writes corrections as version 2, sorted by name, and reads them back; a file without them stays version 1', () => {
    assert.equal(JSON.parse(serializeDocument(fresh())).version, 1);
    const doc = correctSpeaker(correctSpeaker(fresh(), 'Vatican', { kind: 'organization' }, ctx), 'Basri Tanoto', { gender: 'male' }, ctx);
    const written = serializeDocument(doc);
    const json = JSON.parse(written);
    assert.equal(json.version, 2);
    assert.deepEqual(json.speakers, [
      { name: 'Basri Tanoto', gender: 'male', modified: ctx.now },
      { name: 'Vatican', kind: 'organization', modified: ctx.now },
    ]);
    const read = parseSidecar(written);
    assert.ok(read.ok);
    assert.equal(serializeDocument(read.document), written);
    const notShown = parseSidecar(serializeDocument(correctSpeaker(fresh(), 'Jordan Ellis', { gender: null }, ctx)));
    assert.ok(notShown.ok);
    assert.deepEqual(notShown.document.speakers?.map(c => c.gender), [null], 'an explicit “not shown” survives the round trip');
  });

  it('counts whose voices with the corrections: the sources export and the statement rows', () => {
    const doc = correctSpeaker(correctSpeaker(fresh(), 'Vatican', { kind: 'organization' }, ctx), 'Basri Tanoto', { gender: 'male' }, ctx);
    const article = { name: 'ferry.article', text, analysis, annotations: doc };
    const sources = sourceReport([article]).sources;
    assert.deepEqual(sources.find(s => s.speaker === 'Vatican')?.kind, 'organization');
    assert.deepEqual(sources.find(s => s.speaker === 'Basri Tanoto')?.gender, 'male');
    const rows = exportArticles('jsonl', [article])[0].content.trim().split('\n').map(l => JSON.parse(l));
    assert.equal(rows.find(r => r.speaker === 'Basri Tanoto').gender, 'male');
  });
});
