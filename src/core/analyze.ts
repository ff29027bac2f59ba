/**
 * The pipeline: structure → quotations → sentences and tokens → attribution
 * frames → speakers → statements. Pure and synchronous; linear in the input.
 */
import type { Analysis, Paragraph, Speaker, Statement, StatementKind, StatementSpeaker, Span } from './types';
import { Embed, findParagraphs, findStructure, isLinkLine, isSubheading, proseStart, Structure } from './structure';
import { findQuotations, Quotation } from './quotes';
import { splitSentences } from './sentences';
import { ASIDE_ADVERBS, Frame, findFrames, findingBody, isDescribingWord, isHearing, issuerOfDocument, sentenceSubject } from './attribution';
import { findReported } from './reported';
import { findPullQuotes } from './pullquotes';
import { appositiveRoleAfter, appositiveRoleBefore, singularRole } from './roles';
import { Entity, EntityRegistry, genderOfWords, isBrandWord, isGivenName, MentionPhrase, phraseEndingAt, phraseStartingAt, pluralMarkInName, spaceBetween } from './mentions';
import {
  COMPANY_KIND_NOUNS, MEDIUM_NOUNS, MEDIUM_DETERMINERS, CLAUSE_OPENERS, COMPANY_WORDS, CORPORATE_SUFFIXES, HEADLINE_KICKERS, HEADLINE_SAYS, IN_AUXILIARIES, IN_BE_FORMS, IN_CUE_FILLERS, IN_DETERMINERS, IN_DOCUMENT_NOUNS, IN_EVIDENCE_VERBS, IN_FEMALE_NAMES, IN_INVERTING_CUES, IN_LISTENERS, IN_MALE_NAMES,
  IN_HONORIFICS, IN_NAMING_WORDS, IN_PHRASE_STOPS, IN_NATIONALITIES, IN_NOT_NAME_WORDS, IN_NOT_VERBS, IN_ORG_NOUNS, IN_SENTENCE_OPENERS,
  IN_GROUP_NOUNS, IN_SPEAKER_NOUNS, IN_SPEECH_VERBS, IN_SUBJECT_PRONOUNS, IN_TITLE_WORDS, internalized, listsOf, NAMING_VERBS, NATIONALITIES, PERSON_PRONOUNS,
  DAYS, IRREGULAR_PASTS, KIN_NOUNS, NOUN_MARKERS, PHRASE_PREPOSITIONS, REMARK_NOUNS, STRANDED_PREPOSITIONS, TELLING, TITLE_WORDS, QUALIFYING_PREPOSITIONS,
} from './lexicon';
import { findPunctuation, hasComma, hasJsSpaceIn, isDash, isJsSpace, isPartyAndState, isPossessive, isQuoteMarkCode, Punctuation, span, startsUpper, Token, tokenize, trimRange, tokenAtOrAfter } from './text';

export { findParagraphs } from './structure';

export { span } from './text';

/** One paragraph read into tokens and sentences. */
interface ParagraphReading {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  inQuote: number[];
  sentenceStart: number[];
  sentenceEnd: number[];
  /** Quotations that open in this paragraph. */
  quotes: Quotation[];
  /** A short title line inside the article: its quotes repeat the body unless a cue attributes them. */
  subheading: boolean;
}

/** A prose paragraph to read: its quotations, and the first quotation that reaches it. */
interface ParagraphPlan {
  index: number;
  paragraph: Paragraph;
  quotes: Quotation[];
  cover: number;
  subheading: boolean;
}

/** Articles up to this many characters keep their paragraph readings between the two passes (see run). */
const KEEP_READINGS_UP_TO = 64 * 1024;

interface Attribution {
  entity: Entity | null;
  mention: Span | null;
  cue: Span | null;
  /** Inherited from a neighbouring statement rather than found in the sentence. */
  inherited: boolean;
}

interface Draft {
  kind: StatementKind;
  paragraph: number;
  start: number;
  end: number;
  /** The frame in the text that introduces it, if any. */
  frame: Frame | null;
  who: Attribution | null;
  confidence: number;
  /** The statement this one goes on from: one utterance quoted in parts. */
  continues?: Draft;
  /** The token of `he` or `she` opening its sentence that says whose words it quotes (`He then listed them: “…”`). */
  pronoun?: number;
  /** The id of its statement, once assembled. */
  id?: string;
}

/** Whether a role holds the title `title` (lower case), written whole or short (`Sen.` for `senator`, `Gov.` for `governor`). */
function roleHoldsTitle(role: string, title: string): boolean {
  for (const w of role.toLowerCase().split(/[\s.]+/)) {
    if (w === title || (w.length >= 3 && title.startsWith(w) && TITLE_WORDS.has(w + '.'))) return true;
  }
  return false;
}

/** A description by a possessive and what follows it: `its chief executive`, `Tarnow Mills’s chief executive`. */
const POSSESSED_ROLE = /^(?:its|his|her|their|[^\s].*?['’]s?)\s+(\S.*)$/i;

/** A markup tag opening a copied post (`<tweet id="…" datetime="…">`). */
const LEADING_TAG = /^\s*<[a-z][^<>]{0,280}>/i;

/** Links closing an embedded post's words (`pic.twitter.com/x7Kq2`, `https://t.co/abc`), with the spaces before them. */
const TRAILING_LINKS = /(?:\s+(?:pic\.twitter\.com\/\w+|https?:\/\/\S+))+\s*$/;

/** Verbs of how someone put what was quoted (`That was how Kwan described it`, `That’s how Lee put it`). */
const DESCRIBING_VERBS = new Set(['described', 'describes', 'put', 'puts', 'summed', 'sums', 'characterized', 'characterised', 'explained', 'explains', 'framed', 'saw', 'sees']);

/** Whether an appositive opening at tokens[a] closes with a comma within a few words and a lower-case verb follows (`, a widow from Leeds, lost`). */
function verbAfterAppositive(text: string, tokens: Token[], a: number): boolean {
  for (let q = a + 1; q < tokens.length && q <= a + 10; q++) {
    const gap = text.slice(tokens[q - 1].end, tokens[q].start);
    if (gap === ' ') continue;
    return gap === ', ' && !tokens[q].cap && (tokens[q].lists & (IN_NOT_VERBS | IN_SPEAKER_NOUNS | IN_DETERMINERS)) === 0;
  }
  return false;
}

/** Words opening a question a cue reports (`wonder why`, `asked whether`). */
const QUESTION_OPENERS = new Set(['why', 'whether', 'how', 'if', 'what', 'when', 'who', 'where']);

/** Cues of asking or wondering, whose question is no one's statement. */
const ASKING = /^(?:wonder|ask|question|inquir|quer)/;

/** A short aside between two quotes (`she paused,`, `Lee sighed,`): a capital or a pronoun, up to a few words, a comma. */
const SHORT_ASIDE = /^\s+(?:\p{Lu}[\p{L}.'’-]*|he|she|they|i|we)(?:\s+[\p{L}.'’-]+){1,3},\s*$/u;

/**
 * Whether the quote `q` (its words text[start, end)) goes on from the quote `before` across a short aside: `before` ends in a
 * comma inside its marks, the aside ends in a comma, and `q` ends its sentence.
 */
function resumesAfterAside(text: string, before: Quotation, q: Quotation, start: number, end: number): boolean {
  if (before.close < 0 || q.open - before.after > 40 || !/,\s*$/.test(text.slice(Math.max(before.start, before.end - 3), before.end)) || !/[.!?]$/.test(text.slice(start, end))) return false;
  return SHORT_ASIDE.test(text.slice(before.after, q.open));
}

/** A role that is only a form of address (`Mr.`, `Dame`, `the Honourable`, `Hon. Mr.`). */
// (a rank or an honorific alone, `Col.`, `Brig. Gen.`, `Sheikh`, `Ambassador`, `Cllr`, says less than a post in apposition too:
// `Col. Lee Sung-hoon, a spokesperson for the Joint Chiefs,`)
const ADDRESS_ONLY = /^(?:the\s+)?(?:right\s+)?(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|honourable|honorable|hon|gen|general|brig|col|colonel|lt|capt|maj|sgt|sheikh|ambassador|cllr|cr|rev|reverend|alhaji)\.?(?:\s+(?:mr|mrs|ms|miss|mx|dr|sir|dame|gen|general|col|professor|prof)\.?)?$/i;

/** Verbs in the past that end in neither -ed nor are among IRREGULAR_PASTS, which a subject may open a sentence with (`spoke`, `met`). */
const PLAIN_PASTS = new Set(['spoke', 'sat', 'stood', 'won', 'met', 'left', 'went', 'came', 'ran', 'held', 'fought', 'shot', 'hit', 'made', 'had', 'did']);

/** Whether a token is a verb in the past (`-ed` or a common irregular one) or an auxiliary: a subject's verb after its name or an aside. */
function pastOrAuxiliary(t: Token): boolean {
  return (t.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}ed$/.test(t.lower) || IRREGULAR_PASTS.has(t.lower) || PLAIN_PASTS.has(t.lower);
}

/** The forms of address that say nothing but a person's gender. */
const PLAIN_ADDRESS = /^(?:mr|mrs|ms|miss|mx)\.?$/i;

/** Marks that open or close a quotation wholly after a headline's colon. */
const OPENING_MARK = /^[“"‘']$/;
const CLOSING_MARK = /^[”"’']$/;

/** Prepositions opening when or where something was said, between a listener and a quote (`told me over lunch last week, “…”`). */
const WHEN_OR_WHERE_PREPOSITIONS = new Set(['over', 'at', 'in', 'on', 'during', 'after', 'before', 'outside', 'from', 'via', 'by']);

/** Things words are printed on, which people carry or wear (`signs`, `T-shirts`, `banners`). */
const PRINTED_THINGS = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'shirt', 'shirts', 't-shirt', 't-shirts',
  'tshirt', 'tshirts', 'hat', 'hats', 'cap', 'caps', 'sticker', 'stickers', 'billboard', 'billboards', 'flag', 'flags', 'button', 'buttons', 'badge', 'badges',
  'jersey', 'jerseys', 'sweatshirt', 'sweatshirts', 'hoodie', 'hoodies', 'mug', 'mugs', 'graffiti', 'slogan', 'slogans']);

/** Whether a quote opening at tokens[first] is what something printed reads: `signs reading`, `T-shirts that read`, `a banner saying`. */
function printedOn(tokens: Token[], first: number): boolean {
  let v = first - 1;
  if (v < 1 || !/^(reading|read|reads|saying|said|says|bearing|declaring)$/.test(tokens[v].lower)) return false;
  let n = v - 1;
  if (/^(that|which)$/.test(tokens[n].lower) && n > 0) n--;
  if (PRINTED_THINGS.has(tokens[n].lower)) return true;
  // (`A message scrawled on the shutter read: “Back in five minutes.”`, `A note taped to the window said: …`: a written thing opening the
  // sentence, past where it hangs)
  // (`A note from Mayor Ruiz said: …` names whose it is)
  for (let m = n; m >= 1 && m >= n - 6; m--) {
    if (tokens[m].lower === 'from' || tokens[m].lower === 'by' || tokens[m].cap) return false;
    if (WRITTEN_THINGS.has(tokens[m].lower)) return /^(a|an|the)$/.test(tokens[m - 1].lower);
  }
  return false;
}

/** Things written up where people see them, whose words are no one's statement when no one is named for them. */
const WRITTEN_THINGS = new Set(['message', 'note', 'notice', 'sign', 'banner', 'placard', 'poster', 'graffiti', 'plaque', 'inscription', 'slogan', 'sticker']);

/** Whether `known` stands among the three tokens ending at tokens[k] (`known to readers`, `known to fans`). */
function knownBefore(tokens: Token[], k: number): boolean {
  for (let m = k; m >= 0 && m > k - 3; m--) if (tokens[m].lower === 'known') return true;
  return false;
}

/** A kicker a dash sets off before a headline (`Exclusive —`, `BREAKING -`). */
const DASHED_KICKER = /^(?:exclusive|breaking|watch|analysis|update|opinion|live)\s*[\u2014\u2013-]+\s+/i;

/** Nouns of what someone claimed, whose `that` clause holds their words (`Holloway's claim that …`). */
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'assertions', 'argument', 'insistence', 'contention', 'promise', 'pledge', 'vow', 'charge',
  'accusation', 'boast', 'suggestion', 'warning', 'prediction', 'declaration', 'complaint', 'allegation']);

/** Cues of saying or naming whose subject's own words a quote after them is, though another frame reports their clause. */
const INNER_SAYING = new Set(['said', 'says', 'told', 'tells', 'called', 'calls', 'described', 'describes', 'dubbed', 'labeled', 'labelled', 'branded',
  'wrote', 'writes', 'tweeted', 'declared', 'claimed', 'insisted', 'argued', 'warned', 'stated',
  // (`blasted Trump for calling immigrants “rapists”`)
  'saying', 'calling', 'describing', 'claiming', 'suggesting', 'arguing', 'insisting', 'warning']);

/** Verbs of someone who asks or objects (`When a reporter pointed out …`), to whom the answer after them is not theirs. */
const QUESTIONING_VERBS = new Set(['asked', 'pointed', 'pressed', 'noted', 'questioned', 'challenged', 'suggested', 'interrupted', 'reminded', 'countered', 'objected']);

/** An age set off by commas after a name (`, 19,`). */
const AGE_AFTER = /^, \d{1,3},/;

/**
 * Analyses one article: structure, statements, speakers.
 * Pure and synchronous; never throws on any string.
 */
export function analyze(text: string, id = ''): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const docId = typeof id === 'string' ? id : String(id ?? '');
  const paragraphs = findParagraphs(input);
  try {
    return new ArticleAnalysis(input, docId, paragraphs).run();
  } catch (e) {
    // a defect must never cost the caller the document: fall back to its paragraphs, and say so
    const error = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { id: docId, published: null, headline: null, dateline: null, credit: null, paragraphs, speakers: [], statements: [], error };
  }
}

/** Words joining a second clause on (`…, while one investor said`). */
const CLAUSE_JOINING_WORDS = new Set(['while', 'whereas', 'but', 'and', 'although', 'though', 'yet']);

/** Tokens between a quote and a frame after it beyond which the frame is taken to be another clause's. */
const FAR_FRAME = 48;

/** Whether tokens[from, to), outside quotation marks, hold a word joining a second clause on. */
function joinerBetween(tokens: Token[], inQuote: number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!inQuote[k] && CLAUSE_JOINING_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/** Whether the word ending at offset `end` is a lower-case document noun (`tool` in `CME Group's FedWatch tool`). */
function endsInDocumentNoun(tokens: Token[], end: number): boolean {
  const k = tokenAtOrAfter(tokens, end) - 1;
  return k >= 0 && tokens[k].end === end && !tokens[k].cap && (tokens[k].lists & IN_DOCUMENT_NOUNS) !== 0;
}

/** Whether tokens[from, to), outside quotation marks, open an aside on the subject before it: `who`, or a participle ending them. */
function asideBetween(tokens: Token[], inQuote: number[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + 4; k++) if (!inQuote[k] && tokens[k].lower === 'who') return true;
  // (`Lee Varga, citing “the magic of Ruiz,” said`: or a participle right before the quote, in an aside)
  return to - 1 >= from && !inQuote[to - 1] && /^[a-z]{3,}ing$/.test(tokens[to - 1].lower);
}

/** Whether a dash set off by spaces stands between two of tokens[from - 1, to]. */
function dashBetween(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k <= to && k < tokens.length; k++) {
    const a = tokens[k - 1].end, b = tokens[k].start;
    // (most gaps are one space: look for a dash's character before reading the gap)
    if (b - a < 1 || b - a > 4) continue;
    const c = text.charCodeAt(a), d = text.charCodeAt(a + 1);
    if ((c === 0x2014 || d === 0x2014 || d === 0x2013 || d === 45) && isDash(text, a, b)) return true;
  }
  return false;
}

/** A form of address right before a name (`Mr. ` in `My lawyer, Mr. Doyle,`). */
const ADDRESS_BEFORE = /(?:Mr|Mrs|Ms|Mx|Dr|Sir|Dame)\.? $/;

/** A form of address ending a longer role (`Conservative backbencher Sir`). */
const TRAILING_ADDRESS = /(?<=\S)\s+(Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame)\.?$/;

/**
 * How many lower-case words (at most three) describe the name at tokens[k] right before it, as in `striker Leo Marsh`,
 * `the former deputy Ann Ruiz`: no verb, preposition or pronoun among them.
 */
function describingWordsBefore(text: string, tokens: Token[], k: number): number {
  let n = 0;
  while (n < 3 && k - n - 1 >= 0) {
    const t = tokens[k - n - 1];
    if (t.cap || t.lower === 'that' || ((t.lists & (IN_SPEECH_VERBS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_NOT_NAME_WORDS)) !== 0 && (t.lists & (IN_TITLE_WORDS | IN_DETERMINERS)) === 0) ||
      OBJECT_PREPOSITIONS.has(t.lower) || !/^[a-z][a-z-]*$/.test(t.lower) || !spaceBetween(text, t, tokens[k - n])) break;
    n++;
  }
  return n;
}

/** `who` or `which` right before the cue tokens[c] (past fillers: `who also said`), after the offset `after`; else -1. */
function relativeSubjectBefore(tokens: Token[], c: number, after: number): number {
  let m = c - 1;
  while (m >= 0 && m > c - 3 && (tokens[m].lists & IN_CUE_FILLERS) !== 0) m--;
  return m >= 0 && tokens[m].start >= after && (tokens[m].lower === 'who' || tokens[m].lower === 'which') ? m : -1;
}

/** Verbs of saying whose object is a clause, not a thing (`said the lander had …`, not `posted a video`). */
const CLAUSE_SAYING = new Set(['said', 'says', 'say', 'added', 'adds', 'stated', 'noted', 'explained', 'warned', 'argued', 'insisted', 'estimated']);

/** Possessive determiners before someone's kin (`Her son`, `their daughter`). */
const POSSESSIVE_DETERMINERS = new Set(['her', 'his', 'their', 'my', 'our', 'its']);

/** How many of a person's first mentions are read for a role in apposition. */
const ROLE_MENTIONS = 8;

/** Whether text[from, to) holds a sentence's stop (`.`, `!`, `?`). */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}

/** A capitalised word as the tokenizer reads it (letters joined by apostrophes or hyphens), not inside a longer word. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}\p{M}])\p{Lu}[\p{L}\p{N}\p{M}]*(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/** People only a business has: a name before them is a business's name (`Teneo clients`). */
const BUSINESS_PEOPLE = new Set(['clients', 'customers', 'shareholders', 'stockholders', 'subscribers', 'policyholders', 'depositors']);

/** Whether tokens[from, to) are all days (`Thursday`) or the word `on`. */
function onlyDaysBetween(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!DAYS.has(tokens[m].lower) && tokens[m].lower !== 'on') return false;
  return true;
}

/**
 * Prepositions of place and belonging, whose object a name after them is (`of Palo Verde`, `from Ottawa`); not `by` or `with`,
 * after which people are named as they join the story (`He was joined by Ilyse Hogue. She said …`).
 */
const OBJECT_PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'to', 'near', 'into', 'across', 'about', 'on', 'for', 'against', 'over']);

/** Nouns that follow the title of a work to name someone in it: `“Jane The Virgin” star`. */

const WORK_ROLES = new Set(['star', 'stars', 'actor', 'actress', 'co-star', 'host', 'creator', 'author', 'director', 'producer', 'writer', 'singer', 'showrunner', 'narrator', 'cast', 'alum', 'alumna', 'alumnus', 'contestant', 'winner']);

class ArticleAnalysis {
  private readonly registry: EntityRegistry;
  private readonly structure: Structure;
  private readonly quotes: Quotation[];
  private readonly punctuation: Punctuation;
  private readonly drafts: Draft[] = [];
  /** Capitalised name runs (start and end offsets, two numbers a run), kept to list every mention of a speaker at the end. */
  private readonly nameRuns: number[] = [];
  /** The person the narration was last about, and in which paragraph. */
  private topic: { entity: Entity; paragraph: number } | null = null;
  /** The paragraph where a document last opened a sentence as its subject (see noteDocumentSubject), or -1. */
  private documentParagraph = -1;
  /** The paragraph's sentences that open with a named person as their subject: the person, by the sentence's first token. */
  private readonly sentenceSubjects = new Map<number, { entity: Entity; start: number; end: number }>();
  /** The people the paragraph's narration has as subjects of a verb, in reading order (their name's offsets). */
  private readonly personSubjects: Array<{ entity: Entity; start: number; end: number }> = [];
  /** The paragraph being read is the story's first of prose. */
  private lede = false;
  /** The paragraph's last frame read whose speaker is a person named before the cue: the cue's last token, and the speaker. */
  private lastSpeaker: { cueEnd: number; entity: Entity } | null = null;
  /** A speaker whom the subject of what they said has displaced as whom `he` or `she` means, until their sentence ends. */
  private displacedSpeaker: Entity | null = null;
  /** The paragraph's reported clauses, by the last token of their frame's cue (see noteSubject: whom a clause names is no new topic past its sentence). */
  private readonly reportedClauses = new Map<number, { start: number; end: number }>();

  /** Whether the offset `at` lies in the clause reported by the frame whose cue ends at token `cueEnd`. */
  private insideReportedClause(cueEnd: number, at: number): boolean {
    const d = this.reportedClauses.get(cueEnd);
    return !!d && d.start <= at && at < d.end;
  }
  /** Paragraphs opening with `Q:` and `A:`: an interview in questions and answers when the article has both. */
  private questions = 0;
  private answers = 0;
  /** Who answered the interview's first question: every answer is theirs. */
  private interviewee: Entity | null = null;
  /** The paragraphs answering an interview's questions printed without `Q:` and `A:` (see findUnlabelledAnswers), if any. */
  private unlabelledAnswers: Set<number> | null = null;
  /** Paragraphs open with a speaker's name in capitals and a colon (`MARSH: …`), a name more than once: a transcript. */
  private transcript = false;
  private labelsSeen: Set<string> | null = null;
  /** Mixed-case labels opening paragraphs (`Marcus Ellery:`, `Ellery:`), by their last word: how often, and whether once in full. */
  private mixedLabels: Map<string, { times: number; full: boolean }> | null = null;
  /** The speaker of the frame resolved last, by its cue's token among the paragraph's tokens (see questionerBefore). */
  private cueSpeaker: { tokens: Token[]; cue: number; entity: Entity } | null = null;
  /** The byline's writer, once looked for. */
  private writer: Entity | null = null;

  constructor(private readonly text: string, private readonly id: string, private readonly paragraphs: Paragraph[]) {
    this.registry = new EntityRegistry(text);
    this.structure = findStructure(text, paragraphs);
    if (this.structure.dateline?.location) this.registry.noteDatelinePlace(this.structure.dateline.location);
    this.punctuation = findPunctuation(text, paragraphs);
    this.quotes = findQuotations(text, paragraphs, this.punctuation.marks);
  }

  run(): Analysis {
    // the prose paragraphs and what reading each needs
    const plans: ParagraphPlan[] = [];
    let qi = 0, cover = 0;
    for (let pi = 0; pi < this.paragraphs.length; pi++) {
      const p = this.paragraphs[pi];
      const paraQuotes: Quotation[] = [];
      while (qi < this.quotes.length && this.quotes[qi].paragraph <= pi) {
        if (this.quotes[qi].paragraph === pi) paraQuotes.push(this.quotes[qi]);
        qi++;
      }
      // the first quotation that reaches this paragraph (quotations are sorted and never overlap)
      while (cover < this.quotes.length && this.quotes[cover].lastParagraph < pi) cover++;
      if (this.structure.nonProse.has(pi)) continue;
      if (isLinkLine(this.text, p)) continue;
      // a subheading that is a quote repeats the body; its reported speech (`Witness says …`) still counts
      const subheading = isSubheading(this.text, p);
      const quotes = subheading ? paraQuotes.filter(q => (q.end - q.start) * 10 < (p.end - p.start) * 7) : paraQuotes;
      plans.push({ index: pi, paragraph: p, quotes, cover, subheading });
      const mark = interviewMark(this.text, p);
      if (mark === 'Q') this.questions++;
      else if (mark === 'A') this.answers++;
      else {
        // a transcript's speakers speak more than once; section labels (`ENERGY:`, `CURRENCIES:`) each open one paragraph
        const label = transcriptLabelEnd(this.text, p);
        if (label >= 0) {
          const surname = /\S+$/.exec(this.text.slice(p.start, label))![0];
          const seen = (this.labelsSeen ??= new Set()).has(surname);
          if (seen) this.transcript = true; else this.labelsSeen.add(surname);
        } else {
          // (`Marcus Ellery: …` then `Ellery: …`: a transcript's labels in mixed case, a name written in full once and again by its last word)
          const mixed = mixedLabelEnd(this.text, p);
          if (mixed >= 0) {
            const words = this.text.slice(p.start, mixed).trim().split(/\s+/);
            const surname = words[words.length - 1];
            const counts = (this.mixedLabels ??= new Map());
            const known = counts.get(surname) ?? { times: 0, full: false };
            known.times++;
            known.full ||= words.length > 1;
            counts.set(surname, known);
          }
        }
      }
    }
    this.findUnlabelledAnswers(plans);
    // names are learnt from the whole article before any speaker is resolved. A long article's
    // readings (a token object per word) are not kept between the two passes but read again:
    // kept, they outlive the young generation and the collector copies and marks them over and
    // over, which made a large document cost several times as much per character as small ones
    // (a single paragraph is live through both passes anyway: reading it again would only cost)
    const keep = this.text.length <= KEEP_READINGS_UP_TO || plans.length === 1;
    const readings: ParagraphReading[] = [];
    for (const plan of plans) {
      const r = this.read(plan);
      this.learnNames(r);
      if (keep) readings.push(r);
    }
    this.headlineClaim();
    let previous: Attribution | null = null;
    for (let k = 0; k < plans.length; k++) {
      this.lede = k === 0;
      // (`Q. Will it get better?`: in an interview a question is no narration about anyone; the answer after it is the
      // interviewee's, whom the narration before named)
      const question = this.questions && this.answers ? interviewMark(this.text, plans[k].paragraph) === 'Q' : false;
      const topic = this.topic;
      previous = this.attribute(keep ? readings[k] : this.read(plans[k]), previous);
      if (question) this.topic = topic;
    }
    this.headlineTitleHolder();
    this.possessedRoleHolders();
    return this.assemble();
  }

