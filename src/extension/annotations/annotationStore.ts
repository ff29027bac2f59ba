import * as vscode from 'vscode';
import {
  applyAnnotations, emptyDocument, parseSidecar, reanchorDocument, serializeDocument, shiftDocument,
  type AnnotatedStatement, type AnnotationDocument, type SidecarError, type StatementAnnotation,
} from '../../core/annotations';
import type { ArticleView, OrphanView, StatementView } from '../articleView';
import { freeBackupUri, readTextFile, removeStaleTemporaryFiles, temporaryFilesOf, writeTextFileAtomically } from './sidecarFiles';
import { showPausedNotice } from './pausedNotice';
import { UndoStack } from './undoStack';
import { SIDECAR_SUFFIX, sidecarUriFor } from './settings';

type LoadState = 'loading' | 'ready' | 'broken';

/**
 * Quiet time after an article is saved before the anchors that moved with its
 * text are written to the sidecar. A person's own changes (a tag, a note…)
 * are written at once; anchors that only moved are a position hint for the
 * next opening, which finds every entry again by its quote and context even
 * from an older sidecar, so one write after the saves stop is enough. (VS Code
 * for the Web saves one second after each pause in typing: writing on every
 * save serialised and rewrote the whole sidecar, then read it back, per pause.)
 */
export const MOVED_ANCHORS_WRITE_DELAY_MS = 2500;

/** One article's annotations in memory. */
interface Entry {
  article: vscode.Uri;
  /** Undefined for an untitled article: annotations then live in memory only. */
  sidecar: vscode.Uri | undefined;
  state: LoadState;
  document: AnnotationDocument;
  orphans: Set<string>;
  /** Why the sidecar cannot be used (state 'broken'). */
  error?: SidecarError;
  /** The sidecar text as last read or written by us, to tell our own writes from others'. */
  lastText?: string;
  writesInFlight: number;
  writing: Promise<void>;
  /** Set while a write of anchors moved by saved edits waits for the saves to stop. */
  movedAnchorsTimer?: ReturnType<typeof setTimeout>;
  loaded: Promise<void>;
}

/**
 * The person's annotations for every open article: loaded from and written to
 * the sidecar (atomically), reloaded when it changes on disk, shifted live as
 * the article is edited, merged into the views by `layer`, with one undo stack.
 * A sidecar that cannot be read pauses annotation of its article and is never
 * overwritten.
 */
