/**
 * Article structure: paragraphs, the header line, headline, dateline and the
 * source credit or byline. Every regex here runs on a bounded slice (one line
 * or the first/last few hundred characters), so no input makes it slow.
 */
import type { Credit, Dateline, Paragraph, Span } from './types';
import { AGENCIES, IN_FEMALE_NAMES, IN_MALE_NAMES, listsOf } from './lexicon';
import { isJsSpace, span } from './text';

/** Splits text into paragraphs at blank lines; lines separated by a single newline stay together. */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  const firstLine = firstLineStart(text);
  let start = -1, end = -1;
  // double quotation marks the current paragraph has opened and not closed, counted up to `counted` only when a split is
  // in question (each unit is counted once at most, so the scan stays linear)
  let straight = 0, curly = 0, counted = 0;
  for (let i = 0; ;) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = n;
    const lineEnd = eol > i && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    if (isBlank(text, i, lineEnd)) {
      if (start >= 0) out.push({ start, end });
      start = -1;
    } else {
      // (text pasted with one line break between paragraphs: a line that ends a sentence, or a first line with no stop
      // (the headline), ends its paragraph when the next line opens a new one with a capital, a digit or a quotation mark;
      // a line wrapped inside a sentence goes on, and so does one inside a quotation: `“We are ready.\nThe city is ready,” she said`)
      // (`'We thought she'd been forgotten'` on a line of its own: a subheading quoting the body ends its paragraph too)
      if (start >= 0 && opensParagraph(text, i) &&
        (endsSentenceLine(text, start, end) || (out.length === 0 && start === firstLine && end - start <= 200 && !/[.,;:!?]\s*$/.test(text.slice(start, end))) ||
          quotedLine(text, start, end))) {
        for (; counted < end; counted++) {
          const c = text.charCodeAt(counted);
          if (c === 34) straight++;
          else if (c === 0x201c) curly++;
          else if (c === 0x201d && curly > 0) curly--;
        }
        if (straight % 2 === 0 && curly === 0) {
          out.push({ start, end });
          start = -1;
        }
      }
      if (start < 0) { start = i; straight = 0; curly = 0; counted = i; }
      end = lineEnd;
    }
    if (eol >= n) break;
    i = eol + 1;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/** Whether text[from, to) is one short line that is wholly a quotation: it opens and closes with quotation marks. */
function quotedLine(text: string, from: number, to: number): boolean {
  if (to - from > 120 || to - from < 4) return false;
  const open = text[from], close = text[to - 1];
  return /["“‘']/.test(open) && /["”’']/.test(close) && text.indexOf('\n', from) >= to;
}

/** Where the text's first line that is not blank starts. */
function firstLineStart(text: string): number {
  let i = 0;
  while (i < text.length && isSpaceCodeOrBom(text.charCodeAt(i))) i++;
  return text.lastIndexOf('\n', i) + 1;
}

function isSpaceCodeOrBom(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff || c === 160;
}

/** Whether the line text[from, to) ends a sentence: a stop, perhaps inside closing marks or a bracket. */
function endsSentenceLine(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && isSpaceCodeOrBom(text.charCodeAt(k - 1))) k--;
  while (k > from && /["”’')\]]/.test(text[k - 1])) k--;
  const c = text.charCodeAt(k - 1);
  return k > from && (c === 46 || c === 33 || c === 63) && !/(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc)\.$/u.test(text.slice(Math.max(from, k - 6), k));
}

/** Whether the line at `at` opens as a paragraph does: a capital letter, a digit, a quotation mark or a dash first. */
function opensParagraph(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 160)) k++;
  return /^["“‘'(\[—–-]?[\p{Lu}\d]/u.test(text.slice(k, k + 3));
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff && c !== 160) return false;
  }
  return true;
}

export interface Structure {
  published: string | null;
  headline: Span | null;
  dateline: Dateline | null;
  credit: Credit | null;
  /** Paragraph indexes holding only structure (header, headline, byline, credit), not article prose. */
  nonProse: Set<number>;
  /** Posts embedded from social media (`… — Sen. Maria Cantu (@SenMariaCantu) March 5, 2024`), by the index of the paragraph the post's words are. */
  embeds: Map<number, Embed>;
}

