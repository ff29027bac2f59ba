/**
 * Reported speech: the clause a frame reports. `X said (that) <clause>`,
 * `X told reporters <clause>`, `<clause>, X said.`, `according to X, <clause>`.
 */
import { inFreeRelative, isHearing, relativePronounBefore, type Frame } from './attribution';
import {
  APPRAISAL_NOUNS, CLAUSE_STARTERS, IN_DOCUMENT_NOUNS, COUNTED_TIMES, DAYS, DIRECTIVE_VERBS, REMARK_NOUNS, IN_AUXILIARIES, IN_BE_FORMS, IN_CLAUSE_VERBS, IN_CUE_FILLERS, IN_DETERMINERS, IN_EVIDENCE_VERBS, IN_LISTENERS, IN_NOT_VERBS,
  IN_PHRASE_STOPS, IN_SENTENCE_OPENERS, IN_SPEECH_VERBS, IN_SUBJECT_PRONOUNS, NOUN_OBJECT_CUES, THAT_ONLY_CUES, OBJECT_VERBS, PHRASE_PREPOSITIONS, STRANDED_PREPOSITIONS,
  isSideWord, IRREGULAR_PASTS, PAST_FORMS, SUBORDINATORS, SUBJECT_PRONOUNS, UNSAID_VERBS, BACK_CUES, MODALS, TIME_UNITS,
} from './lexicon';
import { hasComma, isDigitAt, hasQuoteMark, isJsSpace, isOneSpace, isPossessive, isQuoteMarkCode, onlyBetween, tokenAtOrAfter, type Token } from './text';

export interface ReportedClause {
  start: number;
  end: number;
  frame: Frame;
}

const MAX_CLAUSE = 120;
const LEAD_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'meanwhile', 'now', 'also']);
/** Words after a cue that open an adverbial, not the reported clause (`said in a statement that`). */
const ADVERBIAL_LEADS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'late', 'outside', 'inside', 'near', 'beside', 'amid',
  'early', 'via', 'over', 'through', 'to', 'with', 'from', 'publicly', 'privately', 'repeatedly', 'again', 'recently',
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'separately', 'then', 'also', 'previously', 'frequently', 'often']);
/** Words after a cue that show no clause follows (`said goodbye`, `told him about`). */
const NOT_CLAUSE = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'by', 'about', 'of', 'from', 'after', 'before', 'during',
  'as', 'so', 'yes', 'no', 'goodbye', 'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'otherwise',
  'hello', 'thanks', 'sorry', 'not', 'only', 'just', 'and', 'or', 'but', 'while', 'because', 'since', 'until', 'than',
  'over', 'into', 'onto', 'upon', 'against', 'toward', 'towards', 'via', 'through', 'then', 'too', 'also', 'again', 'later',
  'inside', 'outside', 'near', 'behind', 'beside', 'outside', 'around', 'across', 'among', 'between', 'beyond']);
/** Prepositions that never open a reported clause, even after a listener (`tell the mayor about being homeless`). */
const NEVER_CLAUSE = new Set(['about', 'of', 'inside', 'outside', 'near', 'behind', 'beside', 'around', 'across', 'among', 'between', 'beyond']);

