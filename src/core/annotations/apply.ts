/**
 * The one place where a person's annotations meet the extractor's analysis:
 * which statements to show, with their tags, notes and corrections, which were
 * dismissed, which were added by hand, and which annotations are orphans.
 */
import type { Analysis, Speaker, Statement, StatementSpeaker } from '../types';
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
  /** Both of the above together, by position (what a view lists). */
  all: AnnotatedStatement[];
  /** Annotations whose words could not be found: shown apart, never deleted. */
  orphans: StatementAnnotation[];
  /** The article's speakers with a person's corrections of what they are, then those only a person named. */
  speakers: Speaker[];
  /** The annotations with refreshed anchors and fingerprint (save this). */
  document: AnnotationDocument;
}

/** Overlap needed (of both spans) for an annotation to claim a statement whose bounds moved. */
const MIN_OVERLAP = 0.5;

/**
 * Linear in the statements plus the entries (each entry is looked up by its
 * range, or among the few statements starting near it), so a 1 MB article
 * with thousands of tags stays cheap to refresh after every analysis.
 */
export function applyAnnotations(analysis: Analysis, doc: AnnotationDocument, text: string): AnnotatedArticle {
  const { document, orphans, methods } = reanchorDocument(doc, text);
  const claimed = new Map<Statement, StatementAnnotation>();
  const unclaimed: StatementAnnotation[] = [];
  const byStart: Ordered[] = analysis.statements.map((statement, order) => ({ statement, order }));
  byStart.sort((a, b) => a.statement.content.start - b.statement.content.start || a.order - b.order);

  // Exact range first, then the best overlap, so a moved boundary does not steal another's annotation.
  const pending: StatementAnnotation[] = [];
  for (const entry of document.statements) {
    if (orphans.has(entry.id)) continue;
    const statement = entry.origin === 'extracted' ? withRange(byStart, entry.target.start, entry.target.end) : undefined;
    if (statement && !claimed.has(statement)) claimed.set(statement, entry);
    else if (entry.origin === 'extracted') pending.push(entry);
    else unclaimed.push(entry);
  }
  for (const entry of pending) {
    const statement = bestOverlap(byStart, entry, claimed);
    if (statement) claimed.set(statement, entry); else unclaimed.push(entry);
  }

  const speakers = new SpeakerNames(analysis);
  const paragraphStarts = analysis.paragraphs.map(p => p.start);
  const all: AnnotatedStatement[] = analysis.statements.map(s => merge(speakers, s, claimed.get(s) ?? null, 'extracted', methods));
  for (const entry of unclaimed) {
    all.push(merge(speakers, fromEntry(analysis, paragraphStarts, entry), entry, entry.origin === 'added' ? 'added' : 'kept', methods));
  }
  all.sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end);
  return {
    statements: all.filter(s => !s.dismissed),
    dismissed: all.filter(s => s.dismissed),
    all,
    orphans: document.statements.filter(s => orphans.has(s.id)),
    speakers: correctedSpeakers(analysis, document, all),
    document,
  };
}

/**
 * The article's speakers as a person corrected them, then each speaker only a person named (of unknown
 * kind, unless corrected). Applying it to its own result changes nothing, so a view's analysis may go
 * through it again (an export of what the editor shows).
 */
function correctedSpeakers(analysis: Analysis, doc: AnnotationDocument, statements: readonly AnnotatedStatement[]): Speaker[] {
  const corrections = new Map((doc.speakers ?? []).map(c => [c.name.toLowerCase(), c]));
  const corrected = (s: Speaker): Speaker => {
    const c = corrections.get(s.name.toLowerCase());
    if (!c) return s;
    // (a gender set on a speaker nobody said was a person makes them one)
    const kind = c.kind ?? (c.gender ? 'person' : s.kind);
    return { ...s, kind, gender: kind !== 'person' ? null : c.gender !== undefined ? c.gender : s.gender };
  };
  const speakers = analysis.speakers.map(corrected);
  const listed = new Set(speakers.map(s => s.id));
  for (const st of statements) {
    const sp = st.speaker;
    if (!sp || listed.has(sp.id)) continue;
    listed.add(sp.id);
    speakers.push(corrected({ id: sp.id, name: sp.name, kind: 'unknown', role: null, gender: null, aliases: [], mentions: [] }));
  }
  return speakers;
}

interface Ordered { statement: Statement; order: number }

