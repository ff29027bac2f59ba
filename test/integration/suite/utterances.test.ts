// One row per utterance (newsAnnotator.tree.joinUtterances): a quote split around its attribution and
// the quote paragraph going on from it are one row of the Statements view, counted once, followed by
// the cursor in any part, and tagged, attributed and dismissed as a whole.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../../src/core/annotations';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import type { StatementView } from '../../../src/extension/articleView';
import type { GroupNode, PartNode, StatementNode } from '../../../src/extension/views/statementGroups';
import { groups, offsetsOf, openArticle, pickFirstTag, selectedText, statementNodes, waitFor, workspaceUri } from './articleTestHelpers';

const ARTICLE = 'scratch-utterances/river-path.article';
// Invented for this suite: Whitlock's utterance comes in three parts (split around "Whitlock said",
// then a paragraph quoting on); Okoye has a reported statement and a quote of his own.
const TEXT = `Council backs river path after long debate

SPRINGFIELD, May 4 (Reuters) - The city council approved the riverside path on Monday after a three-hour debate.

"We listened to every neighbour who wrote to us," Councillor Dana Whitlock said. "The path will open before the summer."

"It took longer than anyone wanted, but the plan is better for it."

Resident Paul Okoye said the cost was too high. "Nobody asked what the upkeep would be," he said.
`;
const FIRST = 'We listened to every neighbour';
const SECOND = 'The path will open before the summer';
const THIRD = 'It took longer than anyone wanted';
const OKOYE_QUOTE = 'Nobody asked what the upkeep would be';

const settings = () => vscode.workspace.getConfiguration('newsAnnotator');

function view(api: NewsAnnotatorApi, uri: vscode.Uri) {
  const v = api.articleStore.getView(uri);
  assert.ok(v, 'the article has a view');
  return v;
}

function statementStarting(api: NewsAnnotatorApi, uri: vscode.Uri, words: string): StatementView {
  const s = view(api, uri).statements.find(x => x.content.text.startsWith(words));
  assert.ok(s, `a statement starts “${words}”`);
  return s;
}

/** The parts of Whitlock's utterance as the analysis links them: each later part names the one before. */
function whitlockParts(api: NewsAnnotatorApi, uri: vscode.Uri): StatementView[] {
  const parts = [FIRST, SECOND, THIRD].map(w => statementStarting(api, uri, w));
  assert.strictEqual(parts[1].continues, parts[0].id, 'the part after “Whitlock said” goes on from the first');
  assert.strictEqual(parts[2].continues, parts[1].id, 'the next paragraph goes on from the second part');
  return parts;
}

/** The row showing the statement that starts with `words`. */
function rowOf(api: NewsAnnotatorApi, words: string): StatementNode | undefined {
  return statementNodes(api).find(n => n.statement.content.text.startsWith(words) || n.parts?.some(p => p.statement.content.text.startsWith(words)));
}

async function moveCursorInto(editor: vscode.TextEditor, words: string): Promise<void> {
  const position = editor.document.positionAt(offsetsOf(editor.document, words).start + 3);
  editor.selection = new vscode.Selection(position, position);
}

function selectedRowText(api: NewsAnnotatorApi): string | undefined {
  const node = api.statementsTree.view.selection[0];
  return node?.type === 'statement' ? node.statement.content.text : undefined;
}

async function readSidecar(uri: vscode.Uri) {
  try {
    const parsed = parseSidecar(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri.with({ path: `${uri.path}.annotations.json` }))));
    return parsed.ok ? parsed.document : undefined;
  } catch {
    return undefined;
  }
}

