import * as vscode from 'vscode';
import { activateShared, type NewsAnnotatorApi } from './activate';
import { WorkerAnalyzer } from './workerAnalyzer';

/** Desktop entry (VS Code, code-server): analyses run in a worker thread. */
export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath;
  return activateShared(context, { kind: 'node', createAnalyzer: () => new WorkerAnalyzer(workerPath) });
}

export function deactivate(): void {}
