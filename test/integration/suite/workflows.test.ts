// Workflows around the Statements view that need the real workbench: whether the view follows the
// cursor as the setting says, and what an export leaves behind when the person backs out of it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import { offsetsOf, openArticle, SEED, waitFor } from './articleTestHelpers';

/**
 * Moves the cursor into `words` and resolves once the extension host has been told of the move: the
 * view's own listener, registered earlier, has then already seen it too.
 */
async function moveCursorTo(editor: vscode.TextEditor, words: string): Promise<void> {
  const position = editor.document.positionAt(offsetsOf(editor.document, words).start + 2);
  let moved = false;
  const listener = vscode.window.onDidChangeTextEditorSelection(e => {
    if (e.textEditor.document === editor.document && e.selections[0]?.active.isEqual(position)) moved = true;
  });
  try {
    editor.selection = new vscode.Selection(position, position);
    await waitFor(`the cursor to reach “${words}”`, () => moved);
  } finally {
    listener.dispose();
  }
}

function selectedStatementText(api: NewsAnnotatorApi): string | undefined {
  const node = api.statementsTree.view.selection[0];
  return node?.type === 'statement' ? node.statement.content.text : undefined;
}

describe('the Statements view and the cursor (newsAnnotator.tree.followCursor)', function () {
  this.timeout(60_000);
  let api: NewsAnnotatorApi;
  let editor: vscode.TextEditor;
  const settings = () => vscode.workspace.getConfiguration('newsAnnotator');

  before(async () => {
    ({ api, editor } = await openArticle(SEED));
    await vscode.commands.executeCommand('newsAnnotator.showStatements');
    await waitFor('the Statements view to be visible', () => api.statementsTree.view.visible);
    editor = await vscode.window.showTextDocument(editor.document);
  });

  after(async () => {
    await settings().update('tree.followCursor', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('selects the statement under the cursor while the setting is on, and leaves the selection alone while it is off', async () => {
    await moveCursorTo(editor, 'candid and constructive');
    await waitFor('the view to select “candid and constructive”', () => selectedStatementText(api)?.includes('candid and constructive'));

    await settings().update('tree.followCursor', false, vscode.ConfigurationTarget.Workspace);
    const seen: string[] = [];
    const listener = api.statementsTree.view.onDidChangeSelection(e => {
      const node = e.selection[0];
      if (node?.type === 'statement') seen.push(node.statement.content.text);
    });
    try {
      await moveCursorTo(editor, 'We must take a responsible attitude');
      // The move has reached the view (moveCursorTo waits for it); turning the setting back on and
      // moving once more shows the view still listens, and selections arrive in order.
      await settings().update('tree.followCursor', true, vscode.ConfigurationTarget.Workspace);
      await moveCursorTo(editor, 'The two sides have also made progress');
      await waitFor('the view to follow again once the setting is back on',
        () => selectedStatementText(api)?.startsWith('The two sides have also made progress'));
    } finally {
      listener.dispose();
    }
    assert.ok(!seen.some(text => text.startsWith('We must take a responsible attitude')),
      `while the setting was off the view did not select the statement under the cursor; selections seen: ${JSON.stringify(seen)}`);
  });
});

describe('Export Workspace Annotations… when the person backs out', function () {
  this.timeout(60_000);

  const exports = async () => (await vscode.workspace.findFiles('**/statements.*')).map(u => u.toString()).sort();

  it('writes nothing and returns no files when the format question is dismissed', async () => {
    await openArticle(SEED);
    const before = await exports();
    let settled = false;
    const result = vscode.commands.executeCommand<vscode.Uri[] | undefined>('newsAnnotator.exportWorkspaceAnnotations')
      .then(r => { settled = true; return r; });
    // Escape, as a person would, until the question has opened and been dismissed.
    await waitFor('the format question to be dismissed', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await new Promise(resolve => setTimeout(resolve, 100));
      return settled;
    });
    assert.strictEqual(await result, undefined);
    assert.deepStrictEqual(await exports(), before, 'no export file was written');
  });
});
