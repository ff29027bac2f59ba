import * as vscode from 'vscode';
import type { ArticleStore } from '../articleStore';
import { ARTICLE_LANGUAGE } from '../config';

/** Folds each paragraph that spans more than one line. */
export class ParagraphFoldingProvider implements vscode.FoldingRangeProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeFoldingRanges = this.changed.event;

  constructor(private readonly store: ArticleStore) {}

  static register(store: ArticleStore): vscode.Disposable {
    const provider = new ParagraphFoldingProvider(store);
    return vscode.Disposable.from(
      provider.changed,
      store.onDidChangeView(() => provider.changed.fire()),
      vscode.languages.registerFoldingRangeProvider({ language: ARTICLE_LANGUAGE }, provider),
    );
  }

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const view = await this.store.viewFor(document, token);
    if (!view) return [];
    return view.analysis.paragraphs
      .map(p => ({ start: document.positionAt(p.start).line, end: document.positionAt(p.end).line }))
      .filter(r => r.end > r.start)
      .map(r => new vscode.FoldingRange(r.start, r.end, vscode.FoldingRangeKind.Region));
  }
}
