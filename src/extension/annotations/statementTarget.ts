import * as vscode from 'vscode';
import type { StatementRef } from '../../core/annotations';
import { statementAt, utteranceOf, type ArticleView, type StatementView } from '../articleView';
import { isArticle, type ArticleStore } from '../articleStore';
import { joinsUtterances } from '../config';
import type { StatementsTree } from '../views/statementsTree';
import type { TreeNode } from '../views/statementGroups';

/**
 * What an annotation command may be given instead of asking: by tests,
 * keybindings and other extensions. Every field is optional.
 */
export interface AnnotationArgs {
  /** The article (URI string); defaults to the active editor's, then the tree's. */
  uri?: string;
  /** A statement id of the article's view; defaults to the statement at `offset` or the cursor. */
  statementId?: string;
  /** A UTF-16 offset in the article. */
  offset?: number;
  tags?: string[];
  /** The n-th configured tag (keybindings). */
  tagIndex?: number;
  speaker?: string | null;
  note?: string;
  kind?: string;
  /** For Add Statement: the words' range; defaults to the selection. */
  start?: number;
  end?: number;
  /** For Correct Speaker: `female`, `male`, `none` or `reset`; `person`, `organization`, `group`, `unknown` or `reset`. */
  gender?: string;
  speakerKind?: string;
  /** For exports. */
  format?: string;
  folder?: string;
}

type AnnotatedView = StatementView & { annotationId?: string | null };

export interface StatementPart {
  statement: AnnotatedView;
  ref: StatementRef;
}

export interface StatementTarget extends StatementPart {
  document: vscode.TextDocument;
  view: ArticleView;
  /**
   * What a tag, speaker or dismissal applies to: every part of the statement's utterance while the
   * Statements view shows one row per utterance (so no part is left with another speaker or tag),
   * else the statement alone. Text order; holds the statement itself.
   */
  utterance: StatementPart[];
}

const isTreeNode = (arg: unknown): arg is TreeNode =>
  typeof arg === 'object' && arg !== null && ['group', 'statement', 'part', 'orphan'].includes((arg as { type?: string }).type ?? '');

const partOf = (statement: AnnotatedView): StatementPart => ({
  statement, ref: { annotationId: statement.annotationId ?? null, start: statement.content.start, end: statement.content.end },
});

/** The args object of a call, whether it came from a menu (a tree node) or from code. */
export function argsOf(arg: unknown): AnnotationArgs {
  return typeof arg === 'object' && arg !== null && !isTreeNode(arg) && !(arg instanceof vscode.Uri) ? arg as AnnotationArgs : {};
}

/** The article a command is about: explicit, the active editor's, or the tree's. */
export async function targetDocument(tree: StatementsTree, args: AnnotationArgs, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = args.uri ?? (arg instanceof vscode.Uri ? arg.toString() : undefined)
    ?? (isTreeNode(arg) ? tree.article?.toString() : undefined)
    ?? (vscode.window.activeTextEditor && isArticle(vscode.window.activeTextEditor.document) ? vscode.window.activeTextEditor.document.uri.toString() : undefined)
    ?? tree.article?.toString();
  if (!uri) return undefined;
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri);
  return open ?? vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
}

/**
 * The statement a command acts on: the tree node it was invoked on, the one
 * named in its args, the one at the cursor, or the one selected in the tree.
 */
export async function resolveStatement(store: ArticleStore, tree: StatementsTree, arg: unknown): Promise<StatementTarget | undefined> {
  const args = argsOf(arg);
  const document = await targetDocument(tree, args, arg);
  if (!document || !isArticle(document)) return undefined;
  const view = await store.viewFor(document);
  if (!view) return undefined;
  let statement: StatementView | undefined;
  const nodeStatement = isTreeNode(arg) && (arg.type === 'statement' || arg.type === 'part') ? arg.statement : undefined;
  const id = args.statementId ?? nodeStatement?.id;
  if (id) statement = view.statements.find(s => s.id === id);
  else if (args.offset !== undefined) statement = statementAt(view, args.offset);
  else {
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.uri.toString() === document.uri.toString()) statement = statementAt(view, document.offsetAt(editor.selection.active));
    if (!statement) {
      const selected = tree.view.selection[0];
      if ((selected?.type === 'statement' || selected?.type === 'part') && tree.article?.toString() === document.uri.toString()) statement = view.statements.find(s => s.id === selected.statement.id);
    }
  }
  if (!statement) return undefined;
  const utterance = joinsUtterances() ? utteranceOf(view, statement).map(partOf) : [partOf(statement)];
  return { document, view, ...partOf(statement), utterance };
}

export function noStatementMessage(): void {
  void vscode.window.showInformationMessage('Put the cursor in a statement of an article, or select one in the Statements view.');
}

/** The orphan id of a tree node, if the command was invoked on an orphan. */
export function orphanIdOf(arg: unknown): string | undefined {
  return isTreeNode(arg) && arg.type === 'orphan' ? arg.orphan.id : undefined;
}
