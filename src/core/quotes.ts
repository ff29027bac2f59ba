/**
 * Quotation scanning: finds the spans inside quotation marks in one linear pass
 * per mark family. Double marks (straight or curly) are read first; single marks
 * are read outside them, telling a quote from an apostrophe by its neighbours.
 */
import type { Paragraph } from './types';
import { isLetterOrDigitAt, isSpaceCode, isDigitAt, offsetAtOrAfter, type Offsets } from './text';

export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote never closes. */
  close: number;
  /** Offset just past the closing mark (the content end when unclosed). */
  after: number;
  /** The words inside the marks. */
  start: number;
  end: number;
  paragraph: number;
  lastParagraph: number;
  single: boolean;
}

/** Whether c is a double mark or a straight apostrophe (" ' “ ” „ « »), what scanDouble reads. */
function isDoubleOrStraight(c: number): boolean {
  return c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201e);
}

/** Opening double marks: “ „ «. */
function isOpenDouble(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab;
}

/** Closing double marks: ” ». */
function isCloseDouble(c: number): boolean {
  return c === 0x201d || c === 0xbb;
}

/** What may stand right before an opening mark: ( [ { — – - / ‘ “ ' " « : */
function isOpenerBefore(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 0x2018 || c === 0x201c ||
    c === 39 || c === 34 || c === 0xab || c === 58;
}

type Role = 'open' | 'close' | 'toggle' | 'none';

function doubleRole(text: string, i: number, len = 1): Role {
  const c = text.charCodeAt(i);
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  const next = i + len < text.length ? text.charCodeAt(i + len) : 32;
  const prevOpenish = isSpaceCode(prev) || isOpenerBefore(prev);
  const nextSpace = isSpaceCode(next);
  if (isOpenDouble(c)) return prevOpenish || !nextSpace ? 'open' : 'close';
  if (isCloseDouble(c)) return prevOpenish && !nextSpace && isLetterOrDigitAt(text, i + 1) ? 'open' : 'close';
  // straight mark: decide from its neighbours
  if (prevOpenish && !nextSpace) return 'open';
  if (!prevOpenish && (nextSpace || !isLetterOrDigitAt(text, i + len))) return 'close';
  return 'toggle';
}

function isDoubleMark(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;
}

/** Length of the double quotation mark at i: 1, 2 for two apostrophes (`''`, as some papers print “), or 0. */
function doubleMarkLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (isDoubleMark(c)) return 1;
  return c === 39 && text.charCodeAt(i + 1) === 39 && text.charCodeAt(i + 2) !== 39 ? 2 : 0;
}

function isSingleMark(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a;
}

/** True when the mark at i sits inside a markup attribute (`id="…"`): data, not a quote. */
function isAttributeValue(text: string, open: number): boolean {
  return open > 0 && text.charCodeAt(open - 1) === 61; // '='
}

function firstNonSpace(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && (isSpaceCode(text.charCodeAt(i)) || text.charCodeAt(i) === 0xfeff)) i++;
  return i;
}

