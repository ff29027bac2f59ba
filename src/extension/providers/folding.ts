import * as vscode from 'vscode';
import type { ArticleStore } from '../articleStore';
import type { ArticleView } from '../articleView';
import { ARTICLE_LANGUAGE } from '../config';
import { lineStartsOf } from './tokenLayout';
import { registerRefreshedOnViewChange } from './viewChanges';

/** Folds each paragraph that spans more than one line. */
export class ParagraphFoldingProvider implements vscode.FoldingRangeProvider {
  /** The folds of each view: VS Code asks again on every view change of any article, and a view never changes. */
  private readonly built = new WeakMap<ArticleView, vscode.FoldingRange[]>();

  constructor(private readonly store: ArticleStore, readonly onDidChangeFoldingRanges: vscode.Event<void>) {}

  static register(store: ArticleStore): vscode.Disposable {
    return registerRefreshedOnViewChange(
      store,
      changed => new ParagraphFoldingProvider(store, changed),
      provider => vscode.languages.registerFoldingRangeProvider({ language: ARTICLE_LANGUAGE }, provider),
    );
  }

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const view = await this.store.viewFor(document, token);
    if (!view) return [];
    if (view.version !== document.version) return paragraphFolds(document.getText(), view.analysis.paragraphs);
    let folds = this.built.get(view);
    if (!folds) this.built.set(view, folds = paragraphFolds(document.getText(), view.analysis.paragraphs));
    return folds;
  }
}

/**
 * A fold from the line of each paragraph's start to the line of its end, where they differ. The
 * line starts are found in one pass over the text, then each offset's line by binary search, not
 * a positionAt per offset; lines end as VS Code ends them (LF, CRLF or a lone CR).
 */
export function paragraphFolds(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): vscode.FoldingRange[] {
  const starts = lineStartsOf(text);
  const lineAt = (offset: number) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const folds: vscode.FoldingRange[] = [];
  for (const p of paragraphs) {
    const start = lineAt(p.start), end = lineAt(p.end);
    if (end > start) folds.push(new vscode.FoldingRange(start, end, vscode.FoldingRangeKind.Region));
  }
  return folds;
}
