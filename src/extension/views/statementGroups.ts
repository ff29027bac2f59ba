import type { StatementKind } from '../../core/types';
import { plural, utterances, type ArticleView, type CountedUnit, type OrphanView, type StatementView } from '../articleView';

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

/** A row of the tree: one statement, or one utterance quoted in parts. */
export interface StatementNode {
  type: 'statement';
  id: string;
  /** The statement the row stands for: for an utterance quoted in parts, its first part. */
  statement: StatementView;
  /** An utterance quoted in parts, shown as one row: a child row per part, in text order (the first is `statement`). */
  parts?: PartNode[];
  parent?: GroupNode;
}

/** One part of an utterance quoted in parts, under the utterance's row. */
export interface PartNode {
  type: 'part';
  id: string;
  statement: StatementView;
  parent: StatementNode;
}

export interface OrphanNode {
  type: 'orphan';
  id: string;
  orphan: OrphanView;
  parent: GroupNode;
}

export type TreeNode = GroupNode | StatementNode | PartNode | OrphanNode;

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
  /** Rows shown (each counted once; dismissed statements, and utterances dismissed in every part, excluded). */
  shown: number;
  /** Rows there would be with no filter, counted the same way. */
  total: number;
  /** What a row, and so every count, stands for. */
  unit: CountedUnit;
}

export interface TreeOptions {
  /** One row per utterance: the parts of an utterance quoted in parts under one row. */
  joinUtterances?: boolean;
}

/**
 * What one row shows: a statement, or every part of an utterance quoted in parts. Grouped by its
 * first part (speaker, kind), filed under every tag of any part, hidden only when every part is.
 */
interface Row {
  parts: StatementView[];
  first: StatementView;
  tags: string[];
  live: boolean;
}

function rowOf(parts: StatementView[]): Row {
  const tags = parts.length === 1 ? parts[0].tags : [...new Set(parts.flatMap(p => p.tags))];
  return { parts, first: parts[0], tags, live: parts.some(p => !p.dismissed) };
}

export function buildStatementTree(view: ArticleView, grouping: Grouping, filter?: StatementFilter, options: TreeOptions = {}): StatementTree {
  const unit: CountedUnit = options.joinUtterances ? 'utterance' : 'statement';
  const all = options.joinUtterances ? utterances(view.statements).map(rowOf) : view.statements.map(s => rowOf([s]));
  // a row is shown when any of its parts matches: a search hit in a later part shows the utterance it belongs to
  const rows = filter ? all.filter(r => r.parts.some(s => matches(filter, { text: s.content.text, tags: s.tags, note: s.note, speaker: s.speaker?.name }))) : all;
  const roots: TreeNode[] = groupRows(view, rows, grouping, unit);
  const orphans = view.orphans.filter(o => matches(filter, { text: o.text, tags: o.tags, note: o.note, speaker: o.speakerName }));
  if (orphans.length) roots.push(orphanGroup(orphans));
  return { roots, shown: rows.filter(r => r.live).length, total: all.filter(r => r.live).length, unit };
}

function groupRows(view: ArticleView, rows: Row[], grouping: Grouping, unit: CountedUnit): TreeNode[] {
  switch (grouping) {
    case 'order': return rows.map(r => rowNode(`order/${r.first.id}`, r, undefined));
    case 'speaker': return bySpeaker(view, rows, unit);
    case 'tag': return byTag(rows, unit);
    case 'kind': return byKind(rows, unit);
  }
}

function rowNode(id: string, row: Row, parent: GroupNode | undefined): StatementNode {
  const node: StatementNode = { type: 'statement', id, statement: row.first, parent };
  if (row.parts.length > 1) node.parts = row.parts.map(s => ({ type: 'part', id: `${id}/part/${s.id}`, statement: s, parent: node }));
  return node;
}

function group(fields: Omit<GroupNode, 'type' | 'children' | 'id'>, key: string, rows: Row[]): GroupNode {
  const node: GroupNode = { type: 'group', id: `${fields.grouping}/${key}`, ...fields, children: [] };
  node.children = rows.map(r => rowNode(`${node.id}/${r.first.id}`, r, node));
  return node;
}

const counted = (rows: Row[], unit: CountedUnit) => plural(rows.filter(r => r.live).length, unit);

function bySpeaker(view: ArticleView, rows: Row[], unit: CountedUnit): GroupNode[] {
  const buckets = new Map<string, Row[]>();
  const unattributed: Row[] = [];
  for (const r of rows) {
    const speaker = r.first.speaker;
    const key = speaker ? speaker.id || `name:${speaker.name}` : undefined;
    if (key === undefined) unattributed.push(r);
    else {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(r); else buckets.set(key, [r]);
    }
  }
  const groups = [...buckets].map(([key, list]) => {
    const first = list[0].first.speaker;
    const speaker = view.analysis.speakers.find(sp => sp.id === first?.id);
    const name = speaker?.name ?? first?.name ?? key;
    const role = speaker?.role ?? null;
    // (a person's gender as the article shows it, for whose voices an article quotes)
    const gender = speaker?.gender ?? null;
    return group({
      grouping: 'speaker', role: 'speaker', label: name, speakerId: speaker?.id ?? first?.id,
      speakerKind: speaker?.kind ?? 'unknown',
      description: [role, gender, counted(list, unit)].filter(Boolean).join(' · '),
      tooltip: [name, role, gender && `Gender (as the article shows it): ${gender}`, speaker?.aliases.length ? `Also: ${speaker.aliases.join(', ')}` : null,
        counted(list, unit)].filter(Boolean).join('\n'),
    }, key, list);
  });
  if (unattributed.length) {
    groups.push(group({ grouping: 'speaker', role: 'unattributed', label: 'Unattributed', description: counted(unattributed, unit) }, '~unattributed', unattributed));
  }
  return groups;
}

function byTag(rows: Row[], unit: CountedUnit): GroupNode[] {
  const tags = [...new Set(rows.flatMap(r => r.tags))].sort((a, b) => a.localeCompare(b));
  const groups = tags.map(tag => {
    const list = rows.filter(r => r.tags.includes(tag));
    return group({ grouping: 'tag', role: 'tag', label: tag, description: counted(list, unit) }, `#${tag}`, list);
  });
  const untagged = rows.filter(r => r.tags.length === 0);
  if (untagged.length) groups.push(group({ grouping: 'tag', role: 'untagged', label: 'Untagged', description: counted(untagged, unit) }, '~untagged', untagged));
  return groups;
}

function byKind(rows: Row[], unit: CountedUnit): GroupNode[] {
  return KIND_ORDER
    .map(kind => ({ kind, list: rows.filter(r => r.first.kind === kind) }))
    .filter(({ list }) => list.length > 0)
    .map(({ kind, list }) => group({ grouping: 'kind', role: 'kind', statementKind: kind, label: KIND_LABELS[kind], description: counted(list, unit) }, kind, list));
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

/** Whether the row shows this statement, as itself or as one part of its utterance. */
export function rowShows(node: StatementNode, statementId: string): boolean {
  return node.statement.id === statementId || !!node.parts?.some(p => p.statement.id === statementId);
}

/** The first row showing this statement (the utterance's row, for a part of one), for reveal. */
export function findStatementNode(roots: readonly TreeNode[], statementId: string): StatementNode | undefined {
  for (const node of roots) {
    if (node.type === 'statement' && rowShows(node, statementId)) return node;
    if (node.type === 'group') {
      const child = node.children.find((c): c is StatementNode => c.type === 'statement' && rowShows(c, statementId));
      if (child) return child;
    }
  }
  return undefined;
}
