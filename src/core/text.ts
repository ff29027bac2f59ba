/** Small text helpers shared by the pipeline: spans, character classes, word tokens. */
import type { Span } from './types';
import { IN_ABBREVIATED_WORDS, internalized, listsOf, PARTY_STATES, PROVINCE_WORDS, STATE_ABBREVIATIONS } from './lexicon';

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A word of the text: letters/digits joined by inner apostrophes, hyphens, periods or ampersands. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The lexicon lists `lower` is in: IN_* bits of lexicon.ts. */
  lists: number;
}

/** Per UTF-16 unit: 1 if it belongs to a word (letter, digit, mark), 2 if not; 0 until first asked (ASCII is filled in). */
const WORD_UNIT = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
for (let c = 0; c < 128; c++) WORD_UNIT[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isWordUnit(c: number): boolean {
  let v = WORD_UNIT[c];
  if (v === 0) {
    // surrogate halves count as letters, so that astral letters stay inside their word
    v = (c >= 0xd800 && c <= 0xdfff) ? 1 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_UNIT[c] = v;
  }
  return v === 1;
}

/** Joiners allowed inside a word, between word characters: O'Neill, China’s, well-known, U.S, AT&T (and a comma between digits: 1,409). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isUpperAscii = (c: number) => c >= 65 && c <= 90;

/**
 * Whether the period at text[i] ends a sentence whose next one follows with no space (`Trump said.Trump claimed`): text copied
 * from a page often loses the space. A word of two lower-case letters or more before it and a capitalised word after it; not
 * initials (`U.S.`), a short form (`Mr.Lee`) or a web address (`nytimes.com`).
 */
export function isGluedSentenceStop(text: string, i: number): boolean {
  return isLowerAscii(text.charCodeAt(i - 1)) && isLowerAscii(text.charCodeAt(i - 2)) && isUpperAscii(text.charCodeAt(i + 1)) && isLowerAscii(text.charCodeAt(i + 2));
}

/** Tokenizes text[start, end) into words. One pass, linear in the length. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (!isWordUnit(first)) { i++; continue; }
    const s = i;
    i++;
    // the hash of the word's units for lowerOf, taken as they are read, and its first units kept in wordUnits
    let h = first;
    wordUnits[0] = first;
    for (;;) {
      let c = 0;
      while (i < end && isWordUnit(c = text.charCodeAt(i))) { h = (Math.imul(h, 31) + c) | 0; if (i - s < INTERN_UNITS) wordUnits[i - s] = c; i++; }
      // (`1,409`: a comma between digits groups thousands inside one number)
      // (`CNN/ORC`, `ABC/Washington`: a slash between capitalised words joins the names of partners)
      if (i + 1 < end && (isJoiner(c) ? isWordUnit(text.charCodeAt(i + 1)) && !(c === 46 && i - 2 >= s && isGluedSentenceStop(text, i)) : c === 44 ? isDigitAt(text, i - 1) && isDigitAt(text, i + 1) :
        c === 47 && first >= 65 && first <= 90 && isCapitalAt(text, i + 1))) {
        const d = text.charCodeAt(i + 1);
        h = (Math.imul((Math.imul(h, 31) + c) | 0, 31) + d) | 0;
        if (i + 1 - s < INTERN_UNITS) { wordUnits[i - s] = c; wordUnits[i + 1 - s] = d; }
        i += 2;
        continue;
      }
      break;
    }
    let e = i;
    let lower = lowerOf(text, s, i, h);
    // keep the period of an abbreviation or initial ("Mr.", "U.S.", "J.") with its word
    if (e < end && text.charCodeAt(e) === 46 && isAbbreviationAt(text, s, i, listsOfLower)) {
      if (e - s < INTERN_UNITS) wordUnits[e - s] = 46;
      e++;
      lower = lowerOf(text, s, e, (Math.imul(h, 31) + 46) | 0);
    }
    // (`WHO said`, `the WHO`: the World Health Organization's initials, no relative pronoun; its lists are none)
    if (first === 87 && e - s === 3 && lower === 'who' && text.charCodeAt(s + 1) === 72 && text.charCodeAt(s + 2) === 79) { lower = 'WHO'; listsOfLower = 0; }
    out.push({ start: s, end: e, lower, cap: isUpperCode(first, text, s) || particleBeforeName(text, s, e), lists: listsOfLower });
    i = e;
  }
  return out;
}

/**
 * Recently seen short words and their lower-case forms, by a hash of their characters: most words
 * of an article repeat, and reusing their strings saves two allocations a token. Only words of up to
 * 12 units are kept: V8 copies slices that short, so no entry holds on to a document's text. A slot's
 * word is kept as its units in one typed array, read without reaching for a string object elsewhere.
 * Slots come in pairs (a word may sit in either, the one used last first): with one slot a word, two
 * words of an article that hash alike would evict each other and be lower-cased and looked up again
 * at every turn.
 */
const INTERN_SLOTS = 16384;
const INTERN_UNITS = 12;
const internUnits = new Uint16Array(INTERN_SLOTS * INTERN_UNITS);
/** The length of each slot's word; 0 for an empty slot. */
const internLength = new Uint8Array(INTERN_SLOTS);
const internLower: string[] = new Array<string>(INTERN_SLOTS).fill('');
const internLists = new Int32Array(INTERN_SLOTS);

/** The lexicon lists of the word lowerOf last returned (a second result, without allocating a pair). */
let listsOfLower = 0;

/**
 * The first units (up to INTERN_UNITS) of the word tokenize is reading, stored as it reads them: a slot is
 * matched against them, two typed arrays, where reading the text again by charCodeAt cost more.
 */
const wordUnits = new Uint16Array(INTERN_UNITS);

/** Whether the slot holds the word of n units in wordUnits. */
function slotHolds(slot: number, n: number): boolean {
  if (internLength[slot] !== n) return false;
  const base = slot * INTERN_UNITS;
  let k = 0;
  while (k < n && internUnits[base + k] === wordUnits[k]) k++;
  return k === n;
}

/** text[s, e) in lower case; `h` is a hash of its units, and wordUnits holds them (see tokenize). Sets listsOfLower. */
function lowerOf(text: string, s: number, e: number, h: number): string {
  const n = e - s;
  if (n > INTERN_UNITS) {
    const lower = internalized(text.slice(s, e).toLowerCase());
    listsOfLower = listsOf(lower);
    return lower;
  }
  h = (h + n) | 0;
  const first = (h ^ (h >>> 13)) & (INTERN_SLOTS - 2);
  if (slotHolds(first, n)) { listsOfLower = internLists[first]; return internLower[first]; }
  const second = first + 1;
  if (slotHolds(second, n)) { listsOfLower = internLists[second]; return internLower[second]; }
  // the new word takes the first slot of the pair, and the word that was there moves to the second
  if (internLength[first] !== 0) {
    internUnits.copyWithin(second * INTERN_UNITS, first * INTERN_UNITS, first * INTERN_UNITS + internLength[first]);
    internLength[second] = internLength[first];
    internLower[second] = internLower[first];
    internLists[second] = internLists[first];
  }
  const base = first * INTERN_UNITS;
  for (let k = 0; k < n; k++) internUnits[base + k] = wordUnits[k];
  internLength[first] = n;
  const lower = internalized(text.slice(s, e).toLowerCase());
  internLower[first] = lower;
  internLists[first] = listsOfLower = listsOf(lower);
  return lower;
}

/** `al-Hadi`, `el-Sayed`, `bin-Salman`: a lower-case particle joined by a hyphen to a capitalised name, which the whole word is. */
function particleBeforeName(text: string, s: number, e: number): boolean {
  const h = text.charCodeAt(s + 2) === 45 ? s + 2 : text.charCodeAt(s + 3) === 45 ? s + 3 : -1;
  return h > 0 && h + 1 < e && isCapitalAt(text, h + 1) && HYPHENED_PARTICLES.has(text.slice(s, h));
}

const HYPHENED_PARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'at', 'az', 'an', 'ash', 'bin', 'ibn', 'abu', 'abd', 'ben']);

