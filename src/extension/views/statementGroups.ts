import type { StatementKind } from '../../core/types';
import { plural, type ArticleView, type OrphanView, type StatementView } from '../articleView';

/**
 * The Statements tree as plain data: groups, statements and orphans, built
 * from a view, a grouping and a filter. No `vscode` here, so it is unit-tested.
 */

export type Grouping = 'speaker' | 'order' | 'tag' | 'kind';

export interface GroupNode {
  type: 'group';
  /** Unique within one tree. */
  id: string;
  grouping: Grouping | 'orphans';
  label: string;
  description?: string;
  /** What the group holds, for its icon and menus. */
  role: 'speaker' | 'unattributed' | 'tag' | 'untagged' | 'kind' | 'orphans';
  speakerId?: string;
  /** The speaker's kind (person, organization, …) for speaker groups. */
  speakerKind?: string;
  /** The kind of statement held, for kind groups. */
  statementKind?: StatementKind;
  tooltip?: string;
  children: Array<StatementNode | OrphanNode>;
}

export interface StatementNode {
  type: 'statement';
  id: string;
  statement: StatementView;
  parent?: GroupNode;
}

export interface OrphanNode {
  type: 'orphan';
  id: string;
  orphan: OrphanView;
  parent: GroupNode;
}

export type TreeNode = GroupNode | StatementNode | OrphanNode;

export interface StatementFilter {
  /** Matches statement text, speaker, tags or note, case-insensitively. */
  text?: string;
  /** Matches one tag exactly (case-insensitively). */
  tag?: string;
}

/** `#economy` or `tag:economy` filters by tag; anything else by text. */
export function parseFilter(input: string): StatementFilter | undefined {
  const value = input.trim();
  if (!value) return undefined;
  const tag = /^(?:#|tag:\s*)(.+)$/i.exec(value);
  return tag ? { tag: tag[1].trim() } : { text: value };
}

export function describeFilter(filter: StatementFilter): string {
  return filter.tag !== undefined ? `tag “${filter.tag}”` : `“${filter.text}”`;
}

function matches(filter: StatementFilter | undefined, item: { text: string; tags: string[]; note?: string; speaker?: string }): boolean {
  if (!filter) return true;
  if (filter.tag !== undefined) {
    const wanted = filter.tag.toLowerCase();
    return item.tags.some(t => t.toLowerCase() === wanted);
  }
  const needle = (filter.text ?? '').toLowerCase();
  return [item.text, item.speaker ?? '', item.note ?? '', ...item.tags].some(s => s.toLowerCase().includes(needle));
}

export const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'Direct quotes',
  partial: 'Partial quotes',
  indirect: 'Reported speech',
  pullquote: 'Pull quotes',
};

const KIND_ORDER: StatementKind[] = ['direct', 'partial', 'indirect', 'pullquote'];

export interface StatementTree {
  roots: TreeNode[];
  /** Statements shown (each counted once, dismissed ones excluded). */
  shown: number;
  /** Statements in the view (dismissed ones excluded). */
  total: number;
}

export function buildStatementTree(view: ArticleView, grouping: Grouping, filter?: StatementFilter): StatementTree {
  const statements = view.statements.filter(s => matches(filter, {
    text: s.content.text, tags: s.tags, note: s.note, speaker: s.speaker?.name,
  }));
  const roots: TreeNode[] = groupStatements(view, statements, grouping);
  const orphans = view.orphans.filter(o => matches(filter, { text: o.text, tags: o.tags, note: o.note, speaker: o.speakerName }));
  if (orphans.length) roots.push(orphanGroup(orphans));
  return {
    roots,
    shown: statements.filter(s => !s.dismissed).length,
    total: view.statements.filter(s => !s.dismissed).length,
  };
}

function groupStatements(view: ArticleView, statements: StatementView[], grouping: Grouping): TreeNode[] {
  switch (grouping) {
    case 'order': return statements.map(s => ({ type: 'statement', id: `order/${s.id}`, statement: s }));
    case 'speaker': return bySpeaker(view, statements);
    case 'tag': return byTag(statements);
    case 'kind': return byKind(statements);
  }
}

