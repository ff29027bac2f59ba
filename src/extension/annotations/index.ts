import * as vscode from 'vscode';
import type { ArticleStore } from '../articleStore';
import type { CommandManager } from '../commandManager';
import type { StatementsTree } from '../views/statementsTree';
import { AnnotationStore } from './annotationStore';
import type { AnnotationServices } from './commandContext';
import { ExportAnnotationsCommand, ExportWorkspaceAnnotationsCommand } from './exportCommands';
import { StartFreshCommand, UndoAnnotationCommand } from './sidecarCommands';
import { CorrectSpeakerCommand } from './speakerCommands';
import {
  AddNoteCommand, AddStatementCommand, DeleteOrphanCommand, DismissStatementCommand, RestoreStatementCommand, SetSpeakerCommand,
} from './statementCommands';
import { RemoveTagCommand, TagStatementCommand } from './tagCommands';
import { TagDecorations } from './tagDecorations';

export interface AnnotationFeatures extends vscode.Disposable {
  annotations: AnnotationStore;
  tagDecorations: TagDecorations;
}

/**
 * Tags, notes, corrections and exports: the store (sidecars), its layer over
 * every article view, the tag decorations and the annotation commands.
 */
export function registerAnnotations(commands: CommandManager, store: ArticleStore, tree: StatementsTree, log: vscode.LogOutputChannel): AnnotationFeatures {
  const annotations = new AnnotationStore(log);
  const services: AnnotationServices = { store, tree, annotations };
  const layer = store.registerLayer(annotations.layer);
  const refresh = annotations.onDidChange(uri => store.refresh(uri));
  const tagDecorations = new TagDecorations(annotations);
  commands.register(new TagStatementCommand(services));
  commands.register(new RemoveTagCommand(services));
  commands.register(new SetSpeakerCommand(services));
  commands.register(new CorrectSpeakerCommand(services));
  commands.register(new AddStatementCommand(services));
  commands.register(new DismissStatementCommand(services));
  commands.register(new RestoreStatementCommand(services));
  commands.register(new AddNoteCommand(services));
  commands.register(new DeleteOrphanCommand(services));
  commands.register(new UndoAnnotationCommand(services));
  commands.register(new StartFreshCommand(services));
  commands.register(new ExportAnnotationsCommand(services));
  commands.register(new ExportWorkspaceAnnotationsCommand(services));
  const disposable = vscode.Disposable.from(tagDecorations, refresh, layer, annotations);
  return { annotations, tagDecorations, dispose: () => disposable.dispose() };
}
