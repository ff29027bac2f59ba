import * as vscode from 'vscode';
import { activateShared, type NewsAnnotatorApi } from './activate';

/** Desktop entry (VS Code, code-server). */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateShared(context, { kind: 'node' });
}

export function deactivate(): void {}
