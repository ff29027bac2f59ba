// The article language mode: which documents become articles, and the command that switches one.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { extensionApi, openArticle, openDocument, SEED, waitFor, workspaceUri } from './articleTestHelpers';

describe('article language mode', () => {
  it('opens files matching newsAnnotator.articleFiles as articles (the seed .txt here)', async () => {
    const { editor } = await openArticle(SEED);
    assert.strictEqual(editor.document.languageId, 'news-article');
    assert.ok(editor.document.uri.path.endsWith('.txt'));
  });

  it('opens *.article files as articles', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('fixtures/ferry-vote-lint.article'));
    assert.strictEqual(document.languageId, 'news-article');
  });

  it('leaves text files outside the globs alone', async () => {
    const uri = workspaceUri('notes/plain.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Shopping list: bread, “good” coffee.\n'));
    const document = await vscode.workspace.openTextDocument(uri);
    await extensionApi();
    assert.strictEqual(document.languageId, 'plaintext');
  });

  it('“News: Open as Article” switches the active plain-text editor to the article language', async () => {
    await extensionApi();
    const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '“We are ready,” said Mayor Lena Ortiz.\n' });
    await vscode.window.showTextDocument(plain);
    await vscode.commands.executeCommand('newsAnnotator.openAsArticle');
    const switched = await waitFor('the untitled document to become an article', () => {
      const d = openDocument(plain.uri);
      return d?.languageId === 'news-article' ? d : undefined;
    });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), switched.uri.toString());
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('analyses in a worker thread in the desktop entry, so the extension host stays free', async () => {
    const api = await extensionApi();
    assert.strictEqual(api.host.kind, 'node');
    await openArticle(SEED);
    assert.strictEqual(api.articleStore.analyzerKind, 'worker');
  });

  it('contributes every command in the News category with a title', async () => {
    await extensionApi();
    const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'news-annotator')!;
    const contributed: Array<{ command: string; title: string; category: string }> = extension.packageJSON.contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of contributed) {
      assert.strictEqual(c.category, 'News', c.command);
      assert.ok(/^[A-Z]/.test(c.title), `${c.command} has a Title Case title`);
      assert.ok(registered.has(c.command), `${c.command} is registered by the extension`);
    }
  });
});
