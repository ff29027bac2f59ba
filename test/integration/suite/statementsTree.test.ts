// The Statements view on the seed article: speakers, groupings, filter, reveal, navigation, status bar.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import type { StatementNode } from '../../../src/extension/views/statementGroups';
import { groups, offsetsOf, openArticle, SEED, selectedText, shownStatements, statementNodes, waitFor } from './articleTestHelpers';

/** Who says what in the seed, as a careful reader attributes it (content prefix -> speaker). */
const SEED_ATTRIBUTIONS: Array<[string, string]> = [
  ['China hopes to see a sound and steady relationship', 'Xi Jinping'],
  ['progress', 'Xi Jinping'],
  ['The two sides have also made progress', 'Xi Jinping'],
  ['hurt China’s legitimate rights and interests', 'Xi Jinping'],
  ['The two countries have an obligation and responsibility to manage', 'Antony Blinken'],
  ['have an obligation and responsibility', 'Antony Blinken'],
  ['committed to doing that', 'Antony Blinken'],
  ['there was no agreement yet on resuming direct military-to-military', 'Antony Blinken'],
  ['he had raised contentious issues such as Taiwan', 'Antony Blinken'],
  ['the two sides had not moved forward', 'Antony Blinken'],
  ['candid and constructive', 'Antony Blinken'],
  ['We must take a responsible attitude', 'Wang Yi'],
  ['Xi’s comments, and the diplomatic choreography', 'analysts'],
];

function groupHolding(api: NewsAnnotatorApi, contentStart: string) {
  return groups(api).find(g => g.children.some(c => c.type === 'statement' && c.statement.content.text.startsWith(contentStart)));
}

