import * as vscode from 'vscode';
import { activateShared } from './activate';

export function activate(context: vscode.ExtensionContext): void {
  activateShared(context);
}

export function deactivate(): void {}
