import type { Analysis, Speaker, Statement } from '../core/types';

/**
 * What every view shows for one article: the analysis, plus what a person has
 * layered over it (tags, notes, dismissals, corrections, statements whose text
 * is gone). Providers read only this, so annotations merge in one place.
 */

export interface StatementView extends Statement {
  tags: string[];
  note?: string;
  /** Dismissed statements stay listed (so they can be restored) but are not counted. */
  dismissed?: boolean;
}

/** An annotated statement whose text no longer matches the article. */
export interface OrphanView {
  id: string;
  /** The text the annotation was anchored to. */
  text: string;
  tags: string[];
  note?: string;
  speakerName?: string;
}

export interface ArticleView {
  /** The document URI as a string. */
  uri: string;
  /** The document version the analysis was made from. */
  version: number;
  analysis: Analysis;
  /** The statements to show, in text order. */
  statements: StatementView[];
  orphans: OrphanView[];
}

/** Transforms a view; the annotations layer registers one of these. */
export type ViewLayer = (view: ArticleView, documentText: string) => ArticleView;

export function baseView(uri: string, version: number, analysis: Analysis): ArticleView {
  const statements = analysis.statements
    // Object.assign, not a spread that adds a field: on thousands of statements V8 takes a slow path for the spread
    .map((s): StatementView => Object.assign({}, s, { tags: [] as string[] }))
    .sort((a, b) => a.content.start - b.content.start);
  return { uri, version, analysis, statements, orphans: [] };
}

/** Statements that count: not dismissed. */
export function liveStatements(view: ArticleView): StatementView[] {
  return view.statements.filter(s => !s.dismissed);
}

export function speakerOf(view: ArticleView, statement: Statement): Speaker | undefined {
  const id = statement.speaker?.id;
  return id ? view.analysis.speakers.find(s => s.id === id) : undefined;
}

/** Distinct speakers among the statements that count. */
export function speakingCount(view: ArticleView): number {
  return new Set(liveStatements(view).map(s => s.speaker?.id || s.speaker?.name).filter(Boolean)).size;
}

export function statementsBy(view: ArticleView, speakerId: string): StatementView[] {
  return liveStatements(view).filter(s => s.speaker?.id === speakerId);
}

/** The statement whose content (or speaker mention, or cue) holds `offset`, innermost first. */
export function statementAt(view: ArticleView, offset: number): StatementView | undefined {
  const inside = (span: { start: number; end: number } | null | undefined) => !!span && span.start <= offset && offset <= span.end;
  const hits = view.statements.filter(s => inside(s.content) || inside(s.speaker?.mention) || inside(s.cue));
  return hits.sort((a, b) => (a.content.end - a.content.start) - (b.content.end - b.content.start))[0];
}

/**
 * The statements as utterances: the parts of one utterance quoted in parts (a later part names
 * the one before it in `continues`) together in text order, every other statement alone.
 * Utterances come in the order of their first parts; `statements` must be in text order.
 */
export function utterances(statements: readonly StatementView[]): StatementView[][] {
  const utteranceOf = new Map<string, StatementView[]>();
  const result: StatementView[][] = [];
  for (const s of statements) {
    // an earlier part comes first in text order, so its utterance is already known
    let utterance = s.continues ? utteranceOf.get(s.continues) : undefined;
    if (!utterance) result.push(utterance = []);
    utterance.push(s);
    utteranceOf.set(s.id, utterance);
  }
  return result;
}

/** Every part of the utterance `statement` belongs to, in text order (just `statement` when it stands alone). */
export function utteranceOf(view: ArticleView, statement: StatementView): StatementView[] {
  if (!statement.continues && !view.statements.some(s => s.continues === statement.id)) return [statement];
  return utterances(view.statements).find(u => u.includes(statement)) ?? [statement];
}

/** What the counts count: quoted stretches (`statement`), or utterances with their parts joined. */
export type CountedUnit = 'statement' | 'utterance';

/** Statements or utterances that count: an utterance counts while any part of it is not dismissed. */
export function liveCount(statements: readonly StatementView[], unit: CountedUnit): number {
  if (unit === 'statement') return statements.filter(s => !s.dismissed).length;
  return utterances(statements).filter(u => u.some(s => !s.dismissed)).length;
}

/** "12 statements · 4 speakers", or "10 utterances · 4 speakers". */
export function countsLabel(view: ArticleView, unit: CountedUnit = 'statement'): string {
  const speakers = speakingCount(view);
  return `${plural(liveCount(view.statements, unit), unit)} · ${plural(speakers, 'speaker')}`;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A one-line excerpt of at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  // A statement can be a long paragraph: flatten only its head when that already holds more than
  // `max` characters (then the cut below sees exactly what flattening the whole text would give).
  const head = text.length > 4 * max ? text.slice(0, 4 * max).replace(/\s+/g, ' ').trim() : '';
  const flat = head.length > max ? head : text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Longest pause before reanalysing, however slow the analysis. */
const MAX_DELAY_MS = 3000;

/**
 * The pause after an edit before reanalysing: the setting, or twice the last
 * analysis time when that is longer, so a huge article never spends most of
 * the typing time being analysed.
 */
export function debounceDelay(configuredMs: number, lastAnalysisMs: number): number {
  return Math.max(configuredMs, Math.min(MAX_DELAY_MS, 2 * lastAnalysisMs));
}
