/**
 * Finding an annotation's words again. Order: the stored position (if the text
 * there is still the quote), then the exact quote scored by its context and
 * nearness, then a bounded fuzzy search; otherwise the annotation is an orphan
 * that keeps its words. Every step is linear in the text (a few indexOf scans
 * with capped hit counts), so a 10 MB article never hangs it.
 */
import { articleHash } from './hash';
import { CONTEXT_LENGTH, type AnnotationDocument, type AnnotationTarget } from './model';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchorResult {
  /** Updated target: new position, current words and context; unchanged for an orphan. */
  target: AnnotationTarget;
  orphan: boolean;
  method: AnchorMethod | null;
}

/** Builds a target for text[start, end). */
export function makeTarget(text: string, start: number, end: number): AnnotationTarget {
  const s = clamp(start, 0, text.length), e = clamp(end, s, text.length);
  return { start: s, end: e, exact: text.slice(s, e), prefix: contextBefore(text, s), suffix: contextAfter(text, e) };
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** How many units contextBefore(text, at) holds, without slicing. */
function contextBeforeLength(text: string, at: number): number {
  const n = Math.min(CONTEXT_LENGTH, at);
  return n > 0 && isLowSurrogate(text.charCodeAt(at - n)) && at - n > 0 ? n - 1 : n;
}

/** How many units contextAfter(text, at) holds, without slicing. */
function contextAfterLength(text: string, at: number): number {
  const n = Math.min(CONTEXT_LENGTH, Math.max(0, text.length - at));
  return n > 0 && isHighSurrogate(text.charCodeAt(at + n - 1)) && at + n < text.length ? n - 1 : n;
}

/** True when `target` is exactly makeTarget(text, target.start, target.end): words and context all in place. */
function inPlace(target: AnnotationTarget, text: string): boolean {
  const { start, end, exact, prefix, suffix } = target;
  return end - start === exact.length && end <= text.length && text.startsWith(exact, start)
    && prefix.length === contextBeforeLength(text, start) && text.startsWith(prefix, start - prefix.length)
    && suffix.length === contextAfterLength(text, end) && text.startsWith(suffix, end);
}

/** Up to CONTEXT_LENGTH units before `at`, never starting inside a surrogate pair. */
export function contextBefore(text: string, at: number): string {
  const context = text.slice(Math.max(0, at - CONTEXT_LENGTH), at);
  return context && isLowSurrogate(context.charCodeAt(0)) && at - context.length > 0 ? context.slice(1) : context;
}

/** Up to CONTEXT_LENGTH units after `at`, never ending inside a surrogate pair. */
export function contextAfter(text: string, at: number): string {
  const context = text.slice(at, at + CONTEXT_LENGTH);
  return context && isHighSurrogate(context.charCodeAt(context.length - 1)) && at + context.length < text.length ? context.slice(0, -1) : context;
}

export function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/** Places a target on (possibly changed) text. Never throws. */
export function anchorTarget(target: AnnotationTarget, text: string): AnchorResult {
  // Words and context unchanged (every refresh between edits): the same target, nothing copied.
  if (inPlace(target, text)) return { target, orphan: false, method: 'position' };
  const { start, end, exact } = target;
  if (end - start === exact.length && end <= text.length && text.startsWith(exact, start)) {
    return { target: makeTarget(text, start, end), orphan: false, method: 'position' };
  }
  const quoted = findByQuote(target, text);
  if (quoted >= 0) return { target: makeTarget(text, quoted, quoted + exact.length), orphan: false, method: 'quote' };
  const fuzzy = findFuzzy(target, text);
  if (fuzzy) return { target: makeTarget(text, fuzzy.start, fuzzy.end), orphan: false, method: 'fuzzy' };
  return { target: { ...target, start: clamp(start, 0, text.length), end: clamp(end, clamp(start, 0, text.length), text.length) }, orphan: true, method: null };
}

/** Most occurrences of one string that a search scores before giving up. */
const MAX_HITS = 2000;

/**
 * Best occurrence of the exact quote: most matching context, then nearest the
 * old position. -1 if none. Looks near the old position first: an occurrence
 * there with its whole context is the answer, without scanning the text.
 */
function findByQuote(target: AnnotationTarget, text: string): number {
  if (!target.exact) return -1;
  const near = bestQuoteIn(target, text, Math.max(0, target.start - NEAR_WINDOW), target.end + NEAR_WINDOW);
  if (near.position >= 0 && near.score === target.prefix.length + target.suffix.length) return near.position;
  return bestQuoteIn(target, text, 0, text.length).position;
}

function bestQuoteIn(target: AnnotationTarget, text: string, from: number, to: number): { position: number; score: number } {
  const { exact, prefix, suffix, start } = target;
  let best = -1, bestScore = -1, bestDistance = Infinity, hits = 0;
  for (let p = text.indexOf(exact, from); p >= 0 && p + exact.length <= to && hits < MAX_HITS; p = text.indexOf(exact, p + 1), hits++) {
    const score = commonSuffixLength(prefix, text, p) + commonPrefixLength(suffix, text, p + exact.length);
    const distance = Math.abs(p - start);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = p; bestScore = score; bestDistance = distance;
    }
  }
  return { position: best, score: bestScore };
}

/** How many units at the end of `context` equal the units just before `at` in text. */
function commonSuffixLength(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && at - n - 1 >= 0 && context.charCodeAt(context.length - 1 - n) === text.charCodeAt(at - n - 1)) n++;
  return n;
}

