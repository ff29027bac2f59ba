import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { AnalyzerUnavailable, InThreadAnalyzer, type Analyzer } from './analyzer';
import { baseView, debounceDelay, type ArticleView, type ViewLayer } from './articleView';
import { ARTICLE_LANGUAGE, analysisDelay } from './config';

interface Entry {
  document: vscode.TextDocument;
  analysis?: { version: number; result: Analysis };
  view?: ArticleView;
  timer?: ReturnType<typeof setTimeout>;
  /** How long the last analysis took, to wait longer after edits when it is slow. */
  lastAnalysisMs: number;
  /** An analysis is under way (at most one per article). */
  running: boolean;
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
  private disposed = false;
  /** Fires with the document URI whenever its view changes or goes away. */
  readonly onDidChangeView = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel, private analyzer: Analyzer) {
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
    const fresh = new Promise<ArticleView | undefined>(resolve => {
      const cancel = token?.onCancellationRequested(() => resolve(undefined));
      entry.waiters.push(() => { cancel?.dispose(); resolve(entry.view); });
    });
    if (!entry.timer && !entry.running) this.analyzeNow(entry);
    return fresh;
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
    this.disposed = true;
    for (const entry of this.entries.values()) this.settle(entry);
    this.entries.clear();
    this.subscriptions.forEach(d => d.dispose());
    this.analyzer.dispose();
  }

  private track(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (entry) {
      entry.document = document;
      return entry;
    }
    entry = { document, waiters: [], lastAnalysisMs: 0, running: false };
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
    if (!this.isCurrent(entry)) return this.settle(entry);
    if (entry.analysis?.version === document.version) return this.publish(entry, entry.analysis.result, entry.analysis.version);
    // One analysis at a time per article; a newer version is analysed when this one ends.
    if (entry.running) return;
    entry.running = true;
    const version = document.version;
    const started = Date.now();
    void this.analyzeSafely(document).then(result => {
      entry.running = false;
      entry.lastAnalysisMs = Date.now() - started;
      if (!this.isCurrent(entry)) return this.settle(entry);
      entry.analysis = { version, result };
      this.publish(entry, result, version);
      if (entry.document.version !== version && !entry.timer) this.analyzeNow(entry);
    });
  }

  private isCurrent(entry: Entry): boolean {
    return this.entries.get(entry.document.uri.toString()) === entry;
  }

  /** Never rejects: on failure, logs and returns an empty analysis whose `error` says why. */
  private async analyzeSafely(document: vscode.TextDocument): Promise<Analysis> {
    const uri = document.uri.toString();
    const text = document.getText();
    try {
      const result = await this.analyzer.analyze(text, uri);
      // logged here; AnalysisNotices warns once per article until it recovers, not on every pause in typing
      if (result.error) this.log.error(`The extractor failed on ${document.uri.toString(true)} (${result.error}); showing its paragraphs only.`);
      return result;
    } catch (error) {
      if (error instanceof AnalyzerUnavailable && this.analyzer.kind !== 'in-thread' && !this.disposed) {
        this.log.warn(`${error.message}; analysing in the extension host from now on.`);
        this.analyzer.dispose();
        this.analyzer = new InThreadAnalyzer();
        return this.analyzeSafely(document);
      }
      const reason = error instanceof Error ? error.message : String(error);
      this.log.error(`Could not analyse ${document.uri.toString(true)}: ${reason}`);
      // nothing rather than stale results; `error` tells the person why (AnalysisNotices, the status bar)
      return { id: uri, published: null, headline: null, dateline: null, credit: null, paragraphs: [], speakers: [], statements: [], error: reason };
    }
  }

  /** Whether analyses run off the extension host's thread. */
  get analyzerKind(): Analyzer['kind'] {
    return this.analyzer.kind;
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
