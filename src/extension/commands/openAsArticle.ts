import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import { ARTICLE_LANGUAGE } from '../config';

/** News: Open as Article — switches the editor's document (or the given file) to the article language. */
export class OpenAsArticleCommand implements Command {
  readonly id = 'newsAnnotator.openAsArticle';

  async execute(uri?: vscode.Uri): Promise<void> {
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) {
      void vscode.window.showInformationMessage('Open a text file first, then run “News: Open as Article”.');
      return;
    }
    const article = document.languageId === ARTICLE_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
    await vscode.window.showTextDocument(article);
  }
}
