import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import { describeFilter, parseFilter } from '../views/statementGroups';
import type { StatementsTree } from '../views/statementsTree';

/** News: Filter Statements — by text, or by tag with `#tag`. An argument skips the input box. */
export class FilterStatementsCommand implements Command {
  readonly id = 'newsAnnotator.filterStatements';

  constructor(private readonly tree: StatementsTree) {}

  async execute(query?: string): Promise<void> {
    const input = typeof query === 'string' ? query : await vscode.window.showInputBox({
      title: 'Filter Statements',
      prompt: 'Words to look for in statements, speakers, tags and notes; #tag for one tag.',
      placeHolder: 'e.g. Taiwan or #economy',
      value: this.tree.filter ? (this.tree.filter.tag !== undefined ? `#${this.tree.filter.tag}` : this.tree.filter.text) : '',
    });
    if (input === undefined) return;
    const filter = parseFilter(input);
    this.tree.setFilter(filter);
    if (filter) vscode.window.setStatusBarMessage(`Statements filtered by ${describeFilter(filter)}`, 3000);
  }
}

/** News: Clear Statements Filter. */
export class ClearFilterCommand implements Command {
  readonly id = 'newsAnnotator.clearFilter';

  constructor(private readonly tree: StatementsTree) {}

  execute(): void {
    this.tree.setFilter(undefined);
  }
}
