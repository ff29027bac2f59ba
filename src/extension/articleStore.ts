import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { AnalyzerUnavailable, InThreadAnalyzer, type Analyzer } from './analyzer';
import { baseView, debounceDelay, type ArticleView, type ViewLayer } from './articleView';
import { ARTICLE_LANGUAGE, analysisDelay } from './config';

/** The latest analysis of an article; `detail`: the stack frames of the error that made it fail, when one was thrown. */
interface AnalysisRecord {
  version: number;
  result: Analysis;
  detail?: string;
}

/** An error that keeps coming back: logged once, then counted until it changes or stops. */
interface FailureStreak {
  error: string;
  /** Analyses (or layer runs) that failed with it. */
  count: number;
}

/**
 * What keeps failing on one article (its analysis, a view layer), as the log was told: the first
 * failure in full, then a line only when the error changes or the failing stops, not one per
 * pause in typing while the same error stays.
 */
class FailureStreaks<Key> {
  private readonly streaks = new Map<Key, FailureStreak>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** `what` failed with `error` (`frames`: the stack of what was thrown); `counts` unless it is a refresh, not a new run. */
  failed(key: Key, what: string, error: string, frames: string | undefined, counts = true): void {
    const streak = this.streaks.get(key);
    if (streak?.error === error) {
      if (counts) streak.count++;
      return;
    }
    this.streaks.set(key, { error, count: 1 });
    const change = streak ? ` (until now: ${streak.error})` : '';
    this.log.error(`${what}: ${error}${change}. The same error again is not logged; a line says when it stops.${frames ? `\n${frames}` : ''}`);
  }

  /** `key` works again: one line, if it was failing. */
  recovered(key: Key, message: (failures: number) => string): void {
    const streak = this.streaks.get(key);
    if (!streak) return;
    this.streaks.delete(key);
    this.log.info(message(streak.count));
  }
}

interface Entry {
  document: vscode.TextDocument;
  analysis?: AnalysisRecord;
  view?: ArticleView;
  timer?: ReturnType<typeof setTimeout>;
  /** How long the last analysis took, to wait longer after edits when it is slow. */
  lastAnalysisMs: number;
  /** An analysis is under way (at most one per article). */
  running: boolean;
  /** Callers waiting for the analysis of a newer version than `view`. */
  waiters: Array<() => void>;
  /** The analysis (key 'analysis') and the view layers (by position) failing on this article. */
  failures: FailureStreaks<'analysis' | number>;
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
      if (entry?.analysis) this.publish(entry, entry.analysis, false);
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
    entry = { document, waiters: [], lastAnalysisMs: 0, running: false, failures: new FailureStreaks(this.log) };
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
    if (entry.analysis?.version === document.version) return this.publish(entry, entry.analysis, false);
    // One analysis at a time per article; a newer version is analysed when this one ends.
    if (entry.running) return;
    entry.running = true;
    const version = document.version;
    const started = Date.now();
    void this.analyzeSafely(document).then(({ result, detail }) => {
      entry.running = false;
      entry.lastAnalysisMs = Date.now() - started;
      if (!this.isCurrent(entry)) return this.settle(entry);
      entry.analysis = { version, result, detail };
      this.publish(entry, entry.analysis, true);
      if (entry.document.version !== version && !entry.timer) this.analyzeNow(entry);
    });
  }

  private isCurrent(entry: Entry): boolean {
    return this.entries.get(entry.document.uri.toString()) === entry;
  }

  /**
   * Never rejects: on failure, an empty analysis whose `error` says why, and the stack of what was
   * thrown. Logged when published (see `publish`), as the warning and the status bar read it.
   */
  private async analyzeSafely(document: vscode.TextDocument): Promise<Omit<AnalysisRecord, 'version'>> {
    const uri = document.uri.toString();
    const text = document.getText();
    try {
      return { result: await this.analyzer.analyze(text, uri) };
    } catch (error) {
      if (error instanceof AnalyzerUnavailable && this.analyzer.kind !== 'in-thread' && !this.disposed) {
        this.log.warn(`${error.message}; analysing in the extension host from now on.`);
        this.analyzer.dispose();
        this.analyzer = new InThreadAnalyzer();
        return this.analyzeSafely(document);
      }
      const reason = error instanceof Error ? error.message : String(error);
      // nothing rather than stale results; `error` tells the person why (AnalysisNotices, the status bar, the log)
      return {
        result: { id: uri, published: null, headline: null, dateline: null, credit: null, paragraphs: [], speakers: [], statements: [], error: reason },
        detail: stackFrames(error),
      };
    }
  }

  /** Whether analyses run off the extension host's thread. */
  get analyzerKind(): Analyzer['kind'] {
    return this.analyzer.kind;
  }

  /** Builds and announces the view of `record`; `fresh` when it comes from an analysis just made, not a refresh. */
  private publish(entry: Entry, record: AnalysisRecord, fresh: boolean): void {
    const { version } = record;
    let view = baseView(entry.document.uri.toString(), version, record.result);
    const text = this.layers.length ? entry.document.getText() : '';
    const name = entry.document.uri.toString(true);
    this.layers.forEach((layer, index) => {
      try {
        view = layer(view, text);
        entry.failures.recovered(index, () => `A view layer works again on ${name}`);
      } catch (error) {
        entry.failures.failed(index, `A view layer failed on ${name}`, error instanceof Error ? error.message : String(error), stackFrames(error));
      }
    });
    // from the view, as the warning (AnalysisNotices) and the status bar read it
    const error = view.analysis.error;
    if (error) entry.failures.failed('analysis', `Could not analyse ${name}`, error, record.detail, fresh);
    else entry.failures.recovered('analysis', failures => `${name} is analysed again, after ${failures} failed ${failures === 1 ? 'analysis' : 'analyses'}`);
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

/** The stack frames of a thrown error (its message is logged on its own), if it has any. */
function stackFrames(error: unknown): string | undefined {
  const frames = error instanceof Error ? error.stack?.split('\n').filter(line => /^\s+at /.test(line)) : undefined;
  return frames?.length ? frames.join('\n') : undefined;
}
