// An article the extractor fails on: the person is told, once, and the status bar says so until it recovers.
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

/**
 * What `analyze()` returns on an internal defect: the paragraphs only, and `error`. No input is
 * known to produce one (the robustness properties would fail on it), so the view is made so through
 * the seam the annotations layer uses: a layer over every view, seen before every provider and view.
 */
function asDefect(view: ArticleView): ArticleView {
  return { ...view, statements: [], orphans: [], analysis: { ...view.analysis, headline: null, dateline: null, credit: null, speakers: [], statements: [], error: DEFECT } };
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
      api.articleStore.registerLayer(view => (failing && view.uri === uri.toString() ? asDefect(view) : view)),
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