/** Whether text[at] is an ASCII capital letter. */
function isCapitalAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
}

/** `wrote on X.`, `posted to X.`: the platform's one letter at text[s], which ends its sentence as no initial does. */
export function isPlatformX(text: string, s: number): boolean {
  return text.charCodeAt(s) === 88 && /\b(on|to|via)\s$/.test(text.slice(Math.max(0, s - 5), s));
}

/** Whether the word text[s, e) (in the lexicon lists `lists`) takes the period after it: an initial, a dotted abbreviation, a listed short form. */
export function isAbbreviationAt(text: string, s: number, e: number, lists: number): boolean {
  const length = e - s;
  if (length === 1) return isUpperCode(text.charCodeAt(s), text, s) && !isPlatformX(text, s);
  // `Sen. Ann Ruiz, R-Ky., said`: a party and its state
  if (length >= 4 && length <= 8 && text.charCodeAt(s + 1) === 45 && isPartyLetter(text.charCodeAt(s))) return STATE_ABBREVIATIONS.has(text.slice(s + 2, e).toLowerCase());
  if (length > 5) return false;
  for (let k = s; k < e; k++) if (text.charCodeAt(k) === 46) return true; // U.S -> U.S.
  // `Dover, Del.,`: a state's short form after a town and its comma (not `iron ore.` or `fell ill.`)
  // (`Laval, Que.,`, `Kingston, Ont.,`: or a province's; `from Oshawa, Ont. Ferris said …` ends its sentence there)
  if (s >= 2 && text.charCodeAt(s - 2) === 44 && text.charCodeAt(s - 1) === 32 && isUpperCode(text.charCodeAt(s), text, s) &&
    (STATE_ABBREVIATIONS.has(text.slice(s, e).toLowerCase()) || (PROVINCE_WORDS.has(text.slice(s, e).toLowerCase()) && text.charCodeAt(e + 1) === 44))) return true;
  if (length === 2 && (text.charCodeAt(s) | 32) === 110 && (text.charCodeAt(s + 1) | 32) === 111) return isNumberSign(text, s, e);
  return (lists & IN_ABBREVIATED_WORDS) !== 0;
}

