import * as vscode from 'vscode';
import { countsLabel } from './articleView';
import { isArticle, type ArticleStore } from './articleStore';
import { SHOW_LOG_COMMAND } from './analysisNotices';
import { affects, joinsUtterances, showStatusBar } from './config';

/**
 * "12 statements · 4 speakers" (or utterances, as the Statements view counts them) on article editors; a click shows the Statements view.
 * When the article could not be analysed, a warning instead, whose click shows the log.
 */
export class StatementsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;

  constructor(private readonly store: ArticleStore) {
    this.item.name = 'News Annotator Statements';
    this.subscriptions = [
      this.item,
      store.onDidChangeView(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(e => { if (affects(e, 'statusBar') || affects(e, 'tree.joinUtterances')) this.update(); }),
    ];
    this.update();
  }

  /** The text shown, or undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  /** The tooltip shown, or undefined when hidden. */
  get tooltip(): string | undefined {
    return this.visible ? String(this.item.tooltip ?? '') : undefined;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const view = document && isArticle(document) ? this.store.getView(document.uri) : undefined;
    this.visible = !!view && showStatusBar();
    if (view && this.visible) {
      const error = view.analysis.error;
      if (error) {
        this.item.text = '$(warning) Statements unavailable';
        this.item.tooltip = `This article could not be analysed: ${error}. Click to show the log.`;
        this.item.command = SHOW_LOG_COMMAND;
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      } else {
        // counted as the Statements view counts its rows
        this.item.text = `$(quote) ${countsLabel(view, joinsUtterances() ? 'utterance' : 'statement')}`;
        this.item.tooltip = 'Show the Statements view';
        this.item.command = 'newsAnnotator.showStatements';
        this.item.backgroundColor = undefined;
      }
      this.item.show();
    } else {
      this.item.hide();
    }
  }
}