export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly undoStack = new UndoStack();
  /** Untitled articles already told that their annotations live in memory only. */
  private readonly warnedUnsaved = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly shifted = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Annotations of an article changed: views must be rebuilt. */
  readonly onDidChange = this.changed.event;
  /** Anchors moved with an edit (decorations follow at once; views follow the next analysis). */
  readonly onDidShift = this.shifted.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.subscriptions.push(
      this.changed, this.shifted, watcher,
      watcher.onDidChange(uri => void this.sidecarChangedOnDisk(uri)),
      watcher.onDidCreate(uri => void this.sidecarChangedOnDisk(uri)),
      watcher.onDidDelete(uri => void this.sidecarChangedOnDisk(uri)),
      vscode.workspace.onDidChangeTextDocument(e => this.shift(e)),
      vscode.workspace.onDidSaveTextDocument(d => void this.articleSaved(d)),
      vscode.workspace.onDidCloseTextDocument(d => void this.forget(d)),
      vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('newsAnnotator.annotations.location')) this.reloadAll(); }),
    );
  }

  /** Merges the annotations into an article's view: the one place they meet the analysis. */
  readonly layer = (view: ArticleView, text: string): ArticleView => {
    const entry = this.entries.get(view.uri);
    if (!entry) {
      void this.load(vscode.Uri.parse(view.uri));
      return view;
    }
    if (entry.state !== 'ready') return view;
    const annotated = applyAnnotations(view.analysis, entry.document, text);
    entry.document = annotated.document;
    entry.orphans = new Set(annotated.orphans.map(o => o.id));
    const statements = annotated.all.map(toStatementView);
    // (speakers as a person corrected them, for the tree, the hover and exports of what the editor shows)
    const analysis = { ...view.analysis, speakers: annotated.speakers };
    return { ...view, analysis, statements, orphans: annotated.orphans.map(toOrphanView) };
  };

  /** The annotations of an article once loaded (empty when it has none). */
  async annotationsOf(article: vscode.Uri): Promise<{ document: AnnotationDocument; orphans: ReadonlySet<string>; state: LoadState; error?: SidecarError; sidecar?: vscode.Uri }> {
    const entry = await this.load(article);
    return { document: entry.document, orphans: entry.orphans, state: entry.state, error: entry.error, sidecar: entry.sidecar };
  }

  /** Labels of the changes Undo would revert, most recent first. */
  get undoLabels(): string[] {
    return this.undoStack.labels;
  }

  /**
   * Applies one change a person made to an open article's annotations, records
   * it for Undo and writes the sidecar. Resolves to false (after telling the
   * person why) when annotation of that article is paused.
   */
  async edit(document: vscode.TextDocument, label: string, change: (doc: AnnotationDocument, text: string) => AnnotationDocument): Promise<boolean> {
    const entry = await this.load(document.uri);
    if (entry.state === 'broken') {
      void this.showPaused(entry);
      return false;
    }
    const before = entry.document;
    const after = change(before, document.getText());
    if (after === before) return true;
    this.undoStack.push({ article: entry.article.toString(), before, label });
    this.cancelMovedAnchorsWrite(entry);
    this.replace(entry, after);
    if (!entry.sidecar && !this.warnedUnsaved.has(entry.article.toString())) {
      this.warnedUnsaved.add(entry.article.toString());
      void vscode.window.showWarningMessage('This article is not saved to a file: its annotations are kept only while it is open and do not move to the file when it is first saved. Save the article first, then annotate, to keep them beside it.');
    }
    await this.write(entry, document.getText());
    return true;
  }

  /** Reverts the last change; resolves to its label, or undefined when there is nothing to undo. */
  async undo(): Promise<string | undefined> {
    const step = this.undoStack.pop();
    if (!step) return undefined;
    const article = vscode.Uri.parse(step.article);
    const entry = await this.load(article);
    if (entry.state === 'broken') {
      this.undoStack.push(step);
      void this.showPaused(entry);
      return undefined;
    }
    this.cancelMovedAnchorsWrite(entry);
    this.replace(entry, step.before);
    await this.write(entry, openText(article));
    return step.label;
  }

  /** Keeps a broken sidecar as `.bak` and starts with no annotations for that article. */
  async startFresh(article: vscode.Uri): Promise<vscode.Uri | undefined> {
    const entry = await this.load(article);
    if (entry.state !== 'broken' || !entry.sidecar) return undefined;
    const backup = await freeBackupUri(entry.sidecar);
    await vscode.workspace.fs.rename(entry.sidecar, backup, { overwrite: false });
    this.log.info(`Kept the unreadable ${entry.sidecar.toString(true)} as ${backup.toString(true)}`);
    entry.state = 'ready';
    entry.error = undefined;
    entry.lastText = undefined;
    this.replace(entry, emptyDocument());
    return backup;
  }

  /** Writes anchors waiting for saves to stop, then waits for pending sidecar writes (tests, and before reading sidecars for export). */
  async flush(): Promise<void> {
    await Promise.all([...this.entries.values()].map(e => (e.movedAnchorsTimer ? this.writeMovedAnchors(e) : e.writing)));
  }

  dispose(): void {
    for (const entry of this.entries.values()) if (entry.movedAnchorsTimer) void this.writeMovedAnchors(entry);
    this.subscriptions.forEach(d => d.dispose());
  }

  private load(article: vscode.Uri): Promise<Entry> {
    const key = article.toString();
    const existing = this.entries.get(key);
    if (existing) return existing.loaded.then(() => existing);
    const entry: Entry = {
      article, sidecar: sidecarUriFor(article), state: 'loading', document: emptyDocument(), orphans: new Set(),
      writesInFlight: 0, writing: Promise.resolve(), loaded: Promise.resolve(),
    };
    this.entries.set(key, entry);
    entry.loaded = this.readSidecar(entry).then(() => this.changed.fire(article));
    return entry.loaded.then(() => entry);
  }

  /** Reads the sidecar into the entry; a broken one pauses the entry and is reported. */
  private async readSidecar(entry: Entry): Promise<void> {
    if (!entry.sidecar) {
      entry.state = 'ready';
      return;
    }
    let text: string | undefined;
    try {
      text = await readTextFile(entry.sidecar);
    } catch (error) {
      this.markBroken(entry, { message: `cannot be read: ${error instanceof Error ? error.message : String(error)}`, line: 1, column: 1 });
      return;
    }
    if (text === undefined) {
      const recovered = await this.recoverSidecar(entry.sidecar);
      if (recovered) {
        entry.state = 'ready';
        entry.error = undefined;
        entry.lastText = recovered.restored ? recovered.text : undefined;
        entry.document = recovered.document;
        if (recovered.restored) void this.tidyTemporaryFiles(entry, entry.sidecar, recovered.text);
        return;
      }
      entry.state = 'ready';
      entry.lastText = undefined;
      entry.document = emptyDocument();
      return;
    }
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      this.markBroken(entry, parsed.error);
      return;
    }
    entry.state = 'ready';
    entry.error = undefined;
    entry.lastText = text;
    entry.document = parsed.document;
    void this.tidyTemporaryFiles(entry, entry.sidecar, text);
  }

  /**
   * Removes what interrupted writes left beside a sidecar just read intact, once it holds all they
   * do (see `removeStaleTemporaryFiles`); off the load, which need not wait for it.
   */
  private async tidyTemporaryFiles(entry: Entry, sidecar: vscode.Uri, text: string): Promise<void> {
    try {
      const { removed, kept } = await removeStaleTemporaryFiles(sidecar, text);
      for (const file of removed) this.log.info(`Removed ${file.toString(true)}, left by an interrupted write; ${sidecar.toString(true)} holds all it did`);
      // a write of ours under way has a temporary file of its own, newer and different: not a leftover
      if (entry.writesInFlight === 0) for (const file of kept) this.log.warn(`Kept ${file.toString(true)}, left by an interrupted write: it is newer than ${sidecar.toString(true)} and differs from it, so it may hold a change the sidecar lacks`);
    } catch (error) {
      this.log.warn(`Could not tidy the temporary files beside ${sidecar.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * No sidecar, but a write of it was cut short between removing the old file
   * and renaming the new one in its place: the newest readable temporary file
   * is the sidecar. Renamed into place (or, if that fails, written by the next change).
   */
  private async recoverSidecar(sidecar: vscode.Uri): Promise<{ document: AnnotationDocument; text: string; restored: boolean } | undefined> {
    for (const temporary of await temporaryFilesOf(sidecar)) {
      const text = await readTextFile(temporary).catch(() => undefined);
      const parsed = text === undefined ? undefined : parseSidecar(text);
      if (!parsed?.ok) continue;
      const restored = await vscode.workspace.fs.rename(temporary, sidecar, { overwrite: false }).then(() => true, () => false);
      this.log.warn(`${sidecar.toString(true)} was missing after an interrupted write; ${restored ? 'restored it from' : 'using'} ${temporary.toString(true)}`);
      return { document: parsed.document, text: text!, restored };
    }
    return undefined;
  }

  private markBroken(entry: Entry, error: SidecarError): void {
    entry.state = 'broken';
    entry.error = error;
    entry.document = emptyDocument();
    entry.orphans = new Set();
    this.log.error(`${entry.sidecar?.toString(true)}:${error.line}:${error.column}: ${error.message}`);
    void this.showPaused(entry);
  }

  private async showPaused(entry: Entry): Promise<void> {
    if (entry.sidecar && entry.error) await showPausedNotice(entry.article, entry.sidecar, entry.error);
  }

  private replace(entry: Entry, document: AnnotationDocument): void {
    entry.document = document;
    this.changed.fire(entry.article);
  }

  /** Writes the sidecar if its content changed; a failure is shown and the annotations stay in memory. */
  private write(entry: Entry, articleText: string | undefined): Promise<void> {
    if (!entry.sidecar || entry.state !== 'ready') return entry.writing;
    let document = entry.document;
    if (articleText !== undefined) {
      const re = reanchorDocument(document, articleText);
      document = re.document;
      entry.orphans = re.orphans;
      entry.document = document;
    }
    const text = serializeDocument(document);
    // No sidecar yet and nothing to keep: do not create an empty file.
    if (text === entry.lastText || (entry.lastText === undefined && !holdsAnnotations(document))) return entry.writing;
    const previous = entry.lastText;
    entry.lastText = text;
    const sidecar = entry.sidecar;
    entry.writesInFlight++;
    entry.writing = entry.writing
      .then(() => writeTextFileAtomically(sidecar, text))
      .catch(error => {
        entry.lastText = previous;
        const message = `Could not save annotations to ${vscode.workspace.asRelativePath(sidecar)}: ${error instanceof Error ? error.message : String(error)}. They are kept in memory; the next change tries again.`;
        this.log.error(message);
        void vscode.window.showErrorMessage(message);
      })
      .finally(() => { entry.writesInFlight--; });
    return entry.writing;
  }

  private shift(event: vscode.TextDocumentChangeEvent): void {
    if (!event.contentChanges.length) return;
    const key = event.document.uri.toString();
    const entry = this.entries.get(key);
    if (!entry || entry.state !== 'ready') return;
    const changes = event.contentChanges.map(c => ({ rangeOffset: c.rangeOffset, rangeLength: c.rangeLength, text: c.text }));
    const next = shiftDocument(entry.document, entry.orphans, changes);
    entry.document = next.document;
    entry.orphans = next.orphans;
    this.undoStack.shift(key, changes);
    this.shifted.fire(entry.article);
  }

  /** The article was saved: its moved anchors are written once the saves stop. */
  private articleSaved(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.state !== 'ready' || !entry.sidecar) return;
    this.cancelMovedAnchorsWrite(entry);
    entry.movedAnchorsTimer = setTimeout(() => void this.writeMovedAnchors(entry), MOVED_ANCHORS_WRITE_DELAY_MS);
  }

  private cancelMovedAnchorsWrite(entry: Entry): void {
    if (entry.movedAnchorsTimer) clearTimeout(entry.movedAnchorsTimer);
    entry.movedAnchorsTimer = undefined;
  }

  /**
   * Writes the anchors placed on the saved article. If the article was edited
   * again and not saved, its text is not the file's: the next save writes.
   */
  private writeMovedAnchors(entry: Entry, document = openDocument(entry.article)): Promise<void> {
    this.cancelMovedAnchorsWrite(entry);
    if (entry.state !== 'ready' || !document || document.isDirty || this.entries.get(entry.article.toString()) !== entry) return entry.writing;
    return this.write(entry, document.getText());
  }

  private async sidecarChangedOnDisk(sidecar: vscode.Uri): Promise<void> {
    const entry = [...this.entries.values()].find(e => e.sidecar?.toString() === sidecar.toString());
    if (!entry || entry.writesInFlight > 0) return;
    await entry.loaded;
    let text: string | undefined;
    try {
      text = await readTextFile(sidecar);
    } catch {
      return;
    }
    if (text === entry.lastText || entry.writesInFlight > 0) return;
    const before = entry.document;
    await this.readSidecar(entry);
    if (entry.state === 'ready' && holdsAnnotations(before)) {
      // Reloading is a change like any other: Undo brings the previous annotations back.
      this.undoStack.push({ article: entry.article.toString(), before, label: 'reload from disk' });
    }
    this.log.info(`Reloaded annotations from ${sidecar.toString(true)} (changed on disk)`);
    this.changed.fire(entry.article);
  }

  private async forget(closed: vscode.TextDocument): Promise<void> {
    const article = closed.uri;
    const key = article.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    // Closed right after a save: its moved anchors are written now rather than dropped.
    if (entry.movedAnchorsTimer) await this.writeMovedAnchors(entry, closed);
    await entry.writing;
    // Reopening reads the sidecar again, which is written after every change.
    if (this.entries.get(key) === entry && !vscode.workspace.textDocuments.some(d => d.uri.toString() === key)) this.entries.delete(key);
  }

  private reloadAll(): void {
    const articles = [...this.entries.values()].map(e => e.article);
    // Written to where the sidecars were, before the location changes.
    for (const entry of this.entries.values()) if (entry.movedAnchorsTimer) void this.writeMovedAnchors(entry);
    this.entries.clear();
    for (const article of articles) void this.load(article);
  }
}

/** An open article's document, if it is open. */
function openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find(d => d.uri.toString() === article.toString());
}

/** The text of an open article, if it is open. */
function openText(article: vscode.Uri): string | undefined {
  return openDocument(article)?.getText();
}

/** A statement of the view, keeping `annotationId` and `origin` for the annotation commands. */
export function toStatementView(s: AnnotatedStatement): StatementView {
  const { note, dismissed, ...rest } = s;
  const view: StatementView = { ...rest, tags: [...s.tags] };
  if (note) view.note = note;
  if (dismissed) view.dismissed = true;
  return view;
}

export function toOrphanView(o: StatementAnnotation): OrphanView {
  const view: OrphanView = { id: o.id, text: o.target.exact, tags: [...o.tags] };
  if (o.note) view.note = o.note;
  if (o.speaker) view.speakerName = o.speaker;
  return view;
}

/** Whether a sidecar holds anything a person made: an entry for a statement or a correction of a speaker. */
function holdsAnnotations(doc: AnnotationDocument): boolean {
  return doc.statements.length > 0 || (doc.speakers?.length ?? 0) > 0;
}
