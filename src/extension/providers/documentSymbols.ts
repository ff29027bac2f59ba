import * as vscode from 'vscode';
import { excerpt, speakerOf, type ArticleView } from '../articleView';
import type { ArticleStore } from '../articleStore';
import { ARTICLE_LANGUAGE } from '../config';
import { rangeOf } from '../editorNavigation';
import { KIND_LABELS } from '../views/statementGroups';

/** Outline, breadcrumbs and Go to Symbol: headline, dateline, then each speaker with their statements. */
export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  /** The symbols of each view: the outline and breadcrumbs ask again after every change, and a view never changes. */
  private readonly built = new WeakMap<ArticleView, vscode.DocumentSymbol[]>();

  constructor(private readonly store: ArticleStore) {}

  static register(store: ArticleStore): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider({ language: ARTICLE_LANGUAGE }, new ArticleSymbolProvider(store), { label: 'News Article' });
  }

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const view = await this.store.viewFor(document, token);
    if (!view) return [];
    if (view.version !== document.version) return articleSymbols(document, view);
    let symbols = this.built.get(view);
    if (!symbols) this.built.set(view, symbols = articleSymbols(document, view));
    return symbols;
  }
}

export function articleSymbols(document: vscode.TextDocument, view: ArticleView): vscode.DocumentSymbol[] {
  const symbols: vscode.DocumentSymbol[] = [];
  const { headline, dateline } = view.analysis;
  if (headline) {
    const r = rangeOf(document, headline);
    symbols.push(new vscode.DocumentSymbol(excerpt(headline.text), 'headline', vscode.SymbolKind.File, r, r));
  }
  if (dateline) {
    const r = rangeOf(document, dateline);
    const detail = [dateline.date, dateline.agency].filter(Boolean).join(' · ') || 'dateline';
    symbols.push(new vscode.DocumentSymbol(dateline.location || excerpt(dateline.text), detail, vscode.SymbolKind.Event, r, r));
  }
  const bySpeaker = new Map<string, vscode.DocumentSymbol>();
  for (const s of view.statements) {
    if (s.dismissed) continue;
    const contentRange = rangeOf(document, s.content);
    const child = new vscode.DocumentSymbol(excerpt(s.content.text, 50), KIND_LABELS[s.kind].replace(/s$/, '').toLowerCase(), vscode.SymbolKind.String, contentRange, contentRange);
    if (!s.speaker) {
      symbols.push(child);
      continue;
    }
    const key = s.speaker.id || `name:${s.speaker.name}`;
    let parent = bySpeaker.get(key);
    if (!parent) {
      const selection = s.speaker.mention ? rangeOf(document, s.speaker.mention) : contentRange;
      parent = new vscode.DocumentSymbol(s.speaker.name, speakerOf(view, s)?.role ?? '', vscode.SymbolKind.Class, selection.union(contentRange), selection);
      bySpeaker.set(key, parent);
      symbols.push(parent);
    }
    parent.children.push(child);
    // A parent's range must hold its children.
    parent.range = parent.range.union(contentRange);
  }
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
}
