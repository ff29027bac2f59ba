import * as vscode from 'vscode';
import type { ArticleStore } from '../articleStore';
import type { Command } from '../commandManager';
import { selectSpan } from '../editorNavigation';

/** Selects a statement's words in its article (what clicking a tree item does). */
export class RevealStatementCommand implements Command {
  readonly id = 'newsAnnotator.revealStatement';

  constructor(private readonly store: ArticleStore) {}

  async execute(uri: string | vscode.Uri | undefined, statementId: string | undefined): Promise<void> {
    if (!uri || !statementId) return;
    const statement = this.store.getView(uri)?.statements.find(s => s.id === statementId);
    if (!statement) {
      void vscode.window.showWarningMessage('That statement is no longer in the article; it may have been edited away.');
      return;
    }
    await selectSpan(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, statement.content);
  }
}