/**
 * Whether `no` at text[s, dot), before the period at text[dot], is the short form of `number`: `No. 5`, `the no. 3 seed`; but
 * `voted no.` ends its sentence, before a number too (`… would vote no. 29 percent said …`).
 */
export function isNumberSign(text: string, s: number, dot: number): boolean {
  return digitAfter(text, dot + 1) && (text.charCodeAt(s) === 78 || /\b(the|a)\s$/i.test(text.slice(Math.max(0, s - 4), s)));
}

/** Whether a token's lower-case form is a party and its state (`r-ky.`, `d-n.y.`): an appositive, never a name. */
export function isPartyAndState(lower: string): boolean {
  if (lower.length < 4 || lower.charCodeAt(1) !== 45 || !isPartyLetter(lower.charCodeAt(0) - 32)) return false;
  const state = lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(2, -1) : lower.slice(2);
  return STATE_ABBREVIATIONS.has(state) || PARTY_STATES.has(state);
}

/** R, D or I: a party's letter before a state (`R-Ky.`). */
function isPartyLetter(c: number): boolean {
  return c === 82 || c === 68 || c === 73;
}

/** Whether a digit follows text[at] after at most one space (`No. 5`). */
export function digitAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 0xa0) at++;
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

/** Whether the UTF-16 unit `code` at text[at] is an upper-case letter (ASCII by code, the rest by case mapping). */
function isUpperCode(code: number, text: string, at: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const ch = text[at];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x2002 || c === 0x2003;
}

/** Whether text[from, to) is a dash set off by spaces (`—`, `–`, ` - `), or a bare em dash. */
export function isDash(text: string, from: number, to: number): boolean {
  if (to - from > 4 || to <= from) return false;
  const gap = text.slice(from, to).trim();
  return (gap === '\u2014' || gap === '\u2013' || gap === '-' || gap === '--') && (gap === '\u2014' || (isJsSpace(text.charCodeAt(from)) && isJsSpace(text.charCodeAt(to - 1))));
}

/** The characters of the regex class \s (and of what `trim()` removes). */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether s holds a character of the regex class \s (what `/\s/.test(s)` tells, without a regex). */
export function hasJsSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isJsSpace(s.charCodeAt(i))) return true;
  return false;
}

/** `s.split(/\s+/)` without a regex: the pieces between runs of white space ('' before a leading and after a trailing one). */
export function splitAtJsSpaces(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let from = 0, i = 0;
  while (i < n) {
    if (!isJsSpace(s.charCodeAt(i))) { i++; continue; }
    out.push(s.slice(from, i));
    i++;
    while (i < n && isJsSpace(s.charCodeAt(i))) i++;
    from = i;
  }
  out.push(s.slice(from));
  return out;
}

