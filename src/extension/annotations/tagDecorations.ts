import * as vscode from 'vscode';
import { isArticle } from '../articleStore';
import type { AnnotationStore } from './annotationStore';
import { configuredTags, UNCONFIGURED_TAG_COLOR, type TagDefinition } from './settings';

/**
 * Colours tagged statements in the editor and the overview ruler, in the
 * colour of their first tag. Follows edits at once (anchors shift live).
 */
export class TagDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly applied = new Map<string, Map<string, vscode.Range[]>>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly annotations: AnnotationStore) {
    this.subscriptions = [
      annotations.onDidChange(uri => void this.updateEditorsOf(uri)),
      annotations.onDidShift(uri => void this.updateEditorsOf(uri)),
      vscode.window.onDidChangeVisibleTextEditors(editors => editors.forEach(e => void this.update(e))),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsAnnotator.tags')) this.resetTypes();
      }),
    ];
    vscode.window.visibleTextEditors.forEach(e => void this.update(e));
  }

  /** The ranges decorated per tag in an editor of this article (what the person sees). */
  rangesFor(article: vscode.Uri): Map<string, vscode.Range[]> {
    return new Map(this.applied.get(article.toString()) ?? []);
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
    this.types.forEach(t => t.dispose());
    this.types.clear();
  }

  private resetTypes(): void {
    this.types.forEach(t => t.dispose());
    this.types.clear();
    vscode.window.visibleTextEditors.forEach(e => void this.update(e));
  }

  private updateEditorsOf(uri: vscode.Uri): void {
    vscode.window.visibleTextEditors.filter(e => e.document.uri.toString() === uri.toString()).forEach(e => void this.update(e));
  }

  private typeFor(tag: TagDefinition): vscode.TextEditorDecorationType {
    let type = this.types.get(tag.name);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        borderWidth: '0 0 2px 0',
        borderStyle: 'solid',
        borderColor: tag.color,
        backgroundColor: translucent(tag.color),
        overviewRulerColor: tag.color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(tag.name, type);
    }
    return type;
  }

  private async update(editor: vscode.TextEditor): Promise<void> {
    if (!isArticle(editor.document)) return;
    const { document, orphans, state } = await this.annotations.annotationsOf(editor.document.uri);
    const tags = configuredTags();
    const byTag = new Map<string, vscode.Range[]>();
    if (state === 'ready') {
      const doc = editor.document;
      const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
      for (const s of document.statements) {
        if (!s.tags.length || s.dismissed || orphans.has(s.id) || s.target.end > length) continue;
        const range = new vscode.Range(doc.positionAt(s.target.start), doc.positionAt(s.target.end));
        const ranges = byTag.get(s.tags[0]);
        if (ranges) ranges.push(range);
        else byTag.set(s.tags[0], [range]);
      }
    }
    const known = new Set([...tags.map(t => t.name), ...byTag.keys(), ...this.types.keys()]);
    for (const name of known) {
      const definition = tags.find(t => t.name === name) ?? { name, color: UNCONFIGURED_TAG_COLOR, description: '' };
      editor.setDecorations(this.typeFor(definition), byTag.get(name) ?? []);
    }
    this.applied.set(editor.document.uri.toString(), byTag);
  }
}

/** `#rrggbb` -> `#rrggbb26` (15% opacity) for the background; other colour forms are left without one. */
function translucent(color: string): string | undefined {
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}26` : undefined;
}
