/**
 * Sentence splitting that respects quotations: a quote of several sentences
 * stays inside the sentence that carries its attribution.
 */
import type { Quotation } from './quotes';
import { ABBREVIATIONS, IN_NOT_NAME_WORDS, IN_SENTENCE_OPENERS, listsOf, STRONG_AFTER_QUOTE } from './lexicon';
import { isGluedSentenceStop, isNumberSign, isPlatformX, isSpaceCode, offsetAtOrAfter, type Offsets } from './text';

export interface Sentence {
  start: number;
  end: number;
}

const CLOSERS = '"\u201d\u2019\')]\u00bb';
const QUOTE_CLOSERS = '"\u201d\u2019\'\u00bb';

/** True when the words at k are a short attribution: `Moore said`, `he asked`, `said the coach`. */
function attributionFollows(text: string, k: number, to: number): boolean {
  // (`NASA Administrator Janet Petro told`: a name with its titles may take five words before its cue)
  const words = text.slice(k, Math.min(to, k + 80)).split(/[\s,.;:!?]+/, 7);
  for (let w = 0; w < words.length && w < 6; w++) {
    const lower = words[w].toLowerCase();
    // (`“Then why are you here?” Vanderhoek shot back.`: an answer back)
    const back = w + 1 < words.length && words[w + 1].toLowerCase() === 'back' && /^(shot|fired|hit|snapped|pushed)$/.test(lower);
    if (STRONG_AFTER_QUOTE.has(lower) || back) return w === 0 || /^[\p{Lu}]/u.test(words[0]) || /^(he|she|they|i|we)$/.test(words[0].toLowerCase());
    if (w > 0 && /^[\p{Ll}]/u.test(words[w]) && !/^(also|later|then|again)$/.test(lower)) return false;
  }
  return false;
}

/**
 * Splits text[from, to) into sentences. `quotes` are the quotations of the
 * whole text sorted by `open`; `qi` is the index of the first that may touch it.
 * `stops` are the offsets of the text's . ! ? and line breaks (see findPunctuation).
 */