/** A post embedded in a page: its words end at `textEnd`; text[nameStart, nameEnd) names who posted it. */
export interface Embed {
  textEnd: number;
  nameStart: number;
  nameEnd: number;
}

/** The line signing a post embedded from X (Twitter): a dash, the name, the handle, the date (`— Jane Doe (@janedoe) March 3, 2024`). */
const EMBED_SIGNATURE = /(?:^|[ \t])(?:[\u2014\u2013]|--?)[ \t]*([^\n()@\u2014\u2013]{2,80}?)[ \t]*\(@\w{1,30}\)[ \t]*[^\n]{0,30}$/;
/** Lines an embedded Instagram post leaves in a copied page. */
const INSTAGRAM_LINES = /^\s*(?:view this post on instagram|a post shared by [^\n]{1,80}\(@[\w.]{1,30}\))\s*$/i;

const HEADER = /^\s*\ufeff?\s*(?:date|published|updated|dateline)\s*:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*)$/i;
const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** A space in a dateline: some sites set a no-break space before the dash (`CHARLESTON, S.C.\u00a0—`). */
const SP = '[ \u00a0]';
/** (`March 3, 2025`: a press release's date holds its year) */
const DATE = `${MONTH}${SP}\\d{1,2}(?:,${SP}\\d{4})?`;
/** Capitals and small letters of places, with those of Latin-1 (`SÃO PAULO`, `BOGOTÁ`, `Montréal`). */
const UP = 'A-Z\u00c0-\u00d6\u00d8-\u00de';
const LOW = 'a-z\u00df-\u00f6\u00f8-\u00ff';
/** (`NEW YORK/LONDON, June 7 (Reuters) -`: two places a slash joins) */
/** (`FORT McMURRAY, Alta. —`: `Mc` keeps its small letter in capitals) */
const CAPS_PLACE = `(?:Mc)?[${UP}][${UP}'.\\-]+(?:(?:${SP}|/)(?:Mc)?[${UP}][${UP}'.\\-]+){0,3}`;
const TITLE_PLACE = `[${UP}][${LOW}${UP}'.\\-]+(?:${SP}[${UP}][${LOW}${UP}'.\\-]+){0,3}`;
const REGION = `[${UP}][${UP}${LOW}'.\\-]+(?:${SP}[${UP}][${UP}${LOW}'.\\-]+){0,2}`;
/** (`(Reuters)`; a press-release wire between slashes, `/CNW/`, `/PRNewswire/`) */
const AGENCY = "(?:\\(([A-Za-z][A-Za-z .&\\-]{0,30})\\)|/([A-Za-z][A-Za-z .&\\-]{0,30})/)";
/** The dash (or colon) ending a dateline, then a space or the end; an em or en dash may touch the next word (`BOSTON —Standing`). */
const DASH = `(?:(?:[-\u2014\u2013\u2015]{1,2}|:)(?=${SP}|$)|[\u2014\u2013\u2015](?=[A-Z"\u201c\u2018]))`;
/** `BEIJING, June 19 (Reuters) -`, `NAIROBI, Kenya —`, `WASHINGTON (AP) —`. */
/** (`Marrun (Zarania) (AFP) -`: AFP's country in parentheses after the place, before the agency's) */
const REGION_IN_PARENTHESES = `(?:${SP}\\(${REGION}\\)(?=${SP}?\\())?`;
const WIRE_DATELINE = new RegExp(`^(${CAPS_PLACE}(?:,${SP}${REGION})?${REGION_IN_PARENTHESES})(?:,?${SP}(${DATE}))?(?:${SP}?${AGENCY})?${SP}?${DASH}`);
/** Title-case places need a date or an agency to be a dateline: `Washington (CNN) —`. */
const TITLE_DATELINE = new RegExp(`^(${TITLE_PLACE}(?:,${SP}${REGION})?${REGION_IN_PARENTHESES})(?:(?:,?${SP}(${DATE}))(?:${SP}?${AGENCY})?|(?:${SP}?${AGENCY}))${SP}?${DASH}`);
/** The rest of a header line: `Beijing, June 19`. */
const HEADER_DATELINE = new RegExp(`^(${TITLE_PLACE}(?:,${SP}${REGION})?)(?:,?${SP}(${DATE}))?\\s*$`);
/**
 * Capitals that label a paragraph rather than place it: kickers (`BREAKING —`, `UPDATE:`), link and
 * section lines (`READ MORE:`, `FULL TEXT`). Matched against the whole place, so `LIVE OAK, Fla.` stays a place.
 */