/** Whether s opens with an upper-case letter (what /^\p{Lu}/u finds), read by char code while it is ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** Whether s holds a lower-case letter (what /\p{Ll}/u finds), read by char code up to its first non-ASCII character. */
export function hasLowerLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(s.slice(i));
  }
  return false;
}

/** hasJsSpace of text[from, to), read in place. */
export function hasJsSpaceIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isJsSpace(text.charCodeAt(i))) return true;
  return false;
}

export function isLetterOrDigitAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128) return false;
  const ch = text[i];
  return ch.toLowerCase() !== ch.toUpperCase() || /[\p{L}\p{N}]/u.test(ch);
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Offsets into a text, in ascending order: at[0, count). */
export interface Offsets {
  at: Int32Array;
  count: number;
}

/**
 * Where the quotation marks and the sentence stops of a text are, found in one pass over it rather than
 * one pass per kind: `marks` holds the offsets of " ' « » ‘ ’ ‚ “ ” „, `stops` those of . ! ? and line breaks.
 */
export interface Punctuation {
  marks: Offsets;
  stops: Offsets;
}

/**
 * The arrays findPunctuation fills, kept for the next text: a text with many marks or stops (a long one,
 * 100,000 blank lines) would otherwise grow a large array of its own, which costs far more per entry.
 * An analysis is synchronous, so one is done with them before the next begins; very large ones are let go.
 */
let markBuffer: Int32Array = new Int32Array(256);
let stopBuffer: Int32Array = new Int32Array(1024);
const KEEP_BUFFER = 1 << 18;

/** Per UTF-16 unit: PUNCTUATION_MARK for the quotation marks findPunctuation lists, PUNCTUATION_STOP for its stops, else 0. */
const PUNCTUATION = new Uint8Array(65536);
const PUNCTUATION_MARK = 1, PUNCTUATION_STOP = 2;
for (const c of [34, 39, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e]) PUNCTUATION[c] = PUNCTUATION_MARK;
for (const c of [46, 33, 63, 10]) PUNCTUATION[c] = PUNCTUATION_STOP;

/** The punctuation of the paragraphs of text; valid until the next call, which reuses its arrays. */
export function findPunctuation(text: string, paragraphs: Array<{ start: number; end: number }>): Punctuation {
  let marks = markBuffer, stops = stopBuffer, markCount = 0, stopCount = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi], end = p.end;
    for (let i = p.start; i < end; i++) {
      const kind = PUNCTUATION[text.charCodeAt(i)];
      if (kind === 0) continue;
      if (kind === PUNCTUATION_MARK) {
        if (markCount === marks.length) marks = doubled(marks);
        marks[markCount++] = i;
      } else {
        if (stopCount === stops.length) stops = doubled(stops);
        stops[stopCount++] = i;
      }
    }
  }
  if (marks.length <= KEEP_BUFFER) markBuffer = marks;
  if (stops.length <= KEEP_BUFFER) stopBuffer = stops;
  return { marks: { at: marks, count: markCount }, stops: { at: stops, count: stopCount } };
}

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** Index of the first of the offsets that is >= offset (binary search). */
export function offsetAtOrAfter(offsets: Offsets, offset: number): number {
  let lo = 0, hi = offsets.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets.at[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** True when only spaces and the given punctuation sit in text[from, to). */
export function onlyBetween(text: string, from: number, to: number, allowed: string): boolean {
  if (to - from > 40) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    if (allowed.indexOf(text[i]) < 0) return false;
  }
  return true;
}

/** Whether text[from, to) is a single space: the gap between most words, which no punctuation test needs to read. */
export function isOneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** Whether c is a quotation mark other than the straight apostrophe: " “ ” ‘ ’ « ». */
export function isQuoteMarkCode(c: number): boolean {
  return c === 34 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb;
}

/** Whether text[from, to) holds a quotation mark other than the straight apostrophe (what /["“”‘’«»]/ finds). */
export function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isQuoteMarkCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a word in lower case ends in a possessive `'s` or `’s`. */
export function isPossessive(lower: string): boolean {
  const n = lower.length;
  if (n < 2 || lower.charCodeAt(n - 1) !== 115) return false;
  const c = lower.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Whether a comma sits in text[from, to) (read in place: no slice). */
export function hasComma(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** Trims spaces at both ends of [start, end). */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return [start, end];
}
