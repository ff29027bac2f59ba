import type { ArticleStore } from '../articleStore';
import type { CommandManager } from '../commandManager';
import type { StatementsTree } from '../views/statementsTree';
import { ClearFilterCommand, FilterStatementsCommand } from './filterStatements';
import { GoToStatementCommand } from './goToStatement';
import { GroupStatementsCommand } from './groupStatements';
import { OpenAsArticleCommand } from './openAsArticle';
import { RevealStatementCommand } from './revealStatement';
import { ShowStatementsCommand } from './showStatements';

/** Every command of the extension, one line each; ids match `contributes.commands`. */
export function registerCommands(commands: CommandManager, store: ArticleStore, tree: StatementsTree): void {
  commands.register(new OpenAsArticleCommand());
  commands.register(new ShowStatementsCommand());
  commands.register(new RevealStatementCommand(store));
  commands.register(new GoToStatementCommand(store, 'next'));
  commands.register(new GoToStatementCommand(store, 'previous'));
  commands.register(new GroupStatementsCommand(tree, 'speaker'));
  commands.register(new GroupStatementsCommand(tree, 'order'));
  commands.register(new GroupStatementsCommand(tree, 'tag'));
  commands.register(new GroupStatementsCommand(tree, 'kind'));
  commands.register(new FilterStatementsCommand(tree));
  commands.register(new ClearFilterCommand(tree));
}
