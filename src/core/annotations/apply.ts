/**
 * The one place where a person's annotations meet the extractor's analysis:
 * which statements to show, with their tags, notes and corrections, which were
 * dismissed, which were added by hand, and which annotations are orphans.
 */
import type { Analysis, Statement, StatementSpeaker } from '../types';
import { reanchorDocument, type AnchorMethod } from './anchor';
import type { AnnotationDocument, StatementAnnotation } from './model';

export interface AnnotatedStatement extends Statement {
  tags: string[];
  note: string | null;
  dismissed: boolean;
  /** `extracted`: found by the extractor; `added`: by a person; `kept`: annotated, no longer found by the extractor. */
  origin: 'extracted' | 'added' | 'kept';
  /** The annotation entry for this statement, if a person touched it. */
  annotationId: string | null;
  /** True when a person corrected the speaker. */
  speakerCorrected: boolean;
  /** How the annotation was found again, if there is one. */
  anchoredBy: AnchorMethod | null;
}

export interface AnnotatedArticle {
  /** Statements to show, by position; dismissed ones excluded. */
  statements: AnnotatedStatement[];
  /** Dismissed statements, kept so they can be restored. */
  dismissed: AnnotatedStatement[];
  /** Annotations whose words could not be found: shown apart, never deleted. */
  orphans: StatementAnnotation[];
  /** The annotations with refreshed anchors and fingerprint (save this). */
  document: AnnotationDocument;
}

/** Overlap needed (of both spans) for an annotation to claim a statement whose bounds moved. */
const MIN_OVERLAP = 0.5;

export function applyAnnotations(analysis: Analysis, doc: AnnotationDocument, text: string): AnnotatedArticle {
  const { document, orphans, methods } = reanchorDocument(doc, text);
  const placed = document.statements.filter(s => !orphans.has(s.id));
  const claimed = new Map<Statement, StatementAnnotation>();
  const unclaimed: StatementAnnotation[] = [];
  const byRange = new Map(analysis.statements.map(s => [`${s.content.start}:${s.content.end}`, s]));

  // Exact range first, then the best overlap, so a moved boundary does not steal another's annotation.
  const pending: StatementAnnotation[] = [];
  for (const entry of placed) {
    const statement = entry.origin === 'extracted' ? byRange.get(`${entry.target.start}:${entry.target.end}`) : undefined;
    if (statement && !claimed.has(statement)) claimed.set(statement, entry);
    else if (entry.origin === 'extracted') pending.push(entry);
    else unclaimed.push(entry);
  }
  for (const entry of pending) {
    const statement = bestOverlap(analysis.statements, entry, claimed);
    if (statement) claimed.set(statement, entry); else unclaimed.push(entry);
  }

  const all: AnnotatedStatement[] = analysis.statements.map(s => merge(analysis, s, claimed.get(s) ?? null, 'extracted', methods));
  for (const entry of unclaimed) all.push(merge(analysis, fromEntry(analysis, entry), entry, entry.origin === 'added' ? 'added' : 'kept', methods));
  all.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return {
    statements: all.filter(s => !s.dismissed),
    dismissed: all.filter(s => s.dismissed),
    orphans: document.statements.filter(s => orphans.has(s.id)),
    document,
  };
}

function bestOverlap(statements: Statement[], entry: StatementAnnotation, claimed: Map<Statement, StatementAnnotation>): Statement | null {
  let best: Statement | null = null, bestOverlapLength = 0;
  for (const s of statements) {
    if (claimed.has(s)) continue;
    const overlap = Math.min(s.content.end, entry.target.end) - Math.max(s.content.start, entry.target.start);
    if (overlap <= 0) continue;
    const enough = overlap >= MIN_OVERLAP * (s.content.end - s.content.start) && overlap >= MIN_OVERLAP * (entry.target.end - entry.target.start);
    if (enough && overlap > bestOverlapLength) { best = s; bestOverlapLength = overlap; }
  }
  return best;
}

/** A statement built from an annotation alone (added by hand, or no longer found by the extractor). */
function fromEntry(analysis: Analysis, entry: StatementAnnotation): Statement {
  const { start, end, exact } = entry.target;
  const paragraph = analysis.paragraphs.findIndex(p => p.start <= start && start < p.end);
  return {
    id: entry.id,
    kind: entry.kind ?? 'direct',
    paragraph: Math.max(0, paragraph),
    content: { start, end, text: exact },
    speaker: null,
    cue: null,
    confidence: 1,
  };
}

function merge(
  analysis: Analysis, statement: Statement, entry: StatementAnnotation | null,
  origin: AnnotatedStatement['origin'], methods: Map<string, AnchorMethod>,
): AnnotatedStatement {
  const speaker = entry?.speaker !== undefined ? correctedSpeaker(analysis, entry.speaker) : statement.speaker;
  return {
    ...statement,
    kind: entry?.kind ?? statement.kind,
    speaker,
    tags: entry ? [...entry.tags] : [],
    note: entry?.note ?? null,
    dismissed: !!entry?.dismissed,
    origin,
    annotationId: entry?.id ?? null,
    speakerCorrected: entry?.speaker !== undefined,
    anchoredBy: entry ? methods.get(entry.id) ?? null : null,
  };
}

/** A corrected speaker: the article's speaker of that name (or alias) if there is one, else a new one. */
function correctedSpeaker(analysis: Analysis, name: string): StatementSpeaker {
  const key = name.trim().toLowerCase();
  const known = analysis.speakers.find(s => s.name.toLowerCase() === key || s.aliases.some(a => a.toLowerCase() === key));
  return known ? { id: known.id, name: known.name, mention: null } : { id: `manual:${name}`, name, mention: null };
}
