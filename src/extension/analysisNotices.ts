import * as vscode from 'vscode';
import type { ArticleStore } from './articleStore';

/** Shows the extension's log (the status bar item and the notices offer it). */
export const SHOW_LOG_COMMAND = 'newsAnnotator.showLog';

export interface AnalysisNotice {
  uri: vscode.Uri;
  message: string;
}

/**
 * Tells the person when an article could not be analysed (an engine defect, whose analysis
 * carries `error` and only the paragraphs; or an analysis stopped for taking too long), so an
 * article with no statements is never left
 * unexplained. One warning per article until an analysis of it succeeds again, not one per
 * pause in typing; the status bar shows the problem while it lasts (see statusBar.ts).
 */
export class AnalysisNotices implements vscode.Disposable {
  /** The error each article was last warned about, until it recovers or closes. */
  private readonly warned = new Map<string, string>();
  private readonly shown = new vscode.EventEmitter<AnalysisNotice>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires each time a warning is shown. */
  readonly onDidShowNotice = this.shown.event;

  constructor(private readonly store: ArticleStore, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions = [
      this.shown,
      vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => this.log.show(true)),
      store.onDidChangeView(uri => this.update(uri)),
    ];
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private update(uri: vscode.Uri): void {
    const key = uri.toString();
    const error = this.store.getView(uri)?.analysis.error;
    if (!error) {
      this.warned.delete(key);
      return;
    }
    if (this.warned.has(key)) return;
    this.warned.set(key, error);
    const name = uri.path.split('/').pop() || uri.toString(true);
    const message = `News Annotator could not analyse ${name}: ${error}. Its statements are not shown until an analysis of it succeeds; the log has the details.`;
    this.shown.fire({ uri, message });
    const showLog = 'Show Log';
    void vscode.window.showWarningMessage(message, showLog).then(choice => {
      if (choice === showLog) this.log.show(true);
    });
  }
}