const NOT_A_PLACE = /^(?:BREAKING(?: NEWS)?|UPDATED?|EXCLUSIVE|DEVELOPING(?: STORY)?|URGENT|ALERT|FLASH|BULLETIN|ADVISORY|CORRECTION|CLARIFICATION|EDITOR'?S NOTE|NOTE|ANALYSIS|OPINION|COMMENTARY|EDITORIAL|REVIEW|INTERVIEW|FACT CHECK|FULL TEXT|ABSTRACT|SUMMARY|TRANSCRIPT|READ MORE|WATCH|RELATED|SEE ALSO|LISTEN|MORE|PHOTOS?|VIDEO|CLICK HERE|SIGN UP|ADVERTISEMENT|SPONSORED|LIVE|WARNING|THE LATEST)$/i;
/** (`By Grace Lindqvist · Global News`: a middle dot or a bullet may set off the outlet) */
const BYLINE = /^\s*By\s+([A-Z][\p{L}.'\-]+(?:\s+(?:[A-Z][\p{L}.'\-]+|and|de|van|von|der|la|le|da|di|bin|al)){0,8})\s*(?:(?:[,|\u00b7\u2022]|\s(?:at|in)\s).*)?$/u;
/** A name of a byline: capitalised words (in capitals too), with the particles of names. */
const BYLINE_NAME = "[A-Z][\\p{L}.'\\-]+(?:\\s+(?:[A-Z][\\p{L}.'\\-]+|de|van|von|der|la|le|da|di|bin|al)){1,4}";
/** A reporter's beat and post: `Sports editor`, `Science correspondent`, `BUSINESS REPORTER`. */
const BYLINE_POST = "(?:[A-Za-z][A-Za-z]+\\s+){0,2}(?:editor|correspondent|reporter|writer|columnist|EDITOR|CORRESPONDENT|REPORTER|WRITER|COLUMNIST)";
/**
 * Bylines without `By`: `From Tomas Kerrigan at Dockside Park` (a match report), `Sports editor Tomas Kerrigan` and `Tomas Kerrigan
 * Sports correspondent` (the Guardian), `TOMAS KERRIGAN` over `SPORTS REPORTER` (the Globe and Mail, a line each).
 */
