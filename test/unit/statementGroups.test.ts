import * as assert from 'node:assert/strict';
import { baseView, countsLabel, debounceDelay, excerpt, statementAt, type ArticleView } from '../../src/extension/articleView';
import { buildStatementTree, findStatementNode, parseFilter, type GroupNode, type StatementNode } from '../../src/extension/views/statementGroups';
import type { Analysis, Speaker, Statement, StatementKind } from '../../src/core/types';

// An invented article, and an analysis of it written by hand, so the tree logic is tested apart from the engine.
const text = [
  '“Bridges first,” Mayor Ana Ruiz said.',
  'Council member Tom Baker said the budget was too thin.',
  '“We will vote no,” Baker told reporters.',
  'Ruiz called the plan “overdue”.',
  '“Nobody signed this,” a flyer read.',
].join('\n\n');

function at(words: string) {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, text: words };
}

const speakers: Speaker[] = [
  { id: 'ruiz', name: 'Ana Ruiz', kind: 'person', role: 'Mayor', gender: 'female', aliases: ['Ruiz'], mentions: [at('Ana Ruiz'), at('Ruiz called')].map(m => ({ ...m, end: m.start + 4, text: m.text.slice(0, 4) })) },
  { id: 'baker', name: 'Tom Baker', kind: 'person', role: 'Council member', gender: null, aliases: ['Baker'], mentions: [at('Tom Baker')] },
];

let n = 0;
function statement(kind: StatementKind, content: string, speakerId: string | null): Statement {
  const sp = speakers.find(s => s.id === speakerId);
  return { id: `s${++n}`, kind, paragraph: 0, content: at(content), speaker: sp ? { id: sp.id, name: sp.name, mention: null } : null, cue: null, confidence: 0.8 };
}

const statements = [
  statement('direct', 'Bridges first,', 'ruiz'),
  statement('indirect', 'the budget was too thin', 'baker'),
  statement('direct', 'We will vote no,', 'baker'),
  statement('partial', 'overdue', 'ruiz'),
  statement('direct', 'Nobody signed this,', null),
];
// Listed out of text order on purpose: the view must put them back in order.
const analysis: Analysis = { id: 't', published: null, headline: null, dateline: null, credit: null, paragraphs: [], speakers, statements: [...statements].reverse() };

function view(): ArticleView {
  const v = baseView('file:///a.article', 1, analysis);
  v.statements.find(s => s.id === 's1')!.tags = ['infrastructure'];
  v.statements.find(s => s.id === 's3')!.tags = ['budget', 'vote'];
  v.statements.find(s => s.id === 's2')!.tags = ['budget'];
  return v;
}

const labels = (roots: readonly unknown[]) => (roots as GroupNode[]).map(g => g.label);
const contents = (g: GroupNode) => g.children.map(c => (c as StatementNode).statement.content.text);

describe('Statements tree model', () => {
  it('groups by speaker in order of first statement, statements in text order, unattributed last', () => {
    const { roots } = buildStatementTree(view(), 'speaker');
    assert.deepEqual(labels(roots), ['Ana Ruiz', 'Tom Baker', 'Unattributed']);
    assert.deepEqual(contents(roots[0] as GroupNode), ['Bridges first,', 'overdue']);
    assert.equal((roots[0] as GroupNode).description, 'Mayor · female · 2 statements');
    assert.match((roots[0] as GroupNode).tooltip!, /^Gender \(as the article shows it\): female$/m);
  });

  it('says a person’s gender beside the speaker only where the article shows it', () => {
    const { roots } = buildStatementTree(view(), 'speaker');
    assert.match((roots[1] as GroupNode).description!, /^Council member · \d+ statements?$/);
    assert.doesNotMatch((roots[1] as GroupNode).tooltip!, /Gender/);
  });

  it('lists statements in text order when grouped by order', () => {
    const { roots } = buildStatementTree(view(), 'order');
    assert.deepEqual(roots.map(r => (r as StatementNode).statement.content.text), statements.map(s => s.content.text));
    assert.ok(roots.every(r => r.type === 'statement' && r.parent === undefined));
  });

  it('groups by tag, a statement under each of its tags, untagged last', () => {
    const { roots, shown } = buildStatementTree(view(), 'tag');
    assert.deepEqual(labels(roots), ['budget', 'infrastructure', 'vote', 'Untagged']);
    assert.deepEqual(contents(roots[0] as GroupNode), ['the budget was too thin', 'We will vote no,']);
    assert.equal(shown, 5, 'a statement under two tags counts once');
    const ids = roots.flatMap(r => [r.id, ...(r as GroupNode).children.map(c => c.id)]);
    assert.equal(new Set(ids).size, ids.length, 'node ids are unique');
  });

  it('groups by kind in a fixed order and skips empty kinds', () => {
    const { roots } = buildStatementTree(view(), 'kind');
    assert.deepEqual(labels(roots), ['Direct quotes', 'Partial quotes', 'Reported speech']);
  });

  it('filters by text over content, speaker and tags, and by tag with #', () => {
    const byText = buildStatementTree(view(), 'order', parseFilter('baker'));
    assert.deepEqual(byText.roots.map(r => (r as StatementNode).statement.id), ['s2', 's3']);
    assert.equal(byText.total, 5);
    const byTag = buildStatementTree(view(), 'speaker', parseFilter('#Budget'));
    assert.deepEqual(labels(byTag.roots), ['Tom Baker']);
    assert.equal(byTag.shown, 2);
    assert.equal(parseFilter('   '), undefined);
    assert.deepEqual(parseFilter('tag: vote'), { tag: 'vote' });
  });

  it('adds an Orphaned group when annotations lost their text, and finds nodes with their parents', () => {
    const v = view();
    v.orphans = [{ id: 'o1', text: 'A quote since edited away', tags: ['budget'], note: 'check' }];
    const { roots } = buildStatementTree(v, 'speaker');
    const last = roots[roots.length - 1] as GroupNode;
    assert.equal(last.label, 'Orphaned');
    assert.equal(last.children[0].type, 'orphan');
    const node = findStatementNode(roots, 's3');
    assert.equal(node?.parent?.label, 'Tom Baker');
  });

  it('does not count dismissed statements', () => {
    const v = view();
    v.statements.find(s => s.id === 's5')!.dismissed = true;
    const tree = buildStatementTree(v, 'order');
    assert.equal(tree.shown, 4);
    assert.equal(tree.roots.length, 5, 'dismissed statements stay listed so they can be restored');
    assert.equal(countsLabel(v), '4 statements · 2 speakers');
  });

  it('finds the statement under an offset, the innermost first', () => {
    const v = view();
    assert.equal(statementAt(v, text.indexOf('vote no'))?.id, 's3');
    assert.equal(statementAt(v, text.indexOf('Council')), undefined);
  });

  it('makes one-line excerpts cut at a word', () => {
    assert.equal(excerpt('short\ntext'), 'short text');
    const long = excerpt('The two sides have also made progress and reached the agreement on some specific issues.', 40);
    assert.ok(long.length <= 40 && long.endsWith('…'), long);
    assert.ok('The two sides have also made progress and'.startsWith(long.slice(0, -1)));
  });

  it('waits the configured pause after an edit, longer when analysis is slow, never more than 3 s', () => {
    assert.equal(debounceDelay(300, 20), 300);
    assert.equal(debounceDelay(300, 800), 1600);
    assert.equal(debounceDelay(300, 60_000), 3000);
    assert.equal(debounceDelay(5000, 60_000), 5000, 'a longer configured pause is respected');
  });
});
