import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import { STATEMENTS_VIEW_ID } from '../views/statementsTree';

/** News: Show Statements — focuses the Statements view (the status bar item runs this). */
export class ShowStatementsCommand implements Command {
  readonly id = 'newsAnnotator.showStatements';

  async execute(): Promise<void> {
    await vscode.commands.executeCommand(`${STATEMENTS_VIEW_ID}.focus`);
  }
}
