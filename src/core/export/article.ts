/**
 * What every exporter reads: one article with its analysis and annotations,
 * flattened to statement records. Offsets here are UTF-16; exporters whose
 * consumers count code points convert them.
 */
import type { Analysis, Span, SpeakerKind, StatementKind } from '../types';
import { applyAnnotations, type AnnotatedArticle } from '../annotations/apply';
import { emptyDocument, type AnnotationDocument, type AnnotationQuote, type AnnotationTarget } from '../annotations/model';

export interface ExportArticle {
  /** The article's file name or path as the user knows it (used in rows and output names). */
  name: string;
  /** An IRI for the article, for W3C targets (e.g. a file:// URI); defaults to `name`. */
  uri?: string;
  text: string;
  analysis: Analysis;
  /** The sidecar, or null when the article has none. */
  annotations: AnnotationDocument | null;
}

export type ExportStatus = 'extracted' | 'added' | 'kept' | 'dismissed' | 'orphan';

export interface ExportStatement {
  file: string;
  id: string;
  status: ExportStatus;
  kind: StatementKind;
  /** null for an orphan: its words are not in the text any more. */
  content: Span | null;
  /** The words, also for an orphan. */
  quote: string;
  speaker: string | null;
  role: string | null;
  /** What the speaker is (`person`, `organization`, `group`, `unknown`); null without a speaker. */
  speakerKind: SpeakerKind | null;
  /** A person's gender as the article shows it; null when it does not, and for anyone not a person. */
  gender: 'female' | 'male' | null;
  speakerMention: Span | null;
  cue: Span | null;
  tags: string[];
  note: string | null;
  /** For an orphan: the words and context it is looking for. */
  orphanTarget?: AnnotationTarget;
  /** The id of the row this statement goes on from, when one utterance is quoted in parts; null otherwise. */
  continues: string | null;
  /** The words (with context) the annotation was made on, when the article has since been edited under it; null otherwise. */
  original: AnnotationQuote | null;
}

export interface ExportFile {
  /** Relative path inside the output folder, `/`-separated. */
  path: string;
  content: string;
}

/** Annotations applied to the article (an article without a sidecar gets an empty one). */
export function annotate(article: ExportArticle): AnnotatedArticle {
  return applyAnnotations(article.analysis, article.annotations ?? emptyDocument(), article.text);
}

/** Every statement of an article, dismissed ones and orphans included (exporters choose). */
export function exportStatements(article: ExportArticle, annotated = annotate(article)): ExportStatement[] {
  // (the speakers as a person corrected them: a speaker only a person named is of unknown kind unless corrected)
  const speakerOf = (speakerId: string | undefined) => annotated.speakers.find(s => s.id === speakerId);
  const placed = [...annotated.statements, ...annotated.dismissed];
  // a row is known by its annotation id where it has one; `continues` names the extraction id
  const rowIds = new Map(placed.map(s => [s.id, s.annotationId ?? s.id]));
  // the refreshed sidecar, where a fuzzy re-anchoring has just recorded `original`
  const entries = new Map(annotated.document.statements.map(e => [e.id, e]));
  const originalOf = (annotationId: string | null) => {
    const o = annotationId === null ? undefined : entries.get(annotationId)?.original;
    return o ? { exact: o.exact, prefix: o.prefix, suffix: o.suffix } : null;
  };
  const rows: ExportStatement[] = placed
    .sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end)
    .map(s => {
      const speaker = speakerOf(s.speaker?.id);
      return {
        file: article.name,
        id: s.annotationId ?? s.id,
        status: s.dismissed ? 'dismissed' : s.origin,
        kind: s.kind,
        content: s.content,
        quote: s.content.text,
        speaker: s.speaker?.name ?? null,
        role: speaker?.role ?? null,
        speakerKind: s.speaker ? speaker?.kind ?? 'unknown' : null,
        gender: speaker?.gender ?? null,
        speakerMention: s.speaker?.mention ?? null,
        cue: s.cue,
        tags: s.tags,
        note: s.note,
        continues: (s.continues && rowIds.get(s.continues)) ?? null,
        original: originalOf(s.annotationId),
      };
    });
  for (const o of annotated.orphans) {
    rows.push({
      file: article.name, id: o.id, status: 'orphan', kind: o.kind ?? 'direct', content: null, quote: o.target.exact,
      speaker: o.speaker ?? null, role: null, speakerKind: o.speaker ? 'unknown' : null, gender: null, speakerMention: null, cue: null, tags: [...o.tags], note: o.note ?? null,
      orphanTarget: o.target, continues: null, original: originalOf(o.id),
    });
  }
  return rows;
}

/** Statements placed in the text and not dismissed: what annotation tools receive. */
export function placedStatements(rows: ExportStatement[]): (ExportStatement & { content: Span })[] {
  return rows.filter((r): r is ExportStatement & { content: Span } => r.content !== null && r.status !== 'dismissed' && r.status !== 'orphan');
}

/**
 * The links between parts of one utterance among the statements an annotation
 * tool receives: each later part and the part it goes on from. A part whose
 * earlier part is not exported (dismissed) gets no link rather than one to a
 * statement the tool never sees.
 */
export function continuations<T extends ExportStatement>(placed: readonly T[]): { later: T; earlier: T }[] {
  const byId = new Map(placed.map(r => [r.id, r]));
  const links: { later: T; earlier: T }[] = [];
  for (const later of placed) {
    const earlier = later.continues === null ? undefined : byId.get(later.continues);
    if (earlier && earlier !== later) links.push({ later, earlier });
  }
  return links;
}

/** A file-name-safe base for an article (its last path segment without the extension), unique within `used`. */
export function outputBase(name: string, used: Set<string>): string {
  const last = name.split(/[\\/]/).pop() || 'article';
  const stem = last.replace(/\.[^.]*$/, '') || last;
  const safe = stem.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '') || 'article';
  let candidate = safe, n = 2;
  while (used.has(candidate.toLowerCase())) candidate = `${safe}-${n++}`;
  used.add(candidate.toLowerCase());
  return candidate;
}
