import * as vscode from 'vscode';
import type { Span } from '../core/types';

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Shows the document and selects `span` in it, scrolling it into view. */
export async function selectSpan(uri: vscode.Uri, span: Pick<Span, 'start' | 'end'>, options: { preserveFocus?: boolean } = {}): Promise<vscode.TextEditor> {
  const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
  const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
  const range = rangeOf(document, span);
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn,
    preserveFocus: options.preserveFocus ?? false,
    selection: range,
  });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
