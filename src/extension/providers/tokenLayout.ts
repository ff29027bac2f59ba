/**
 * Turns possibly overlapping, possibly multi-line spans into the
 * non-overlapping single-line tokens semantic highlighting needs. Pure.
 */

export interface TokenSpan {
  start: number;
  end: number;
  type: number;
  /** Bit set of modifiers. */
  modifiers: number;
  /** Higher wins where spans overlap; a lower span is split around a higher one. */
  priority: number;
}

export interface LineToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

export function layoutTokens(text: string, spans: readonly TokenSpan[]): LineToken[] {
  const pieces = resolveOverlaps(spans.filter(s => s.end > s.start && s.start >= 0 && s.end <= text.length));
  const lineStarts = lineStartsOf(text);
  const tokens: LineToken[] = [];
  let line = 0;
  for (const piece of pieces) {
    let start = piece.start;
    while (start < piece.end) {
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
      const lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      let end = Math.min(piece.end, lineEnd);
      // Leave the line break itself out of the token.
      let contentEnd = end;
      while (contentEnd > start && (text[contentEnd - 1] === '\n' || text[contentEnd - 1] === '\r')) contentEnd--;
      if (contentEnd > start) {
        tokens.push({ line, character: start - lineStarts[line], length: contentEnd - start, type: piece.type, modifiers: piece.modifiers });
      }
      if (end === start) end = start + 1;
      start = end;
    }
  }
  return tokens;
}

/** Pieces in text order, none overlapping; where spans overlap the higher priority keeps the characters. */
function resolveOverlaps(spans: readonly TokenSpan[]): TokenSpan[] {
  const byPriority = [...spans].sort((a, b) => b.priority - a.priority || a.start - b.start || (b.end - b.start) - (a.end - a.start));
  // `taken` stays sorted by start and free of overlaps, so each span only meets its neighbours.
  const taken: TokenSpan[] = [];
  for (const span of byPriority) {
    let i = firstEndingAfter(taken, span.start);
    let cursor = span.start;
    const pieces: TokenSpan[] = [];
    for (; i < taken.length && taken[i].start < span.end; i++) {
      if (taken[i].start > cursor) pieces.push({ ...span, start: cursor, end: taken[i].start });
      cursor = Math.max(cursor, taken[i].end);
    }
    if (cursor < span.end) pieces.push({ ...span, start: cursor, end: span.end });
    for (const piece of pieces) taken.splice(firstEndingAfter(taken, piece.start), 0, piece);
  }
  return taken;
}

/** Index of the first piece whose end is after `offset` (pieces sorted, non-overlapping). */
function firstEndingAfter(pieces: readonly TokenSpan[], offset: number): number {
  let lo = 0, hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].end <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The offset each line starts at; a line ends at LF, CRLF or a lone CR, as in VS Code. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
