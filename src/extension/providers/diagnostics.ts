import * as vscode from 'vscode';
import { LINT_CODES, lintArticle, type LintCode } from '../../core/lint';
import type { ArticleView } from '../articleView';
import type { ArticleStore } from '../articleStore';
import { affects, isDiagnosticEnabled } from '../config';
import { rangeOf } from '../editorNavigation';

const SEVERITY: Record<LintCode, vscode.DiagnosticSeverity> = {
  'unclosed-quote': vscode.DiagnosticSeverity.Warning,
  'quote-without-speaker': vscode.DiagnosticSeverity.Information,
  'unresolved-pronoun': vscode.DiagnosticSeverity.Information,
};

/** Publishes the lint findings of each article as diagnostics, each code switchable by a setting. */
export class ArticleDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('news-article');
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: ArticleStore) {
    this.subscriptions = [
      this.collection,
      store.onDidChangeView(uri => this.update(uri)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (affects(e, 'diagnostics')) vscode.workspace.textDocuments.forEach(d => this.update(d.uri));
      }),
    ];
    vscode.workspace.textDocuments.forEach(d => this.update(d.uri));
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private update(uri: vscode.Uri): void {
    const view = this.store.getView(uri);
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (!view || !document || view.version !== document.version) {
      // Stale findings would point at the wrong words; a fresh view follows the pending analysis.
      if (!view || !document) this.collection.delete(uri);
      return;
    }
    this.collection.set(uri, diagnosticsFor(document, view));
  }
}

export function diagnosticsFor(document: vscode.TextDocument, view: ArticleView): vscode.Diagnostic[] {
  const codes = LINT_CODES.filter(code => isDiagnosticEnabled(code, document));
  const analysis = { ...view.analysis, statements: view.statements.filter(s => !s.dismissed) };
  return lintArticle(document.getText(), analysis, codes).map(finding => {
    const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITY[finding.code]);
    diagnostic.code = finding.code;
    diagnostic.source = 'News Annotator';
    return diagnostic;
  });
}