// (`Curtis Bear · CBC News · Posted: Nov 3, 2026`: a name, then the outlet after a middle dot or a bullet)
const OTHER_BYLINE = new RegExp(`^\\s*(?:${BYLINE_NAME}\\s*[\u00b7\u2022]\\s*[^\\n]{2,80}|From\\s+${BYLINE_NAME}\\s+at\\s+[^\\n]{2,60}|${BYLINE_POST}\\s+${BYLINE_NAME}|${BYLINE_NAME}\\s+${BYLINE_POST}|${BYLINE_NAME}\\n${BYLINE_POST}(?:\\n[^\\n]{2,60}){0,2})\\s*$`, 'u');
/** Lines a web page puts around a story and a copy-paste keeps: no prose of the story (`Advertisement`, `Share this article`). */
const PAGE_FURNITURE = /^\s*(?:advertisement|story continues below(?: advertisement)?|skip (?:to|past) (?:content|advertisement)|share this (?:article|story)|listen to this (?:article|story)|print|comments?|facebook\s+twitter(?:\s+email)?|sign up for our newsletter\.?)\s*$/i;
/** `Published March 4, 2024`, `Updated 5:12 p.m. ET, Mon March 4, 2024`, `Posted: 2024-03-04`: when the page says the story came out. */
const PUBLISHED_LINE = new RegExp(`^\\s*(published|updated|posted|first published)\\b:?[^\\n]{0,60}?(?:(\\d{4})-(\\d{2})-(\\d{2})|(${MONTH})${SP}(\\d{1,2}),?${SP}(\\d{4})|(\\d{1,2})${SP}(${MONTH}),?${SP}(\\d{4}))[^\\n]{0,40}$`, 'i');
const END_CREDIT = new RegExp(`(?:^|\\s)[\u2014\u2013-]{1,2}\\s*(${AGENCIES.map(escape).join('|')})\\s*$`);
const REPORTING = /^\s*\(?\s*(?:Reporting|Writing|Additional reporting|Editing|Compiled|Written|Reported) by\b.*$|^\s*[-\u2014\u2013]{0,2}\s*With (?:files|reporting) from\b.*$|^[^.!?\n]{3,120}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\s*$/i;

const MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** The date a PUBLISHED_LINE match gives, as YYYY-MM-DD, or null if it is no date of the calendar. */
function isoDate(m: RegExpExecArray): string | null {
  const [year, month, day] = m[2] ? [+m[2], +m[3], +m[4]] : m[5] ? [+m[7], MONTH_NUMBERS[m[5].slice(0, 3).toLowerCase()], +m[6]] : [+m[10], MONTH_NUMBERS[m[9].slice(0, 3).toLowerCase()], +m[8]];
  if (!month || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findStructure(text: string, paragraphs: Paragraph[]): Structure {
  const nonProse = new Set<number>();
  let published: string | null = null;
  let dateline: Dateline | null = null;
  let headline: Span | null = null;
  let credit: Credit | null = null;
  let first = 0;

  if (paragraphs.length) {
    const p = paragraphs[0];
    const line = text.slice(p.start, Math.min(p.end, p.start + 300));
    const m = HEADER.exec(line);
    if (m && line.indexOf('\n') < 0) {
      published = m[1];
      nonProse.add(0);
      first = 1;
      const rest = m[2];
      const restStart = p.start + line.length - rest.length;
      const d = HEADER_DATELINE.exec(rest.trimEnd());
      if (d && rest.trim()) {
        const end = restStart + rest.trimEnd().length;
        dateline = datelineOf(text, restStart, end, d[1], d[2] ?? null, null);
      }
    }
  }

  // `Headline.` / `Deck.` / `WASHINGTON (AP) — …`: short lines before a paragraph that opens with a wire dateline
  // are the headline and what goes with it, whatever punctuation ends them
  const opening = paragraphs.length > first ? text.slice(paragraphs[first].start, Math.min(paragraphs[first].end, paragraphs[first].start + 400)) : '';
  if (!dateline && opening && !matchWireDateline(text, paragraphs[first].start, opening)) {
    for (let pi = first + 1; pi < Math.min(paragraphs.length, first + 4); pi++) {
      const before = paragraphs[pi - 1];
      if (before.end - before.start > 300 || text.slice(before.start, before.end).indexOf('\n') >= 0) break;
      const p = paragraphs[pi];
      const found = matchWireDateline(text, p.start, text.slice(p.start, Math.min(p.end, p.start + 400)));
      if (!found) continue;
      dateline = found;
      for (let h = first; h < pi; h++) {
        const line = text.slice(paragraphs[h].start, paragraphs[h].end).trimEnd();
        const by = bylineStart(line);
        if (by >= 0) {
          if (!credit) credit = creditOf(text, paragraphs[h].start + by, paragraphs[h].start + line.length, agencyIn(line) ?? agencyNamedBy(line));
        } else if (!headline && h === first) headline = span(text, paragraphs[h].start, paragraphs[h].start + line.length);
        // (`Rural ER closures hit record high, NDP says`: a deck under the headline is prose, as it is with no dateline after it)
        else if (h > first && !PAGE_FURNITURE.test(line) && !PUBLISHED_LINE.test(line)) continue;
        nonProse.add(h);
      }
      first = pi;
      break;
    }
  }

  // headline and byline: short lines before the first prose paragraph, among lines a web page puts there (`Advertisement`,
  // `Published March 4, 2024`), which are no prose either
  let furniture = 0;
  for (let pi = first; pi < Math.min(paragraphs.length, first + 4 + furniture); pi++) {
    const p = paragraphs[pi];
    const line = text.slice(p.start, Math.min(p.end, p.start + 400));
    if (!dateline && (dateline = matchWireDateline(text, p.start, line))) break;
    const date = line.length < 120 && line.indexOf('\n') < 0 ? PUBLISHED_LINE.exec(line) : null;
    if ((date || (line.length < 60 && PAGE_FURNITURE.test(line))) && furniture < 4) {
      if (date && !published) published = isoDate(date);
      nonProse.add(pi);
      furniture++;
      continue;
    }
    // (`Hannah Rourke` alone under the headline: a writer's name, as the Guardian sets it)
    const by = line.length < 160 ? bylineStart(line) : -1;
    const bareName = by < 0 && !!headline && pi === first + 1 + furniture && bareNameLine(line);
    if (by >= 0 || bareName) {
      nonProse.add(pi);
      if (!credit) credit = creditOf(text, p.start + Math.max(0, by), p.start + line.trimEnd().length, agencyIn(line) ?? agencyNamedBy(line));
      continue;
    }
    // (`Union says wards are unsafe` / `Hannah Rourke Health correspondent`: a standfirst under the headline, then the byline; the
    // standfirst stays prose)
    if (headline && pi === first + 1 + furniture && line.length < 200 && line.indexOf('\n') < 0 && pi + 1 < paragraphs.length) {
      const next = paragraphs[pi + 1];
      const nextLine = text.slice(next.start, Math.min(next.end, next.start + 160));
      if (nextLine.length < 160 && bylineStart(nextLine) >= 0) {
        nonProse.add(pi + 1);
        if (!credit) credit = creditOf(text, next.start + bylineStart(nextLine), next.start + nextLine.trimEnd().length, agencyIn(nextLine) ?? agencyNamedBy(nextLine));
        break;
      }
    }
    if (!headline && pi === first && looksLikeHeadline(line) && paragraphs.length > pi + 1) {
      headline = span(text, p.start, p.start + line.trimEnd().length);
      nonProse.add(pi);
      continue;
    }
    break;
  }

  // a dateline opening a later section: after an abstract and a `FULL TEXT.` line, a photo caption or a subheading.
  // Several paragraphs opening so are a list of labelled items (`JANE DOE — …` per player or candidate), not a
  // dateline, so only the one such paragraph counts. One bounded match per paragraph keeps this linear.
  if (!dateline) {
    let found: Dateline | null = null;
    for (let pi = first; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi];
      if (!opensWithCapital(text, p)) continue;
      const d = matchWireDateline(text, p.start, text.slice(p.start, Math.min(p.end, p.start + 400)), true);
      if (!d) continue;
      if (found) { found = null; break; }
      found = d;
    }
    dateline = found;
  }

  // end credit: `— Reuters` closing the last paragraph, or a `(Reporting by …)` line
  for (let pi = paragraphs.length - 1; pi >= Math.max(first, paragraphs.length - 4); pi--) {
    const p = paragraphs[pi];
    const tailStart = Math.max(p.start, p.end - 200);
    const tail = text.slice(tailStart, p.end);
    if (REPORTING.test(tail) && tail.length === p.end - p.start) {
      // (`AP Sports Writer Lena Fox in Boston contributed to this report.`: a contributor adds to the byline, never replaces it)
      if (!credit || !CONTRIBUTED.test(tail)) credit = creditOf(text, p.start, p.end, agencyIn(tail));
      nonProse.add(pi);
      continue;
    }
    // (`The Canadian Press` closing the story on a line of its own)
    const agencyLine = p.end - p.start < 40 ? agencyNamedBy(tail) : null;
    if (agencyLine) {
      credit = creditOf(text, p.start, p.start + tail.trimEnd().length, agencyLine);
      nonProse.add(pi);
      break;
    }
    // the credit follows a dash: without one the pattern cannot match, and trying it at every offset costs
    const m = hasDash(tail) ? END_CREDIT.exec(tail) : null;
    if (m) {
      const markStart = tailStart + m.index + (m[0].length - m[0].trimStart().length);
      const end = tailStart + m.index + m[0].trimEnd().length;
      credit = creditOf(text, markStart, end, m[1]);
      if (markStart === p.start) nonProse.add(pi);
    }
    break;
  }
  return { published, headline, dateline, credit, nonProse, embeds: findEmbeds(text, paragraphs, first, nonProse) };
}

/**
 * Posts embedded from social media: a paragraph of the post's words, then its signature line, as its own paragraph or as the
 * paragraph's last line. A signature paragraph and an Instagram embed's lines are no prose (added to `nonProse`).
 */
function findEmbeds(text: string, paragraphs: Paragraph[], first: number, nonProse: Set<number>): Map<number, Embed> {
  const embeds = new Map<number, Embed>();
  // (an Instagram embed's lines are short paragraphs opening with `V` or `A`: tested only there)
  for (let pi = first; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi], c = text.charCodeAt(p.start) | 32;
    if ((c === 118 || c === 97) && p.end - p.start < 120 && INSTAGRAM_LINES.test(text.slice(p.start, p.end))) nonProse.add(pi);
  }
  // a signature holds a handle, `(@`: the text is searched for those, most texts have none, and each found is read in its
  // paragraph's last line or last 200 units (`… https://t.co/… — Michelle Rempel (@MichelleRempel) December 18, 2018`)
  let pi = first;
  for (let at = text.indexOf('(@'); at >= 0 && pi < paragraphs.length; at = text.indexOf('(@', at + 2)) {
    while (pi < paragraphs.length && paragraphs[pi].end <= at) pi++;
    if (pi >= paragraphs.length) break;
    const p = paragraphs[pi];
    if (at < p.start || nonProse.has(pi)) continue;
    const lineStart = text.lastIndexOf('\n', p.end - 1) + 1;
    const last = Math.max(lineStart, p.start, p.end - 200);
    // (each paragraph is read once: the search goes on past it, or from its last line)
    if (at < last) { at = text.lastIndexOf('(@', p.end - 2) >= last ? last - 2 : p.end; continue; }
    const line = text.slice(last, p.end);
    const m = EMBED_SIGNATURE.exec(line);
    at = p.end;
    if (!m) continue;
    const nameStart = last + m.index + m[0].indexOf(m[1]);
    const signed = { nameStart, nameEnd: nameStart + m[1].length };
    const dash = last + m.index + (m[0].length - m[0].trimStart().length);
    if (dash > p.start) embeds.set(pi, { textEnd: dash, ...signed });
    else {
      nonProse.add(pi);
      if (pi > first && !nonProse.has(pi - 1)) embeds.set(pi - 1, { textEnd: paragraphs[pi - 1].end, ...signed });
    }
  }
  return embeds;
}

/** Whether s holds a hyphen or a dash (END_CREDIT needs one). */
function hasDash(s: string): boolean {
  return s.indexOf('-') >= 0 || s.indexOf('\u2014') >= 0 || s.indexOf('\u2013') >= 0;
}

/**
 * A dateline and a credit are built field by field, in the order of a span's fields: in V8 a spread
 * that then adds fields (`{ ...span(…), agency }`) takes a slow path costing microseconds a call.
 */
function datelineOf(text: string, start: number, end: number, location: string, date: string | null, agency: string | null): Dateline {
  return { start, end, text: text.slice(start, end), location, date, agency };
}

function creditOf(text: string, start: number, end: number, agency: string | null): Credit {
  return { start, end, text: text.slice(start, end), agency };
}

/**
 * The wire dateline opening `line` (a bounded slice of a paragraph starting at `start`), if it is one.
 * `later`: the paragraph is not at the article's top, where labels and list items can look like places,
 * so a title-case place needs a date or a known agency (`Rep. Jane Doe (D-Ore.) —` is no dateline).
 */
function matchWireDateline(text: string, start: number, line: string, later = false): Dateline | null {
  let lead = 0;
  while (lead < line.length && isJsSpace(line.charCodeAt(lead))) lead++; // what trimStart() strips
  const c0 = line.charCodeAt(lead);
  if (!isPlaceCapital(c0)) return null; // both patterns open with a capital
  // only run a pattern where it can match: an all-caps place; a date's digits or an agency's parenthesis
  const c1 = line.charCodeAt(lead + 1);
  const capsPlace = isPlaceCapital(c1) || c1 === 39 || c1 === 46 || c1 === 45;
  const headEnd = Math.min(line.length, lead + 160);
  const titlePlace = dateOrAgencyAfterPlace(line, lead, headEnd);
  if (!capsPlace && !titlePlace) return null;
  const head = line.slice(lead, headEnd);
  let m = capsPlace ? WIRE_DATELINE.exec(head) : null;
  // (each AGENCY holds two groups: in parentheses, or between slashes)
  let agency = m?.[3] ?? m?.[4];
  if (!m && titlePlace) {
    m = TITLE_DATELINE.exec(head);
    agency = m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6]; // the agency after a date, or the agency alone
    if (m && later && !m[2] && !AGENCIES.includes(agency ?? '')) m = null;
  }
  if (!m || !isDateline(head, m[0], m[1], m[2], agency)) return null;
  const s = start + lead;
  return datelineOf(text, s, s + m[0].length, m[1], m[2] ?? null, agency ?? null);
}

