import * as vscode from 'vscode';
import { isArticle, type ArticleStore } from '../articleStore';
import type { Command } from '../commandManager';
import { selectSpan } from '../editorNavigation';

/** News: Next Statement / Previous Statement — moves the selection to the neighbouring statement in the text. */
export class GoToStatementCommand implements Command {
  readonly id: string;

  constructor(private readonly store: ArticleStore, private readonly direction: 'next' | 'previous') {
    this.id = direction === 'next' ? 'newsAnnotator.nextStatement' : 'newsAnnotator.previousStatement';
  }

  async execute(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArticle(editor.document)) return;
    const view = await this.store.viewFor(editor.document);
    const statements = view?.statements.filter(s => !s.dismissed) ?? [];
    if (!statements.length) {
      vscode.window.setStatusBarMessage('No statements in this article', 3000);
      return;
    }
    const document = editor.document;
    const target = this.direction === 'next'
      ? statements.find(s => s.content.start > document.offsetAt(editor.selection.start)) ?? statements[0]
      : [...statements].reverse().find(s => s.content.start < document.offsetAt(editor.selection.start)) ?? statements[statements.length - 1];
    // The Statements view follows the new selection by itself (when it is visible and following).
    await selectSpan(document.uri, target.content);
  }
}
