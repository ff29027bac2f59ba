// What every other suite relies on from the harness: the fresh workspace and the extension under test.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const repoRoot = path.resolve(__dirname, '../../../..');

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a workspace folder');
  return folder.uri;
}

describe('test harness', () => {
  it('opens a workspace holding the seed article under seeds/ and the fixtures folder', async () => {
    const root = workspaceRoot();
    const seed = await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, 'seeds', 'blinken-xi-beijing.txt'));
    assert.strictEqual(seed.type, vscode.FileType.File);
    const fixtures = await vscode.workspace.fs.stat(vscode.Uri.joinPath(root, 'fixtures'));
    assert.strictEqual(fixtures.type, vscode.FileType.Directory);
  });

  it('runs the extension from this repository, not an installed copy', () => {
    const extension = vscode.extensions.all.find(e => e.packageJSON?.name === 'news-annotator');
    assert.ok(extension, 'the news-annotator extension is loaded');
    assert.strictEqual(path.resolve(extension.extensionPath), repoRoot);
  });

  it('gives a new .article file the News Article language', async () => {
    const file = vscode.Uri.joinPath(workspaceRoot(), 'harness-check.article');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('LONDON — "It works," she said.\n'));
    const document = await vscode.workspace.openTextDocument(file);
    assert.strictEqual(document.languageId, 'news-article');
  });
});