/**
 * Whether the first character of line[from, to) that a title-case place, its region and a month name cannot hold
 * (letters, ' . - , and spaces) is a digit or a parenthesis, and every space before it opens a capitalised word:
 * TITLE_DATELINE matches nothing else, and most lines of prose fail at their second word.
 */
function dateOrAgencyAfterPlace(line: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 160) {
      // after a space come a place's, a region's or a month's capital, the day, or the agency's parenthesis
      const n = line.charCodeAt(i + 1);
      if (!(isPlaceCapital(n) || (n >= 48 && n <= 57) || n === 40)) return false;
      continue;
    }
    if (isPlaceCapital(c) || (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || c === 39 || c === 44 || c === 45 || c === 46) continue;
    return (c >= 48 && c <= 57) || c === 40;
  }
  return false;
}

/**
 * Whether a match of the dateline patterns at the start of `head` places the article rather than labels
 * a paragraph or opens a sentence: capitals are also kickers (`BREAKING —`), bylines (`BY JANE DOE —`),
 * acronyms (`FBI — The bureau …`, `U.S. - China talks`) and shouted sentences (`THE SENATE — AFTER …`).
 */
function isDateline(head: string, match: string, place: string, date: string | undefined, agency: string | undefined): boolean {
  // `HUFFPOLLSTER:`, `FIX IS IN:`: a bare colon ends kickers far more often than places
  if (!date && !agency && match.charCodeAt(match.length - 1) === 58) return false;
  const comma = place.indexOf(',');
  const name = comma < 0 ? place : place.slice(0, comma);
  if (NOT_A_PLACE.test(name) || /^by[ \u00a0]/i.test(name)) return false;
  // a bare place of fewer than four letters is an acronym (`FBI`, `U.S.`, `EU`): no city is written so
  if (comma < 0 && !date && !agency && name.replace(/[^A-Za-z]/g, '').length < 4) return false;
  // the prose after a dateline opens a sentence, in mixed case
  let i = match.length;
  while (i < head.length && (head.charCodeAt(i) === 32 || head.charCodeAt(i) === 160)) i++;
  const after = head.slice(i, i + 60);
  if (/^\p{Ll}/u.test(after)) return false;
  return !/\p{L}{2}/u.test(after) || /\p{Ll}/u.test(after);
}

