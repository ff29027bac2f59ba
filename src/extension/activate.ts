import * as vscode from 'vscode';
import { registerAnnotations, type AnnotationFeatures } from './annotations';
import { AnalysisNotices } from './analysisNotices';
import type { Analyzer } from './analyzer';
import { ArticleFileAssociations } from './articleFiles';
import { ArticleStore } from './articleStore';
import { CommandManager } from './commandManager';
import { registerCommands } from './commands';
import { ArticleDiagnostics } from './providers/diagnostics';
import { ArticleSymbolProvider } from './providers/documentSymbols';
import { ParagraphFoldingProvider } from './providers/folding';
import { StatementHoverProvider } from './providers/hover';
import { SemanticTokensProvider, semanticTokensLegend } from './providers/semanticTokens';
import { StatementsStatusBar } from './statusBar';
import { StatementsTree } from './views/statementsTree';

/** What differs between the desktop (node) and web entries. */
export interface ExtensionHost {
  kind: 'node' | 'web';
  /** Runs the extractor: in a worker thread on node, in place on the web. */
  createAnalyzer(): Analyzer;
}

/** Returned from `activate`: the live objects, for other extensions and the integration tests. */
export interface NewsAnnotatorApi {
  host: ExtensionHost;
  articleStore: ArticleStore;
  statementsTree: StatementsTree;
  statusBar: StatementsStatusBar;
  /** Warnings about articles that could not be analysed. */
  analysisNotices: AnalysisNotices;
  semanticTokensLegend: vscode.SemanticTokensLegend;
  annotations: AnnotationFeatures;
  /** The folder VS Code writes this extension's log in (the channel News: Show Log shows). */
  logFolder: vscode.Uri;
}

/**
 * One activation for the desktop and web entries. Data flows one way:
 * documents -> ArticleStore (analysis + layers) -> providers and views.
 */
export function activateShared(context: vscode.ExtensionContext, host: ExtensionHost): NewsAnnotatorApi {
  const log = vscode.window.createOutputChannel('News Annotator', { log: true });
  const articleStore = new ArticleStore(log, host.createAnalyzer());
  const statementsTree = new StatementsTree(articleStore, context.workspaceState);
  const statusBar = new StatementsStatusBar(articleStore);
  const analysisNotices = new AnalysisNotices(articleStore, log);
  const commands = new CommandManager();
  registerCommands(commands, articleStore, statementsTree);
  const annotations = registerAnnotations(commands, articleStore, statementsTree, log);

  context.subscriptions.push(
    log,
    articleStore,
    new ArticleFileAssociations(log),
    statementsTree,
    statusBar,
    analysisNotices,
    commands,
    annotations,
    new ArticleDiagnostics(articleStore),
    SemanticTokensProvider.register(articleStore),
    StatementHoverProvider.register(articleStore),
    ArticleSymbolProvider.register(articleStore),
    ParagraphFoldingProvider.register(articleStore),
  );
  log.info(`News Annotator activated (${host.kind})`);
  return { host, articleStore, statementsTree, statusBar, analysisNotices, semanticTokensLegend, annotations, logFolder: context.logUri };
}
