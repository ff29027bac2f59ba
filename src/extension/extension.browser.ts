import * as vscode from 'vscode';
import { InThreadAnalyzer } from './analyzer';
import { activateShared, type NewsAnnotatorApi } from './activate';

/** Web entry (vscode.dev, github.dev): the same features; file access goes through `vscode.workspace.fs` only. */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  return activateShared(context, { kind: 'web', createAnalyzer: () => new InThreadAnalyzer() });
}

export function deactivate(): void {}