describe('Statements view on the seed article', () => {
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;

  before(async () => {
    ({ api, editor } = await openArticle(SEED));
    api.statementsTree.setGrouping('speaker');
    api.statementsTree.setFilter(undefined);
  });

  afterEach(async () => {
    api.statementsTree.setFilter(undefined);
    await vscode.commands.executeCommand('newsAnnotator.groupBySpeaker');
  });

  it('follows the active article and lists every statement the analysis found, once each', () => {
    assert.strictEqual(api.statementsTree.article?.toString(), editor.document.uri.toString());
    const view = api.articleStore.getView(editor.document.uri)!;
    // a row per utterance: the parts of an utterance quoted in parts are under its row
    const shown = shownStatements(api).map(s => s.id).sort();
    assert.deepStrictEqual(shown, view.statements.map(s => s.id).sort());
    assert.ok(shown.length > 0, 'the seed has statements');
  });

  it('holds Xi Jinping’s “The two sides have also made progress” under a speaker node labelled Xi Jinping', () => {
    const group = groupHolding(api, 'The two sides have also made progress');
    assert.ok(group, 'the statement is in the tree');
    assert.match(group.label, /Xi Jinping/);
    assert.strictEqual(group.role, 'speaker');
  });

  it('holds Wang Yi’s “We must take a responsible attitude” under Wang Yi', () => {
    assert.match(groupHolding(api, 'We must take a responsible attitude')?.label ?? '(none)', /Wang Yi/);
  });

  it('puts every statement of the seed under the right speaker', () => {
    const wrong = SEED_ATTRIBUTIONS
      .map(([content, speaker]) => ({ content, speaker, found: groupHolding(api, content)?.label ?? '(not found)' }))
      .filter(r => r.found !== r.speaker);
    assert.deepStrictEqual(wrong, []);
  });

  it('shows speaker nodes with their count of utterances (one row each), in text order', () => {
    for (const group of groups(api).filter(g => g.role === 'speaker')) {
      const statements = group.children.filter((c): c is StatementNode => c.type === 'statement');
      assert.match(group.description ?? '', new RegExp(`\\b${statements.length} utterances?\\b`), group.label);
      const starts = statements.map(s => s.statement.content.start);
      assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b), `${group.label}'s statements in text order`);
    }
  });

  it('switches grouping from the title-bar commands: order, kind, tag, and back to speaker', async () => {
    await vscode.commands.executeCommand('newsAnnotator.groupByOrder');
    const roots = api.statementsTree.getChildren();
    assert.ok(roots.every(n => n.type === 'statement'), 'a flat list');
    const starts = roots.map(n => (n as StatementNode).statement.content.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));

    await vscode.commands.executeCommand('newsAnnotator.groupByKind');
    const kinds = groups(api).map(g => g.label);
    assert.ok(kinds.length > 0 && kinds.every(k => ['Direct quotes', 'Partial quotes', 'Reported speech', 'Pull quotes'].includes(k)), kinds.join());

    await vscode.commands.executeCommand('newsAnnotator.groupByTag');
    assert.deepStrictEqual(groups(api).map(g => g.label), ['Untagged'], 'nothing is tagged yet');

    await vscode.commands.executeCommand('newsAnnotator.groupBySpeaker');
    assert.strictEqual(api.statementsTree.grouping, 'speaker');
  });

  it('filters by text and clears the filter', async () => {
    const all = statementNodes(api).length;
    await vscode.commands.executeCommand('newsAnnotator.filterStatements', 'military');
    const filtered = statementNodes(api);
    assert.ok(filtered.length > 0 && filtered.length < all, `${filtered.length} of ${all}`);
    assert.ok(filtered.every(n => /military/i.test(n.statement.content.text + (n.statement.speaker?.name ?? ''))));
    assert.match(api.statementsTree.view.message ?? '', /military/);
    await vscode.commands.executeCommand('newsAnnotator.clearFilter');
    assert.strictEqual(statementNodes(api).length, all);
    assert.strictEqual(api.statementsTree.view.message, undefined);
  });

  it('shows the count as a badge on the view, saying what it counts', () => {
    assert.strictEqual(api.statementsTree.view.badge?.value, statementNodes(api).length);
    assert.match(api.statementsTree.view.badge?.tooltip ?? '', /^\d+ utterances?$/);
  });

  it('gives statement items an excerpt, a kind icon, a tooltip and a click that selects the words in the editor', async () => {
    const node = statementNodes(api).find(n => n.statement.content.text.startsWith('We must take'))!;
    assert.ok(node, 'the seed’s last quote is listed');
    const item = api.statementsTree.getTreeItem(node);
    assert.ok(String(item.label).startsWith('We must take'));
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.match(item.contextValue ?? '', /^statement/);
    assert.strictEqual(item.tooltip, undefined, 'the tooltip is made when the row is hovered');
    const resolved = api.statementsTree.resolveTreeItem(item, node);
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString && resolved.tooltip.value.includes('reverse the downward spiral'));
    assert.ok(item.command, 'clicking runs a command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.strictEqual(active.document.uri.toString(), editor.document.uri.toString());
    assert.strictEqual(selectedText(active), node.statement.content.text);
  });

  it('moves the selection through statements in text order with Next / Previous Statement', async () => {
    const ordered = [...api.articleStore.getView(editor.document.uri)!.statements].filter(s => !s.dismissed);
    assert.ok(ordered.length >= 2);
    editor = await vscode.window.showTextDocument(editor.document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextStatement');
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), ordered[0].content.text);
    await vscode.commands.executeCommand('newsAnnotator.nextStatement');
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), ordered[1].content.text);
    await vscode.commands.executeCommand('newsAnnotator.previousStatement');
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), ordered[0].content.text);
    await vscode.commands.executeCommand('newsAnnotator.previousStatement');
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), ordered[ordered.length - 1].content.text, 'wraps around');
  });

  it('selects the statement under the cursor in the view as the cursor moves', async () => {
    await vscode.commands.executeCommand('newsAnnotator.showStatements');
    await waitFor('the Statements view to be visible', () => api.statementsTree.view.visible);
    editor = await vscode.window.showTextDocument(editor.document);
    const { start } = offsetsOf(editor.document, 'reached the agreement');
    const position = editor.document.positionAt(start);
    editor.selection = new vscode.Selection(position, position);
    const selected = await waitFor('the view to select the statement under the cursor', () => {
      const node = api.statementsTree.view.selection[0];
      return node?.type === 'statement' && node.statement.content.text.includes('reached the agreement') ? node : undefined;
    });
    assert.strictEqual(api.statementsTree.view.selection.length, 1);
    assert.strictEqual(selected.type, 'statement');
  });

  it('shows “N utterances · M speakers” in the status bar, matching the view', () => {
    const text = api.statusBar.text;
    assert.ok(text, 'the status bar item is shown on an article editor');
    const match = /(\d+) utterances? · (\d+) speakers?/.exec(text);
    assert.ok(match, text);
    assert.strictEqual(Number(match[1]), statementNodes(api).length);
    assert.strictEqual(Number(match[2]), groups(api).filter(g => g.role === 'speaker').length);
  });

  it('updates after an edit: a typed quote appears in the view, and undoing it removes it', async () => {
    editor = await vscode.window.showTextDocument(editor.document);
    const end = editor.document.positionAt(editor.document.getText().length);
    const quote = 'Our newsroom typed this line to test the view';
    await editor.edit(b => b.insert(end, `\n\n“${quote},” the test said.\n`));
    await waitFor('the typed quote to appear in the view', () => shownStatements(api).some(s => s.content.text.includes(quote)));
    await vscode.commands.executeCommand('undo');
    await waitFor('the typed quote to leave the view', () => !shownStatements(api).some(s => s.content.text.includes(quote)));
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('applies the groupBy and statusBar settings when they change', async () => {
    const settings = vscode.workspace.getConfiguration('newsAnnotator');
    try {
      await settings.update('tree.groupBy', 'kind', vscode.ConfigurationTarget.Workspace);
      await waitFor('the view to group by kind', () => api.statementsTree.grouping === 'kind');
      assert.ok(groups(api).every(g => g.role === 'kind'));
      await settings.update('statusBar.enabled', false, vscode.ConfigurationTarget.Workspace);
      await waitFor('the status bar item to hide', () => api.statusBar.text === undefined);
    } finally {
      await settings.update('tree.groupBy', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the status bar item to come back', () => api.statusBar.text !== undefined);
    assert.strictEqual(api.statementsTree.grouping, 'speaker');
  });

  it('shows what an annotation layer adds: tags in the description, notes in the tooltip, dismissals, orphans', async () => {
    const [first, second] = api.articleStore.getView(editor.document.uri)!.statements;
    const layer = api.articleStore.registerLayer(view => ({
      ...view,
      statements: view.statements.map(s =>
        s.id === first.id ? { ...s, tags: ['diplomacy'], note: 'Check the translation' }
          : s.id === second.id ? { ...s, dismissed: true } : s),
      orphans: [{ id: 'gone-1', text: 'A sentence an editor has since cut', tags: ['cut'] }],
    }));
    try {
      const tagged = statementNodes(api).find(n => n.statement.id === first.id)!;
      const item = api.statementsTree.getTreeItem(tagged);
      assert.match(String(item.description), /#diplomacy/);
      assert.match(item.contextValue ?? '', /^statement\+tagged/);
      assert.match((api.statementsTree.resolveTreeItem(item, tagged).tooltip as vscode.MarkdownString).value, /Check the translation/);
      const dismissed = api.statementsTree.getTreeItem(statementNodes(api).find(n => n.statement.id === second.id)!);
      assert.match(dismissed.contextValue ?? '', /dismissed/);
      const orphans = api.statementsTree.getChildren().find(n => n.type === 'group' && n.label === 'Orphaned');
      assert.ok(orphans, 'an Orphaned group');
      const orphanNode = api.statementsTree.getChildren(orphans)[0];
      const orphanItem = api.statementsTree.getTreeItem(orphanNode);
      assert.strictEqual(orphanItem.contextValue, 'orphan');
      assert.match((api.statementsTree.resolveTreeItem(orphanItem, orphanNode).tooltip as vscode.MarkdownString).value, /no longer in the article/);
      await vscode.commands.executeCommand('newsAnnotator.filterStatements', '#diplomacy');
      assert.deepStrictEqual(statementNodes(api).map(n => n.statement.id), [first.id]);
      const live = api.articleStore.getView(editor.document.uri)!.statements.filter(s => !s.dismissed).length;
      assert.match(api.statusBar.text ?? '', new RegExp(`\\b${live} utterances?\\b`), 'dismissed statements are not counted');
    } finally {
      layer.dispose();
    }
    assert.ok(!api.statementsTree.getChildren().some(n => n.type === 'group' && n.label === 'Orphaned'), 'removing the layer removes what it added');
  });
});

describe('Statements view on a quote split around its attribution', () => {
  it('shows both parts of the utterance as one row, the second part under it', async () => {
    const { api, editor } = await openArticle('fixtures/wire-harbour-strike.article');
    const second = api.articleStore.getView(editor.document.uri)!.statements.find(s => s.content.text.startsWith('Not the workers'));
    assert.ok(second?.continues, 'the second part goes on from an earlier one');
    const row = statementNodes(api).find(n => n.parts?.some(p => p.statement.id === second.id));
    assert.ok(row, 'a row holds the second part');
    assert.strictEqual(row.statement.id, second.continues, 'the row stands for the first part');
    assert.ok(!statementNodes(api).some(n => n.statement.id === second.id), 'the second part has no row of its own');
  });
});

describe('Statements view follows the active article', () => {
  it('switches to the article in the active editor, and keeps it while a non-article editor is active', async () => {
    const { api, editor: seed } = await openArticle(SEED);
    const { editor: other } = await openArticle('fixtures/ferry-vote-lint.article');
    assert.strictEqual(api.statementsTree.article?.toString(), other.document.uri.toString());
    assert.ok(statementNodes(api).some(n => n.statement.content.text.includes('Nobody asked the riders')));

    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not an article' });
    await vscode.window.showTextDocument(plain);
    assert.strictEqual(api.statementsTree.article?.toString(), other.document.uri.toString());
    assert.strictEqual(api.statusBar.text, undefined, 'no article counts on a plain-text editor');

    await vscode.window.showTextDocument(seed.document);
    await waitFor('the view to follow back to the seed', () => api.statementsTree.article?.toString() === seed.document.uri.toString());
    assert.ok(statementNodes(api).some(n => n.statement.content.text.startsWith('We must take a responsible attitude')));
    await vscode.window.showTextDocument(plain);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
