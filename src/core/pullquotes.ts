/**
 * Pull quotes: words set apart without quotation marks and followed by an
 * attribution line, `… difficulties. Xi Jinping, Chinese president`, as web
 * pages leave them when their layout is flattened to text.
 */
import { IN_DETERMINERS, IN_NATIONALITIES, IN_NOT_NAME_WORDS, IN_TITLE_WORDS } from './lexicon';
import { spaceBetween } from './mentions';
import { isJsSpace, tokenAtOrAfter, type Token } from './text';

export interface PullQuote {
  start: number;
  end: number;
  /** The name in the attribution line. */
  nameStart: number;
  nameEnd: number;
  role: string | null;
}

const ROLE_GLUE = new Set(['of', 'the', 'and', 'for', 'to', '&']);

/** Finds pull quotes in one paragraph without quotation marks. `from` is where its prose starts. */
export function findPullQuotes(text: string, tokens: Token[], from: number, timesWritten: (word: string) => number): PullQuote[] {
  const out: PullQuote[] = [];
  let segment = from;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const prevEnd = tokens[k - 1].end;
    const stop = text[prevEnd];
    if (stop !== '.' && stop !== '!' && stop !== '?') continue;
    // a name of two to four capitalised words, a comma, then a role
    let n = k;
    while (n + 1 < tokens.length && n < k + 3 && isName(tokens[n + 1]) && spaceBetween(text, tokens[n], tokens[n + 1])) n++;
    if (n === k || !isName(tokens[k])) continue;
    if (n + 1 >= tokens.length) continue;
    const comma = text.slice(tokens[n].end, tokens[n + 1].start);
    if (comma.trim() !== ',') continue;
    let r = n + 1, sawTitle = false, plainWords = 0;
    while (r < tokens.length && r < n + 8) {
      const t = tokens[r];
      if (r > n + 1 && !spaceBetween(text, tokens[r - 1], t)) break;
      // a capital after a lower-case role word starts the next block (`Chinese president Stable relations`)
      if (r > n + 1 && t.cap && !tokens[r - 1].cap && !ROLE_GLUE.has(tokens[r - 1].lower)) break;
      if ((t.lists & (IN_TITLE_WORDS | IN_NATIONALITIES)) !== 0) sawTitle = true;
      else if (!t.cap && !ROLE_GLUE.has(t.lower)) plainWords++; // `festival director`
      r++;
    }
    if (!sawTitle || r === n + 1) continue;
    const atEnd = r >= tokens.length;
    // plain words in a role only where the attribution line ends the paragraph
    if (plainWords && !(atEnd && text.slice(tokens[r - 1].end, tokens[r - 1].end + 1).trim() === '')) continue;
    if (!atEnd && !(tokens[r].cap && !tokens[r - 1].cap)) continue;
    const start = skipSubhead(text, tokens, segment, k);
    if (start < 0) continue;
    out.push({ start, end: prevEnd + 1, nameStart: tokens[k].start, nameEnd: tokens[n].end, role: text.slice(tokens[n + 1].start, tokens[r - 1].end) });
    segment = atEnd ? text.length : tokens[r].start;
    k = r;
  }
  if (segment < text.length) {
    const tail = nameTail(text, tokens, segment, timesWritten);
    if (tail) out.push(tail);
  }
  return out;
}

/**
 * `… what it's brought me. Morgan McNeely`: a paragraph whose last sentence is followed by a bare name, set
 * apart as a pull quote is on the page. The name must be one the article uses elsewhere, so that a stray
 * capitalised tail (`… on Monday. Read More`) is never taken for a speaker.
 */
function nameTail(text: string, tokens: Token[], segment: number, timesWritten: (word: string) => number): PullQuote | null {
  const last = tokens.length - 1;
  if (last < 8) return null;
  // the name ends the text or its line: only spaces follow it, up to the end or through a line break
  let i = tokens[last].end, lineBreak = false;
  for (; i < text.length && isJsSpace(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 10) lineBreak = true;
  if (i < text.length && !lineBreak) return null;
  let k = last;
  while (k > last - 2 && isName(tokens[k - 1]) && spaceBetween(text, tokens[k - 1], tokens[k])) k--;
  if (k === last || !isName(tokens[k]) || !isName(tokens[last]) || k < 1) return null;
  const stop = text[tokens[k - 1].end];
  if (stop !== '.' && stop !== '!' && stop !== '?') return null;
  if (tokens[k - 1].end + 1 < tokens[k].start - 2) return null; // the name follows the sentence on its line
  const surname = text.slice(tokens[last].start, tokens[last].end);
  if (surname.length < 3 || timesWritten(surname) < 2) return null;
  const start = skipSubhead(text, tokens, segment, k);
  if (start < 0 || k - tokenAtOrAfter(tokens, start) < 6) return null;
  return { start, end: tokens[k - 1].end + 1, nameStart: tokens[k].start, nameEnd: tokens[last].end, role: null };
}

function isName(t: Token): boolean {
  return t.cap && (t.lists & (IN_NOT_NAME_WORDS | IN_TITLE_WORDS)) === 0;
}

/** Start of the quoted words in a block, past a short subheading (`Stable relations The …`). */
function skipSubhead(text: string, tokens: Token[], segment: number, limit: number): number {
  const k = tokenAtOrAfter(tokens, segment);
  if (k >= limit) return -1;
  const first = k;
  // `Stable relations` then `The`: a capitalised block opener after lower-case words
  for (let m = first + 1; m < limit && m <= first + 5; m++) {
    if (!spaceBetween(text, tokens[m - 1], tokens[m])) break;
    if (tokens[m].cap && !tokens[m - 1].cap && (tokens[m].lists & IN_DETERMINERS) !== 0) return tokens[m].start;
  }
  return tokens[first].start;
}
