import * as vscode from 'vscode';
import type { StatementKind } from '../../core/types';
import { excerpt, plural, statementAt, type ArticleView, type OrphanView, type StatementView } from '../articleView';
import { isArticle, type ArticleStore } from '../articleStore';
import { affects, defaultGrouping, joinsUtterances, treeFollowsCursor } from '../config';
import { escapeMarkdown } from '../markdown';
import {
  buildStatementTree, describeFilter, findStatementNode, KIND_LABELS, rowShows,
  type GroupNode, type Grouping, type OrphanNode, type PartNode, type StatementFilter, type StatementNode, type TreeNode,
} from './statementGroups';

export const STATEMENTS_VIEW_ID = 'newsAnnotator.statements';
const GROUPING_STATE_KEY = 'newsAnnotator.grouping';

const KIND_ICONS: Record<StatementKind, string> = {
  direct: 'quote',
  partial: 'symbol-string',
  indirect: 'comment',
  pullquote: 'megaphone',
};

const SPEAKER_ICONS: Record<string, string> = { person: 'person', organization: 'organization', group: 'organization' };

/**
 * The Statements view: the statements of the active article, grouped and
 * filtered as the person chose. Renders what `buildStatementTree` computes.
 */
export class StatementsTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly treeView: vscode.TreeView<TreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private articleUri: vscode.Uri | undefined;
  private groupingValue: Grouping;
  private filterValue: StatementFilter | undefined;
  private roots: TreeNode[] = [];
  /**
   * Row labels by statement text, kept from one rebuild to the next: VS Code asks for every row
   * of an expanded group after each analysis, and most statements are unchanged.
   */
  private labels = new Map<string, string>();
  private previousLabels = new Map<string, string>();

  constructor(private readonly store: ArticleStore, private readonly state: vscode.Memento) {
    this.groupingValue = state.get<Grouping>(GROUPING_STATE_KEY) ?? defaultGrouping();
    this.treeView = vscode.window.createTreeView(STATEMENTS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.changed,
      this.treeView,
      store.onDidChangeView(uri => { if (uri.toString() === this.articleUri?.toString()) this.rebuild(); }),
      vscode.window.onDidChangeActiveTextEditor(editor => this.follow(editor)),
      vscode.window.onDidChangeTextEditorSelection(e => void this.revealAtCursor(e.textEditor)),
      vscode.workspace.onDidCloseTextDocument(d => { if (d.uri.toString() === this.articleUri?.toString()) this.show(undefined); }),
      vscode.workspace.onDidOpenTextDocument(d => { if (isArticle(d) && vscode.window.activeTextEditor?.document === d) this.follow(vscode.window.activeTextEditor); }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (affects(e, 'tree.groupBy')) this.setGrouping(defaultGrouping());
        else if (affects(e, 'tree.joinUtterances')) this.rebuild();
      }),
    );
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.grouping', this.groupingValue);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.treeFiltered', false);
    this.follow(vscode.window.activeTextEditor);
  }

  get grouping(): Grouping { return this.groupingValue; }
  get filter(): StatementFilter | undefined { return this.filterValue; }
  /** The article the tree shows, if any. */
  get article(): vscode.Uri | undefined { return this.articleUri; }
  get view(): vscode.TreeView<TreeNode> { return this.treeView; }

  setGrouping(grouping: Grouping): void {
    this.groupingValue = grouping;
    void this.state.update(GROUPING_STATE_KEY, grouping);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.grouping', grouping);
    this.rebuild();
  }

  setFilter(filter: StatementFilter | undefined): void {
    this.filterValue = filter;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.treeFiltered', !!filter);
    this.rebuild();
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) return this.roots;
    if (node.type === 'group') return node.children;
    return node.type === 'statement' ? node.parts ?? [] : [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.type === 'group' ? undefined : node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': return this.groupItem(node);
      case 'statement': return node.parts ? this.utteranceItem(node, node.parts) : this.statementItem(node);
      case 'part': return this.partItem(node);
      case 'orphan': return this.orphanItem(node);
    }
  }

  /**
   * The tooltip of a statement or orphan row, made when the person hovers it: VS Code asks for
   * every row of an expanded group, and building thousands of tooltips nobody sees is most of
   * the tree's cost on a long article.
   */
  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.type === 'statement') item.tooltip = node.parts ? utteranceTooltip(node.parts.map(p => p.statement)) : statementTooltip(node.statement);
    else if (node.type === 'part') item.tooltip = statementTooltip(node.statement);
    else if (node.type === 'orphan') item.tooltip = orphanTooltip(node.orphan);
    return item;
  }

  /** Selects the statement's row in the tree (its utterance's, for a part of one), without taking focus. */
  async revealStatement(statementId: string, options: { focus?: boolean } = {}): Promise<void> {
    const node = findStatementNode(this.roots, statementId);
    if (node) await this.treeView.reveal(node, { select: true, focus: options.focus ?? false, expand: true });
  }

  dispose(): void {
    this.subscriptions.forEach(d => d.dispose());
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && isArticle(editor.document)) this.show(editor.document.uri);
  }

  private show(uri: vscode.Uri | undefined): void {
    if (uri?.toString() === this.articleUri?.toString()) return;
    this.articleUri = uri;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleShown', !!uri);
    this.rebuild();
  }

  private rebuild(): void {
    this.previousLabels = this.labels;
    this.labels = new Map();
    const view = this.articleUri && this.store.getView(this.articleUri);
    if (!view) {
      this.roots = [];
      this.treeView.badge = undefined;
      this.treeView.message = undefined;
      this.treeView.description = undefined;
      void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleHasStatements', false);
    } else {
      this.render(view);
    }
    this.changed.fire(undefined);
  }

  private render(view: ArticleView): void {
    const tree = buildStatementTree(view, this.groupingValue, this.filterValue, { joinUtterances: joinsUtterances() });
    this.roots = keepIdentities(this.roots, tree.roots);
    this.treeView.badge = { value: tree.shown, tooltip: plural(tree.shown, tree.unit) };
    this.treeView.description = vscode.Uri.parse(view.uri).path.split('/').pop();
    this.treeView.message = this.filterValue
      ? `Filtered by ${describeFilter(this.filterValue)}: ${tree.shown} of ${plural(tree.total, tree.unit)}.`
      : undefined;
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleHasStatements', view.statements.length + view.orphans.length > 0);
  }

  private async revealAtCursor(editor: vscode.TextEditor): Promise<void> {
    if (!treeFollowsCursor() || !this.treeView.visible || !isArticle(editor.document)) return;
    if (editor.document.uri.toString() !== this.articleUri?.toString()) return;
    const view = this.store.getView(editor.document.uri);
    if (!view || view.version !== editor.document.version) return;
    const statement = statementAt(view, editor.document.offsetAt(editor.selection.active));
    const selected = this.treeView.selection[0];
    // already selected: its row, or the part's own row under an utterance the person expanded
    if (!statement || (selected?.type === 'statement' && rowShows(selected, statement.id))
      || (selected?.type === 'part' && selected.statement.id === statement.id)) return;
    await this.revealStatement(statement.id).catch(() => undefined); // following the cursor is a courtesy, never an error
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = node.role === 'speaker' ? 'speaker' : `group+${node.role}`;
    item.iconPath = new vscode.ThemeIcon(groupIcon(node));
    return item;
  }

  private statementItem(node: StatementNode): vscode.TreeItem {
    const s = node.statement;
    const item = new vscode.TreeItem(this.labelOf(s.content.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const parts = [
      s.tags.length ? s.tags.map(t => `#${t}`).join(' ') : '',
      this.groupingValue === 'speaker' ? '' : s.speaker?.name ?? 'unattributed',
      s.dismissed ? 'dismissed' : '',
      // one utterance quoted in parts: this part goes on from an earlier one
      s.continues ? 'continued' : '',
    ];
    item.description = parts.filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(s.dismissed ? 'circle-slash' : KIND_ICONS[s.kind]);
    item.contextValue = ['statement', s.tags.length ? 'tagged' : '', s.dismissed ? 'dismissed' : '', s.note ? 'noted' : ''].filter(Boolean).join('+');
    item.command = {
      command: 'newsAnnotator.revealStatement',
      title: 'Reveal Statement',
      arguments: [this.articleUri?.toString(), s.id],
    };
    return item;
  }

  /** One row for an utterance quoted in parts: the first part's words, every part as a child row. */
  private utteranceItem(node: StatementNode, parts: PartNode[]): vscode.TreeItem {
    const s = node.statement;
    const statements = parts.map(p => p.statement);
    const dismissed = statements.filter(p => p.dismissed).length;
    const tags = [...new Set(statements.flatMap(p => p.tags))];
    const item = new vscode.TreeItem(this.labelOf(s.content.text), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = [
      tags.map(t => `#${t}`).join(' '),
      this.groupingValue === 'speaker' ? '' : s.speaker?.name ?? 'unattributed',
      `in ${parts.length} parts`,
      dismissed === parts.length ? 'dismissed' : dismissed ? `${dismissed} dismissed` : '',
    ].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(dismissed === parts.length ? 'circle-slash' : KIND_ICONS[s.kind]);
    item.contextValue = ['statement', 'utterance', tags.length ? 'tagged' : '', dismissed === parts.length ? 'dismissed' : '', statements.some(p => p.note) ? 'noted' : ''].filter(Boolean).join('+');
    item.command = { command: 'newsAnnotator.revealStatement', title: 'Reveal Statement', arguments: [this.articleUri?.toString(), s.id] };
    return item;
  }

  private partItem(node: PartNode): vscode.TreeItem {
    const s = node.statement;
    const parts = node.parent.parts ?? [];
    const item = new vscode.TreeItem(this.labelOf(s.content.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    const differentSpeaker = s.speaker?.name !== node.parent.statement.speaker?.name;
    item.description = [
      `part ${parts.indexOf(node) + 1} of ${parts.length}`,
      s.tags.map(t => `#${t}`).join(' '),
      differentSpeaker ? s.speaker?.name ?? 'unattributed' : '',
      s.dismissed ? 'dismissed' : '',
    ].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(s.dismissed ? 'circle-slash' : KIND_ICONS[s.kind]);
    item.contextValue = ['statement', 'part', s.tags.length ? 'tagged' : '', s.dismissed ? 'dismissed' : '', s.note ? 'noted' : ''].filter(Boolean).join('+');
    item.command = { command: 'newsAnnotator.revealStatement', title: 'Reveal Statement', arguments: [this.articleUri?.toString(), s.id] };
    return item;
  }

  private labelOf(text: string): string {
    let label = this.labels.get(text) ?? this.previousLabels.get(text);
    if (label === undefined) label = excerpt(text);
    this.labels.set(text, label);
    return label;
  }

  private orphanItem(node: OrphanNode): vscode.TreeItem {
    const o = node.orphan;
    const item = new vscode.TreeItem(excerpt(o.text), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = [o.tags.map(t => `#${t}`).join(' '), o.speakerName ?? ''].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon('warning');
    item.contextValue = 'orphan';
    return item;
  }
}

function groupIcon(node: GroupNode): string {
  switch (node.role) {
    case 'speaker': return SPEAKER_ICONS[node.speakerKind ?? ''] ?? 'person';
    case 'unattributed': return 'question';
    case 'tag': case 'untagged': return 'tag';
    case 'kind': return KIND_ICONS[node.statementKind ?? 'direct'];
    case 'orphans': return 'warning';
  }
}

function orphanTooltip(o: OrphanView): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(escapeMarkdown(o.text));
  tooltip.appendMarkdown('\n\n*This text is no longer in the article.*');
  if (o.note) tooltip.appendMarkdown('\n\n**Note:** ').appendMarkdown(escapeMarkdown(o.note));
  return tooltip;
}

/** The whole utterance: every part's words in order, with what a person added to any part. */
function utteranceTooltip(parts: StatementView[]): vscode.MarkdownString {
  const [first] = parts;
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${KIND_LABELS[first.kind].replace(/s$/, '')}**`);
  if (first.speaker) md.appendMarkdown(' by ').appendMarkdown(escapeMarkdown(first.speaker.name));
  md.appendMarkdown(`, quoted in ${parts.length} parts\n\n`);
  md.appendMarkdown(parts.map(p => escapeMarkdown(p.content.text)).join(' … '));
  md.appendMarkdown('\n\n');
  if (first.cue) md.appendMarkdown('Cue: ').appendMarkdown(escapeMarkdown(`“${first.cue.text}”`)).appendMarkdown(' · ');
  md.appendMarkdown(`Confidence: ${Math.round(Math.min(...parts.map(p => p.confidence)) * 100)}%`);
  const tags = [...new Set(parts.flatMap(p => p.tags))];
  if (tags.length) md.appendMarkdown('\n\nTags: ').appendMarkdown(escapeMarkdown(tags.join(', ')));
  for (const p of parts) if (p.note) md.appendMarkdown('\n\n**Note:** ').appendMarkdown(escapeMarkdown(p.note));
  const dismissed = parts.filter(p => p.dismissed).length;
  if (dismissed) md.appendMarkdown(dismissed === parts.length ? '\n\n*Dismissed*' : `\n\n*${dismissed} of ${parts.length} parts dismissed*`);
  return md;
}

export function statementTooltip(s: StatementView): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown(`**${KIND_LABELS[s.kind].replace(/s$/, '')}**`);
  if (s.speaker) md.appendMarkdown(' by ').appendMarkdown(escapeMarkdown(s.speaker.name));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(escapeMarkdown(s.content.text));
  md.appendMarkdown('\n\n');
  if (s.cue) md.appendMarkdown('Cue: ').appendMarkdown(escapeMarkdown(`“${s.cue.text}”`)).appendMarkdown(' · ');
  md.appendMarkdown(`Confidence: ${Math.round(s.confidence * 100)}%`);
  if (s.tags.length) md.appendMarkdown('\n\nTags: ').appendMarkdown(escapeMarkdown(s.tags.join(', ')));
  if (s.note) md.appendMarkdown('\n\n**Note:** ').appendMarkdown(escapeMarkdown(s.note));
  if (s.dismissed) md.appendMarkdown('\n\n*Dismissed*');
  return md;
}

/**
 * The new tree with the node objects of the old one wherever a node keeps its id. VS Code knows a
 * tree's elements by identity and resolves a revealed node through the parents it has seen: had
 * every rebuild made new objects, revealing a node right after a rebuild (before VS Code fetched
 * the new roots) could fail with "Cannot resolve tree item".
 */
function keepIdentities(previous: readonly TreeNode[], next: TreeNode[]): TreeNode[] {
  const old = new Map<string, TreeNode>();
  const index = (nodes: readonly TreeNode[]) => {
    for (const n of nodes) {
      old.set(n.id, n);
      if (n.type === 'group') index(n.children);
      else if (n.type === 'statement' && n.parts) index(n.parts);
    }
  };
  index(previous);
  if (!old.size) return next;
  const adopt = <T extends TreeNode>(node: T, parent: GroupNode | StatementNode | undefined): T => {
    const kept = old.get(node.id);
    const target = (kept && kept.type === node.type ? kept : node) as T;
    if (target !== node) {
      for (const key of Object.keys(target)) if (!(key in node)) delete (target as unknown as Record<string, unknown>)[key];
      Object.assign(target, node);
    }
    if (target.type === 'group') target.children = target.children.map(c => adopt(c, target));
    else {
      if (parent) (target as StatementNode | PartNode | OrphanNode).parent = parent as never;
      if (target.type === 'statement' && target.parts) target.parts = target.parts.map(p => adopt(p, target));
    }
    return target;
  };
  return next.map(n => adopt(n, undefined));
}
