/**
 * The annotation sidecar: what a person added on top of the extractor, kept in
 * `<article>.annotations.json`. One entry per statement a person touched, each
 * anchored by position AND quote (W3C Web Annotation's TextPositionSelector +
 * TextQuoteSelector, offsets in UTF-16 code units), so it can be found again
 * after the article changes. Serialised with a fixed key order, sorted by
 * position, 2-space JSON and a trailing newline, so it diffs and merges in git.
 */
import type { SpeakerKind, StatementKind } from '../types';

export const SIDECAR_FORMAT = 'news-annotator/annotations';
/**
 * Version 2 added `speakers` (a person's corrections of what a speaker is). A file without them is still
 * written as version 1, so an older News Annotator keeps reading it; one with them says 2, so an older one
 * refuses it rather than dropping them on its next save.
 */
export const SIDECAR_VERSION = 2;
export const SIDECAR_VERSIONS: readonly number[] = [1, 2];

/** Where an annotation's words are: position plus quote with context. */
export interface AnnotationTarget {
  /** UTF-16 offset of the first unit of the words (last known, if orphaned). */
  start: number;
  /** UTF-16 offset just past the words. */
  end: number;
  /** The words themselves. */
  exact: string;
  /** Up to CONTEXT_LENGTH units before the words. */
  prefix: string;
  /** Up to CONTEXT_LENGTH units after the words. */
  suffix: string;
}

/**
 * The words an annotation was first made on, kept when a fuzzy re-anchoring
 * moves it to edited words (W3C's TextQuoteSelector: the quote and its
 * context). Provenance only: the target says where the words are now.
 */
export interface AnnotationQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** `extracted`: annotates a statement the extractor found; `added`: a person added it. */
export type AnnotationOrigin = 'extracted' | 'added';

export interface StatementAnnotation {
  id: string;
  origin: AnnotationOrigin;
  /** Where the words are now, and what they are now: what views and exports show. */
  target: AnnotationTarget;
  /**
   * What was quoted when the annotation was made, if the words have since been
   * edited (found again by fuzzy search). Absent while target.exact is still
   * those words; set on the first such move, never overwritten by later ones,
   * dropped when the words are edited back.
   */
  original?: AnnotationQuote;
  /** A corrected kind (or the kind of an added statement). */
  kind?: StatementKind;
  /** A corrected speaker name (or the speaker of an added statement). */
  speaker?: string;
  tags: string[];
  note?: string;
  /** A false positive: hidden from the views and exports, kept so it can be restored. */
  dismissed?: boolean;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/**
 * A person's correction of what a speaker is, for counting whose voices an article quotes: the kind
 * (`Vatican` is an organization, not a person) or a person's gender (or that the article does not show
 * it). Known by the speaker's name as the views show it, so it holds across analyses.
 */
export interface SpeakerCorrection {
  name: string;
  kind?: SpeakerKind;
  /** `null`: the article does not show it (whatever a given name suggests). */
  gender?: 'female' | 'male' | null;
  /** ISO 8601 timestamp. */
  modified: string;
}

export interface ArticleFingerprint {
  /** `fnv1a64:<16 hex digits>` of the article text the anchors were last placed on. */
  hash: string;
  /** Length of that text in UTF-16 code units. */
  length: number;
}

export interface AnnotationDocument {
  format: typeof SIDECAR_FORMAT;
  version: 1 | 2;
  article: ArticleFingerprint;
  statements: StatementAnnotation[];
  /** Corrections of speakers, by name; absent or empty when there are none. */
  speakers?: SpeakerCorrection[];
}

/** How many UTF-16 units of context a target keeps on each side. */
export const CONTEXT_LENGTH = 32;

export function emptyDocument(article: ArticleFingerprint = { hash: '', length: 0 }): AnnotationDocument {
  return { format: SIDECAR_FORMAT, version: 1, article: { ...article }, statements: [] };
}

/** Position first, then end, then id: the order entries are stored in. */
export function compareAnnotations(a: StatementAnnotation, b: StatementAnnotation): number {
  return a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Rebuilds an entry with the canonical key order, dropping empty optionals. */
function canonicalEntry(s: StatementAnnotation): StatementAnnotation {
  const out: StatementAnnotation = {
    id: s.id,
    origin: s.origin,
    target: { start: s.target.start, end: s.target.end, exact: s.target.exact, prefix: s.target.prefix, suffix: s.target.suffix },
  } as StatementAnnotation;
  if (s.original) out.original = { exact: s.original.exact, prefix: s.original.prefix, suffix: s.original.suffix };
  if (s.kind !== undefined) out.kind = s.kind;
  if (s.speaker !== undefined) out.speaker = s.speaker;
  out.tags = [...s.tags];
  if (s.note !== undefined && s.note !== '') out.note = s.note;
  if (s.dismissed) out.dismissed = true;
  out.created = s.created;
  out.modified = s.modified;
  return out;
}

/** Speaker corrections in the order they are stored: by name, then as written. */
function compareCorrections(a: SpeakerCorrection, b: SpeakerCorrection): number {
  const x = a.name.toLowerCase(), y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function canonicalCorrection(c: SpeakerCorrection): SpeakerCorrection {
  const out = { name: c.name } as SpeakerCorrection;
  if (c.kind !== undefined) out.kind = c.kind;
  if (c.gender !== undefined) out.gender = c.gender;
  out.modified = c.modified;
  return out;
}

/** The sidecar file's text: stable key order, sorted entries, trailing newline. */
export function serializeDocument(doc: AnnotationDocument): string {
  const speakers = doc.speakers?.length ? [...doc.speakers].sort(compareCorrections).map(canonicalCorrection) : null;
  const canonical: Record<string, unknown> = {
    format: SIDECAR_FORMAT,
    version: speakers ? 2 : 1,
    article: { hash: doc.article.hash, length: doc.article.length },
    statements: [...doc.statements].sort(compareAnnotations).map(canonicalEntry),
  };
  if (speakers) canonical.speakers = speakers;
  return JSON.stringify(canonical, null, 2) + '\n';
}
