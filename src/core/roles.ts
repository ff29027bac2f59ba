import {
  IN_AUXILIARIES, IN_DETERMINERS, IN_DOCUMENT_NOUNS, IN_ORG_NOUNS, IN_PHRASE_STOPS, IN_SPEAKER_NOUNS, IN_SPEECH_VERBS, IN_SUBJECT_PRONOUNS,
  IN_TITLE_WORDS, IRREGULAR_PASTS, listsOf, PAST_FORMS,
} from './lexicon';
import { isAbbreviationAt, isDigitAt, isJsSpace } from './text';

/** Title words that only qualify a role (`former`, `deputy`, `senior`) or address someone (`Mr.`): never a role's head. */
const ROLE_QUALIFIERS = new Set(['vice', 'prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'trade', 'state', 'deputy', 'acting', 'former',
  'top', 'senior', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'dr', 'dr.', 'prof', 'prof.', 'rev', 'rev.', 'honourable', 'honorable', 'hon', 'hon.']);

/** How far an appositive may run, in UTF-16 code units; a role is a short phrase. */
const MAX_ROLE_LENGTH = 120;

/**
 * The role a person's name is given in apposition right after it, ending at text offset `end`: `Diane Marsh, director
 * of the housing coalition, said`, `said Julia Ferrante, a lawyer with Earthjustice.`, `Natarajan, 51, the bank's chief
 * executive, …`. The phrase must name a person's post or kind (a title or a speaker noun among its first words) and hold
 * no verb; its leading article is dropped. Null when no such phrase follows.
 */
export function appositiveRoleAfter(text: string, end: number): string | null {
  if (text.charCodeAt(end) !== 44 || text.charCodeAt(end + 1) !== 32) return null;
  let start = end + 2;
  // (an age first: `Natarajan, 51, the bank's …`)
  let digits = start;
  while (digits < start + 3 && isDigitAt(text, digits)) digits++;
  if (digits > start && text.charCodeAt(digits) === 44 && text.charCodeAt(digits + 1) === 32) start = digits + 2;
  const stop = appositiveEnd(text, start);
  if (stop < 0) return null;
  let words = wordsOf(text, start, stop);
  // (`a law professor at the University of Richmond who specializes in …`: the role ends before a relative clause)
  const relative = words.findIndex(w => RELATIVE_WORDS.has(w));
  if (relative >= 0) words = words.slice(0, relative);
  return words.length <= 20 ? roleOfPhrase(words, false) : null;
}

/**
 * The role a description set off by commas before a person's name gives them, the name starting at text offset `start`:
 * `The company's chief executive, Mark Tellis, called …`, `…, said the agency's spokeswoman, Rita Voss.`. The description
 * runs back to the sentence's start or a comma, and the name must close the apposition with a comma or a full stop.
 */
export function appositiveRoleBefore(text: string, start: number, end: number): string | null {
  if (start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44) return null;
  const after = text.charCodeAt(end);
  // (`Another analyst, Dmitri Lazaro of Greystone Research, predicted`: the body the person is of closes the appositive, and
  // joins the role)
  let tail = '';
  if (after !== 44 && after !== 46) {
    const of = AFFILIATION_AFTER_NAME.exec(text.slice(end, end + 80));
    if (!of) return null;
    tail = ' ' + of[1];
  }
  const comma = start - 2;
  let from = comma, spaces = 0;
  for (; from > 0 && comma - from < MAX_ROLE_LENGTH; from--) {
    const c = text.charCodeAt(from - 1);
    // (a description is a few words: past nine spaces it is a clause)
    if (c === 32 && ++spaces > 9) return null;
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 10 || c === 13 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 ||
      (c === 39 && from >= 2 && text.charCodeAt(from - 2) === 39)) break;
    if ((c === 46 || c === 33 || c === 63) && isJsSpace(text.charCodeAt(from)) && !abbreviationEndingAt(text, Math.max(0, from - 20), from - 1)) break;
  }
  if (comma - from >= MAX_ROLE_LENGTH) return null;
  let words = wordsOf(text, from, comma);
  // (`…, said the agency's spokeswoman, Rita Voss.`: the description follows the cue)
  if (words.length > 0 && (listsOf(words[0].toLowerCase()) & IN_SPEECH_VERBS) !== 0) words = words.slice(1);
  // (`…, according to a hospital spokeswoman, Tina Brooks.`: or `according to`)
  else if (words.length > 2 && words[0].toLowerCase() === 'according' && words[1] === 'to') words = words.slice(2);
  if (words.length === 0 || words.length > 8) return null;
  // (a description opens with a determiner, a capitalised word or a title: `met his older brother, Freddy,` is a clause)
  const first = words[0].toLowerCase();
  if (!/^\p{Lu}/u.test(words[0]) && !DESCRIPTION_OPENERS.has(first) && (listsOf(first) & IN_TITLE_WORDS) === 0) return null;
  if (DESCRIPTION_OPENERS.has(first)) words = [first, ...words.slice(1)];
  const role = roleOfPhrase(words, true);
  return role && tail ? role + tail : role;
}

