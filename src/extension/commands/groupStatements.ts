import type { Command } from '../commandManager';
import type { Grouping } from '../views/statementGroups';
import type { StatementsTree } from '../views/statementsTree';

const IDS: Record<Grouping, string> = {
  speaker: 'newsAnnotator.groupBySpeaker',
  order: 'newsAnnotator.groupByOrder',
  tag: 'newsAnnotator.groupByTag',
  kind: 'newsAnnotator.groupByKind',
};

/** News: Group by Speaker / Order in Text / Tag / Kind — from the Statements view's title bar. */
export class GroupStatementsCommand implements Command {
  readonly id: string;

  constructor(private readonly tree: StatementsTree, private readonly grouping: Grouping) {
    this.id = IDS[grouping];
  }

  execute(): void {
    this.tree.setGrouping(this.grouping);
  }
}
