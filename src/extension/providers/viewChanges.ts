import * as vscode from 'vscode';
import type { ArticleStore } from '../articleStore';

/**
 * Registers a provider whose results VS Code must ask for again whenever an article's view
 * changes: `create` gets the event the provider exposes (its `onDidChange…`), `register`
 * registers the provider. One dispose removes the registration and the event.
 */
export function registerRefreshedOnViewChange<P>(
  store: ArticleStore,
  create: (onDidChange: vscode.Event<void>) => P,
  register: (provider: P) => vscode.Disposable,
): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  return vscode.Disposable.from(changed, store.onDidChangeView(() => changed.fire()), register(create(changed.event)));
}