  /**
   * `John Doe: The Plan Is Dead.`: a headline naming a speaker before a colon reports what they said. A kicker
   * (`The Latest:`, `ANALYSIS:`) or a longer phrase before the colon is no speaker.
   */
  private headlineClaim(): void {
    let h = this.structure.headline;
    if (!h) return;
    // (`Exclusive — Rep. Kirchner: GOP Leadership 'Surrendered'`: a kicker set off by a dash labels the headline after it)
    const kicker = DASHED_KICKER.exec(h.text);
    if (kicker) h = span(this.text, h.start + kicker[0].length, h.end);
    const colon = h.text.indexOf(':');
    if (colon < 2 || colon > 60) { if (!this.headlineSaysAfter(h)) this.headlineSays(h); return; }
    // (`Q&A: Rights chief says detention 'is the default'`, `Analysis: …`: a kicker labels the headline after it)
    if (HEADLINE_KICKERS.has(h.text.slice(0, colon).trim().toLowerCase())) {
      const [start, end] = trimRange(this.text, h.start + colon + 1, h.end);
      if (end > start) {
        const rest = span(this.text, start, end);
        if (!this.headlineSaysAfter(rest)) this.headlineSays(rest);
      }
      return;
    }
    // (`Floods kill 9 in valley: police`, `'We waited for a boat': migrants on the quay`: the claim, then who makes it)
    if (this.headlineSpeakerAfterColon(h, h.text.lastIndexOf(':'))) return;
    const tokens = tokenize(this.text, h.start, h.start + colon);
    // (`Ireland captain O’Sullivan: …`: a lower-case title word may stand in the role before the name)
    if (!tokens.length || tokens.length > 5 || tokens.some(t => (!t.cap && (t.lists & IN_TITLE_WORDS) === 0) || (t.end - t.start > 1 && !/\p{Ll}/u.test(this.text.slice(t.start, t.end))))) return;
    if (HEADLINE_KICKERS.has(this.text.slice(tokens[0].start, tokens[tokens.length - 1].end).toLowerCase())) return;
    const phrase = phraseEndingAt(this.text, tokens, tokens.length - 1, 0);
    // (`Police: Man shot outside store`, `Sheriff: Deputies recover stolen tractors`: a noun of people or of a post alone is who says it)
    // (a post's title names the one person the story gives it, and no one else: `Sheriff` is no new speaker)
    if (phrase && phrase.kind === 'description' && tokens.length === 1 && (tokens[0].lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) !== 0) {
      const [start, end] = trimRange(this.text, h.start + colon + 1, h.end);
      const holder = (tokens[0].lists & IN_TITLE_WORDS) !== 0 ? this.registry.personByTitle('the ' + tokens[0].lower) : null;
      if (!/\?["”’']?$/.test(this.text.slice(start, end)) && (holder || (tokens[0].lists & IN_TITLE_WORDS) === 0)) this.headlineStatement(h, phrase, start, end, null, 'indirect', holder);
      return;
    }
    if (!phrase || phrase.kind !== 'name' || phrase.start !== tokens[0].start) return;
    // a speaker is named again in the story; a kicker (`Bombshell:`, `Wow:`) is not
    const last = tokens[tokens.length - 1];
    if (this.timesWritten(this.text.slice(last.start, last.end)) < 2) return;
    // (`Golf: Saskatoon's Ryan Bellamy wins …` over a story naming Golf Canada: one word a body's name opens is a section's label)
    if (tokens.length === 1 && this.registry.lookup(this.text.slice(last.start, last.end))?.kind === 'organization') return;
    const [start, end] = trimRange(this.text, h.start + colon + 1, h.end);
    // (`Ted Cruz: Constitutional conservative or career politician?`: a question about the person names no claim of theirs)
    if (/\?["”’']?$/.test(this.text.slice(start, end))) return;
    // (`Trump: “I will win”`, `O’Sullivan: ‘We let ourselves down’`: words in quotation marks after the colon are quoted)
    if (end - start > 2 && OPENING_MARK.test(this.text[start]) && CLOSING_MARK.test(this.text[end - 1]) && !/[“”"‘’]/.test(this.text.slice(start + 1, end - 1).replace(/(?<=\p{L})’(?=\p{L})/gu, ''))) {
      this.headlineStatement(h, phrase, start + 1, end - 1, null, 'direct');
      return;
    }
    this.headlineStatement(h, phrase, start, end, null);
  }

  /** The statement of a post embedded in the paragraph `r` (see Embed), without the links a post ends with; its signer's. */
  private embeddedPost(r: ParagraphReading, embed: Embed): Attribution | null {
    const text = this.text;
    let end = embed.textEnd;
    // (`… this. pic.twitter.com/x7Kq2LmN9p`, `https://t.co/…`: the links a post ends with)
    const link = TRAILING_LINKS.exec(text.slice(Math.max(r.start, end - 200), end));
    if (link) end -= link[0].length;
    let from = Math.max(r.start, proseStart(this.structure.dateline, this.paragraphs[r.index]));
    // (`<tweet id="…">…`: markup a copied page left before the post's words)
    const tag = LEADING_TAG.exec(text.slice(from, Math.min(end, from + 300)));
    if (tag) from += tag[0].length;
    const [start, stop] = trimRange(text, from, end);
    const signer = tokenize(text, embed.nameStart, embed.nameEnd);
    if (stop - start < 2 || !signer.length) return null;
    const phrase = phraseEndingAt(text, signer, signer.length - 1, 0);
    if (!phrase || phrase.kind === 'pronoun') return null;
    const entity = phrase.kind === 'name' ? this.registry.resolveName(phrase) : this.registry.resolveDescription(phrase);
    const who: Attribution = { entity, mention: span(text, phrase.start, phrase.end), cue: null, inherited: false };
    this.drafts.push({ kind: 'pullquote', paragraph: r.index, start, end: stop, frame: null, who, confidence: 0.7 });
    return who;
  }

  /**
   * `Tarnow Mills shares fell after its chief executive said …`, then `Chief Executive Lena Moss said …`: someone described by a
   * possessive and a post is the one person the story names with that post (the name often comes after, in a lede). Read once the story is.
   */
  private possessedRoleHolders(): void {
    for (const d of this.drafts) {
      const e = d.who?.entity;
      if (!e || e.kind !== 'person' || !e.described) continue;
      const m = POSSESSED_ROLE.exec(e.name);
      if (!m || !TITLE_WORDS.has(m[1].slice(m[1].lastIndexOf(' ') + 1).toLowerCase())) continue;
      const holder = this.onePersonWithRole(m[1].toLowerCase());
      if (holder) d.who = { ...d.who!, entity: holder };
    }
  }

  /** People the story names with each role (lower case), indexed once the story is read (see onePersonWithRole). */
  private holdersByRole: Map<string, Entity[]> | null = null;

  /** The one person (named, not described) the story gives the role `role` (lower case), or null when none or several have it. */
  private onePersonWithRole(role: string): Entity | null {
    if (!this.holdersByRole) {
      this.holdersByRole = new Map();
      for (const p of this.registry.entities) {
        if (p.kind !== 'person' || p.described || !p.role) continue;
        const key = p.role.toLowerCase();
        const list = this.holdersByRole.get(key);
        if (list) list.push(p); else this.holdersByRole.set(key, [p]);
      }
    }
    const holders = this.holdersByRole.get(role);
    return holders && holders.length === 1 ? holders[0] : null;
  }

  /**
   * `Coach Says Star Will Miss Playoffs`, `Senator denies report …`: a headline's speaker named only by a title is the person the
   * story gives that title (`Coach Dan Pryor`, `Sen. Paul Ricci`), the first it names so; one described by a role of several words
   * (`Ireland captain`) is the one person the story gives that role. Read once the story is.
   */
  private headlineTitleHolder(): void {
    const h = this.structure.headline;
    if (!h) return;
    for (const d of this.drafts) {
      if (d.start < h.start || d.end > h.end) continue;
      const titled = d.who?.entity;
      if (!titled || titled.kind !== 'person' || titled.role) continue;
      const title = titled.lowerName;
      if (TITLE_WORDS.has(title)) {
        const holder = this.registry.entities.find(e => e !== titled && e.kind === 'person' && !!e.role && roleHoldsTitle(e.role, title));
        if (holder) d.who = { ...d.who!, entity: holder };
      } else if (titled.described) {
        // (`‘We were not good enough’, says Ireland captain`: the one person the story gives that whole role)
        const holder = this.onePersonWithRole(title);
        if (holder) d.who = { ...d.who!, entity: holder };
      }
    }
  }

  /** The claim text[start, end) a headline reports of the speaker it opens with, if it holds two words or more. */
  /**
   * `Floods kill 9 in valley: police`, `'We waited for a boat that never came': migrants on the quay`: a claim before the headline's last
   * colon and a short speaker after it (people, a body or a document by its noun, or a name the story writes again). Whether it found one.
   */
  private headlineSpeakerAfterColon(h: Span, colon: number): boolean {
    if (colon < 8) return false;
    // (`WSJ editorial: 'Deport Nikki Haley.'`: words quoted after the colon are the claim)
    const [tailStart] = trimRange(this.text, h.start + colon + 1, h.end);
    if (OPENING_MARK.test(this.text[tailStart] ?? '') || this.text.charCodeAt(tailStart) === 39) return false;
    const tokens = tokenize(this.text, h.start + colon + 1, h.end);
    if (!tokens.length || tokens.length > 5) return false;
    let head = tokens[0];
    if ((head.lists & IN_DETERMINERS) !== 0 && tokens.length > 1) head = tokens[1];
    const people = !head.cap && (head.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) !== 0;
    let phrase: MentionPhrase | null;
    if (people) {
      // (the noun and where they are: `migrants on the quay`)
      const k = tokens.indexOf(head);
      phrase = { start: tokens[0].start, end: tokens[tokens.length - 1].end, nameStart: tokens[0].start, nameEnd: head.end, role: null, kind: 'description', gender: null };
      if (k + 1 < tokens.length && !/^(on|in|at|from|of)$/.test(tokens[k + 1].lower)) return false;
    } else {
      phrase = phraseEndingAt(this.text, tokens, tokens.length - 1, 0);
      if (!phrase || phrase.kind !== 'name' || phrase.start !== tokens[0].start) return false;
      const last = tokens[tokens.length - 1];
      if (this.timesWritten(this.text.slice(last.start, last.end)) < 2) return false;
    }
    let [start, end] = trimRange(this.text, h.start, h.start + colon);
    if (end - start < 8) return false;
    const quoted = OPENING_MARK.test(this.text[start]) && CLOSING_MARK.test(this.text[end - 1]);
    if (quoted) [start, end] = [start + 1, end - 1];
    this.headlineStatement(h, phrase, start, end, null, quoted ? 'direct' : 'indirect');
    return true;
  }

  private headlineStatement(h: Span, phrase: MentionPhrase, start: number, end: number, cue: Span | null, kind: StatementKind = 'indirect', known: Entity | null = null): void {
    if (countWords(this.text, start, end) < 2) return;
    const paragraph = this.paragraphs.findIndex(p => p.start <= h.start && h.start < p.end);
    const entity = known ?? (phrase.kind === 'name' ? this.registry.resolveName(phrase) : this.registry.resolveDescription(phrase));
    this.drafts.push({ kind, paragraph, start, end, frame: null, confidence: 0.6,
      who: { entity, mention: span(this.text, phrase.start, phrase.end), cue, inherited: false } });
  }

  /**
   * `Premier Haugland defends wildfire response, says province will review alerts`: a name the story writes again opens the headline, and
   * the clause after `, says` (tokens[0]) is theirs. Whether it found one.
   */
  private headlineSubjectSays(h: Span, tail: Token[]): boolean {
    const tokens = tokenize(this.text, h.start, tail[0].start);
    let e = 0;
    while (e + 1 < tokens.length && e < 5 && tokens[e + 1].cap && spaceBetween(this.text, tokens[e], tokens[e + 1])) e++;
    if (e + 1 >= tokens.length || tokens[e + 1].cap || !/^[a-z]{3,}s$/.test(tokens[e + 1].lower)) return false;
    const phrase = phraseEndingAt(this.text, tokens, e, 0);
    if (!phrase || phrase.kind !== 'name' || phrase.start !== tokens[0].start) return false;
    const last = this.text.slice(phrase.nameStart, phrase.nameEnd).split(/\s+/).pop() ?? '';
    if (this.timesWritten(last) < 2) return false;
    const [start, end] = trimRange(this.text, tail[1].start, h.end);
    this.headlineStatement(h, phrase, start, end, span(this.text, tail[0].start, tail[0].end));
    return true;
  }

  /**
   * `Trump Could Address Clean Energy, Lindsey Graham Says`, `‘We will not back down,’ says union chief`: a headline whose
   * claim comes first, then a comma and its speaker with a verb of saying, before or after them. Whether it found one.
   */
  private headlineSaysAfter(h: Span): boolean {
    const comma = h.text.lastIndexOf(',');
    if (comma < 8) return false;
    const tokens = tokenize(this.text, h.start + comma + 1, h.end);
    if (tokens.length < 2 || tokens.length > 7) return false;
    // (what follows the speaker and its verb is no more than the headline's end: `, says union chief as strike goes on` is
    // read to its verb and speaker only)
    let phrase: MentionPhrase | null = null, verb = -1;
    // (`Council overspent by millions, watchdog finds`: after the claim, finding is saying)
    const says = (w: string) => HEADLINE_SAYS.has(w) || w === 'finds' || w === 'find';
    if (HEADLINE_SAYS.has(tokens[0].lower)) {
      verb = 0;
      // (the speaker's words run to a preposition or a joiner: `says union chief as strike goes on`)
      let e = 1;
      while (e + 1 < tokens.length && (tokens[e + 1].lists & (IN_NOT_VERBS | IN_AUXILIARIES)) === 0 && spaceBetween(this.text, tokens[e], tokens[e + 1])) e++;
      // (`Premier Haugland defends wildfire response, says province will review alerts`: a clause after `says`, the headline's subject its speaker)
      if (e + 1 < tokens.length && (tokens[e + 1].lists & IN_AUXILIARIES) !== 0) return this.headlineSubjectSays(h, tokens);
      phrase = phraseEndingAt(this.text, tokens, e, 1);
      if (phrase && phrase.start !== tokens[1].start) return false;
    } else {
      for (let k = 1; k < tokens.length && verb < 0; k++) if (says(tokens[k].lower)) verb = k;
      if (verb < 0 || !/^[\s.;]*$/.test(this.text.slice(tokens[verb].end, h.end))) return false;
      phrase = phraseEndingAt(this.text, tokens, verb - 1, 0);
      if (phrase && phrase.start !== tokens[0].start) return false;
    }
    if (!phrase || phrase.kind === 'pronoun') return false;
    for (let m = 1; m <= Math.max(verb, 1) && m < tokens.length; m++) if (!spaceBetween(this.text, tokens[m - 1], tokens[m])) return false;
    // (in headline case a name is one the story writes again, not any capitalised words)
    // (or in capitals, as a dateline writes a place, `Seoul` and `SEOUL`; or a body's noun ends it, `Finance Department`)
    if (phrase.kind === 'name') {
      const last = this.text.slice(phrase.nameStart, phrase.nameEnd).split(/\s+/).pop() ?? '';
      // (`…, WHO says` over a story naming the World Health Organization: initials of a body the story names in full)
      if (this.timesWritten(last) + (last !== last.toUpperCase() ? this.timesWritten(last.toUpperCase()) : 0) < 2 && (listsOf(last.toLowerCase()) & IN_ORG_NOUNS) === 0 &&
        !(/^[A-Z]{2,6}$/.test(last) && phrase.nameStart === phrase.start && this.registry.lookup(last)?.kind === 'organization')) return false;
    }
    let [start, end] = trimRange(this.text, h.start, h.start + comma);
    // (`‘We will not back down,’ says …`: a claim in quotation marks is a direct quote, its comma inside the marks)
    // (a straight apostrophe too, at both ends of the claim)
    const mark = (at: number) => isQuoteMarkCode(this.text.charCodeAt(at)) || this.text.charCodeAt(at) === 39;
    const closed = mark(h.start + comma + 1) ? h.start + comma + 1 : end - 1;
    const quoted = end - start > 2 && mark(start) && mark(closed);
    if (quoted) [start, end] = [start + 1, closed];
    this.headlineStatement(h, phrase, start, end, span(this.text, tokens[verb].start, tokens[verb].end), quoted ? 'direct' : 'indirect');
    return true;
  }

  /**
   * `Rubio Says Abandoning Reform Was a Mistake`, `Mayor says bridge will reopen`: a headline opening with a speaker
   * and a verb of saying reports the rest, in headline case or not.
   */
  private headlineSays(h: Span): void {
    const tokens = tokenize(this.text, h.start, h.end);
    for (let k = 1; k < tokens.length - 2 && k <= 6; k++) {
      if (!HEADLINE_SAYS.has(tokens[k].lower)) continue;
      // the speaker runs from the headline's start to the verb, with nothing but spaces inside it
      // (`Bridge shut as army says 5 killed in blast`: or from a subordinator after the headline's own clause)
      let opens = 0;
      for (let m = k - 1; m >= 1 && m >= k - 4; m--) if (/^(as|after|while|when)$/.test(tokens[m].lower) && !tokens[m].cap) { opens = m + 1; break; }
      for (let m = opens + 1; m <= k; m++) if (!spaceBetween(this.text, tokens[m - 1], tokens[m])) return;
      if (opens >= k) return;
      const phrase = phraseEndingAt(this.text, tokens, k - 1, opens);
      if (!phrase || phrase.start !== tokens[opens].start || phrase.kind === 'pronoun') return;
      // (`Former Clinton Pollster Says …`: in headline case a name is one the story writes again, not any capitalised words)
      const last = tokens[k - 1];
      if (phrase.kind === 'name' && this.timesWritten(this.text.slice(last.start, last.end)) < 2) return;
      // (`Memo warns of shortage`: a preposition after the verb reports no claim)
      if (/^(of|about|against|on|over|for|with|to)$/.test(tokens[k + 1].lower)) return;
      const from = tokens[k + 1].lower === 'that' ? k + 2 : k + 1;
      // (`Sudan's army says it retook key town; UN warns of famine`, `Kremlin says no plans for mobilisation, dismisses reports as …`: the
      // claim ends at a semicolon, or at a comma before the subject's next verb)
      let stop = h.end;
      for (let m = from + 1; m < tokens.length; m++) {
        const gap = this.text.slice(tokens[m - 1].end, tokens[m].start);
        if (gap.includes(';') || (gap.includes(',') && m + 1 < tokens.length && HEADLINE_NEXT_VERBS.has(tokens[m].lower))) {
          stop = tokens[m - 1].end;
          break;
        }
      }
      let [start, end] = trimRange(this.text, tokens[from].start, stop);
      if (end > start && this.text.charCodeAt(end - 1) === 46 && !/\.\p{L}\.$|\b\p{Lu}\.$/u.test(this.text.slice(Math.max(start, end - 4), end))) end--;
      this.headlineStatement(h, phrase, start, end, span(this.text, tokens[k].start, tokens[k].end));
      return;
    }
  }

  private read({ index, paragraph: p, quotes, cover, subheading }: ParagraphPlan): ParagraphReading {
    const text = this.text;
    const start = proseStart(this.structure.dateline, p);
    const tokens = tokenize(text, start, p.end);
    // the per-token arrays are made at their final length and every slot is filled: growing them by
    // push reallocates each a few times a paragraph
    const n = tokens.length;
    const inQuote: number[] = new Array<number>(n);
    // quotations covering this paragraph, including one continued from an earlier paragraph
    const all = this.quotes;
    let ci = cover;
    for (let k = 0; k < n; k++) {
      const t = tokens[k];
      while (ci < all.length && all[ci].end <= t.start) ci++;
      inQuote[k] = ci < all.length && all[ci].start <= t.start && t.start < all[ci].end ? 1 : 0;
    }
    const sentences = splitSentences(text, start, p.end, all, cover, this.punctuation.stops);
    const sentenceStart: number[] = new Array<number>(n);
    const sentenceEnd: number[] = new Array<number>(n);
    let k = 0;
    for (const s of sentences) {
      const a = k;
      while (k < n && tokens[k].start < s.end) k++;
      for (let m = a; m < k; m++) { sentenceStart[m] = a; sentenceEnd[m] = k - 1; }
    }
    for (; k < n; k++) { sentenceStart[k] = k; sentenceEnd[k] = k; }
    return { index, start, end: p.end, tokens, inQuote, sentenceStart, sentenceEnd, quotes, subheading };
  }

  private capitalisedWords: Map<string, number> | null = null;

  /** How often a capitalised word is written in the article; counted in one pass, the first time it is asked. */
  private readonly timesWritten = (word: string): number => {
    if (!this.capitalisedWords) {
      const counts = new Map<string, number>();
      for (const m of this.text.matchAll(CAPITALISED_WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
      this.capitalisedWords = counts;
    }
    return this.capitalisedWords.get(word) ?? 0;
  };

  /** Keeps the topic, the person the narration is about, into paragraph `r` when tokens[k] is `he` or `she` of their gender, a verb's subject. */
  private carryTopic(r: ParagraphReading, k: number): void {
    const { tokens, inQuote } = r;
    const w = tokens[k].lower;
    const gender = w === 'he' ? 'm' : w === 'she' ? 'f' : null;
    if (!gender || this.topic!.entity.gender !== gender || k + 1 >= tokens.length || tokens[k + 1].cap || inQuote[k + 1] || !spaceBetween(this.text, tokens[k], tokens[k + 1])) return;
    this.topic = { entity: this.topic!.entity, paragraph: r.index };
  }

  /** Learns full names (with their titles) so that short forms resolve to them. */
  private learnNames(r: ParagraphReading): void {
    const { tokens } = r;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!t.cap || (t.lists & IN_NOT_NAME_WORDS) !== 0 || r.inQuote[k]) continue;
      let e = k;
      // (`The Alberta Teachers' Association`: past a plural's possessive mark before a body's noun)
      // (`Fenella Dray's The Glass Orchard`: a possessive ends the owner's name; the capitals after it name something of theirs)
      while (e + 1 < tokens.length && e < k + 12 && tokens[e + 1].cap && (spaceBetween(this.text, tokens[e], tokens[e + 1]) || pluralMarkInName(this.text, tokens, e + 1)) && !r.inQuote[e + 1] &&
        !(e > k && isPossessive(tokens[e].lower) && tokens[e].end - tokens[e].start > 2)) e++;
      // (`Tom and Grace Lee reopened …`: two given names sharing the surname after the second; Tom is Tom Lee)
      if (e === k && (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 && k + 3 < tokens.length && tokens[k + 1].lower === 'and' &&
        (tokens[k + 2].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 && tokens[k + 2].cap && tokens[k + 3].cap && (tokens[k + 3].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES | IN_NOT_NAME_WORDS)) === 0 &&
        spaceBetween(this.text, t, tokens[k + 1]) && spaceBetween(this.text, tokens[k + 1], tokens[k + 2]) && spaceBetween(this.text, tokens[k + 2], tokens[k + 3]) &&
        (k + 4 >= tokens.length || !tokens[k + 4].cap || !spaceBetween(this.text, tokens[k + 3], tokens[k + 4]))) {
        this.registry.learnNameSharingSurname(this.text.slice(t.start, t.end), this.text.slice(tokens[k + 3].start, tokens[k + 3].end));
      }
      // `Marguerite "Peg" Olsen`: a given name, a nickname in quotation marks, a surname
      const nicknamed = e === k ? this.nicknamedNameEnd(r, k) : -1;
      if (nicknamed > 0) {
        this.registry.learnName(t.start, tokens[nicknamed].end, null, null, tokens, k);
        this.nameRuns.push(t.start, tokens[nicknamed].end);
        k = nicknamed;
        continue;
      }
      let phrase: MentionPhrase | null;
      const last = tokens[e];
      if (isPossessive(last.lower) && last.end - last.start > 2) {
        // `Elon Musk’s company`: a name in the possessive is still a name the article knows
        const lower = internalized(last.lower.slice(0, -2));
        tokens[e] = { start: last.start, end: last.end - 2, lower, cap: true, lists: listsOf(lower) };
        phrase = phraseEndingAt(this.text, tokens, e, Math.max(0, k - 6));
        tokens[e] = last;
      } else phrase = phraseEndingAt(this.text, tokens, e, Math.max(0, k - 6));
      if (phrase && phrase.kind === 'name') {
        this.nameRuns.push(phrase.nameStart, phrase.nameEnd);
        let entity: Entity | null = null;
        const first = tokenStartingAt(tokens, e, phrase.nameStart);
        // (`drug maker Lakeshore Biologics`: whether the article gave the name to a person before it is learnt here)
        // (`the developer, Victor Pryce,`: not a name a given name opens, a person's)
        const company = !phrase.role && companyNamedAfter(this.text, tokens, first) && !(first >= 0 && first < e && isGivenName(tokens[first]));
        const personBefore = company && this.registry.lookup(this.text.slice(phrase.nameStart, phrase.nameEnd))?.kind === 'person';
        if (phrase.nameEnd - phrase.nameStart > 0 && phrase.nameStart !== tokens[e].start) {
          entity = this.registry.learnName(phrase.nameStart, phrase.nameEnd, phrase.role, phrase.gender, first >= 0 ? tokens : null, first);
        }
        if ((!entity || entity.kind !== 'organization') && !phrase.role && this.writtenAsOrganization(r, k, e, phrase, entity)) this.registry.learnOrganization(phrase.nameStart, phrase.nameEnd);
        // (`budget carrier SkyHop`: a kind of company before a name; `the company` means it next only if the story is about it)
        // (`One label Rubio resists`: not a name the article gives a person)
        else if ((!entity || entity.kind !== 'organization') && company && !personBefore) {
          const org = this.registry.learnOrganization(phrase.nameStart, phrase.nameEnd, storyOrganization(r, first, k, e, this.text));
          // (`a network Russia has financed`: after `a`, a relative clause's subject, no name of the network)
          const indefinite = first >= 2 && (tokens[first - 2].lower === 'a' || tokens[first - 2].lower === 'an');
          this.registry.noteCompany(phrase.nameStart, phrase.nameEnd, org, indefinite ? null : tokens[first - 1].lower);
        }
        // (`SkyCast did not respond …. The company said …`: a brand's one-word name opening its sentence is the story's organization)
        else if (!entity && first === e && phrase.nameStart === tokens[e].start && opensSentence(r, first) && e + 1 < tokens.length && !tokens[e + 1].cap &&
          isBrandWord(this.text.slice(phrase.nameStart, phrase.nameEnd))) this.registry.learnOrganization(phrase.nameStart, phrase.nameEnd);
        else {
          // (`Zipline's chief operating officer`: a one-word name learnt before as an organization's is the story's too when it opens a sentence)
          // (looked up only where it can matter: a one-word name opening its sentence)
          const known = entity ?? (first === e && phrase.nameStart === tokens[e].start && opensSentence(r, first) ? this.registry.lookup(this.text.slice(phrase.nameStart, phrase.nameEnd)) : null);
          if (known && known.kind === 'organization' && (storyOrganization(r, first, k, e, this.text) || (first === e && !entity))) this.registry.noteOrganization(phrase.nameStart, known);
        }
      }
      k = e;
    }
  }

  /**
   * Whether the name at tokens[k..e] is written as an organization: `the Toronto Raptors` (a plural name
   * after `the`), or a subject that `its` refers back to (`Tesla posted a video to its feed`).
   */
  private writtenAsOrganization(r: ParagraphReading, k: number, e: number, phrase: MentionPhrase, learned: Entity | null): boolean {
    const { tokens } = r;
    if (phrase.nameStart !== tokens[k].start || (tokens[k].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return false;
    const last = tokens[e].lower;
    // `Northwind Foods Inc`, `Maple Securities Ltd.`: a company's legal suffix
    if (e > k && CORPORATE_SUFFIXES.has(last)) return true;
    // `Snapframe, the photo-editing app maker, is …`: an appositive naming what kind of organization it is
    // (`Crisis, another homelessness charity, said`)
    if (e + 2 < tokens.length && this.text.slice(tokens[e].end, tokens[e + 1].start) === ', ' && /^(the|a|an|another)$/.test(tokens[e + 1].lower)) {
      for (let m = e + 2; m < tokens.length && m <= e + 6; m++) {
        // (`Mateo Rubalcava, a senior at the high school,`: the appositive's head comes before its preposition)
        if (!spaceBetween(this.text, tokens[m - 1], tokens[m]) || QUALIFYING_PREPOSITIONS.has(tokens[m].lower)) break;
        if ((tokens[m].lists & IN_ORG_NOUNS) !== 0 && !tokens[m].cap) return m + 1 < tokens.length && hasComma(this.text, tokens[m].end, tokens[m + 1].start);
      }
    }
    // (`Doctors Nova Scotia, which represents the province's physicians,`: a relative clause with `which` is on a thing or a body)
    // (`Unison, which represents healthcare assistants,`: a one-word name too, unless a person has it: `defend Trump, which has sparked …`
    // is on the whole clause)
    if (e + 2 < tokens.length && this.text.slice(tokens[e].end, tokens[e + 1].start) === ', ' && tokens[e + 1].lower === 'which' && !isPossessive(last) &&
      (e > k || !this.isOtherPerson(this.registry.lookupWords(tokens, e, tokens[e].end), learned))) return true;
    // `Teneo clients`, `Halvard shareholders`: a name that has clients or shareholders is a business's
    // (`for Chinese customers`: a nationality's people are no business's)
    if (e + 1 < tokens.length && BUSINESS_PEOPLE.has(tokens[e + 1].lower) && spaceBetween(this.text, tokens[e], tokens[e + 1]) && !isPossessive(last) &&
      !(e === k && (tokens[k].lists & IN_NATIONALITIES) !== 0)) return true;
    // `the Toronto Raptors have`, not `the Sanders campaign` or a known person's surname
    if (k > 0 && tokens[k - 1].lower === 'the' && e - k < 3 && /[^s'’]s$/.test(last) && last.length > 3) {
      const after = e + 1 < tokens.length && spaceBetween(this.text, tokens[e], tokens[e + 1]) ? tokens[e + 1] : null;
      // (`beat the Portland Ravens 3-2`: a score after the name)
      if ((after === null || (after.lists & (IN_NOT_NAME_WORDS | IN_AUXILIARIES | IN_CUE_FILLERS | IN_SPEECH_VERBS)) !== 0 || /ed$/.test(after.lower) || /^\d/.test(after.lower)) &&
        !this.isOtherPerson(this.registry.lookupWords(tokens, e, tokens[e].end), learned)) return true;
    }
    // the subject of its sentence, then `its` before any other name or organization noun
    if (k !== r.sentenceStart[k] && !(k - 1 === r.sentenceStart[k] && tokens[k - 1].lower === 'the')) return false;
    for (let m = e + 1; m <= r.sentenceEnd[e] && m <= e + 14; m++) {
      const w = tokens[m].lower, lists = tokens[m].lists;
      if (w === 'its') return true;
      // `Veltrix said Thursday it will cut …`: `it` opening what the name said speaks of the name
      // (`said it was unfair` may be anyone's: `it` before a form of `be` is no evidence; nor is it for a name a person has, nor `it`
      // as the object, `Lee denied it, saying …`)
      if (w === 'it' && m > e + 1 && (tokens[e + 1].lists & IN_SPEECH_VERBS) !== 0 && onlyDaysBetween(tokens, e + 2, m) && !r.inQuote[m] &&
        m + 1 < tokens.length && (tokens[m + 1].lists & IN_BE_FORMS) === 0 && spaceBetween(this.text, tokens[m], tokens[m + 1]) && !this.isOtherPerson(this.registry.lookupWords(tokens, e, tokens[e].end), learned)) return true;
      if (tokens[m].cap && DAYS.has(w)) continue; // (`said Thursday`: a capitalised day names no one)
      // (`Chen said the lander had come down 300 metres from its target`: a reported clause with a subject of its own, whom `its` may mean)
      // (`Tesla posted a video to its feed` is the object's verb; `Veltrix said the company would cut its staff`, the body again)
      if ((w === 'the' || w === 'a') && m + 1 < tokens.length && (tokens[m + 1].lists & IN_ORG_NOUNS) === 0 &&
        (CLAUSE_SAYING.has(tokens[m - 1].lower) || (tokens[m - 1].lower === 'that' && m - 2 > e && CLAUSE_SAYING.has(tokens[m - 2].lower)))) return false;
      if (tokens[m].cap || (lists & IN_ORG_NOUNS) !== 0 || ((lists & IN_SUBJECT_PRONOUNS) !== 0 && PERSON_PRONOUNS.has(w)) || w === 'his' || w === 'her' || r.inQuote[m]) return false;
      if (hasComma(this.text, tokens[m - 1].end, tokens[m].start)) return false; // `Htay Oo, its chairman`
    }
    return false;
  }

  /** `Marguerite "Peg" Olsen`: where a name that opens with a given name at tokens[k], then a nickname in quotation marks, ends; else -1. */
  private nicknamedNameEnd(r: ParagraphReading, k: number): number {
    const { tokens, inQuote } = r;
    if (k + 2 >= tokens.length || !inQuote[k + 1] || inQuote[k + 2] || !tokens[k + 1].cap || !tokens[k + 2].cap || (tokens[k].lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS | IN_TITLE_WORDS)) !== 0) return -1;
    if (!/^\s["“']$/.test(this.text.slice(tokens[k].end, tokens[k + 1].start)) || !/^["”']\s$/.test(this.text.slice(tokens[k + 1].end, tokens[k + 2].start))) return -1;
    let last = k + 2;
    while (last + 1 < tokens.length && last < k + 4 && tokens[last + 1].cap && !inQuote[last + 1] && spaceBetween(this.text, tokens[last], tokens[last + 1])) last++;
    return last;
  }

  private isOtherPerson(found: Entity | null, learned: Entity | null): boolean {
    return !!found && found !== learned && found.kind === 'person';
  }

  /** Finds the statements of one paragraph and who made them. Returns the last attribution. */
  private attribute(r: ParagraphReading, previous: Attribution | null): Attribution | null {
    const text = this.text;
    const { tokens, inQuote, sentenceStart, sentenceEnd } = r;
    // `A: The schedule. Ships wait nine hours …`: an answer in an interview is the interviewee's, whom the
    // article introduced before the questions
    if (this.questions && this.answers && interviewMark(text, { start: r.start, end: r.end }) === 'A') {
      const [start, end] = trimRange(text, interviewMarkEnd(text, r), r.end);
      // (the interviewee answers every question, though the story quotes someone else between two answers)
      const entity = this.interviewee ?? this.topic?.entity ?? previous?.entity ?? null;
      this.interviewee = entity;
      if (end > start && entity) {
        const who: Attribution = { entity, mention: null, cue: null, inherited: true };
        this.drafts.push({ kind: 'direct', paragraph: r.index, start, end, frame: null, who, confidence: 0.6 });
        return who;
      }
    }
    // (`Why did you take this job?` ¶ `Because I was there. …`: after an interview's note of editing, an answer to a question asked in
    // the paragraph before is the interviewee's)
    if (this.unlabelledAnswers?.has(r.index) && !r.quotes.length) {
      const [start, end] = trimRange(text, r.start, r.end);
      const entity = this.interviewee ?? this.topic?.entity ?? null;
      this.interviewee = entity;
      if (end > start && entity) {
        const who: Attribution = { entity, mention: null, cue: null, inherited: true };
        this.drafts.push({ kind: 'direct', paragraph: r.index, start, end, frame: null, who, confidence: 0.55 });
        return who;
      }
    }
    // `MAYOR LINDA MARSH: We have debated this …`: a transcript line is what the named speaker said
    let label = this.transcript ? transcriptLabelEnd(text, r) : -1;
    if (label < 0 && this.mixedLabels) {
      const mixed = mixedLabelEnd(text, r);
      const known = mixed >= 0 ? this.mixedLabels.get(/\S+$/.exec(text.slice(r.start, mixed))![0]) : undefined;
      // (a name labelling two paragraphs or more, written in full once or a person the story named: `Photo: …` or `Update: …` labels
      // none, nor a name heading one section, `Jeb Bush: Student loans …`)
      if (known && known.times >= 2 && (known.full || this.registry.lookup(text.slice(r.start, mixed).trim())?.kind === 'person')) label = mixed;
    }
    if (label >= 0) {
      const labelTokens = tokens.filter(t => t.end <= label);
      const phrase = labelTokens.length ? phraseEndingAt(text, labelTokens, labelTokens.length - 1, 0) : null;
      const [start, end] = trimRange(text, label + 1, r.end);
      if (phrase && phrase.kind === 'name' && end > start) {
        const who: Attribution = { entity: this.registry.resolveName(phrase), mention: span(text, phrase.start, phrase.end), cue: null, inherited: false };
        this.drafts.push({ kind: 'direct', paragraph: r.index, start, end, frame: null, who, confidence: 0.7 });
        return who;
      }
    }
    // `Tonight the Senate chose safety. pic.twitter.com/… — Sen. Maria Cantu (@SenMariaCantu) March 5, 2024`: a post embedded
    // from social media is its signer's words
    const embed = this.structure.embeds.get(r.index);
    if (embed) {
      const posted = this.embeddedPost(r, embed);
      if (posted) return posted;
    }
    const frames = findFrames(text, tokens, inQuote, sentenceStart, sentenceEnd);
    this.sentenceSubjects.clear();
    this.personSubjects.length = 0;
    this.lastSpeaker = null;
    const paraDrafts: Draft[] = [];
    for (let qi = 0; qi < r.quotes.length; qi++) {
      const d = this.quoteDraft(r.quotes[qi], r, frames, qi > 0 ? r.quotes[qi - 1] : null);
      if (d) paraDrafts.push(d);
    }
    const pulls = r.quotes.length ? [] : findPullQuotes(text, tokens, r.start, this.timesWritten);
    let lastReported = -1, lastReportedEnd = -1;
    for (const rc of findReported(text, tokens, frames, inQuote, sentenceStart, sentenceEnd)) {
      const [s, trimmed] = trimRange(text, rc.start, rc.end);
      // (`40 knots (74 km per hour), the operator said`: a parenthesis the clause opens, it closes)
      const e = text.charCodeAt(trimmed) === 41 && opensParenthesis(text, s, trimmed) ? trimmed + 1 : trimmed;
      if (e - s < 8 || (pulls.length && pulls.some(p => p.start < e && s < p.end))) continue;
      if (s === lastReported && e === lastReportedEnd) continue; // two cues reporting one clause
      lastReported = s; lastReportedEnd = e;
      paraDrafts.push({ kind: 'indirect', paragraph: r.index, start: s, end: e, frame: rc.frame, who: null, confidence: 0.7 });
    }
    dropEvidenceInsideReported(paraDrafts, tokens);
    adoptClauseCues(paraDrafts, tokens);
    this.reportedClauses.clear();
    // (a frame set inside what it reports has two clauses, `Nobody got kissed, Gilberthorpe said, but Leeds was …`: their stretch)
    for (const d of paraDrafts) {
      if (d.kind !== 'indirect' || !d.frame) continue;
      const known = this.reportedClauses.get(d.frame.cueEnd);
      this.reportedClauses.set(d.frame.cueEnd, known ? { start: Math.min(known.start, d.start), end: Math.max(known.end, d.end) } : { start: d.start, end: d.end });
    }
    // (`We did not cross the ocean to die of cold.` ¶ `— Emmanuel Asante, asylum seeker from Ghana`: words set apart, signed in the next paragraph)
    if (!paraDrafts.length && !pulls.length && !r.quotes.length && !frames.length) {
      const signed = this.signedInNextParagraph(r);
      if (signed) paraDrafts.push(signed);
    }
    for (const p of pulls) {
      const phrase: MentionPhrase = { start: p.nameStart, end: p.nameEnd, nameStart: p.nameStart, nameEnd: p.nameEnd, role: p.role, kind: 'name', gender: null };
      const entity = this.registry.resolveName(phrase);
      paraDrafts.push({ kind: 'pullquote', paragraph: r.index, start: p.start, end: p.end, frame: null, who: { entity, mention: span(text, p.nameStart, p.nameEnd), cue: null, inherited: false }, confidence: 0.6 });
    }
    // resolve the speakers of the frames that introduce statements, in reading order,
    // noting sentence subjects on the way so that pronouns find their person
    // per frame (by index): whether a statement needs its speaker, and the speaker once resolved
    const used: boolean[] = [], resolved: Array<Attribution | null> = [];
    for (let fi = 0; fi < frames.length; fi++) { used.push(false); resolved.push(null); }
    for (const d of paraDrafts) if (d.frame) used[frameIndex(frames, d.frame)] = true;
    const byPronoun = paraDrafts.filter(d => d.pronoun !== undefined);
    let fi = 0, pi = 0, lastSentence = -1;
    for (let k = 0; k < tokens.length; k++) {
      // a name right after a capitalised function word (`After Wilson-Raybould was …`) still starts a name run
      // (asked only of a capitalised word inside a sentence)
      if (sentenceStart[k] !== lastSentence || (tokens[k].cap && !prevInName(text, tokens, k))) {
        const first = sentenceStart[k] !== lastSentence;
        lastSentence = sentenceStart[k];
        // (`Nedeljkovic picked them out in the crowd. He was excited …`: a sentence opening with `He` or `She` in the
        // paragraph about someone says, weakly, how the article speaks of them)
        if (first && !inQuote[k] && this.topic && this.topic.paragraph === r.index && (tokens[k].lower === 'he' || tokens[k].lower === 'she')) {
          const gender = tokens[k].lower === 'he' ? 'm' : 'f';
          // (`Captain Nneka Obi was sworn in. She takes over from Chief Harold Brandt Jr. … She spoke with the Courier`: a sentence opening with
          // the pronoun of the other gender than the topic's is about the person that pronoun means, who becomes the topic)
          if (this.topic.entity.gender && this.topic.entity.gender !== gender) {
            const meant = this.registry.resolvePronoun(tokens[k].lower, gender);
            if (meant && meant.kind === 'person') this.topic = { entity: meant, paragraph: r.index };
          } else this.registry.notePronounInNarration(this.topic.entity, gender);
        }
        this.noteSubject(tokens, k, inQuote, first, r.index);
      }
      // (`She heard her last case. ¶ In an interview, she spoke at length. ¶ “When I started, …”`: narration going on about the
      // person by `he` or `she` keeps them the topic, whom a quote after it without a speaker is by)
      if ((tokens[k].lists & IN_SUBJECT_PRONOUNS) !== 0 && this.topic && this.topic.paragraph === r.index - 1 && !inQuote[k]) this.carryTopic(r, k);
      // (`The party issued a statement …`: the statement is the party's, when it speaks later)
      if ((tokens[k].lists & IN_DOCUMENT_NOUNS) !== 0 && !tokens[k].cap && !inQuote[k]) this.noteIssuedDocument(r, k, frames, resolved, fi);
      while (fi < frames.length && frames[fi].first <= k) {
        if (used[fi]) {
          resolved[fi] = this.resolve(frames[fi], tokens);
          const speaker = resolved[fi]?.entity;
          // (`In a statement released Tuesday, Ms. Park said …`: the document the sentence opens in is the speaker's)
          const medium = speaker && speaker.kind !== 'unknown' && frames[fi].speakerFirst ? openingDocument(this.text, tokens, sentenceStart[frames[fi].first], frames[fi].first) : -1;
          if (medium >= 0) this.registry.noteDocumentMaker(tokens[medium].lower, speaker!, tokens[medium].start);
          if (frames[fi].speakerFirst && speaker?.kind === 'person') this.lastSpeaker = { cueEnd: frames[fi].cueEnd, entity: speaker };
          if (speaker) this.cueSpeaker = { tokens, cue: frames[fi].cue, entity: speaker };
        }
        // (`Sen. Kristen Gillibrand (D-NY), a supporter …, told host Chris Cuomo she believed …`: a named speaker whose frame
        // reports nothing of its own is still whom the next pronoun means)
        else if (frames[fi].speakerFirst && frames[fi].phrase.kind === 'name' && !frames[fi].according) this.noteNamedSpeaker(frames[fi].phrase, tokens);
        fi++;
      }
      while (pi < byPronoun.length && byPronoun[pi].pronoun! <= k) {
        const d = byPronoun[pi++], t = tokens[d.pronoun!];
        // (`his` or `her` owning a remark means whom `he` or `she` would)
        const he = t.lower === 'he' || t.lower === 'his';
        const entity = this.registry.resolvePronoun(he ? 'he' : 'she', he ? 'm' : 'f');
        if (entity) d.who = { entity, mention: span(text, t.start, t.end), cue: null, inherited: false };
      }
    }
    for (const d of paraDrafts) if (d.frame) d.who = resolved[frameIndex(frames, d.frame)];
    // `He also urged …. But Xi’s comments …`: the next sentence says whose words they were, which
    // outweighs recency in settling who the pronoun stands for
    for (const d of paraDrafts) {
      if (!d.frame || d.frame.phrase.kind !== 'pronoun' || !d.who) continue;
      const owner = this.remarksOwnerAfter(r, d.frame);
      if (owner && owner !== d.who.entity && (!d.frame.phrase.gender || !owner.gender || owner.gender === d.frame.phrase.gender)) {
        d.who = { ...d.who, entity: owner };
        this.registry.noteSubject(owner);
      }
    }
    if (!startsInOrder(paraDrafts)) paraDrafts.sort((a, b) => a.start - b.start);
    // quotations without attribution of their own continue a neighbour's: the previous attributed
    // statement of the paragraph, else the next attributed quotation, else the previous paragraph's
    const own = (d: Draft) => !!(d.who && d.who.entity && !d.who.inherited);
    const nextQuote: Array<Attribution | null> = [];
    for (let k = 0; k < paraDrafts.length; k++) nextQuote.push(null);
    for (let k = paraDrafts.length - 2; k >= 0; k--) {
      const n = paraDrafts[k + 1];
      nextQuote[k] = own(n) && n.kind !== 'indirect' ? n.who : nextQuote[k + 1];
    }
    let prevOwn: Attribution | null = null, prevOwnEnd = r.start;
    for (let k = 0; k < paraDrafts.length; k++) {
      const d = paraDrafts[k];
      if (own(d)) { prevOwn = d.who; prevOwnEnd = d.end; continue; }
      if ((d.who && d.who.entity) || (d.frame && isHearing(tokens, d.frame))) continue;
      // `“…,” the test said.`: the quote has a speaker of its own, unread; no neighbour's is better than a wrong one
      if (d.kind !== 'indirect' && !d.frame && (text[d.end - 1] === ',' || /^[”"’']?\s*,/.test(text.slice(d.end, d.end + 3))) && this.cueAfter(r, d.end, 5)) continue;
      // `Clinton compared the president to a duck, “smoothly sailing …”`: words quoted in a sentence with no cue, after
      // the verb of the person it opens with, are that person's
      const subject = d.kind !== 'indirect' && !d.frame ? this.subjectOfSentenceAround(r, d) : null;
      if (subject) {
        d.who = subject;
        d.confidence = Math.min(d.confidence, 0.6);
        prevOwn = subject;
        continue;
      }
      // (`Asked about her knee, striker Ana Lima shrugged. “It’s fine.”`: a quote opening the sentence after one of narration
      // about someone, no other statement between, is theirs)
      const beat = d.kind === 'direct' && !d.frame ? this.subjectOfSentenceBefore(r, d, frames, prevOwnEnd) : null;
      if (beat) {
        d.who = beat;
        d.confidence = Math.min(d.confidence, 0.55);
        prevOwn = beat;
        continue;
      }
      let source: Attribution | null = prevOwn ?? nextQuote[k];
      if (!source && previous && d.kind !== 'indirect') source = previous;

      // a quote after narration about someone (`Gokool, president of …, is hopeful. “Our hope …”`)
      if (!source && this.topic && this.topic.paragraph >= r.index - 1 && d.kind !== 'indirect') {
        source = { entity: this.topic.entity, mention: null, cue: null, inherited: true };
      }
      // (`“…,” he said.` with no man to mean: not the woman quoted before, if the text has shown she is one; a given name
      // alone is no such proof: `Lindsey Graham … He continued, “…”`)
      const said = d.frame && d.frame.phrase.kind === 'pronoun' ? d.frame.phrase.gender : null;
      if (source && said && source.entity) {
        const shown = this.registry.genderShownByText(source.entity);
        if (shown && shown !== said) source = null;
      }
      if (source) {
        d.who = { entity: source.entity, mention: source.mention, cue: null, inherited: true };
        d.confidence = Math.min(d.confidence, 0.55);
      }
    }
    this.linkContinuations(r, paraDrafts);
    for (const d of paraDrafts) this.drafts.push(d);
    let last: Attribution | null = null;
    for (const d of paraDrafts) if (d.who?.entity) last = d.who;
    // a paragraph of narration without statements ends the running speaker
    return paraDrafts.length ? last : r.quotes.length ? previous : this.introducedQuoteSpeaker(r, frames);
  }

  /**
   * An interview printed as questions and answers without `Q:` or `A:` (`The interview has been edited for length and clarity.` ¶ `Why
   * did you take this job?` ¶ `Because I was there.`): the paragraphs answering a question, after the note of editing, when there are two
   * answers or more. Neither holds a quotation mark.
   */
  private findUnlabelledAnswers(plans: ParagraphPlan[]): void {
    const note = plans.findIndex(p => p.index < 12 && EDITED_NOTE.test(this.text.slice(p.paragraph.start, p.paragraph.end)));
    if (note < 0 || this.questions) return;
    const answers = new Set<number>();
    const isQuestion = (p: Paragraph) => { const t = this.text.slice(p.start, p.end).trim(); return t.length <= 300 && t.endsWith('?'); };
    for (let k = note + 1; k + 1 < plans.length; k++) {
      // (the paragraph after a question answers it, though it may end in a question of its own, `… if not someone who lived it, then who?`)
      if (!isQuestion(plans[k].paragraph) || plans[k].quotes.length || plans[k + 1].quotes.length || plans[k + 1].index !== plans[k].index + 1) continue;
      answers.add(plans[k + 1].index);
      // (an answer may go on over the paragraphs up to the next question; one that reports someone's words is the story's again)
      for (k += 2; k < plans.length && plans[k].index === plans[k - 1].index + 1 && !plans[k].quotes.length && !isQuestion(plans[k].paragraph) &&
        !NARRATED_SPEECH.test(this.text.slice(plans[k].paragraph.start, plans[k].paragraph.end)); k++) answers.add(plans[k].index);
      k--;
    }
    if (answers.size >= 2) this.unlabelledAnswers = answers;
  }

  /**
   * The paragraph `r` as a pull quote, when it is a sentence or three of prose and the next paragraph only signs it with a dash and the
   * name of a person the article names (`— Emmanuel Asante, asylum seeker from Ghana`), a prose paragraph following; else null.
   */
  private signedInNextParagraph(r: ParagraphReading): Draft | null {
    const next = this.paragraphs[r.index + 1], after = this.paragraphs[r.index + 2];
    if (!next || !after || r.end - r.start > 400 || next.end - next.start > 120) return null;
    const m = SIGNATURE_LINE.exec(this.text.slice(next.start, next.end));
    if (!m) return null;
    const [start, end] = trimRange(this.text, r.start, r.end);
    if (end - start < 20 || !/[.!?]["”’']?$/.test(this.text.slice(start, end)) || (this.text.slice(start, end).match(/[.!?](?:\s|$)/g) ?? []).length > 3) return null;
    // (a person the story names elsewhere too: a signature alone may be a photographer's credit)
    const known = this.registry.lookup(m[1]);
    if (!known || known.kind !== 'person' || this.timesWritten(m[1].slice(m[1].lastIndexOf(' ') + 1)) < 2) return null;
    const nameStart = next.start + m[0].indexOf(m[1]);
    return { kind: 'pullquote', paragraph: r.index, start, end, frame: null, who: { entity: known, mention: span(this.text, nameStart, nameStart + m[1].length), cue: null, inherited: false }, confidence: 0.6 };
  }

  /**
   * `Castellane wrote in a Facebook post:` ending a paragraph of its own, the quote in the next: the speaker of a frame in the
   * paragraph's last sentence, which ends in a colon, is the next paragraph's; else null.
   */
  private introducedQuoteSpeaker(r: ParagraphReading, frames: Frame[]): Attribution | null {
    const { tokens } = r;
    if (!frames.length || !tokens.length || !/:\s*$/.test(this.text.slice(tokens[tokens.length - 1].end, r.end))) return null;
    const f = frames[frames.length - 1];
    if (!f.speakerFirst || f.according || r.sentenceStart[f.cue] !== r.sentenceStart[tokens.length - 1] || tokens.length - 1 - f.cueEnd > 6) return null;
    const who = this.resolve(f, tokens);
    return who.entity ? who : null;
  }

  /**
   * The person opening the sentence a quote without a frame stands in, as its subject (see noteSubject), when the quote
   * comes after the subject's verb; else null.
   */
  private subjectOfSentenceAround(r: ParagraphReading, d: Draft): Attribution | null {
    const { tokens, sentenceStart } = r;
    const first = tokenAtOrAfter(tokens, d.start);
    if (first >= tokens.length) return null;
    const sentence = sentenceStart[first];
    const subject = sentence < first ? this.sentenceSubjects.get(sentence) : undefined;
    if (!subject || subject.end > d.start) return null;
    return { entity: subject.entity, mention: span(this.text, subject.start, subject.end), cue: null, inherited: false };
  }

  /**
   * The person whose verb the sentence right before the quote `d` tells of, when the quote opens its own sentence and that
   * sentence, after offset `after`, quotes no one and has no frame; else null.
   */
  private subjectOfSentenceBefore(r: ParagraphReading, d: Draft, frames: Frame[], after: number): Attribution | null {
    const { tokens, sentenceStart } = r;
    const first = tokenAtOrAfter(tokens, d.start);
    if (first === 0 || first >= tokens.length || sentenceStart[first] !== first || !this.personSubjects.length) return null;
    const before = sentenceStart[first - 1];
    if (tokens[before].start < after) return null;
    for (let m = before; m < first; m++) if (r.inQuote[m]) return null;
    for (const f of frames) if (f.first >= before && f.first < first) return null;
    // (the first subject noted in that sentence, found by halves: a paragraph may note many)
    const subjects = this.personSubjects, from = tokens[before].start;
    let lo = 0, hi = subjects.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (subjects[mid].start < from) lo = mid + 1; else hi = mid; }
    const p = subjects[lo];
    return p && p.start < tokens[first - 1].end ? { entity: p.entity, mention: span(this.text, p.start, p.end), cue: null, inherited: true } : null;
  }

  /** `“…,” the test said.`: a cue word follows the quote in its paragraph, though no speaker was read from it. */
  private cueAfter(r: ParagraphReading, offset: number, within = Infinity): boolean {
    const from = tokenAtOrAfter(r.tokens, offset);
    for (let k = from; k < r.tokens.length && k < from + within; k++) {
      if (!r.inQuote[k] && !r.tokens[k].cap && (r.tokens[k].lists & IN_SPEECH_VERBS) !== 0) return true;
    }
    return false;
  }

  /** The last statement of the paragraph before, if it was a quote: a quote-only paragraph may go on from it. */
  private lastQuote: Draft | null = null;

  /**
   * One utterance quoted in parts: `“…,” Reed said. “…”` (the words between are only the attribution), and a
   * paragraph that only quotes on from the previous paragraph's quote with the same speaker. Each part stays a
   * statement of its own; `continues` lets a reader count utterances rather than quoted stretches.
   */
  private linkContinuations(r: ParagraphReading, drafts: Draft[]): void {
    const text = this.text;
    const isQuote = (d: Draft) => d.kind === 'direct' || d.kind === 'partial';
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k];
      if (!isQuote(d) || !d.who?.entity) continue;
      if (k > 0) {
        const prev = drafts[k - 1];
        if (!isQuote(prev) || prev.who?.entity !== d.who.entity || d.start - prev.end > 120) continue;
        if (d.frame && prev.frame && d.frame !== prev.frame) continue; // a cue of its own starts a new utterance
        // what lies between must be the attribution (the frame of either part) and punctuation only
        const f = d.frame ?? prev.frame;
        let gap = text.slice(prev.end, d.start);
        if (f) {
          const fs = Math.min(r.tokens[f.first].start, f.phrase.start), fe = Math.max(r.tokens[f.last].end, f.phrase.end);
          if (fs < prev.end || fe > d.start) continue;
          // role words read as part of the attribution but not of its phrase (`union leader Dana Reed said`)
          gap = text.slice(prev.end, fs).replace(/(?:[\p{L}\p{M}'’-]+\s+){1,3}$/u, '') + text.slice(fe, d.start);
        }
        // (`…,” said Councillor Ana Ruiz, who chairs the committee. “…”`: an appositive closing the attribution's sentence)
        const punctuationOnly = /^[\s,.;:!?"“”‘’'\u2014\u2013-]*$/;
        // (`…,” Brennan told reporters. “…”`, `…,” Reed said on Tuesday. “…”`: a few words after the cue saying to whom,
        // when or where, closing the attribution's sentence)
        const tail = f ? text.slice(Math.max(r.tokens[f.last].end, f.phrase.end), d.start) : '';
        const linked = punctuationOnly.test(gap) || (!!f && punctuationOnly.test(text.slice(prev.end, Math.min(r.tokens[f.first].start, f.phrase.start))) &&
          ((!f.speakerFirst && /^\s*,\s*(?:who|whose|a|an|the)\s[^"“”‘’]{0,120}[.!?]\s*["“‘']?$/.test(tail)) ||
            /^\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}[\p{L}\p{N}’'-]+\.\s*["“‘']?$/u.test(tail)));
        if (linked && (f || d.who.inherited)) d.continues = prev;
      } else if (this.lastQuote && d.who.inherited && !d.frame && d.kind === 'direct' && this.lastQuote.who?.entity === d.who.entity &&
        /^[\s"“‘']*$/.test(text.slice(r.start, d.start)) && (d.end - d.start) * 10 >= (r.end - r.start) * 6 && !this.cueAfter(r, d.end)) {
        d.continues = this.lastQuote; // a paragraph that opens by quoting on, with no attribution of its own
      }
    }
    const last = drafts.length ? drafts[drafts.length - 1] : null;
    this.lastQuote = last && isQuote(last) ? last : null;
  }

  /**
   * A person named as the subject of a clause (a name followed by its verb) becomes the topic
   * that pronouns refer to. At a sentence start any name may do; elsewhere only a full name,
   * a name already known or one with an honorific, so that ordinary capitalised words don't.
   */
  /**
   * The verb after a short aside opening at tokens[a] and closed by a comma (`for her part,`, `his deputy,`, `in turn,`): two to four
   * lower-case words, then a verb in the past or an auxiliary; -1 if none.
   */
  private verbAfterShortAside(tokens: Token[], a: number): number {
    for (let m = a + 1; m < tokens.length && m <= a + 3; m++) {
      const gap = this.text.slice(tokens[m - 1].end, tokens[m].start);
      if (tokens[m].cap) return -1;
      if (gap === ' ') continue;
      if (gap !== ', ') return -1;
      const v = tokens[m];
      return pastOrAuxiliary(v) ? m : -1;
    }
    return -1;
  }

  private noteSubject(tokens: Token[], k: number, inQuote: number[], sentenceFirst: boolean, paragraph: number): void {
    const t = tokens[k];
    // (a document opening a sentence is what `it` means in its paragraph and the next only)
    if (this.documentParagraph >= 0 && paragraph > this.documentParagraph + 1) { this.registry.noteDocumentSubject(null); this.documentParagraph = -1; }
    if (sentenceFirst && this.displacedSpeaker) {
      this.registry.noteSubject(this.displacedSpeaker);
      this.displacedSpeaker = null;
    }
    // (`One nurse, who asked …, described …`: a sentence that opens by introducing someone makes them the topic too)
    if (sentenceFirst && t && !inQuote[k] && ((t.lower === 'the' && this.registry.knowsNoPerson()) || INTRODUCING_OPENERS.has(t.lower))) this.noteDescribedSubject(tokens, k, t.lower !== 'the');
    // (`The critic laughed. He said …`: a known person by their title, the subject of a verb, is whom `he` means next)
    else if (sentenceFirst && t && !inQuote[k] && t.lower === 'the') this.noteDescribedSubject(tokens, k, false, true);
    // (`The audit does not name the managers. It says …`: a document opening its sentence, before its verb, is what `it` means next)
    if (sentenceFirst && t && !inQuote[k] && t.lower === 'the') { this.noteDocumentSubject(tokens, k, paragraph); this.noteBodySubject(tokens, k); }
    // (`Her brother, standing beside her, shook his head. “…,” he said.`: someone's kin opening the sentence as its subject)
    if (sentenceFirst && t && !inQuote[k] && /^(his|her|their)$/.test(t.lower) && k + 2 < tokens.length && KIN_NOUNS.has(tokens[k + 1].lower)) this.noteKinSubject(tokens, k);
    if (sentenceFirst && t && !inQuote[k]) this.noteGroupSubject(tokens, k, inQuote);
    if (!t || inQuote[k] || !t.cap || (t.lists & IN_NOT_NAME_WORDS) !== 0) return;
    // `after the Hawks tied the game`: a name after `the` is a team or a body, not who the next `he` means
    // (`every Portland goal`, `his Denver teammates`: after an article or a possessive, a name modifies what follows; `that Comey said` is no such case)
    if (k > 0 && NOUN_MARKERS.has(tokens[k - 1].lower) && !tokens[k - 1].cap && (t.lists & IN_TITLE_WORDS) === 0 && spaceBetween(this.text, tokens[k - 1], t)) {
      this.noteOrganizationOpeningClause(tokens, k, inQuote);
      return;
    }
    // (`he has a favourite Tim Hortons order`: nor past an adjective or two after the article, when no role word stands among them)
    if (k > 1 && !sentenceFirst && (t.lists & IN_TITLE_WORDS) === 0) {
      let b = k - 1;
      while (b > 0 && b > k - 3 && !tokens[b].cap && /^[a-z]+$/.test(tokens[b].lower) && spaceBetween(this.text, tokens[b], tokens[b + 1]) &&
        (tokens[b].lists & (IN_AUXILIARIES | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS | IN_DETERMINERS | IN_TITLE_WORDS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0 &&
        !/(?:ed|ly|ing)$/.test(tokens[b].lower)) b--;
      if (b < k - 1 && NOUN_MARKERS.has(tokens[b].lower) && !tokens[b].cap && spaceBetween(this.text, tokens[b], tokens[b + 1])) return;
    }
    // (`Mayor Gail Hutton of Palo Verde, who …`: a name after a preposition is its object, a place or a body, not a subject)
    if (k > 0 && OBJECT_PREPOSITIONS.has(tokens[k - 1].lower) && !tokens[k - 1].cap && (t.lists & IN_TITLE_WORDS) === 0 && spaceBetween(this.text, tokens[k - 1], t)) return;
    // (`The chief of a nearby First Nation said`: nor past a determiner and a word or two describing the place or the body)
    if (!sentenceFirst && k > 1 && !tokens[k - 1].cap && (t.lists & IN_TITLE_WORDS) === 0) {
      let m = k - 1;
      while (m > 0 && m > k - 4 && !tokens[m].cap && (isDescribingWord(tokens[m]) || (tokens[m].lists & IN_DETERMINERS) !== 0) && spaceBetween(this.text, tokens[m], tokens[m + 1])) m--;
      if (m < k - 1 && OBJECT_PREPOSITIONS.has(tokens[m].lower) && !tokens[m].cap && spaceBetween(this.text, tokens[m], tokens[m + 1])) return;
    }
    // (`a terrorist group known as Ansar al-Sharia was involved`: a name given to something described before it is no subject)
    if (k >= 2 && ((tokens[k - 1].lower === 'as' && tokens[k - 2].lower === 'known') || tokens[k - 1].lower === 'called' || tokens[k - 1].lower === 'dubbed') && !tokens[k - 2].cap) return;
    // `ready to meet Trump any time`: the object of an infinitive is not who the next pronoun means
    if (k >= 2 && tokens[k - 2].lower === 'to' && !tokens[k - 1].cap && (tokens[k - 1].lists & IN_NOT_VERBS) === 0 && spaceBetween(this.text, tokens[k - 1], t)) return;
    // (`The Post, which has covered Donald Trump intensively. He said …`: nor is the object of a verb in the past)
    // (`…, playing Willy Loman, a role he calls …`: nor of a participle)
    if (!sentenceFirst && k > 0 && tokens[k - 1].lower.endsWith('ing') && !tokens[k - 1].cap && /^[a-z]{3,}ing$/.test(tokens[k - 1].lower) && (tokens[k - 1].lists & (IN_NOT_VERBS | IN_SPEECH_VERBS)) === 0 &&
      spaceBetween(this.text, tokens[k - 1], t) && !/^(including|according|during|regarding|concerning|following|excluding|featuring)$/.test(tokens[k - 1].lower)) return;
    // (`a retired postman named Dennis Cobb`: `named` gives the name of the one described)
    if (!sentenceFirst && k > 0 && !tokens[k - 1].cap && tokens[k - 1].lower.endsWith('ed') && tokens[k - 1].lower !== 'named' && /^[a-z]{3,}ed$/.test(tokens[k - 1].lower) && (tokens[k - 1].lists & (IN_NOT_VERBS | IN_SPEECH_VERBS)) === 0 &&
      spaceBetween(this.text, tokens[k - 1], t)) return;
    let e = k;
    while (e + 1 < tokens.length && e < k + 6 && tokens[e + 1].cap && spaceBetween(this.text, tokens[e], tokens[e + 1])) e++;
    // (`She is Lorraine Dubois-Mackay, not …. She said …`: the person a sentence says `he` or `she` is)
    if (k >= 2 && e > k && (tokens[k - 1].lower === 'is' || tokens[k - 1].lower === 'was') && (tokens[k - 2].lower === 'she' || tokens[k - 2].lower === 'he') &&
      this.sentenceOpensAt(tokens, k - 2) && spaceBetween(this.text, tokens[k - 2], tokens[k - 1]) && spaceBetween(this.text, tokens[k - 1], t)) {
      const named = phraseEndingAt(this.text, tokens, e, k);
      if (named && named.kind === 'name' && named.nameStart === t.start) {
        const person = this.registry.resolveName(named, tokens, k);
        if (person.kind === 'person') { this.registry.noteSubject(person); this.topic = { entity: person, paragraph }; }
      }
      return;
    }
    if (e + 1 < tokens.length && isPossessive(tokens[e].lower)) {
      // (`Trump's inexperience has shown …. He has suggested …`: a known person whose possession opens the sentence is its topic)
      if (sentenceFirst) {
        const owner = this.registry.lookup(this.text.slice(t.start, tokens[e].end).replace(/['’]s?$/, ''));
        if (owner && owner.kind === 'person') { this.registry.noteSubject(owner); this.topic = { entity: owner, paragraph }; }
        // (`Taiwan's representative office welcomed …. “…,” it said`: a body someone or somewhere has)
        else this.noteBodySubject(tokens, e, k);
      }
      return;
    }
    let next = tokens[e + 1];
    // (`It started with a question from a student named Priya. “…,” she asked`: a name a description gives, closing its
    // sentence, is whom a pronoun may mean next)
    // (`a retired steelworker named Frank Mazur.`: any noun of someone an article leads will do)
    if (k >= 2 && tokens[k - 1].lower === 'named' && !tokens[k - 2].cap && (!next || this.sentenceEndsAfter(tokens, e)) &&
      ((tokens[k - 2].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 || (k >= 4 && /^[a-z]{3,}(er|or|ist|man|woman|ant|ent)$/.test(tokens[k - 2].lower) &&
        [tokens[k - 3], tokens[k - 4]].some(d => (d.lists & IN_DETERMINERS) !== 0)))) {
      const named = phraseEndingAt(this.text, tokens, e, k);
      if (named && named.kind === 'name' && named.nameStart === t.start) {
        const person = this.registry.resolveName(named, tokens, k);
        if (person.kind === 'person') { this.registry.noteSubject(person); this.topic = { entity: person, paragraph }; }
      }
      return;
    }
    // (`Sen. Bernie Sanders (I-Vt.) apologized`: a party and state in parentheses between the name and its verb)
    // (words set between the name and its verb that leave it the subject)
    let besideVerb = false;
    // (`Sen. Jane Roe, R-Texas, was more direct`: or set off by commas)
    if (next && e + 2 < tokens.length && isPartyAndState(next.lower) && ((/^ \($/.test(this.text.slice(tokens[e].end, next.start)) &&
      /^\.?\) $/.test(this.text.slice(next.end, tokens[e + 2].start))) || (this.text.slice(tokens[e].end, next.start) === ', ' && /^\.?, $/.test(this.text.slice(next.end, tokens[e + 2].start)) &&
      !tokens[e + 2].cap))) { next = tokens[e + 2]; besideVerb = true; }
    // (`Senator Dale Brunswick of Wyoming was unmoved`, `Mayor Joan Pitt of Dayton spoke`: a titled person's place between the name and its verb)
    // (`Mira Holt of Dunmore Capital was more cautious`: a full name opening the sentence too)
    else if (next && next.lower === 'of' && e > k && ((t.lists & IN_TITLE_WORDS) !== 0 || sentenceFirst) && e + 3 < tokens.length && tokens[e + 2].cap && spaceBetween(this.text, tokens[e], next) &&
      spaceBetween(this.text, next, tokens[e + 2])) {
      // (the place a word or two, no title's: not `Former Secretary of State Hillary Clinton`; then a verb)
      let q = e + 2;
      // (`Chief Wayne Sutherland of Mattagami Bend First Nation disputed …`: a place or a body of up to four words)
      while (q + 1 < tokens.length && q < e + 5 && tokens[q + 1].cap && spaceBetween(this.text, tokens[q], tokens[q + 1])) q++;
      let place = true;
      for (let m = e + 2; m <= q; m++) if ((tokens[m].lists & (IN_TITLE_WORDS | IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) place = false;
      const verb = q + 1 < tokens.length ? tokens[q + 1] : null;
      // (`Senator Bernie Sanders of Vermont, who had opposed …`: a relative clause on the person after their place)
      if (place && verb && verb.lower === 'who' && this.text.slice(tokens[q].end, verb.start) === ', ') {
        const named = phraseEndingAt(this.text, tokens, e, k);
        const person = named && named.kind === 'name' ? this.registry.resolveName(named, tokens, k) : null;
        if (person && person.kind === 'person') this.registry.noteSubject(person);
        return;
      }
      if (place && verb && !verb.cap && spaceBetween(this.text, tokens[q], verb) && pastOrAuxiliary(verb)) {
        next = verb;
        besideVerb = true;
      }
    }
    // (`Whitford, meanwhile, has his own search underway`: an adverb set off by commas between the name and its verb)
    else if (next && e + 2 < tokens.length && ASIDE_ADVERBS.has(next.lower) && this.text.slice(tokens[e].end, next.start) === ', ' &&
      this.text.slice(next.end, tokens[e + 2].start) === ', ' && !tokens[e + 2].cap) { next = tokens[e + 2]; besideVerb = true; }
    // (`Councillor Ines Varga, for her part, was unconvinced`, `…, his deputy, was`: a short aside in lower case, then the verb)
    else if (next && /^(for|in|at|by|as|like|unlike|his|her|their|its)$/.test(next.lower) && this.text.slice(tokens[e].end, next.start) === ', ') {
      const verb = this.verbAfterShortAside(tokens, e + 1);
      if (verb >= 0) { next = tokens[verb]; besideVerb = true; }
    }
    if (!next || next.cap) return;
    // `Yuni, a resident of …`, `Jane Doe, 50, …`, `Jane Doe — a former prosecutor — …`: a person introduced by an appositive
    // (words only a space apart are no appositive: one needs a comma or a dash)
    const spaced = besideVerb || spaceBetween(this.text, tokens[e], next);
    // (`Ostrander, dressed in an orange jumpsuit, turned to face the families`: a participle's aside opening the sentence too)
    const appositive = !spaced && (isAppositiveAfter(this.text, tokens[e], next) || (sentenceFirst && participleAsideAfter(this.text, tokens, e)));
    // `Vasquez’s sister, Lucia Vasquez, sat …`: a full name set off by commas before its verb is the subject
    // (`His daughter, Morag, runs …`: one word will do after someone's kin)
    // (`learned the route from his father, Angus, who ran it`: not someone's kin after a preposition, an object)
    const afterKin = e === k && k > 0 && KIN_NOUNS.has(tokens[k - 1].lower) && this.text.slice(tokens[k - 1].end, t.start) === ', ' &&
      this.text.slice(tokens[e].end, next.start) === ', ' && !next.cap && !(k >= 3 && OBJECT_PREPOSITIONS.has(tokens[k - 3].lower));
    // (`His brother, Harold Kessling, read a statement`, `…, also said`: a verb, or an adverb before one, follows; `read` is among the words no
    // name is, for the web's `Read more`)
    const closesAppositive = !spaced && !appositive && (e > k || afterKin) && this.text.slice(tokens[e].end, next.start) === ', ' &&
      ((next.lists & (IN_NOT_VERBS | IN_NOT_NAME_WORDS | IN_DETERMINERS)) === 0 || next.lower === 'read' || ((next.lists & IN_CUE_FILLERS) !== 0 && (next.lists & IN_NOT_VERBS) === 0));
    // (`Her main challenger, businessman Victor Lam, conceded`: a role word may come before the name)
    let lead = k;
    // (`His deputy, Dr Ines Varga, was`: an honorific before the name, with or without its period)
    if (lead > 1 && tokens[lead - 1].cap && (tokens[lead - 1].lists & IN_HONORIFICS) !== 0 && spaceBetween(this.text, tokens[lead - 1], tokens[lead])) lead--;
    while (lead > 0 && lead > k - 3 && !tokens[lead - 1].cap && (tokens[lead - 1].lists & (IN_NOT_NAME_WORDS | IN_DETERMINERS | IN_AUXILIARIES)) === 0 &&
      spaceBetween(this.text, tokens[lead - 1], tokens[lead])) lead--;
    // (`Hale's neighbour, a retired postman named Dennis Cobb, put in …`: a description in apposition that gives the name)
    if (closesAppositive && k >= 3 && tokens[k - 1].lower === 'named') {
      let d = k - 2;
      while (d > 1 && d > k - 7 && !tokens[d].cap && (tokens[d].lists & IN_DETERMINERS) === 0 && spaceBetween(this.text, tokens[d - 1], tokens[d])) d--;
      if ((tokens[d].lists & IN_DETERMINERS) !== 0 && this.text.slice(tokens[d - 1].end, tokens[d].start) === ', ') lead = d;
    }
    // (`The company's president for Europe, Matthias Brandt, was …`: the description may end in a place or a body after its preposition)
    const namedInAppositive = closesAppositive && lead > 0 && this.text.slice(tokens[lead - 1].end, tokens[lead].start) === ', ' &&
      (!tokens[lead - 1].cap || (lead >= 3 && /^(for|of|in|at)$/.test(tokens[lead - 2].lower) && !tokens[lead - 3].cap && spaceBetween(this.text, tokens[lead - 2], tokens[lead - 1])));
    // `The couple across the street, Ahmed and Leila Haddad, moved back`: two people named as one subject are who `they` means
    if (closesAppositive && k >= 3 && tokens[k - 1].lower === 'and' && tokens[k - 2].cap && (tokens[k - 2].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 &&
      this.text.slice(tokens[k - 3].end, tokens[k - 2].start) === ', ' && spaceBetween(this.text, tokens[k - 2], tokens[k - 1]) && spaceBetween(this.text, tokens[k - 1], t)) {
      this.registry.noteSubject(this.registry.learnGroup(tokens[k - 2].start, tokens[e].end));
      return;
    }
    // (`Jane Okafor and Tom Reid met …`: each of two people named as one subject is someone a pronoun may mean next)
    // (only as the sentence's subject: `under Presidents Reagan and George W. Bush` names no subject)
    const coordinated = sentenceFirst && spaced && next.lower === 'and' && e + 2 < tokens.length && tokens[e + 2].cap && !inQuote[e + 2] && e > k;
    // (`Holt later deleted the post`: `later` before a verb in the past)
    const later = spaced && next.lower === 'later' && e + 2 < tokens.length && !tokens[e + 2].cap && spaceBetween(this.text, next, tokens[e + 2]) &&
      (/^[a-z]{3,}ed$/.test(tokens[e + 2].lower) || IRREGULAR_PASTS.has(tokens[e + 2].lower));
    if (!appositive && !namedInAppositive && !coordinated && (!spaced || ((next.lists & IN_NOT_VERBS) !== 0 && !later))) return;
    // (`Six Trump supporters ran`, `Trump aides say`: a name before people in the plural says whose they are)
    if (spaced && !appositive && (next.lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS)) !== 0 && (next.lists & (IN_SPEECH_VERBS | IN_AUXILIARIES)) === 0 && /[^s]s$/.test(next.lower)) return;
    // (`her son, Mateo,`: someone's kin named in apposition is of the kin noun's gender)
    // (`Her father, Kwabena Osei,`: a full name too, whose gender the kin noun shows, not the possessive)
    const kin = k > 0 && KIN_NOUNS.has(tokens[k - 1].lower) && this.text.slice(tokens[k - 1].end, t.start) === ', ' ? tokens[k - 1].lower : null;
    // (`Rosa Delgado described her son, Mateo, 22, as …`: a name in apposition to the object of a verb is no subject)
    if ((appositive || afterKin) && k > 0 && !tokens[k - 1].cap && this.text.slice(tokens[k - 1].end, t.start) === ', ' && this.objectOfPastVerb(tokens, k - 1)) {
      if (kin) noteKinGender(this.registry.lookupWords(tokens, k, tokens[e].end), kin);
      return;
    }
    const phrase = phraseEndingAt(this.text, tokens, e, k);
    if (!phrase || phrase.kind !== 'name') return;
    // the name's words are read from their tokens (see EntityRegistry.learnName)
    const a = tokenStartingAt(tokens, e, phrase.nameStart);
    const known = a >= 0 ? this.registry.lookupWords(tokens, a, phrase.nameEnd) : this.registry.lookup(this.text.slice(phrase.nameStart, phrase.nameEnd));
    // a single word counts as a full name only after a title (`President Xi`); a place or a possessor
    // before it (`British Columbia`, `Stella's Cafe`) does not make it a person
    const full = hasJsSpaceIn(this.text, phrase.nameStart, phrase.nameEnd) || (!!phrase.role && hasPersonTitle(phrase.role));
    // (`Her father, Brad, 39, worried`: a given name set off by commas after a role names a person too)
    const namedAfterRole = (appositive && a === k && k > 0 && (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 && this.text.slice(tokens[k - 1].end, t.start) === ', ' &&
      !tokens[k - 1].cap && (tokens[k - 1].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0) || (afterKin && a === k);
    // (`Her son Marco, who now runs the ovens, recalls`: a given name right after someone's kin opening the sentence)
    // (`Her son Sami, 19, works …`: a name the lists lack will do before an age)
    const namedKin = a === k && k >= 2 && ((t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 || AGE_AFTER.test(this.text.slice(t.end, t.end + 6))) && !tokens[k - 1].cap && KIN_NOUNS.has(tokens[k - 1].lower) &&
      spaceBetween(this.text, tokens[k - 1], t) && POSSESSIVE_DETERMINERS.has(tokens[k - 2].lower) && spaceBetween(this.text, tokens[k - 2], tokens[k - 1]) &&
      (k - 2 === 0 || endsSentenceBetween(this.text, tokens[k - 3].end, tokens[k - 2].start));
    // (`Amara has waited at the gate since dawn.`: a given name alone opening a sentence, before its verb, names someone a feature
    // introduces by that name only)
    const givenAlone = sentenceFirst && a === k && e === k && spaced && (k === 0 || /[.!?]["”’]?\s/.test(this.text.slice(tokens[k - 1].end, t.start))) && (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 && (t.lists & IN_TITLE_WORDS) === 0 &&
      ((next.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}ed$/.test(next.lower) || IRREGULAR_PASTS.has(next.lower));
    const entity = known ?? (full || (sentenceFirst && appositive) || namedAfterRole || namedKin || givenAlone ? this.registry.resolveName(phrase, a >= 0 ? tokens : null, a) : null);
    if (entity && entity.kind === 'person') {
      if (kin) noteKinGender(entity, kin);
      if (appositive || namedInAppositive) this.noteSeenRole(entity, phrase.nameStart, tokens[e].end);
      // (`His son, Anders Eriksen, was …`, `Her son Marco`: whom `his son` means later)
      if (a === k && k >= 2 && KIN_NOUNS.has(tokens[k - 1].lower) && POSSESSIVE_DETERMINERS.has(tokens[k - 2].lower) && spaceBetween(this.text, tokens[k - 2], tokens[k - 1]) &&
        (spaceBetween(this.text, tokens[k - 1], t) || this.text.slice(tokens[k - 1].end, t.start) === ', ')) this.registry.noteKinNamed(`${tokens[k - 2].lower} ${tokens[k - 1].lower}`, entity);
      // (`Coffman said Mr. Trump had disrespected troops. “…,” he said.`: the subject of what a person said is whom a pronoun
      // means in the rest of the sentence (`… Trump was right when he said …`), and the speaker again after it)
      const speaker = this.lastSpeaker;
      // (`Grant told reporters that Obi had called her. “…,” she said`: past a listener too)
      // (`Coach Dan Ruiz said striker Leo Marsh would miss …`: past a few lower-case words describing the subject)
      const m = k - 1 - describingWordsBefore(this.text, tokens, k);
      // (`Ochoa told reporters … that the shake-up was evidence that Mr. Park was “incapable.” He added …`, `Park said the judge, Gonzalo Ruiz,
      // was …`: anyone named inside the clause the speaker's cue reports)
      if (!sentenceFirst && speaker && speaker.entity !== entity && m >= 0 && (speaker.cueEnd === m || (tokens[m].lower === 'that' && speaker.cueEnd >= m - 4 && speaker.cueEnd <= m - 1) ||
        this.insideReportedClause(speaker.cueEnd, t.start))) this.displacedSpeaker = speaker.entity;
      this.registry.noteSubject(entity);
      this.topic = { entity, paragraph };
      this.personSubjects.push({ entity, start: phrase.start, end: phrase.end });
      if (sentenceFirst) this.sentenceSubjects.set(k, { entity, start: phrase.start, end: phrase.end });
      // (`Her son Marco`: who they are to someone is their role)
      if (namedKin && !entity.role) entity.role = `${tokens[k - 2].lower} ${tokens[k - 1].lower}`;
    }
    // (`East Japan Railway Co suspended services, according to its website`: an organization opening its sentence is whom `it` means next)
    // (only before its verb: `Democratic Party officials say` is about the officials)
    // (`German carmaker Nordhaven Motors cut its forecast`: after the kind of company opening the sentence too; a verb in the past that ends otherwise)
    else if (entity && entity.kind === 'organization' && (sentenceFirst || this.kindOpensSentence(tokens, k)) && spaced && a === k && (next.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) === 0 &&
      ((next.lists & IN_AUXILIARIES) !== 0 || /^[a-z]+(ed|s)$/.test(next.lower) || IRREGULAR_PASTS.has(next.lower) || BUSINESS_PASTS.has(next.lower))) this.registry.noteOrganizationSubject(entity);
  }

  /** Whether the sentence opens with the kind of company a name at tokens[k] is, and a word or two of where or what before it (`German carmaker`). */
  private kindOpensSentence(tokens: Token[], k: number): boolean {
    if (k < 1 || tokens[k - 1].cap || !COMPANY_KIND_NOUNS.has(tokens[k - 1].lower) || !spaceBetween(this.text, tokens[k - 1], tokens[k])) return false;
    for (let m = k - 1; m >= 0 && m >= k - 3; m--) {
      if (this.sentenceOpensAt(tokens, m)) return true;
      if (!spaceBetween(this.text, tokens[m - 1], tokens[m]) || (tokens[m - 1].lists & (IN_DETERMINERS | IN_NOT_NAME_WORDS | IN_AUXILIARIES)) !== 0) return false;
    }
    return false;
  }

  /** Whether a sentence opens at tokens[k]: the paragraph's first token, or one after a stop. */
  private sentenceOpensAt(tokens: Token[], k: number): boolean {
    return k === 0 || this.sentenceEndsAfter(tokens, k - 1);
  }

  /** Whether a sentence ends right after tokens[e] (a stop, perhaps a closing mark, then the next token). */
  private sentenceEndsAfter(tokens: Token[], e: number): boolean {
    return e + 1 >= tokens.length || endsSentenceBetween(this.text, tokens[e].end, tokens[e + 1].start);
  }

  /**
   * Whether the noun phrase ending at tokens[j] (`her son`, `their youngest daughter`) is the object of a verb in the past
   * before it (`described her son`), not a verb that inverts (`“…,” said her son, Mateo,` names the speaker).
   */
  private objectOfPastVerb(tokens: Token[], j: number): boolean {
    let m = j - 1;
    while (m > 0 && m > j - 3 && !tokens[m].cap && (tokens[m].lists & (IN_DETERMINERS | IN_NOT_VERBS)) === 0 && spaceBetween(this.text, tokens[m], tokens[m + 1])) m--;
    if (m < 1 || !POSSESSIVE_DETERMINERS.has(tokens[m].lower) || !spaceBetween(this.text, tokens[m - 1], tokens[m])) return false;
    const verb = tokens[m - 1];
    return !verb.cap && (verb.lists & (IN_INVERTING_CUES | IN_NOT_VERBS)) === 0 && (/^[a-z]{3,}ed$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower));
  }

  /**
   * `Still, the Business Council of British Columbia opposed an increase. “…,” it said.`: an organization named after `the`
   * as the subject opening its clause (after an opening word and its comma too) is whom `it` means next.
   */
  private noteOrganizationOpeningClause(tokens: Token[], k: number, inQuote: number[]): void {
    const the = k - 1;
    if (tokens[the].lower !== 'the' || inQuote[k]) return;
    const opensAt = (m: number) => m === 0 || endsSentenceBetween(this.text, tokens[m - 1].end, tokens[m].start);
    const opens = opensAt(the) || (the >= 1 && (tokens[the - 1].lists & IN_SENTENCE_OPENERS) !== 0 && hasComma(this.text, tokens[the - 1].end, tokens[the].start) && opensAt(the - 1));
    if (!opens) return;
    let e = k;
    while (e + 1 < tokens.length && e < k + 8 && spaceBetween(this.text, tokens[e], tokens[e + 1]) && (tokens[e + 1].cap || tokens[e + 1].lower === 'of')) e++;
    const next = tokens[e + 1];
    if (!tokens[e].cap || !next || !spaceBetween(this.text, tokens[e], next) || (next.lists & (IN_NOT_VERBS | IN_NOT_NAME_WORDS)) !== 0 ||
      !((next.lists & IN_AUXILIARIES) !== 0 || /^[a-z]+(ed|s)$/.test(next.lower))) return;
    const entity = this.registry.lookupWords(tokens, k, tokens[e].end);
    if (entity && entity.kind === 'organization') this.registry.noteOrganizationSubject(entity);
  }

  /**
   * `Three economists raised a challenge. … they concluded …`: a group described as its sentence's subject (after an opening
   * phrase, too: `In a recent study, three economists …`) is whom the next `they` means.
   */
  private noteGroupSubject(tokens: Token[], k: number, inQuote: number[]): void {
    const text = this.text;
    let s = k;
    if (PHRASE_PREPOSITIONS.has(tokens[k].lower)) {
      s = -1;
      for (let m = k; m + 1 < tokens.length && m <= k + 8; m++) if (text.slice(tokens[m].end, tokens[m + 1].start) === ', ') { s = m + 1; break; }
      if (s < 0) return;
    }
    for (let h = s; h + 1 < tokens.length && h <= s + 3; h++) {
      if (inQuote[h] || (h > s && !spaceBetween(text, tokens[h - 1], tokens[h]))) return;
      if ((tokens[h].lists & IN_GROUP_NOUNS) === 0) continue;
      // (`The economists raised`, `Three economists have`: a determiner or a number before the head, and a verb after it)
      let after = h + 1;
      // (`three economists -- A, B and C -- raised`: past an aside between dashes)
      if (isDash(text, tokens[h].end, tokens[after].start)) {
        after++;
        while (after < tokens.length && after <= h + 40 && !isDash(text, tokens[after - 1].end, tokens[after].start)) after++;
        if (after >= tokens.length || after > h + 40) return;
      }
      // (`The researchers, led by Dr. Amina Okoro of …, tracked`, `The nurses, who …, voted`: past a participle's or a relative's aside)
      else if (text.slice(tokens[h].end, tokens[after].start) === ', ' && !tokens[after].cap && (tokens[after].lower === 'who' || tokens[after].lower === 'led' || /^[a-z]{3,}ed$/.test(tokens[after].lower))) {
        after++;
        while (after < tokens.length && after <= h + 25 && !inQuote[after] && text.slice(tokens[after - 1].end, tokens[after].start) !== ', ') after++;
        if (after >= tokens.length || after > h + 25 || inQuote[after]) return;
      }
      // (`Analysts at Morningstone Securities raised …`: past the body the people are of)
      let end = h;
      if (after === h + 1 && /^(at|with|for|from|of)$/.test(tokens[after].lower) && after + 1 < tokens.length && tokens[after + 1].cap && spaceBetween(text, tokens[h], tokens[after])) {
        let b = after + 1;
        while (b < tokens.length && b <= after + 6 && tokens[b].cap && spaceBetween(text, tokens[b - 1], tokens[b])) b++;
        if (b < tokens.length) { end = b - 1; after = b; }
      }
      const next = tokens[after];
      if (next.cap || inQuote[after] || (after === end + 1 && !spaceBetween(text, tokens[end], next)) || (next.lists & (IN_NOT_VERBS | IN_NOT_NAME_WORDS)) !== 0) return;
      if (h > s && (tokens[s].lists & IN_DETERMINERS) === 0 && !/^\d/.test(tokens[s].lower)) return;
      const phrase: MentionPhrase = { start: tokens[s].start, end: tokens[end].end, nameStart: tokens[s].start, nameEnd: tokens[end].end, role: null, kind: 'description', gender: null };
      const entity = this.registry.resolveDescription(phrase);
      if (entity.kind === 'group') this.registry.noteSubject(entity);
      return;
    }
  }

  /**
   * `The coach was blunt after the game. “We were bad,” he said.`: before the article names anyone, a person described
   * as a sentence's subject is whom the next `he` or `she` means.
   */
  /** `Her brother shook his head`, `His wife, standing beside him, laughed`: someone's kin at tokens[k..k+1] as the sentence's subject, before its verb. */
  private noteKinSubject(tokens: Token[], k: number): void {
    const next = tokens[k + 2];
    const gap = this.text.slice(tokens[k + 1].end, next.start);
    let verb = -1;
    if (gap === ' ') verb = k + 2;
    else if (gap === ', ') {
      // (past an aside set off by commas: a participle's phrase, or a short one; not a name, `Her daughter, Camille, said`, nor a frame,
      // `His father, he recalls, would …`)
      if (next.cap) return;
      for (let m = k + 2; m < tokens.length && m <= k + 9; m++) {
        if ((tokens[m].lists & (IN_SUBJECT_PRONOUNS | IN_SPEECH_VERBS)) !== 0) return;
        if (m > k + 2 && this.text.slice(tokens[m - 1].end, tokens[m].start) === ', ') { verb = m; break; }
        if (m > k + 2 && !spaceBetween(this.text, tokens[m - 1], tokens[m])) return;
      }
    }
    if (verb < 0 || tokens[verb].cap) return;
    const v = tokens[verb];
    // (after an aside's closing comma any word that opens no phrase is the verb: `shook`)
    if (!(pastOrAuxiliary(v) || /^[a-z]{3,}s$/.test(v.lower) ||
      (verb > k + 2 && /^[a-z]{3,}$/.test(v.lower) && (v.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_NOT_VERBS)) === 0))) return;
    const entity = this.registry.resolveDescription({ start: tokens[k].start, end: tokens[k + 1].end, nameStart: tokens[k].start, nameEnd: tokens[k + 1].end, role: null, kind: 'description', gender: null });
    if (entity && entity.kind === 'person') this.registry.noteSubject(entity);
  }

  /** `The audit does not name …`, `The 84-page report found …`: a document after `the` at tokens[k] as its sentence's subject, whom `it` means next. */
  private noteDocumentSubject(tokens: Token[], k: number, paragraph: number): void {
    for (let m = k + 1; m < tokens.length - 1 && m <= k + 3; m++) {
      if (!spaceBetween(this.text, tokens[m - 1], tokens[m]) || tokens[m].cap) return;
      if ((tokens[m].lists & IN_DOCUMENT_NOUNS) === 0) continue;
      const verb = tokens[m + 1];
      if (!spaceBetween(this.text, tokens[m], verb) || verb.cap || (verb.lists & IN_NOT_VERBS) !== 0 ||
        !((verb.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}(ed|s)$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower))) return;
      const entity = this.registry.resolveDescription({ start: tokens[k].start, end: tokens[m].end, nameStart: tokens[k].start, nameEnd: tokens[m].end, role: null, kind: 'description', gender: null });
      if (entity && entity.kind === 'unknown') { this.registry.noteDocumentSubject(entity); this.documentParagraph = paragraph; }
      return;
    }
  }

  /**
   * `The office welcomed the statement. “…,” it said`: a body described by its noun, opening its sentence before a verb, is what
   * `it` means next.
   */
  private noteBodySubject(tokens: Token[], k: number, from = k): void {
    for (let m = k + 1; m < tokens.length - 1 && m <= k + 3; m++) {
      // (`The Israeli body that …`: a nationality before the noun)
      if (!spaceBetween(this.text, tokens[m - 1], tokens[m]) || (tokens[m].cap && (tokens[m].lists & IN_NATIONALITIES) === 0)) return;
      if ((tokens[m].lists & IN_ORG_NOUNS) === 0 || (tokens[m].lists & IN_DOCUMENT_NOUNS) !== 0) continue;
      // (`Taiwan's representative office in Washington welcomed …`: past where the body is)
      let v = m + 1;
      if (v + 1 < tokens.length && (tokens[v].lower === 'in' || tokens[v].lower === 'at') && tokens[v + 1].cap) {
        v++;
        while (v + 1 < tokens.length && v < m + 5 && tokens[v + 1].cap && spaceBetween(this.text, tokens[v], tokens[v + 1])) v++;
        v++;
        if (v >= tokens.length) return;
      }
      v = this.verbPastBodyModifiers(tokens, v);
      if (v < 0) return;
      const verb = tokens[v];
      if (!(spaceBetween(this.text, tokens[v - 1], verb) || this.text.slice(tokens[v - 1].end, verb.start) === ', ') || verb.cap || (verb.lists & IN_NOT_VERBS) !== 0 || !pastOrAuxiliary(verb)) return;
      const entity = this.registry.resolveDescription({ start: tokens[from].start, end: tokens[m].end, nameStart: tokens[from].start, nameEnd: tokens[m].end, role: null, kind: 'description', gender: null });
      if (entity && entity.kind === 'organization') this.registry.noteSubject(entity);
      return;
    }
  }

  /**
   * Where the verb of a body's noun is, from tokens[v] after the noun: there, or past a short relative clause (`The Israeli body that
   * coordinates aid rejected …`) and a name it is known by (`…, known as COGAT, rejected …`); -1 when neither reads so.
   */
  private verbPastBodyModifiers(tokens: Token[], v: number): number {
    if (v < tokens.length && (tokens[v].lower === 'that' || tokens[v].lower === 'which') && spaceBetween(this.text, tokens[v - 1], tokens[v])) {
      let w = v + 2;
      while (w < tokens.length && w <= v + 6 && spaceBetween(this.text, tokens[w - 1], tokens[w]) && !pastOrAuxiliary(tokens[w])) w++;
      if (w < tokens.length && w <= v + 6 && pastOrAuxiliary(tokens[w])) return w;
      // (the relative clause may end at the comma before the name the body is known by)
      if (w >= tokens.length || this.text.slice(tokens[w - 1].end, tokens[w].start) !== ', ') return -1;
      v = w;
    }
    // (`…, known as COGAT, rejected`)
    if (v + 3 < tokens.length && tokens[v].lower === 'known' && tokens[v + 1].lower === 'as' && tokens[v + 2].cap && this.text.slice(tokens[v - 1].end, tokens[v].start) === ', ') {
      let n = v + 2;
      while (n + 1 < tokens.length && n < v + 6 && tokens[n + 1].cap && spaceBetween(this.text, tokens[n], tokens[n + 1])) n++;
      return n + 1 < tokens.length && this.text.slice(tokens[n].end, tokens[n + 1].start) === ', ' ? n + 1 : -1;
    }
    return v;
  }

  private noteDescribedSubject(tokens: Token[], k: number, introducing = false, knownOnly = false): void {
    for (let m = k + 1; m < tokens.length && m <= k + 3; m++) {
      if (!spaceBetween(this.text, tokens[m - 1], tokens[m]) || tokens[m].cap) return;
      // (someone introduced may be any person a role word names: `One nurse`, `A teacher`)
      if ((tokens[m].lists & (introducing || knownOnly ? IN_SPEAKER_NOUNS | IN_TITLE_WORDS : IN_SPEAKER_NOUNS)) === 0) continue;
      let next = tokens[m + 1];
      // (`A rebel commander denied …`: a noun of people before the head)
      if (next && !next.cap && (next.lists & IN_SPEAKER_NOUNS) !== 0 && (next.lists & IN_NOT_VERBS) === 0 && spaceBetween(this.text, tokens[m], next)) continue;
      // (`A commander of the Free Levant Brigades, who …, denied`: a body the person is of, named after `of`)
      let e = m;
      if (introducing && next && next.lower === 'of' && spaceBetween(this.text, tokens[m], next)) {
        let b = m + 2;
        if (b < tokens.length && tokens[b].lower === 'the') b++;
        while (b < tokens.length && b < m + 8 && tokens[b].cap && spaceBetween(this.text, tokens[b - 1], tokens[b])) b++;
        if (b - 1 > m + 1 && tokens[b - 1].cap) { e = b - 1; next = tokens[b]; }
      }
      // (`One nurse, who asked …,`: or a relative clause in commas follows)
      const relative = introducing && !!next && next.lower === 'who' && this.text.slice(tokens[e].end, next.start) === ', ';
      // (`One victim, a 79-year-old widow from Leeds, lost her savings`: or an appositive describing them, then their verb)
      const appositive = introducing && !!next && (next.lower === 'a' || next.lower === 'an') && this.text.slice(tokens[e].end, next.start) === ', ' && verbAfterAppositive(this.text, tokens, e + 1);
      if (!next || next.cap || (!relative && !appositive && (!spaceBetween(this.text, tokens[e], next) || (next.lists & (IN_SPEAKER_NOUNS | IN_NOT_VERBS)) !== 0))) return;
      const phrase = e > m ? { start: tokens[k].start, end: tokens[e].end, nameStart: tokens[k].start, nameEnd: tokens[e].end, role: null, kind: 'description' as const, gender: null }
        : phraseEndingAt(this.text, tokens, m, k);
      if (!phrase || phrase.kind !== 'description' || phrase.start !== tokens[k].start) return;
      // (`knownOnly`: a person the article named, never a new one the description would make)
      const entity = knownOnly ? this.registry.personByTitle(this.text.slice(phrase.start, phrase.end)) : this.registry.resolveDescription(phrase);
      if (entity && entity.kind === 'person') this.registry.noteSubject(entity);
      return;
    }
  }

  /** The known person whose remarks the sentence after a frame's sentence names (`Xi’s comments`), if any. */
  private remarksOwnerAfter(r: ParagraphReading, f: Frame): Entity | null {
    const { tokens, sentenceEnd } = r;
    const next = sentenceEnd[f.cue] + 1;
    if (next >= tokens.length) return null;
    const last = Math.min(sentenceEnd[next], next + 12);
    for (let k = next; k < last; k++) {
      const t = tokens[k];
      if (!t.cap || !isPossessive(t.lower) || r.inQuote[k] || !REMARK_NOUNS.has(tokens[k + 1].lower)) continue;
      let s = k;
      while (s > next && tokens[s - 1].cap && (tokens[s - 1].lists & IN_NOT_NAME_WORDS) === 0 && spaceBetween(this.text, tokens[s - 1], tokens[s])) s--;
      const owner = this.registry.lookup(this.text.slice(tokens[s].start, t.end - 2));
      return owner && owner.kind === 'person' ? owner : null;
    }
    return null;
  }

  /** The writer the byline names (`By Marion Clarke`, `By DANIEL ORTEGA, Staff Writer`), or `the writer`. */
  private author(): Entity {
    if (this.writer) return this.writer;
    const credit = this.structure.credit;
    const by = credit ? /^By\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*(?:,|$|\band\b)/u.exec(credit.text) : null;
    if (credit && by) {
      const start = credit.start + by[0].indexOf(by[1]), end = start + by[1].length;
      const phrase: MentionPhrase = { start, end, nameStart: start, nameEnd: end, role: null, kind: 'name', gender: null };
      const e = this.registry.resolveName(phrase);
      if (e.kind === 'person') this.writer = e;
    }
    // no byline: the writer is still one person, unnamed
    this.writer ??= this.registry.unnamedWriter();
    this.registry.noteWriter(this.writer);
    return this.writer;
  }

  /**
   * The person who asks in a clause opening the sentence before the pronoun at tokens[k]: `Asked by (prosecutor) Peter Vance
   * whether …, he …`, `When Vance asked …, he …`; the answer is someone else's.
   */
  private questionerBefore(tokens: Token[], k: number): Entity | null {
    for (let m = k - 1; m >= 1 && m >= k - 30; m--) {
      if (/[.!?]["”’]?\s/.test(this.text.slice(tokens[m].end, tokens[m + 1].start))) return null;
      const w = tokens[m].lower;
      let first = -1;
      if (w === 'by' && /^(asked|questioned|pressed)$/.test(tokens[m - 1].lower)) {
        first = m + 1;
        while (first < k && !tokens[first].cap && first < m + 3) first++;
      } else if (w === 'asked' && tokens[m - 1].cap) {
        first = m - 1;
        while (first - 1 >= 0 && tokens[first - 1].cap && tokens[first - 1].lower !== 'when' && spaceBetween(this.text, tokens[first - 1], tokens[first])) first--;
        // (`When prosecutor Ada Kerr asked`: past the asker's role)
        let w = first - 1;
        while (w > 0 && w >= first - 2 && !tokens[w].cap && (tokens[w].lists & IN_TITLE_WORDS) !== 0) w--;
        if (w < 0 || tokens[w].lower !== 'when') return null;
      } else if (QUESTIONING_VERBS.has(w) && m >= 3 && /^(a|an|one|another)$/.test(tokens[m - 2].lower) && tokens[m - 3].lower === 'when') {
        // (`When a reporter pointed out that …, she said`: someone described who asks or objects, whose words the draft before holds)
        return this.cueSpeaker?.cue === m && this.cueSpeaker.tokens === tokens ? this.cueSpeaker.entity : null;
      } else continue;
      if (first >= k || !tokens[first].cap) return null;
      let last = first;
      while (last + 1 < k && tokens[last + 1].cap && spaceBetween(this.text, tokens[last], tokens[last + 1])) last++;
      return this.registry.lookupWords(tokens, first, tokens[last].end);
    }
    return null;
  }

  private resolve(f: Frame, tokens: Token[]): Attribution {
    const p = f.phrase;
    // (`The court heard that …`: evidence put to a court, whose speaker the sentence does not name)
    if (isHearing(tokens, f)) return { entity: null, mention: null, cue: span(this.text, tokens[f.cue].start, tokens[f.cueEnd].end), inherited: false };
    let entity: Entity | null;
    // (a possessive pronoun owns a remark: `Her answer: “No.”` is hers)
    const written = p.kind === 'pronoun' ? this.text.slice(p.start, p.end).toLowerCase() : '';
    const pronoun = written === 'his' ? 'he' : written === 'her' ? 'she' : written === 'their' ? 'they' : written;
    // `I do not think …`, `I asked the mayor …`: outside quotation marks `I` is the writer, whom the byline names
    if (pronoun === 'i' || pronoun === 'we') entity = this.author();
    else if (p.kind === 'pronoun') {
      // (`“…,” he told Hannity`: whoever `he` is, not the listener the cue names)
      const listener = f.speakerFirst && f.cueEnd + 1 < tokens.length && tokens[f.cueEnd + 1].cap && (TELLING.has(tokens[f.cue].lower) || tokens[f.cue].lower === 'asked') ? this.registry.lookupWords(tokens, f.cueEnd + 1, tokens[f.cueEnd + 1].end) : null;
      // (`Asked by Mr Vance whether …, he replied`, `When Vance asked …, he said`: nor the one who asked)
      entity = this.registry.resolvePronoun(pronoun, p.gender, listener ?? this.questionerBefore(tokens, tokenAtOrAfter(tokens, p.start)));
    }
    else if (p.kind === 'name' && endsInDocumentNoun(tokens, p.nameEnd)) {
      // (`according to CME Group's FedWatch tool`, `Reuters' analysis`: a named body's document, which speaks for it)
      entity = this.registry.resolveDescription({ start: p.start, end: p.nameEnd, nameStart: p.start, nameEnd: p.nameEnd, role: null, kind: 'description', gender: null });
    } else if (p.kind === 'name') {
      const a = tokenAtOrAfter(tokens, p.nameStart);
      entity = a < tokens.length && tokens[a].start === p.nameStart ? this.registry.resolveName(p, tokens, a) : this.registry.resolveName(p);
    }
    else if (p.kind === 'names') entity = this.registry.learnNamedGroup(p.nameStart, p.nameEnd);
    // (`A city councillor resigned on Tuesday …` opening the story, then `Councillor Marguerite Boateng wrote …`: the person the
    // story goes on to name)
    else {
      // (`according to the consultancy Integralia`: a body's name after its kind, read as a description, names the body)
      const named = NAME_AFTER_KIND.exec(this.text.slice(p.start, p.end));
      const kind = named ? named[1].trim().split(/\s+/).pop()! : '';
      if (named && (COMPANY_KIND_NOUNS.has(kind) || (listsOf(kind) & IN_ORG_NOUNS) !== 0)) {
        const nameStart = p.start + named[0].length - named[2].length;
        entity = this.registry.resolveName({ start: p.start, end: p.end, nameStart, nameEnd: p.end, role: named[1].trim(), kind: 'name', gender: null });
      } else entity = (this.lede ? this.registry.namedAfterIntroduction(p) : null) ?? this.registry.resolveDescription(p);
    }
    // `The manager, Jamie Ross, said`: whoever `the manager` meant before is Jamie Ross
    if (entity && p.kind === 'name' && p.lead !== undefined && p.lead < p.start) {
      const comma = this.text.lastIndexOf(',', p.start);
      if (comma > p.lead) this.registry.identifyDescribed(this.text.slice(p.lead, comma), entity);
    }
    if (entity && p.kind === 'name') this.identifySpokesperson(p, entity);
    // (`Open Cell Watch, a rights group, said … The group said`: the noun an appositive describes the body by)
    if (entity && p.kind === 'name' && entity.kind === 'organization') {
      const described = ORGANIZATION_APPOSITIVE.exec(this.text.slice(p.nameEnd, p.nameEnd + 80));
      if (described) this.registry.noteOrganizationDescribed(entity, described[1]);
      // (`Turkey's Disaster and Emergency Management Authority, known as AFAD,`: the name it goes by is its too)
      const knownAs = KNOWN_AS.exec(this.text.slice(p.nameEnd, p.nameEnd + 60));
      if (knownAs) this.registry.noteKnownAs(entity, knownAs[1]);
    }
    if (entity && p.kind === 'name') this.noteSeenRole(entity, p.nameStart, p.end);
    if (entity) this.registry.noteSubject(entity);
    const cue = span(this.text, tokens[f.cue].start, tokens[f.cueEnd].end);
    // (`Tom Jones, the police chief, who said …`: the words that say it are the relative pronoun, as `he` would be; the name is
    // whom it stands for)
    const relative = f.speakerFirst ? relativeSubjectBefore(tokens, f.cue, p.end) : -1;
    const mention = relative >= 0 ? span(this.text, tokens[relative].start, tokens[relative].end) : span(this.text, p.start, p.end);
    return { entity, mention, cue, inherited: false };
  }

  /**
   * Notes the role set in apposition after a person's name text[start, end) (`Grant Whitford, the Republican front-runner,`), or before it
   * (`Castlebridge's head coach, Paula Roth,`), if none is known: once, where the name is first followed by a comma (the appositive comes
   * where someone is introduced; '' when none did).
   */
  private noteSeenRole(entity: Entity, start: number, end: number): void {
    if (entity.kind !== 'person' || entity.role || entity.seenRole !== null || this.text.charCodeAt(end) !== 44) return;
    entity.seenRole = (appositiveRoleAfter(this.text, end) ?? appositiveRoleBefore(this.text, start, end))?.toLowerCase() ?? '';
  }

  /** `Cook provided a written statement …`: notes who issued the document tokens[d], whom `the statement` means when it speaks later. */
  private noteIssuedDocument(r: ParagraphReading, d: number, frames: Frame[], resolved: Array<Attribution | null>, resolvedUpTo: number): void {
    const { tokens } = r;
    let entity: Entity | null = null;
    // (`the company said in a regulatory filing`: a document a speaker spoke in, theirs as the cue's frame is)
    const cue = cueBeforeMedium(tokens, d, r.sentenceStart[d]);
    if (cue >= 0) {
      for (let fi = resolvedUpTo - 1; fi >= 0 && frames[fi].cue >= cue; fi--) if (frames[fi].cue === cue) entity = resolved[fi]?.entity ?? null;
    } else if (d + 2 <= r.sentenceEnd[d] && tokens[d + 1].lower === 'from' && tokens[d + 2].cap && spaceBetween(this.text, tokens[d], tokens[d + 1])) {
      // (`a handwritten note from Donald J. Trump. ‘…,’ the note says`: the document is from the person named after `from`)
      const from = phraseStartingAt(this.text, tokens, d + 2, r.sentenceEnd[d] + 1);
      if (!from || from.kind !== 'name') return;
      entity = this.registry.resolveName(from, tokens, tokenAtOrAfter(tokens, from.nameStart));
    } else {
      const issuer = issuerOfDocument(this.text, tokens, d, r.sentenceStart[d], r.inQuote);
      if (issuer && issuer.phrase.kind !== 'names') entity = this.resolve(issuer, tokens).entity;
      // (`The Downtown Millbrook Alliance endorsed the project in a letter …`: a document the subject of the sentence acted in is theirs)
      else if (!issuer && d - 2 > r.sentenceStart[d] && /^(a|an)$/.test(tokens[d - 1].lower) && tokens[d - 2].lower === 'in') {
        const subject = sentenceSubject(this.text, tokens, r.sentenceStart[d], d - 2, r.inQuote);
        if (!subject || (subject.kind !== 'name' && subject.kind !== 'description')) return;
        entity = subject.kind === 'name' ? this.registry.resolveName(subject) : this.registry.resolveDescription(subject);
      } else return;
    }
    if (entity && entity.kind !== 'unknown') this.registry.noteDocumentMaker(tokens[d].lower, entity, tokens[d].start);
  }

  /** Notes the person a name phrase `p` of an unused frame names, if the article knows them, as the subject pronouns mean next. */
  private noteNamedSpeaker(p: MentionPhrase, tokens: Token[]): void {
    const a = tokenAtOrAfter(tokens, p.nameStart);
    let e = a < tokens.length && tokens[a].start === p.nameStart ? this.registry.lookupWords(tokens, a, p.nameEnd) : null;
    // (`Bob agreed to talk on the condition that …`: a given name or a titled name, new to the story, is someone too)
    if (!e && a < tokens.length && tokens[a].start === p.nameStart && (p.role || (tokens[a].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0)) e = this.registry.resolveName(p, tokens, a);
    if (e && e.kind === 'person') this.registry.noteSubject(e);
  }

  /**
   * `A spokeswoman for Trudeau said …` and then `“…,” said Eleanore Catenaro.`: a person first named with no role of
   * their own, right after a statement by a spokesperson known only so, is that spokesperson.
   */
  private identifySpokesperson(p: MentionPhrase, named: Entity): void {
    if (named.kind !== 'person' || named.speaks || named.role || p.role || !hasJsSpaceIn(this.text, p.nameStart, p.nameEnd)) return;
    // (`said John Smith, a witness`: a role of their own follows)
    if (/^\s*,/.test(this.text.slice(p.end, p.end + 3))) return;
    const last = this.drafts.length ? this.drafts[this.drafts.length - 1] : null;
    const described = last?.who?.entity;
    if (!last || !described || !described.described || described.same || described.kind !== 'person' || p.start - last.end > 600) return;
    if (!/^(spokesman|spokeswoman|spokesperson)\b/.test(described.lowerName) || (described.gender && named.gender && described.gender !== named.gender)) return;
    this.registry.identifyDescribed(described.name, named);
  }

  /** The frame `f` if it is a whole sentence ending in its cue, just before the sentence starting at token `sent`, and quoting nothing. */
  private actOfSpeakingBefore(r: ParagraphReading, f: Frame, sent: number): Frame | null {
    const { tokens, sentenceStart, sentenceEnd, inQuote } = r;
    if (!f.speakerFirst || f.according || f.participle || sentenceEnd[f.cue] + 1 !== sent) return null;
    // (`said in a statement.`, `wrote on Facebook.`: the medium may close the sentence after the cue)
    let last = f.cueEnd;
    if (sentenceEnd[f.cue] !== last) {
      let m = last + 1;
      if (m <= sentenceEnd[f.cue] && (tokens[m].lower === 'in' || tokens[m].lower === 'on')) m++;
      if (m <= sentenceEnd[f.cue] && MEDIUM_DETERMINERS.has(tokens[m].lower)) m++;
      if (m !== sentenceEnd[f.cue] || m - f.cueEnd < 2 || !(MEDIUM_NOUNS.has(tokens[m].lower) || tokens[m].cap)) return null;
      last = m;
    }
    for (let k = sentenceStart[f.cue]; k <= last; k++) if (inQuote[k]) return null;
    // (the cue closes the sentence: `laughed.`, not `laughed:` before the quote, which the sentence itself holds)
    // (`Ruiz's answer? “It will.”`: a remark asked after stands before its quote too)
    const gap = this.text.slice(tokens[last].end, tokens[sent].start).replace(/[“"‘']/g, '');
    return /^[\s.!]*$/.test(gap) || (REMARK_NOUNS.has(tokens[f.cue].lower) && /^\?\s*$/.test(gap)) ? f : null;
  }

  private quoteDraft(q: Quotation, r: ParagraphReading, frames: Frame[], before: Quotation | null): Draft | null {
    const text = this.text;
    let [start, end] = trimRange(text, q.start, q.end);
    if (end <= start || !hasLetterOrDigit(text, start, Math.min(end, start + 200))) return null;
    const { tokens, sentenceStart } = r;
    const first = tokenAtOrAfter(tokens, q.open);
    const afterClose = q.close >= 0 ? tokenAtOrAfter(tokens, q.close) : tokens.length;
    const sent = first < tokens.length ? sentenceStart[first] : -1;
    // the nearest frame in the quote's sentence, outside the quote
    let best: Frame | null = null, bestDist = Infinity;
    // the frames of the sentence: a run of the frames, which are in the order of their cues
    let lo = 0, hi = frames.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentenceStart[frames[mid].cue] < sent) lo = mid + 1; else hi = mid;
    }
    // (and where they end, by halving too: a walk over the sentence's frames for each of its quotes made a sentence of many quotes
    // and cues quadratic)
    let last = lo, top = frames.length;
    while (last < top) {
      const mid = (last + top) >> 1;
      if (sentenceStart[frames[mid].cue] <= sent) last = mid + 1; else top = mid;
    }
    // a sentence with very many cues is not prose; look at the nearest few only
    const from = last - lo > 16 ? Math.max(lo, lowerBound(frames, lo, last, tokens, q.open) - 8) : lo;
    for (let fi = from; fi < last && fi < from + 16; fi++) {
      const f = frames[fi];
      const cs = tokens[f.first].start, ce = tokens[f.last].end;
      let dist = cs >= (q.close >= 0 ? q.close : q.end) ? cs - q.end : ce <= q.open ? q.open - ce : Infinity;
      // (`Doug Purdy, who lost 16 lbs. “and two belt loops” this year, says …`: words quoted in a relative clause on the
      // speaker, between the speaker and the cue, are the speaker's, when no frame outside is nearer)
      if (dist === Infinity && f.speakerFirst && cs < q.open && ce >= q.end && asideBetween(tokens, r.inQuote, tokenAtOrAfter(tokens, f.phrase.end), first)) dist = 500;
      // (`called the plan “overdue”, while one investor said …`: a frame after a joined clause is that clause's, and
      // yields to one before the quote)
      // (`— Rempel earlier called him a “chicken” on Twitter — Scheer insists`: nor is one past a dash closing an aside)
      // (a frame far past the quote counts as past a joiner: its words are not walked for every quote, which made a sentence
      // of many unbalanced quotation marks quadratic)
      // (`tells voters who wonder why he cannot … that he ''wasn't brought up that way''`: a frame asking a question before the
      // quote, `wonder why`, yields to another frame of the sentence)
      if (ce <= q.open && f.cueEnd + 1 < first && QUESTION_OPENERS.has(tokens[f.cueEnd + 1].lower) && ASKING.test(tokens[f.cue].lower)) dist += 1000;
      // (`called the error “unacceptable” and said …`: so is a frame opening with its joiner, a cue joined to the subject's)
      if (cs >= q.end && dist < Infinity && (f.first - afterClose > FAR_FRAME || joinerBetween(tokens, r.inQuote, afterClose, f.first) || dashBetween(text, tokens, afterClose, f.first) ||
        (f.speakerFirst && f.phrase.start < q.open && (tokens[f.first].lower === 'and' || tokens[f.first].lower === 'but')))) dist += 1000;
      if (dist < bestDist) { bestDist = dist; best = f; }
    }
    // (`Park told donors that his campaign would “reset,” according to three people`, `…, an aide said`: words quoted in the clause a
    // named speaker's cue before them reports are that speaker's, not the source's who tells of it after)
    if (best && tokens[best.first].start >= q.end && first > 0 && (best.according || !best.speakerFirst || hasComma(text, tokens[best.first - 1].end, tokens[best.first].start))) {
      const inner = this.reportingFrameBefore(r, frames, from, last, first);
      if (inner) best = inner;
    }
    // (`The colonel said that troops had responded to “repeated provocations”`, `said the survey revealed “a town in crisis”`: words
    // quoted in the clause a frame reports, after a cue of that clause's own subject, are the outer speaker's)
    // (`noted that Whitcombe had once called Holloway “a liberal”`, `said Lee had said it was “dead”`: unless that cue is one of saying or
    // naming itself and a name its subject, whose words they are)
    // (`said Park responded that he would “handle it”`: nor when that cue reports a clause of its own after `that`)
    if (best && best.speakerFirst && !best.according && !best.participle && tokens[best.cue].end <= q.open &&
      !((INNER_SAYING.has(tokens[best.cue].lower) || (best.cueEnd + 1 < first && tokens[best.cueEnd + 1].lower === 'that' && (tokens[best.cue].lists & IN_SPEECH_VERBS) !== 0)) && best.phrase.kind === 'name')) {
      for (let fi = from; fi < last && fi < from + 16; fi++) {
        const outer = frames[fi];
        if (outer === best || !outer.speakerFirst || outer.according || outer.cueEnd >= best.first || (tokens[outer.cue].lists & IN_SPEECH_VERBS) === 0) continue;
        if (best.phrase.start < tokens[outer.cueEnd].end || !/^ +$/.test(text.slice(tokens[outer.cueEnd].end, tokens[outer.cueEnd + 1].start))) continue;
        if (best.first === outer.cueEnd + 1 || (best.first === outer.cueEnd + 2 && tokens[outer.cueEnd + 1].lower === 'that')) { best = outer; break; }
      }
    }
    // (`said staff were “exhausted” after the council rejected …`: nor a frame in a clause saying when, after the quote, when a frame
    // before the quote reports it)
    if (best && best.speakerFirst && best.first > 0 && tokens[best.first].start > q.open && /^(after|before|once|until|because|when|while)$/.test(tokens[best.first - 1].lower)) {
      for (let fi = from; fi < last && fi < from + 16; fi++) {
        const outer = frames[fi];
        if (outer.speakerFirst && !outer.according && tokens[outer.cueEnd].end <= q.open && (tokens[outer.cue].lists & IN_SPEECH_VERBS) !== 0) best = outer;
      }
    }
    // `“The best sleigh this Christmas!” was the response of one viewer`: a remark noun after the quote says whose it was
    if (!best && first === sent) {
      const owner = this.remarkOwnerAfter(q, r);
      if (owner) return { kind: 'direct', paragraph: q.paragraph, start, end, frame: null, who: owner, confidence: 0.8 };
      // (`“Never,” was her reply.`: whom `her` means, read in order with the frames)
      const her = this.remarkPronounAfter(q, r);
      if (her >= 0) return { kind: 'direct', paragraph: q.paragraph, start, end, frame: null, who: null, pronoun: her, confidence: 0.7 };
    }
    // `His wife, Anne, laughed. “He says that every year.”`: a quote opening its sentence right after a narrated act of
    // speaking (a sentence ending in its cue, without quotation marks of its own) is that speaker's
    if (!best && lo > 0 && first === sent && first < tokens.length) best = this.actOfSpeakingBefore(r, frames[lo - 1], sent);
    // `‘Community of neighbours’ grows in the program`: a subheading quoting the body without a cue
    if (r.subheading && !best) return null;
    // `“We need law and order.” ― Ana Ruiz`: a quote signed with a dash and a name, as in lists and epigraphs
    const signer = best ? null : this.signatureAfter(q, r) ?? this.nameBetweenDashAndColon(q, r, first) ?? this.nameLeadingParagraph(q, r) ?? this.subjectBeforeColon(q, r, first);
    if (signer) return { kind: 'direct', paragraph: q.paragraph, start, end, frame: null, who: signer, confidence: 0.7 };
    // `He then listed the qualities he wants:` / `She addressed the crowd again: “…”`: a sentence quoted after a colon is whom
    // `he` or `she` opening the clause means (resolved in reading order with the frames)
    const pronoun = best ? -1 : this.pronounBeforeColon(q, r, first);
    if (pronoun >= 0) return { kind: 'direct', paragraph: q.paragraph, start, end, frame: null, who: null, pronoun, confidence: 0.65 };
    const words = countWords(text, start, end);
    const prevTok = first > 0 && first - 1 < tokens.length ? tokens[first - 1] : null;
    const nextTok = afterClose < tokens.length ? tokens[afterClose] : null;
    const sentenceInitial = !prevTok || sentenceStart[first - 1] !== sentenceStart[Math.min(first, tokens.length - 1)] || endsWithColon(text, prevTok.end, q.open) ||
      (!!best && introducedByComma(text, tokens, best, first - 1, q.open));
    // (`T-shirts reading “Birchwood Belongs to Us”`, `signs that read “…”`: words printed on what people carry or wear are no one's statement)
    if (prevTok && prevTok.end + 3 >= q.open && printedOn(tokens, first)) return null;
    // names, titles and scare quotes are not statements
    // (a word ending the sentence before, `after the game. “We were bad,”`, names nothing in the quote)
    if (prevTok && prevTok.end + 3 >= q.open && !endsSentenceBetween(text, prevTok.end, q.open)) {
      // (`Known to readers as the ‘Queen of Crime’`: `known … as` a few words apart)
      const naming = (prevTok.lists & IN_NAMING_WORDS) !== 0 || (first >= 2 && (tokens[first - 2].lists & IN_NAMING_WORDS) !== 0 && /^(the|a|an|as)$/.test(prevTok.lower)) ||
        (first >= 4 && /^(the|a|an)$/.test(prevTok.lower) && tokens[first - 2].lower === 'as' && knownBefore(tokens, first - 3));
      // `a group called “moms for safe streets”`: a naming verb right after a noun names it, whatever frame it makes
      const byCue = best && tokens[best.cue] === prevTok && !(NAMING_VERBS.has(prevTok.lower) && best.speakerFirst && best.phrase.kind !== 'pronoun' &&
        /^(a|an)\s/i.test(text.slice(best.phrase.start, best.phrase.end)));
      const lowerWords = naming && isLowerAt(text, start) && !isTitleCase(text, start, end);
      // `posted a photo with two words: “I’m back.”`: a sentence after a colon is said, not named
      const saidSentence = endsWithColon(text, prevTok.end, q.open) && /^\p{Lu}/u.test(text[start] ?? '') && /[.!?]$/.test(text.slice(start, end));
      // `the bill “puts profits ahead of people”`: after a noun, words that are no title are what the bill is said to do
      // `called the report “deeply flawed”`: after a document's noun, lower-case words are a verdict on it, not its title
      // (words quoted as words, `the term “woke”`, stay names)
      // (`call the plan a “return to the 1990s”`: the noun may come before an article)
      const noun = (prevTok.lists & IN_NAMING_WORDS) !== 0 ? prevTok : first >= 2 && /^(a|an)$/.test(prevTok.lower) ? tokens[first - 2] : null;
      // (`dismissed the plan as “a photo op”`: after the cue's object and `as`, what the speaker calls it)
      const asVerdict = prevTok.lower === 'as' && first >= 2 && !!best && tokens[best.cue].end <= tokens[first - 2].start && lowerWords;
      // (`called the film “beautiful and airless”`: a verdict of two words or more on a work after the cue names none)
      const predicate = asVerdict || (naming && !!best && !!noun && (noun.lists & IN_NAMING_WORDS) !== 0 && !NAMING_VERBS.has(noun.lower) && lowerWords &&
        (words >= 4 || (tokens[best.cue].end <= noun.start && (words >= 2 || (noun.lists & IN_DOCUMENT_NOUNS) !== 0))));
      if (naming && !byCue && !saidSentence && !predicate) return null;
      // (`a tablet it calls “Slate”`, `an app which they call “Pulse”`: a relative clause naming the thing before it)
      if (best && tokens[best.cue] === prevTok && /^(calls?|called|dubs?|names)$/.test(prevTok.lower) && best.phrase.kind === 'pronoun' && words <= 4 &&
        isTitleCase(text, start, end, true) && namedThingBefore(tokens, tokenAtOrAfter(tokens, best.phrase.start))) return null;
      // a nickname between names: Riefian “Ifan” Fajarsyah
      if (prevTok.cap && nextTok && nextTok.cap && q.close >= 0 && nextTok.start - q.close <= 2 && words <= 3 &&
        /^\s+$/.test(text.slice(prevTok.end, q.open)) && !/[,.!?]$/.test(text.slice(start, end))) return null;
    }
    // `Lobbying records show the firm met officials on “justice” and “law enforcement”`: what records or data show is
    // no one's words; a few words quoted in it are named, not said
    // (what a judge found is the judge's: `found that the bureau relied on a study that was “years out of date”`)
    if (best && words <= 6 && !sentenceInitial && (tokens[best.cue].lists & (IN_SPEECH_VERBS | IN_EVIDENCE_VERBS)) === IN_EVIDENCE_VERBS &&
      !findingBody(tokens, best, best.cue)) return null;
    // `posted a video in which a car shows off by taking “snow laps”`: a few words quoted in a relative clause
    // after the cue describe, in the narrator's voice; the cue's speaker did not say them
    if (best && words <= 3 && !sentenceInitial && tokens[best.last].end <= q.open) {
      for (let k = best.last + 1; k < first; k++) if (tokens[k].lower === 'which' && !r.inQuote[k]) return null;
    }
    // `Musk’s “production hell”`, `her “fantasy closet”`: a few lower-case words a person owns are that person's
    // words, unless they only modify a noun after the marks (`her “ballsy” move`)
    if (!best && prevTok && prevTok.end + 4 >= q.open && q.close >= 0 && words <= 8 && isLowerAt(text, start) &&
      !(nextTok && onlyJsSpaces(text, q.close + 1, nextTok.start) && !nextTok.cap && (nextTok.lists & (IN_NOT_NAME_WORDS | IN_AUXILIARIES)) === 0)) {
      const owner = this.ownerOf(tokens, first - 1, sentenceStart[first - 1]);
      if (owner) return { kind: 'partial', paragraph: q.paragraph, start, end, frame: null, who: owner, confidence: 0.6 };
    }
    // `the first time Megan “fell for someone”`: lower-case words right after a person's name say what the
    // person said they did; an epithet (`Obama “the great orator”`) or a nickname between names is not that
    if (!best && prevTok && prevTok.cap && /^\s+$/.test(text.slice(prevTok.end, q.open)) && q.close >= 0 && words <= 8 && isLowerAt(text, start) &&
      ((tokens[first]?.lists ?? 0) & IN_DETERMINERS) === 0 && !(nextTok && nextTok.cap)) {
      const person = this.personEndingAt(tokens, first - 1);
      // `emails of Clinton “top secret”`: a name after a preposition is not the subject of the quoted words
      const before = person ? tokenAtOrAfter(tokens, person.mention!.start) - 1 : -1;
      if (person && !(before >= 0 && STRANDED_PREPOSITIONS.has(tokens[before].lower))) return { kind: 'partial', paragraph: q.paragraph, start, end, frame: null, who: person, confidence: 0.55 };
    }
    // a show or publication: `on CNN’s “New Day,”`, `in “The Atlantic”`
    if (prevTok && words <= 6 && (TITLE_PREPOSITIONS.has(prevTok.lower) || isPossessive(prevTok.lower)) && isTitleCase(text, start, end, true)) return null;
    // `declared Monday “Champions Day”`: a few title-case words after the cue's object name it
    if (best && !sentenceInitial && prevTok && prevTok !== tokens[best.cue] && words <= 4 && (prevTok.lists & IN_SPEECH_VERBS) === 0 &&
      (prevTok.cap || (prevTok.lists & IN_NAMING_WORDS) !== 0) && isTitleCase(text, start, end, true) && /^\s*$/.test(text.slice(prevTok.end, q.open))) return null;
    // (`said she picked “Salt Winter” for the closing night`, `said “Salt Winter” would close the festival`: a few title-case words
    // without a stop, the object of a verb or the subject of the clause reported, name a work)
    if (best && prevTok && words <= 4 && !/[.,!?;:]$/.test(text.slice(start, end)) && isTitleCase(text, start, end) &&
      /^\s*$/.test(text.slice(prevTok.end, q.open)) && (prevTok === tokens[best.cue]
        ? !!nextTok && !nextTok.cap && q.close >= 0 && onlyJsSpaces(text, q.after, nextTok.start) && ((nextTok.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}(ed|s)$/.test(nextTok.lower))
        : !sentenceInitial && !prevTok.cap && /^[a-z]{3,}ed$/.test(prevTok.lower) && (prevTok.lists & (IN_SPEECH_VERBS | IN_NAMING_WORDS)) === 0)) return null;
    // a work named by who is in it: `“Orange is the New Black” star Dascha Polanco`
    if (nextTok && q.close >= 0 && nextTok.start - q.close <= 3 && WORK_ROLES.has(nextTok.lower) && isTitleCase(text, start, end, true)) return null;
    // a name used as a modifier: `leading the “Activate” project`, `a “Fresh Start” grant`, `a “Talk Bernie to Me” tote bag`,
    // `excoriating “Dear Walter” letters`
    if (prevTok && nextTok && words <= 6 && !nextTok.cap && q.close >= 0 && nextTok.start - q.close <= 3 && onlyJsSpaces(text, q.after, nextTok.start) &&
      (MODIFIER_DETERMINERS.has(prevTok.lower) || ((nextTok.lists & (IN_NOT_NAME_WORDS | IN_AUXILIARIES)) === 0 && (prevTok.lists & IN_SPEECH_VERBS) === 0)) &&
      (nextTok.lists & IN_SPEECH_VERBS) === 0 && isTitleCase(text, start, end)) return null;
    // right after a speech verb (`finally said “no mas.”`) a short quote is what was said, even with no speaker found
    // (`“The thing is,” she paused, “nobody asked us.”`: so is the rest of a quote split around a short aside, whatever its verb)
    // (`“Winter at Calloway House” runs through March 30`: title-case words without a stop inside the marks, as the subject
    // of a verb that is no cue, name a work)
    if (!best && sentenceInitial && nextTok && !nextTok.cap && q.close >= 0 && onlyJsSpaces(text, q.after, nextTok.start) && (nextTok.lists & IN_SPEECH_VERBS) === 0 &&
      !/[.,!?;:]$/.test(text.slice(start, end)) && isTitleCase(text, start, end)) return null;
    // (`mocked Ms. Holloway's claim that she was “the only grown-up in the race”`: words quoted in what someone's claim holds are theirs)
    // (`Pressed on Bexley's suggestion that Russia could “do whatever”, Haverford said …`: nearer than a frame after the quote)
    if ((!best || tokens[best.first].start >= q.end) && first > sentenceStart[first]) {
      const claimant = this.claimOwnerBefore(tokens, first, sentenceStart[first]);
      if (claimant) return { kind: 'partial', paragraph: q.paragraph, start, end, frame: null, who: claimant, confidence: 0.6 };
    }
    const resumed = !best && !!before && resumesAfterAside(text, before, q, start, end);
    const afterCue = (!!prevTok && !prevTok.cap && (prevTok.lists & IN_SPEECH_VERBS) !== 0 && onlySpacesCommasColons(text, prevTok.end, q.open)) || resumed;
    if (!best && !afterCue && !sentenceInitial && words <= 3) return null;
    if (!best && !afterCue && !sentenceInitial && isTitleCase(text, start, end)) return null;
    if (!best && !afterCue && words <= 2 && !/[.,!?]$/.test(text.slice(start, end))) return null;
    if (end - start > 0 && text[end - 1] === ',' ) { /* keep the comma: it is inside the marks */ }
    const kind: StatementKind = (sentenceInitial && (opensDirectQuote(text, start) || words > 6)) || resumed || (!!best && resumesSplitQuote(text, r.tokens, best, before, q)) ? 'direct' : 'partial';
    return { kind, paragraph: q.paragraph, start, end, frame: best, who: null, confidence: best ? (bestDist < 40 ? 0.9 : 0.75) : 0.5 };
  }

  /**
   * The frame among frames[from, last) whose speaker a name or a pronoun gives, before the quote opening at tokens[first], whose cue
   * reports the clause the quote stands in: a verb of speaking, then no comma, semicolon or dash up to the quote; else null.
   */
  private reportingFrameBefore(r: ParagraphReading, frames: Frame[], from: number, last: number, first: number): Frame | null {
    const { tokens } = r;
    let found: Frame | null = null;
    for (let fi = from; fi < last && fi < from + 16; fi++) {
      const f = frames[fi];
      if (!f.speakerFirst || f.according || f.participle || f.cueEnd + 1 >= first || (tokens[f.cue].lists & IN_SPEECH_VERBS) === 0 || (f.phrase.kind !== 'name' && f.phrase.kind !== 'pronoun')) continue;
      let m = f.cueEnd + 1, clause = (tokens[m].lists & IN_SUBJECT_PRONOUNS) !== 0;
      // (`criticized Bexley for suggesting the U.S. should “rethink” …`: what someone is blamed for saying is theirs, not the critic's;
      // `agreed with Bexley's suggestion that …`: nor what is someone else's claim)
      while (m <= first && !/[,;:\u2014\u2013]|\s-\s/.test(this.text.slice(tokens[m - 1].end, tokens[m].start)) &&
        !(tokens[m - 1].lower === 'for' && tokens[m].lower.endsWith('ing')) && !(tokens[m - 1].cap && isPossessive(tokens[m - 1].lower))) {
        if (tokens[m].lower === 'that') clause = true;
        m++;
      }
      // (a clause the cue reports, after `that` or with a pronoun its subject: `objected to including a discussion of the “…”` reports none)
      if (m > first && clause) found = f;
    }
    return found;
  }

  /** The person whose claim (`Holloway's claim that …`, `her insistence that …`) opens a clause a few words before tokens[first]; else null. */
  private claimOwnerBefore(tokens: Token[], first: number, sentence: number): Attribution | null {
    for (let k = first - 1; k > sentence + 1 && k >= first - 12; k--) {
      if (tokens[k].lower !== 'that' || !CLAIM_NOUNS.has(tokens[k - 1].lower) || !spaceBetween(this.text, tokens[k - 1], tokens[k])) continue;
      return spaceBetween(this.text, tokens[k - 2], tokens[k - 1]) || /^['’] $/.test(this.text.slice(tokens[k - 2].end, tokens[k - 1].start)) ? this.ownerOf(tokens, k - 2, sentence) : null;
    }
    return null;
  }

  /** The person owning what follows `t`: a person's possessive (`Musk’s`) or `his`/`her` resolved to the person meant. */
  private ownerOf(tokens: Token[], k: number, sentence: number): Attribution | null {
    const text = this.text;
    const t = tokens[k];
    let entity: Entity | null = null;
    if (t.lower === 'his' || t.lower === 'her') {
      // the person the sentence opens with (`Demi pulled off …, showing him her “…”`), else the one the pronoun resolves to
      const gender = t.lower === 'his' ? 'm' : 'f';
      // (among the sentence's first few words: a look from its start for every quote would be quadratic)
      let j = sentence;
      while (j < k && j < sentence + 6 && (!tokens[j].cap || (tokens[j].lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) !== 0)) j++;
      if (j >= sentence + 6) j = k;
      let e = j;
      while (e + 1 < k && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
      const phrase = j < k && !isPossessive(tokens[e].lower) ? phraseEndingAt(text, tokens, e, j) : null;
      if (phrase && phrase.kind === 'name') {
        const a = tokenStartingAt(tokens, e, phrase.nameStart);
        const subject = this.registry.resolveName(phrase, a >= 0 ? tokens : null, a);
        if (subject.kind === 'person' && (!subject.gender || subject.gender === gender)) entity = subject;
      }
      entity ??= this.registry.resolvePronoun(gender === 'm' ? 'he' : 'she', gender);
    }
    else if (t.cap && isPossessive(t.lower)) entity = this.registry.lookup(text.slice(t.start, t.end - 2));
    else if (t.cap && /^['’]\s/.test(text.slice(t.end, t.end + 2))) entity = this.registry.lookup(text.slice(t.start, t.end)); // `Sanders’ “…”`
    if (!entity || entity.kind !== 'person') return null;
    return { entity, mention: span(text, t.start, isPossessive(t.lower) ? t.end - 2 : t.end), cue: null, inherited: false };
  }

  /** The known person whose name ends at tokens[k] (`Megan`, `Megan Mullally`), if any. */
  private personEndingAt(tokens: Token[], k: number): Attribution | null {
    let s = k;
    while (s > 0 && s > k - 4 && tokens[s - 1].cap && (tokens[s - 1].lists & IN_NOT_NAME_WORDS) === 0 && spaceBetween(this.text, tokens[s - 1], tokens[s])) s--;
    while (s < k && (tokens[s].lists & (IN_NOT_NAME_WORDS | IN_TITLE_WORDS)) !== 0) s++;
    if ((tokens[k].lists & IN_NOT_NAME_WORDS) !== 0) return null;
    const entity = this.registry.lookupWords(tokens, s, tokens[k].end);
    if (!entity || entity.kind !== 'person') return null;
    return { entity, mention: span(this.text, tokens[s].start, tokens[k].end), cue: null, inherited: false };
  }

  /** The name signing a quote after a dash (`” ― Ana Ruiz`, `” — Ana Ruiz.`), ending its line. */
  private signatureAfter(q: Quotation, r: ParagraphReading): Attribution | null {
    if (q.close < 0) return null;
    const { tokens } = r;
    const text = this.text;
    const k = tokenAtOrAfter(tokens, q.after);
    if (k >= tokens.length || !/^[ \u00a0]*[\u2015\u2014\u2013][ \u00a0]*$/.test(text.slice(q.after, tokens[k].start))) return null;
    const e = nameRunEnd(text, tokens, k);
    if (e < 0) return null;
    // the name ends the line (a final period or a handle may follow)
    // (`— Jane Doe, housing minister`: or a short role after a comma, to the line's end)
    const rest = text.slice(tokens[e].end, Math.min(text.length, tokens[e].end + 90));
    if (!/^[.\s]*(\n|$)|^\s*\(@|^, [^\n.!?"“”]{2,80}\.?[ \t]*(\n|$)/.test(rest)) return null;
    return this.namedBy(tokens, k, e);
  }

  /** The person named by tokens[k..e], as the speaker of a statement without a cue. */
  private namedBy(tokens: Token[], k: number, e: number): Attribution {
    const phrase: MentionPhrase = { start: tokens[k].start, end: tokens[e].end, nameStart: tokens[k].start, nameEnd: tokens[e].end, role: null, kind: 'name', gender: null };
    return { entity: this.registry.resolveName(phrase, tokens, k), mention: span(this.text, tokens[k].start, tokens[e].end), cue: null, inherited: false };
  }

  /**
   * `Musk again took to Twitter with this: “…”`, `Ruiz was blunt: “…”`: a quote opening after a colon that ends a sentence
   * without a cue goes to the subject of the clause before it: a person or body the article knows, or a full name, perhaps
   * after a role and before an aside (`Radio talk show host Dale Fenton, who backs Brandt, was blunt: “…”`).
   */
  private subjectBeforeColon(q: Quotation, r: ParagraphReading, first: number): Attribution | null {
    const { tokens, sentenceStart, inQuote } = r;
    const text = this.text;
    if (first <= 0 || first > tokens.length || !endsWithColon(text, tokens[first - 1].end, q.open) || !opensDirectQuote(text, trimRange(text, q.start, q.end)[0])) return null;
    const floor = sentenceStart[first - 1];
    if (first - floor > 30) return null;
    for (let k = floor; k < first; k++) if (inQuote[k]) return null;
    // (`- Finance Minister Carla Ruiz: “…”`: a name and its titles alone before the colon, as lists of reactions set them)
    if (first - floor <= 8 && tokens[first - 1].cap) {
      const alone = phraseEndingAt(text, tokens, first - 1, floor);
      if (alone && alone.kind === 'name' && alone.start === tokens[floor].start) {
        const entity = this.speakerNamed(alone, tokens);
        if (entity) return { entity, mention: span(text, alone.start, alone.end), cue: null, inherited: false };
      }
    }
    // the last clause's subject: at the sentence's start, or after a word opening a clause (`… on display when Musk took …`)
    for (let s = first - 2; s >= floor; s--) {
      if (s > floor && !CLAUSE_OPENERS.has(tokens[s - 1].lower)) continue;
      if (!tokens[s].cap || (tokens[s].lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) !== 0) continue;
      // (`Radio talk show host Dale Fenton, who backs Brandt, was blunt:`: a role before the name, an aside after it;
      // the longest name that opens at tokens[s])
      let p: MentionPhrase | null = null, e = -1;
      for (let m = s; m < first - 1 && m < s + 10; m++) {
        if (!tokens[m].cap || !(text.slice(tokens[m].end, tokens[m + 1].start) === ', ' || (spaceBetween(text, tokens[m], tokens[m + 1]) && !tokens[m + 1].cap))) continue;
        const named = phraseEndingAt(text, tokens, m, s);
        if (named && named.kind === 'name' && named.start === tokens[s].start) { p = named; e = m; }
      }
      if (!p) continue;
      let v = e + 1;
      if (v < first && text.slice(tokens[e].end, tokens[v].start) === ', ') {
        while (v < first && v < e + 14 && !hasComma(text, tokens[v].end, tokens[v + 1]?.start ?? tokens[v].end)) v++;
        v++;
      } else if (v < first && !spaceBetween(text, tokens[e], tokens[v])) continue;
      // the subject's verb follows it
      if (v >= first || tokens[v].cap || (tokens[v].lists & IN_NOT_NAME_WORDS) !== 0) continue;
      const entity = this.speakerNamed(p, tokens);
      return entity ? { entity, mention: span(text, p.start, p.end), cue: null, inherited: false } : null;
    }
    // (`The state commission was blunt: “No.”`, `As if addressing him directly, the Illinois Board of Elections was conclusive
    // in its findings: “…”`: a description or a name opening the clause, after an opening phrase perhaps)
    const p = sentenceSubject(text, tokens, floor, first - 1, inQuote);
    // (a name is written in capitals and lower case: `INDIANA’S DEMOGRAPHICS FAVOR CRUZ` is a heading)
    if (p && p.kind === 'name' && /\p{Ll}/u.test(text.slice(p.nameStart, p.nameEnd))) {
      const entity = this.speakerNamed(p, tokens);
      return entity ? { entity, mention: span(text, p.start, p.end), cue: null, inherited: false } : null;
    }
    // (a description headed by a noun of a speaker, a title, a body or a group: `The reason was simple:` names no one)
    // (a pronoun is pronounBeforeColon's, read in order with the frames; `She retweeted a message …, that read: “…”` is left to the paragraph's speaker)
    if (!p || p.kind !== 'description' || (tokens[tokenAtOrAfter(tokens, p.end) - 1].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS | IN_ORG_NOUNS | IN_GROUP_NOUNS)) === 0) return null;
    const entity = this.registry.resolveDescription(p);
    if (!entity || (entity.kind !== 'person' && entity.kind !== 'organization' && entity.kind !== 'group')) return null;
    return { entity, mention: span(text, p.start, p.end), cue: null, inherited: false };
  }

  /**
   * The index of `he` or `she` opening the sentence of a quoted sentence after its colon (`He then listed the qualities:
   * “…”`), when a lower-case verb follows the pronoun and no message or document is named before the colon (`She
   * retweeted a message that read: “…”` quotes the message); else -1.
   */
  private pronounBeforeColon(q: Quotation, r: ParagraphReading, first: number): number {
    const { tokens, sentenceStart, inQuote } = r;
    const text = this.text;
    if (first <= 0 || first > tokens.length || !endsWithColon(text, tokens[first - 1].end, q.open) || !opensDirectQuote(text, trimRange(text, q.start, q.end)[0])) return -1;
    let s = sentenceStart[first - 1];
    if (s + 1 < first && /^(but|and|yet|so|then)$/.test(tokens[s].lower)) s++;
    const t = tokens[s], verb = tokens[s + 1];
    if (first - s > 20 || (t.lower !== 'he' && t.lower !== 'she') || !verb || verb.cap || (verb.lists & IN_NOT_VERBS) !== 0 || !spaceBetween(text, t, verb)) return -1;
    for (let k = s; k < first; k++) {
      if (inQuote[k] || (tokens[k].lists & (IN_DOCUMENT_NOUNS | IN_NAMING_WORDS)) !== 0 || MEDIUM_NOUNS.has(tokens[k].lower) || tokens[k].lower === 'read' || tokens[k].lower === 'reads') return -1;
    }
    return s;
  }

  /** `The interplay has mattered in these contests - Philip Bump: “…”`: a full name between a dash and a colon signs the quote after it. */
  private nameBetweenDashAndColon(q: Quotation, r: ParagraphReading, first: number): Attribution | null {
    const { tokens } = r;
    const text = this.text;
    if (first <= 1 || first > tokens.length || !endsWithColon(text, tokens[first - 1].end, q.open)) return null;
    for (let s = first - 2; s > 0 && s >= first - 4; s--) {
      if (!isDash(text, tokens[s - 1].end, tokens[s].start)) continue;
      return nameRunEnd(text, tokens, s) === first - 1 ? this.namedBy(tokens, s, first - 1) : null;
    }
    return null;
  }

  /** `“…” was the response of one jolly viewer`, `“…” was the reaction from Mayor Ann Lee`: who made the remark the quote is. */
  private remarkOwnerAfter(q: Quotation, r: ParagraphReading): Attribution | null {
    const { tokens } = r;
    if (q.close < 0) return null;
    let k = tokenAtOrAfter(tokens, q.after);
    if (k + 3 < tokens.length && tokens[k].cap && onlyJsSpaces(this.text, q.after, tokens[k].start)) return this.describerAfter(r, k);
    // (`“No,” was Lee's answer.`: the remark's owner before its noun; `was her reply` is remarkPronounAfter's, read in order with
    // the frames)
    if (k + 2 < tokens.length && (tokens[k].lower === 'was' || tokens[k].lower === 'is') && onlyJsSpaces(this.text, q.after, tokens[k].start) && REMARK_NOUNS.has(tokens[k + 2].lower) &&
      tokens[k + 1].cap && isPossessive(tokens[k + 1].lower)) {
      const owner = this.ownerOf(tokens, k + 1, r.sentenceStart[k]);
      if (owner) return { ...owner, cue: span(this.text, tokens[k + 2].start, tokens[k + 2].end) };
    }
    if (k + 3 >= tokens.length || (tokens[k].lower !== 'was' && tokens[k].lower !== 'is') || !onlyJsSpaces(this.text, q.after, tokens[k].start)) return null;
    k++;
    if (tokens[k].lower === 'the') k++;
    const noun = k;
    if (!REMARK_NOUNS.has(tokens[noun].lower) || noun + 2 >= tokens.length || (tokens[noun + 1].lower !== 'of' && tokens[noun + 1].lower !== 'from')) return null;
    const phrase = phraseStartingAt(this.text, tokens, noun + 2, r.sentenceEnd[noun] + 1, true);
    if (!phrase || phrase.kind === 'pronoun') return null;
    const last = tokenAtOrAfter(tokens, phrase.end) - 1;
    return this.resolve({ cue: noun, cueEnd: noun, phrase, first: noun, last, speakerFirst: false, according: false, weak: false, participle: false }, tokens);
  }

  /** `“Never,” was her reply.`: the index of `his` or `her` owning a remark noun right after the quote `q`, or -1. */
  private remarkPronounAfter(q: Quotation, r: ParagraphReading): number {
    const { tokens } = r;
    if (q.close < 0) return -1;
    const k = tokenAtOrAfter(tokens, q.after);
    if (k + 2 >= tokens.length || (tokens[k].lower !== 'was' && tokens[k].lower !== 'is') || !onlyJsSpaces(this.text, q.after, tokens[k].start)) return -1;
    return (tokens[k + 1].lower === 'his' || tokens[k + 1].lower === 'her') && REMARK_NOUNS.has(tokens[k + 2].lower) ? k + 1 : -1;
  }

  /**
   * `“It's a start.” That was how opposition critic Jenny Kwan described the plan.`, `That’s how Lee put it.`: the speaker a
   * sentence right after a quote names as having put it so (from tokens[k], its first word), or null.
   */
  private describerAfter(r: ParagraphReading, k: number): Attribution | null {
    const { tokens } = r;
    const w = tokens[k].lower;
    const how = w === "that's" || w === 'that’s' ? k + 1 : (w === 'that' || w === 'this') && (tokens[k + 1].lower === 'was' || tokens[k + 1].lower === 'is') ? k + 2 : -1;
    if (how < 0 || how + 2 >= tokens.length || tokens[how].lower !== 'how') return null;
    const end = r.sentenceEnd[how];
    const phrase = phraseStartingAt(this.text, tokens, how + 1, end + 1);
    if (!phrase || phrase.kind === 'pronoun') return null;
    let verb = tokenAtOrAfter(tokens, phrase.end);
    // (`Mayor Lena Ortiz of East Palestine described`: past the place the person is of)
    if (verb + 1 <= end && (tokens[verb].lower === 'of' || tokens[verb].lower === 'from') && tokens[verb + 1].cap) {
      verb++;
      while (verb <= end && tokens[verb].cap) verb++;
    }
    if (verb > end || !DESCRIBING_VERBS.has(tokens[verb].lower)) return null;
    return this.resolve({ cue: verb, cueEnd: verb, phrase, first: how + 1, last: verb, speakerFirst: true, according: false, weak: false, participle: false }, tokens);
  }

  /** The person or body a name phrase names, if the article knows it or the name is a full one (more than a word). */
  private speakerNamed(p: MentionPhrase, tokens: Token[]): Entity | null {
    const a = tokenAtOrAfter(tokens, p.nameStart);
    const entity = this.registry.lookupWords(tokens, a, p.nameEnd) ?? (hasJsSpaceIn(this.text, p.nameStart, p.nameEnd) ? this.registry.resolveName(p, tokens, a) : null);
    return entity && (entity.kind === 'person' || entity.kind === 'organization') ? entity : null;
  }

  /** `Kathleen Parker, The Washington Post: “…”`, `MAYOR LINDA MARSH: “…”`: a name (and role) opening the paragraph, then a colon. */
  private nameLeadingParagraph(q: Quotation, r: ParagraphReading): Attribution | null {
    const { tokens } = r;
    const text = this.text;
    if (q.open - r.start > 120 || !tokens.length || tokens[0].start >= q.open) return null;
    const lead = text.slice(tokens[0].start, q.open);
    const colon = lead.search(/:\s*$/);
    if (colon < 0 || lead.indexOf(':') !== colon) return null;
    const e = nameRunEnd(text, tokens, 0);
    if (e < 0 || (tokens[0].lists & IN_TITLE_WORDS) !== 0) return null;
    // after the name: nothing, or a comma and a short role or outlet
    const rest = text.slice(tokens[e].end, tokens[0].start + colon);
    if (!/^(\s*,\s*[^,.:;!?"“”]{1,60})?\s*$/.test(rest)) return null;
    return this.namedBy(tokens, 0, e);
  }

  private assemble(): Analysis {
    const text = this.text;
    const drafts = spansInOrder(this.drafts) ? this.drafts : this.drafts.sort(byStartThenEnd);
    const statements: Statement[] = [];
    // the speakers in the order they first speak; each is given its id (`sp1`, …) then
    const speaking: Entity[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k];
      let speaker: StatementSpeaker | null = null;
      let e = d.who?.entity ?? null;
      while (e && e.same) e = e.same;
      if (e) {
        e.speaks = true;
        if (!e.id) { speaking.push(e); e.id = `sp${speaking.length}`; }
        // (`“It has been hard,” she said`: the pronoun the article uses for whoever made the statement)
        const said = d.frame?.phrase;
        if (said && said.kind === 'pronoun' && said.gender) this.registry.notePronounFor(e, said.gender);
        speaker = { id: e.id, name: e.name, mention: d.who!.mention };
        if (d.who!.mention) this.registry.addMention(e, d.who!.mention.start, d.who!.mention.end);
      }
      // statements of one kind letter and span are told apart by primes; the drafts are sorted by span, so
      // those that share it are the ones just before
      let sid = `${d.kind[0]}${d.start}-${d.end}`;
      for (let m = k - 1; m >= 0 && drafts[m].start === d.start && drafts[m].end === d.end; m--) if (drafts[m].kind[0] === d.kind[0]) sid += "'";
      d.id = sid;
      const statement: Statement = { id: sid, kind: d.kind, paragraph: d.paragraph, content: span(text, d.start, d.end), speaker, cue: d.who?.cue ?? null, confidence: d.confidence };
      const continued = d.continues && d.continues.id;
      if (continued) statement.continues = continued;
      statements.push(statement);
    }
    // the people of a group named one by one speak too, as its members
    for (let k = 0; k < speaking.length; k++) {
      for (const m of speaking[k].members ?? []) if (!m.id) { m.speaks = true; speaking.push(m); m.id = `sp${speaking.length}`; }
    }
    // every mention of a speaker's name, not only those that introduce statements
    // (none to look up in an article without speakers; a name written again is looked up once:
    // the registry no longer changes here)
    const looked = speaking.length ? new Map<string, Entity | null>() : null;
    if (looked) for (let k = 0; k < this.nameRuns.length; k += 2) {
      const s = this.nameRuns[k], e = this.nameRuns[k + 1];
      const written = text.slice(s, e);
      let ent = looked.get(written);
      if (ent === undefined) { ent = this.registry.lookup(written); looked.set(written, ent); }
      if (ent && ent.speaks) this.registry.addMention(ent, s, e);
    }
    // (`Representatives James E. Clyburn and G. K. Butterfield`: a title in the plural before the first of people named together
    // is each one's, when nothing else says who they are)
    const titleOfGroup = new Map<Entity, string>();
    for (const e of speaking) {
      const title = e.members?.[0].role;
      if (title && singularRole(title) !== title) for (const member of e.members!) if (!member.role) titleOfGroup.set(member, title);
    }
    const speakers: Speaker[] = [];
    for (const e of speaking) {
      const mentions = uniqueSorted(e.mentions);
      const aliases = [...e.aliases].filter(a => a !== e.name);
      const g = this.registry.genderShown(e);
      // (a role given after the name, `Diane Marsh, director of the coalition,`, is read last: it says who someone is, not whom `he` means)
      // (`Mr.`, `Ms.` or `Dr.` alone is a form of address: a role in apposition says more, `Dr. Ian Munro, an anesthetist at the hospital,`)
      // (so is `Sir` or `Dame`: `Sir Graham Pole, a Conservative backbencher,`)
      // (and `the Honourable` or `Hon.`, alone or before another: `the Honourable Patty Hajdu, Minister of Indigenous Services,`)
      const addressOnly = !!e.role && ADDRESS_ONLY.test(e.role);
      // (`Conservative backbencher Sir Graham Pole`: the form of address after the role is no part of it)
      // (`Mr.`, `Mrs.` or `Ms.` alone says no post at all: no role; `Dr.` or `Sir` still says something)
      const plainAddress = addressOnly && PLAIN_ADDRESS.test(e.role!);
      const written = ((addressOnly ? null : e.role) ?? (e.kind === 'person' ? this.roleInApposition(mentions) : null) ?? (plainAddress ? null : e.role) ?? titleOfGroup.get(e))?.replace(TRAILING_ADDRESS, '') ?? null;
      // (`Representatives James E. Clyburn and …`: each of them is a representative)
      const role = written !== null && e.kind === 'person' ? singularRole(written) : written;
      const speaker: Speaker = { id: e.id, name: e.name, kind: e.kind, role, gender: g === 'f' ? 'female' : g === 'm' ? 'male' : null, aliases, mentions };
      if (e.members) speaker.members = e.members.map(m => m.id);
      speakers.push(speaker);
    }
    const s = this.structure;
    return { id: this.id, published: s.published, headline: s.headline, dateline: s.dateline, credit: s.credit, paragraphs: this.paragraphs, speakers, statements };
  }

  /** The role the first of a person's named mentions is given in apposition (`Julia Ferrante, a lawyer with Earthjustice,`, `Its chief executive, Mark Tellis,`). */
  private roleInApposition(mentions: Span[]): string | null {
    // (one after a name says more than one before it: `The chief, Paul Manafort,` … `Mr. Manafort, a longtime Republican strategist,`)
    // (a role is given where someone is introduced: the first few mentions are enough)
    const named = mentions.slice(0, ROLE_MENTIONS).filter(m => startsUpper(m.text) && !PERSON_PRONOUNS.has(m.text.toLowerCase()));
    for (const m of named) {
      const role = appositiveRoleAfter(this.text, m.end);
      if (role) return role;
    }
    for (const m of named) {
      // (`My lawyer, Mr. Doyle,`: before the form of address the mention leaves out)
      const address = ADDRESS_BEFORE.exec(this.text.slice(Math.max(0, m.start - 6), m.start));
      const role = appositiveRoleBefore(this.text, address ? m.start - address[0].length : m.start, m.end);
      if (role) return role;
    }
    return null;
  }
}

/** `the consultancy Integralia`: an article, a kind of body in a word or three, then the body's capitalised name. */
const NAME_AFTER_KIND = /^(?:the|a|an)\s+((?:[a-z-]+\s+){1,3})(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})$/u;

/** `, known as AFAD,` after a body's name: the name it goes by. */
const KNOWN_AS = /^,\s+(?:also\s+)?known\s+as\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2})\s*[,.;)]/u;

/** A note that an interview printed below was edited (`The interview has been edited for length and clarity.`). */
const EDITED_NOTE = /\b(?:has been|have been|was|were)\s+(?:edited|condensed)(?:\s+and\s+(?:edited|condensed))?\s+for\s+(?:length|clarity|brevity)/i;

/** Words of narration reporting speech (`said`, `according to`): a paragraph holding them is no answer's going on. */
const NARRATED_SPEECH = /\b(?:said|says|told|tells|wrote|added|according to|announced)\b/;

/** A paragraph signing the one before: a dash, a name of two to four capitalised words, perhaps a role after a comma. */
const SIGNATURE_LINE = /^\s*[\u2014\u2013-]\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3})(?:,\s*[^\n.!?]{1,80})?\s*$/u;

/** Verbs a headline's subject goes on with after a comma (`Kremlin says …, dismisses reports as “fiction”`). */
const HEADLINE_NEXT_VERBS: ReadonlySet<string> = new Set(['dismisses', 'rejects', 'denies', 'warns', 'adds', 'vows', 'urges', 'slams', 'blasts', 'calls', 'defends',
  'promises', 'pledges', 'insists', 'admits', 'threatens', 'accuses', 'criticizes', 'criticises', 'praises', 'hails', 'demands', 'blames', 'announces']);

/** Verbs in the past of what a business does that end otherwise than in -ed (`Nordhaven Motors cut its forecast`). */
const BUSINESS_PASTS: ReadonlySet<string> = new Set(['cut', 'sold', 'bought', 'won', 'lost', 'shut', 'paid', 'spent', 'struck', 'set', 'made', 'built', 'fell', 'rose', 'grew', 'began', 'held', 'hit', 'withdrew', 'froze']);

/** Gives a person named in apposition to someone's kin (`her son, Mateo`) the kin noun's gender, when nothing showed one. */
function noteKinGender(person: Entity | null, kin: string): void {
  if (person && person.kind === 'person' && !person.gender) person.gender = genderOfWords(kin);
}

/**
 * Whether the organization named by the capitalised run tokens[k..e] (its name starting at tokens[first]) is one the
 * story is about, which `the company` or `the group` may mean next: a company by its legal suffix or company word
 * (`Northwind Foods Inc reported`, `Auto maker Kestrel Motors is recalling`) unless named in passing after a
 * preposition (`an analyst at Maple Securities`), or any organization opening its sentence before its verb
 * (`The Canadian Home Builders' Association blamed …`).
 */
function storyOrganization(r: ParagraphReading, first: number, k: number, e: number, text: string): boolean {
  const tokens = r.tokens;
  if (e > k && (CORPORATE_SUFFIXES.has(tokens[e].lower) || COMPANY_WORDS.has(tokens[e].lower)) && !objectOfPreposition(tokens, k)) return true;
  // (a one-word name only after its kind: `Budget airline SkyHop cancelled`)
  return e + 1 < tokens.length && !tokens[e + 1].cap && (tokens[e + 1].lists & (IN_NOT_NAME_WORDS | IN_DETERMINERS)) === 0 &&
    first >= 0 && first <= e && ((first < e && opensSentence(r, first)) || kindOpensSentenceBefore(r, first, text));
}

/** `Rights group Amnesty International said`: a kind of organization, in lower case but for the sentence's first word, opens the sentence before the name at tokens[first]. */
function kindOpensSentenceBefore(r: ParagraphReading, first: number, text: string): boolean {
  const s = r.sentenceStart[first];
  if (first - s < 1 || !COMPANY_KIND_NOUNS.has(r.tokens[first - 1].lower)) return false;
  // (back over the kind's lower-case words to its first word, which opens the sentence or follows a dateline's dash:
  // `LONDON, July 8 (Reuters) - Budget airline SkyHop cancelled`)
  let m = first - 1;
  while (m > s && m > first - 4 && !r.tokens[m - 1].cap && spaceBetween(text, r.tokens[m - 1], r.tokens[m])) m--;
  if (m > s && r.tokens[m - 1].cap && spaceBetween(text, r.tokens[m - 1], r.tokens[m])) m--;
  return m === s || isDash(text, r.tokens[m - 1].end, r.tokens[m].start);
}

/** Whether the name starting at tokens[k] opens its sentence (perhaps after `The`). */
function opensSentence(r: ParagraphReading, k: number): boolean {
  const s = r.sentenceStart[k];
  return k === s || (k - 1 === s && r.tokens[s].lower === 'the');
}

/** Whether the name starting at tokens[k] follows a preposition (`at Maple Securities`, `of the Harbor Bank`). */
function objectOfPreposition(tokens: Token[], k: number): boolean {
  let p = k > 0 && tokens[k - 1].lower === 'the' ? k - 2 : k - 1;
  // (`a partner at venture firm Redwood Capital`: past the lower-case words naming its kind)
  for (let m = 0; m < 3 && p > 0 && !tokens[p].cap && /^[a-z-]+$/.test(tokens[p].lower) && !/^(at|of|for|from|with|by|in|to|on|about|against|via|the)$/.test(tokens[p].lower); m++) p--;
  if (p >= 0 && tokens[p].lower === 'the') p--;
  // (`Shares of Orvale Analytics fell`: the company whose shares the story follows is its subject)
  if (p > 0 && (tokens[p].lower === 'of' || tokens[p].lower === 'in') && /^(shares|stock|stocks|stake)$/.test(tokens[p - 1].lower)) return false;
  return p >= 0 && /^(at|of|for|from|with|by|in|to|on|about|against|via)$/.test(tokens[p].lower);
}

/** `a tablet it calls`, `an app which they call`: a noun, then perhaps `which` or `that`, before the pronoun at tokens[p]. */
function namedThingBefore(tokens: Token[], p: number): boolean {
  let n = p - 1;
  if (n >= 0 && (tokens[n].lower === 'which' || tokens[n].lower === 'that')) n--;
  return n >= 0 && !tokens[n].cap && /^[a-z]{3,}$/.test(tokens[n].lower) && (tokens[n].lists & (IN_NOT_NAME_WORDS | IN_SPEECH_VERBS | IN_DETERMINERS)) === 0 &&
    !/(ed|ing|ly)$/.test(tokens[n].lower);
}

/** Words opening a sentence that introduces someone new (`One nurse …`, `A teacher …`, `Another resident …`). */
const INTRODUCING_OPENERS = new Set(['one', 'a', 'an', 'another']);

/** `budget carrier SkyHop`, `the automaker Kestrel Motors`: a name whose first token (tokens[first]) follows a kind of company, with no given name. */
function companyNamedAfter(text: string, tokens: Token[], first: number): boolean {
  if (first < 1 || !COMPANY_KIND_NOUNS.has(tokens[first - 1].lower) || tokens[first - 1].cap) return false;
  if (!spaceBetween(text, tokens[first - 1], tokens[first]) && !kindInApposition(text, tokens, first)) return false;
  return (tokens[first].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) === 0;
}

/**
 * `the pilots' union, BALPA,`, `the promoter, Northlight Live,`: a name set off by commas after a determined kind of
 * organization (tokens[first - 1]), the name starting at tokens[first].
 */
function kindInApposition(text: string, tokens: Token[], first: number): boolean {
  const kind = first - 1;
  if (kind < 1 || text.slice(tokens[kind].end, tokens[first].start) !== ', ') return false;
  const before = tokens[kind - 1];
  const determined = (before.lists & IN_DETERMINERS) !== 0 || isPossessive(before.lower) ||
    text.slice(before.end, tokens[kind].start) === "' " || text.slice(before.end, tokens[kind].start) === '’ ';
  if (!determined) return false;
  // (the name closes the appositive: `BALPA, had rejected`, `Northlight Live.`)
  let e = first;
  while (e + 1 < tokens.length && e < first + 5 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
  const after = text.charCodeAt(tokens[e].end);
  return after === 44 || after === 46 || after === 41;
}

/** The last token of a name of two to four capitalised words starting at k, or -1. */
function nameRunEnd(text: string, tokens: Token[], k: number): number {
  if (!tokens[k].cap || (tokens[k].lists & IN_NOT_NAME_WORDS) !== 0) return -1;
  let e = k;
  while (e + 1 < tokens.length && e < k + 3 && tokens[e + 1].cap && (tokens[e + 1].lists & IN_NOT_NAME_WORDS) === 0 && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
  return e === k ? -1 : e;
}

/** `said in a regulatory filing`, `wrote in her letter`: the speech verb before `in` and the document tokens[d] (a determiner and up to two words before it), or -1. */
function cueBeforeMedium(tokens: Token[], d: number, floor: number): number {
  let m = d - 1;
  while (m > floor && m >= d - 3 && (tokens[m].lists & IN_DETERMINERS) === 0) m--;
  if (m - 2 < floor || (tokens[m].lists & IN_DETERMINERS) === 0 || tokens[m - 1].lower !== 'in') return -1;
  const v = tokens[m - 2];
  return !v.cap && (v.lists & IN_SPEECH_VERBS) !== 0 ? m - 2 : -1;
}

/** The index of the token starting at offset `start`, looked for back from tokens[from], or -1. */
function tokenStartingAt(tokens: Token[], from: number, start: number): number {
  let k = from;
  while (k > 0 && tokens[k].start > start) k--;
  return tokens[k].start === start ? k : -1;
}

/** Whether the token before k is a capitalised word that k continues, as a name (`Xi Jinping`). */
function prevInName(text: string, tokens: Token[], k: number): boolean {
  return k > 0 && tokens[k - 1].cap && (tokens[k - 1].lists & IN_NOT_NAME_WORDS) === 0 && spaceBetween(text, tokens[k - 1], tokens[k]);
}

/** `Name, a …`, `Name, 50`, `Name — the …`, `Name, president of …`: an appositive describing the name just read. */
function isAppositiveAfter(text: string, last: Token, next: Token): boolean {
  if (!isAppositiveGap(text, last.end, next.start)) return false;
  // `Greaves, who took over in 2021, has …`: a relative clause about a person is an appositive too
  const c = next.lower.charCodeAt(0);
  return APPOSITIVE_OPENERS.has(next.lower) || (c >= 48 && c <= 57) || ((next.lists & IN_TITLE_WORDS) !== 0 && (next.lists & IN_NATIONALITIES) === 0);
}

/** Whether a participle's aside set off by commas follows the name ending at tokens[e], then a word in lower case (`, dressed in …, turned`). */
function participleAsideAfter(text: string, tokens: Token[], e: number): boolean {
  const p = tokens[e + 1];
  if (!p || text.slice(tokens[e].end, p.start) !== ', ' || !/^[a-z]{3,}(?:ed|ing)$/.test(p.lower)) return false;
  for (let m = e + 2; m < tokens.length && m <= e + 12; m++) {
    const gap = text.slice(tokens[m - 1].end, tokens[m].start);
    // (`, speaking in Columbia, South Carolina, was`: a place's state or country after its own comma goes on with the aside)
    if (gap === ', ' && tokens[m].cap && tokens[m - 1].cap) {
      let q = m;
      while (q + 1 < tokens.length && q < m + 2 && tokens[q + 1].cap && text.slice(tokens[q].end, tokens[q + 1].start) === ' ') q++;
      if (q + 1 < tokens.length && text.slice(tokens[q].end, tokens[q + 1].start) === ', ') { m = q; continue; }
    }
    if (gap === ', ') return !tokens[m].cap && (tokens[m].lists & (IN_DETERMINERS | IN_NOT_VERBS | IN_SUBJECT_PRONOUNS)) === 0;
    if (gap !== ' ') return false;
  }
  return false;
}

/** Words after a name and a comma that open an appositive (`Greaves, who …`, `Yuni, a resident …`). */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', 'who', 'whose', 'another']);
/** Prepositions before the title of a show or publication (`on CNN’s “New Day,”`, `in “The Atlantic”`). */
const TITLE_PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'from', 'to', 'for', 'with']);
/** Determiners before a name used as a modifier (`the “Activate” project`). */
const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/** Whether text[from, to) is a comma, or spaces and a dash, then spaces (what /^(,|\s+[—–])\s+$/ finds). */
function isAppositiveGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 44) i++;
  else {
    const spaces = i;
    while (i < to && isJsSpace(text.charCodeAt(i))) i++;
    if (i === spaces || i >= to) return false;
    const c = text.charCodeAt(i);
    if (c !== 0x2014 && c !== 0x2013) return false;
    i++;
  }
  const spaces = i;
  while (i < to && isJsSpace(text.charCodeAt(i))) i++;
  return i === to && i > spaces;
}

/** Whether text[from, to) is only white space, or empty (what /^\s*$/ finds in its slice). */
function onlyJsSpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to) holds only white space, commas and colons (what /^[\s,:]*$/ finds in its slice). */
function onlySpacesCommasColons(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 58 && !isJsSpace(c)) return false;
  }
  return true;
}

/** A role with a title or honorific of a person (`President`, `Dr.`), not only a place or a possessor. */
function hasPersonTitle(role: string): boolean {
  return role.toLowerCase().split(/\s+/).some(w => TITLE_WORDS.has(w) && !NATIONALITIES.has(w));
}

/** Index of the first of frames[lo, hi) whose cue starts at or after `offset`. */
function lowerBound(frames: Frame[], lo: number, hi: number, tokens: Token[], offset: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[frames[mid].cue].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The index of a frame of `frames`: they are in the order of their cues, one frame a cue (see findFrames). */
function frameIndex(frames: Frame[], f: Frame): number {
  let lo = 0, hi = frames.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (frames[mid].cue < f.cue) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const byStartThenEnd = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

// Statements and mentions mostly come in reading order already, and a sort copies the array even then:
// these tell when a stable sort would leave the items as they are.

/** Whether the items are in the order of their starts. */
function startsInOrder(items: Array<{ start: number }>): boolean {
  for (let k = 1; k < items.length; k++) if (items[k - 1].start > items[k].start) return false;
  return true;
}

/** Whether the items are in the order of their starts, then of their ends. */
function spansInOrder(items: Array<{ start: number; end: number }>): boolean {
  for (let k = 1; k < items.length; k++) {
    const a = items[k - 1], b = items[k];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

function uniqueSorted(spans: Span[]): Span[] {
  const sorted = spansInOrder(spans) ? spans : spans.slice().sort(byStartThenEnd);
  return sorted.filter((m, k) => k === 0 || m.start !== sorted[k - 1].start || m.end !== sorted[k - 1].end);
}

/**
 * `He added, “Come back.”`, `Lee told Dana Reed, “Try it.”`: a quote set off by a comma right after its cue
 * (and a listener) opens a sentence of its own, as after a colon.
 */
function introducedByComma(text: string, tokens: Token[], f: Frame, prev: number, open: number): boolean {
  const gap = text.slice(tokens[prev].end, open);
  // `Said Jane Okafor, who grew up with him, “We were proud.”`, `According to the Daily Caller, “Labott also …”`: after a
  // cue that opens the sentence, a quote after a comma or a colon is all that was said
  if (!f.speakerFirst && tokens[f.cue].cap && prev >= f.last) return /[,:]\s*$/.test(gap) && /^\p{Lu}/u.test(text.slice(open + 1, open + 3).replace(/^['"‘“]/, ''));
  // `chanting “Maya! Maya!”`: right after the cue a comma is not needed
  if (!f.speakerFirst || prev < f.cueEnd || prev - f.cueEnd > 7 || !(/^\s*,\s*$/.test(gap) || (prev === f.cueEnd && /^\s+$/.test(gap)))) return false;
  if (!/^\p{Lu}/u.test(text.slice(open + 1, open + 3).replace(/^['"‘“]/, ''))) return false; // `said, “to be fair …”` stays partial
  // (`quipped to Colton, “That you should …”`, `told the crowd, “…”`: a listener after `to` or `the`)
  // (`told me over lunch last week, “…”`: then when or where, after a preposition)
  let adverbial = false;
  for (let k = f.cueEnd + 1; k <= prev; k++) {
    if (k > f.cueEnd + 1 && WHEN_OR_WHERE_PREPOSITIONS.has(tokens[k].lower) && k < prev) adverbial = true;
    else if (!adverbial && !tokens[k].cap && (tokens[k].lists & IN_LISTENERS) === 0 && !(k < prev && (tokens[k].lower === 'to' || tokens[k].lower === 'the'))) return false;
    else if (adverbial && (tokens[k].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) !== 0) return false;
  }
  // (`as The Daily Beast called them in an article last week, ''Manchurian anchors''`: what someone is called is a name)
  return prev - f.cueEnd <= 3 || (adverbial && !NAMING_VERBS.has(tokens[f.cue].lower));
}

/** Whether text[from, to) holds a letter or a digit (what /[\p{L}\p{N}]/u finds), read in place while it is ASCII. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c >= 128) return /[\p{L}\p{N}]/u.test(text.slice(i, to));
  }
  return false;
}

/** Whether a colon, then only spaces, ends text[from, to) (what /:\s*$/ finds). */
function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
  return i >= from && text.charCodeAt(i) === 58;
}

/** Whether text[at] is a lower-case letter (what /^\p{Ll}/u finds in it). */
function isLowerAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text[at] ?? '');
}

/** Whether text[at] opens a quote as a sentence does: a capital, a digit, an opening mark or bracket, an ellipsis. */
/**
 * `Evans said the offer “would not cover the rents”, and warned that …`: words quoted inside a reported clause are
 * said with that clause's cue, not the nearest other one. `drafts` holds the quotes in text order, then the clauses.
 */
/**
 * `Phone records show three messages were sent …, according to court filings.`: what a document shows, inside a clause
 * someone else reports, is part of that clause and no statement of its own.
 */
/**
 * `In a statement released Tuesday, Ms. Park said`: the document's noun of a phrase opening the sentence at tokens[s] (`In a`, `In
 * her`, then the noun, perhaps after one word) and closed by a comma before tokens[first]; -1 if none.
 */
function openingDocument(text: string, tokens: Token[], s: number, first: number): number {
  if (s + 2 >= first || tokens[s].lower !== 'in' || (tokens[s + 1].lists & IN_DETERMINERS) === 0 && !POSSESSIVE_DETERMINERS.has(tokens[s + 1].lower)) return -1;
  const d = (tokens[s + 2].lists & IN_DOCUMENT_NOUNS) !== 0 ? s + 2 : s + 3 < first && (tokens[s + 3].lists & IN_DOCUMENT_NOUNS) !== 0 ? s + 3 : -1;
  if (d < 0 || tokens[d].cap) return -1;
  for (let m = d; m < first && m < d + 12; m++) if (hasComma(text, tokens[m].end, tokens[m + 1].start)) return d;
  return -1;
}

/** Believing verbs (`did not believe`, `never thought`): what someone holds, not says. */
const BELIEVING = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'expect', 'expects', 'expected']);

/** Whether frame `f` denies a belief: `did not believe`, `never thought`, `don't think`. */
function deniedBelief(tokens: Token[], f: Frame): boolean {
  if (!BELIEVING.has(tokens[f.cue].lower)) return false;
  for (let m = f.cue - 1; m >= 0 && m >= f.cue - 2; m--) {
    const w = tokens[m].lower;
    if (w === 'not' || w === 'never' || /n['’]t$/.test(w)) return true;
  }
  return false;
}

function dropEvidenceInsideReported(drafts: Draft[], tokens: Token[]): void {
  // (`… said the findings confirmed what its members had long suspected`: a document's verb of saying is evidence too)
  // (`He said police did not believe there were other victims`: nor is a belief someone denies, inside what someone said, a
  // statement of its own; alone it would say the opposite)
  const isEvidence = (f: Frame) => (tokens[f.cue].lists & (IN_SPEECH_VERBS | IN_EVIDENCE_VERBS)) === IN_EVIDENCE_VERBS ||
    (f.speakerFirst && f.phrase.kind === 'description' && f.cue > 0 && tokens[f.cue - 1].end === f.phrase.end && (tokens[f.cue - 1].lists & IN_DOCUMENT_NOUNS) !== 0) ||
    deniedBelief(tokens, f);
  let evidence = false;
  for (const d of drafts) if (d.kind === 'indirect' && d.frame && isEvidence(d.frame)) { evidence = true; break; }
  if (!evidence) return;
  for (let k = drafts.length - 1; k >= 0; k--) {
    const d = drafts[k];
    if (d.kind !== 'indirect' || !d.frame || !isEvidence(d.frame)) continue;
    const cue = tokens[d.frame.cue].start;
    if (drafts.some(o => o !== d && o.kind === 'indirect' && o.frame !== d.frame && o.start <= cue && d.end <= o.end)) drafts.splice(k, 1);
  }
}

/** Whether a frame is `as X put it`. */
function asPutIt(tokens: Token[], f: Frame): boolean {
  return f.speakerFirst && f.first > 0 && tokens[f.first - 1].lower === 'as' && /^puts?$/.test(tokens[f.cue].lower) && tokens[f.cueEnd].lower === 'it';
}

function adoptClauseCues(drafts: Draft[], tokens: Token[]): void {
  let partials = false;
  for (const d of drafts) if (d.kind === 'partial') { partials = true; break; }
  if (!partials) return;
  const clauses = drafts.filter(d => d.kind === 'indirect' && d.frame);
  if (!clauses.length) return;
  if (!startsInOrder(clauses)) clauses.sort((a, b) => a.start - b.start);
  // the clause reaching furthest among those starting at or before each quote (clauses may nest); a cue inside
  // that clause reports nested speech, more closely than the clause's own
  let c = 0, reach: Draft | null = null;
  for (const d of drafts) {
    if (d.kind !== 'partial' || !d.frame) continue;
    while (c < clauses.length && clauses[c].start <= d.start) {
      if (!reach || clauses[c].end > reach.end) reach = clauses[c];
      c++;
    }
    if (!reach || reach.end < d.end || reach.frame === d.frame) continue;
    // (`Critics argue the rule would “reward delay,” as Senator Ona Pratt put it`: the words are whoever `put it` so)
    if (asPutIt(tokens, d.frame)) continue;
    const cue = tokens[d.frame.cue].start;
    if (cue < reach.start || cue >= reach.end) d.frame = reach.frame;
  }
}

/**
 * `“We are building for people who do not live here yet,” she said, “and forgetting the people who do.”`: a quote
 * resuming, after its attribution, a sentence quoted up to a comma goes on saying it, whatever its first letter.
 */
function resumesSplitQuote(text: string, tokens: Token[], f: Frame, before: Quotation | null, q: Quotation): boolean {
  if (!before || before.close < 0 || f.according || !opensDirectQuote(text, before.start)) return false;
  const fs = Math.min(tokens[f.first].start, f.phrase.start), fe = Math.max(tokens[f.last].end, f.phrase.end);
  if (fs < before.after || fe > q.open) return false;
  let c = before.end;
  while (c > before.start && (text.charCodeAt(c - 1) === 32)) c--;
  // (`Ruiz said on Monday, “and …”`, `Ruiz told reporters, “and …”`: a few words of when, where or to whom may follow the cue)
  return text.charCodeAt(c - 1) === 44 && /^[\s,]*$/.test(text.slice(before.after, fs)) && /^(\s+[\p{L}\p{N}.'’-]+){0,4}\s*,\s*$/u.test(text.slice(fe, q.open));
}

function opensDirectQuote(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 91 || c === 40;
  return /^[\p{Lu}\d“‘’"'\[(…]/u.test(text[at] ?? '');
}

/** `Q:` or `A:` (`Question:`, `Answer:`) opening a paragraph, as interviews print questions and answers. */
function interviewMark(text: string, p: { start: number; end: number }): 'Q' | 'A' | null {
  let i = p.start;
  while (i < p.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c !== 81 && c !== 65) return null; // Q, A
  // most paragraphs opening with `A` open a sentence (`A spokesman said`): decide on the next character first
  const n = text.charCodeAt(i + 1);
  if (n !== 58 && n !== 46 && n !== 32 && n !== 117 && n !== 110) return null; // ':', '.', ' ', 'u' (Question), 'n' (Answer)
  const m = INTERVIEW_MARK.exec(text.slice(i, Math.min(p.end, i + 10)));
  return m ? (c === 81 ? 'Q' : 'A') : null;
}

/** `Q:`, `A:`, `Question:`, and with a period, `Q.`, `A.` (then a space). */
const INTERVIEW_MARK = /^\s*(?:Q|Question|A|Answer)\s*[:.]\s/;

/** Where the words after a paragraph's interview mark start (see interviewMark). */
function interviewMarkEnd(text: string, p: { start: number; end: number }): number {
  const m = INTERVIEW_MARK.exec(text.slice(p.start, Math.min(p.end, p.start + 20)));
  return m ? p.start + m[0].length : p.start;
}

/** The colon after a name in mixed case opening a paragraph (`Marcus Ellery:`, `Ellery:`, `June M. Calloway:`), or -1. */
function mixedLabelEnd(text: string, p: { start: number; end: number }): number {
  let i = p.start;
  while (i < p.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return -1;
  const m = /^((?:[A-Z]\p{Ll}[\p{Ll}'’-]*|[A-Z]\.)(?: (?:[A-Z]\p{Ll}[\p{Ll}'’-]*|[A-Z]\.)){0,3}):[ \t]+\S/u.exec(text.slice(i, Math.min(p.end, i + 60)));
  if (!m || HEADLINE_KICKERS.has(m[1].toLowerCase())) return -1;
  return i + m[1].length;
}

/** The colon after a speaker's name in capitals opening a paragraph (`MARSH:`, `MAYOR LINDA MARSH:`), or -1. */
function transcriptLabelEnd(text: string, p: { start: number; end: number }): number {
  let i = p.start;
  while (i < p.end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return -1;
  // a label is in capitals: `The …`, `He …` are decided by their second letter
  const n = text.charCodeAt(i + 1);
  if (!((n >= 65 && n <= 90) || n === 46 || n === 39 || n === 0x2019 || n === 45)) return -1;
  const m = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]*){0,4}):\s+\S/.exec(text.slice(i, Math.min(p.end, i + 60)));
  if (!m || HEADLINE_KICKERS.has(m[1].toLowerCase()) || m[1].replace(/[^A-Z]/g, '').length < 3) return -1;
  return i + m[1].length;
}

/** An appositive describing a body by a noun (`, a rights group,`, `, the nurses' union,`): the noun. */
const ORGANIZATION_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}?([a-z]+),/u;

/** Whether text[start, end) opens more parentheses than it closes. */
function opensParenthesis(text: string, start: number, end: number): boolean {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && depth > 0) depth--;
  }
  return depth > 0;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0, inWord = false;
  const stop = Math.min(end, start + 400);
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return end > stop ? n + 50 : n;
}

function isTitleCase(text: string, start: number, end: number, allowFinalStop = false): boolean {
  let s = text.slice(start, Math.min(end, start + 120)).trim();
  // (a comma inside the marks is only how American copy punctuates: `“Winter at Calloway House,” which opened …`)
  s = allowFinalStop ? s.replace(/[.,]$/, '') : s.replace(/,$/, '');
  if (/[.!?,]$/.test(s)) return false;
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length > 8) return false;
  const minor = /^(of|the|a|an|and|or|in|on|at|to|for|with|by|from|is|are)$/i;
  // (`Fox & Friends`: an ampersand joins words of a title)
  return words.every((w, k) => /^[\p{Lu}\d#@]/u.test(w) || (k > 0 && (minor.test(w) || w === '&')));
}
