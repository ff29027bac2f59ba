/**
 * An invented article (with an emoji, so UTF-16 and code-point offsets differ,
 * and a cell that a spreadsheet would run as a formula) and its analysis,
 * written by hand so exporter tests do not depend on the extractor's output.
 */
import type { Analysis, Span, Statement } from '../../src/core';
import { addStatement, addTags, dismissStatement, emptyDocument, setNote, setSpeaker, articleHash, type AnnotationDocument, type EditContext } from '../../src/core/annotations';
import type { ExportArticle } from '../../src/core/export';

export const sampleText = [
  'LAKESIDE, April 2 🌊 The town will rebuild its harbour wall, officials said on Monday.',
  '',
  '"-5 degrees in March is nothing new," said Harbour Master Olu Adeyemi, pointing at the ice.',
  '',
  'Mayor Rita Vance said the wall would be "ready before the storms, "quoted" or not".',
  '',
  '"This is a "test" with a tab\tinside," Vance added. Budget "miracles" were promised.',
].join('\n');

export function spanOf(words: string, from = 0): Span {
  const start = sampleText.indexOf(words, from);
  if (start < 0) throw new Error(`sample lacks ${words}`);
  return { start, end: start + words.length, text: words };
}

/** `cue` is [the cue words, a unique phrase starting with them]. */
function statement(id: string, kind: Statement['kind'], words: string, speaker: { id: string; name: string; mention: string } | null, cue: [string, string] | null, paragraph: number): Statement {
  const content = spanOf(words);
  return {
    id, kind, paragraph, content,
    speaker: speaker && { id: speaker.id, name: speaker.name, mention: spanOf(speaker.mention) },
    cue: cue ? spanOf(cue[0], spanOf(cue[1]).start) : null,
    confidence: 0.9,
  };
}

const olu = { id: 'p1', name: 'Olu Adeyemi', mention: 'Olu Adeyemi' };
const rita = { id: 'p2', name: 'Rita Vance', mention: 'Rita Vance' };

export const sampleAnalysis: Analysis = {
  id: 'lakeside',
  published: null,
  headline: null,
  dateline: null,
  credit: null,
  paragraphs: [],
  speakers: [
    { id: 'p1', name: 'Olu Adeyemi', kind: 'person', role: 'Harbour Master', gender: null, aliases: ['Adeyemi'], mentions: [spanOf('Olu Adeyemi')] },
    { id: 'p2', name: 'Rita Vance', kind: 'person', role: 'Mayor', gender: 'female', aliases: ['Vance'], mentions: [spanOf('Rita Vance')] },
  ],
  statements: [
    statement('s1', 'direct', '-5 degrees in March is nothing new,', olu, ['said', 'said Harbour'], 2),
    statement('s2', 'partial', 'ready before the storms, "quoted" or not', rita, ['said', 'said the wall'], 4),
    statement('s3', 'direct', 'This is a "test" with a tab\tinside,', null, ['added', 'added.'], 6),
    statement('s4', 'partial', 'miracles', null, null, 6),
  ],
};
sampleAnalysis.paragraphs = sampleText.split('\n').reduce<{ start: number; end: number }[]>((acc, line, i, all) => {
  const start = all.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  if (line) acc.push({ start, end: start + line.length });
  return acc;
}, []);

let counter = 0;
export const ctx = (): EditContext => ({ now: '2026-03-01T12:00:00.000Z', newId: () => `a-${++counter}` });

/** Tags, a note with a formula, a corrected speaker, a dismissal, an added statement, an orphan. */
export function sampleAnnotations(): AnnotationDocument {
  const t = sampleText;
  const s1 = sampleAnalysis.statements[0].content;
  const s3 = sampleAnalysis.statements[2].content;
  const s4 = sampleAnalysis.statements[3].content;
  let doc = emptyDocument({ hash: articleHash(t), length: t.length });
  doc = addTags(doc, t, s1, ['claim', 'key quote'], ctx());
  doc = setNote(doc, t, s1, '=HYPERLINK("http://example.invalid")', ctx());
  doc = setSpeaker(doc, t, s3, 'Rita Vance', ctx());
  doc = addTags(doc, t, s3, ['opinion'], ctx());
  doc = dismissStatement(doc, t, s4, ctx());
  const added = spanOf('The town will rebuild its harbour wall');
  doc = addStatement(doc, t, added, { kind: 'indirect', speaker: 'officials' }, ctx()).document;
  doc = {
    ...doc,
    statements: [...doc.statements, {
      id: 'orphan-1', origin: 'extracted', target: { start: 5, end: 5, exact: 'words that were deleted from the article', prefix: '', suffix: '' },
      tags: ['check'], note: 'lost its words', created: '2026-03-01T12:00:00.000Z', modified: '2026-03-01T12:00:00.000Z',
    }],
  };
  return doc;
}

