import * as vscode from 'vscode';

/**
 * One activation for the desktop (node) and web entries: everything that does
 * not depend on the host is wired here.
 */
export function activateShared(context: vscode.ExtensionContext): void {
  void context;
}
