import * as vscode from 'vscode';
import type { SidecarError } from '../../core/annotations';

/**
 * Tells the person why annotation of an article is paused (its sidecar cannot
 * be read), with the file, line and column, and offers to open the file at the
 * problem or to start fresh (the broken file is kept as .bak).
 */
export async function showPausedNotice(article: vscode.Uri, sidecar: vscode.Uri, error: SidecarError): Promise<void> {
  const open = 'Open File', fresh = 'Start Fresh';
  const choice = await vscode.window.showErrorMessage(
    `Annotations paused for ${vscode.workspace.asRelativePath(article)}: ${vscode.workspace.asRelativePath(sidecar)} line ${error.line}, column ${error.column}: ${error.message}. Fix the file (it is never overwritten), or start fresh (it is kept as .bak).`,
    open, fresh,
  );
  if (choice === open) {
    const position = new vscode.Position(error.line - 1, error.column - 1);
    await vscode.window.showTextDocument(sidecar, { selection: new vscode.Range(position, position) });
  } else if (choice === fresh) {
    await vscode.commands.executeCommand('newsAnnotator.startFreshAnnotations', article.toString());
  }
}