function group(fields: Omit<GroupNode, 'type' | 'children' | 'id'>, key: string, statements: StatementView[]): GroupNode {
  const node: GroupNode = { type: 'group', id: `${fields.grouping}/${key}`, ...fields, children: [] };
  node.children = statements.map(s => ({ type: 'statement', id: `${node.id}/${s.id}`, statement: s, parent: node }));
  return node;
}

const counted = (statements: StatementView[]) => plural(statements.filter(s => !s.dismissed).length, 'statement');

function bySpeaker(view: ArticleView, statements: StatementView[]): GroupNode[] {
  const buckets = new Map<string, StatementView[]>();
  const unattributed: StatementView[] = [];
  for (const s of statements) {
    const key = s.speaker ? s.speaker.id || `name:${s.speaker.name}` : undefined;
    if (key === undefined) unattributed.push(s);
    else {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(s); else buckets.set(key, [s]);
    }
  }
  const groups = [...buckets].map(([key, list]) => {
    const speaker = view.analysis.speakers.find(sp => sp.id === list[0].speaker?.id);
    const name = speaker?.name ?? list[0].speaker?.name ?? key;
    const role = speaker?.role ?? null;
    return group({
      grouping: 'speaker', role: 'speaker', label: name, speakerId: speaker?.id ?? list[0].speaker?.id,
      speakerKind: speaker?.kind ?? 'unknown',
      description: [role, counted(list)].filter(Boolean).join(' · '),
      tooltip: [name, role, speaker?.aliases.length ? `Also: ${speaker.aliases.join(', ')}` : null, counted(list)].filter(Boolean).join('\n'),
    }, key, list);
  });
  if (unattributed.length) {
    groups.push(group({ grouping: 'speaker', role: 'unattributed', label: 'Unattributed', description: counted(unattributed) }, '~unattributed', unattributed));
  }
  return groups;
}

function byTag(statements: StatementView[]): GroupNode[] {
  const tags = [...new Set(statements.flatMap(s => s.tags))].sort((a, b) => a.localeCompare(b));
  const groups = tags.map(tag => {
    const list = statements.filter(s => s.tags.includes(tag));
    return group({ grouping: 'tag', role: 'tag', label: tag, description: counted(list) }, `#${tag}`, list);
  });
  const untagged = statements.filter(s => s.tags.length === 0);
  if (untagged.length) groups.push(group({ grouping: 'tag', role: 'untagged', label: 'Untagged', description: counted(untagged) }, '~untagged', untagged));
  return groups;
}

function byKind(statements: StatementView[]): GroupNode[] {
  return KIND_ORDER
    .map(kind => ({ kind, list: statements.filter(s => s.kind === kind) }))
    .filter(({ list }) => list.length > 0)
    .map(({ kind, list }) => group({ grouping: 'kind', role: 'kind', statementKind: kind, label: KIND_LABELS[kind], description: counted(list) }, kind, list));
}

function orphanGroup(orphans: OrphanView[]): GroupNode {
  const node: GroupNode = {
    type: 'group', id: 'orphans', grouping: 'orphans', role: 'orphans', label: 'Orphaned',
    description: plural(orphans.length, 'annotation'),
    tooltip: 'Annotated statements whose text is no longer in the article',
    children: [],
  };
  node.children = orphans.map(o => ({ type: 'orphan', id: `orphans/${o.id}`, orphan: o, parent: node }));
  return node;
}

/** The first node showing this statement, for reveal. */
export function findStatementNode(roots: readonly TreeNode[], statementId: string): StatementNode | undefined {
  for (const node of roots) {
    if (node.type === 'statement' && node.statement.id === statementId) return node;
    if (node.type === 'group') {
      const child = node.children.find((c): c is StatementNode => c.type === 'statement' && c.statement.id === statementId);
      if (child) return child;
    }
  }
  return undefined;
}