/** A body after a name, up to the comma or stop closing the appositive: `of Greystone Research` in `Dmitri Lazaro of Greystone Research,`. */
const AFFILIATION_AFTER_NAME = /^ ((?:of|at|from) (?:the )?\p{Lu}[\p{L}\p{N}'’&\- ]{0,60}?)[,.](?:\s|$)/u;

/** The words of text[from, to), split at spaces. */
function wordsOf(text: string, from: number, to: number): string[] {
  return text.slice(from, to).split(' ').filter(w => w.length > 0);
}

/**
 * The role a short phrase names, without its leading article, if it names a person's post or kind (a title or a speaker
 * noun among its first words, with no preposition before it) and holds no verb. A `closed` phrase (a description before a
 * name) ends with its head or goes on only with a preposition.
 */
function roleOfPhrase(words: string[], closed: boolean): string | null {
  // (`now a partner at …`, `also a member of …`: an adverb of time before the role)
  if (words.length > 1 && ROLE_ADVERBS.has(words[0].toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  // (lower-cased as far as the head, the rest only once a head is found: most phrases have none)
  const lowers: string[] = [];
  for (let k = 0; k < words.length && k < 7; k++) lowers.push(words[k].toLowerCase());
  // (`Another analyst`, `One attendee`: one more of a kind, whose role is the kind)
  const article = lowers[0] === 'a' || lowers[0] === 'an' || lowers[0] === 'the' || lowers[0] === 'another' || lowers[0] === 'one' ? 1 : 0;
  // (nor is a phrase a preposition or a conjunction opens, `of Toronto`, `but …`, or a verb in the past, `pulled Rep. …`)
  if (article >= words.length || (listsOf(lowers[article]) & IN_PHRASE_STOPS) !== 0 || CONJUNCTIONS.has(lowers[article]) ||
    (article === 0 && /^[a-z]+ed$/.test(lowers[0]))) return null;
  // the head: a title or a person's noun among the first words, with no preposition before it (`a senior fellow at Brookings`)
  for (let k = article; k < words.length && k < article + 5; k++) {
    const w = lowers[k];
    const lists = listsOf(w);
    // (`the group's Horn of Africa director`: `of` inside a capitalised name before the head)
    if (w === 'of' && k > article && k + 1 < words.length && /^\p{Lu}/u.test(words[k - 1]) && /^\p{Lu}/u.test(words[k + 1])) continue;
    // (a determiner after the first word, `remembers her father`, follows a verb)
    if ((lists & IN_PHRASE_STOPS) !== 0 || (k > 0 && (lists & IN_DETERMINERS) !== 0 && !/^\d/.test(w))) return null;
    // (a possessive, a qualifier or a title's short form, `Sen.`, leads on to the head)
    // (`a senior at Oakdale High`: a qualifier before a preposition is a student's year)
    const studentYear = w === 'senior' && k + 1 < words.length && /^(at|in|from)$/.test(words[k + 1]);
    // (`Her deputy, Lorna McTavish,`: `deputy` alone, last, is the head itself)
    if (w.endsWith("'s") || w.endsWith('’s') || w.endsWith('.') || (ROLE_QUALIFIERS.has(w) && !studentYear && !(w === 'deputy' && k === words.length - 1))) continue;
    const personal = studentYear || ((lists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) !== 0 && (lists & (IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) === 0) || agentNoun(words[k], lists) || personalCompound(w);
    // (a plural names a group, not one person's post)
    if (personal && !(w.endsWith('s') && (lists & IN_TITLE_WORDS) === 0)) {
      // (before a name the head ends the description or a preposition follows it: `his sister met his older brother` is a clause)
      // (`The city's chief financial officer`: the last word before any preposition names the person)
      if (closed) {
        let h = k;
        while (h + 1 < words.length && (listsOf(words[h + 1].toLowerCase()) & IN_PHRASE_STOPS) === 0) h++;
        const last = words[h].toLowerCase(), lastLists = listsOf(last);
        if (h > k && (lastLists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) === 0 && !agentNoun(words[h], lastLists) && !personalCompound(last)) return null;
      }
      // a clause (`but the president held steady`, `he said`) or a verb is no role (looked for once a head is found: most phrases have none)
      // (a capitalised word is a name's: `State` in `Granite State College`)
      for (let m = lowers.length; m < words.length; m++) lowers.push(words[m].toLowerCase());
      // (`The APU's state chairman`: a qualifier before the head is none, though `state` may be a verb)
      for (let m = 0; m < lowers.length; m++) {
        const w = lowers[m];
        if ((w !== words[m] && m > 0) || (m < k && ROLE_QUALIFIERS.has(w))) continue;
        if ((listsOf(w) & (IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_SPEECH_VERBS)) !== 0 || PAST_FORMS.has(w) || IRREGULAR_PASTS.has(w)) return null;
      }
      // (`the group's chief strategist` keeps its article: without it the possessive reads as a name)
      const from = article === 1 && lowers[0] === 'the' && /['’]s$/.test(lowers[1]) ? 0 : article;
      return words.slice(from).join(' ');
    }
  }
  return null;
}

/** `sous-chef`, `co-owner`, `ex-minister`: a hyphenated word whose last part is a title or a person's noun. */
function personalCompound(lower: string): boolean {
  const dash = lower.lastIndexOf('-');
  return dash > 0 && dash < lower.length - 2 && (listsOf(lower.slice(dash + 1)) & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) !== 0 &&
    (listsOf(lower.slice(dash + 1)) & (IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) === 0;
}

/** Determiners opening a description before a name (`The company's chief executive, …`, `Her campaign manager, …`). */
const DESCRIPTION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * A lower-case noun of someone who does something, by its ending (`accountant`, `plumber`, `novelist`, `librarian`), that is
 * in no other list: a role the lists do not name.
 */
export function agentNoun(w: string, lists: number): boolean {
  // (`w` as written: a capitalised word is a name, `Twitter`)
  return lists === 0 && w.length > 5 && /^[a-z]+(?:ant|ent|er|or|ist|ian)$/.test(w) && !NOT_AGENTS.has(w);
}

/** Words with an agent noun's ending that name no one. */
const NOT_AGENTS = new Set(['number', 'matter', 'member', 'letter', 'center', 'centre', 'corner', 'border', 'murder', 'quarter', 'winter', 'summer',
  'water', 'paper', 'chapter', 'disaster', 'monster', 'powder', 'shelter', 'theater', 'theatre', 'thunder', 'cancer', 'dinner', 'error', 'mirror',
  'factor', 'sector', 'corridor', 'interior', 'exterior', 'percent', 'student', 'element', 'segment', 'moment', 'comment', 'content', 'parent',
  'talent', 'payment', 'statement', 'agreement', 'department', 'government', 'movement', 'president', 'resident', 'patient', 'incident', 'accident',
  'equivalent', 'opponent', 'component', 'amendment', 'investment', 'management', 'environment', 'treatment', 'argument', 'document', 'instrument',
  'restaurant', 'elephant', 'distant', 'important', 'constant', 'pleasant', 'instant', 'relevant', 'significant', 'different', 'recent', 'current',
  'christian', 'italian', 'canadian', 'australian', 'guardian', 'median', 'meridian', 'civilian', 'pedestrian', 'veteran', 'another', 'together',
  'however', 'whatever', 'whether', 'further', 'rather', 'either', 'neither', 'former', 'latter', 'longer', 'larger', 'bigger', 'better', 'greater']);

/** Adverbs that may come before a role in apposition. */
const ROLE_ADVERBS = new Set(['now', 'also', 'then', 'still', 'formerly', 'once']);

/** Words opening a relative clause inside an appositive. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Words that open a clause, not an appositive, after a comma. */
const CONJUNCTIONS = new Set(['but', 'and', 'or', 'yet', 'so', 'because', 'although', 'though', 'while', 'when', 'if', 'where', 'whose', 'who', 'which',
  'like', 'unlike', 'as']);

/**
 * Where the appositive starting at `start` ends: at a comma, a semicolon, a colon, a parenthesis, a dash, a line end or a
 * full stop (not an abbreviation's: `U.S.`, `Inc.`). -1 when a quotation mark comes first or the phrase runs too long.
 */
function appositiveEnd(text: string, start: number): number {
  const to = Math.min(text.length, start + MAX_ROLE_LENGTH);
  for (let j = start; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 10 || c === 13 || c === 0x2014 || c === 0x2013) return j;
    if (c === 34 || c === 0x201c || c === 0x201d || (c === 39 && text.charCodeAt(j + 1) === 39)) return -1;
    // (`chief executive of Ora Media -- the production company …`: a double hyphen is a dash)
    if (c === 45 && text.charCodeAt(j + 1) === 45) return j;
    if (c === 46 && (j + 1 >= text.length || isJsSpace(text.charCodeAt(j + 1))) && !abbreviationEndingAt(text, start, j)) return j;
  }
  return to === text.length ? to : -1;
}

/** Whether the word before the period at text[dot] takes it, as the tokenizer reads it (`U.S.`, `Inc.`, `Mr.`, `R-Ky.`). */
function abbreviationEndingAt(text: string, start: number, dot: number): boolean {
  let w = dot;
  while (w > start && !isJsSpace(text.charCodeAt(w - 1))) w--;
  // (and a long dotted one the tokenizer splits at its hyphen: `A.F.L.-C.I.O.`)
  return w < dot && (isAbbreviationAt(text, w, dot, listsOf(text.slice(w, dot).toLowerCase())) || (text.charCodeAt(dot - 2) === 46 && w < dot - 2));
}

/**
 * A role whose last word is a title in the plural, as written before names joined by `and` (`Representatives James E. Clyburn
 * and …`, `Sens. Ann Ruiz and …`), in the singular one of those people holds (`Representative`, `Sen.`); any other role as it is.
 */
export function singularRole(role: string): string {
  const last = role.slice(role.lastIndexOf(' ') + 1);
  const lower = last.toLowerCase();
  const singular = lower.endsWith('men') ? lower.slice(0, -3) + 'man' : lower.endsWith('s.') ? lower.slice(0, -2) + '.' : lower.endsWith('s') ? lower.slice(0, -1) : null;
  // (`Mrs.` is no plural of `Mr.`)
  if (singular === null || lower.startsWith('mrs') || (listsOf(lower) & IN_TITLE_WORDS) === 0 || (listsOf(singular) & IN_TITLE_WORDS) === 0) return role;
  // (the written case kept: `Representatives` to `Representative`, `SENS.` to `SEN.`)
  const cut = lower.endsWith('men') ? last.slice(0, -3) + (last.endsWith('MEN') ? 'MAN' : 'man') : lower.endsWith('s.') ? last.slice(0, -2) + '.' : last.slice(0, -1);
  return role.slice(0, role.length - last.length) + cut;
}