export function splitSentences(text: string, from: number, to: number, quotes: Quotation[], qi: number, stops: Offsets): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  let q = qi;
  const at = stops.at, count = stops.count;
  let si = offsetAtOrAfter(stops, from);
  for (let i = from; i < to; i++) {
    while (si < count && at[si] < i) si++;
    if (si >= count || at[si] >= to) break;
    i = at[si];
    const c = text.charCodeAt(i);
    if (c === 10) { // a line break inside a paragraph ends a sentence
      if (hasWord(text, start, i)) out.push({ start, end: trimEnd(text, start, i) });
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    while (q < quotes.length && quoteEnd(quotes[q]) <= i) q++;
    let j = i + 1;
    while (j < to && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
    while (j < to && CLOSERS.indexOf(text[j]) >= 0) j++;
    const inside = q < quotes.length && quotes[q].open < i && quoteEnd(quotes[q]) > j;
    if (inside) { i = j - 1; continue; }
    if (j < to && !isSpaceCode(text.charCodeAt(j)) && !(c === 46 && j === i + 1 && i - 2 >= start && isGluedSentenceStop(text, i))) { i = j - 1; continue; }
    let k = j;
    while (k < to && isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
    if (k < to && !startsSentence(text, k)) { i = j - 1; continue; }
    // (`The B.C. Teachers' Federation`, `the U.S. Senate`: initials with periods go on into a name; a function word after them
    // opens a sentence, `moved to the U.S. The move …`)
    if (c === 46 && isInitialismBefore(text, i)) { if (!opensWithFunctionWord(text, k)) { i = j - 1; continue; } }
    else if (c === 46 && isAbbreviationBefore(text, i, start) && !(isLetterBefore(text, i) && opensWithFunctionWord(text, k))) { i = j - 1; continue; }
    // `“Who cares?” Moore said.`: a quote ending in ? or ! runs on into its attribution
    if (c !== 46 && j > i + 1 && QUOTE_CLOSERS.indexOf(text[j - 1]) >= 0 && attributionFollows(text, k, to)) { i = j - 1; continue; }
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (hasWord(text, start, to)) out.push({ start, end: trimEnd(text, start, to) });
  return out;
}

/** Whether the period at text[dot] closes letters joined by periods (`B.C.`, `N.S.`, `U.K.`): a capital, a period, a capital. */
function isInitialismBefore(text: string, dot: number): boolean {
  if (dot < 3 || text.charCodeAt(dot - 2) !== 46) return false;
  const a = text.charCodeAt(dot - 3), b = text.charCodeAt(dot - 1);
  // (`Bedminster, N.J. Roger Ailes …`: a state's initials after a town and its comma end the sentence as before)
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && (dot < 4 || (!isAsciiLetter(text.charCodeAt(dot - 4)) && !(dot >= 5 && text.charCodeAt(dot - 5) === 44)));
}

/** Whether text[dot - 1] is a single letter standing alone (`X.` in `wrote on X.`, `J.` in `J. Smith`). */
function isLetterBefore(text: string, dot: number): boolean {
  const c = text.charCodeAt(dot - 1);
  return ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) && (dot < 2 || isSpaceCode(text.charCodeAt(dot - 2)));
}

/**
 * Whether the word at text[k] is a function word or a sentence opener (`Another`, `The`, `He`): after a single letter and its
 * period it opens a sentence (`one wrote on X. Another tweeted`); an initial is followed by a name (`J. Smith`).
 */
function opensWithFunctionWord(text: string, k: number): boolean {
  let e = k;
  while (e < text.length && e < k + 16 && isAsciiLetter(text.charCodeAt(e))) e++;
  return e > k && (listsOf(text.slice(k, e).toLowerCase()) & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function quoteEnd(q: Quotation): number {
  return q.after;
}

function startsSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) return true; // A-Z, 0-9, -
  if (c >= 97 && c <= 122) return false; // a-z
  // an opening mark starts a sentence when its first word does (`lbs. “and two` does not)
  if (c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab) return k + 1 >= text.length || opensFirstWord(text, k + 1);
  if (c < 128) return false;
  return /[\p{Lu}\d—–-]/u.test(text[k]);
}

/** After an opening mark: a capital, a digit, another mark or bracket, a period or an ellipsis (what /[\p{Lu}\d"“‘'(\[«.…]/u finds). */
function opensFirstWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 46;
  if (c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2026) return true;
  return /[\p{Lu}]/u.test(text[at]);
}

/** Length of the longest word isAbbreviationBefore accepts: a listed abbreviation with its final period, or a unit. */
const LONGEST_ABBREVIATION = Math.max(6, ...[...ABBREVIATIONS].map(a => a.length + 1));

function isAbbreviationBefore(text: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && s > dot - 12) {
    const c = text.charCodeAt(s - 1);
    if (isSpaceCode(c) || c === 40 || c === 34 || c === 0x201c) break; // ( " “
    s--;
  }
  // longer than any abbreviation (lower-casing never shortens a word): no need to slice it
  if (dot - s > LONGEST_ABBREVIATION) return false;
  // an ASCII word of two or more letters is sliced only if a listed word has its length and first letter
  if (dot - s > 1 && isAscii(text, s, dot)) {
    const c = text.charCodeAt(s) | 32;
    if (c < 97 || c > 122 || (ABBREVIATION_SHAPES[dot - s] & (1 << (c - 97))) === 0) return false;
  }
  // (`J.R. Hollingsworth`, `A.J. Lee`: two initials; not the places and bodies that end sentences, `U.S.`, `D.C.`)
  if (dot - s === 3 && text.charCodeAt(s + 1) === 46 && isCapital(text.charCodeAt(s)) && isCapital(text.charCodeAt(s + 2)) && !PLACE_INITIALS.has(text.slice(s, dot))) return true;
  const word = text.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (word.length === 1 && word.charCodeAt(0) >= 97 && word.charCodeAt(0) <= 122) return !isPlatformX(text, s); // an initial: "J. Smith"
  if (word === 'no') return isNumberSign(text, s, dot);
  if (UNITS.has(word)) return true;
  return ABBREVIATIONS.has(word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word);
}

/** Initials of places and bodies, which may end a sentence (`… in the U.S. The …`). */
const PLACE_INITIALS = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'N.Y', 'L.A', 'N.J', 'S.C', 'N.C', 'B.C', 'P.E', 'N.B', 'N.S', 'N.H', 'N.D', 'S.D', 'W.V']);

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Short forms a period follows without ending the sentence (besides ABBREVIATIONS): units and the like. */
const UNITS = new Set(['lb', 'lbs', 'kg', 'km', 'oz', 'ft', 'approx', 'min', 'max', 'no', 'p', 'pp', 'vol', 'fig', 'cf', 'al']);

/** Per length up to LONGEST_ABBREVIATION: a bit (a = 1) for each first letter of a word isAbbreviationBefore accepts. */
const ABBREVIATION_SHAPES = new Uint32Array(LONGEST_ABBREVIATION + 1);
for (const word of [...ABBREVIATIONS, ...[...ABBREVIATIONS].map(a => a + '.'), ...UNITS]) {
  const c = word.charCodeAt(0) - 97;
  if (word.length <= LONGEST_ABBREVIATION) ABBREVIATION_SHAPES[word.length] |= c >= 0 && c < 26 ? 1 << c : 0x3ffffff;
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

function hasWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}
