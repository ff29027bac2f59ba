import * as vscode from 'vscode';
import {
  addStatement, dismissStatement, removeAnnotation, restoreStatement, setNote, setSpeaker,
} from '../../core/annotations';
import type { StatementKind } from '../../core/types';
import { isArticle } from '../articleStore';
import type { Command } from '../commandManager';
import { KIND_LABELS } from '../views/statementGroups';
import { editContext, type AnnotationServices } from './commandContext';
import { onEachPart, partsSuffix, StatementAnnotationCommand, type AnnotationChange } from './statementCommand';
import { argsOf, noStatementMessage, orphanIdOf, targetDocument, type AnnotationArgs, type StatementTarget } from './statementTarget';

const KINDS = Object.keys(KIND_LABELS) as StatementKind[];
const NO_SPEAKER = '$(circle-slash) Unattributed';

/** A speaker of the article, or a new name typed in the same box. Undefined if cancelled; '' for none. */
async function pickSpeaker(names: string[], current: string | undefined, title: string): Promise<string | undefined> {
  const quickPick = vscode.window.createQuickPick();
  quickPick.title = title;
  quickPick.placeholder = 'Pick a speaker of the article, or type a new name';
  const base: vscode.QuickPickItem[] = [...names.map(n => ({ label: n, description: n === current ? 'current' : undefined })), { label: NO_SPEAKER }];
  quickPick.items = base;
  return new Promise(resolve => {
    let done = false;
    const finish = (value: string | undefined) => { if (!done) { done = true; resolve(value); quickPick.dispose(); } };
    quickPick.onDidChangeValue(value => {
      const typed = value.trim();
      const lower = typed.toLowerCase();
      // The typed name goes last: the workbench refers to items by position, so the known ones must
      // keep theirs while an Enter on the list shown before this update is still on its way.
      quickPick.items = typed && !names.some(n => n.toLowerCase() === lower)
        ? [...base, { label: typed, description: 'new speaker' }] : base;
      // Typing the start of a known name and pressing Enter picks that name, not the half-typed one.
      const known = names.find(n => n.toLowerCase().startsWith(lower)) ?? names.find(n => n.toLowerCase().includes(lower));
      const knownItem = typed && known ? quickPick.items.find(i => i.label === known) : undefined;
      if (knownItem) quickPick.activeItems = [knownItem];
    });
    quickPick.onDidAccept(() => {
      const item = quickPick.selectedItems[0];
      finish(item ? (item.label === NO_SPEAKER ? '' : item.label) : quickPick.value.trim() || undefined);
    });
    quickPick.onDidHide(() => finish(undefined));
    quickPick.show();
  });
}

