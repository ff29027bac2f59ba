import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { baseView, debounceDelay, type ArticleView, type ViewLayer } from './articleView';
import { ARTICLE_LANGUAGE, analysisDelay } from './config';

interface Entry {
  document: vscode.TextDocument;
  analysis?: { version: number; result: Analysis };
  view?: ArticleView;
  timer?: ReturnType<typeof setTimeout>;
  /** How long the last analysis took, to wait longer after edits when it is slow. */
  lastAnalysisMs: number;
  /** Callers waiting for the analysis of a newer version than `view`. */
  waiters: Array<() => void>;
}

export function isArticle(document: vscode.TextDocument): boolean {
  return document.languageId === ARTICLE_LANGUAGE;
}

/**
 * The one place articles are analysed. Keeps, per open article, the latest
 * analysis (cached by document version, recomputed after a pause in typing)
 * and the view built from it; every provider reads the view from here.
 */
export class ArticleStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly layers: ViewLayer[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires with the document URI whenever its view changes or goes away. */
  readonly onDidChangeView = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidOpenTextDocument(d => this.track(d)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidCloseTextDocument(d => this.forget(d.uri)),
    );
    vscode.workspace.textDocuments.forEach(d => this.track(d));
  }

  /** The latest view of an open article (possibly of an older version while typing). */
  getView(uri: vscode.Uri | string): ArticleView | undefined {
    return this.entries.get(uri.toString())?.view;
  }

  /** The view of exactly this version of the document, waiting for a pending analysis if there is one. */
  viewFor(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<ArticleView | undefined> {
    if (!isArticle(document)) return Promise.resolve(undefined);
    const entry = this.track(document);
    if (entry.view?.version === document.version) return Promise.resolve(entry.view);
    if (!entry.timer) {
      this.analyzeNow(entry);
      return Promise.resolve(entry.view);
    }
    return new Promise(resolve => {
      const cancel = token?.onCancellationRequested(() => resolve(undefined));
      entry.waiters.push(() => { cancel?.dispose(); resolve(entry.view); });
    });
  }

  /** Adds a layer over every view (annotations use this); views are rebuilt without reanalysing. */
  registerLayer(layer: ViewLayer): vscode.Disposable {
    this.layers.push(layer);
    this.refresh();
    return new vscode.Disposable(() => {
      const i = this.layers.indexOf(layer);
      if (i >= 0) this.layers.splice(i, 1);
      this.refresh();
    });
  }

  /** Rebuilds the views (of one article, or all) from their cached analyses, e.g. after annotations change. */
  refresh(uri?: vscode.Uri): void {
    const entries = uri ? [this.entries.get(uri.toString())] : [...this.entries.values()];
    for (const entry of entries) {
      if (entry?.analysis) this.publish(entry, entry.analysis.result, entry.analysis.version);
    }
  }

  dispose(): void {
    for (const entry of this.entries.values()) this.settle(entry);
    this.entries.clear();
    this.subscriptions.forEach(d => d.dispose());
  }

  private track(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (entry) {
      entry.document = document;
      return entry;
    }
    entry = { document, waiters: [], lastAnalysisMs: 0 };
    if (!isArticle(document)) return entry;
    this.entries.set(key, entry);
    // Analyse on open without waiting for typing to pause, but off the open event itself.
    this.startTimer(entry, 0);
    return entry;
  }

  private schedule(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return;
    entry.document = document;
    this.startTimer(entry, debounceDelay(analysisDelay(document), entry.lastAnalysisMs));
  }

  private startTimer(entry: Entry, delay: number): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.analyzeNow(entry), delay);
  }

  private analyzeNow(entry: Entry): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document } = entry;
    if (this.entries.get(document.uri.toString()) !== entry) return this.settle(entry);
    if (entry.analysis?.version !== document.version) {
      const started = Date.now();
      entry.analysis = { version: document.version, result: this.analyzeSafely(document) };
      entry.lastAnalysisMs = Date.now() - started;
    }
    this.publish(entry, entry.analysis.result, entry.analysis.version);
  }

  private analyzeSafely(document: vscode.TextDocument): Analysis {
    try {
      return analyze(document.getText(), document.uri.toString());
    } catch (error) {
      // The engine promises never to throw; if it does, show nothing rather than stale results.
      this.log.error(`Could not analyse ${document.uri.toString(true)}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      return { id: document.uri.toString(), published: null, headline: null, dateline: null, credit: null, paragraphs: [], speakers: [], statements: [] };
    }
  }

  private publish(entry: Entry, analysis: Analysis, version: number): void {
    let view = baseView(entry.document.uri.toString(), version, analysis);
    const text = this.layers.length ? entry.document.getText() : '';
    for (const layer of this.layers) {
      try {
        view = layer(view, text);
      } catch (error) {
        this.log.error(`A view layer failed on ${entry.document.uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    entry.view = view;
    if (version === entry.document.version) this.settle(entry);
    this.changed.fire(entry.document.uri);
  }

  private settle(entry: Entry): void {
    const waiters = entry.waiters.splice(0);
    waiters.forEach(w => w());
  }

  private forget(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    this.entries.delete(uri.toString());
    entry.view = undefined;
    this.settle(entry);
    this.changed.fire(uri);
  }
}