/** Words that count or share out: `half`, `a quarter`, `three`, `a dozen`, `two-thirds`. */
const QUANTITY_WORDS = new Set(['half', 'quarter', 'third', 'fifth', 'tenth', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty', 'two-thirds', 'three-quarters', 'handful', 'fraction', 'few', 'one']);

/** Whether tokens[k] opens a quantity: a number, or a share or a number in words (`a quarter`, `half`, `three`). */
function quantityAt(tokens: Token[], k: number, last: number): boolean {
  const w = tokens[k].lower;
  if (/^\d/.test(w)) return true;
  if ((w === 'a' || w === 'an') && k + 1 <= last) return QUANTITY_WORDS.has(tokens[k + 1].lower);
  return QUANTITY_WORDS.has(w);
}

function bare(lower: string): string {
  let k = 0;
  while (k < lower.length && lower.charCodeAt(k) !== 39 && lower.charCodeAt(k) !== 0x2019) k++; // ' ’
  return k > 0 && k < lower.length ? lower.slice(0, k) : lower;
}

// word lists the clause rules test a token's lower-case form against (set look-ups rather than regexes: a token's
// string is interned, its hash already computed)
const SUBORDINATE_OPENERS = new Set(['when', 'if', 'because', 'although', 'while', 'unless', 'once']);
const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding']);
/** What opens a clause after `add` (`added he would …`); anything else is what was added (`added a goal`). */
const OPENERS_AFTER_ADD = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there', 'this', 'that', 'his', 'her', 'their', 'its']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'or', 'while', 'as']);
/** Words right after a directive cue that open no object (`urged to`, `called for`). */
const NOT_OBJECTS = new Set(['to', 'that', 'not', 'for', 'about', 'if', 'whether', 'of', 'against']);
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
/**
 * Whether the words tokens[from..to] a frame seems to report are only when or where it was said, or how (`told me one grey
 * morning, one hand on the wheel`, `said this week at an event in Wyoming`, `according to … About 10:03 p.m.`): they open
 * with a preposition or a word of time, or hold one, and have no verb a clause would have.
 */
function adverbialOnly(tokens: Token[], from: number, to: number): boolean {
  if (from > to || to >= tokens.length) return false;
  let timely = ADVERBIAL_OPENERS.has(tokens[from].lower) || PHRASE_PREPOSITIONS.has(tokens[from].lower);
  for (let k = from; k <= to; k++) {
    const t = tokens[k], w = t.lower;
    // (the cheapest tests first: most clauses show a verb or a subject within a few words)
    if ((t.lists & (IN_SUBJECT_PRONOUNS | IN_AUXILIARIES)) !== 0) return false;
    if (TIME_UNITS.has(w) || DAYS.has(w) || MONTHS_LOWER.has(w)) { timely = true; continue; }
    if (k > from && (verbInPastOrAuxiliary(t) || w === 'to' || (!t.cap && isAsciiWordEnding(w, 's') && !isAsciiWordEnding(w, 'ss')) || isAsciiIng(w))) return false;
    if (MODALS.has(w) || ((w.indexOf("'") >= 0 || w.indexOf('’') >= 0) && /['’](t|ll|d|s|re|ve|m)$/.test(w))) return false;
  }
  return timely;
}

/** Whether tokens[k..] are a few words saying when (`last week`, `on Friday`, `earlier this month`), a comma, then a participle in lower case. */
function timeThenParticiple(text: string, tokens: Token[], k: number, s1: number): boolean {
  let timely = false;
  for (let m = k; m <= s1 && m < k + 4; m++) {
    const w = tokens[m].lower;
    if (TIME_UNITS.has(w) || DAYS.has(w) || MONTHS_LOWER.has(w)) timely = true;
    else if (!/^(last|this|next|early|late|earlier|later|on|in|at|the|morning|afternoon|evening|night|weekend|today|yesterday|tonight)$/.test(w) && !/^\d+$/.test(w)) return false;
    if (hasComma(text, tokens[m].end, tokens[m + 1]?.start ?? tokens[m].end)) return timely && m + 1 <= s1 && isAsciiIng(tokens[m + 1].lower) && !tokens[m + 1].cap;
  }
  return false;
}

/** Whether tokens[from..to] are all inside quotation marks. */
function quotedThrough(inQuote: number[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (!inQuote[m]) return false;
  return true;
}

/** Pronouns a cue tells something to (`told him`, `telling them`). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/** Adverbs before a subordinator of time (`almost immediately after`, `shortly before`). */
const TIME_ADVERBS = new Set(['almost', 'immediately', 'just', 'shortly', 'soon', 'right', 'long', 'only', 'even']);
/** Subordinators that say when (`after she did`, `before the vote`). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'until', 'since', 'once', 'when', 'while']);

/** Whether a verb in the past or an auxiliary stands among tokens[from..to]. */
function pastOrAuxiliaryWithin(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (verbInPastOrAuxiliary(tokens[m])) return true;
  return false;
}

/** Cues that also take an infinitive of what is done (`agreed to republish`, `vowed to fight`). */
const INFINITIVE_CUES = new Set(['agreed', 'agrees', 'agree', 'promised', 'promises', 'vowed', 'vows', 'pledged', 'pledges', 'threatened', 'threatens',
  'offered', 'offers', 'refused', 'refuses', 'declined', 'declines', 'decided', 'decides', 'hoped', 'hopes', 'planned', 'plans', 'wanted', 'wants']);

/** Words opening a phrase of time or manner, never a clause (`this week`, `last year`, `about 10 p.m.`, `as for …`). */
const ADVERBIAL_OPENERS = new Set(['this', 'last', 'about', 'as', 'even', 'rather', 'one', 'early', 'late', 'later', 'earlier', 'shortly']);
/** Months, lower-cased, but `may`: that is a modal far more often. */
const MONTHS_LOWER = new Set(['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * Whether a frame before frames[fi] has its cue in text[from, to). Frames are in the order of their cues, so the walk back stops
 * at the first cue before `from` (a paragraph of many frames stays linear).
 */
function frameWithin(tokens: Token[], frames: Frame[], fi: number, from: number, to: number): boolean {
  for (let g = fi - 1; g >= 0 && tokens[frames[g].cue].start >= from; g--) if (tokens[frames[g].cue].end <= to) return true;
  return false;
}

/** Words opening a clause that concedes (`…, though …`). */
const CONCEDING_OPENERS = new Set(['though', 'although']);
/** Words that end a directive's object phrase without a `to` (`told the House before …`). */
const AFTER_OBJECT = new Set(['before', 'after', 'while', 'because', 'since', 'about', 'for', 'with', 'from', 'by', 'in', 'at', 'into', 'over', 'than', 'and', 'or', 'but']);
const PERSONAL_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Whether w is ASCII lower-case letters ending in `ending` after at least one more (what /^[a-z]+ending$/ finds). */
function isAsciiWordEnding(w: string, ending: string): boolean {
  if (w.length <= ending.length || !w.endsWith(ending)) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** /^[a-z]+ing$/: a participle or gerund written in ASCII. */
function isAsciiIng(w: string): boolean {
  return isAsciiWordEnding(w, 'ing');
}

/** Subordinators and relatives that embed a frame inside another frame's clause. */
const EMBEDDING_WORDS = new Set(['when', 'if', 'because', 'who', 'that', 'since', 'although', 'though', 'where', 'unless', 'until', 'whom', 'which', 'whether']);

/** After `for` at tokens[k], a span of time and `that` (`for months that`, `for a long time that`): the index of `that`, else -1. */
function thatAfterDuration(text: string, tokens: Token[], k: number, s1: number): number {
  for (let m = k + 1; m < s1 && m <= k + 4; m++) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) || tokens[m].cap) return -1;
    if (TIME_UNITS.has(tokens[m].lower) || tokens[m].lower === 'time' || tokens[m].lower === 'while') {
      return tokens[m + 1].lower === 'that' && isOneSpace(text, tokens[m].end, tokens[m + 1].start) ? m + 1 : -1;
    }
  }
  return -1;
}

/** Subordinators that open a sentence with a clause of their own (`When …, `, `Because …, `). */
const WH_WORDS = new Set(['that', 'what', 'who', 'how', 'why', 'when', 'where', 'whether', 'if', 'which']);

const TIME_LEADS = new Set(['by', 'on', 'in', 'at', 'during', 'after', 'last', 'this', 'earlier', 'late', 'early', 'before', 'when', 'while', 'through', 'via', 'over']);

/** The reported clauses of the frames of one paragraph. */
export function findReported(text: string, tokens: Token[], frames: Frame[], inQuote: number[],
  sentenceStart: number[], sentenceEnd: number[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  let lastAfterStart = -1;
  for (let fi = 0; fi < frames.length; fi++) {
    const f = frames[fi];
    const cue = tokens[f.cue].lower;
    if (!f.according && !reportsClause(tokens, f) && !DIRECTIVE_VERBS.has(cue) && !ACCUSE_FORMS.has(cue) && !QUESTION_CUES.has(cue)) continue;
    // `Asked whether he would testify, Hale said …`: a cue inside a question asked reports nothing
    if (f.speakerFirst && f.first > 0 && (tokens[f.first - 1].lower === 'whether' || (tokens[f.first - 1].lower === 'if' && f.first > 1 && /^(asked|wondered|asking|wondering)$/.test(tokens[f.first - 2].lower)))) continue;
    // (`the study relied on what students reported`, `what he believed was a sanitized version`: a free relative reports no clause)
    if (inFreeRelative(tokens, f)) continue;
    // `Wang told reporters she believes she has …`: a pronoun frame opening another frame's clause is part of it
    if (f.speakerFirst && f.phrase.kind === 'pronoun' && tokens[f.first].start === lastAfterStart) continue;
    // (`anything Whitford could say that would be too much`: a frame in a relative clause on `anything` reports nothing)
    if (f.speakerFirst && f.first > 0 && /^(anything|something|everything|nothing)$/.test(tokens[f.first - 1].lower) && isOneSpace(text, tokens[f.first - 1].end, tokens[f.first].start)) continue;
    // `He would not say which …`: a negated act of saying reports nothing (`did not think …` is still an opinion)
    // (nor does a document's: `the records did not show who was typing`)
    if (!f.according && (SAYING.has(cue) || ACCUSE_FORMS.has(cue) || (tokens[f.cue].lists & IN_EVIDENCE_VERBS) !== 0) && negated(text, tokens, f)) continue;
    // (`Not all economists agree that …`: what not all of them hold is no one's statement)
    if (f.speakerFirst && f.first > 0 && tokens[f.first - 1].lower === 'not' && /^(?:all|every|everyone|everybody|many|most)\b/i.test(text.slice(f.phrase.start, f.phrase.end))) continue;
    // a reported clause is a sentence's worth of words; never look further (keeps huge inputs linear)
    const s0 = Math.max(sentenceStart[f.cue], f.first - MAX_CLAUSE), s1 = Math.min(sentenceEnd[f.cue], f.last + MAX_CLAUSE);
    let after = clauseAfter(text, tokens, frames, fi, inQuote, s0, s1);
    // (`…, the government said last week, marking three years above target`: when it was said, then a participle, report nothing)
    if (after && f.speakerFirst && timeThenParticiple(text, tokens, tokenAtOrAfter(tokens, after.start), s1)) after = null;
    // `The plant will close, the company said Monday, a move that will cost 300 jobs.`: after a frame set off by commas
    // from the clause it reports, a noun phrase opening with `a` or `an` says what that clause amounts to; nobody said it
    // (`…, May said, a potential solution could be …`: one whose verb follows is a clause of its own)
    // (`…, according to public filings, a huge sum for a firm with 35 partners.`: after a source set off by commas too)
    if (after && (f.speakerFirst || f.according) && f.first > sentenceStart[f.cue] && hasComma(text, tokens[f.first - 1].end, tokens[f.first].start)) {
      const k = tokenAtOrAfter(tokens, after.start);
      if (k > 0 && hasComma(text, tokens[k - 1].end, tokens[k].start) && appositiveNounPhraseAt(text, tokens, k, sentenceEnd[f.cue])) after = null;
    }
    // `In an interview, X said <clause>`: what precedes the frame is not reported unless the frame ends
    // the sentence or is set off by commas (`It is on his watch, Scheer said, that …`)
    // (a frame that ends its sentence, `…, he adds. “The question is …`, introduces nothing)
    const introducesQuote = f.last + 1 < tokens.length && opensQuoteBetween(text, tokens[f.last].end, tokens[f.last + 1].start);
    // a directive-only cue (`asked`, `called on`) reports what follows it, never what came before
    // (so does a cue that reports only after `that`: `emailed Clinton at the address she was using`)
    const directiveOnly = !f.according && (!reportsClause(tokens, f) || THAT_ONLY_CUES.has(cue));
    // (what was said may already run across the frame from the subject before it: `The vote, Lee wrote, ended …`)
    const acrossFrame = !!after && after.start < tokens[f.first].start;
    // (`No one was killed, the governor said on Telegram, but four people were hurt`: a comma may close when or where it was said)
    const afterStart = after ? tokenAtOrAfter(tokens, after.start) : -1;
    // (only before a clause of its own a joiner opens: `If she wins, Clinton suggested in a tweet, women won't …` is one clause)
    const setOff = commaBefore(text, tokens, f.last + 1) ||
      (afterStart > f.last + 1 && afterStart - f.last <= 5 && commaBefore(text, tokens, afterStart) && CLAUSE_JOINERS.has(tokens[afterStart].lower));
    // (`a federal judge who has ruled in favor of …`: a frame in a relative clause reports nothing before it)
    // (`a memo which, he said, described …`: nor one set off by commas after the relative pronoun)
    const relativeSetOff = f.speakerFirst && f.first > s0 && /^(which|who)$/.test(tokens[f.first - 1].lower) && hasComma(text, tokens[f.first - 1].end, tokens[f.first].start);
    const before = !introducesQuote && !f.participle && !directiveOnly && !acrossFrame && (!after || setOff) && !relativeCue(tokens, f) && !relativeSetOff ? clauseBefore(text, tokens, f, inQuote, s0, f.last >= sentenceEnd[f.cue] || setOff) : null;
    // (`The bill's author, state Sen. Raymond Kibbe, called it …`: a noun phrase the speaker's name stands in apposition to is its subject)
    // (`The good news for Cruz, Woolson said, is that …`: unless the frame sits between that noun phrase and its verb; then the
    // sentence is what was said, the frame inside it)
    // (`“…,” Obama said of the families, according to a White House pool report.`: a source for words another frame already
    // gives to their speaker reports no clause of its own)
    const framed = f.according && !!before && inQuote[tokenAtOrAfter(tokens, before.start)] === 1 && frameWithin(tokens, frames, fi, before.start, tokens[f.first].start);
    // (`Vance faces 20 years, according to the department, though first offenders get less`: after a source that closes the
    // clause it reports, a clause that concedes is the writer's; after `Bob said, while others …` it is still Bob's)
    if (before && after && f.according && !acrossFrame && CONCEDING_OPENERS.has(tokens[tokenAtOrAfter(tokens, after.start)].lower)) after = null;
    // (`Brandt won, according to an AP race call, giving him an early edge`, `…, according to partial returns, and told supporters …`: nor a
    // participle or a verb with no subject of its own going on with the sentence the source sits in)
    if (before && after && f.according && !acrossFrame) {
      const a = tokenAtOrAfter(tokens, after.start);
      const w = tokens[a].lower;
      if ((isAsciiIng(w) && !tokens[a].cap) || ((w === 'and' || w === 'then') && a + 1 < tokens.length &&
        (pastVerbWithoutSubject(tokens, a + 1) || /^(told|said|wrote|spoke)$/.test(tokens[a + 1].lower)))) after = null;
    }
    // (`It is no surprise, Mr. Garin said, that voters are angry`: an extraposed subject clause is one statement across the frame)
    if (before && after && EXTRAPOSED.test(text.slice(before.start, Math.min(before.end, before.start + 20))) && /^\s*,\s*that\s+$/.test(text.slice(tokens[f.last].end, after.start))) {
      out.push({ start: before.start, end: after.end, frame: f });
      lastAfterStart = after.start;
      continue;
    }
    if (before && subjectInApposition(text, tokens, f, before)) {
      const verb = f.last + 1;
      if (!after && verb <= sentenceEnd[f.cue] && commaBefore(text, tokens, verb) && (tokens[verb].lists & IN_AUXILIARIES) !== 0 && !inQuote[verb]) {
        out.push({ start: before.start, end: tokens[sentenceEnd[f.cue]].end, frame: f });
      }
    } else if (before && !framed) out.push(before);
    // (`His sister, a judge who has ruled …`: nor across it from the subject of the clause it stands in)
    if (after && !(after.start < tokens[f.first].start && relativeCue(tokens, f))) { out.push(after); lastAfterStart = after.start; }
  }
  // (`told me one grey morning, one hand on the wheel`: words that only say when, where or how are no clause)
  return out.filter(c => !adverbialOnly(tokens, tokenAtOrAfter(tokens, c.start), tokenAtOrAfter(tokens, c.end) - 1));
}

/**
 * Whether the words before a frame, `clause`, are only a short noun phrase (`The bill's author`) set off by a comma before a
 * name: then the name is in apposition to it, and the phrase is the speaker, not what was said.
 */
function subjectInApposition(text: string, tokens: Token[], f: Frame, clause: ReportedClause): boolean {
  if (f.phrase.kind !== 'name' || f.phrase.start > tokens[f.cue].start) return false;
  // (back over lower-case role words: `, state Sen. Raymond Kibbe,`)
  let b = f.first;
  while (b > 0 && b > f.first - 3 && !tokens[b - 1].cap && isOneSpace(text, tokens[b - 1].end, tokens[b].start)) b--;
  if (b === 0 || !hasComma(text, tokens[b - 1].end, tokens[b].start)) return false;
  const a = tokenAtOrAfter(tokens, clause.start);
  if (a >= b || b - a > 6 || ((tokens[a].lists & IN_DETERMINERS) === 0 && !isPossessive(tokens[a].lower))) return false;
  for (let m = a; m < b; m++) {
    const w = tokens[m].lower;
    if ((tokens[m].lists & (IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0 || PAST_FORMS.has(w) || IRREGULAR_PASTS.has(w) || (m > a && isAsciiWordEnding(w, 'ed'))) return false;
  }
  return true;
}

/**
 * Whether tokens[k] opens a noun phrase with `a` or `an` that no verb of its own follows before a relative word, a comma or
 * the sentence's end (`a move that will cost …`, `a decision unions called a betrayal`), rather than a clause (`a president
 * must tend …`).
 */
function appositiveNounPhraseAt(text: string, tokens: Token[], k: number, last: number): boolean {
  // (`…, according to Crowdpac, the most of any candidate by far`: or `the` and a superlative)
  const superlative = k + 1 < tokens.length && tokens[k].lower === 'the' && /^(most|least|highest|lowest|largest|biggest|best|worst|first|last|[a-z]{3,}est)$/.test(tokens[k + 1].lower);
  if (k >= tokens.length || (tokens[k].lower !== 'a' && tokens[k].lower !== 'an' && !superlative)) return false;
  for (let m = k + 1; m <= last && m <= k + 8; m++) {
    if ((tokens[m].lists & IN_AUXILIARIES) !== 0) return false;
    if (/^(that|which|who|whom|whose|where)$/.test(tokens[m].lower) || hasComma(text, tokens[m - 1].end, tokens[m].start)) return true;
  }
  return true;
}

/** Whether the frame's cue can report a clause: a verb of saying or showing, or `pointed out` (a cue with its particle). */
function reportsClause(tokens: Token[], f: Frame): boolean {
  return (tokens[f.cue].lists & (IN_CLAUSE_VERBS | IN_EVIDENCE_VERBS)) !== 0 || isHearing(tokens, f) ||
    // (`responded by saying …`: the gerund after `by` reports)
    (f.cueEnd === f.cue + 2 && tokens[f.cue + 1].lower === 'by' && (tokens[f.cueEnd].lists & IN_CLAUSE_VERBS) !== 0) ||
    // (`As Okafor put it, the city …`)
    (f.cueEnd === f.cue + 1 && tokens[f.cueEnd].lower === 'it' && (tokens[f.cue].lower === 'put' || tokens[f.cue].lower === 'puts') && asOpens(tokens, f)) ||
    (f.cueEnd === f.cue + 1 && tokens[f.cueEnd].lower === 'out' && tokens[f.cue].lower.startsWith('point')) ||
    (f.cueEnd === f.cue + 1 && tokens[f.cueEnd].lower === 'back' && BACK_CUES.has(tokens[f.cue].lower));
}

const SAYING = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'confirm', 'confirms', 'confirmed', 'disclose', 'disclosed',
  'reveal', 'revealed', 'comment', 'commented', 'specify', 'specified', 'elaborate', 'explain', 'explained',
  'announce', 'announces', 'announced', 'mention', 'mentioned', 'indicate', 'indicated', 'answer', 'answered', 'respond', 'responded']);

/** The offset of the quotation mark between `from` and `to` (one is known to be there). */
function openingMarkBefore(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isQuoteMarkCode(text.charCodeAt(i))) return i;
  return to;
}

/** `did not confirm`, `would not say`, `declined to comment`, `gave no details` at tokens[m]: the subject saying nothing. */
function saysNothingFrom(tokens: Token[], m: number, s1: number): boolean {
  const w = tokens[m].lower;
  // (`declined to go into details`)
  if (/^(declined|refused|declines|refuses)$/.test(w)) return m + 2 <= s1 && tokens[m + 1].lower === 'to' && (UNSAID_VERBS.has(tokens[m + 2].lower) ||
    (tokens[m + 2].lower === 'go' && m + 3 <= s1 && tokens[m + 3].lower === 'into'));
  if (/^(gave|offered|provided)$/.test(w)) return m + 1 <= s1 && tokens[m + 1].lower === 'no';
  if (!/^(did|does|would|could|will|has|have|had)$/.test(w) && !endsInNot(w)) return false;
  let v = m + 1;
  if (!endsInNot(w)) {
    if (v > s1 || !/^(not|never)$/.test(tokens[v].lower)) return false;
    v++;
  }
  // (`could not respond until the bridge reopened`: a verb going on to when is no silence)
  return v <= s1 && UNSAID_VERBS.has(tokens[v].lower) && !(v + 1 <= s1 && /^(until|till|unless|within)$/.test(tokens[v + 1].lower));
}

/** `would not say`, `didn’t tell`, `never said`, `declined to say`: the cue is negated. */
function negated(text: string, tokens: Token[], f: Frame): boolean {
  for (let m = f.cue - 1; m >= 0 && m >= f.cue - 3; m--) {
    // `A ministry official, who declined to be named, said …`: an appositive's words do not negate the cue
    if (hasComma(text, tokens[m].end, tokens[m + 1].start)) break;
    const w = tokens[m].lower;
    if (w === 'not' || w === 'never' || endsInNot(w)) return true;
    if (w === 'to' && m > 0 && /^(declined|refused|declines|refuses|decline|refuse)$/.test(tokens[m - 1].lower)) return true;
    if (m === f.first || (f.speakerFirst && m < f.first)) break;
  }
  // (`Neither Lee nor Ruiz said …`, `None of the officials said …`: a subject that denies anyone said it; `None of the
  // scholars thought …` still reports what they all thought)
  if (f.speakerFirst && SAYING.has(tokens[f.cue].lower)) {
    const w = text.slice(f.phrase.start, Math.min(f.phrase.end, f.phrase.start + 8)).toLowerCase();
    const before = f.first > 0 ? tokens[f.first - 1].lower : '';
    if (w.startsWith('none ') || w.startsWith('neither') || before === 'neither' || (before === 'nor' && f.first > 1)) return true;
  }
  return false;
}

/** `n't`, `n’t` closing a word (`didn't`, `won’t`). */
function endsInNot(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 116 || w.charCodeAt(n - 3) !== 110) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Whether the gap text[from, to) after a frame opens a quote (`said: “…`), rather than closing one before a stop. */
function opensQuoteBetween(text: string, from: number, to: number): boolean {
  let opens = false;
  for (let i = from; i < to && !opens; i++) {
    const c = text.charCodeAt(i);
    opens = c === 58 || c === 0x201c || c === 34 || c === 0x2018; // : “ " ‘
  }
  return opens && !/^[”"’]?\s*[.!?]/.test(text.slice(from, to));
}

function commaBefore(text: string, tokens: Token[], k: number): boolean {
  if (k <= 0 || k >= tokens.length) return false;
  return hasComma(text, tokens[k - 1].end, tokens[k].start);
}

/** `X said (that) <clause>` */
function nextFrameAfter(frames: Frame[], i: number, k: number, accept: (f: Frame) => boolean = () => true): Frame | null {
  for (let n = i + 1; n < frames.length && n <= i + 3; n++) if (frames[n].first > k && accept(frames[n])) return frames[n];
  return null;
}

/** Whether a main clause may follow a subordinate one in tokens[from - 1, to]: a comma, or a modal (`if the vote fails he would quit`). */
function mainClauseWithin(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (hasComma(text, tokens[m - 1].end, tokens[m].start) || MODALS.has(tokens[m].lower)) return true;
  return false;
}

/** A frame inside a subordinate or relative clause: `when they say`, `supporters who said`. */
function embeddedFrame(text: string, tokens: Token[], f: Frame): boolean {
  // (`relied on what students reported`: a free relative too)
  if (f.first > 0 && EMBEDDING_WORDS.has(tokens[f.first - 1].lower)) return true;
  // (`officers went to the house after a neighbour reported hearing screams`: a clause saying when, with no comma before it)
  // (`staff were “exhausted” after the council rejected …`: past a quote's closing mark too)
  if (f.first > 1 && f.speakerFirst && /^(after|before|once|until|because)$/.test(tokens[f.first - 1].lower) && /^[”"’']? $/.test(text.slice(tokens[f.first - 2].end, tokens[f.first - 1].start))) return true;
  if (inFreeRelative(tokens, f)) return true;
  // (`they argue, perhaps by insisting that …`: how the clause's subject spoke goes on with what it said)
  if (f.participle && f.cue > 0 && tokens[f.cue - 1].lower === 'by') return true;
  // (`a judge who has ruled …`: past the relative clause's auxiliaries)
  if (relativeCue(tokens, f)) return true;
  // (`said she was disappointed the board rejected the offer`: a clause after a word of feeling, without `that`, is what the feeling is about)
  if (f.speakerFirst && f.first > 0 && FEELING_ADJECTIVES.has(tokens[f.first - 1].lower) && isOneSpace(text, tokens[f.first - 1].end, tokens[f.first].start)) return true;
  // (`said she had called six clinics and been told that …`: a passive joined on goes on with the clause it is joined to)
  if (f.cue > 1 && /^(and|but)$/.test(tokens[f.first].lower) && /^(been|was|were|being)$/.test(tokens[f.cue - 1].lower)) return true;
  return objectGapped(text, tokens, f);
}

/** Words of feeling or certainty that take a clause without `that` (`relieved the commission believed him`). */
const FEELING_ADJECTIVES = new Set(['relieved', 'disappointed', 'glad', 'happy', 'pleased', 'worried', 'concerned', 'confident', 'surprised', 'frustrated',
  'sad', 'proud', 'hopeful', 'afraid', 'sure', 'certain', 'aware', 'convinced', 'thankful', 'grateful', 'upset', 'angry', 'shocked', 'optimistic', 'satisfied']);

/**
 * `the countries Lee cited paid more`, `the figures the minister gave were wrong`: a frame in a relative clause without `that`,
 * whose cue a verb follows with no subject of its own (the cue's object is the noun before the frame).
 */
function objectGapped(text: string, tokens: Token[], f: Frame): boolean {
  if (!f.speakerFirst || f.participle || f.according || f.cueEnd + 1 >= tokens.length || !reducedRelative(text, tokens, f)) return false;
  const noun = tokens[f.first - 1], verb = tokens[f.cueEnd + 1];
  if ((noun.lists & (IN_AUXILIARIES | IN_PHRASE_STOPS | IN_DETERMINERS | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS | IN_CUE_FILLERS)) !== 0 ||
    !isOneSpace(text, tokens[f.cueEnd].end, verb.start) || verb.cap) return false;
  return ((verb.lists & IN_AUXILIARIES) !== 0 && verb.lower !== 'to') || IRREGULAR_PASTS.has(verb.lower) || PAST_FORMS.has(verb.lower) || isAsciiWordEnding(verb.lower, 'ed');
}

/**
 * `said Democratic presidential candidate Hillary Clinton had said …`: the next frame's speaker, named after a role, opens
 * the clause, so the clause reports that frame and what it reports (as it does when the name opens it directly).
 */
function subjectAfterRole(text: string, tokens: Token[], k: number, next: Frame): boolean {
  if (!next.speakerFirst || next.according || next.participle || next.first - k > 5 || next.phrase.start < tokens[k].start) return false;
  for (let m = k; m < next.first; m++) {
    const t = tokens[m];
    if (!isOneSpace(text, t.end, tokens[m + 1].start) || (!t.cap && (t.lists & (IN_AUXILIARIES | IN_PHRASE_STOPS | IN_SPEECH_VERBS | IN_NOT_VERBS | IN_SUBJECT_PRONOUNS | IN_CUE_FILLERS)) !== 0)) return false;
  }
  return true;
}

/**
 * `a Planned Parenthood gathering`, `the Reuters news agency`: after the article tokens[k], two or three capitalised words
 * and a listener noun that a clause or when it was said follows; the listener's index, or -1.
 */
function listenerAfterName(text: string, tokens: Token[], k: number, s1: number): number {
  let n = k + 1;
  // (`a Chamber of Commerce lunch`: with a name's small words between its capitalised ones)
  while (n <= s1 && n <= k + 4 && (tokens[n].cap || (n > k + 1 && (tokens[n].lower === 'of' || tokens[n].lower === 'and') && n + 1 <= s1 && tokens[n + 1].cap)) && isOneSpace(text, tokens[n - 1].end, tokens[n].start)) n++;
  if (n < k + 3 || n + 1 > s1 || (tokens[n].lists & IN_LISTENERS) === 0 || !isOneSpace(text, tokens[n - 1].end, tokens[n].start)) return -1;
  const w = tokens[n + 1].lower;
  return w === 'that' || TIME_LEADS.has(w) || CLAUSE_STARTERS.has(bare(w)) ? n : -1;
}

/** Whether tokens[m], after the comma closing the frame `f`, is the verb of a clause the frame stands inside (`The vote, Lee said on Monday, ended …`). */
function resumesInterruptedClause(text: string, tokens: Token[], f: Frame, m: number, s0: number): boolean {
  return verbInPastOrAuxiliary(tokens[m]) && interruptedSubject(text, tokens, f, m, s0) >= 0;
}

/** Whether `t` is a lower-case auxiliary or verb in the past (`is`, `would`, `came`, `ended`): a clause's verb going on after a frame. */
function verbInPastOrAuxiliary(t: Token): boolean {
  return !t.cap && ((t.lists & IN_AUXILIARIES) !== 0 || PAST_FORMS.has(t.lower) || IRREGULAR_PASTS.has(t.lower) || isAsciiWordEnding(t.lower, 'ed'));
}

/** Whether `to` and a lower-case verb come among tokens[from..to] (`for Democrats to put`). */
function infinitiveWithin(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (tokens[m].lower === 'to' && !tokens[m + 1].cap && (tokens[m + 1].lists & IN_NOT_VERBS) === 0) return true;
  return false;
}

/** `told the Gazette the offer was fair`: whether a clause (or `that`, or when it was said) follows the capitalised name starting at tokens[n]. */
function clauseAfterName(tokens: Token[], n: number, s1: number): boolean {
  while (n <= s1 && tokens[n].cap) n++;
  if (n > s1) return false;
  const w = tokens[n].lower;
  return w === 'that' || SUBJECT_PRONOUNS.has(bare(w)) || /^(the|a|an|his|her|their|its)$/.test(w) || TIME_LEADS.has(w);
}

/** Whether tokens[n] is a number that a verb follows within a few words (`50 millimetres of rain could fall`, `300 people were hurt`). */
function countedSubject(tokens: Token[], n: number, s1: number): boolean {
  if (n > s1 || !/^\d/.test(tokens[n].lower)) return false;
  for (let m = n + 1; m <= s1 && m <= n + 6; m++) if ((tokens[m].lists & IN_AUXILIARIES) !== 0) return true;
  return false;
}

function clauseAfter(text: string, tokens: Token[], frames: Frame[], fi: number, inQuote: number[], s0: number, s1: number): ReportedClause | null {
  const f = frames[fi];
  let k = (f.speakerFirst ? f.cueEnd : f.last) + 1;
  // (`Supporters of Sanders would argue — and Sanders presumably believes — that his pitch …`: an aside between dashes right
  // after the cue; what was said follows its close)
  if (f.speakerFirst && !f.according && k <= s1 && asideDashBetween(text, tokens[k - 1].end, tokens[k].start)) {
    const closed = closingDash(text, tokens, k, Math.min(s1, k + 15), tokens[s1].end);
    if (closed > 0 && closed <= s1) k = closed;
  }
  if (f.according) {
    // `According to X, <clause>`: the clause follows the comma after the source
    if (!commaBefore(text, tokens, k)) return null;
    // `…, according to reports, with the fee said to be …`, `…, up from 31 per cent`: a phrase, not a clause
    // (`…, according to Opta, the data firm, more than any other player`: a comparison goes on the clause before)
    // (but `According to the Met Office, up to 50 millimetres of rain could fall …`: a number of something, then its verb)
    if (k <= s1 && (/^(with|as|amid|after|before|despite|including)$/.test(tokens[k].lower) || (/^(up|down)$/.test(tokens[k].lower) && k + 1 <= s1 && /^(from|to)$/.test(tokens[k + 1].lower)) ||
      (/^(more|fewer|less)$/.test(tokens[k].lower) && k + 1 <= s1 && tokens[k + 1].lower === 'than')) && !countedSubject(tokens, k + 2, s1)) return null;
    // (`…, according to the county clerk, whose office counts the ballots.`: a relative clause on the source says nothing)
    if (k <= s1 && RELATIVE_WORDS.has(tokens[k].lower)) return null;
    // (`Apple is cutting jobs, according to a memo seen by Reuters, in a rare round of layoffs`: after a source inside its
    // sentence, a phrase a preposition opens goes on with the clause before it)
    if (k <= s1 && f.first > s0 && !tokens[k].cap && PHRASE_PREPOSITIONS.has(tokens[k].lower) && !commaAfterPhrase(text, tokens, k, s1)) return null;
    // (`The plan, according to Ann Lee, is costly`: the frame stands inside its clause, and what was said runs across it)
    // (not past a form in -ed: `Wilson-Raybould, according to the Globe report, rebuffed …` is read from its verb)
    // (`The city's own numbers, according to a survey, show that …`: or a verb of showing or saying in the present)
    if (k <= s1 && !tokens[k].cap && ((tokens[k].lists & (IN_AUXILIARIES | IN_EVIDENCE_VERBS)) !== 0 || PAST_FORMS.has(tokens[k].lower) || IRREGULAR_PASTS.has(tokens[k].lower)) &&
      f.first > s0 && commaBefore(text, tokens, f.first)) {
      const subject = subjectRunBefore(text, tokens, f.first, s0);
      if (subject >= 0) k = subject;
    }
  } else if (!f.speakerFirst) {
    // `…, said X, <clause>` is rare; an inverted frame reports what came before it
    return null;
  }
  if (k > s1) return null;
  // (`“…,” the board said — a promise fans greeted with scepticism`, `…, he said, a claim his rivals dispute`: a noun phrase
  // set off after the cue describes what was said; it is not what was said)
  if (!f.according && (tokens[k].lower === 'a' || tokens[k].lower === 'an') && k + 1 <= s1 && /^\s*(,|[\u2014\u2013]|--)\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    (REMARK_NOUNS.has(tokens[k + 1].lower) || APPRAISAL_NOUNS.has(tokens[k + 1].lower) || (k + 2 <= s1 && (REMARK_NOUNS.has(tokens[k + 2].lower) || APPRAISAL_NOUNS.has(tokens[k + 2].lower))))) return null;
  // (`The jury was told the lorry had been …`: a body hearing evidence reports as `said` does, with no listener)
  const hearing = isHearing(tokens, f);
  const cueLower = hearing ? 'said' : tokens[f.cue].lower;
  // (`''I am going to be the nominee,'' he said aboard his plane as he crossed Nevada`: a frame closing a quote reports nothing
  // more after it, but after `that`)
  // (the quote opens the sentence and closes with a comma, a question or an exclamation mark right before the frame)
  const closesQuote = f.speakerFirst && !f.according && f.first > s0 && inQuote[s0] === 1 && inQuote[f.first - 1] === 1 &&
    /^[,!?]\s*[”"’']{1,2}\s*$/.test(text.slice(tokens[f.first - 1].end, tokens[f.first].start)) && quotedThrough(inQuote, s0, f.first - 1) &&
    // (`…,” Wang said, before reading a poem she said was written by …`: unless a frame of the sentence follows, whose words these are)
    !(fi + 1 < frames.length && frames[fi + 1].cue <= s1);
  // (`pledged to push for an amendment to overturn a decision that …`: an act promised, no clause after a `that` further on)
  if (f.speakerFirst && !f.according && k <= s1 && tokens[k].lower === 'to' && k === f.cueEnd + 1 && INFINITIVE_CUES.has(cueLower)) return null;
  let thatAt = -1;
  // (whether what was said runs across the frame from the subject before it)
  let interrupted = false;
  // (whether a listener stands between the cue and what was said: `told reporters …`)
  let skippedListener = false;
  // (whether what was said is a gerund's clause: `denied taking bribes`)
  let gerund = false;
  // `urged residents to cut power use`, `called on Congress to act`: a directive reports whom it asks to do what
  // (`accused Mr. Whitford of peddling a fantasy`: an accusation reports whom it accuses of what, as a directive does)
  const asked = f.according ? -1 : directiveObject(text, tokens, k, s1, cueLower);
  const directive = asked >= 0 || f.according ? asked : accusedObject(text, tokens, k, s1, cueLower);
  // (`asked whether she had been drinking`, `asked the witness if …`, `questioned whether …`: a question reported, from its `whether`,
  // `if` or question word, past whom it was put to)
  const question = directive < 0 && !f.according && f.speakerFirst && QUESTION_CUES.has(cueLower) ? questionOpening(text, tokens, k, s1) : -1;
  if (directive >= 0) k = directive;
  else if (question >= 0) k = question;
  else if (!f.according && !reportsClause(tokens, f)) return null; // `asked him a question`
  else if (!f.according) {
    for (let i = tokens[k - 1].end; i < tokens[k].start; i++) {
      const c = text.charCodeAt(i);
      // a direct quote follows (or a colon, a semicolon); not a work's title as the clause's subject (`said “Salt Winter” would close …`)
      if ((isQuoteMarkCode(c) && !quotedTitleSubject(text, tokens, inQuote, k, s1)) || c === 58 || c === 59) return null;
    }
    if (tokens[k].lower === 'by' && k + 1 <= s1 && tokens[k + 1].lower.endsWith('ing')) k += 2;
    // (`warning darkly that …`: a manner adverb before `that`)
    // (`the authors wrote, only that …`: not after a comma, where an aside goes on)
    if (k === f.cueEnd + 1 && k + 1 <= s1 && !tokens[k].cap && isAsciiWordEnding(tokens[k].lower, 'ly') && tokens[k + 1].lower === 'that' &&
      isOneSpace(text, tokens[k - 1].end, tokens[k].start) && isOneSpace(text, tokens[k].end, tokens[k + 1].start)) k++;
    // `said in a statement on Monday that …`, `told CBS news after the meeting that …`: look for `that`
    // past an adverbial or a listener, but not inside a clause that starts right after the cue
    thatAt = -1;
    // (`warned against mixing the tablets with juice`, `cautioned against reading too much into it`: what to do or not)
    if (k === f.cueEnd + 1 && tokens[k].lower === 'against' && k + 1 <= s1 && AGAINST_CUES.has(cueLower) && isAsciiIng(tokens[k + 1].lower)) { k++; gerund = true; }
    // `said in posing the question`, `said while touring the plant that …`: a gerund phrase says how or when it was said; what
    // was said follows only after `that` or a comma
    const gerundLead = k === f.cueEnd + 1 && k + 1 <= s1 && /^(in|while|when|upon)$/.test(tokens[k].lower) && /^[a-z]+ing$/.test(tokens[k + 1].lower) &&
      isOneSpace(text, tokens[k].end, tokens[k + 1].start);
    // (`recalled telling her staff that …`: what the speaker recalls saying)
    const saidAgain = k === f.cueEnd + 1 && isAsciiIng(tokens[k].lower) && (tokens[k].lists & IN_SPEECH_VERBS) !== 0 && isOneSpace(text, tokens[k - 1].end, tokens[k].start);
    // (`quoted as saying by the RIA news agency that …`: who quoted it, before `that`)
    // (`The tribunal heard evidence that …`, `heard from a witness that …`)
    // (`The trial adds to evidence that …`, `add to fears that …`: adding to a belief is no saying; `added to reporters that …` is)
    if (ADD_FORMS.has(cueLower) && k === f.cueEnd + 1 && tokens[k].lower === 'to' && k + 1 <= s1 && (tokens[k + 1].lists & IN_LISTENERS) === 0 &&
      !(k + 2 <= s1 && (tokens[k + 1].lists & IN_DETERMINERS) !== 0 && (tokens[k + 2].lists & IN_LISTENERS) !== 0)) return null;
    // (`said early reports suggested …`: `early` before a plural and its verb describes the clause's subject, no time)
    // (`said early warning systems can lead to …`: or a noun before the plural)
    const describedAt = k + 3 <= s1 && /^[a-z]+$/.test(tokens[k + 1].lower) && !TIME_UNITS.has(tokens[k + 1].lower) && !ADVERBIAL_LEADS.has(tokens[k + 1].lower) &&
      !TIME_LEADS.has(tokens[k + 1].lower) && (tokens[k + 1].lists & (IN_DETERMINERS | IN_PHRASE_STOPS)) === 0 && /^[a-z]+s$/.test(tokens[k + 2].lower) ? k + 2 : k + 1;
    const describedSubject = (tokens[k].lower === 'early' || tokens[k].lower === 'late') && describedAt + 1 <= s1 && /^[a-z]+s$/.test(tokens[describedAt].lower) &&
      !TIME_UNITS.has(tokens[describedAt].lower) && verbWithin(tokens, describedAt + 1, Math.min(s1, describedAt + 3));
    const seekThat = !gerund && (gerundLead || saidAgain || OBJECT_VERBS.has(cueLower) || (hearing && /^(evidence|testimony|from)$/.test(tokens[k].lower)) || (ADVERBIAL_LEADS.has(tokens[k].lower) && !describedSubject) || tokens[k].lower === 'that' || (tokens[k].lower === 'by' && cueLower === 'saying') || (cueLower === 'ruling' && /^\d/.test(tokens[k].lower)) ||
      (tokens[k].lower === 'when' && k + 1 <= s1 && isAsciiWordEnding(tokens[k + 1].lower, 'ed')) || // `said when asked … that`
      (k + 1 <= s1 && tokens[k + 1].lower === 'that' && /^(instead|afterwards?)$/.test(tokens[k].lower)) || // `said instead that`
      (k + 2 <= s1 && tokens[k + 1].lower === 'times' && COUNTED_TIMES.test(tokens[k].lower))); // `claimed many times that`
    for (let m = k, titleEnd = -1; seekThat && m <= s1 && m < k + 20; m++) {
      // (`told CNN's Jake Tapper on “State of the Union” that …`: past a show's or a paper's title in quotation marks)
      if (inQuote[m]) {
        titleEnd = quotedTitleEnd(text, tokens, inQuote, m, s1);
        if (titleEnd < 0) break;
        m = titleEnd - 1;
        continue;
      }
      if (m > k && m !== titleEnd && !isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()"“”\u2014\u2013]|\s-\s/.test(text.slice(tokens[m - 1].end, tokens[m].start))) break;
      // (`told reporters he had seen the report that showed the leak`, `told the inquest he had raised it that year`: a clause begun by its
      // pronoun subject right after the listener holds any later `that`)
      if (m > k && OBJECT_VERBS.has(cueLower) && SUBJECT_PRONOUNS.has(tokens[m].lower) && (tokens[m - 1].lists & IN_LISTENERS) !== 0) break;
      // (`told reporters the group was ready and warned that …`: a `that` after a second cue is that cue's)
      if (m > k + 1 && (tokens[m].lists & IN_SPEECH_VERBS) !== 0 && !tokens[m].cap && /^(and|but|then)$/.test(tokens[m - 1].lower)) break;
      if (tokens[m].lower === 'that') {
        // (`told the crowd the highway would cut commutes and that …`: a second `that` clause; the first began before it)
        if (m > k + 1 && /^(and|but|or)$/.test(tokens[m - 1].lower)) break;
        // `wrote in an email to staff that was seen by Reuters`: `that` and a verb after a noun is a relative clause
        // (`said Tuesday in a report that found …`: or a verb in the past, after a document)
        if (m > k && m + 1 <= s1 && ((tokens[m + 1].lists & IN_AUXILIARIES) !== 0 || ((tokens[m - 1].lists & IN_DOCUMENT_NOUNS) !== 0 && verbInPastOrAuxiliary(tokens[m + 1]))) &&
          !tokens[m - 1].cap && (tokens[m - 1].lists & IN_LISTENERS) === 0) return null;
        // (`announced on Friday a rescue fund that covers …`: `that` after a noun `a` leads is a relative clause on the object)
        if (m > k + 1 && !tokens[m - 1].cap && (tokens[m - 1].lists & IN_LISTENERS) === 0 && /^[a-z]+$/.test(tokens[m - 1].lower)) {
          // (not after a preposition: `said in a statement that …`, `told a news conference that …` still report)
          for (let a = m - 2; a >= k + 1 && a >= m - 4; a--) {
            if ((tokens[a].lower === 'a' || tokens[a].lower === 'an') && !STRANDED_PREPOSITIONS.has(tokens[a - 1].lower) && !OBJECT_VERBS.has(tokens[a - 1].lower) &&
              !/^(via|through|during|over|after|before|at)$/.test(tokens[a - 1].lower) && a - 1 !== f.cueEnd) return null;
          }
        }
        thatAt = m; break;
      }
    }
    if (thatAt < 0) {
      const aside = thatAfterAside(text, tokens, k, s1, inQuote);
      if (aside >= 0) thatAt = aside;
    }
    // (`I believed in her, and I still do`: a preposition and an object pronoun after the cue are its object, no adverbial before a clause)
    const pronounObject = k + 1 <= s1 && /^(him|her|them|it|me|us)$/.test(tokens[k + 1].lower) && /^(in|about|of|on|for|with)$/.test(tokens[k].lower);
    if (thatAt < 0 && ADVERBIAL_LEADS.has(tokens[k].lower) && !describedSubject && !pronounObject) {
      // `suggested in a tweet, women won’t be …`: an adverbial closed by a comma, then the clause
      for (let m = k + 1; m <= s1 && m <= k + 10; m++) {
        if (inQuote[m]) break;
        if (isOneSpace(text, tokens[m - 1].end, tokens[m].start)) continue;
        const gap = text.slice(tokens[m - 1].end, tokens[m].start);
        if (/[;:()"“”]/.test(gap)) break;
        if (gap.indexOf(',') >= 0) {
          const w = bare(tokens[m].lower);
          if (w === 'that' && m + 2 <= s1) k = m + 1, thatAt = m; // `said on Monday, before the vote, that …`
          // (`said in its update, a death rate of about 2 percent`: a noun phrase with no verb is the writer's gloss, no clause)
          else if (SUBJECT_PRONOUNS.has(w) || (CLAUSE_STARTERS.has(w) && !WH_WORDS.has(w) && m + 2 <= s1 && !((w === 'a' || w === 'an') && !verbWithin(tokens, m + 1, Math.min(s1, m + 10))))) k = m;
          // (`The turning point, Marsh wrote in a letter, came in March`: the verb of a clause the frame stands inside)
          else if (resumesInterruptedClause(text, tokens, f, m, s0)) k = m;
          else if (TIME_LEADS.has(w) || ADVERBIAL_LEADS.has(w) || WH_WORDS.has(w)) continue; // a second adverbial or an aside
          // (`Jane Doe, testifying before a committee, said …`: the main clause's cue after the aside the frame stands in)
          else if ((tokens[m].lists & IN_SPEECH_VERBS) !== 0 && !tokens[m].cap && !isAsciiIng(w)) return null;
          else if (!tokens[m].cap && auxiliaryWithin(text, tokens, m + 1, Math.min(s1, m + 3))) k = m; // `women won’t be …`
          break;
        }
      }
    }
    // (a gerund phrase after the cue, if the clause was not found past it)
    if (gerundLead && thatAt < 0 && k === f.cueEnd + 1) return null;
    if (closesQuote && thatAt < 0) return null;
    // (`Clinton fired back that …`: an answer back reports a clause only after `that` right after it; `pushed back on the charges` reports none)
    if (thatAt !== f.cueEnd + 1 && tokens[f.cueEnd].lower === 'back' && BACK_CUES.has(cueLower)) return null;
    // `Kestrel denied that, saying …`: `that` before a comma is the object, and no clause follows
    // (`said that, had it not been for the plea, the sentence would have been …`: unless an aside set off by commas comes first)
    if (thatAt >= 0 && thatAt + 1 <= s1 && hasComma(text, tokens[thatAt].end, tokens[thatAt + 1].start) && !asideThenClause(text, tokens, thatAt + 1, s1)) return null;
    // `reiterated that target on Thursday, saying …`: `that` before a few words with no verb is a determiner; no clause follows
    if (thatAt >= 0 && thatAt === f.cueEnd + 1 && verblessPhraseAfter(text, tokens, thatAt, s1, inQuote)) return null;
    // `say that is far too slow`: `that` right after the cue and before a verb is the clause's subject
    if (thatAt >= 0 && thatAt === f.cueEnd + 1 && thatAt + 2 <= s1 && (tokens[thatAt + 1].lists & IN_AUXILIARIES) !== 0 && !inQuote[thatAt + 1] &&
      !hasComma(text, tokens[thatAt].end, tokens[thatAt + 1].start)) k = thatAt;
    else if (thatAt >= 0) k = thatAt + 1;
    else if (k > f.cueEnd + 1 && hasComma(text, tokens[k - 1].end, tokens[k].start)) { /* clause found past the adverbial */ }
    else {
      const afterComma = hasComma(text, tokens[k - 1].end, tokens[k].start); // `Rutledge said, for others, …`
      // (`The plan was costly, she said, and the city could not pay`: what goes on after the frame's comma opens past `and`)
      // (`…, Sharma said, and grow to cover …`: a verb phrase going on keeps its `and`)
      if (afterComma && tokens[k].lower === 'and' && k + 3 <= s1 && f.first > s0 && hasComma(text, tokens[f.first - 1].end, tokens[f.first].start) &&
        (CLAUSE_STARTERS.has(bare(tokens[k + 1].lower)) || tokens[k + 1].cap)) k++;
      if (OBJECT_VERBS.has(cueLower) && !gerund) {
        const from = k;
        let possessive = false;
        let listener = -1;
        while (k <= s1 && k < from + 6) {
          const t = tokens[k];
          // (`promised her entire program would be paid for`: `her` before a noun and its verb owns the clause's subject)
          // (`told reporters her client accepted the sentence`: or a verb in the past right after the noun)
          if (t.lower === 'her' && k + 2 <= s1 && !CLAUSE_STARTERS.has(bare(tokens[k + 1].lower)) && (tokens[k + 1].lists & IN_AUXILIARIES) === 0 &&
            (auxiliaryWithin(text, tokens, k + 2, Math.min(s1, k + 5)) || (k > from && verbInPastOrAuxiliary(tokens[k + 2]) && !tokens[k + 1].cap && isOneSpace(text, tokens[k + 1].end, tokens[k + 2].start)))) { possessive = true; break; }
          // (`telling them Valeant was worth more`, `told him Congress would act`: after a pronoun listener, the clause opens)
          if (k > from && OBJECT_PRONOUNS.has(tokens[k - 1].lower)) break;
          // (`advised Senator John Prewitt's presidential campaign in 2008`: a name that owns the noun after it is no listener; with no
          // `that` or verb to come, the cue's object is that noun)
          if (t.cap && isPossessive(t.lower) && k + 1 <= s1 && !tokens[k + 1].cap && !thatOrVerbWithin(tokens, k + 1, Math.min(s1, k + 6))) return null;
          if ((t.lists & IN_LISTENERS) !== 0 || (t.cap && !CLAUSE_STARTERS.has(bare(t.lower)))) k++;
          // (`told reporters the hearing was a farce`: one listener, then the clause, whatever its first noun)
          else if (/^(the|a|an)$/.test(t.lower) && k + 1 <= s1 && (tokens[k + 1].lists & IN_LISTENERS) !== 0 && (k === from || tokens[k - 1].lower === 'and')) k += 2; // `told the media`
          // (`told Tuesday night's meeting the area had …`: a possessive of when, then the listener)
          else if (k > from && !t.cap && isPossessive(t.lower) && k + 1 <= s1 && (tokens[k + 1].lists & IN_LISTENERS) !== 0 && isOneSpace(text, t.end, tokens[k + 1].start)) k += 2;
          else if (t.lower === 'the' && k + 2 <= s1 && tokens[k + 1].cap && isOneSpace(text, t.end, tokens[k + 1].start) && (clauseAfterName(tokens, k + 1, s1) ||
            (asOpens(tokens, f) && commaAfterCapitals(text, tokens, k + 1, s1)))) k += 2; // `told the Gazette` (`As Ruiz told the New York Times, …`)
          // `told a news conference`, `told a Rotary gathering`
          // (after a name, only where a clause or a place follows: `told the Reuters news agency` goes on past `news`)
          // (`told a Planned Parenthood gathering she will …`: a name of more words before the listener)
          else if (/^(the|a|an)$/.test(t.lower) && (listener = listenerAfterName(text, tokens, k, s1)) > 0) k = listener + 1;
          else if (/^(the|a|an)$/.test(t.lower) && k + 2 <= s1 && (tokens[k + 2].lists & IN_LISTENERS) !== 0 && (!tokens[k + 1].cap ||
            (isOneSpace(text, tokens[k + 1].end, tokens[k + 2].start) && k + 3 <= s1 && (tokens[k + 3].lower === 'that' || TIME_LEADS.has(tokens[k + 3].lower) || CLAUSE_STARTERS.has(bare(tokens[k + 3].lower)))))) k += 3;
          else if (/^(the|a|an)$/.test(t.lower) && pronounWithin(text, tokens, k + 1, Math.min(s1, k + 3)) > 0) { k = pronounWithin(text, tokens, k + 1, Math.min(s1, k + 3)); break; } // `told the tour he would …`
          else break;
        }
        // (`warned the change could drive residents abroad`: a warning needs no listener when a clause follows)
        if (k === from && !possessive && !(/^warn/.test(cueLower) && k + 2 <= s1 && auxiliaryWithin(text, tokens, k + 1, Math.min(s1, k + 4)))) return null;
        skippedListener = k > from;
        // `told Reuters, speaking on condition of anonymity`: past a comma after the listener comes an aside
        // (`Instead, Ruiz told the Herald, her policy would …`: unless a clause follows, the frame set off between commas)
        // (`As Ruiz told the Herald, tax relief is …`: after a frame opened by `As`, the main clause after the comma, whatever opens it)
        // (`There were, she told me, 46 people …`: unless the frame interrupts a predicate, read below)
        const predicateInterrupted = f.first > s0 + 1 && hasComma(text, tokens[f.first - 1].end, tokens[f.first].start) && (tokens[f.first - 1].lists & (IN_BE_FORMS | IN_AUXILIARIES)) !== 0;
        if (k <= s1 && /,/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && tokens[k].lower !== 'that' && !predicateInterrupted &&
          !(k + 2 <= s1 && (CLAUSE_STARTERS.has(bare(tokens[k].lower)) || (asOpens(tokens, f) && !tokens[k].lower.endsWith('ing'))) && auxiliaryWithin(text, tokens, k + 1, Math.min(s1, k + 4)))) return null;
      }
      // `has said for months that …`, `have argued for several years that …`: how long it has been said, then what
      if (k + 2 <= s1 && tokens[k].lower === 'for') {
        const that = thatAfterDuration(text, tokens, k, s1);
        if (that > 0) k = that + 1;
      }
      // `said when Trudeau dismisses concerns, he is insulting …`: a subordinate clause with its own subject opens
      // what was said (`said when asked` has none)
      // (`told the court before he was sentenced`: `before` and `after` say when it was said, not what)
      // (`said when Boyle asked him a question.`: with no main clause after it, behind a comma or with a modal, it says when it was said)
      const subordinateClause = k + 2 <= s1 && SUBORDINATE_OPENERS.has(tokens[k].lower) && tokens[k].lower !== 'before' && tokens[k].lower !== 'after' &&
        (tokens[k + 1].cap || (tokens[k + 1].lists & IN_SUBJECT_PRONOUNS) !== 0 || /^(the|a|an|his|her|their|its|some|many)$/.test(tokens[k + 1].lower)) &&
        mainClauseWithin(text, tokens, k + 2, Math.min(s1, k + 40));
      if (!subordinateClause && k + 1 <= s1 && (tokens[k].lower === 'when' || tokens[k].lower === 'while') &&
        (tokens[k + 1].cap || (tokens[k + 1].lists & IN_SUBJECT_PRONOUNS) !== 0)) return null;
      // (`had mentioned it on television`: `it` before a preposition is the cue's object, no clause's subject)
      // (`before they acknowledged it publicly`: nor before an adverb that ends the clause)
      if (k <= s1 && tokens[k].lower === 'it' && (k + 1 > s1 || PHRASE_PREPOSITIONS.has(tokens[k + 1].lower) ||
        (k + 1 === s1 && isAsciiWordEnding(tokens[k + 1].lower, 'ly')) || (k + 1 < s1 && isAsciiWordEnding(tokens[k + 1].lower, 'ly') && hasComma(text, tokens[k + 1].end, tokens[k + 2].start)))) return null;
      // `said Wednesday she would …`, `told reporters Thursday night that …`: a day is when, not what
      if (!subordinateClause && k + 1 <= s1 && DAYS.has(tokens[k].lower)) {
        k++;
        if (k + 1 <= s1 && /^(morning|afternoon|evening|night)$/.test(tokens[k].lower)) k++;
        if (tokens[k].lower === 'that' && k + 1 <= s1) k++;
        // (`…, its president said Wednesday, raising the prospect of …`: a participle after the day's comma says what followed)
        else if (hasComma(text, tokens[k - 1].end, tokens[k].start) && isAsciiIng(tokens[k].lower)) return null;
      }
      if (subordinateClause) { /* the clause starts at the subordinator */ }
      else if (k <= s1 && TIME_LEADS.has(tokens[k].lower) && k + 1 <= s1 && tokens[k + 1].cap && k + 2 <= s1) {
        // past `on Monday` a clause must open with a pronoun or determiner (`on Channel 9’s show` is no clause)
        // (`The vote, Lee said on Monday, ended …`: or go on with the clause the frame stands inside)
        if (!CLAUSE_STARTERS.has(bare(tokens[k + 2].lower)) && !resumesInterruptedClause(text, tokens, f, k + 2, s0)) return null;
        k += 2;
      }
      else if (k + 1 <= s1 && (tokens[k].lower === 'before' || tokens[k].lower === 'after') && (tokens[k + 1].cap || (tokens[k + 1].lists & IN_SUBJECT_PRONOUNS) !== 0)) {
        // `told the court before he was sentenced, his voice shaking`: a clause of its own saying when; what was said
        // follows only after `that` (`… before he was sentenced that he was ashamed`)
        let m = k + 2;
        while (m <= s1 && m <= k + 12 && tokens[m].lower !== 'that' && !hasComma(text, tokens[m - 1].end, tokens[m].start)) m++;
        if (m > s1 || tokens[m].lower !== 'that' || m + 1 > s1) return null;
        k = m + 1;
      }
      // (`said over 40 women joined the search`: `over` a number is a quantity, read below, not a stretch of time)
      else if (k <= s1 && TIME_LEADS.has(tokens[k].lower) && !describedSubject && !(tokens[k].lower === 'over' && quantityAt(tokens, k + 1, s1))) {
        for (let m = k + 1; m <= s1 && m <= k + 6; m++) {
          if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) break;
          // (`…, the agency said, while analysts said they …`: a cue of its own makes it another speaker's clause)
          // (`said when asked whether …` is still the question put to the speaker)
          if ((tokens[m].lists & IN_SPEECH_VERBS) !== 0 && !tokens[m].cap && tokens[m].lower !== 'asked' && tokens[m].lower !== 'questioned') return null;
          // `said in his speech he was …`, `said by text message the weather had …`
          if ((tokens[m].lists & IN_SUBJECT_PRONOUNS) !== 0 || (m >= k + 2 && tokens[m].lower === 'the' && !/^(of|to|for|with|from|at|in|on|by)$/.test(tokens[m - 1].lower))) { k = m; break; }
        }
        // `told reporters at the club's training ground.`: where it was said, and nothing after it
        if (skippedListener && TIME_LEADS.has(tokens[k].lower) && !(tokens[k].lower === 'at' && k + 1 <= s1 && /^(least|most)$/.test(tokens[k + 1].lower))) return null;
      }
      if (k > s1) return null;
      const t = tokens[k];
      // (`denied taking bribes`, `recalled finding three dead otters`, `admitted stealing the car`: a gerund's clause is what was said)
      // (`denied wrongdoing`: a noun in -ing with nothing after it is the object)
      gerund = gerund || (k === f.cueEnd + 1 && k + 1 <= s1 && GERUND_CUES.has(cueLower) && isAsciiIng(t.lower) && !t.cap && (t.lists & IN_SPEECH_VERBS) === 0 &&
        !ING_NOUNS.has(t.lower) && isOneSpace(text, tokens[k - 1].end, t.start) && isOneSpace(text, t.end, tokens[k + 1].start));
      // `said at least three senators were wavering`: a quantifier, not a place
      const quantifier = t.lower === 'at' && k + 1 <= s1 && /^(least|most)$/.test(tokens[k + 1].lower);
      // (`said about 90 of the beds were …`: an approximate number opens the clause)
      // (`said about a quarter had been found`, `said nearly half were …`: or a share or a number in words)
      // (`said more than 9 million people have used its app`, `said fewer than half were …`: or a comparison of a quantity)
      // (`said only three of the 42 winners had been …`, `said just two bands had pulled out`: or a quantity singled out)
      const than = k + 2 <= s1 && /^(more|less|fewer)$/.test(t.lower) && tokens[k + 1].lower === 'than' ? k + 1 : k;
      let approximate = than + 1 <= s1 && (than > k || /^(about|around|nearly|almost|roughly|some|over|under|fewer|less|only|just)$/.test(t.lower)) && quantityAt(tokens, than + 1, s1);
      if (approximate) {
        approximate = false;
        // (`said about 300 workers lost their jobs`: an auxiliary, or a plural and its verb in the past)
        // (`said about 70,000 workers come to Canada each year`: or a plural and its verb in the present)
        for (let m = than + 2; m <= s1 && m <= k + 10; m++) if ((tokens[m].lists & IN_AUXILIARIES) !== 0 || pluralAndPast(text, tokens, m - 1) || pluralAndPresent(text, tokens, m - 1)) { approximate = true; break; }
      }
      // (`said more work was needed`, `said less money would be spent`: a quantity and its noun open a clause)
      const quantity = (t.lower === 'more' || t.lower === 'less' || t.lower === 'much' || t.lower === 'fewer') && k + 2 <= s1 &&
        (tokens[k + 1].lists & IN_AUXILIARIES) === 0 && auxiliaryWithin(text, tokens, k + 2, Math.min(s1, k + 3));
      const starter = approximate || quantity || gerund || CLAUSE_STARTERS.has(bare(t.lower)) || t.cap || /^\d/.test(t.lower) || subordinateClause || quantifier;
      // `added a goal`, `added three assists`: after "add" only a pronoun opens a clause
      if (ADD_FORMS.has(cueLower) && !OPENERS_AFTER_ADD.has(bare(t.lower)) && !t.cap) return null;
      // a bare noun may open a clause too (`said unionization is overdue`), if a clause follows
      // (`said prices would rise.`: a noun and its auxiliary are a clause, however short)
      // (`said profits fell.`, `said sales rose 4%`: a plural noun and a verb in the past are a clause too)
      const nounAndAuxiliary = (k + 2 <= s1 && (tokens[k + 1].lists & IN_AUXILIARIES) !== 0 && !NOT_CLAUSE.has(t.lower) && isOneSpace(text, t.end, tokens[k + 1].start)) ||
        (k + 1 <= s1 && pluralAndPast(text, tokens, k));
      if (!starter && !afterComma && ((NOT_CLAUSE.has(t.lower) && (!skippedListener || t.lower === "not" || t.lower === "to")) || (s1 - k < 3 && !nounAndAuxiliary))) return null;
      // (`said about 90 of the beds were …`: a number after `about` is a quantity opening the clause)
      if (NEVER_CLAUSE.has(t.lower) && !subordinateClause && !approximate) return null;
      // (`said nothing at all`, `said something similar`: an indefinite pronoun with no verb after it is the object; `said nothing had changed` reports)
      if (/^(nothing|something|everything|anything|little|much)$/.test(t.lower) && k + 1 <= s1 && (tokens[k + 1].lists & IN_AUXILIARIES) === 0 &&
        !isAsciiWordEnding(tokens[k + 1].lower, 'ed') && !isAsciiWordEnding(tokens[k + 1].lower, 's')) return null;
      // `writes extensively about the Kremlin`: an adverb and a preposition, not a clause
      if (t.lower.endsWith('ly') && !t.cap && k + 1 <= s1 && NOT_CLAUSE.has(tokens[k + 1].lower)) return null;
      // (`I wrote it down`, `wrote them off`: a pronoun and a verb's particle are the cue's object)
      if (/^(it|them|this|that)$/.test(t.lower) && k === f.cueEnd + 1 && k + 1 <= s1 && /^(down|up|off|out)$/.test(tokens[k + 1].lower)) return null;
      // (`When I told her my decision, she cried`: after a listener, a possessive and a noun closed by a comma or the sentence's end are
      // what was told, no clause)
      if (k > f.cueEnd + 1 && (tokens[k - 1].lists & IN_LISTENERS) !== 0 && /^(my|his|her|their|our|its|your)$/.test(t.lower) && (k + 1 === s1 ||
        (k + 2 <= s1 && hasComma(text, tokens[k + 1].end, tokens[k + 2].start)))) return null;
      // (`took to social media to complain, with several saying …`: a clause of its own with its own participle, after the comma)
      if (afterComma && t.lower === 'with') return null;
      // (`…, the ministry said, the third such attack this month.`: a noun phrase with no verb after the frame's comma is the writer's gloss)
      // (`It was, he said, one of the bitterest failures`: unless the clause before the frame waits for it)
      if (afterComma && (t.lists & IN_DETERMINERS) !== 0 && !t.cap && !verbWithin(tokens, k + 1, Math.min(s1, k + 12)) &&
        !(f.first > s0 && (tokens[f.first - 1].lists & (IN_AUXILIARIES | IN_BE_FORMS)) !== 0)) return null;
      // (`still says Mass every Sunday`, `said grace`: a rite said, no clause)
      if (SAY_FORMS.has(cueLower) && /^(mass|grace|prayers|amen|vespers)$/.test(t.lower)) return null;
      // `…,” he said, eyes welling up`: a participle phrase after the comma, not a clause
      if (afterComma && (t.lists & IN_SUBJECT_PRONOUNS) === 0 && k + 1 <= s1 && isAsciiIng(tokens[k + 1].lower)) return null;
      // (`…, their union said, in a dispute over pay`: a phrase a preposition opens, with no verb, is the main clause's adverbial;
      // `said, for others, it can …` still reports the clause after it)
      // (`it makes sense, strategists said, for Democrats to put …`: an infinitive goes on with what was said)
      if (afterComma && PHRASE_PREPOSITIONS.has(t.lower) && !hasComma(text, t.end, tokens[s1].start) && !hasAuxiliary(text, tokens, k, tokens[s1].end) && !infinitiveWithin(tokens, k + 1, Math.min(s1, k + 6))) return null;
      // (`Alvarez said, his voice breaking`: so is a noun and its participle)
      if (afterComma && /^(his|her|their|its|the)$/.test(t.lower) && k + 2 <= s1 && isAsciiIng(tokens[k + 2].lower)) return null;
      // `Ortega said, speaking through an interpreter`: so is a participle right after the comma (`said, adding that …`
      // is a frame of its own)
      if (afterComma && isAsciiIng(t.lower)) return null;
    }
    // `a poem she said was written by …`: the cue sits in a relative clause and a verb follows it
    // (`The permit, his campaign said, had been hard to get`: or the frame stands in commas inside its clause,
    // and what was said runs from the clause's subject, across the frame)
    // (`The breaking point, Ash wrote, came on Friday`: so does a verb in the past after the frame's closing comma)
    const auxiliary = k <= s1 && (tokens[k].lists & IN_AUXILIARIES) !== 0;
    const pastAfterComma = k <= s1 && !auxiliary && commaBefore(text, tokens, k) && verbInPastOrAuxiliary(tokens[k]);
    if (pastAfterComma && thatAt < 0) {
      const subject = interruptedSubject(text, tokens, f, k, s0);
      if (subject >= 0) { k = subject; interrupted = true; }
    }
    // (`There were, she told me, 46 people still waiting`, `She is 68 and knows, she says, where every deed is kept`: a predicate the
    // frame interrupts after its verb, set off by commas, is one clause with the subject before the frame)
    // (`There were, she told me, 46 people …`: past a pronoun the frame tells it to)
    if (thatAt < 0 && !interrupted && f.speakerFirst && !f.participle && f.first > s0 + 1 && commaBefore(text, tokens, k) &&
      (k === f.cueEnd + 1 || (k === f.cueEnd + 2 && OBJECT_PRONOUNS.has(tokens[f.cueEnd + 1].lower))) &&
      hasComma(text, tokens[f.first - 1].end, tokens[f.first].start) && !tokens[f.first - 1].cap &&
      ((tokens[f.first - 1].lists & (IN_BE_FORMS | IN_AUXILIARIES)) !== 0 || KNOWING_VERBS.has(tokens[f.first - 1].lower))) {
      k = LEAD_CONJUNCTIONS.has(tokens[s0].lower) ? s0 + 1 : s0;
      interrupted = true;
    }
    if (auxiliary && thatAt < 0 && !interrupted) {
      const subject = interruptedSubject(text, tokens, f, k, s0);
      // (`changes, which officials said will take effect in May,`, `a rule that he said would hurt them`: what was said of
      // the thing the relative stands for is the verb phrase after the cue)
      if (subject < 0 && !(f.first > s0 && (tokens[f.first - 1].lower === 'which' || tokens[f.first - 1].lower === 'that') && isOneSpace(text, tokens[f.first - 1].end, tokens[f.first].start) &&
        f.cueEnd === f.last && isOneSpace(text, tokens[f.cueEnd].end, tokens[k].start) && s1 - k >= 2)) return null;
      if (subject >= 0) { k = subject; interrupted = true; }
    }
  }
  // (`Flake said he would.`: a subject pronoun and its auxiliary are a clause with its verb left out)
  // (`The boy said he understood.`, `said she left`: so are a subject pronoun and its verb in the past)
  if (k > s1 || (s1 - k < 2 && !(s1 === k + 1 && (pluralAndPast(text, tokens, k) ||
    ((tokens[k].lists & IN_SUBJECT_PRONOUNS) !== 0 && ((tokens[s1].lists & IN_AUXILIARIES) !== 0 || verbInPastOrAuxiliary(tokens[s1])) && isOneSpace(text, tokens[k].end, tokens[s1].start)))))) return null;
  const start = tokens[k].start;
  let end = tokens[s1].end;
  // the clause ends where the next frame of the sentence begins (`…, and analysts said …`)
  // … except a frame embedded in the clause (`said the Conservatives are lying when they say …`, `heard from
  // supporters who said …`): it is part of what was said
  const next = nextFrameAfter(frames, fi, k, f2 => !embeddedFrame(text, tokens, f2));
  // (`Horvath said, as some in the crowd shouted “No!”`: a joiner opening a clause another frame's speaker opens reports nothing)
  if (next && next.first === k + 1 && next.speakerFirst && CLAUSE_JOINERS.has(tokens[k].lower) && !subjectAfterRole(text, tokens, k, next)) return null;
  if (next && next.first <= s1 && next.first > k + 1 && !subjectAfterRole(text, tokens, k, next)) {
    let m = next.first - 1;
    // (`…, and the House Freedom Caucus said`: the article before the next frame's name is that frame's)
    // (`…, while the far-right Alliance for Germany accused …`: and the words describing it after the article)
    for (let d = m; d > k && d >= m - 2 && !tokens[d].cap && isOneSpace(text, tokens[m].end, tokens[m + 1].start) && tokens[m + 1].cap; d--) {
      if (/^(the|a|an)$/.test(tokens[d].lower) && d < m) { m = d; break; }
      if (!isSideWord(tokens[d].lower) || !isOneSpace(text, tokens[d].end, tokens[d + 1].start)) break;
    }
    if (m > k && /^(the|a|an)$/.test(tokens[m].lower)) m--;
    while (m > k && CLAUSE_JOINERS.has(tokens[m].lower)) m--;
    // (`…, even as a poll showed …`: the adverb belongs to the joiner)
    if (m > k && m + 1 < next.first && (tokens[m].lower === 'even' || tokens[m].lower === 'just')) m--;
    end = tokens[m].end;
  }
  // (`A woman who answered the phone at the office said he was not available`: a frame in a relative clause on the subject reports
  // up to the main clause's cue at most, and a clause only if a verb is left)
  if (relativeCue(tokens, f)) {
    for (let n = fi + 1; n < frames.length && n <= fi + 3; n++) {
      const g = frames[n];
      if (g.speakerFirst && g.cue > k && g.cue <= s1 && g.phrase.start < tokens[f.cue].start) {
        let m = g.cue - 1;
        while (m > k && (tokens[m].lists & IN_CUE_FILLERS) !== 0) m--;
        end = Math.min(end, tokens[m].end);
        if (!verbWithin(tokens, k, m)) return null;
        break;
      }
    }
  }
  // `When Easley told Cable she loved him, he fell silent`: a frame inside an opening subordinate clause
  // reports only up to the comma that ends that clause
  const opener = f.first > 0 ? tokens[f.first - 1] : null;
  // (`Even as Ruiz has said she opposes new taxes, her council …`: after a word opening the sentence that only sharpens it)
  const sharpened = !!opener && !opener.cap && f.first - 2 >= 0 && f.first - 2 === s0 && SHARPENING_WORDS.has(tokens[s0].lower);
  if (opener && (opener.cap || sharpened) && SUBORDINATORS.has(opener.lower)) {
    // (`When Lee spoke with his friend at the table, his brother grew impatient`: past the comma closing that clause is the
    // main clause, no one's words; `As Clinton told the Daily News, tax relief is …` reports it, but not `As Freddy joked
    // with his friend, …`: talk with someone is what went on meanwhile)
    const meanwhile = opener.lower !== 'as' || (f.cueEnd + 1 <= k && tokens[f.cueEnd + 1].lower === 'with');
    if (meanwhile) for (let m = f.cueEnd + 1; m <= k && m <= f.cueEnd + 12; m++) if (!inQuote[m] && hasComma(text, tokens[m - 1].end, tokens[m].start)) return null;
    for (let m = k + 1; m <= s1 && tokens[m].end <= end; m++) {
      if (!inQuote[m] && hasComma(text, tokens[m - 1].end, tokens[m].start)) { end = tokens[m - 1].end; break; }
    }
  }
  // `The mayor, who said she was tired, was not there`: a frame in a relative clause set off by commas reports up to
  // the comma closing it, where the main clause's verb resumes
  // (so does one in a subordinate clause: `Clinton, though she praised him and said …, stopped short`)
  if (f.speakerFirst && inCommaClause(text, tokens, f, s0)) {
    for (let m = k + 1; m <= s1 && tokens[m].end <= end; m++) {
      if (inQuote[m] || !hasComma(text, tokens[m - 1].end, tokens[m].start)) continue;
      const v = tokens[m];
      if ((v.lists & (IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0 || PAST_FORMS.has(v.lower) || IRREGULAR_PASTS.has(v.lower) || (!v.cap && isAsciiWordEnding(v.lower, 'ed'))) { end = tokens[m - 1].end; break; }
    }
  }
  // a directive asks one thing: it ends at its first comma (`urged residents to cut power use, as a heat wave …`)
  if (directive >= 0) {
    for (let m = k + 1; m <= s1 && tokens[m].end <= end; m++) {
      if (!inQuote[m] && hasComma(text, tokens[m - 1].end, tokens[m].start)) { end = tokens[m - 1].end; break; }
    }
  }
  // `Fiorina was a planner - a former aide said she demanded … - and her style …`: a frame inside an aside opened
  // before it, between dashes or brackets, reports up to the aside's close
  const aside = asideOpenAt(text, tokens, s0, f.first);
  // stop at a dash aside, a semicolon, or a speaking participle after a comma (`…, adding …`, `…, denying …`);
  // any other participle phrase goes on with what was said (`fears have ebbed, leaving the world blind …`)
  for (let m = k + 1; m <= s1 && tokens[m].end <= end; m++) {
    if (tokens[m].start - tokens[m - 1].end === 1 && text.charCodeAt(tokens[m].start - 1) === 32) continue; // one space: nothing to stop at
    const gap = text.slice(tokens[m - 1].end, tokens[m].start);
    if (aside !== null && (aside === 'dash' ? asideDashBetween(text, tokens[m - 1].end, tokens[m].start) : gap.indexOf(aside) >= 0)) { end = tokens[m - 1].end; break; }
    if (/\s[-\u2014\u2013]\s/.test(gap) && gap.indexOf(';') < 0 && gap.indexOf('(') < 0) {
      // `said the closure – which began in May – was temporary`: an aside closed by a second dash goes on with the clause
      const closed = closingDash(text, tokens, m, Math.min(s1, m + 25), end);
      if (closed > 0) { m = closed; continue; }
    }
    // (`said officers will wear cameras - and many will wear shorts`: a dash before `and` or `but` joins a second clause)
    if (/\s[-\u2014\u2013]\s/.test(gap) && gap.indexOf(';') < 0 && gap.indexOf('(') < 0 && (tokens[m].lower === 'and' || tokens[m].lower === 'but') && !tokens[m].cap &&
      m + 2 <= s1 && auxiliaryWithin(text, tokens, m + 1, Math.min(s1, m + 4))) continue;
    if (/\s[-\u2014\u2013]\s|;|\(/.test(gap)) { end = tokens[m - 1].end; break; }
    if (gap.indexOf(',') >= 0 && isAsciiIng(tokens[m].lower) && !inQuote[m] && (tokens[m].lists & IN_SPEECH_VERBS) !== 0) {
      end = tokens[m - 1].end;
      break;
    }
  }
  // `said Ottawa was committed to it but did not confirm a timeline`, `but declined to give details`: what the
  // speaker did not say is narration about the speaker, not part of what was said
  // (`said inspectors would be hired, though he gave no number`: so is what a pronoun's clause after `though` says was not said)
  for (let m = k + 1; m + 2 <= s1 && tokens[m].end <= end; m++) {
    const w = tokens[m].lower;
    if (inQuote[m]) continue;
    // (`noted that the bank is independent and declined to comment further`: after `and` too)
    if ((w === 'but' || (w === 'and' && m + 1 <= s1 && /^(declined|refused|declines|refuses)$/.test(tokens[m + 1].lower))) && saysNothingFrom(tokens, m + 1, s1)) { end = tokens[m - 1].end; break; }

    if ((w === 'though' || w === 'although') && m + 3 <= s1 && (tokens[m + 1].lists & IN_SUBJECT_PRONOUNS) !== 0 && saysNothingFrom(tokens, m + 2, s1)) { end = tokens[m - 1].end; break; }
    // (`said Bush had not won him over, but he sounded a nostalgic note …`: `, but he` or `, but she` and a verb go on with the narration
    // of the speaker)
    if (w === 'but' && f.speakerFirst && m + 2 <= s1 && /^(he|she)$/.test(tokens[m + 1].lower) && hasComma(text, tokens[m - 1].end, tokens[m].start) &&
      (pastVerbWithoutSubject(tokens, m + 2) || (tokens[m + 2].lists & IN_AUXILIARIES) !== 0)) { end = tokens[m - 1].end; break; }
    // (`said he would no longer self-fund his campaign, and he has since attended …`, `…, and he again attacked …`: after `, and` a
    // pronoun, then an adverb of what happened next (with its auxiliary), go on with the narration of the speaker)
    if (w === 'and' && f.speakerFirst && m + 3 <= s1 && /^(he|she|they)$/.test(tokens[m + 1].lower) && hasComma(text, tokens[m - 1].end, tokens[m].start)) {
      const adverb = /^(has|have|had)$/.test(tokens[m + 2].lower) ? m + 3 : m + 2;
      if (adverb + 1 <= s1 && NEXT_ACT_ADVERBS.has(tokens[adverb].lower) && (adverb > m + 2 || pastVerbWithoutSubject(tokens, adverb + 1))) { end = tokens[m - 1].end; break; }
    }
    // (`have demanded that any bill include aid, and several have threatened to …`: a number or a quantifier alone after `, and` opens a
    // clause of the narration, of some of the speakers)
    if ((w === 'and' || w === 'but') && f.speakerFirst && m + 2 <= s1 && /^(several|some|many|most|few|two|three|four|five|others)$/.test(tokens[m + 1].lower) &&
      hasComma(text, tokens[m - 1].end, tokens[m].start) && (pastVerbWithoutSubject(tokens, m + 2) || (tokens[m + 2].lists & IN_AUXILIARIES) !== 0)) { end = tokens[m - 1].end; break; }
    // (`said the loss was “the worst of my career,” then walked out`, `wrote that the shares “look expensive,” and cut her target`: after a
    // quote closed with the sentence's comma, `and` or `then` and a verb in the past with no subject of its own are the speaker's next act)
    if ((w === 'and' || w === 'then') && m + 1 <= s1 && pastVerbWithoutSubject(tokens, m + 1)) {
      const close = quoteClosedWithComma(text, tokens[m - 1].end, tokens[m].start);
      if (close >= 0) { end = close + 1; break; }
      // (`said they would miss the deadline, and requested another month`: after a clause in the future or the present, a verb in the
      // past with no subject is the speaker's next act; `said the man fled, and was caught` may still be what was said)
      if (w === 'and' && hasComma(text, tokens[m - 1].end, tokens[m].start) && nonPastActive(tokens, k, m)) { end = tokens[m - 1].end; break; }
    }
    // (`…, though he conceded that …`, `…, though she acknowledged …`: nor what a pronoun's clause after a comma and `though` reports
    // of its own; `, though it might take years` goes on with what was said)
    if ((w === 'though' || w === 'although') && m + 3 <= s1 && hasComma(text, tokens[m - 1].end, tokens[m].start) && (tokens[m + 1].lists & IN_SUBJECT_PRONOUNS) !== 0 &&
      ((tokens[m + 2].lists & IN_SPEECH_VERBS) !== 0 || ((tokens[m + 2].lists & IN_CUE_FILLERS) !== 0 && (tokens[m + 3].lists & IN_SPEECH_VERBS) !== 0)) &&
      !/^(say|says|tell|tells)$/.test(tokens[m + 2].lower)) { end = tokens[m - 1].end; break; }
    // (`…, prompting swift condemnation`, `…, sparking an outcry`: what the words set off, after a comma, is narration)
    // (`…, raising the risk of a trade war`: so is what they make likelier)
    if ((CONSEQUENCE_PARTICIPLES.has(w) || (w === 'raising' && tokens[m + 1].lower === 'the' && RAISED_PROSPECTS.test(tokens[m + 2].lower))) &&
      hasComma(text, tokens[m - 1].end, tokens[m].start)) { end = tokens[m - 1].end; break; }
  }
  // (`…,” without elaborating`, `…, without giving details`: how it was said, after the comma closing what was)
  // (a walk over the clause's tokens: a search of the text would run past the clause to the text's end)
  // (`…, a claim Manila did not confirm`, `…, a move that angered unions`: a noun phrase after the comma sums up what was said,
  // and is the narration's)
  for (let m = k + 1; m + 1 <= s1 && tokens[m].end <= end; m++) {
    const w = tokens[m].lower;
    if ((w === 'without' ? isAsciiIng(tokens[m + 1].lower) : (w === 'a' || w === 'an') && summingUp(text, tokens, m + 1, s1)) && !inQuote[m] && hasComma(text, tokens[m - 1].end, tokens[m].start)) {
      // (up to the comma: `rose 5%,` keeps its sign)
      end = text.lastIndexOf(',', tokens[m].start);
      break;
    }
  }
  // `denied wrongdoing`, `suggested a more permissive approach`: without `that` these cues take a noun
  // phrase as often as a clause; a clause has a pronoun subject or an auxiliary
  // `the poll shows the mayor leads`: after a document's verb, a determiner opens a clause too
  const cueLists = tokens[f.cue].lists;
  // (`FBI data show murders rose`: so does a plural noun and its past)
  const evidenceClause = (cueLists & IN_EVIDENCE_VERBS) !== 0 && (cueLists & IN_SPEECH_VERBS) === 0 &&
    (tokens[k].cap || /^(the|a|an|his|her|their|its|more|most|many|few)$/.test(tokens[k].lower) || (k + 1 < tokens.length && pluralAndPast(text, tokens, k)) ||
      // (`found 40% of Sanders' voters aren't sure …`: a share of people and their verb)
      // (`found 40 percent of voters backed Ruiz`: or a plural and its verb in the past)
      (/^\d/.test(tokens[k].lower) && (auxiliaryWithin(text, tokens, k + 1, Math.min(tokens.length - 1, k + 8)) || pluralPastWithin(text, tokens, k + 1, Math.min(tokens.length - 2, k + 6)))));
  if (!f.according && thatAt < 0 && THAT_ONLY_CUES.has(cueLower) && !gerund) return null;
  // (`acknowledged the emails reflected poorly on them`, `acknowledged Democrats lack the votes`: a plural and its verb are a clause too)
  if (!f.according && thatAt < 0 && question < 0 && !evidenceClause && !interrupted && !gerund && ((cueLists & IN_EVIDENCE_VERBS) !== 0 || NOUN_OBJECT_CUES.has(cueLower)) && !SUBJECT_PRONOUNS.has(bare(tokens[k].lower)) && !hasAuxiliary(text, tokens, k, end) &&
    !(NOUN_OBJECT_CUES.has(cueLower) && pluralVerbOpening(text, tokens, k, s1))) return null;
  // `the friends she thought she could count on`: a short clause ending in a preposition, with a subject of its own
  // after its first noun, is relative (`the strike would go on` is a clause with a phrasal verb)
  const lastTok = lastTokenBefore(tokens, k, end);
  // (`relationships she thought she could count on`: nor may the frame itself follow a noun, with no comma or joiner)
  if (!f.according && STRANDED_PREPOSITIONS.has(tokens[lastTok].lower) && lastTok - k < 5 &&
    (subjectWithin(tokens, k + 1, lastTok) || reducedRelative(text, tokens, f))) return null;
  // a clause in quotation marks is a direct quote, not reported speech; one that only opens with a few quoted
  // words (`said that “circumstances beyond our control” had forced …`) is reported, from the opening mark
  // (the mark right before its first word: `"important." Employers, he said, should …` opens after a quote closed before it)
  const opensWithQuote = k > 0 && start > tokens[k - 1].end && isQuoteMarkCode(text.charCodeAt(start - 1));
  // (`said “Salt Winter” would close the festival`: unless the quote names a work, the clause's subject)
  if (opensWithQuote && (thatAt < 0 || quotedShare(tokens, inQuote, k, end) > 0.6) && !quotedTitleSubject(text, tokens, inQuote, k, s1)) return null;
  // mostly quoted, from its first words: a direct quote; `the president was “confident …”` stays reported
  if (!opensWithQuote && quotedShare(tokens, inQuote, k, end) > 0.6 && (inQuote[k] || (k + 1 < tokens.length && inQuote[k + 1]))) return null;
  const from = opensWithQuote ? openingMarkBefore(text, tokens[k - 1].end, start) : start;
  return { start: from, end: closeEnd(text, from, end), frame: f };
}


/** Words before a subordinator opening a sentence (`Even as …`, `Only when …`). */
const SHARPENING_WORDS = new Set(['even', 'just', 'only', 'but', 'and', 'yet']);

/** The opening of a clause whose subject is extraposed (`It is no surprise …, that`, `It was clear …`). */
const EXTRAPOSED = /^It\s+(?:is|was|seems|seemed|appears|appeared|remains|became)\s/;

/** Nouns that sum up a statement in apposition after it (`…, a claim the company denies`). */
const SUMMING_NOUNS = new Set(['claim', 'charge', 'allegation', 'accusation', 'assertion', 'contention', 'view', 'move', 'position', 'figure',
  'sentiment', 'characterization', 'characterisation', 'description', 'estimate', 'prediction', 'promise', 'pledge', 'warning', 'threat', 'remark',
  'argument', 'suggestion', 'notion', 'step', 'decision', 'sign', 'reference', 'statement', 'assessment', 'admission', 'boast', 'finding',
  'line', 'comment', 'quip', 'refrain', 'vow', 'assurance', 'denial', 'concession', 'rebuke', 'proposal', 'complaint', 'condition', 'demand', 'stance']);
/** What a participle `raising the …` makes likelier, after what was said (`raising the risk of …`). */
const RAISED_PROSPECTS = /^(risk|prospect|possibility|spectre|specter|likelihood|odds|question|stakes|pressure)$/;
/** Participles of what words set off (`…, prompting an outcry`): after a comma they end what was said. */
const CONSEQUENCE_PARTICIPLES = new Set(['prompting', 'sparking', 'triggering', 'provoking', 'eliciting']);

/** Whether tokens[m], or the word after it (`an unusual move`), is a noun that sums up a statement. */
function summingUp(text: string, tokens: Token[], m: number, s1: number): boolean {
  if (SUMMING_NOUNS.has(tokens[m].lower) || (m + 1 <= s1 && !tokens[m].cap && SUMMING_NOUNS.has(tokens[m + 1].lower))) return true;
  // (`…, a point likely to be watched`, `…, a proportion that had risen`, `…, an injury the team had not disclosed`: any noun the writer
  // describes after it, with `that`, `which`, `likely`, a participle or a clause of its own with no `that`)
  if (m + 2 > s1 || tokens[m].cap || (tokens[m].lists & (IN_PHRASE_STOPS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_DETERMINERS)) !== 0) return false;
  // (`CNN, a network that he loves, has done …`: an appositive a comma and the clause's verb close is inside the clause)
  for (let v = m + 2; v <= s1 && v <= m + 40; v++) {
    if (hasComma(text, tokens[v - 1].end, tokens[v].start)) {
      if (!tokens[v].cap && ((tokens[v].lists & IN_AUXILIARIES) !== 0 || PAST_FORMS.has(tokens[v].lower) || IRREGULAR_PASTS.has(tokens[v].lower))) return false;
      break;
    }
  }
  const w = tokens[m + 1].lower;
  if (w === 'that' || w === 'which' || w === 'likely' || w === 'widely' || w === 'seen') return true;
  // (a clause without `that`: a determiner or a name, then a verb within a few words)
  if ((w === 'the' || w === 'its' || w === 'their' || tokens[m + 1].cap) && m + 3 <= s1) {
    // (one stretch of words: `CNN, a fellow Turner Broadcasting asset, has done` is an appositive inside the clause)
    for (let v = m + 2; v <= s1 && v <= m + 4 && isOneSpace(text, tokens[v - 1].end, tokens[v].start); v++) {
      if (!tokens[v].cap && ((tokens[v].lists & IN_AUXILIARIES) !== 0 || PAST_FORMS.has(tokens[v].lower) || IRREGULAR_PASTS.has(tokens[v].lower))) return true;
    }
  }
  return false;
}

/** Whether a comma follows the phrase a preposition opens at tokens[k] within a few words (`in 2019, the city spent …`): a clause may follow it. */
function commaAfterPhrase(text: string, tokens: Token[], k: number, s1: number): boolean {
  for (let m = k + 1; m <= s1 && m <= k + 6; m++) if (hasComma(text, tokens[m - 1].end, tokens[m].start)) return true;
  return false;
}

/**
 * The token after a short title in quotation marks opening at tokens[m] (`“State of the Union”`, `“Meet the Press”`): up to six
 * words, the first capitalised, the rest capitalised or small, closed by its mark with only spaces after it; else -1.
 */
function quotedTitleEnd(text: string, tokens: Token[], inQuote: number[], m: number, s1: number): number {
  if (!tokens[m].cap || m === 0 || !isQuoteMarkCode(text.charCodeAt(tokens[m].start - 1))) return -1;
  let e = m;
  while (e + 1 <= s1 && e < m + 6 && inQuote[e + 1] && isOneSpace(text, tokens[e].end, tokens[e + 1].start) && (tokens[e + 1].cap || TITLE_SMALL_WORDS.has(tokens[e + 1].lower))) e++;
  if (e + 1 > s1 || inQuote[e + 1] || !/^[”"’']\s+$/.test(text.slice(tokens[e].end, tokens[e + 1].start))) return -1;
  return e + 1;
}

/** Small words inside a title (`State of the Union`, `Meet the Press`). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at']);

/** Whether text[from, to) is a comma and spaces. */
function commaGap(text: string, from: number, to: number): boolean {
  return onlyBetween(text, from, to, ',') && hasComma(text, from, to);
}

/**
 * `told Reuters, speaking on condition of anonymity, that …`, `told reporters, many of whom had waited, that …`: after
 * the cue (and a listener of a few words), an aside set off by commas and then `that`, which opens what was said.
 * The index of that `that`, or -1.
 */
function thatAfterAside(text: string, tokens: Token[], k: number, s1: number, inQuote: number[]): number {
  // the comma opening the aside: right after the cue, or after a listener with no verb in it
  let m = k;
  while (m <= s1 && m < k + 5 && !inQuote[m] && isOneSpace(text, tokens[m - 1].end, tokens[m].start) && (tokens[m].lists & IN_AUXILIARIES) === 0 && tokens[m].lower !== 'that') m++;
  if (m > s1 || m >= k + 5 || inQuote[m] || tokens[m].lower === 'that' || !commaGap(text, tokens[m - 1].end, tokens[m].start)) return -1;
  // the comma closing it, with nothing but words between the two
  for (const open = m++; m <= s1 && m <= open + 20; m++) {
    if (inQuote[m]) return -1;
    if (isOneSpace(text, tokens[m - 1].end, tokens[m].start)) continue;
    return commaGap(text, tokens[m - 1].end, tokens[m].start) && tokens[m].lower === 'that' && m + 2 <= s1 ? m : -1;
  }
  return -1;
}

/**
 * Whether one to four words after tokens[k], opening with a bare lower-case noun, have nothing that may be a verb and end
 * the sentence or come before a participle's comma (`that target on Thursday, saying`). After `said that inflation, now at
 * 5%, would …` a verb follows the comma.
 */
function verblessPhraseAfter(text: string, tokens: Token[], k: number, s1: number, inQuote: number[]): boolean {
  const opening = tokens[k + 1];
  if (!opening || k + 1 > s1 || opening.cap || (opening.lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) !== 0 || !/^[a-z]+$/.test(opening.lower) ||
    isAsciiWordEnding(opening.lower, 'ly') || PHRASE_PREPOSITIONS.has(opening.lower) || TIME_LEADS.has(opening.lower)) return false;
  let m = k + 1;
  for (; m <= s1; m++) {
    if (m > k + 1 && hasComma(text, tokens[m - 1].end, tokens[m].start)) {
      if (!isAsciiIng(tokens[m].lower)) return false;
      break;
    }
    const t = tokens[m];
    if (m > k + 4 || inQuote[m] || (t.lists & (IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0 || PAST_FORMS.has(t.lower) || IRREGULAR_PASTS.has(t.lower) ||
      isAsciiWordEnding(t.lower, 'ed') || isAsciiWordEnding(t.lower, 's')) return false;
  }
  return m > k + 1;
}

/** Whether a comma follows the run of capitalised words from tokens[n] (`New York Times,`), before tokens[s1]. */
function commaAfterCapitals(text: string, tokens: Token[], n: number, s1: number): boolean {
  while (n + 1 <= s1 && tokens[n + 1].cap && isOneSpace(text, tokens[n].end, tokens[n + 1].start)) n++;
  return n + 1 <= s1 && hasComma(text, tokens[n].end, tokens[n + 1].start);
}

/** Whether the frame sits in a clause opening its sentence with `As` (`As Ruiz told the Herald, …`, `As Okafor put it, …`). */
function asOpens(tokens: Token[], f: Frame): boolean {
  const before = f.first - 1;
  return before >= 0 && tokens[before].lower === 'as' && tokens[before].cap;
}


/** The object a directive cue asks something of (`urged residents [on Tuesday] to …`, `called on Congress to …`), or -1. */
function directiveObject(text: string, tokens: Token[], k: number, s1: number, cue: string): number {
  if (!DIRECTIVE_VERBS.has(cue) || k > s1) return -1;
  let m = k;
  // (`called on the mayor to …`, `called for the senator to step aside`)
  if (cue.startsWith('call')) { if (tokens[m].lower !== 'on' && tokens[m].lower !== 'for') return -1; m++; }
  const object = m;
  // (`warned in a memo to council members that …`: a preposition opens no object)
  if (object > s1 || NOT_OBJECTS.has(tokens[object].lower) || (tokens[object].lists & IN_PHRASE_STOPS) !== 0) return -1;
  let relative = false;
  for (; m <= s1 && m < object + 8; m++) {
    if (m > object && !isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()"“”\u2014]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return -1;
    const w = tokens[m].lower;
    if (m > object && (w === 'to' || (w === 'not' && m + 1 <= s1 && tokens[m + 1].lower === 'to'))) {
      const verb = w === 'to' ? m + 1 : m + 2;
      return verb <= s1 && !tokens[verb].cap && !NOUN_DETERMINERS.has(tokens[verb].lower) ? object : -1;
    }
    // (`low-lying`, `long-standing`: a hyphenated adjective in -ing is no participle)
    // (`told reporters he intends to call …`: a subject pronoun opens the clause told, no object's infinitive)
    // (`urged residents living near the river to leave`, `urged anyone who was struggling to call`: a participle describing the object,
    // when `to` follows)
    if (w === 'that' || w === 'if' || w === 'whether' || (tokens[m].lists & IN_SPEECH_VERBS) !== 0 || (isAsciiIng(w) && !(m > object && toFollows(tokens, m + 1, Math.min(s1, object + 8)))) ||
      (m > object && PERSONAL_SUBJECTS.has(w))) return -1;
    // (`told reporters the verdict sent a message to every official`: a verb in the past or an auxiliary is a clause's, no object's)
    // (`urged residents who needed help to call`: a relative clause on the object has verbs of its own)
    if (w === 'who' || w === 'which') relative = true;
    else if (m > object && !relative && verbInPastOrAuxiliary(tokens[m])) return -1;
    // the object is a noun phrase (`residents`, `the Senate`, `Governor Rick Snyder`), perhaps with a day: `told the House before …` is no directive
    // (`asked anyone with video of the area to call`: `with` describes the object when `to` follows)
    if (m > object && AFTER_OBJECT.has(w) && !(w === 'with' && toFollows(tokens, m + 1, Math.min(s1, object + 8)))) return -1;
  }
  return -1;
}

const SAY_FORMS = new Set(['say', 'says', 'said', 'saying']);

/** Whether a quotation opening at tokens[k] holds a few title-case words with no stop, and a verb follows it (`“Salt Winter” would close`). */
function quotedTitleSubject(text: string, tokens: Token[], inQuote: number[], k: number, s1: number): boolean {
  let e = k;
  while (e + 1 <= s1 && inQuote[e + 1] && e < k + 4) e++;
  if (e + 1 > s1 || inQuote[e + 1] || e - k > 3) return false;
  for (let m = k; m <= e; m++) if (!tokens[m].cap && !/^(of|the|a|an|and|in|on|for|to)$/.test(tokens[m].lower)) return false;
  const v = tokens[e + 1];
  return /^[”"’']\s+$/.test(text.slice(tokens[e].end, v.start)) && !v.cap && ((v.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}(ed|s)$/.test(v.lower));
}

/** Verbs of knowing and believing whose clause a frame may interrupt (`knows, she says, where every deed is kept`). */
const KNOWING_VERBS = new Set(['knows', 'knew', 'believes', 'believed', 'thinks', 'thought', 'hopes', 'hoped', 'feels', 'felt', 'remembers', 'understands', 'understood', 'wonders', 'wondered', 'expects', 'expected']);

/** Cues whose gerund reports what the speaker says was done (`denied taking bribes`, `recalled finding …`). */
const GERUND_CUES = new Set(['denied', 'denies', 'deny', 'admitted', 'admits', 'admit', 'recalled', 'recalls', 'remembered', 'remembers', 'acknowledged', 'acknowledges',
  'suggested', 'suggests', 'proposed', 'proposes', 'recommended', 'recommends', 'described', 'describes', 'report', 'reports', 'reported']);

/** Nouns in -ing, no gerund of a verb (`denied wrongdoing`, `proposed funding for …`). */
const ING_NOUNS = new Set(['wrongdoing', 'nothing', 'something', 'anything', 'everything', 'funding', 'spending', 'building', 'meeting', 'hearing', 'ruling',
  'training', 'housing', 'planning', 'wedding', 'morning', 'evening', 'warning', 'offering', 'opening', 'painting', 'setting', 'earnings', 'savings', 'financing', 'bombing', 'shooting', 'killing', 'polling', 'testing', 'screening', 'pricing', 'lending']);

/** Cues that report what to do or not after `against` (`warned against mixing …`). */
const AGAINST_CUES = new Set(['warned', 'warns', 'warn', 'warning', 'cautioned', 'cautions', 'caution', 'cautioning', 'advised', 'advises', 'argued', 'argues', 'testified', 'spoke']);

/** Forms of `accuse`, which report whom of what (`accused Mr. Whitford of peddling a fantasy`). */
const ACCUSE_FORMS = new Set(['accuse', 'accuses', 'accused', 'accusing']);

/** The object an accusation is made against (`accused the DNC of overreacting`, `accusing Wasserfeld of "rigging" it`), or -1. */
function accusedObject(text: string, tokens: Token[], k: number, s1: number, cue: string): number {
  if (!ACCUSE_FORMS.has(cue) || k > s1 || NOT_OBJECTS.has(tokens[k].lower) || (tokens[k].lists & IN_PHRASE_STOPS) !== 0) return -1;
  for (let m = k + 1; m < s1 && m <= k + 8; m++) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()\u2014]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return -1;
    if (tokens[m].lower === 'of') return (tokens[m + 1].lists & IN_PHRASE_STOPS) === 0 ? k : -1;
    if ((tokens[m].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES)) !== 0 || tokens[m].lower === 'that') return -1;
  }
  return -1;
}

/**
 * Whether an aside opening at tokens[a] (not a participle's) closes with a comma within a few words, and a clause follows it: a subject
 * and an auxiliary (`had it not been for the plea, the sentence would have been …`, `in her view, the bank will …`).
 */
function asideThenClause(text: string, tokens: Token[], a: number, s1: number): boolean {
  if (isAsciiIng(tokens[a].lower)) return false;
  for (let m = a + 1; m <= s1 && m <= a + 14; m++) {
    if (!hasComma(text, tokens[m - 1].end, tokens[m].start)) continue;
    return m + 2 <= s1 && (CLAUSE_STARTERS.has(bare(tokens[m].lower)) || tokens[m].cap) && auxiliaryWithin(text, tokens, m + 1, Math.min(s1, m + 5));
  }
  return false;
}

/** Whether the cue of frame `f` opens a relative clause on its speaker (`who answered`, `who has ruled`, `which said`). */
function relativeCue(tokens: Token[], f: Frame): boolean {
  return f.speakerFirst && !f.according && !f.participle && relativePronounBefore(tokens, f.cue) !== null;
}

/** Whether `that`, an auxiliary or a verb in the past stands among tokens[from..to]. */
function thatOrVerbWithin(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (tokens[m].lower === 'that') return true;
  return verbWithin(tokens, from, to);
}

/** Whether a verb stands among tokens[from..to]: an auxiliary or a modal, a verb in the past, or a subject pronoun's (`he typically votes`). */
function verbWithin(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to && m < tokens.length; m++) {
    const t = tokens[m];
    if ((t.lists & (IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) !== 0 || MODALS.has(t.lower) || IRREGULAR_PASTS.has(t.lower) || PAST_FORMS.has(t.lower) || (!t.cap && isAsciiWordEnding(t.lower, 'ed'))) return true;
  }
  return false;
}

/** Whether `to` comes among tokens[from..to]. */
function toFollows(tokens: Token[], from: number, last: number): boolean {
  for (let m = from; m <= last; m++) if (tokens[m].lower === 'to') return true;
  return false;
}

/** Whether an auxiliary sits in tokens[from..to], joined by spaces: the verb of a clause with a bare noun subject. */
function auxiliaryWithin(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()"“”]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return false;
    if ((tokens[m].lists & IN_AUXILIARIES) !== 0) return true;
  }
  return false;
}

/** Index of the first subject pronoun in tokens[from..to] joined by spaces only, or -1. */
function pronounWithin(text: string, tokens: Token[], from: number, to: number): number {
  for (let m = from; m <= to; m++) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()"“”]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return -1;
    // (`told the court before he was sentenced`: a pronoun after a subordinator opens a clause saying when, not what)
    if (PERSONAL_SUBJECTS.has(tokens[m].lower)) return SUBORDINATORS.has(tokens[m - 1].lower) ? -1 : m;
  }
  return -1;
}

/** An auxiliary in the clause's first stretch, before any comma (`suggested an approach, allowing … that are …` has none). */
function hasAuxiliary(text: string, tokens: Token[], from: number, end: number): boolean {
  for (let m = from; m < tokens.length && tokens[m].end <= end && m < from + 40; m++) {
    if (m > from && hasComma(text, tokens[m - 1].end, tokens[m].start)) return false;
    // (`posted a video from a conference at which he was speaking`: an auxiliary in a relative clause is the object's)
    // (`maintained this faith even though it's been proved wrong`: so is one in a clause a subordinator opens after the object)
    if (m > from && (RELATIVE_WORDS.has(tokens[m].lower) || /^(though|although|because|while|unless|since|as|if|when)$/.test(tokens[m].lower))) return false;
    if ((tokens[m].lists & IN_AUXILIARIES) !== 0) return true;
  }
  return false;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'where']);

function lastTokenBefore(tokens: Token[], from: number, end: number): number {
  let m = from;
  while (m + 1 < tokens.length && tokens[m + 1].end <= end && m < from + MAX_CLAUSE * 2) m++;
  return m;
}

/** `<clause>, X said.` */
function clauseBefore(text: string, tokens: Token[], f: Frame, inQuote: number[], s0: number, frameStandsAside: boolean): ReportedClause | null {
  const first = frameOpening(text, tokens, f);
  if (first <= s0 + 1) return null;
  // (`Lark said the clinic was far, and urged calm.`: a cue joined on after its speaker's clause reports nothing before it, where its
  // speaker stands)
  if (f.speakerFirst && f.phrase.end <= tokens[first].start && f.phrase.start >= tokens[s0].start) return null;
  // `Two hours after his tweet, Trump tweeted a similar image`: a frame going on to its object reports nothing before it
  // (`…, Okafor said on Monday in Halifax.` still does: when and where it was said)
  // (`…, he told the court`, `…, President Obama told his advisers as …`: a listener is no object; `…, he said; his agents …`)
  // (`…, he pointed out.`: past the cue's particle)
  const end = Math.max(f.last, f.cueEnd);
  const next = end + 1 < tokens.length ? tokens[end + 1] : null;
  // (`Eight months later, …, Grand Central agreed to republish the book`: a cue going on to an infinitive is an act, not a report)
  if (f.speakerFirst && next && next.lower === 'to' && INFINITIVE_CUES.has(tokens[f.cue].lower) && end + 2 < tokens.length && !tokens[end + 2].cap &&
    (tokens[end + 2].lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) === 0) return null;
  if (!frameStandsAside && f.speakerFirst && next && !next.cap && !OBJECT_VERBS.has(tokens[f.cue].lower) && !/[;:()\u2014\u2013]|\s-\s/.test(text.slice(tokens[end].end, next.start)) && !ADVERBIAL_LEADS.has(next.lower) && !TIME_LEADS.has(next.lower) && !DAYS.has(next.lower) &&
    (next.lists & IN_LISTENERS) === 0 && !/^(in|to|of|by|for|with|about|at|on|from|that|this|last|late|early|when|while|after|before|as)$/.test(next.lower)) return null;
  // (`… — according to the most recent data`: a dash sets the source apart as a comma does)
  const dashed = f.according && /^\s[\u2014\u2013]\s$/.test(text.slice(tokens[first - 1].end, tokens[first].start));
  if ((!dashed && !hasComma(text, tokens[first - 1].end, tokens[first].start)) || hasQuoteMark(text, tokens[first - 1].end, tokens[first].start)) return null;
  let k = s0;
  // (`… calls it “the best thing” — a joke, he insists, about …`: a frame set in commas inside what a dash opens reports from the dash)
  // (one that closes its sentence, `… — a significant finding, researchers say.`, reports all of it)
  if (frameStandsAside && f.speakerFirst && f.last + 1 < tokens.length && text.slice(tokens[f.last].end, tokens[f.last + 1].start) === ', ') {
    const dash = afterOpeningDash(text, tokens, first, s0);
    if (dash >= 0) k = dash;
  }
  if (LEAD_CONJUNCTIONS.has(tokens[k].lower) && k + 1 < first) k++;
  if (k > 0 && inQuote[k] && hasQuoteMark(text, tokens[k - 1].end, tokens[k].start)) return null;
  if (first - k < 3) return null;
  // `When it comes to housing, both groups report …`: an opening subordinate clause is not what was said,
  // unless the frame closes the sentence or stands aside in commas (`If states fail, …, Wilcox said.`)
  if (tokens[k].cap && SUBORDINATORS.has(tokens[k].lower) && !frameStandsAside) return null;
  // `Speaking in Vaughan on Thursday, Trudeau denied …`: a participle phrase, not a clause
  // (set off by commas, `Riding alone, they said, can be hard`, the gerund is the clause's subject)
  // (nor when a verb follows it, `Seeing his brother suffer led him to quit, he said`: the gerund opens the clause)
  if (isAsciiIng(tokens[k].lower) && tokens[k].cap && !commaBefore(text, tokens, f.last + 1) && !verbAfterGerund(text, tokens, k, first - 1)) return null;
  // `Asked if the port would reopen, Okafor said …`, `Pressed on the cost, …`: a past participle and its preposition
  if (tokens[k].cap && isAsciiWordEnding(tokens[k].lower, 'ed') && k + 1 < first && PARTICIPLE_LINKS.has(tokens[k + 1].lower)) return null;
  if (quotedShare(tokens, inQuote, k, tokens[first - 1].end) > 0.6) return null;
  // `In a statement, Vance said …`, `On Monday, officials said …`: a short phrase led by a preposition is
  // when or where it was said, not what; so is a longer one before a frame that goes on to its object
  // (`In a two-minute answer on the issue, Cruz mentioned the network`)
  // (`But to hit its target, the panel concluded, the tax must rise`: nor is a short infinitive of purpose)
  // (`In the text accompanying the video post, Wallnau wrote:`: nor a longer phrase with no verb of its own)
  if ((first - k <= 6 || !frameStandsAside || (first - k <= 10 && !pastOrAuxiliaryWithin(tokens, k + 1, first - 1))) &&
    (PHRASE_PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'to') && !hasAuxiliary(text, tokens, k, tokens[first - 1].end)) return null;
  // (`But almost immediately after she did, Axelrod tweeted`: a clause saying when, before the frame, is not what was said)
  let w = k;
  while (w < first - 1 && w < k + 2 && TIME_ADVERBS.has(tokens[w].lower)) w++;
  if (w > k && TIME_SUBORDINATORS.has(tokens[w].lower)) return null;
  // (`Quarterly sales fell 1.8%, the retailer said`: the per cent sign after the last number is part of it)
  return { start: tokens[k].start, end: closeEnd(text, tokens[k].start, tokens[first - 1].end), frame: f };
}

/**
 * `The plan, an inside source said, is to …`: where the subject of a clause interrupted by the frame `f` (set off by
 * commas, its predicate resuming at tokens[k]) begins, or -1. The subject is a short noun phrase opening the sentence
 * (or a clause after a leading conjunction), with no verb, no comma and no quotation of its own.
 */
function interruptedSubject(text: string, tokens: Token[], f: Frame, k: number, s0: number): number {
  const first = frameOpening(text, tokens, f);
  // (the frame may end in when or where it was said: `, Marsh wrote in a letter to donors, came …`)
  // (a participle's speaker is the clause's subject itself: `Nate Cohn, writing in the Times, noticed …`)
  if (!f.speakerFirst || f.according || f.participle || first <= s0 || k <= f.cueEnd || k > f.cueEnd + 8 || f.phrase.end <= tokens[first].start) return -1;
  if (!hasComma(text, tokens[first - 1].end, tokens[first].start) || !hasComma(text, tokens[k - 1].end, tokens[k].start)) return -1;
  for (let m = f.cueEnd + 1; m < k - 1; m++) if (!isOneSpace(text, tokens[m].end, tokens[m + 1].start)) return -1;
  if (k > f.cueEnd + 1 && !ADVERBIAL_LEADS.has(tokens[f.cueEnd + 1].lower) && !TIME_LEADS.has(tokens[f.cueEnd + 1].lower)) return -1;
  return subjectRunBefore(text, tokens, first, s0);
}

/** The first token of a short subject that runs from the sentence's start tokens[s0] to the comma before tokens[first], or -1. */
function subjectRunBefore(text: string, tokens: Token[], first: number, s0: number): number {
  // (`He had a rally that night - and the permit, his campaign said, had been hard to get`: or from a dash opening the clause)
  const dash = afterOpeningDash(text, tokens, first, s0);
  let a = dash >= 0 ? dash : s0;
  if (LEAD_CONJUNCTIONS.has(tokens[a].lower) && a + 1 < first) a++;
  // (`The young woman who escorted her to the door, Ms. Kostrzewa recalled, asked her …`: a relative clause inside the
  // subject holds verbs of its own, and makes it longer)
  let relative = -1;
  for (let m = a + 1; m < first && m < a + 4; m++) if (tokens[m].lower === 'who' || tokens[m].lower === 'whom') { relative = m; break; }
  if (first - a > (relative >= 0 ? 14 : 8) || hasQuoteMark(text, tokens[a].start - (a > 0 ? 1 : 0), tokens[first - 1].end)) return -1;
  const t = tokens[a];
  if (!(t.cap || (t.lists & IN_SUBJECT_PRONOUNS) !== 0 || (dash >= 0 && (t.lists & IN_DETERMINERS) !== 0)) || PHRASE_PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || isAsciiIng(t.lower)) return -1;
  // (`Nor, he said, did he …`, `Yes, she said, …`: a word opening a sentence on its own is no subject)
  if (a === first - 1 && ((t.lists & IN_SENTENCE_OPENERS) !== 0 || NOT_SUBJECTS.has(t.lower))) return -1;
  // (`The breaking point, Ash wrote, came …`: after a determiner a speech verb's form is a noun)
  let determined = false;
  for (let m = a; m < first; m++) {
    if (m > a && !isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()\u2014\u2013]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return -1;
    if (relative >= 0 && m >= relative) continue;
    if ((tokens[m].lists & (determined ? IN_AUXILIARIES : IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0 || (m > a && isAsciiWordEnding(tokens[m].lower, 'ed'))) return -1;
    if ((tokens[m].lists & IN_DETERMINERS) !== 0) determined = true;
  }
  return a;
}

/**
 * The token after the last of an odd number of dashes set off by spaces between tokens[s0] and tokens[first] (the dash opens
 * an aside or an afterthought the words before tokens[first] stand in), else -1. Dashes inside quotation marks count too:
 * they are rare, and the walk is bounded by the clause.
 */
function afterOpeningDash(text: string, tokens: Token[], first: number, s0: number): number {
  let dashes = 0, after = -1;
  for (let m = first - 1; m > s0; m--) {
    if (asideDashBetween(text, tokens[m - 1].end, tokens[m].start)) { dashes++; if (after < 0) after = m; }
  }
  return dashes % 2 === 1 ? after : -1;
}

/** Whether text[from, to) holds a dash setting off an aside: an em dash, or a hyphen, a double hyphen or an en dash between spaces. */
function asideDashBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014) return true;
    if ((c === 0x2013 || c === 45) && i > from && isJsSpace(text.charCodeAt(i - 1))) {
      let j = i + 1;
      if (c === 45 && j < to && text.charCodeAt(j) === 45) j++;
      if (j < to && isJsSpace(text.charCodeAt(j))) return true;
    }
  }
  return false;
}

const NOT_SUBJECTS = new Set(['nor', 'so', 'then', 'now', 'also', 'too', 'again', 'and', 'but', 'yet', 'or', 'here', 'there', 'today', 'tomorrow', 'yesterday']);

/** Words opening a clause set off by a comma inside a sentence (`X, who …,`, `X, though she …,`). */
const COMMA_CLAUSE_OPENERS = new Set(['who', 'which', 'though', 'although', 'while', 'whose', 'whom', 'after', 'before', 'despite', 'since', 'upon', 'without']);

/** Whether the frame `f` stands in a relative or subordinate clause opened after a comma, a few words before its cue. */
function inCommaClause(text: string, tokens: Token[], f: Frame, s0: number): boolean {
  for (let m = f.cue - 1; m > s0 && m >= f.cue - 8; m--) {
    if (COMMA_CLAUSE_OPENERS.has(tokens[m].lower)) return hasComma(text, tokens[m - 1].end, tokens[m].start) || (tokens[m].lower === 'who' && inAppositive(text, tokens, m, s0));
    if (hasComma(text, tokens[m - 1].end, tokens[m].start)) return false;
  }
  return false;
}

/** `Lisa Tran, a nurse who said …, called …`: whether the noun before tokens[who] opens after a comma with `a`, `an` or `the`. */
function inAppositive(text: string, tokens: Token[], who: number, s0: number): boolean {
  for (let m = who - 1; m > s0 && m >= who - 5; m--) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start)) return hasComma(text, tokens[m - 1].end, tokens[m].start) && /^(a|an|the)$/.test(tokens[m].lower);
  }
  return false;
}

/** The first token of a frame, with the article before a name it speaks by (`…, the Times said`). */
function frameOpening(text: string, tokens: Token[], f: Frame): number {
  const first = f.first;
  return first > 0 && tokens[first].cap && tokens[first - 1].lower === 'the' && !tokens[first - 1].cap && isOneSpace(text, tokens[first - 1].end, tokens[first].start) ? first - 1 : first;
}

/** Words after which a frame opens a clause of its own (`and he said`, `then she added`). */
const FRAME_OPENERS = new Set(['and', 'but', 'or', 'so', 'then', 'yet', 'because', 'when', 'while', 'as', 'if', 'that', 'since',
  'although', 'though', 'now', 'also', 'later', 'still']);

/** `a few friends she thought …`: a frame right after a lower-case word (a noun) sits in a relative clause without `that`. */
function reducedRelative(text: string, tokens: Token[], f: Frame): boolean {
  const p = f.first - 1;
  return p >= 0 && !tokens[p].cap && !FRAME_OPENERS.has(tokens[p].lower) && isOneSpace(text, tokens[p].end, tokens[f.first].start);
}

/**
 * What closes an aside still open at tokens[at], opened after the sentence's first token tokens[s0]: `)` or `]`,
 * 'dash' for a dash, or null when no aside is open.
 */
function asideOpenAt(text: string, tokens: Token[], s0: number, at: number): string | null {
  let dash = false;
  let brackets = '';
  for (let m = s0 + 1; m <= at; m++) {
    if (tokens[m].start - tokens[m - 1].end === 1 && text.charCodeAt(tokens[m].start - 1) === 32) continue;
    const gap = text.slice(tokens[m - 1].end, tokens[m].start);
    for (const c of gap) {
      if (c === '(') brackets += ')';
      else if (c === '[') brackets += ']';
      else if ((c === ')' || c === ']') && brackets.endsWith(c)) brackets = brackets.slice(0, -1);
    }
    if (asideDashBetween(text, tokens[m - 1].end, tokens[m].start)) dash = !dash;
  }
  return brackets ? brackets[brackets.length - 1] : dash ? 'dash' : null;
}

/** The token after a second dash closing the aside opened before tokens[open] (and ending before `end`), or -1. */
function closingDash(text: string, tokens: Token[], open: number, last: number, end: number): number {
  const dash = /[-\u2014\u2013]/.exec(text.slice(tokens[open - 1].end, tokens[open].start))![0];
  for (let m = open + 1; m <= last && tokens[m].end <= end; m++) {
    const gap = text.slice(tokens[m - 1].end, tokens[m].start);
    if (/[;(.!?]/.test(gap)) return -1;
    if (/\s[-\u2014\u2013]\s/.test(gap)) {
      // the same dash closes the aside; a new subject after it (`… — he expected …`) starts another clause
      return gap.indexOf(dash) >= 0 && (tokens[m].lists & IN_SUBJECT_PRONOUNS) === 0 ? m : -1;
    }
  }
  return -1;
}

/** `profits fell`, `sales rose`: a plural noun (tokens[k]) and a verb in the past right after it. */
function pluralAndPast(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k], v = tokens[k + 1];
  return !t.cap && isPluralWord(t.lower) && !NOT_CLAUSE.has(t.lower) && isOneSpace(text, t.end, v.start) &&
    (isAsciiWordEnding(v.lower, 'ed') || PAST_FORMS.has(v.lower));
}

/** Adverbs saying that an act came after another (`he has since attended`, `he again attacked`). */
const NEXT_ACT_ADVERBS: ReadonlySet<string> = new Set(['since', 'again', 'later', 'then', 'subsequently', 'repeatedly', 'also', 'promptly', 'quickly', 'soon']);

/** Whether a lower-case word may be a plural: in -s, or `people`, `men`, `women`, `children` (`said about 15 people stayed`). */
function isPluralWord(lower: string): boolean {
  return isAsciiWordEnding(lower, 's') || IRREGULAR_PLURALS.has(lower);
}
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'men', 'women', 'children']);

/** Whether the clause at tokens[k] opens with a plural noun (after `the` or not) and its verb, in the past or the present (`the emails reflected`, `Democrats lack`). */
function pluralVerbOpening(text: string, tokens: Token[], k: number, s1: number): boolean {
  const n = tokens[k].lower === 'the' ? k + 1 : k;
  if (n + 1 > s1 || !/^[a-z]+[^s'’]s$/.test(tokens[n].lower) || (tokens[n].lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS | IN_AUXILIARIES)) !== 0) return false;
  const v = tokens[n + 1];
  // (a capitalised plural too, `Democrats lack`: its verb in the present, plain and in lower case)
  return pluralAndPast(text, tokens, n) || pluralAndPresent(text, tokens, n) || (tokens[n].cap && !v.cap && /^[a-z]{3,}$/.test(v.lower) &&
    !/(?:s|ing|ly|ed)$/.test(v.lower) && (v.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_NOT_VERBS)) === 0 && isOneSpace(text, tokens[n].end, v.start));
}

/** Whether a plural noun and its verb in the past (`voters backed`) come among tokens[from..to], joined by spaces only. */
function pluralPastWithin(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) {
    if (!isOneSpace(text, tokens[m - 1].end, tokens[m].start) && /[,;:()"“”]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return false;
    if (pluralAndPast(text, tokens, m)) return true;
  }
  return false;
}

/** Whether tokens[k] is a plural noun and the word after it a plain verb in the present (`workers come`), as a quantity's clause opens. */
function pluralAndPresent(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k], v = tokens[k + 1];
  return !t.cap && !v.cap && isPluralWord(t.lower) && /^[a-z]{2,}$/.test(v.lower) && !/(?:s|ing|ed|ly)$/.test(v.lower) && !NOT_CLAUSE.has(v.lower) &&
    !NOT_CLAUSE.has(t.lower) && (v.lists & (IN_DETERMINERS | IN_PHRASE_STOPS | IN_SUBJECT_PRONOUNS)) === 0 && isOneSpace(text, t.end, v.start);
}

/** A finite verb in the first stretch (before any comma) of the phrase a gerund opens at tokens[k], up to tokens[last]. */
function verbAfterGerund(text: string, tokens: Token[], k: number, last: number): boolean {
  for (let m = k + 1; m <= last && m < k + 16; m++) {
    if (hasComma(text, tokens[m - 1].end, tokens[m].start)) return false;
    const t = tokens[m];
    if (RELATIVE_WORDS.has(t.lower) || t.lower === 'that') return false;
    if ((t.lists & IN_AUXILIARIES) !== 0 || IRREGULAR_PASTS.has(t.lower) || PAST_FORMS.has(t.lower)) return true;
    // (`Speaking to reporters gathered outside`: a participle right after a noun is no verb of the clause)
    // (`Shelling killed one person`, `Fighting erupted on Monday`: a verb in the past right after the gerund makes it a noun, the subject;
    // `Growing concerned about …` is no such verb)
    if ((m > k + 1 || !FEELING_ADJECTIVES.has(t.lower)) && isAsciiWordEnding(t.lower, 'ed') && !NOUN_DETERMINERS.has(tokens[m - 1].lower) && !isAsciiWordEnding(tokens[m - 1].lower, 's')) return true;
  }
  return false;
}

/** Words that join an opening past participle to what it is about (`Asked about`, `Pressed on`, `Frustrated by`). */
const PARTICIPLE_LINKS = new Set(['if', 'whether', 'about', 'on', 'by', 'why', 'what', 'how', 'when', 'for', 'to', 'with', 'at', 'in']);

/** Whether a subject pronoun sits among tokens[from..to). */
function subjectWithin(tokens: Token[], from: number, to: number): boolean {
  for (let m = from; m < to; m++) if ((tokens[m].lists & IN_SUBJECT_PRONOUNS) !== 0) return true;
  return false;
}

function quotedShare(tokens: Token[], inQuote: number[], from: number, end: number): number {
  let q = 0, n = 0;
  for (let m = from; m < tokens.length && tokens[m].end <= end; m++) { n++; if (inQuote[m]) q++; }
  return n ? q / n : 0;
}

/** Keeps a closing quotation mark that belongs to a quoted fragment ending the clause. */
function closeEnd(text: string, start: number, end: number): number {
  // (`a turnout of 71%`: a per cent sign after a number is part of it, though no word's)
  if (text.charCodeAt(end) === 37 && end > start && isDigitAt(text, end - 1)) end++;
  // `the bill “puts profits first.”`: the sentence's stop sits inside the closing mark
  const stop = text.charCodeAt(end), mark = text.charCodeAt(end + 1);
  if ((stop === 46 || stop === 33 || stop === 63 || stop === 44) && (mark === 0x201d || mark === 34 || mark === 0x2019 || mark === 39)) {
    const closed = closeEnd(text, start, end + 1);
    if (closed > end + 1) return closed;
  }
  const c = text[end];
  if ((c === '”' || c === '"') && end + 1 <= text.length) {
    const inner = text.slice(start, end);
    const opens = (inner.match(/[“"]/g) ?? []).length;
    if (opens % 2 === 1 || inner.indexOf('“') >= 0) return end + 1;
  }
  // (`he had ''discovered the suburbs.''`: two apostrophes close what two opened)
  if (c === "'" && text[end + 1] === "'" && text.slice(start, end).indexOf("''") >= 0) return end + 2;
  // `the cuts were 'painful but necessary', adding`: a single mark closing a quote the clause opened
  if ((c === '’' || c === "'") && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? ' ')) {
    const inner = text.slice(start, end);
    if (/(^|[\s(])[‘']\S/u.test(inner) && !/\S[’'](?=[\s,.;:!?)]|$)/u.test(inner.slice(inner.search(/(^|[\s(])[‘']\S/u) + 2))) return end + 1;
  }
  return end;
}

/** The closing quotation mark in the gap text[from, to) holding it and a comma (`,” `, `”, `), or -1. */
function quoteClosedWithComma(text: string, from: number, to: number): number {
  let mark = -1, comma = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) comma = true;
    else if (c === 0x201d || c === 34 || c === 0x2019 || c === 39) mark = i;
    else if (!isJsSpace(c)) return -1;
  }
  return comma ? mark : -1;
}

/** Whether tokens[k] (or the word after `then` or `also` there) is a verb in the past, or `did not`: a predicate going on without a subject. */
function pastVerbWithoutSubject(tokens: Token[], k: number): boolean {
  if (k + 1 < tokens.length && (tokens[k].lower === 'then' || tokens[k].lower === 'also')) k++;
  const t = tokens[k];
  if (t.cap) return false;
  if (t.lower === 'did' || t.lower === 'didn\u2019t' || t.lower === "didn't") return true;
  return (PAST_FORMS.has(t.lower) || IRREGULAR_PASTS.has(t.lower) || SAME_FORM_PASTS.has(t.lower) || isAsciiWordEnding(t.lower, 'ed')) && (t.lists & IN_AUXILIARIES) === 0;
}

/**
 * Whether the clause in tokens[k, m) has a modal or a present auxiliary for its first (`would miss`, `is ready`, `has agreed`), and no
 * passive a participle could join (`would be charged, and fined`).
 */
function nonPastActive(tokens: Token[], k: number, m: number): boolean {
  let first = '';
  for (let n = k; n < m && n < k + 40; n++) {
    const w = tokens[n].lower;
    if (w === 'be' || w === 'been' || w === 'being' || w === 'get' || w === 'got' || w === 'gets') return false;
    if ((tokens[n].lists & IN_AUXILIARIES) !== 0 && !first) first = w;
  }
  return MODALS.has(first) || first === 'is' || first === 'are' || first === 'has' || first === 'have';
}

/** Verbs whose past is their plain form (`and cut his price target`). */
const SAME_FORM_PASTS = new Set(['cut', 'put', 'set', 'hit', 'quit', 'shut', 'let', 'cast', 'split', 'spread', 'upset']);

/** Cues that report a question (`asked whether …`, `wondered why …`). */
const QUESTION_CUES = new Set(['asked', 'asks', 'questioned', 'questions', 'wondered', 'wonders', 'inquired', 'enquired', 'queried']);

/** Words opening a reported question. */
const QUESTION_OPENERS = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * The token opening the question a question cue reports from tokens[k] (`whether …`, `if …`, `why …`), past a listener of a few words
 * (`asked the witness whether`, `asked him if`, `asked Judge Ann Cole why`); -1 when none follows.
 */
function questionOpening(text: string, tokens: Token[], k: number, s1: number): number {
  // (`asked, in a quiet voice, whether …`: past how it was asked, set off by commas)
  if (k <= s1 && hasComma(text, tokens[k - 1].end, tokens[k].start) && !QUESTION_OPENERS.has(tokens[k].lower)) {
    for (let m = k + 1; m <= s1 && m <= k + 6; m++) {
      if (isOneSpace(text, tokens[m - 1].end, tokens[m].start)) continue;
      if (hasComma(text, tokens[m - 1].end, tokens[m].start) && QUESTION_OPENERS.has(tokens[m].lower) && !tokens[m].cap) return m + 1 <= s1 ? m : -1;
      break;
    }
  }
  for (let q = k; q <= s1 && q <= k + 4; q++) {
    if (q > k && !isOneSpace(text, tokens[q - 1].end, tokens[q].start)) return -1;
    const w = tokens[q].lower;
    if (QUESTION_OPENERS.has(w) && !tokens[q].cap) return q + 1 <= s1 && isOneSpace(text, tokens[q].end, tokens[q + 1].start) ? q : -1;
    // (the listener: a pronoun, or a few words of a noun phrase or a name)
    if ((tokens[q].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) !== 0 || ((tokens[q].lists & IN_PHRASE_STOPS) !== 0 && !/^(the|a|an)$/.test(w))) return -1;
  }
  return -1;
}