/** Whether the paragraph's first non-space character is a capital, as every dateline's is: decided without slicing. */
function opensWithCapital(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && isJsSpace(text.charCodeAt(i))) i++;
  return i < p.end && isPlaceCapital(text.charCodeAt(i));
}

/** A capital A-Z or a Latin-1 capital (`Ã`, `Á`, `Ü`): what opens a dateline's place and its words. */
function isPlaceCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function looksLikeHeadline(line: string): boolean {
  if (line.indexOf('\n') >= 0 || line.length > 200) return false;
  const words = line.trim().split(/\s+/);
  if (words.length > 25) return false;
  const trimmed = line.trim();
  const endsSentence = /[.!?]["”’']?$/.test(trimmed);
  const capitalised = words.filter(w => /^[\p{Lu}\d‘“"']/u.test(w)).length;
  // (`Sanders: Endorsements prove Clinton 'candidate of the establishment.'`: a short label and a colon open a headline in
  // sentence case too; prose never opens so, and a one-letter label is an interview's `Q:`)
  return !endsSentence || capitalised >= words.length * 0.6 || LABELLED_HEADLINE.test(trimmed);
}

const LABELLED_HEADLINE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,3}: \S/u;

/** A line of a person's name alone: a given name the lists know, then one or two capitalised words (`Hannah Rourke`). */
function bareNameLine(line: string): boolean {
  const m = /^\s*(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{Ll}'’-]+){1,2}\s*$/u.exec(line);
  return !!m && (listsOf(m[1].toLowerCase()) & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0;
}

/** Where a byline starts in `line` (`By …`, `From … at …`, a reporter's post and name, an agency's line), or -1. */
function bylineStart(line: string): number {
  if (BYLINE.test(line)) return line.indexOf('By');
  if (OTHER_BYLINE.test(line) || (line.length < 40 && agencyNamedBy(line))) return line.length - line.trimStart().length;
  return -1;
}

/** The agency a line names alone (`THE CANADIAN PRESS`, `The Associated Press`), as the agency list writes it, or null. */
function agencyNamedBy(line: string): string | null {
  const name = line.trim().toLowerCase();
  for (const a of AGENCIES) if (a.length > 2 && a.toLowerCase() === name) return a;
  return null;
}

/** A line naming someone who contributed to the story. */
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\s*$/i;

function agencyIn(s: string): string | null {
  for (const a of AGENCIES) if (a.length > 2 && s.includes(a)) return a;
  return null;
}

/** Where the prose of a paragraph starts: after its dateline, if it opens with one. */
export function proseStart(dateline: Dateline | null, p: Paragraph): number {
  return dateline && dateline.start >= p.start && dateline.end <= p.end ? dateline.end : p.start;
}

const LINK_LINE = /^\s*(?:READ MORE|WATCH|RELATED|SEE ALSO|LISTEN|MORE|PHOTOS?|VIDEO|CLICK HERE|SIGN UP|ADVERTISEMENT)\b\s*:?/;

/**
 * A subheading or a link line inside the article (`'They owned us'`, `READ MORE: …`):
 * a short single line that does not end a sentence. Quotes in it repeat the body, so
 * they are not statements of their own.
 */
export function isSubheading(text: string, p: Paragraph): boolean {
  if (p.end - p.start > 160) return false;
  // most short paragraphs end a sentence: tell that from the last character before closing marks, without slicing
  let last = p.end - 1;
  while (last >= p.start && isTrailer(text.charCodeAt(last))) last--;
  if (last >= p.start && '.!?:;,…'.indexOf(text[last]) >= 0 && !mayBeLinkLine(text, p.start, p.end)) return false;
  const line = text.slice(p.start, p.end);
  if (mayBeLinkLine(text, p.start, p.end) && LINK_LINE.test(line)) return true;
  if (line.indexOf('\n') >= 0) return false;
  // the line without its leading spaces and its trailing spaces and closing marks (what trim() and
  // the pattern /["“”‘’'»)\]\s]+$/ would strip): it ends at `last`
  let first = p.start;
  while (first <= last && isJsSpace(text.charCodeAt(first))) first++;
  const trimmed = text.slice(first, last + 1);
  if (/[.!?:;,…]$/.test(trimmed) || /[.!?]["”’']?\s/.test(trimmed)) return false;
  return trimmed.split(/\s+/).length <= 12;
}

/** A line pointing elsewhere (`READ MORE: …`, `WATCH: …`): not part of the article's prose. */
export function isLinkLine(text: string, p: Paragraph): boolean {
  return p.end - p.start <= 200 && mayBeLinkLine(text, p.start, p.end) && LINK_LINE.test(text.slice(p.start, Math.min(p.end, p.start + 20)));
}

/**
 * False when text[start, end) cannot match LINK_LINE: its first non-space character is not one of the words'
 * initials, or the next is not a capital (every word of the pattern is in capitals).
 */
function mayBeLinkLine(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isJsSpace(text.charCodeAt(i))) i++;
  if (i + 1 >= end) return false;
  const c = text.charCodeAt(i); // R W S L M P V C A
  if (c !== 82 && c !== 87 && c !== 83 && c !== 76 && c !== 77 && c !== 80 && c !== 86 && c !== 67 && c !== 65) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 65 && next <= 90;
}

/** What `trim()` and the trailing-closers pattern of isSubheading strip from a line's end. */
function isTrailer(c: number): boolean {
  return isJsSpace(c) || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || (c >= 0x2018 && c <= 0x2019) || (c >= 0x201c && c <= 0x201d);
}