async function pickKind(): Promise<StatementKind | undefined> {
  // Not `kind`: QuickPickItem has its own.
  const items: (vscode.QuickPickItem & { statementKind: StatementKind })[] = KINDS.map(k => ({ label: KIND_LABELS[k].replace(/s$/, ''), statementKind: k }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Add Statement: kind' });
  return picked?.statementKind;
}

/**
 * News: Set Speaker… — on every part of the utterance when the view joins them, so no part keeps
 * another speaker. Args `{speaker}` (a name, or null to go back to the extractor's).
 */
export class SetSpeakerCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.setSpeaker';

  protected async changeFor(target: StatementTarget, args: AnnotationArgs): Promise<AnnotationChange | undefined> {
    const speaker = 'speaker' in args ? args.speaker ?? null
      : await pickSpeaker(target.view.analysis.speakers.map(s => s.name), target.statement.speaker?.name, 'Set Speaker');
    if (speaker === undefined) return undefined;
    const context = editContext();
    return {
      label: `${speaker ? `set speaker ${speaker}` : 'clear speaker'}${partsSuffix(target.utterance)}`,
      apply: onEachPart(target.utterance, (doc, text, ref) => setSpeaker(doc, text, ref, speaker || null, context)),
    };
  }
}

/** News: Add Statement from Selection — args `{kind, speaker, start, end}` skip the questions. */
export class AddStatementCommand implements Command {
  readonly id = 'newsAnnotator.addStatement';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<string | undefined> {
    const { store, tree, annotations } = this.services;
    const args = argsOf(arg);
    const document = await targetDocument(tree, args);
    if (!document || !isArticle(document)) { noStatementMessage(); return undefined; }
    const editor = vscode.window.activeTextEditor?.document === document ? vscode.window.activeTextEditor : undefined;
    const start = args.start ?? (editor ? document.offsetAt(editor.selection.start) : undefined);
    const end = args.end ?? (editor ? document.offsetAt(editor.selection.end) : undefined);
    if (start === undefined || end === undefined || end <= start || !document.getText().slice(start, end).trim()) {
      void vscode.window.showInformationMessage('Select the words of the statement first.');
      return undefined;
    }
    const kind = (KINDS as string[]).includes(args.kind ?? '') ? args.kind as StatementKind
      : await pickKind();
    if (!kind) return undefined;
    const view = await store.viewFor(document);
    const speaker = 'speaker' in args ? args.speaker ?? '' : await pickSpeaker(view?.analysis.speakers.map(s => s.name) ?? [], undefined, 'Add Statement: speaker');
    if (speaker === undefined) return undefined;
    let id: string | undefined;
    const ok = await annotations.edit(document, 'add statement', (doc, text) => {
      const added = addStatement(doc, text, { start, end }, { kind, speaker: speaker || null }, editContext());
      id = added.id;
      return added.document;
    });
    return ok ? id : undefined;
  }
}

/** News: Dismiss Statement — a false positive (every part of the utterance when the view joins them); kept as dismissed, hidden, restorable. */
export class DismissStatementCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.dismissStatement';

  protected async changeFor(target: StatementTarget): Promise<AnnotationChange> {
    const parts = target.utterance.filter(p => !p.statement.dismissed);
    const context = editContext();
    return {
      label: `dismiss statement${partsSuffix(target.utterance)}`,
      apply: onEachPart(parts.length ? parts : target.utterance, (doc, text, ref) => dismissStatement(doc, text, ref, context)),
    };
  }
}

/** News: Restore Statement — undoes a dismissal (of every part of the utterance when the view joins them). */
export class RestoreStatementCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.restoreStatement';

  protected async changeFor(target: StatementTarget): Promise<AnnotationChange> {
    const context = editContext();
    return {
      label: `restore statement${partsSuffix(target.utterance)}`,
      apply: onEachPart(target.utterance.filter(p => p.statement.dismissed), (doc, text, ref) => restoreStatement(doc, text, ref, context)),
    };
  }
}

/** News: Add Note — on the one statement (a note is about particular words, not copied to every part); args `{note}` skip the input box; an empty note removes it. */
export class AddNoteCommand extends StatementAnnotationCommand {
  readonly id = 'newsAnnotator.addNote';

  protected async changeFor(target: StatementTarget, args: AnnotationArgs): Promise<AnnotationChange | undefined> {
    const note = args.note ?? await vscode.window.showInputBox({
      title: 'Note', prompt: 'A note on this statement (empty removes it)', value: target.statement.note ?? '',
    });
    if (note === undefined) return undefined;
    return { label: note.trim() ? 'note' : 'remove note', apply: (doc, text) => setNote(doc, text, target.ref, note, editContext()) };
  }
}

/** News: Delete Orphaned Annotation — only from the tree's Orphaned group, after confirmation. */
export class DeleteOrphanCommand implements Command {
  readonly id = 'newsAnnotator.deleteOrphan';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown, confirmed?: boolean): Promise<boolean> {
    const { tree, annotations } = this.services;
    const id = orphanIdOf(arg) ?? (typeof argsOf(arg).statementId === 'string' ? argsOf(arg).statementId : undefined);
    const document = await targetDocument(tree, argsOf(arg), arg);
    if (!id || !document) return false;
    if (!confirmed) {
      const choice = await vscode.window.showWarningMessage('Delete this orphaned annotation? Its text, tags and note are removed (News: Undo Last Annotation brings it back).', { modal: true }, 'Delete');
      if (choice !== 'Delete') return false;
    }
    return annotations.edit(document, 'delete orphaned annotation', doc => removeAnnotation(doc, id));
  }
}