/** Finds every double-quoted span, joining a quote that runs over several paragraphs. `marks`: see findPunctuation. */
function scanDouble(text: string, paragraphs: Paragraph[], marks: Offsets): Quotation[] {
  const out: Quotation[] = [];
  const at = marks.at, count = marks.count;
  let m = 0; // the marks before at[m] are behind the scan
  let open = -1, openLen = 1, openPara = -1;
  let nested = false, innerClose = -1, innerCloseLen = 1, innerOpen = -1;
  // the nested quotes of the open quote, in case its opening mark proves stray
  const inner: Quotation[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    let i = p.start;
    if (open >= 0) {
      // the quote continues only if this paragraph reopens it (a mark at its start)
      const f = firstNonSpace(text, p);
      const len = f < p.end ? doubleMarkLength(text, f) : 0;
      if (len && doubleRole(text, f, len) !== 'close') i = f + len;
      else { out.push(unclosed(open, openLen, openPara, pi - 1, paragraphs)); open = -1; }
    }
    for (; i < p.end; i++) {
      while (m < count && (at[m] < i || !isDoubleOrStraight(text.charCodeAt(at[m])))) m++;
      if (m >= count || at[m] >= p.end) break;
      i = at[m];
      const len = doubleMarkLength(text, i);
      if (!len) continue;
      const role = doubleRole(text, i, len);
      if (open < 0) {
        if (role === 'open' || role === 'toggle') { open = i; openLen = len; openPara = pi; nested = false; innerClose = -1; inner.length = 0; }
      } else if (role === 'open' && isOpenDouble(text.charCodeAt(i)) && !nested) {
        // a curly opening mark inside an open quote: a nested quote (`“They moan about “amateurs” …”`),
        // or a stray mark that the quote's only closing mark will end (`“… do. “It …”`)
        nested = true; innerOpen = i;
      } else if (role === 'close' || role === 'toggle') {
        if (nested) {
          nested = false; innerClose = i; innerCloseLen = len;
          inner.push({ open: innerOpen, close: i, after: i + len, start: innerOpen + 1, end: i, paragraph: pi, lastParagraph: pi, single: false });
        }
        else {
          if (!isAttributeValue(text, open)) out.push({ open, close: i, after: i + len, start: open + openLen, end: i, paragraph: openPara, lastParagraph: pi, single: false });
          open = -1;
        }
      }
      i += len - 1;
    }
    if (open >= 0 && innerClose >= 0) {
      if (openPara === pi && !/[.!?,;:]["”’']?\s*$/.test(text.slice(Math.max(p.start, inner[0].open - 4), inner[0].open))) {
        // `do: “They moan about “amateurs” setting …`, never closed: a mid-sentence mark opened the only
        // quote, so the first mark was stray
        for (const q of inner) if (!isAttributeValue(text, q.open)) out.push(q);
      } else if (!isAttributeValue(text, open)) {
        // the paragraph ends inside a quote whose nested quote closed (`“… do. “It …”`): that mark closed the quote itself
        out.push({ open, close: innerClose, after: innerClose + innerCloseLen, start: open + openLen, end: innerClose, paragraph: openPara, lastParagraph: pi, single: false });
      }
      open = -1;
    }
    inner.length = 0;
    nested = false;
    if (open >= 0 && pi === paragraphs.length - 1) { out.push(unclosed(open, openLen, openPara, pi, paragraphs)); open = -1; }
  }
  return out;
}

function unclosed(open: number, openLen: number, openPara: number, lastPara: number, paragraphs: Paragraph[]): Quotation {
  return { open, close: -1, after: paragraphs[lastPara].end, start: open + openLen, end: paragraphs[lastPara].end, paragraph: openPara, lastParagraph: lastPara, single: false };
}

/**
 * Finds single-quoted spans in [from, to) of one paragraph, outside double quotes. `marks`: see findPunctuation.
 * `carried`: the opening mark of a quote an earlier paragraph left open (`openPara` its paragraph), which this paragraph goes on
 * with, or -1. Returns the opening mark of a quote this paragraph leaves open, with no candidate to close it, or -1.
 */
function scanSingle(text: string, from: number, to: number, pi: number, out: Quotation[], skips: Array<[number, number]>, marks: Offsets,
  carried = -1, openPara = pi): number {
  let open = carried, candidate = -1, sk = 0;
  const at = marks.at, count = marks.count;
  let m = offsetAtOrAfter(marks, from);
  const close = (at: number) => {
    if (at - open > 1 && !isAttributeValue(text, open)) out.push({ open, close: at, after: at + 1, start: open + 1, end: at, paragraph: open === carried ? openPara : pi, lastParagraph: pi, single: true });
    open = -1; candidate = -1;
  };
  for (let i = from; i < to; i++) {
    // (no further than the paragraph: past its end lie other paragraphs' marks, and a text of double marks only would be read
    // to its end once a paragraph)
    while (m < count && at[m] < to && (at[m] < i || !isSingleMark(text.charCodeAt(at[m])))) m++;
    if (m >= count || at[m] >= to) break;
    i = at[m];
    // jump over double quotes: single marks inside them are nested quotes or apostrophes
    while (sk < skips.length && skips[sk][1] <= i) sk++;
    if (sk < skips.length && skips[sk][0] <= i) { i = skips[sk][1] - 1; continue; }
    const c = text.charCodeAt(i);
    if (!isSingleMark(c)) continue;
    if (c === 39 && (text.charCodeAt(i + 1) === 39 || text.charCodeAt(i - 1) === 39)) continue; // half of a '' mark
    const prevWord = isLetterOrDigitAt(text, i - 1);
    const nextWord = isLetterOrDigitAt(text, i + 1);
    if (prevWord && nextWord) continue; // apostrophe inside a word: China’s, O'Neill, couldn't
    const prev = i > from ? text.charCodeAt(i - 1) : 32;
    const prevOpenish = i === from || isSpaceCode(prev) || isOpenerBefore(prev);
    if (prevOpenish && nextWord) {
      if (isDigitAt(text, i + 1)) continue; // ’90s
      if (c === 0x2019 && open < 0 && isElision(text, i + 1)) continue; // ’em, ’til
      if (open >= 0 && candidate >= 0) close(candidate);
      if (open < 0) open = i;
      continue;
    }
    if (!prevOpenish && open >= 0) {
      // `Supporters’ club`, `the Renters’ Rights Act`: a plural possessive may also be the closing mark; keep it as a candidate
      const afterS = (text.charCodeAt(i - 1) | 32) === 115 && nextWord === false && isSpaceCode(i + 1 < to ? text.charCodeAt(i + 1) : 32) && i + 2 < to && isLetterOrDigitAt(text, i + 2);
      if (afterS) { candidate = i; continue; }
      close(i);
    }
  }
  if (open >= 0 && candidate >= 0) close(candidate);
  return open;
}

/** The offset after the opening single mark that opens paragraph `p` (`‘We ask …`: a quote going on from the paragraph before), or -1. */
function reopeningSingle(text: string, p: Paragraph): number {
  const f = firstNonSpace(text, p);
  const c = text.charCodeAt(f);
  return f + 1 < p.end && (c === 0x2018 || c === 39) && isLetterOrDigitAt(text, f + 1) ? f + 1 : -1;
}

function isElision(text: string, i: number): boolean {
  const w = text.slice(i, i + 4).toLowerCase();
  return /^(em|til|tis|twas|cause|n)\b/.test(w);
}

/**
 * All quotations of the text, sorted by position. Single-quoted spans inside a
 * double quote are nested quotes and are left out; so are doubles nested in a
 * single quote when the article quotes with single marks.
 */
export function findQuotations(text: string, paragraphs: Paragraph[], marks: Offsets): Quotation[] {
  const doubles = scanDouble(text, paragraphs, marks);
  const singles: Quotation[] = [];
  let di = 0, carried = -1, carriedPara = -1;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const skips: Array<[number, number]> = [];
    while (di < doubles.length && doubles[di].open < p.end) {
      const d = doubles[di];
      const dEnd = d.after;
      skips.push([d.open, dEnd]);
      if (dEnd > p.end) break; // runs into the next paragraph
      di++;
    }
    // (`‘The driver failed to stop. ⏎ ‘I would urge anyone …’`: a quote left open at a paragraph's end goes on when the next one
    // reopens it, as with double marks)
    const reopened = carried >= 0 && !skips.length ? reopeningSingle(text, p) : -1;
    if (reopened >= 0) carried = scanSingle(text, reopened, p.end, pi, singles, skips, marks, carried, carriedPara);
    else {
      carried = scanSingle(text, p.start, p.end, pi, singles, skips, marks);
      carriedPara = pi;
    }
  }
  if (!singles.length) return doubles;
  const singleStyle = singles.length > doubles.length;
  const merged: Quotation[] = [];
  let si = 0;
  for (const d of doubles) {
    while (si < singles.length && singles[si].open < d.open) merged.push(singles[si++]);
    const host = merged.length ? merged[merged.length - 1] : null;
    const inSingle = !!host && host.single && host.close > d.open;
    if (inSingle && singleStyle) continue;
    if (inSingle) merged.pop();
    merged.push(d);
  }
  while (si < singles.length) merged.push(singles[si++]);
  return merged;
}