/** How many units at the start of `context` equal the units from `at` in text. */
function commonPrefixLength(context: string, text: string, at: number): number {
  let n = 0;
  while (n < context.length && at + n < text.length && context.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

/** Quotes shorter than this are only found exactly: a fuzzy match of a few words is a guess. */
export const FUZZY_MIN_LENGTH = 16;
/** Fraction of the quote that must survive (1 - edit distance / length). */
export const FUZZY_MIN_SIMILARITY = 0.75;
/** Around the old position, searched before the whole text. */
const NEAR_WINDOW = 65536;
/** Longest pair of strings whose edit distance is computed exactly (product of lengths). */
const MAX_DISTANCE_CELLS = 4_000_000;

interface Vote { piece: number; offsetInQuote: number; at: number }

/**
 * Fuzzy search by pieces: a few short pieces spread over the quote are looked
 * up; each hit votes for where the quote would start. The densest cluster of
 * votes gives a candidate span, accepted if it is similar enough to the quote.
 */
function findFuzzy(target: AnnotationTarget, text: string): { start: number; end: number } | null {
  const { exact } = target;
  if (exact.length < FUZZY_MIN_LENGTH) return null;
  const pieceLength = exact.length < 48 ? 6 : exact.length < 200 ? 10 : 16;
  const pieceCount = Math.min(8, Math.floor(exact.length / pieceLength));
  const step = pieceCount > 1 ? (exact.length - pieceLength) / (pieceCount - 1) : 0;
  const pieces: { offset: number; text: string }[] = [];
  for (let k = 0; k < pieceCount; k++) {
    const offset = Math.round(k * step);
    pieces.push({ offset, text: exact.slice(offset, offset + pieceLength) });
  }
  const near = { from: Math.max(0, target.start - NEAR_WINDOW), to: Math.min(text.length, target.end + NEAR_WINDOW) };
  const windows = near.from === 0 && near.to === text.length ? [near] : [near, { from: 0, to: text.length }];
  for (const w of windows) {
    const found = fuzzyInWindow(target, text, pieces, pieceLength, w.from, w.to);
    if (found) return found;
  }
  return null;
}

function fuzzyInWindow(
  target: AnnotationTarget, text: string, pieces: { offset: number; text: string }[],
  pieceLength: number, from: number, to: number,
): { start: number; end: number } | null {
  const exact = target.exact;
  const votes: Vote[] = [];
  pieces.forEach((piece, index) => {
    let hits = 0;
    for (let p = text.indexOf(piece.text, from); p >= 0 && p + pieceLength <= to && hits < MAX_HITS; p = text.indexOf(piece.text, p + 1), hits++) {
      votes.push({ piece: index, offsetInQuote: piece.offset, at: p });
    }
  });
  if (!votes.length) return null;
  const implied = (v: Vote) => v.at - v.offsetInQuote;
  votes.sort((a, b) => implied(a) - implied(b));
  // Edits inside the quote move later pieces, so votes cluster within a tolerance.
  const tolerance = Math.max(8, Math.floor(exact.length / 2));
  const minPieces = Math.max(2, Math.ceil(pieces.length / 2));
  let best: Vote[] | null = null, bestDistance = Infinity;
  let lo = 0;
  for (let hi = 0; hi < votes.length; hi++) {
    while (implied(votes[hi]) - implied(votes[lo]) > tolerance) lo++;
    // Bounded so a repetitive text cannot make this quadratic.
    const cluster = firstVotePerPiece(votes.slice(Math.max(lo, hi - 63), hi + 1));
    if (cluster.length < minPieces) continue;
    const distance = Math.abs(implied(cluster[0]) - target.start);
    if (!best || cluster.length > best.length || (cluster.length === best.length && distance < bestDistance)) {
      best = cluster; bestDistance = distance;
    }
  }
  if (!best) return null;
  const first = best[0], last = best[best.length - 1];
  const start = clamp(first.at - first.offsetInQuote, 0, text.length);
  const end = clamp(last.at + (exact.length - last.offsetInQuote), start, text.length);
  const candidate = text.slice(start, end);
  const similarity = exact.length * candidate.length <= MAX_DISTANCE_CELLS
    ? 1 - editDistance(exact, candidate) / Math.max(exact.length, candidate.length)
    : best.length / pieces.length;
  return similarity >= FUZZY_MIN_SIMILARITY ? { start, end } : null;
}

/** One vote per piece, in quote order, keeping pieces whose hits are in increasing text order. */
function firstVotePerPiece(cluster: Vote[]): Vote[] {
  const byPiece = new Map<number, Vote>();
  for (const v of cluster) if (!byPiece.has(v.piece)) byPiece.set(v.piece, v);
  const ordered = [...byPiece.values()].sort((a, b) => a.piece - b.piece);
  const out: Vote[] = [];
  for (const v of ordered) if (!out.length || v.at > out[out.length - 1].at) out.push(v);
  return out;
}

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Uint32Array(b.length + 1), cur = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * Re-anchors every annotation of a document on the current text. Returns the
 * document with refreshed targets and fingerprint, and the ids of the orphans
 * (which keep their words and last position hint). Nothing is ever dropped.
 */
export function reanchorDocument(
  doc: AnnotationDocument, text: string,
): { document: AnnotationDocument; orphans: Set<string>; methods: Map<string, AnchorMethod> } {
  const orphans = new Set<string>();
  const methods = new Map<string, AnchorMethod>();
  const statements = doc.statements.map(s => {
    const result = anchorTarget(s.target, text);
    if (result.orphan) orphans.add(s.id); else methods.set(s.id, result.method!);
    return sameTarget(result.target, s.target) ? s : { ...s, target: result.target };
  });
  const document: AnnotationDocument = { ...doc, article: { hash: articleHash(text), length: text.length }, statements };
  return { document, orphans, methods };
}

function sameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix;
}