export function sampleArticle(): ExportArticle {
  return { name: 'stories/lakeside.article', uri: 'file:///work/stories/lakeside.article', text: sampleText, analysis: sampleAnalysis, annotations: sampleAnnotations() };
}

/**
 * A second invented article: one utterance quoted in two parts around its
 * attribution (the second part `continues` the first), then a quote of its
 * own. Astral characters before and inside the split quote make code-point
 * offsets differ from UTF-16 ones there.
 */
export const utteranceText = [
  'HARBOUR ROAD 🌊 The council met on Tuesday.',
  '',
  '"We will not wait for the council 🏛," Mayor Rita Vance said. "The sea never does."',
  '',
  '"Nothing is decided yet," said Olu Adeyemi.',
].join('\n');

/** The article as it read when the first part was tagged; it has since been edited ('on' became 'for'). */
export const utteranceTextBefore = utteranceText.replace('wait for the council', 'wait on the council');

const at = (text: string, words: string, from = 0): Span => {
  const start = text.indexOf(words, from);
  if (start < 0) throw new Error(`utterance sample lacks ${words}`);
  return { start, end: start + words.length, text: words };
};

export const utteranceAnalysis: Analysis = {
  id: 'harbour-road',
  published: null,
  headline: null,
  dateline: null,
  credit: null,
  paragraphs: utteranceText.split('\n').filter(Boolean).map(line => ({ start: utteranceText.indexOf(line), end: utteranceText.indexOf(line) + line.length })),
  speakers: [
    { id: 'p1', name: 'Rita Vance', kind: 'person', role: 'Mayor', gender: 'female', aliases: ['Vance'], mentions: [at(utteranceText, 'Rita Vance')] },
    { id: 'p2', name: 'Olu Adeyemi', kind: 'person', role: null, gender: null, aliases: ['Adeyemi'], mentions: [at(utteranceText, 'Olu Adeyemi')] },
  ],
  statements: [
    {
      id: 'u1', kind: 'direct', paragraph: 1, content: at(utteranceText, 'We will not wait for the council 🏛,'),
      speaker: { id: 'p1', name: 'Rita Vance', mention: at(utteranceText, 'Rita Vance') }, cue: at(utteranceText, 'said'), confidence: 0.9,
    },
    {
      id: 'u2', kind: 'direct', paragraph: 1, content: at(utteranceText, 'The sea never does.'),
      speaker: { id: 'p1', name: 'Rita Vance', mention: at(utteranceText, 'Rita Vance') }, cue: at(utteranceText, 'said'), confidence: 0.9,
      continues: 'u1',
    },
    {
      id: 'u3', kind: 'direct', paragraph: 2, content: at(utteranceText, 'Nothing is decided yet,'),
      speaker: { id: 'p2', name: 'Olu Adeyemi', mention: at(utteranceText, 'Olu Adeyemi') }, cue: at(utteranceText, 'said', at(utteranceText, 'said Olu').start), confidence: 0.9,
    },
  ],
};

/**
 * The first part tagged `claim` on the article before its edit, so that
 * re-anchoring finds it on the edited words and keeps those it was tagged on
 * as `original`; with `dismissFirst`, that part is also dismissed.
 */
export function utteranceArticle(options: { dismissFirst?: boolean } = {}): ExportArticle {
  const before = utteranceTextBefore;
  const first = at(before, 'We will not wait on the council 🏛,');
  let doc = addTags(emptyDocument({ hash: articleHash(before), length: before.length }), before, first, ['claim'], ctx());
  if (options.dismissFirst) doc = dismissStatement(doc, before, first, ctx());
  return { name: 'harbour-road.article', uri: 'file:///work/harbour-road.article', text: utteranceText, analysis: utteranceAnalysis, annotations: doc };
}
