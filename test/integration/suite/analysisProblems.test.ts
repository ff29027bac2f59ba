// An article the extractor fails on: the person is told, once, and the status bar says so until it
// recovers; the log has the first failure, a changed error and the recovery, not a line per analysis.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import type { AnalysisNotice } from '../../../src/extension/analysisNotices';
import type { ArticleView } from '../../../src/extension/articleView';
import { extensionApi, openArticle, waitFor, workspaceUri } from './articleTestHelpers';

const ARTICLE = 'scratch-problems/ferry-defect.article';
const TEXT = `HALIFAX, Nova Scotia (CP) — The harbour ferry will run through the winter, city officials said on Tuesday.

“We heard the riders loud and clear,” Mayor Alice Brennan told reporters.
`;
const DEFECT = 'internal error: Cannot read properties of undefined (reading "start")';
const OTHER_DEFECT = 'internal error: Maximum call stack size exceeded';

/**
 * The lines of the extension's log (what News: Show Log shows) that name `fileName`, once `until`
 * matches one of them: the log is written to its file in batches, and every line before the one
 * waited for is written by then. A line's continuation (a stack) belongs to it.
 */
async function logLinesNaming(api: NewsAnnotatorApi, fileName: string, until: RegExp): Promise<string[]> {
  const file = vscode.Uri.joinPath(api.logFolder, 'News Annotator.log');
  return waitFor(`the log to say ${until}`, async () => {
    const text = await vscode.workspace.fs.readFile(file).then(bytes => new TextDecoder().decode(bytes), () => '');
    const lines = text.split('\n').filter(line => /^\d{4}-\d\d-\d\d /.test(line) && line.includes(fileName));
    return lines.some(line => until.test(line)) ? lines : undefined;
  }, 20_000);
}

/**
 * What `analyze()` returns on an internal defect: the paragraphs only, and `error`. No input is
 * known to produce one (the robustness properties would fail on it), so the view is made so through
 * the seam the annotations layer uses: a layer over every view, seen before every provider and view.
 */
function asDefect(view: ArticleView, error: string): ArticleView {
  return { ...view, statements: [], orphans: [], analysis: { ...view.analysis, headline: null, dateline: null, credit: null, speakers: [], statements: [], error } };
}

describe('an article the extractor fails on', () => {
  let api: NewsAnnotatorApi;
  const uri = workspaceUri(ARTICLE);
  const notices: AnalysisNotice[] = [];
  let failing = true;
  const disposables: vscode.Disposable[] = [];

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    disposables.push(
      api.analysisNotices.onDidShowNotice(n => { if (n.uri.toString() === uri.toString()) notices.push(n); }),
      api.articleStore.registerLayer(view => (failing && view.uri === uri.toString() ? asDefect(view, DEFECT) : view)),
    );
  });

  after(async () => {
    disposables.forEach(d => d.dispose());
    for (let i = 0; i < 3 && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(); i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(uri);
  });

  it('warns once naming the article, shows the problem in the status bar, and warns again only after it recovered', async () => {
    const { editor } = await openArticle(ARTICLE);
    await waitFor('a warning about the article', () => notices.length > 0);
    assert.strictEqual(notices.length, 1);
    assert.match(notices[0].message, /could not analyse ferry-defect\.article: internal error: Cannot read properties/);
    await waitFor('the status bar to show the problem', () => api.statusBar.text?.includes('Statements unavailable'));
    assert.match(api.statusBar.tooltip ?? '', /internal error: Cannot read properties/);
    assert.match(api.statusBar.tooltip ?? '', /show the log/i);

    // Typing reanalyses after each pause; the defect stays, the warning is not repeated.
    for (const typed of [' More', ' words', ' here.']) {
      await editor.edit(b => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, typed));
      const view = await api.articleStore.viewFor(editor.document);
      assert.strictEqual(view?.version, editor.document.version);
      assert.strictEqual(view?.analysis.error, DEFECT);
    }
    assert.strictEqual(notices.length, 1, 'one warning per article, not one per analysis');
    assert.match(api.statusBar.text ?? '', /Statements unavailable/);

    // An analysis that succeeds clears the problem: the counts come back.
    failing = false;
    api.articleStore.refresh(uri);
    await waitFor('the status bar to show the counts again', () => /\d+ utterances?/.test(api.statusBar.text ?? ''));
    assert.match(api.statusBar.tooltip ?? '', /Statements view/);

    // A defect after recovering is news again.
    failing = true;
    api.articleStore.refresh(uri);
    await waitFor('a second warning', () => notices.length === 2);
    await waitFor('the status bar to show the problem again', () => api.statusBar.text?.includes('Statements unavailable'));
  });
});

describe('the log of an article the extractor keeps failing on', () => {
  let api: NewsAnnotatorApi;
  const article = 'scratch-problems/ferry-quiet.article';
  const uri = workspaceUri(article);
  let defect: string | undefined;
  let layer: vscode.Disposable | undefined;

  before(async () => {
    api = await extensionApi();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    layer = api.articleStore.registerLayer(view => (defect && view.uri === uri.toString() ? asDefect(view, defect) : view));
  });

  after(async () => {
    layer?.dispose();
    for (let i = 0; i < 3 && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(); i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(uri);
  });

  it('has the first failure, a different error and the recovery, not the same failure again on every analysis', async () => {
    defect = DEFECT;
    const { editor } = await openArticle(article);
    const type = async (words: string) => {
      await editor.edit(b => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, words));
      return (await api.articleStore.viewFor(editor.document))?.analysis.error;
    };
    for (const words of [' Still', ' typing', ' on.']) assert.strictEqual(await type(words), DEFECT);
    defect = OTHER_DEFECT;
    assert.strictEqual(await type(' Again.'), OTHER_DEFECT);
    assert.strictEqual(await type(' And again.'), OTHER_DEFECT);
    defect = undefined;
    assert.strictEqual(await type(' Fixed.'), undefined);

    const lines = await logLinesNaming(api, 'ferry-quiet.article', /is analysed again/);
    const failures = lines.filter(line => /\[error\] Could not analyse/.test(line));
    assert.strictEqual(failures.length, 2, `one line for the first failure and one for the changed error, not one per analysis:\n${lines.join('\n')}`);
    assert.match(failures[0], /Could not analyse .*ferry-quiet\.article: internal error: Cannot read properties/);
    assert.match(failures[1], /Maximum call stack size exceeded \(until now: internal error: Cannot read properties/);
    assert.match(lines[lines.length - 1], /\[info\] .*ferry-quiet\.article is analysed again, after 2 failed analyses/);
    assert.strictEqual(lines.length, 3, lines.join('\n'));
  });

  it('has a view layer that keeps throwing once, and when it works again', async () => {
    let throwing = true;
    const broken = api.articleStore.registerLayer(view => {
      if (throwing && view.uri === uri.toString()) throw new Error('the test layer broke');
      return view;
    });
    try {
      for (let i = 0; i < 4; i++) api.articleStore.refresh(uri);
      throwing = false;
      api.articleStore.refresh(uri);
    } finally {
      broken.dispose();
    }
    const lines = await logLinesNaming(api, 'ferry-quiet.article', /A view layer works again/);
    const failures = lines.filter(line => /A view layer failed .*: the test layer broke/.test(line));
    assert.strictEqual(failures.length, 1, lines.join('\n'));
  });
});