describe('Statements view: one row per utterance quoted in parts', function () {
  this.timeout(60_000);
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;
  const uri = workspaceUri(ARTICLE);

  before(async () => {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    ({ api, editor } = await openArticle(ARTICLE));
    await api.annotations.annotations.annotationsOf(uri);
    api.statementsTree.setGrouping('speaker');
    api.statementsTree.setFilter(undefined);
  });

  afterEach(async () => {
    api.statementsTree.setFilter(undefined);
    api.statementsTree.setGrouping('speaker');
    await settings().update('tree.joinUtterances', undefined, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('scratch-utterances'), { recursive: true });
  });

  it('shows the three parts of one utterance as one row labelled with its first part, the parts revealed on expand', () => {
    const parts = whitlockParts(api, uri);
    const whitlock = groups(api).find(g => g.label === 'Dana Whitlock');
    assert.ok(whitlock, 'a group for Dana Whitlock');
    assert.strictEqual(whitlock.children.length, 1, 'one row for her one utterance');
    const row = whitlock.children[0] as StatementNode;
    assert.strictEqual(row.statement.id, parts[0].id, 'the row stands for the first part');
    assert.deepStrictEqual(api.statementsTree.getChildren(row).map(p => (p as PartNode).statement.id), parts.map(p => p.id));
    assert.ok(api.statementsTree.getChildren(row).every(p => api.statementsTree.getParent(p) === row));

    const item = api.statementsTree.getTreeItem(row);
    assert.ok(String(item.label).startsWith(FIRST));
    assert.strictEqual(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.match(String(item.description), /in 3 parts/);
    assert.match(item.contextValue ?? '', /^statement\+utterance/);
    const tooltip = api.statementsTree.resolveTreeItem(item, row).tooltip as vscode.MarkdownString;
    for (const p of parts) assert.ok(tooltip.value.includes(p.content.text.slice(0, 20)), `the tooltip holds “${p.content.text}”`);

    const third = api.statementsTree.getChildren(row)[2];
    assert.match(String(api.statementsTree.getTreeItem(third).description), /part 3 of 3/);
  });

  it('counts utterances, and says so, in the group, the badge and the status bar', () => {
    const whitlock = groups(api).find(g => g.label === 'Dana Whitlock')!;
    assert.match(whitlock.description ?? '', /\b1 utterance\b/);
    const okoye = groups(api).find(g => g.label.includes('Paul Okoye'));
    assert.match(okoye?.description ?? '', /\b2 utterances\b/);
    assert.strictEqual(api.statementsTree.view.badge?.value, 3);
    assert.strictEqual(api.statementsTree.view.badge?.tooltip, '3 utterances');
    assert.match(api.statusBar.text ?? '', /\b3 utterances · 2 speakers\b/);
  });

  it('hovers a part with its place in the utterance, and counts the speaker’s utterances as the view does', async () => {
    const document = editor.document;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offsetsOf(document, SECOND).start + 2));
    const text = hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Part 2 of 3 of one utterance/);
    assert.match(text, /\b1 utterance in this article/, 'three quoted stretches, one utterance');
  });

  it('goes to the first part when the row is clicked, and to a part when its own row is', async () => {
    const row = rowOf(api, FIRST)!;
    const item = api.statementsTree.getTreeItem(row);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), row.statement.content.text);
    const part = api.statementsTree.getChildren(row)[1] as PartNode;
    const partItem = api.statementsTree.getTreeItem(part);
    await vscode.commands.executeCommand(partItem.command!.command, ...(partItem.command!.arguments ?? []));
    assert.strictEqual(selectedText(vscode.window.activeTextEditor!), part.statement.content.text);
  });

  it('selects the utterance’s row while the cursor is in any of its parts', async () => {
    await vscode.commands.executeCommand('newsAnnotator.showStatements');
    await waitFor('the Statements view to be visible', () => api.statementsTree.view.visible);
    editor = await vscode.window.showTextDocument(editor.document);
    const row = rowOf(api, FIRST)!;
    for (const words of [THIRD, OKOYE_QUOTE, SECOND]) {
      await moveCursorInto(editor, words);
      const expected = rowOf(api, words)!;
      await waitFor(`the view to select the row of “${words}”`, () => api.statementsTree.view.selection[0] === expected);
    }
    assert.strictEqual(api.statementsTree.view.selection[0], row);
    assert.strictEqual(api.statementsTree.view.selection.length, 1);
  });

  it('shows the whole utterance when a filter matches only a later part', async () => {
    await vscode.commands.executeCommand('newsAnnotator.filterStatements', 'longer than anyone');
    const rows = statementNodes(api);
    assert.deepStrictEqual(rows.map(r => r.statement.content.text.slice(0, FIRST.length)), [FIRST]);
    assert.strictEqual(rows[0].parts?.length, 3);
    assert.match(api.statementsTree.view.message ?? '', /1 of 3 utterances/);
  });

  it('keeps the same row objects across analyses, so a reveal right after an edit finds its row', async () => {
    const row = rowOf(api, FIRST)!;
    const parts = api.statementsTree.getChildren(row);
    editor = await vscode.window.showTextDocument(editor.document);
    await editor.edit(b => b.insert(editor.document.positionAt(editor.document.getText().length), '\nThe path is due to open in June.\n'));
    await waitFor('the analysis of the edit', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version);
    await waitFor('the view to rebuild', () => api.statementsTree.getChildren().length > 0 && rowOf(api, FIRST) !== undefined);
    assert.strictEqual(rowOf(api, FIRST), row, 'the same row object');
    assert.deepStrictEqual(api.statementsTree.getChildren(row), parts, 'the same part objects');
    await api.statementsTree.revealStatement(statementStarting(api, uri, THIRD).id);
    assert.strictEqual(api.statementsTree.view.selection[0], row);
    await vscode.commands.executeCommand('undo');
    await waitFor('the edit to be undone', () => !editor.document.isDirty);
  });

  it('lists and counts every quoted stretch on its own, the later ones marked continued, when the setting is off', async () => {
    const parts = whitlockParts(api, uri);
    await settings().update('tree.joinUtterances', false, vscode.ConfigurationTarget.Workspace);
    await waitFor('a row per part', () => statementNodes(api).length === 5);
    assert.ok(statementNodes(api).every(n => !n.parts));
    const whitlock = groups(api).find(g => g.label === 'Dana Whitlock')!;
    assert.match(whitlock.description ?? '', /\b3 statements\b/);
    const second = statementNodes(api).find(n => n.statement.id === parts[1].id)!;
    assert.match(String(api.statementsTree.getTreeItem(second).description), /continued/);
    assert.doesNotMatch(String(api.statementsTree.getTreeItem(statementNodes(api).find(n => n.statement.id === parts[0].id)!).description), /continued/);
    await waitFor('the status bar to count statements', () => /\b5 statements · 2 speakers\b/.test(api.statusBar.text ?? ''));

    // each part is annotated on its own
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagStatement', { uri: uri.toString(), statementId: parts[1].id, tags: ['check'] }), true);
    await waitFor('the tag on the second part', () => statementStarting(api, uri, SECOND).tags.includes('check'));
    assert.deepStrictEqual([FIRST, THIRD].map(w => statementStarting(api, uri, w).tags), [[], []], 'the other parts untouched');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'tag check');
    await waitFor('the tag to be undone', () => !statementStarting(api, uri, SECOND).tags.length);

    await settings().update('tree.joinUtterances', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('one row per utterance again', () => statementNodes(api).length === 3);
  });

  it('tags every part from the row, and the sidecar records the tag on each', async () => {
    const row = rowOf(api, FIRST)!;
    // a tree node as the argument: what the row's context menu passes; the tag comes from the quick pick
    assert.strictEqual(await pickFirstTag(() => vscode.commands.executeCommand<boolean>('newsAnnotator.tagStatement', row)), true);
    await waitFor('the tag on every part', () => [FIRST, SECOND, THIRD].every(w => statementStarting(api, uri, w).tags.includes('claim')));
    assert.strictEqual(statementStarting(api, uri, OKOYE_QUOTE).tags.length, 0, 'another speaker’s quote untouched');
    const sidecar = await waitFor('the sidecar to hold the three tagged parts', async () => {
      const doc = await readSidecar(uri);
      return doc && doc.statements.filter(s => s.tags.includes('claim')).length === 3 ? doc : undefined;
    });
    assert.deepStrictEqual(sidecar.statements.filter(s => s.tags.includes('claim')).map(s => s.target.exact.slice(0, 10)).sort(),
      [FIRST, SECOND, THIRD].map(w => w.slice(0, 10)).sort());
    const item = api.statementsTree.getTreeItem(rowOf(api, FIRST)!);
    assert.match(String(item.description), /#claim/);
    assert.match(item.contextValue ?? '', /\+tagged/);

    // removing it from the cursor in the last part removes it from the whole utterance, in one undoable step
    editor = await vscode.window.showTextDocument(editor.document);
    await moveCursorInto(editor, THIRD);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.removeTag', { tags: ['claim'] }), true);
    await waitFor('the tag to leave every part', () => [FIRST, SECOND, THIRD].every(w => !statementStarting(api, uri, w).tags.length));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'remove tag claim (3 parts)');
    await waitFor('the tag back on every part', () => [FIRST, SECOND, THIRD].every(w => statementStarting(api, uri, w).tags.includes('claim')));
  });

  it('sets the speaker of every part, so the utterance moves whole to its new speaker', async () => {
    const third = statementStarting(api, uri, THIRD);
    // the name as the article's speaker list has it, so the utterance joins his group
    const okoyeName = statementStarting(api, uri, OKOYE_QUOTE).speaker!.name;
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.setSpeaker', { uri: uri.toString(), statementId: third.id, speaker: okoyeName }), true);
    await waitFor('every part to be Okoye’s', () => [FIRST, SECOND, THIRD].every(w => statementStarting(api, uri, w).speaker?.name === okoyeName));
    assert.ok(!groups(api).some(g => g.label === 'Dana Whitlock'), 'no part is left under Whitlock');
    const okoye = groups(api).find((g): g is GroupNode => g.children.some(c => c.type === 'statement' && c.parts?.length === 3))!;
    assert.strictEqual(okoye.label, okoyeName);
    assert.match(okoye.description ?? '', /\b3 utterances\b/);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), `set speaker ${okoyeName} (3 parts)`);
    await waitFor('every part to be Whitlock’s again', () => [FIRST, SECOND, THIRD].every(w => statementStarting(api, uri, w).speaker?.name === 'Dana Whitlock'));
  });

  it('dismisses and restores the whole utterance from its row, counting it out and back in', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.dismissStatement', rowOf(api, FIRST)), true);
    await waitFor('every part dismissed', () => [FIRST, SECOND, THIRD].every(w => statementStarting(api, uri, w).dismissed));
    const row = rowOf(api, FIRST)!;
    const item = api.statementsTree.getTreeItem(row);
    assert.match(item.contextValue ?? '', /\+dismissed/);
    assert.match(String(item.description), /dismissed/);
    assert.strictEqual(api.statementsTree.view.badge?.value, 2, 'a dismissed utterance is not counted');
    assert.match(groups(api).find(g => g.label === 'Dana Whitlock')?.description ?? '', /\b0 utterances\b/);

    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.restoreStatement', row), true);
    await waitFor('every part restored', () => [FIRST, SECOND, THIRD].every(w => !statementStarting(api, uri, w).dismissed));
    assert.strictEqual(api.statementsTree.view.badge?.value, 3);
  });

  it('puts a note on the one part it is added to', async () => {
    const part = api.statementsTree.getChildren(rowOf(api, FIRST)!)[1] as PartNode;
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.addNote', { uri: uri.toString(), statementId: part.statement.id, note: 'Opening date not confirmed' }), true);
    await waitFor('the note on the second part', () => statementStarting(api, uri, SECOND).note === 'Opening date not confirmed');
    assert.strictEqual(statementStarting(api, uri, FIRST).note, undefined);
    const row = rowOf(api, FIRST)!;
    const tooltip = api.statementsTree.resolveTreeItem(api.statementsTree.getTreeItem(row), row).tooltip as vscode.MarkdownString;
    assert.match(tooltip.value, /Opening date not confirmed/, 'the row’s tooltip shows the notes of its parts');
  });
});
