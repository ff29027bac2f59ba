import * as vscode from 'vscode';
import type { Command } from '../commandManager';
import type { AnnotationServices } from './commandContext';
import { argsOf, targetDocument } from './statementTarget';

/** News: Undo Last Annotation. */
export class UndoAnnotationCommand implements Command {
  readonly id = 'newsAnnotator.undoAnnotation';

  constructor(private readonly services: AnnotationServices) {}

  async execute(): Promise<string | undefined> {
    const label = await this.services.annotations.undo();
    if (label) vscode.window.setStatusBarMessage(`Undone: ${label}`, 3000);
    else void vscode.window.showInformationMessage('No annotation change to undo.');
    return label;
  }
}

/** News: Start Fresh Annotations — keeps an unreadable sidecar as .bak and starts an empty one. */
export class StartFreshCommand implements Command {
  readonly id = 'newsAnnotator.startFreshAnnotations';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<vscode.Uri | undefined> {
    const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : (await targetDocument(this.services.tree, argsOf(arg), arg))?.uri;
    if (!uri) return undefined;
    const backup = await this.services.annotations.startFresh(uri);
    if (backup) void vscode.window.showInformationMessage(`Annotations restarted for ${vscode.workspace.asRelativePath(uri)}; the unreadable file is kept as ${vscode.workspace.asRelativePath(backup)}.`);
    else void vscode.window.showInformationMessage('The annotations of this article are readable; nothing to start fresh.');
    return backup;
  }
}
