import * as vscode from 'vscode';
import { countsLabel } from './articleView';
import { isArticle, type ArticleStore } from './articleStore';
import { affects, showStatusBar } from './config';

/** "12 statements · 4 speakers" on article editors; a click shows the Statements view. */
export class StatementsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.counts', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private visible = false;

  constructor(private readonly store: ArticleStore) {
    this.item.name = 'News Annotator Statements';
    this.item.command = 'newsAnnotator.showStatements';
    this.item.tooltip = 'Show the Statements view';
    this.subscriptions = [
      this.item,
      store.onDidChangeView(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration(e => { if (affects(e, 'statusBar')) this.update(); }),
    ];
    this.update();
  }

  /** The text shown, or undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const view = document && isArticle(document) ? this.store.getView(document.uri) : undefined;
    this.visible = !!view && showStatusBar();
    if (view && this.visible) {
      this.item.text = `$(quote) ${countsLabel(view)}`;
      this.item.show();
    } else {
      this.item.hide();
    }
  }
}
