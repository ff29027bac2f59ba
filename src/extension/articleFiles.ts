import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE, affects, articleFileGlobs } from './config';

/**
 * Opens documents matching the `newsAnnotator.articleFiles` globs as articles.
 * Each document is switched once per session, so a person who changes its
 * language back by hand keeps their choice.
 */
export class ArticleFileAssociations implements vscode.Disposable {
  private readonly switched = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(d => void this.apply(d)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (affects(e, 'articleFiles')) this.applyToOpenDocuments();
      }),
    ];
    this.applyToOpenDocuments();
  }

  static matches(document: vscode.TextDocument, globs: readonly string[]): boolean {
    return globs.some(pattern => vscode.languages.match({ pattern }, document) > 0);
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private applyToOpenDocuments(): void {
    vscode.workspace.textDocuments.forEach(d => void this.apply(d));
  }

  private async apply(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (document.languageId === ARTICLE_LANGUAGE || this.switched.has(key)) return;
    if (!ArticleFileAssociations.matches(document, articleFileGlobs())) return;
    this.switched.add(key);
    try {
      await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
    } catch (error) {
      this.log.warn(`Could not open ${document.uri.toString(true)} as an article: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
