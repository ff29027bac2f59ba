// Shared by the extension's integration suites: the workspace, the extension's API, and waiting for analysis.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import type { StatementView } from '../../../src/extension/articleView';
import type { GroupNode, StatementNode, TreeNode } from '../../../src/extension/views/statementGroups';

export const SEED = 'seeds/blinken-xi-beijing.txt';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function extensionApi(): Promise<NewsAnnotatorApi> {
  const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'news-annotator');
  assert.ok(extension, 'the news-annotator extension is loaded');
  return await extension.activate() as NewsAnnotatorApi;
}

/** Polls until `check` returns a value (not undefined/false); fails naming `what` if it never does. */
export async function waitFor<T>(what: string, check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** The open document for `uri` as it is now (switching language replaces the document object). */
/**
 * Runs a command that shows the tag quick pick and takes its first tag as a person would: focus the first
 * item, check it, accept; repeated until the quick pick has opened. Returns what the command returned.
 */
export async function pickFirstTag<T>(run: () => Thenable<T>): Promise<T> {
  let settled = false;
  const done = run();
  void Promise.resolve(done).then(() => { settled = true; });
  await waitFor('the quick pick to take the choice', async () => {
    await new Promise(resolve => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await new Promise(resolve => setTimeout(resolve, 100));
    return settled;
  });
  return done;
}

export function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
}

/** Opens a workspace file in an editor, waits until it is an article and its analysis is current. */
export async function openArticle(relative: string): Promise<{ editor: vscode.TextEditor; api: NewsAnnotatorApi }> {
  const api = await extensionApi();
  const uri = workspaceUri(relative);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const document = await waitFor(`${relative} to open as an article`, () => {
    const d = openDocument(uri);
    return d?.languageId === 'news-article' ? d : undefined;
  });
  const editor = await vscode.window.showTextDocument(document);
  await waitFor(`the analysis of ${relative}`, async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version);
  await waitFor(`the Statements view to show ${relative}`, () => api.statementsTree.article?.toString() === uri.toString());
  return { editor, api };
}

export function groups(api: NewsAnnotatorApi): GroupNode[] {
  return api.statementsTree.getChildren().filter((n): n is GroupNode => n.type === 'group');
}

/** Every statement row shown (one per utterance quoted in parts), in tree order. */
export function statementNodes(api: NewsAnnotatorApi): StatementNode[] {
  const walk = (nodes: TreeNode[]): StatementNode[] => nodes.flatMap(n => n.type === 'statement' ? [n] : walk(api.statementsTree.getChildren(n)));
  return walk(api.statementsTree.getChildren());
}

/** Every statement shown: a row's own, or each part under the row of an utterance quoted in parts. */
export function shownStatements(api: NewsAnnotatorApi): StatementView[] {
  return statementNodes(api).flatMap(n => (n.parts ? n.parts.map(p => p.statement) : [n.statement]));
}

export function offsetsOf(document: vscode.TextDocument, words: string): { start: number; end: number } {
  const start = document.getText().indexOf(words);
  assert.ok(start >= 0, `the article contains “${words}”`);
  return { start, end: start + words.length };
}

export function selectedText(editor: vscode.TextEditor): string {
  return editor.document.getText(editor.selection);
}