/** First index in `sorted` (by content start) whose start is at least `at`. */
function firstStartingAt(sorted: readonly Ordered[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].statement.content.start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The statement on exactly [start, end) (the last in the analysis, if several are). */
function withRange(byStart: readonly Ordered[], start: number, end: number): Statement | undefined {
  let found: Statement | undefined;
  for (let i = firstStartingAt(byStart, start); i < byStart.length && byStart[i].statement.content.start === start; i++) {
    if (byStart[i].statement.content.end === end) found = byStart[i].statement;
  }
  return found;
}

/**
 * The unclaimed statement overlapping the entry most, if both overlap enough.
 * A statement that overlaps an entry of length L by half of its own length is
 * at most 2L long and ends after the entry starts, so it starts after
 * entry.start - 2L: only statements starting in (entry.start - 2L, entry.end)
 * can qualify, found by binary search in the statements sorted by start.
 * Ties go to the statement first in the analysis, as a scan of it would.
 */
function bestOverlap(byStart: readonly Ordered[], entry: StatementAnnotation, claimed: Map<Statement, StatementAnnotation>): Statement | null {
  const { start, end } = entry.target;
  let best: Ordered | null = null, bestOverlapLength = 0;
  for (let i = firstStartingAt(byStart, start - 2 * (end - start)); i < byStart.length && byStart[i].statement.content.start < end; i++) {
    const candidate = byStart[i], s = candidate.statement;
    if (claimed.has(s)) continue;
    const overlap = Math.min(s.content.end, end) - Math.max(s.content.start, start);
    if (overlap <= 0) continue;
    const enough = overlap >= MIN_OVERLAP * (s.content.end - s.content.start) && overlap >= MIN_OVERLAP * (end - start);
    if (enough && (overlap > bestOverlapLength || (overlap === bestOverlapLength && candidate.order < best!.order))) {
      best = candidate; bestOverlapLength = overlap;
    }
  }
  return best?.statement ?? null;
}

/** A statement built from an annotation alone (added by hand, or no longer found by the extractor). */
function fromEntry(analysis: Analysis, paragraphStarts: readonly number[], entry: StatementAnnotation): Statement {
  const { start, end, exact } = entry.target;
  return {
    id: entry.id,
    kind: entry.kind ?? 'direct',
    paragraph: paragraphOf(analysis, paragraphStarts, start),
    content: { start, end, text: exact },
    speaker: null,
    cue: null,
    confidence: 1,
  };
}

/** Index of the paragraph holding `offset` (paragraphs are in text order and do not overlap), else 0. */
function paragraphOf(analysis: Analysis, starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= offset) lo = mid + 1; else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && offset < analysis.paragraphs[i].end ? i : 0;
}

function merge(
  speakers: SpeakerNames, statement: Statement, entry: StatementAnnotation | null,
  origin: AnnotatedStatement['origin'], methods: Map<string, AnchorMethod>,
): AnnotatedStatement {
  const speakerCorrected = entry?.speaker !== undefined;
  // Object.assign, not a spread: spreading thousands of statements and overriding their keys
  // takes V8's slow path (tens of ms for a 1 MB article); this keeps every field just the same.
  return Object.assign({}, statement, {
    kind: entry?.kind ?? statement.kind,
    speaker: speakerCorrected ? speakers.corrected(entry!.speaker!) : statement.speaker,
    tags: entry ? [...entry.tags] : [],
    note: entry?.note ?? null,
    dismissed: !!entry?.dismissed,
    origin,
    annotationId: entry?.id ?? null,
    speakerCorrected,
    anchoredBy: entry ? methods.get(entry.id) ?? null : null,
  });
}

/** The article's speakers by lower-case name and alias, made on the first correction. */
class SpeakerNames {
  private byName: Map<string, { id: string; name: string }> | undefined;
  constructor(private readonly analysis: Analysis) {}

  /** A corrected speaker: the article's speaker of that name (or alias) if there is one, else a new one. */
  corrected(name: string): StatementSpeaker {
    if (!this.byName) {
      this.byName = new Map();
      // The first speaker having the name (as its name or an alias) wins, as a search in order would find.
      for (const s of this.analysis.speakers) {
        for (const key of [s.name, ...s.aliases].map(n => n.toLowerCase())) if (!this.byName.has(key)) this.byName.set(key, s);
      }
    }
    const known = this.byName.get(name.trim().toLowerCase());
    return known ? { id: known.id, name: known.name, mention: null } : { id: `manual:${name}`, name, mention: null };
  }
}
