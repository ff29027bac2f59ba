// Editing an article in a real VS Code: the language configuration (quote pairs, word pattern),
// the language's default settings, and the grammar's string scope as VS Code sees it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspaceUri } from './articleTestHelpers';

/** Writes an invented article into the test workspace and opens it in an editor. */
async function openScratchArticle(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(`scratch-editing/${name}.article`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.strictEqual(document.languageId, 'news-article');
  return vscode.window.showTextDocument(document);
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Puts the cursor at the end of line 0 (or selects `select`) and types `typed`; returns line 0. */
async function typeInto(editor: vscode.TextEditor, typed: string, select?: string): Promise<string> {
  const line = editor.document.lineAt(0);
  if (select) {
    const start = line.text.indexOf(select);
    editor.selection = new vscode.Selection(0, start, 0, start + select.length);
  } else {
    editor.selection = new vscode.Selection(line.range.end, line.range.end);
  }
  const before = editor.document.version;
  await vscode.commands.executeCommand('type', { text: typed });
  await waitFor('the typed text to land', () => editor.document.version > before);
  return editor.document.lineAt(0).text;
}

describe('article editing in VS Code', () => {
  afterEach(async () => {
    for (let i = 0; i < 5 && vscode.window.activeTextEditor?.document.uri.path.includes('/scratch-editing/'); i++) {
      await closeWithoutSaving();
    }
  });

  it('closes an opening curly quote as it is typed, and a curly single quote', async () => {
    const editor = await openScratchArticle('curly', 'The mayor said \n');
    assert.strictEqual(await typeInto(editor, '“'), 'The mayor said “”');
    assert.strictEqual(editor.selection.active.character, 'The mayor said “'.length, 'the cursor sits between the marks');
    await vscode.commands.executeCommand('type', { text: 'no ‘' });
    assert.strictEqual(editor.document.lineAt(0).text, 'The mayor said “no ‘’”');
  });

  it("types an apostrophe inside a word without a closing mark (O'Neill), but pairs a British quote", async () => {
    const editor = await openScratchArticle('apostrophe', 'Rep. Dan O\n');
    assert.strictEqual(await typeInto(editor, "'"), "Rep. Dan O'");
    await closeWithoutSaving();
    const british = await openScratchArticle('british', 'She said \n');
    assert.strictEqual(await typeInto(british, "'"), "She said ''");
  });

  // VS Code knows the caret is inside a quotation only from the grammar's string scope.
  it('does not pair a straight double mark typed inside an open quotation', async () => {
    const editor = await openScratchArticle('inside-quote', '"We will not back down \n');
    assert.strictEqual(await typeInto(editor, '"'), '"We will not back down "');
  });

  it('wraps the selected words in curly quotes', async () => {
    const editor = await openScratchArticle('surround', 'Xi hailed progress after the meeting.\n');
    assert.strictEqual(await typeInto(editor, '“', 'progress'), 'Xi hailed “progress” after the meeting.');
  });

  it("selects O'Neill and China’s as whole words", async () => {
    const editor = await openScratchArticle('words', "Dan O'Neill doubted China’s offer.\n");
    for (const word of ["O'Neill", 'China’s']) {
      const at = editor.document.lineAt(0).text.indexOf(word) + 2;
      editor.selection = new vscode.Selection(0, at, 0, at);
      await vscode.commands.executeCommand('editor.action.addSelectionToNextFindMatch');
      assert.strictEqual(editor.document.getText(editor.selection), word);
    }
  });

  it('wraps long lines and keeps apostrophes in words by default for articles only', () => {
    const article = vscode.workspace.getConfiguration('editor', { languageId: 'news-article' });
    assert.strictEqual(article.get('wordWrap'), 'on');
    assert.ok(!article.get<string>('wordSeparators')!.includes("'"));
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.ok(plain.get<string>('wordSeparators')!.includes("'"), 'plain text keeps the default word separators');
  });
});
