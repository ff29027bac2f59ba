/**
 * Speaker mentions and coreference: reads the noun phrase that names a speaker
 * (a name with its title, a pronoun, a description such as `the spokesman` or
 * `two people familiar with the matter`) and links every mention of one entity
 * to one canonical name.
 */
import type { Span, SpeakerKind } from './types';
import {
  DOCUMENT_RECIPIENT_PREPOSITIONS, INDEFINITE_SPEAKERS, NAME_JOINERS, OPENING_TIME_ADVERBS, OWNED_DOCUMENT_ADJECTIVES, US_STATE_NAMES, PROVINCE_WORDS,
  ADJECTIVE_ENDINGS, NAME_ENDING_ADVERBS, SUBORDINATORS, COMPANY_KIND_NOUNS, KIN_NOUNS, MEDIUM_NOUNS, ROLE_SYNONYMS, SINGLING_WORDS, PARTY_MEMBERS, isAsciiDigits,
  COMPANY_WORDS, CONNECTORS, CORPORATE_SUFFIXES, COUNTRY_WORDS, DOCUMENT_NOUNS, GROUP_NOUNS, GROUP_SHARE, IN_AUXILIARIES, IN_CONNECTORS, IN_DETERMINERS, IN_FEMALE_NAMES, IN_FEMALE_TITLES,
  IN_DOCUMENT_NOUNS, IN_GROUP_NOUNS, IN_HONORIFICS, IN_MALE_NAMES, IN_MALE_TITLES, IN_MONTH_SURNAMES, IN_NATIONALITIES, IN_NOT_NAME_WORDS,
  IN_ORG_NOUNS, IN_PHRASE_STOPS, IN_SENTENCE_OPENERS, IN_SPEAKER_NOUNS, IN_SPEECH_VERBS, IN_SUBJECT_PRONOUNS, IN_TITLE_WORDS, listsOf,
  NATIONALITIES, OFFICE_HEADS, ORG_NOUNS, ORG_WORDS, REFERRING_HEADS, SURNAME_TITLES, TITLE_WORDS, WEB_ADDRESS, DAYS, WHEN_WORDS, AUTHORING_PARTICIPLES,
} from './lexicon';
import { givenNameGender, isSharedGivenName } from './givenNames';
import { hasComma, hasJsSpace, hasLowerLetter, isDigitAt, isJsSpace, isPossessive, span, splitAtJsSpaces, startsUpper, Token, tokenAtOrAfter, hasJsSpaceIn } from './text';

export type Gender = 'm' | 'f' | null;

/** A noun phrase read around a cue: what was written and what it names. */
export interface MentionPhrase {
  /** The whole phrase as written (`Chinese President Xi Jinping`). */
  start: number;
  end: number;
  /** The name part (`Xi Jinping`), or the phrase itself for descriptions. */
  nameStart: number;
  nameEnd: number;
  /** The role words (`Chinese President`), or null. */
  role: string | null;
  /** (`names`: full names joined by `and`, who speak together: `Tore Sohlberg and Lehla Abreder said`) */
  kind: 'name' | 'pronoun' | 'description' | 'names';
  gender: Gender;
  /** Where the words introducing the speaker begin when a role set off by commas comes first (`Its president, Captain Leah Morin,`). */
  lead?: number;
}

/**
 * `p` read over another extent (`start` to `end`, its name ending at `nameEnd`), perhaps as another kind, without a
 * lead. Built as the phrase literals are, field by field in their order: a spread's copy would have a hidden class
 * of its own, and with a few of those every read of a phrase's fields goes megamorphic.
 */
export function phraseOver(p: MentionPhrase, start: number, end: number, nameEnd: number, kind = p.kind): MentionPhrase {
  return { start, end, nameStart: p.nameStart, nameEnd, role: p.role, kind, gender: p.gender };
}

/** What someone is known as, which `the` before it makes the person the story is about (`the billionaire said`). */
/** `the mother of two`, `the father of three`: a parent by how many children they have. */
const PARENT_OF = /^the (mother|father|parent) of (?:two|three|four|five|six|seven|eight|\d+)$/;

const EPITHET_HEADS = new Set(['billionaire', 'mogul', 'tycoon', 'magnate', 'businessman', 'businesswoman', 'entrepreneur', 'actor', 'actress',
  'singer', 'rapper', 'comedian', 'novelist', 'filmmaker', 'front-runner', 'frontrunner', 'nominee', 'candidate', 'incumbent', 'challenger',
  'contender', 'veteran', 'septuagenarian', 'octogenarian', 'nonagenarian', 'centenarian']);

/** `the state Division of Gaming Enforcement`: a capitalised word naming a body inside a description makes it a body's name. */
function capitalisedOrgWord(written: string): boolean {
  const words = splitAtJsSpaces(written);
  if (words.length < 3 || startsUpper(words[0]) || !startsUpper(words[words.length - 1])) return false;
  // (the first capitalised word names the body, after lower-case words that name no people: not `members of … Party`)
  for (const w of words) {
    if (!startsUpper(w)) { if ((listsOf(w) & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0) return false; continue; }
    return w.length > 3 && ORG_WORDS.has(w.toLowerCase());
  }
  return false;
}

/** Where the sentence holding text[at] starts (after a stop and a space, or a line break), looking back at most 300 units. */
function sentenceStartBefore(text: string, at: number): number {
  const floor = Math.max(0, at - 300);
  for (let i = at - 1; i > floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isJsSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return floor;
}

/** Whether one of a person's first few aliases (`the South Carolina senator`) is written in `words` (a bounded look: aliases grow with a story). */
function aliasWrittenIn(words: string, e: Entity): boolean {
  let n = 0;
  for (const a of e.aliases) {
    if (++n > 12) return false;
    if (a.length > 3 && words.includes(a)) return true;
  }
  return false;
}

/** Whether the last word of a person's name is written in `words` as a word of its own. */
function nameWrittenIn(words: string, e: Entity): boolean {
  const surname = e.name.slice(e.name.lastIndexOf(' ') + 1);
  for (let at = words.indexOf(surname); at >= 0; at = words.indexOf(surname, at + 1)) {
    if (!isWordCode(words.charCodeAt(at - 1)) && !isWordCode(words.charCodeAt(at + surname.length))) return true;
  }
  return false;
}

/** Whether a UTF-16 unit is a letter or a digit (ASCII, or any above it: names outside ASCII are read whole). */
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** Description heads that usually introduce a new source rather than describe the current one. */
const NEW_SOURCE_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source', 'witness', 'resident',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'expert', 'analyst', 'statement', 'report', 'company', 'government', 'ministry',
  'officer', 'commissioner', 'auditor', 'ombudsman', 'coroner', 'manager', 'master', 'director', 'owner', 'organizer', 'organiser',
  'supervisor', 'inspector', 'investigator', 'treasurer', 'clerk', 'representative', 'negotiator', 'agent', 'coordinator',
  'superintendent', 'principal', 'administrator',
  // (kin and friends are someone's: `The victim's sister, reached by phone, said` is not the witness quoted before)
  ...KIN_NOUNS]);

/** Words that cannot end a noun phrase read back from a cue. */
const NOT_HEADS = new Set(['into', 'onto', 'by', 'about', 'over', 'under', 'than', 'through', 'upon', 'against', 'toward', 'towards',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'not', 'also', 'just', 'only']);

/** `close to`, `familiar with`, `with knowledge`, `briefed on`, `involved in`: words saying how a source knows. */
function isCloseTo(w: string, next: string | undefined): boolean {
  return (w === 'close' && next === 'to') || (w === 'familiar' && next === 'with') || (w === 'with' && next === 'knowledge') ||
    (w === 'briefed' && next === 'on') || (w === 'involved' && next === 'in');
}

/** Prepositions after people that say where they are (`critics on the right`). */
const WHERE_PREPOSITIONS = new Set(['in', 'on', 'across', 'around', 'inside', 'outside', 'within']);
/** Prepositions after people that, before a name, say whom they work for (`officials at the Bank of Canada`). */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'for', 'with', 'from', 'of']);

/** Quantifiers that stand for people when they open a sentence as its subject. */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'others', 'most', 'several', 'few', 'both', 'all', 'another']);

/** True when only a single run of spaces separates two tokens. */
export function spaceBetween(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap < 1 || gap > 3) return false;
  let spaces = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 160) spaces++;
    else if (!(c >= 0x200b && c <= 0x200d) && c !== 0xfeff && c !== 0x2060) return false; // invisible characters
  }
  return spaces > 0 && spaces <= 2;
}

/** A capitalised word that may be part of a name: no function word or sentence opener. */
export function isNameToken(t: Token): boolean {
  return t.cap && (t.lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) === 0;
}

export function isTitleToken(t: Token): boolean {
  return (t.lists & (IN_TITLE_WORDS | IN_NATIONALITIES)) !== 0;
}

function possessive(t: Token): boolean {
  return isPossessive(t.lower);
}

/** Whether a plural's possessive mark alone parts `t` from `next` (`Teamsters' president`, `Borders’ medical director`). */
function pluralPossessiveMark(text: string, t: Token, next: Token): boolean {
  return t.lower.endsWith('s') && next.start - t.end === 2 && /^['’] $/.test(text.slice(t.end, next.start));
}

/** The gender a phrase shows by its honorific, title or given name (`Ms. May`, `spokesman`, `Erin Kim`). */
export function genderOfWords(phrase: string): Gender {
  return genderOfLowerWords(splitAtJsSpaces(phrase.toLowerCase()));
}

/** The gender an honorific or gendered title among `words` shows (`Mr.`, `Ms.`, `congresswoman`), else null. */
function honorificGender(words: string): Gender {
  // roles repeat (`Sen.`, `Chinese President`): each is read once
  let g = honorificGenders.get(words);
  if (g !== undefined) return g;
  g = titleGender(splitAtJsSpaces(words.toLowerCase()), null);
  if (honorificGenders.size > 4096) honorificGenders.clear();
  honorificGenders.set(words, g);
  return g;
}
const honorificGenders = new Map<string, Gender>();

/** The gender the first gendered honorific or title among lower-case `words` shows; each word's lists go to `listsOfWord`. */
function titleGender(words: string[], listsOfWord: number[] | null): Gender {
  for (const w of words) {
    const lists = listsOf(w);
    if (lists & IN_MALE_TITLES) return 'm';
    if (lists & IN_FEMALE_TITLES) return 'f';
    listsOfWord?.push(lists);
  }
  return null;
}

/** The last of `list` (in order of `start`) that starts before `offset`, found by binary search. */
function lastStartingBefore<T extends { start: number }>(list: readonly T[], offset: number): T | null {
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < offset) lo = mid + 1; else hi = mid; }
  return lo > 0 ? list[lo - 1] : null;
}

/** Pronouns of each gender an article uses for each person, in one kind of place. */
class PronounVotes {
  private readonly votes = new Map<Entity, { f: number; m: number }>();

  add(e: Entity, gender: 'f' | 'm'): void {
    let v = this.votes.get(e);
    if (!v) this.votes.set(e, v = { f: 0, m: 0 });
    v[gender]++;
  }

  /** The gender of every pronoun used for `e`, if there were some and all of one gender; else null. */
  unanimous(e: Entity): Gender {
    const v = this.votes.get(e);
    return !v || (v.f === 0) === (v.m === 0) ? null : v.f ? 'f' : 'm';
  }
}

/** readName's findings for a lower-case name, its given name's usual gender looked up; kept, since names repeat across articles. */
function nameGender(lowerName: string): { titled: Gender; named: Gender } {
  let g = nameGenders.get(lowerName);
  if (g === undefined) {
    const read = readName(lowerName);
    g = { titled: read.titled, named: read.given === null ? null : givenNameGender(read.given) };
    if (nameGenders.size > 8192) nameGenders.clear();
    nameGenders.set(lowerName, g);
  }
  return g;
}
const nameGenders = new Map<string, { titled: Gender; named: Gender }>();

/**
 * What a lower-case name shows of a gender, in one pass over its words: a gendered title or honorific in it
 * (`mrs. clinton`), and its given name, the first word that is no title, nationality or honorific when another such
 * word follows it (`mike` in `mike pompeo`, `erin` in `dr. erin kim`; none in `warren`: a name of one word is most
 * often a surname).
 */
function readName(lowerName: string): { titled: Gender; given: string | null } {
  let titled: Gender = null, first: string | null = null, given: string | null = null;
  for (let from = 0; from <= lowerName.length;) {
    let to = from;
    while (to < lowerName.length && !isJsSpace(lowerName.charCodeAt(to))) to++;
    if (to > from) {
      const w = lowerName.slice(from, to);
      const lists = listsOf(w);
      if (!titled && (lists & IN_MALE_TITLES) !== 0) titled = 'm';
      else if (!titled && (lists & IN_FEMALE_TITLES) !== 0) titled = 'f';
      if ((lists & (IN_TITLE_WORDS | IN_NATIONALITIES | IN_HONORIFICS)) === 0) {
        if (first === null) first = w;
        else if (given === null) given = first;
      }
    }
    from = to + 1;
  }
  return { titled, given };
}

/** genderOfWords of a phrase already lower-cased and split at white space. */
function genderOfLowerWords(words: string[]): Gender {
  const listsOfWord: number[] = [];
  const titled = titleGender(words, listsOfWord);
  if (titled) return titled;
  for (let k = 0; k < words.length; k++) {
    const lists = listsOfWord[k];
    if ((lists & (IN_TITLE_WORDS | IN_NATIONALITIES)) !== 0 || !words[k]) continue;
    if (isSharedGivenName(words[k])) return null;
    if (lists & IN_FEMALE_NAMES) return 'f';
    if (lists & IN_MALE_NAMES) return 'm';
    break;
  }
  return null;
}

/**
 * `TV-friendly`, `Obama-era`, `GOP-led`: a capitalised word that a hyphen joins to an adjective's ending is no name
 * (`Kim Jong-un`, `al-Assad`, `Wilson-Raybould` are).
 */
function lowerAfterHyphen(text: string, t: Token): boolean {
  if (t.lower.length < 5) return false;
  const h = t.lower.lastIndexOf('-');
  return h > 0 && ADJECTIVE_ENDINGS.has(t.lower.slice(h + 1)) && text.charCodeAt(t.start + h + 1) >= 97;
}
/** A given name, a nickname of a word or two in quotation marks, and a surname (`Riefian “Ifan” Fajarsyah`). */
const NICKNAMED = /^(\S+)\s+["“‘'][^"“”‘’'\s]+(?:\s[^"“”‘’'\s]+)?["”’']\s+(\S.*)$/;

/** `The Landlords' Association`, `the Renters’ Union`: whether a plural possessive's mark before the body's noun tokens[a] sits inside its name. */
/** Whether ` & ` joins two capitalised words, tokens[a - 1] and tokens[a] (`Pell & Whitney`). */
function ampersandBetween(text: string, tokens: Token[], a: number): boolean {
  return tokens[a - 1].cap && tokens[a].cap && tokens[a].start - tokens[a - 1].end === 3 && text.startsWith(' & ', tokens[a - 1].end);
}

export function pluralMarkInName(text: string, tokens: Token[], a: number): boolean {
  const p = tokens[a - 1];
  return p.cap && tokens[a].cap && (tokens[a].lists & IN_ORG_NOUNS) !== 0 && p.lower.endsWith('s') && /^['’] $/.test(text.slice(p.end, tokens[a].start));
}

/** `Entrusting Donald Trump with …`: whether tokens[k] is a capitalised gerund opening its sentence, no part of the name after it. */
function openingGerund(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k], w = t.lower;
  // (the last letter first: this is asked of every word of every name)
  if (w.charCodeAt(w.length - 1) !== 103 || !/^[a-z]{4,}ing$/.test(w) || (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return false;
  // (`Downing Street said`, `Reading Borough Council`: a street's or a town's name, before the word saying what it is)
  if (k + 1 < tokens.length && tokens[k + 1].cap && PLACE_KIND_WORDS.has(tokens[k + 1].lower)) return false;
  return k === 0 || /[.!?:]["”’']?\s+$|\n\s*$/.test(text.slice(tokens[k - 1].end, t.start));
}

/** Words that say what kind of place a name names (`Street`, `Road`, `Borough`): the name's words before them are no gerund. */
const PLACE_KIND_WORDS = new Set(['street', 'road', 'avenue', 'lane', 'square', 'park', 'borough', 'county', 'city', 'town', 'village', 'district', 'station', 'bridge']);

/** Whether the token before the one starting at offset `start` (past `floor`) is a subordinator opening a clause (`when`, `as`, `after`). */
function openedBySubordinator(tokens: Token[], start: number, floor: number): boolean {
  const k = tokenAtOrAfter(tokens, start) - 1;
  return k >= floor && SUBORDINATORS.has(tokens[k].lower);
}

/** `the Associated Press`: every word after the article capitalised. */
function capitalisedAfterThe(written: string): boolean {
  const words = splitAtJsSpaces(written);
  // (`the Centers for Disease Control and Prevention`: a name's own small words may join its capitalised ones)
  return words.length > 1 && startsUpper(words[1]) && startsUpper(words[words.length - 1]) && words.slice(2, -1).every(w => startsUpper(w) || NAME_JOINERS.has(w));
}

/** `A Bank of England official`, `Department of the Interior spokesman`: a capitalised name holding `of`, `for` or `and`, then a lower-case head (a determiner may open it). */
function bodyNameBeforeHead(written: string): boolean {
  const words = splitAtJsSpaces(written);
  // (past a determiner, which the phrase may hold)
  const first = /^(a|an|the)$/i.test(words[0]) ? 1 : 0;
  if (words.length - first < 4 || startsUpper(words[words.length - 1]) || !startsUpper(words[first])) return false;
  let joined = false;
  for (let k = first + 1; k < words.length - 1; k++) {
    if (NAME_JOINERS.has(words[k])) joined = true;
    else if (!startsUpper(words[k])) return false;
  }
  return joined && startsUpper(words[words.length - 2]);
}

/** Whether a given name is among tokens[a..j] (a person's name, whatever word of bodies' names ends it: `Tom Fox`). */
function givenNameWithin(tokens: Token[], a: number, j: number): boolean {
  for (let k = a; k <= j; k++) if ((tokens[k].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return true;
  return false;
}

/**
 * Whether tokens[a] is a capitalised word for someone's calling that no list holds, before a given name (tokens[a + 1]): a word of a
 * calling's ending (`Musicologist`, `Investigator`, `Librarian`, `Trustee`) or an office of a few places (`Elder`, `Reeve`), and no given name
 * itself (`Walker`, `Spencer`); `Tem` ends `Mayor Pro Tem`.
 */
function callingBeforeName(tokens: Token[], a: number): boolean {
  const t = tokens[a], next = tokens[a + 1];
  if (!t.cap || (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES | IN_TITLE_WORDS | IN_NATIONALITIES | IN_CONNECTORS)) !== 0 || !next.cap) return false;
  if (!CALLING_OFFICES.has(t.lower) && !/^[a-z]{4,}(?:ist|er|or|ian|ant|ent|ee)$/.test(t.lower)) return false;
  if (givenNameGender(t.lower) !== null || isSharedGivenName(t.lower)) return false;
  return (next.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 || givenNameGender(next.lower) !== null;
}
/** Whether a token is a given name: one the lists hold (`Tamara`), one of the English first names (`Ilse`, `Tomás`), or one men and women share. */
export function isGivenName(t: Token): boolean {
  return (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 || givenNameGender(t.lower) !== null || isSharedGivenName(t.lower);
}
/** Pageants' titles after `Miss` (`Miss Universe`); a country's or a state's name after it is one too. */
const PAGEANTS: ReadonlySet<string> = new Set(['universe', 'world', 'america', 'usa', 'teen', 'international', 'earth', 'canada', 'england']);
const CALLING_OFFICES: ReadonlySet<string> = new Set(['elder', 'reeve', 'undersheriff', 'tem']);

/** `Sheriff's`, `Women's`, `Owners'`: a capitalised possessive of a title or of people, which names a body's users or holders. */
function peoplesPossessive(t: Token): boolean {
  if (!t.cap || !possessive(t)) return false;
  const bare = t.lower.replace(/['’]s?$/, '');
  return (listsOf(bare) & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 || /^(women|men|children|veterans|owners|workers|teachers|nurses|farmers|tenants|parents|seniors|citizens|people|taxpayers|ratepayers|homeowners|residents|victims|survivors)$/.test(bare);
}

/** `forecasters`, `contractors`, `epidemiologists`, `historians`: a plural agent noun too long to be a surname. */
function pluralAgentNoun(lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  return (lower.length >= 9 && (lower.endsWith('ers') || lower.endsWith('ors'))) || (lower.length >= 8 && (lower.endsWith('ists') || lower.endsWith('ians')));
}

/** `the Prime Minister`, `a Liberal MP` (the title's words tokens[r..j]): a description, when its determiner opens its clause. */
function titleHolder(text: string, tokens: Token[], r: number, j: number, floor: number): MentionPhrase | null {
  // (role words before the title may have been read as part of it: `the` must come right before them)
  let d = r - 1;
  // (`A Liberal MP said`, `one Labour MP`: or one of the title's holders)
  const determiner = (w: string) => w === 'the' || w === 'a' || w === 'an' || w === 'one' || w === 'another';
  // (`One Labour MP said`: a capitalised determiner opening the sentence, read with the title's capitalised words)
  if (r < j && r === floor && (tokens[r].lower === 'one' || tokens[r].lower === 'another')) { d = r; r++; }
  else if (d < floor || !determiner(tokens[d].lower) || !spaceBetween(text, tokens[d], tokens[d + 1])) {
    while (r < j && tokens[r].lower === 'the') r++;
    d = r - 1;
    if (d < floor || tokens[d].lower !== 'the') return null;
  }
  // (`“It is shameful,” the Liberal MP said`: or after the quote it attributes)
  const opens = d === floor || /,\s*$|^[,?!]?\s*[”"’']{1,2}\s+$/.test(text.slice(tokens[d - 1].end, tokens[d].start)) ||
    ((tokens[d - 1].lower === 'and' || tokens[d - 1].lower === 'but') && (d - 1 === floor || /,\s*$/.test(text.slice(tokens[d - 2].end, tokens[d - 1].start))));
  if (!opens) return null;
  return { start: tokens[d].start, end: tokens[j].end, nameStart: tokens[d].start, nameEnd: tokens[j].end, role: null, kind: 'description', gender: null };
}

/** Party names a holder's letters may follow (`Labour MP`, `Sinn Féin TD`): no one's name ends in them. */
const PARTY_NAMES = /^(labour|conservative|tory|liberal|democrat|republican|green|ndp|snp|dup|plaid|alliance|reform|independent|féin|fein|gael|fáil|fail|unionist)$/;

/** Letters written after a name for a post or an honour, as written (capitals only: `Ms` is a title, `MS` a Member of the Senedd). */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'TD', 'MP', 'MSP', 'MS', 'MLA', 'MPP', 'MEP', 'MHA', 'MNA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS']);

/** Whether a name written with spaces has a body's noun right before its last ` of ` or ` for ` (`Lawyers' Association of Saskatchewan`). */
function bodyNounBeforeOf(written: string): boolean {
  // (`Executive Council for Ports`, `Office for Immigration Courts`: or `for`)
  const of = Math.max(written.lastIndexOf(' of '), written.lastIndexOf(' for '));
  return of > 0 && ORG_NOUNS.has(written.slice(written.lastIndexOf(' ', of - 1) + 1, of).toLowerCase());
}

/**
 * Reads a speaker phrase ending at token `j` (going backwards), e.g. the
 * subject before `said`. `floor` is the first token it may use.
 */
export function phraseEndingAt(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  const t = tokens[j];
  // (`Unifor Local 444`, `Amalgamated Transit Union Local 1505`: a numbered local's name ends in its number)
  if (j - 1 >= floor && tokens[j - 1].lower === 'local' && tokens[j - 1].cap && isAsciiDigits(t.lower) && spaceBetween(text, tokens[j - 1], t)) {
    const p = phraseEndingAt(text, tokens, j - 1, floor);
    return p && p.kind === 'name' ? phraseOver(p, p.start, t.end, t.end) : p;
  }
  if ((t.lists & IN_SUBJECT_PRONOUNS) !== 0) {
    return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, role: null, kind: 'pronoun', gender: t.lower === 'he' ? 'm' : t.lower === 'she' ? 'f' : null };
  }
  // (`I'll admit`, `he'd said`: a pronoun with its auxiliary contracted onto it)
  const contracted = CONTRACTED_PRONOUN.exec(t.lower);
  if (contracted) {
    const end = t.start + contracted[1].length;
    return { start: t.start, end, nameStart: t.start, nameEnd: end, role: null, kind: 'pronoun', gender: contracted[1] === 'he' ? 'm' : contracted[1] === 'she' ? 'f' : null };
  }
  // (`Jonathan Ashby KC`, `Graeme Lindsay MSP`, `Cathal Ó Ruairc TD`: letters after a name for a post or an honour are no part of it)
  if (j - 1 >= floor && POST_NOMINALS.has(text.slice(t.start, t.end)) && tokens[j - 1].cap && spaceBetween(text, tokens[j - 1], t)) {
    const p = phraseEndingAt(text, tokens, j - 1, floor);
    // (a person's name: not a party's holder, `One Labour MP`, `A Liberal MP`)
    const first = tokens[tokenAtOrAfter(tokens, p?.nameStart ?? t.start)];
    if (p && p.kind === 'name' && hasJsSpaceIn(text, p.nameStart, p.nameEnd) && !COUNTING_WORDS.has(first.lower) && !/^(one|another|a|an)$/.test(first.lower) &&
      !PARTY_NAMES.test(tokens[j - 1].lower)) return { start: p.start, end: t.end, nameStart: p.nameStart, nameEnd: p.nameEnd, role: p.role, kind: 'name', gender: p.gender };
  }
  // `Most of them said`, `Some of us think`: a quantifier counting from a group named before
  if ((t.lower === 'them' || t.lower === 'us') && j - 2 >= floor && tokens[j - 1].lower === 'of' && isQuantifier(tokens[j - 2]) &&
    spaceBetween(text, tokens[j - 2], tokens[j - 1]) && spaceBetween(text, tokens[j - 1], t) &&
    (j - 2 === floor ? tokens[j - 2].cap : text.slice(tokens[j - 3].end, tokens[j - 2].start).trim() === ',')) {
    return { start: tokens[j - 2].start, end: t.end, nameStart: tokens[j - 2].start, nameEnd: t.end, role: null, kind: 'description', gender: null };
  }
  // `Analysts said`: a common noun capitalised only because it opens the sentence
  // (`Records show …`, `Polling shows …`: so is a document's)
  if (t.cap && (j === floor || (j - 1 >= floor && (tokens[j - 1].lists & IN_DETERMINERS) !== 0 && tokens[j - 1].cap && j - 1 === floor)) && ((t.lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS | IN_DOCUMENT_NOUNS)) !== 0)) {
    return descriptionEndingAt(text, tokens, j, floor);
  }
  // `Forecasters said`, `Epidemiologists warned`: a long plural of an agent noun opening the sentence is a group
  // (surnames in -ers are short: `Sanders`, `Chambers`)
  if (t.cap && j === floor && pluralAgentNoun(t.lower)) {
    return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, role: null, kind: 'description', gender: null };
  }
  // (`a former Miss Universe winner`, `Miss America said`: a pageant's title, whose holder it describes, is no person's name)
  if (t.cap && j - 1 >= floor && tokens[j - 1].lower === 'miss' && (PAGEANTS.has(t.lower) || COUNTRY_WORDS.has(t.lower) || US_STATE_NAMES.has(t.lower))) {
    return { start: tokens[j - 1].start, end: t.end, nameStart: tokens[j - 1].start, nameEnd: t.end, role: null, kind: 'description', gender: 'f' };
  }
  // `Ms. May`, `Theresa May`: a month word after an honorific or a given name is a surname
  const afterHonorific = j - 1 >= floor && t.cap && ((tokens[j - 1].lists & IN_HONORIFICS) !== 0 ||
    ((t.lists & IN_MONTH_SURNAMES) !== 0 && isNameToken(tokens[j - 1]) && !isTitleToken(tokens[j - 1]) && spaceBetween(text, tokens[j - 1], t)));
  // (`USA Today reported`, `Peace Now said`: an adverb capitalised inside a sentence after a name ends the name; headline
  // case capitalises the verb after it too)
  const adverbEndingName = !afterHonorific && t.cap && NAME_ENDING_ADVERBS.has(t.lower) && j - 1 >= floor && isNameToken(tokens[j - 1]) &&
    !isTitleToken(tokens[j - 1]) && spaceBetween(text, tokens[j - 1], t) && j + 1 < tokens.length && !tokens[j + 1].cap;
  if ((isNameToken(t) || afterHonorific || adverbEndingName) && !possessive(t) && !lowerAfterHyphen(text, t)) {
    // the name: capitalised words joined by spaces or name particles
    let a = j;
    // (`Six Trump supporters`: a number word opening a sentence is no part of a name)
    // (`Pell & Whitney`: an ampersand between partners' names)
    while (a - 1 >= floor && a > j - 5 && (spaceBetween(text, tokens[a - 1], tokens[a]) || pluralMarkInName(text, tokens, a) || ampersandBetween(text, tokens, a)) &&
      // (`Chief Marlene Two Rivers`: a number word after a given name is part of a surname)
      ((isNameToken(tokens[a - 1]) && !isTitleToken(tokens[a - 1]) && !possessive(tokens[a - 1]) && !openingGerund(text, tokens, a - 1) &&
        (!COUNTING_WORDS.has(tokens[a - 1].lower) || (a - 2 >= floor && (tokens[a - 2].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 && spaceBetween(text, tokens[a - 2], tokens[a - 1])))) ||
        (tokens[a - 1].lists & IN_CONNECTORS) !== 0 || namePreposition(tokens, a - 1, floor) || monthGivenName(tokens, a - 1, floor) ||
        // (`Justice Without Walls`: a title's word before a preposition of a body's name is the name's)
        (tokens[a - 1].cap && namePreposition(tokens, a, floor)))) a--;
    a = organizationNameStart(text, tokens, a, j, floor);
    a = frenchBodyNameStart(text, tokens, a, floor);
    // (`Elder Rose Meekis`, `Musicologist Rebecca Thibodeau`: a calling the lists lack, before a given name and a surname, is the role,
    // where the name begins; `Haliburton Highlands Reeve Denise Larocque`: with the calling's place before it)
    let calling = -1;
    for (let c = Math.max(a, j - 3); c <= j - 2; c++) if (callingBeforeName(tokens, c)) { calling = a; a = c + 1; break; }
    // (`Sixteen-year-old Kaylee Mamakwa`: an age opening the phrase is no part of the name)
    if (calling < 0 && a < j && tokens[a].lower.endsWith('-year-old') && isNameToken(tokens[a + 1])) a++;
    // (`RNC Chief of Staff Katie Walsh`: after a title's `of`, the name begins at a given name, the words before it complete the title)
    let r = calling >= 0 ? calling : a;
    // (`State Secretary for Mining Ilse Verhoeven`, `High Commissioner for Refugees Tomás Ribeiro`: after `for` too)
    if (a - 2 >= floor && a < j && (tokens[a - 1].lower === 'of' || tokens[a - 1].lower === 'for') && isTitleToken(tokens[a - 2]) && !isGivenName(tokens[a])) {
      for (let g = a + 1; g < j; g++) if (isGivenName(tokens[g])) { r = a - 2; a = g; break; }
    }
    // titles and roles before the name: `Chinese President`, `US Secretary of State`, `China’s top diplomat`
    let institution = false;
    while (r - 1 >= floor && r > a - 7 && spaceBetween(text, tokens[r - 1], tokens[r])) {
      const p = tokens[r - 1];
      // (`Ontario Superior Court Justice`: capitalised words of an institution before a title's capitalised words)
      if (isTitleToken(p) || (p.lower === 'of' && r - 2 >= floor && isTitleToken(tokens[r - 2])) || (p.cap && r < a && isTitleToken(tokens[r]) && (isNameToken(p) || isTitleToken(p))) || possessive(p) && p.cap ||
        (p.cap && r + 1 < a && tokens[r].cap && !isTitleToken(tokens[r]) && isTitleToken(tokens[r + 1]) && isNameToken(p) && isNameToken(tokens[r]))) {
        institution = r < a && p.cap && !isTitleToken(p) && isNameToken(p);
        r--;
        // (`CME Group's FedWatch`, `New York City's mayor`: the whole name of the owner)
        if (p.cap && possessive(p)) while (r - 1 >= floor && r > a - 7 && isNameToken(tokens[r - 1]) && !isTitleToken(tokens[r - 1]) && !possessive(tokens[r - 1]) && spaceBetween(text, tokens[r - 1], tokens[r])) r--;
      }
      // (`Nova Scotia Health spokesperson`: the institution's first words, before those read above)
      else if (institution && p.cap && isNameToken(p) && !possessive(p)) r--;
      // (`Newfoundland and Labrador Premier Andrew Furey`, `Ebb and Flow Chief …`: a place named with `and` before the title)
      else if (p.lower === 'and' && r < a && r - 2 >= floor && tokens[r].cap && !isTitleToken(tokens[r]) && isNameToken(tokens[r - 2]) && !isTitleToken(tokens[r - 2]) &&
        spaceBetween(text, tokens[r - 2], p) && spaceBetween(text, p, tokens[r]) && (r - 2 === floor || !tokens[r - 3].cap)) { r -= 2; break; }
      // (`Chamber of Commerce president Ida Walsh`: a body's noun and `of` before the institution's words)
      else if (institution && (p.lower === 'of' || p.lower === 'for') && r - 2 >= floor && tokens[r - 2].cap && (tokens[r - 2].lists & IN_ORG_NOUNS) !== 0 &&
        spaceBetween(text, tokens[r - 2], p)) r -= 2;
      // (`union president Janet Hazelton`, `Opposition health critic Brendan Maguire`: a lower-case word saying of what, before a title)
      // (`Radio talk show host Glenn Beck`: and the words of the domain before it)
      else if (!p.cap && r < a && (isTitleToken(tokens[r]) || institution) && ROLE_DOMAINS.has(p.lower)) { r--; institution = true; }
      // (`said athletic director Sam Whitlock`: one lower-case word qualifying the title, right after the cue or opening the phrase;
      // not a participle, `…, defeating Democrat Amy Walsh`)
      else if (!p.cap && r === a - 1 && isTitleToken(tokens[r]) && /^[a-z]{3,}$/.test(p.lower) && !p.lower.endsWith('ing') && (p.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_NOT_NAME_WORDS | IN_SPEECH_VERBS)) === 0 &&
        !p.lower.endsWith('ly') && (r - 1 === floor || (tokens[r - 2].lists & IN_SPEECH_VERBS) !== 0 || hasComma(text, tokens[r - 2].end, p.start))) { r--; break; }
      // (`chief of staff Ron Vale`, `master of ceremonies Dana Firth`: a title's lower-case complement after `of`)
      else if (!p.cap && r === a && r - 3 >= floor && tokens[r - 2].lower === 'of' && isTitleToken(tokens[r - 3]) &&
        (p.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) === 0 && spaceBetween(text, tokens[r - 2], p)) r--;
      else break;
    }
    // a leading "of"/"the" left dangling is not part of the role, nor a conjunction opening the sentence (`But Coun. Brian Kowalski`)
    while (r < a && (tokens[r].lower === 'of' || tokens[r].lower === 'the' || /^(but|and|yet|so|or|then)$/.test(tokens[r].lower))) r++;
    const firstNameTok = tokens[a];
    // a lone title word (`President said`) names nobody by itself; after an honorific (`Mr. King`, `Ms. Bishop`),
    // or one that is also a common surname (`King said`), it is a surname
    if ((firstNameTok.lists & IN_TITLE_WORDS) !== 0 && a === j && !afterHonorific &&
      (!SURNAME_TITLES.has(firstNameTok.lower) || (j - 1 >= floor && (tokens[j - 1].lists & IN_DETERMINERS) !== 0))) {
      // `The Prime Minister said`, `Later, the Pope said`: a capitalised title after `the` opening its clause describes its holder
      return titleHolder(text, tokens, r, j, floor);
    }
    // `The president of France said`: a name after a title and `of` is the title's domain, and the phrase describes its holder
    // (after a determiner, not in an appositive after a name: in `John Dickey, the chief executive of Ora Media, told` the role is his)
    if (r < a - 1 && tokens[a - 1].lower === 'of' && r - 1 >= floor && (tokens[r - 1].lists & IN_DETERMINERS) !== 0 && spaceBetween(text, tokens[r - 1], tokens[r]) &&
      !(r - 2 >= floor && tokens[r - 2].cap && text.slice(tokens[r - 2].end, tokens[r - 1].start) === ', ')) {
      return { start: tokens[r - 1].start, end: t.end, nameStart: tokens[r - 1].start, nameEnd: t.end, role: null, kind: 'description', gender: null };
    }
    // (`the Federal Reserve`, `British Airways`: a capitalised nationality alone before one word no given name is part of the name)
    if (r === a - 1 && a === j && tokens[r].cap && (tokens[r].lists & (IN_NATIONALITIES | IN_TITLE_WORDS)) === IN_NATIONALITIES &&
      (t.lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) === 0 && !afterHonorific) a = r;
    // (`the Foreign Ministry`, `Russia's Defense Ministry`: capitalised title words before a body's one-word name are part of it)
    // (`the Immigrant Justice Project`, `the Senior Citizens Council`: and the capitalised words before them)
    // (`The U.S. State Department`: a nationality before a longer name stays its role)
    // (`the Criminal Defence Lawyers' Association of Saskatchewan`: a body's noun before `of` and its place ends the body's words)
    if (r < a && (((ORG_NOUNS.has(t.lower) || (ORG_WORDS.has(t.lower) && !givenNameWithin(tokens, a, j))) && t.cap) || (a < j && bodyNounBeforeOf(text.slice(tokens[a].start, t.end))))) {
      const one = a === j;
      while (a - 1 >= r && tokens[a - 1].cap && !possessive(tokens[a - 1]) && (tokens[a - 1].lists & IN_HONORIFICS) === 0 &&
        ((one && isTitleToken(tokens[a - 1])) || ((tokens[a - 1].lists & IN_NATIONALITIES) === 0 && (isTitleToken(tokens[a - 1]) || (a < j && isNameToken(tokens[a - 1])))))) a--;
      // (`the Pinellas County Sheriff's Office`, `the Women's Legal Fund`, `Dog Owners' Collective`: a title's or people's possessive
      // inside a body's name is the name's, with the words before it; `Russia's Defense Ministry` keeps its owner as the role)
      if (a - 1 >= r && peoplesPossessive(tokens[a - 1])) {
        a--;
        while (a - 1 >= r && tokens[a - 1].cap && !possessive(tokens[a - 1]) && (tokens[a - 1].lists & IN_HONORIFICS) === 0) a--;
      }
    }
    // (`CNN's Gloria Borger`, `Harbour City's Mateo Silva`: an owner alone before the name says for whom, not what post: the role
    // is the owner, without its mark)
    const role = r >= a ? null : possessive(tokens[a - 1]) ? text.slice(tokens[r].start, tokens[a - 1].end).replace(/['’]s?$/, '') : text.slice(tokens[r].start, tokens[a - 1].end);
    return { start: tokens[r].start, end: t.end, nameStart: tokens[a].start, nameEnd: t.end, role, kind: 'name', gender: null };
  }
  let description: MentionPhrase | null = null;
  // (`The leaders of the province's two largest unions said`: the people of a body described at length speak, opening the sentence)
  if (j - floor >= 4 && j - floor <= 9 && !t.cap && (tokens[floor].lists & IN_DETERMINERS) !== 0 && tokens[floor + 2].lower === 'of' && tokens[floor + 3].lower === 'the' &&
    !tokens[floor + 1].cap && (tokens[floor + 1].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && /[^s]s$/.test(tokens[floor + 1].lower) &&
    (t.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) !== 0 && spacedRun(text, tokens, floor, j)) {
    return { start: tokens[floor].start, end: t.end, nameStart: tokens[floor].start, nameEnd: t.end, role: null, kind: 'description', gender: null };
  }
  if ((t.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) !== 0) {
    description = descriptionEndingAt(text, tokens, j, floor);
    // a description that stops short of its clause's start may be the tail of a longer phrase read below
    // (`when a young boy shouted`: or opens a subordinate clause)
    if (description && (description.start === tokens[floor].start || /,\s*$/.test(text.slice(Math.max(0, description.start - 3), description.start)) || t.cap ||
      openedBySubordinator(tokens, description.start, floor))) return description;
    // (`Court records show`: a document speaks only as the subject opening its clause, never as an object, `supporting the bill`)
    if ((t.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) === 0) description = null;
  }
  // `Edwards and others said`: someone named and the people with them speak together
  if (t.lower === 'others' && j - 2 >= floor && tokens[j - 1].lower === 'and' && spaceBetween(text, tokens[j - 2], tokens[j - 1]) && spaceBetween(text, tokens[j - 1], t)) {
    const first = phraseEndingAt(text, tokens, j - 2, floor);
    if (first && first.kind === 'name') return { start: first.start, end: t.end, nameStart: first.nameStart, nameEnd: t.end, role: null, kind: 'names', gender: null };
  }
  // `Some suggested that …`, `Many said …`: a quantifier standing alone as the subject is a group of speakers
  // (`“Take your time,” one wrote`, `“…,” another said`: after a quote, one of the people just described)
  // (`Someone called it a “quiet revolution”`, `Everyone said …`: someone, not a body named Someone)
  // (`…, and two said they had …`, `…, but several warned …`: a number or a quantifier alone opening a clause joined after a comma)
  if ((j === floor && t.cap && (GROUP_QUANTIFIERS.has(t.lower) || INDEFINITE_SPEAKERS.has(t.lower))) ||
    (j - 1 > floor && !t.cap && (GROUP_QUANTIFIERS.has(t.lower) || /^(two|three|four|five|six|seven|eight|nine|ten)$/.test(t.lower)) && t.lower !== 'all' && t.lower !== 'both' &&
      /^(and|but|while|whereas)$/.test(tokens[j - 1].lower) && spaceBetween(text, tokens[j - 1], t) && /^\s*,\s*$/.test(text.slice(tokens[j - 2].end, tokens[j - 1].start))) ||
    ((t.lower === 'one' || t.lower === 'another' || t.lower === 'others') && j > 0 && /^[”"’'],?\s+$|^,[”"’']\s+$/.test(text.slice(tokens[j - 1].end, t.start)))) {
    return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, role: null, kind: 'description', gender: null };
  }
  // `The 26-year-old right wing said`, `…, the airline said`, `In a statement, the network said`: a short noun
  // phrase opening the sentence or a clause after a comma is the subject
  // a phrase never ends in a preposition or a pronoun (`much funding for`, `her daughter into`)
  if (!t.cap && (t.lists & IN_PHRASE_STOPS) === 0 && !NOT_HEADS.has(t.lower)) {
    let d = j - 1;
    // (`Canadian Doctors' medical director`: a plural's possessive mark may sit between a capitalised owner and the words after it)
    while (d >= floor && d > j - 7 && (spaceBetween(text, tokens[d], tokens[d + 1]) || (tokens[d].cap && pluralPossessiveMark(text, tokens[d], tokens[d + 1]))) && (tokens[d].lists & IN_DETERMINERS) === 0) {
      // (`The mayor said residents complained`: a cue between nouns ends the subject of the clause it reports)
      if (d < j && d > floor && !tokens[d].cap && (tokens[d].lists & IN_SPEECH_VERBS) !== 0 && (tokens[d - 1].lists & IN_DETERMINERS) === 0 && !tokens[d - 1].lower.endsWith('ly')) break;
      // `the department of education`, `the regional centre for education`: an organization's noun and what it is for
      if ((tokens[d].lower === 'of' || tokens[d].lower === 'for') && d - 1 >= floor && !tokens[d - 1].cap &&
        (tokens[d - 1].lists & (IN_ORG_NOUNS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && spaceBetween(text, tokens[d - 1], tokens[d])) { d--; continue; }
      // `a number of attendees`, `most of them`: the quantifier counting from the group stands where a determiner would
      // (`most of whom`, `both of which` open relative clauses: no subject of a frame)
      // (`Forty-three percent of all reported contributions`: a determiner after the link heads nothing)
      if (QUANTIFIER_LINKS.has(tokens[d].lower) && d - 1 >= floor && d < j && isQuantifier(tokens[d - 1]) && spaceBetween(text, tokens[d - 1], tokens[d]) && !RELATIVE_HEADS.has(t.lower) &&
        (t.lists & IN_DETERMINERS) === 0) {
        d--;
        if (d - 1 >= floor && (tokens[d - 1].lists & IN_DETERMINERS) !== 0 && spaceBetween(text, tokens[d - 1], tokens[d])) d--;
        break;
      }
      // (`…, but security specialists say`, `While experts say`: a conjunction opening the clause ends the walk; see barePluralSubject)
      if (BARE_SUBJECT_LEADS.has(tokens[d].lower) && (d === floor || hasComma(text, tokens[d - 1].end, tokens[d].start))) break;
      if ((tokens[d].lists & (IN_PHRASE_STOPS | IN_SUBJECT_PRONOUNS)) !== 0 || QUESTION_WORDS.has(tokens[d].lower)) return description;
      // `North Korea's state-run news agency`: a capitalised possessive determines the phrase
      if (tokens[d].cap && (possessive(tokens[d]) || pluralPossessiveMark(text, tokens[d], tokens[d + 1]))) {
        // (`Mothers Against Drunk Driving's B.C. chapter`: a preposition capitalised inside the owner's name)
        while (d - 1 >= floor && (isNameToken(tokens[d - 1]) || namePreposition(tokens, d - 1, floor)) && spaceBetween(text, tokens[d - 1], tokens[d])) d--;
        const opens = d === floor || text.slice(tokens[d - 1].end, tokens[d].start).trim() === ',';
        return opens ? { start: tokens[d].start, end: t.end, nameStart: tokens[d].start, nameEnd: t.end, role: null, kind: 'description', gender: null } : description;
      }
      d--;
    }
    // `…, 21 percent said`: a number opening the phrase counts as its determiner
    // (`…, while 31 percent said`: or after a conjunction opening the clause)
    const leads = d >= floor && BARE_SUBJECT_LEADS.has(tokens[d].lower) && (d === floor || hasComma(text, tokens[d - 1].end, tokens[d].start));
    if (d + 1 < j && NUMBER_WORD.test(tokens[d + 1].lower) && (d < floor || !spaceBetween(text, tokens[d], tokens[d + 1]) || leads)) d++;
    // (`…, while 31 percent of voters said`: the number a share is counted in)
    else if (d - 1 >= floor && d < j && isQuantifier(tokens[d]) && NUMBER_WORD.test(tokens[d - 1].lower) && spaceBetween(text, tokens[d - 1], tokens[d])) d--;
    if (d < floor || d <= j - 5 || ((tokens[d].lists & IN_DETERMINERS) === 0 && !isQuantifier(tokens[d])) || !spaceBetween(text, tokens[d], tokens[d + 1])) {
      return description ?? barePluralSubject(text, tokens, d, j, floor);
    }
    while (d - 1 >= floor && (tokens[d - 1].lists & IN_DETERMINERS) !== 0 && spaceBetween(text, tokens[d - 1], tokens[d])) d--; // `All three`
    // `Most of the candidates`, `Many in the crowd`, `Half of the respondents`: a quantifier and the group it counts from
    if (d - 2 >= floor && QUANTIFIER_LINKS.has(tokens[d - 1].lower) && isQuantifier(tokens[d - 2]) &&
      spaceBetween(text, tokens[d - 2], tokens[d - 1]) && spaceBetween(text, tokens[d - 1], tokens[d])) {
      d -= 2;
      // (`A majority of the members`, `a number of attendees`, `Thirty-one percent of those surveyed`)
      while (d - 1 >= floor && d > j - 9 && (tokens[d - 1].lower === 'a' || NUMBER_WORD.test(tokens[d - 1].lower)) && spaceBetween(text, tokens[d - 1], tokens[d])) d--;
    }
    // after a comma `that` opens a relative clause whose subject follows it (`laws, that appeals courts said …`)
    if (d !== floor && tokens[d].lower === 'that') {
      return d < j ? { start: tokens[d + 1].start, end: t.end, nameStart: tokens[d + 1].start, nameEnd: t.end, role: null, kind: 'description', gender: null } : description;
    }
    // (`Again, those surveyed said`: unless a comma closes an opening word or phrase before it)
    if (d !== floor && /^(this|these|those)$/.test(tokens[d].lower) && text.slice(tokens[d - 1].end, tokens[d].start) !== ', ') return description;
    if (pluralAfterSingularNoun(tokens, d, j)) return { start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, role: null, kind: 'description', gender: null };
    // (`“I owed the guys one,” the 24-year-old said`, `…,” the moderator said`, `…,” the detective said`: or, when it names a person or a
    // document, after the quote it attributes: `…,” the suit says`)
    const gapBefore = d === floor ? '' : text.slice(tokens[d - 1].end, tokens[d].start).trim();
    // (`29 percent said`: a sentence may open with a number)
    const opensClause = d === floor ? tokens[d].cap || /^\d/.test(tokens[d].lower)
      : gapBefore === ',' || gapBefore === ';' || (/^[,?!]?["”’']$|^["”’'],$/.test(gapBefore) && (personLikeHead(t.lower) || (t.lists & (IN_SPEAKER_NOUNS | IN_DOCUMENT_NOUNS)) !== 0 || (t.lists & (IN_TITLE_WORDS | IN_NATIONALITIES)) === IN_TITLE_WORDS)) ||
        (/^(and|but)$/.test(tokens[d - 1].lower) && (d - 1 === floor || text.slice(tokens[d - 2].end, tokens[d - 1].start).trim() === ',')) ||
        // (`…, while 31 percent said`, `…, as some in the crowd shouted`: a conjunction opening a clause after a comma)
        ((BARE_SUBJECT_LEADS.has(tokens[d - 1].lower) || tokens[d - 1].lower === 'as') && (d - 1 === floor || hasComma(text, tokens[d - 2].end, tokens[d - 1].start)) &&
          ((tokens[d].lists & IN_DETERMINERS) !== 0 || isQuantifier(tokens[d]) || NUMBER_WORD.test(tokens[d].lower))) ||
        // (`Later the candidate said`: after an adverb of time opening the sentence without a comma)
        (d - 1 === floor && OPENING_TIME_ADVERBS.has(tokens[floor].lower) && spaceBetween(text, tokens[floor], tokens[d]));
    if (!opensClause) return description;
    return { start: tokens[d].start, end: t.end, nameStart: tokens[d].start, nameEnd: t.end, role: null, kind: 'description', gender: null };
  }
  return description;
}

/** Whether tokens[from..to] are one run of words, only spaces between them. */
export function spacedRun(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!spaceBetween(text, tokens[k], tokens[k + 1])) return false;
  return true;
}

const RELATIVE_HEADS = new Set(['whom', 'which', 'whose', 'what']);

/** A noun that names a person by its form: an age (`24-year-old`), a number of them (`the two`), an agent (`moderator`, `veteran`, `colleague`). */
function personLikeHead(lower: string): boolean {
  return /^\d+-year-old$/.test(lower) || NUMBER_WORD.test(lower) || lower === 'colleague' || lower === 'candidate' ||
    (/^[a-z-]+$/.test(lower) && lower.length > 4 && /(er|or|ist|ian|an|ant|ent|man|woman|person|ee|eur|ess)$/.test(lower));
}

/** Lower-case words saying what a title is of (`union president`, `health critic`, `campaign manager`). */
const ROLE_DOMAINS = new Set(['union', 'party', 'company', 'campaign', 'government', 'police', 'health', 'education', 'finance', 'defence', 'defense',
  'justice', 'transport', 'transportation', 'labour', 'labor', 'opposition', 'city', 'county', 'school', 'board', 'team', 'club', 'press',
  'communications', 'policy', 'research', 'program', 'programme', 'hospital', 'housing', 'environment', 'immigration', 'energy', 'trade',
  'agriculture', 'fire', 'museum', 'church', 'network', 'news', 'fund', 'bank', 'court', 'tribal', 'council', 'committee', 'show', 'talk', 'radio',
  'television', 'morning', 'late-night', 'presidential', 'vice-presidential', 'mayoral', 'gubernatorial', 'congressional', 'senate',
  'parliamentary', 'leadership', 'presumptive', 'lead', 'co-lead', 'principal', 'managing', 'executive', 'associate', 'assistant',
  'information', 'public', 'media', 'relations', 'safety', 'security', 'medical', 'legal', 'marketing', 'sales', 'technology', 'operations',
  'emergency', 'weather', 'foreign', 'senior']);

/** Words joining a quantifier to the group it counts from (`most of the`, `many in the`, `some at the`). */
const QUANTIFIER_LINKS = new Set(['of', 'in', 'at', 'among', 'from', 'on']);

/** Words that count part of a group (`most`, `half`, `a third`, `a number`, `9 percent`, `dozens`). */
const QUANTIFIER_WORDS = new Set(['some', 'many', 'most', 'several', 'few', 'both', 'all', 'none', 'half', 'each', 'one', 'two', 'three',
  'majority', 'minority', 'third', 'quarter', 'percent', 'number', 'dozens', 'hundreds', 'thousands', 'millions', 'others', 'any', 'either', 'neither']);

/** Quantifiers that count people in the plural (`Others`, `Thousands`), a group when one speaks. */
const PLURAL_COUNTS = new Set(['others', 'dozens', 'hundreds', 'thousands', 'millions']);

/** Number words that open a sentence in capitals (`Six Trump supporters ran`), never a given name. */
const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty',
  'fifty', 'hundreds', 'thousands', 'dozens', 'several', 'many', 'some', 'most', 'few', 'both', 'all']);

/** A number written in digits or in words (`21`, `21,000`, `thirty-one`, `nine`). */
const NUMBER_WORD = /^([0-9][0-9,.]*|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|hundred|thousand)$/;

export function isQuantifier(t: Token): boolean {
  return QUANTIFIER_WORDS.has(t.lower) || NUMBER_WORD.test(t.lower);
}

/**
 * `But security specialists say …`, `Hacking experts said …`: a plural noun with only lower-case modifiers before it,
 * opening its sentence (or the clause after a leading `but`, `and`, `yet`), is a group even when no list names it.
 * `d` is where the backward walk from the head tokens[j] stopped: before the sentence's start, or at a lead word.
 */
function barePluralSubject(text: string, tokens: Token[], d: number, j: number, floor: number): MentionPhrase | null {
  const t = tokens[j];
  if (t.cap || !isAsciiPlural(t.lower)) return null;
  let a = d + 1;
  // (`…, but security specialists say`, `While experts say …, `: or the clause a conjunction opens after a comma, or a subordinator)
  const lead = d >= floor && BARE_SUBJECT_LEADS.has(tokens[d].lower) && (d === floor || hasComma(text, tokens[d - 1].end, tokens[d].start));
  // (`Some argue …; others warn …`: or the clause after a semicolon)
  // (`The mayor said residents complained …`: or the clause a cue reports without `that`)
  const reported = d > floor && !tokens[d].cap && (tokens[d].lists & IN_SPEECH_VERBS) !== 0 && (tokens[d - 1].lists & IN_DETERMINERS) === 0 && spaceBetween(text, tokens[d], tokens[d + 1]);
  if (d >= floor && !lead && !reported && !semicolonBetween(text, tokens[d].end, tokens[d + 1].start)) return null;
  if (a === floor && BARE_SUBJECT_LEADS.has(tokens[a].lower)) a++;
  if (a > j || j - a > 3) return null;
  for (let m = a; m <= j; m++) {
    if (m > a && tokens[m].cap) return null;
    if (m < j && !/^[a-z][a-z-]*$/.test(tokens[m].lower)) return null;
  }
  return { start: tokens[a].start, end: t.end, nameStart: tokens[a].start, nameEnd: t.end, role: null, kind: 'description', gender: null };
}

/** Whether text[from, to) holds a semicolon. */
function semicolonBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 59) return true;
  return false;
}

/** Capitalised words joined by `and` inside a name that opens with a capital (`Fire and Emergency`). */
const CAPITALS_JOINED_BY_AND = /^\p{Lu}.*\p{Lu}\S*\s+and\s+\p{Lu}/u;

/** Words opening a club's name before the word that names it (`Real Cantabria`, `Deportivo Arenal`). */
const CLUB_PREFIXES = new Set(['real', 'deportivo', 'atletico', 'atlético', 'athletico', 'sporting', 'dynamo', 'dinamo', 'racing', 'olympique', 'inter']);

/** Two single capitalised words joined by `and`: `Procter and Gamble`, `Smith and Jones`. */
const SINGLE_WORDS_JOINED = /^(\p{Lu}[\p{L}'’-]*) and (\p{Lu}[\p{L}'’-]*)$/u;

/** Documents an organization issues in its own name (`a statement`, `a news release`). */
const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'filing', 'announcement']);

/** Whether a sentence ends in text[from, to): a full stop, `!` or `?` before a space. */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isJsSpace(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** Participles that follow the noun they modify (`the families affected`, `the people involved`). */
const POST_MODIFIERS = new Set(['affected', 'involved', 'concerned', 'surveyed', 'polled', 'interviewed', 'questioned', 'consulted', 'contacted', 'present']);

/** Words that open a question or a free relative (`what prosecutors called`): never inside a noun phrase. */
const QUESTION_WORDS = new Set(['what', 'whom', 'where', 'why', 'how']);

const BARE_SUBJECT_LEADS = new Set(['but', 'and', 'yet', 'still', 'now', 'so', 'while', 'although', 'though', 'because', 'since', 'whereas']);

/** A plural written in ASCII letters: `specialists`, `attendees`; not `business`, `status`, `analysis`, `news`. */
function isAsciiPlural(w: string): boolean {
  return w.length >= 4 && /^[a-z]+s$/.test(w) && !/(ss|us|is|ics|news|ways|times|series|means)$/.test(w);
}

/** Whether a body's noun and `of` or `for` come right before tokens[b] (`Centers for` before `Disease Control`). */
function bodyOfBefore(text: string, tokens: Token[], b: number, floor: number): boolean {
  if (b - 2 < floor || (tokens[b - 1].lower !== 'of' && tokens[b - 1].lower !== 'for')) return false;
  const head = tokens[b - 2];
  return head.cap && (head.lists & IN_ORG_NOUNS) !== 0 && spaceBetween(text, head, tokens[b - 1]) && spaceBetween(text, tokens[b - 1], tokens[b]);
}

/**
 * Where the name ending at tokens[j], whose capitalised run starts at tokens[a], starts when it is an
 * organization's: past `of` or `for` after an organization's noun (`National Union of Teachers`, `Institute for
 * Fiscal Studies`, `Church of the Nativity`), and, when it ends in such a noun, past `and` and a plural possessive
 * (`Rail and Maritime Workers’ Union`).
 */
/** Nouns of a business, which means no public body (`the company`, `the carmaker`). */
const BUSINESS_HEADS = new Set(['company', 'firm', 'corporation', 'maker', 'automaker', 'carmaker', 'retailer', 'lender', 'insurer', 'startup', 'start-up',
  'chain', 'conglomerate', 'manufacturer', 'supplier', 'distributor', 'grocer', 'chipmaker', 'drugmaker', 'giant']);

/** Words naming a public body or a party, which `the company` never means. */
const PUBLIC_BODY = /\b(?:Commission|Department|Ministry|Administration|Agency|Bureau|Court|Council|Congress|Senate|House|Parliament|Party|Police|Government|Republicans|Democrats|Liberals|Conservatives)\b/;

/** Words in a body's name that say what kind of body it is, for `the airline` or `the agency` to find it. */
const KIND_NAME_WORDS = new Map<string, RegExp>([
  ['airline', /\b(?:Air|Airways|Airlines|Jet)\b/],
  ['carrier', /\b(?:Air|Airways|Airlines|Jet)\b/],
  ['agency', /\b(?:Agency|Administration|Service|Bureau|Commission|Authority)\b|^[A-Z]{3,6}$/],
  // (`the regulator` after `the Canadian Radio-television and Telecommunications Commission`, `the watchdog` after `the Competition Bureau`)
  ...['regulator', 'watchdog'].map(head => [head, /\b(?:Commission|Authority|Board|Bureau|Agency|Administration|Office|Regulator|Ombudsman)\b|^[A-Z]{3,6}$/] as [string, RegExp]),
  // (`the school` or `the college` after `Lakeshore Polytechnic`, `the university` after `Université de Moncton`)
  ...['school', 'college', 'polytechnic', 'university'].map(head => [head, /\b(?:School|College|Polytechnic|University|Université|Academy|Institute|Conservatory|Seminary|CEGEP|Cégep)\b/] as [string, RegExp]),
  // (`the department` after `Indigenous Services Canada` or `the Department of Health`, `the ministry` after `the Ministry of Finance`)
  ...['department', 'ministry'].map(head => [head, /\b(?:Department|Ministry|Services Canada|Health Canada|Transport Canada|Environment Canada|Statistics Canada|Parks Canada|Finance Canada)\b/] as [string, RegExp]),
  // (`the division` after `the Greater Saskatoon Catholic School Division`)
  ['division', /\bDivision\b/],
  // (`the union` after `The Alberta Teachers' Association voted to strike`)
  ['union', /\b(?:Union|Association|Federation|Guild|Brotherhood|Teamsters|Workers|Local)\b/],
  // (`the conservative publication` after `National Review`, `the newspaper` after `the Capitol Ledger`)
  ...['publication', 'newspaper', 'paper', 'magazine', 'outlet', 'tabloid', 'daily', 'weekly'].map(head => [head,
    /\b(?:Times|Post|Journal|Review|Herald|Tribune|Gazette|Ledger|Courier|Chronicle|Observer|Examiner|Inquirer|Dispatch|Sentinel|Register|Star|Globe|Mail|Sun|News|Daily|Weekly|Magazine|Monthly|Atlantic|Economist|Telegraph|Guardian|Independent|Mirror|Express|Standard|Record|Press|Bulletin)\b/] as [string, RegExp]),
]);

/**
 * `June Calloway`, `April Ruiz`: a month that is also a woman's given name, before a capitalised word that is no date's, and not after
 * a preposition of time (`in June`, `since April`).
 */
function monthGivenName(tokens: Token[], k: number, floor: number): boolean {
  const t = tokens[k];
  // (`Jan Kosinski`: `Jan` with no period is a given name, not January's short form)
  if (!t.cap || (t.lower !== 'june' && t.lower !== 'april' && t.lower !== 'jan') || k + 1 >= tokens.length || !tokens[k + 1].cap || /^\d/.test(tokens[k + 1].lower) ||
    (tokens[k + 1].lists & (IN_NOT_NAME_WORDS | IN_TITLE_WORDS)) !== 0) return false;
  return k === floor || k === 0 || !/^(in|since|until|by|on|of|during|through|from|last|next|early|late|mid)$/.test(tokens[k - 1].lower);
}

/** Prepositions capitalised inside a body's name (`Doctors Without Borders`, `Mothers Against Drunk Driving`). */
const NAME_PREPOSITIONS = new Set(['without', 'against', 'beyond', 'across']);

/** Whether tokens[k] is a preposition capitalised between two words of a name (`Without` in `Medics Without Walls`). */
function namePreposition(tokens: Token[], k: number, floor: number): boolean {
  return k - 1 >= floor && tokens[k].cap && NAME_PREPOSITIONS.has(tokens[k].lower) && isNameToken(tokens[k - 1]) && tokens[k - 1].end + 1 === tokens[k].start;
}

/** The capitalised heads of French bodies' names, whose lower-case words follow (`Fédération des travailleurs du Québec`). */
const FRENCH_BODY_HEADS = new Set(['fédération', 'confédération', 'centre', 'conseil', 'société', 'association', 'commission', 'régie', 'syndicat',
  'institut', 'ordre', 'collège', 'regroupement', 'alliance', 'union', 'caisse', 'mouvement', 'coalition', 'office', 'ministère', 'centrale', 'comité']);

/** French articles and particles inside a body's name. */
const FRENCH_PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'les', 'et', 'en', 'pour', 'd', 'l', 'aux', 'au']);

/**
 * `Fédération des travailleurs du Québec`, `Centre de santé et de services sociaux du Nord`: where a French body's name starts when the
 * name read back so far (from tokens[a]) opens with a particle after lower-case words: at the capitalised head before them; else `a`.
 */
function frenchBodyNameStart(text: string, tokens: Token[], a: number, floor: number): number {
  if (!FRENCH_PARTICLES.has(tokens[a].lower) || tokens[a].cap) return a;
  for (let m = a - 1; m >= floor && m > a - 10; m--) {
    if (!spaceBetween(text, tokens[m], tokens[m + 1]) && !/^['’]$/.test(text.slice(tokens[m].end, tokens[m + 1].start))) return a;
    if (tokens[m].cap) return FRENCH_BODY_HEADS.has(tokens[m].lower) ? m : a;
    if ((tokens[m].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) !== 0) return a;
  }
  return a;
}

/** Words a place's name comes before in a body's name (`Eastshire County Council`, `Kent State University`, `Texas Democratic Party`). */
const PLACED_BODY_WORDS = new Set(['state', 'city', 'county', 'republican', 'democratic', 'liberal', 'conservative', 'labour', 'ndp']);

function organizationNameStart(text: string, tokens: Token[], a: number, j: number, floor: number): number {
  // most names stop at a lower-case word that neither `of`, `for`, `the` nor `and` is: nothing to extend
  if (a - 1 < floor) return a;
  // (`Federation of Canadian Municipalities`: a nationality after `of` belongs to the name)
  if (a - 3 >= floor && tokens[a - 1].cap && (tokens[a - 1].lists & IN_NATIONALITIES) !== 0 && (tokens[a - 2].lower === 'of' || tokens[a - 2].lower === 'for') &&
    tokens[a - 3].cap && (tokens[a - 3].lists & IN_ORG_NOUNS) !== 0 && (tokens[a - 3].lists & IN_TITLE_WORDS) === 0 && spaceBetween(text, tokens[a - 1], tokens[a])) a--;
  const before = tokens[a - 1];
  if (!before.cap && before.lower !== 'of' && before.lower !== 'for' && before.lower !== 'on' && before.lower !== 'the' && before.lower !== 'and') return a;
  // (`Canada Mortgage and Housing Corp`: a legal suffix ends an organization's name as its noun does)
  const endsInOrgNoun = (tokens[j].lists & IN_ORG_NOUNS) !== 0 || CORPORATE_SUFFIXES.has(tokens[j].lower);
  for (let guard = 0; guard < 3 && a - 2 >= floor; guard++) {
    let p = a - 1;
    // (`Council on Foreign Relations`, `Institute for State Studies`: a title's word inside a name, after its preposition)
    if (tokens[p].cap && isTitleToken(tokens[p]) && p - 2 >= floor && /^(of|for|on)$/.test(tokens[p - 1].lower) && spaceBetween(text, tokens[p], tokens[a])) p--;
    if (tokens[p].lower === 'the' && p - 2 >= floor && spaceBetween(text, tokens[p], tokens[a])) p--;
    const w = tokens[p];
    // (`Select Committee on Benghazi`, `Council on Foreign Relations`; not `the Committee on Tuesday`)
    if ((w.lower === 'of' || w.lower === 'for' || (w.lower === 'on' && !DAYS.has(tokens[p + 1].lower))) && spaceBetween(text, w, tokens[p + 1])) {
      const head = tokens[p - 1];
      if (!head.cap || !spaceBetween(text, head, w)) break;
      const start = capRunStart(text, tokens, p - 1, j, floor);
      // (`The Sons of the Valley said`, `Daughters of the Tide warned`: a plural opening the sentence before `of the` or `for the`, no
      // word of people's, names a body too; `Supporters of Sanders`, `Robert Gordon of Northwestern University` are people, and
      // `Shares of Orvale Analytics` are shares)
      const opening = w.lower !== 'on' && tokens[p + 1].lower === 'the' && (start === floor || (start === floor + 1 && tokens[floor].lower === 'the')) && start === p - 1 &&
        isAsciiPlural(head.lower) && (head.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_TITLE_WORDS | IN_NOT_NAME_WORDS)) === 0 && !givenNameWithin(tokens, start, j);
      if ((head.lists & IN_ORG_NOUNS) === 0 && !opening) break;
      a = start;
    } else if (p === a - 1 && w.lower === 'and' && isNameToken(tokens[p - 1]) && spaceBetween(text, w, tokens[a]) && spaceBetween(text, tokens[p - 1], w) &&
      // (`Centers for Disease Control and Prevention`: or the words before `and` follow a body's noun and `for` or `of`)
      (endsInOrgNoun || bodyOfBefore(text, tokens, capRunStart(text, tokens, p - 1, j, floor), floor))) {
      a = capRunStart(text, tokens, p - 1, j, floor);
    } else if (endsInOrgNoun && p === a - 1 && isNameToken(w) && /^['’] $/.test(text.slice(w.end, tokens[a].start)) && /s$/.test(w.lower)) {
      a = capRunStart(text, tokens, p, j, floor);
    } else break;
  }
  // `American Academy of Pediatrics`, `British Medical Association`: a nationality opening an organization's name is part of it
  if (a - 1 >= floor && (tokens[a - 1].lists & IN_NATIONALITIES) !== 0 && tokens[a - 1].cap && spaceBetween(text, tokens[a - 1], tokens[a])) {
    for (let k = a; k <= j; k++) {
      if ((tokens[k].lists & IN_ORG_NOUNS) === 0 || !tokens[k].cap) continue;
      // (`Eastshire County Council`, `Ohio State University`, `Ontario Liberal Party`: and a place before a word that takes one)
      const place = a - 2 >= floor && PLACED_BODY_WORDS.has(tokens[a - 1].lower) && isNameToken(tokens[a - 2]) && !isTitleToken(tokens[a - 2]) && spaceBetween(text, tokens[a - 2], tokens[a - 1]);
      return place ? a - 2 : a - 1;
    }
  }
  return a;
}

/** The first token of the capitalised name run ending at tokens[k] (no further back than ten tokens before tokens[j]). */
function capRunStart(text: string, tokens: Token[], k: number, j: number, floor: number): number {
  while (k - 1 >= floor && k > j - 10 && isNameToken(tokens[k - 1]) && !isTitleToken(tokens[k - 1]) && (spaceBetween(text, tokens[k - 1], tokens[k]) || pluralMarkInName(text, tokens, k))) k--;
  return k;
}

/** `the spokesman`, `two senior officials`, `the company's chief executive`. */
/** `a figure analysts` (tokens[d..j]): a plural after `a` and one noun, the subject of a relative clause without `that` on the noun. */
function pluralAfterSingularNoun(tokens: Token[], d: number, j: number): boolean {
  const t = tokens[j], noun = tokens[d + 1];
  return (tokens[d].lower === 'a' || tokens[d].lower === 'an') && d + 2 === j && !noun.cap && /[^s]s$/.test(t.lower) && (t.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 &&
    !isQuantifier(noun) && !NUMBER_WORD.test(noun.lower) && !COUNTING_NOUNS.has(noun.lower) && !/s$/.test(noun.lower) && (noun.lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS | IN_GROUP_NOUNS)) === 0;
}

/** Nouns that count what follows them (`a dozen analysts`, `a couple residents`). */
const COUNTING_NOUNS = new Set(['dozen', 'couple', 'handful', 'hundred', 'thousand', 'million', 'score', 'majority', 'minority', 'number', 'lot', 'host', 'bunch', 'pair', 'trio']);

function descriptionEndingAt(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  const body = bodyNamedBefore(text, tokens, j, floor);
  if (body >= 0) return { start: tokens[body].start, end: tokens[j].end, nameStart: tokens[body].start, nameEnd: tokens[j].end, role: null, kind: 'description', gender: null };
  let a = j;
  let sawDeterminer = false, joinedModifiers = false;
  while (a - 1 >= floor && a > j - 5) {
    const p = tokens[a - 1];
    // `Supporters' groups`: a plural possessive's mark sits between the words
    if (!spaceBetween(text, p, tokens[a]) && !(p.lower.endsWith('s') && /^['’]\s+$/.test(text.slice(p.end, tokens[a].start)))) {
      // `the lanky, bespectacled professor`: a comma between adjectives after a determiner
      // (`After the vote, city officials`: after a preposition the comma closes an opening phrase)
      if (!(a < j && a - 2 >= floor && !p.cap && !tokens[a].cap && /^(the|a|an)$/.test(tokens[a - 2].lower) && text.slice(p.end, tokens[a].start) === ', ' &&
        (p.lists & IN_SPEAKER_NOUNS) === 0 && spaceBetween(text, tokens[a - 2], p) && !(a - 3 >= 0 && PREPOSITIONS_BEFORE_PHRASE.test(tokens[a - 3].lower)))) break;
    }
    if ((p.lists & IN_DETERMINERS) !== 0) { a--; sawDeterminer = true; break; }
    // (`doctors and nurses`, `Democrats and Republicans`: `and` joins nouns of people; `He left and officials said` starts anew)
    if (p.lower === 'and' || p.lower === 'or') {
      // (`port and coastguard officials`, `university and police officials`: two words joined before the head describe it together,
      // the first opening the phrase)
      const m = a - 2;
      const joinedModifier = a < j && m >= floor && /^[a-z]{3,}$/.test(tokens[m].lower) && !/ed$/.test(tokens[m].lower) && spaceBetween(text, tokens[m], p) &&
        (tokens[m].lists & (IN_AUXILIARIES | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS | IN_DETERMINERS | IN_NOT_NAME_WORDS)) === 0 &&
        (m === floor || (tokens[m - 1].lists & IN_DETERMINERS) !== 0 || hasComma(text, tokens[m - 1].end, tokens[m].start));
      if (a - 2 < floor || (!tokens[a - 2].cap && (tokens[a - 2].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) === 0)) {
        if (joinedModifier) { a = m; joinedModifiers = true; }
        break;
      }
      // (`Federal and state officials said`: capitalised, the first word opening the sentence)
      if (a < j && tokens[a - 2].cap && a - 2 === floor) joinedModifiers = true;
      a--; continue;
    }
    // (`Mr. Bush tells voters who …`: a verb of saying before the noun ends the phrase)
    // (`exposed what prosecutors called`: nor is a question word part of it)
    if ((p.lists & IN_SUBJECT_PRONOUNS) !== 0 || /^(said|says|told|tells|warns|asks|urges|that|who|which|when|while|as|but|if|because|than|though|although|whereas|unless|until)$/.test(p.lower) || QUESTION_WORDS.has(p.lower)) break;
    if (p.cap && (a - 1 === floor)) { a--; break; } // sentence-initial modifier: "Chinese officials"
    a--;
  }
  // (`Many experts and some lawmakers`: a description of people joined by `and` to one before it speaks with it)
  if (sawDeterminer && a - 2 >= floor && tokens[a - 1].lower === 'and' && (tokens[a - 2].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && !tokens[a - 2].cap &&
    spaceBetween(text, tokens[a - 2], tokens[a - 1]) && spaceBetween(text, tokens[a - 1], tokens[a])) {
    for (let m = a - 3; m >= floor && m >= a - 5; m--) {
      if (!spaceBetween(text, tokens[m], tokens[m + 1]) || (tokens[m].cap && (tokens[m].lists & IN_DETERMINERS) === 0)) break;
      if ((tokens[m].lists & IN_DETERMINERS) !== 0) { a = m; break; }
    }
  }
  // `Out of the Cold users`, `Friends of the Earth members`: a name joined by `of the` modifies the noun whole
  if (sawDeterminer && tokens[a].lower === 'the' && a + 1 < j && tokens[a + 1].cap && a - 2 >= floor && tokens[a - 1].lower === 'of' &&
    tokens[a - 2].cap && (tokens[a - 2].lists & (IN_DETERMINERS | IN_FEMALE_NAMES | IN_MALE_NAMES | IN_TITLE_WORDS | IN_HONORIFICS)) === 0 &&
    !(a - 3 >= floor && tokens[a - 3].cap && (tokens[a - 3].lists & IN_DETERMINERS) === 0 && spaceBetween(text, tokens[a - 3], tokens[a - 2])) && // one word: `Out`, not `Amos Varga`
    spaceBetween(text, tokens[a - 2], tokens[a - 1]) && spaceBetween(text, tokens[a - 1], tokens[a])) {
    a -= 2;
  }
  // an unanchored phrase longer than two words is probably a clause, keep its head only
  if (!sawDeterminer && !joinedModifiers && j - a > 2) a = j - 1;
  // (`…, a figure analysts said they would want to verify`: a plural after `a` and a noun opens a relative clause without `that`,
  // whose subject is the plural alone)
  if (sawDeterminer && pluralAfterSingularNoun(tokens, a, j)) a = j;
  // `percent of respondents said`, `echoing security experts`: a preposition or a participle is not part of the phrase
  // (`Shipping companies have warned`: a capitalised -ing word opening the sentence right before the noun modifies it)
  while (a < j && (tokens[a].lower === 'and' || tokens[a].lower === 'or' || (tokens[a].lists & IN_PHRASE_STOPS) !== 0 ||
    (!sawDeterminer && /^[a-z]+ing$/.test(tokens[a].lower) && !(a === floor && a + 1 === j && tokens[a].cap)))) a++;
  // (`the messages, which included aides suggesting …`: a past form right after `which` or `who` is the relative clause's verb)
  if (!sawDeterminer && a < j && a > floor && (tokens[a - 1].lower === 'which' || tokens[a - 1].lower === 'who') && /^[a-z]+ed$/.test(tokens[a].lower)) a++;
  const role = null;
  return { start: tokens[a].start, end: tokens[j].end, nameStart: tokens[a].start, nameEnd: tokens[j].end, role, kind: 'description', gender: null };
}

/**
 * `A Department of Health and Social Care spokesperson`, `a Department for Environment, Food and Rural Affairs spokeswoman`: a body's
 * capitalised name joined by `of`, `for` or `and` (a comma listing before the `and`), or ending in a body's noun (`a Dayton Police
 * Department news release`), between a determiner and the lower-case head at tokens[j]. The determiner's index (the name's first,
 * when it opens the clause), or -1: names without a joiner are read as before.
 */
function bodyNamedBefore(text: string, tokens: Token[], j: number, floor: number): number {
  // (`a Dayton Police Department news release`: past a compound's first word)
  if (j - 2 >= floor && (tokens[j - 1].lower === 'news' || tokens[j - 1].lower === 'press') && !tokens[j - 1].cap && spaceBetween(text, tokens[j - 1], tokens[j])) j--;
  if (tokens[j].cap || j - 1 < floor || !tokens[j - 1].cap) return -1;
  let a = j, joined = false, and = false;
  // (`a Dayton Police Department spokesman`: or a name ending in a body's noun)
  if (ORG_NOUNS.has(tokens[j - 1].lower) && (tokens[j - 1].lists & IN_TITLE_WORDS) === 0) joined = true;
  while (a - 1 >= floor && a > j - 12) {
    const p = tokens[a - 1], gap = text.slice(p.end, tokens[a].start);
    if (gap !== ' ' && !(gap === ', ' && and && p.cap && tokens[a].cap)) break;
    if (p.cap && (p.lists & IN_DETERMINERS) === 0) { a--; continue; }
    // (`Department of the Interior`: `the` after the joiner)
    const joiner = p.lower === 'of' || p.lower === 'for' || p.lower === 'and' || (p.lower === 'the' && a - 2 >= floor && /^(of|for)$/.test(tokens[a - 2].lower));
    if (!joiner || !tokens[a].cap || a - 2 < floor || !(tokens[a - 2].cap || p.lower === 'the')) break;
    if (p.lower === 'and') and = true;
    joined = true;
    a--;
  }
  if (!joined || !tokens[a].cap) return -1;
  // (`Bank of England officials said`: the name opening the clause)
  if (a === floor) return a;
  if ((tokens[a - 1].lists & IN_DETERMINERS) === 0 || (tokens[a - 1].cap && a - 1 > floor) || !spaceBetween(text, tokens[a - 1], tokens[a])) return -1;
  return a - 1;
}

/** How far on (in UTF-16 units, a few paragraphs) `the statement` may mean a statement noted as issued. */
const DOCUMENT_MAKER_REACH = 1500;

/** Words marking a description as of someone other than one described before (`the other mayor`, `a second witness`). */
const OTHER_ONE_WORDS = new Set(['other', 'another', 'second', 'third', 'new', 'former', 'fellow', 'rival', 'opposing', 'outgoing', 'incoming', 'previous']);

/** Prepositions that open a phrase before a comma (`After the vote,`, `In the end,`). */
const PREPOSITIONS_BEFORE_PHRASE = /^(in|on|at|after|before|during|for|with|from|by|under|amid|despite|since|of|to|into|about|over|through|throughout)$/;

/** Reads a speaker phrase starting at token `j` (after an inverted cue: `said Jane Doe`). */
/** A subject pronoun with an auxiliary contracted onto it (`I'll`, `she'd`, `we've`, `they're`). */
const CONTRACTED_PRONOUN = /^(i|he|she|we|they)['’](?:ll|d|ve|re|m)$/;

/** Honorifics written after `the` (`the Rev. Anne Colby`, `the Hon. Ida Kerr`). */
const THE_HONORIFICS = /^(rev\.?|reverend|hon\.?|honourable|honorable|very)$/;

export function phraseStartingAt(text: string, tokens: Token[], j: number, ceil: number, afterQuote = false): MentionPhrase | null {
  const t = tokens[j];
  // `said festival director Carmen Ruiz`: lower-case role words before a name
  if (!t.cap && (t.lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) === 0) {
    for (let k = j + 1; k < ceil && k <= j + 4 && spaceBetween(text, tokens[k - 1], tokens[k]); k++) {
      // (`said master of ceremonies Dana Firth`, `said chief of staff Ron Vale`: `of` between two lower-case role words)
      if (tokens[k].lower === 'of' && !tokens[k - 1].cap && k + 1 < ceil && !tokens[k + 1].cap && (tokens[k + 1].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) === 0) continue;
      if (isNameToken(tokens[k])) {
        const p = phraseStartingAt(text, tokens, k, ceil);
        return p && p.kind === 'name' ? phraseOver(p, t.start, p.end, p.nameEnd) : p;
      }
      // (`according to records obtained by the Tribune`: an agent after `by`, or a determiner, opens no name the words before describe)
      if (tokens[k].cap || (tokens[k].lists & (IN_PHRASE_STOPS | IN_DETERMINERS)) !== 0 || tokens[k].lower === 'by') break;
    }
  }
  if ((t.lists & IN_SUBJECT_PRONOUNS) !== 0 && t.lower !== 'it') return phraseEndingAt(text, tokens, j, j);
  // (`said the Rev. Anne Colby`, `the Hon. Ida Kerr`: `the` before an honorific and a name belongs to the honorific)
  if (t.lower === 'the' && j + 2 < ceil && tokens[j + 1].cap && THE_HONORIFICS.test(tokens[j + 1].lower) &&
    spaceBetween(text, t, tokens[j + 1])) {
    const p = phraseStartingAt(text, tokens, j + 1, ceil, afterQuote);
    return p && p.kind === 'name' ? phraseOver(p, t.start, p.end, p.nameEnd) : p;
  }
  // extend over titles and names, then read it backwards from its last word
  let b = j;
  // (`said Thibodeau's mother, Sylvie Cormier`: a name's possessive before a person's noun leads as `the` does)
  const owner = t.cap && isPossessive(t.lower) && j + 1 < ceil && !tokens[j + 1].cap && (tokens[j + 1].lists & IN_SPEAKER_NOUNS) !== 0 && spaceBetween(text, t, tokens[j + 1]);
  if ((t.lists & IN_DETERMINERS) !== 0 || owner) {
    // `said the company's chief executive`, `said the spokesman`
    // (`concluded a 2013 article in the academic journal …`: and ends at a document's noun)
    // (`said the series' director`: past a plural's possessive mark)
    // (`a Dayton Police Department news release`: a capitalised noun inside a longer name is no head)
    while (b + 1 < ceil && b < j + 5 && (spaceBetween(text, tokens[b], tokens[b + 1]) || (tokens[b].lower.endsWith('s') && /^['’] $/.test(text.slice(tokens[b].end, tokens[b + 1].start)))) &&
      ((tokens[b].lists & (IN_SPEAKER_NOUNS | IN_DOCUMENT_NOUNS)) === 0 || (b > j && tokens[b].cap && tokens[b + 1].cap && spaceBetween(text, tokens[b], tokens[b + 1])))) b++;
    // (`said the Met Office's chief meteorologist`, `the chief executive officer`: a title of several nouns)
    while (b + 1 < ceil && b < j + 7 && (tokens[b].lists & IN_SPEAKER_NOUNS) !== 0 && !tokens[b + 1].cap && (tokens[b + 1].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) !== 0 &&
      spaceBetween(text, tokens[b], tokens[b + 1])) b++;
    if ((tokens[b].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0) {
      // `,” said the rookie defenceman, …`: after a quote any short description names the speaker
      // (`,” note that he had …` is a clause, not a description)
      if (!afterQuote || t.lower === 'that') return null;
      b = j;
      while (b + 1 < ceil && b < j + 4 && spaceBetween(text, tokens[b], tokens[b + 1]) && (tokens[b + 1].lists & (IN_PHRASE_STOPS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES)) === 0) b++;
      // (`,'' said the candidate could be …`: a description its verb follows is the subject of what was said)
      if (b + 1 < ceil && (tokens[b + 1].lists & IN_AUXILIARIES) !== 0 && spaceBetween(text, tokens[b], tokens[b + 1])) return null;
      // (`“…” tweeted another.`: `another` or `one` alone stands for one more of those quoted before)
      if (b === j && !((t.lower === 'another' || t.lower === 'one') && (j + 1 >= tokens.length || !spaceBetween(text, t, tokens[j + 1])))) return null;
    }
    // `the spokesman Jane Doe`: prefer the name after the description
    if (b + 1 < ceil && spaceBetween(text, tokens[b], tokens[b + 1]) && isNameToken(tokens[b + 1])) return phraseStartingAt(text, tokens, b + 1, ceil, afterQuote);
    // `tweeted one fan, Alex Moreau.`: a full name set off by a comma names the person described
    // (`said his wife of 60 years, Mary Finch`: past how long; `said his wife, Mary.`: a kin's given name alone will do)
    const n = b + 3 < ceil && tokens[b + 1].lower === 'of' && /^(\d+|many|several|two|three|four|five|six|seven|eight|nine|ten)$/.test(tokens[b + 2].lower) &&
      /^(years|decades)$/.test(tokens[b + 3].lower) ? b + 3 : b;
    // (`said her son, Mateo.`: a given name the lists lack will do too, if it is no day, month or title)
    const kinGivenName = n + 1 < ceil && KIN_NOUNS.has(tokens[b].lower) && isNameToken(tokens[n + 1]) && !isTitleToken(tokens[n + 1]) &&
      ((tokens[n + 1].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 || !WHEN_WORDS.has(tokens[n + 1].lower));
    // (`said the charity's director, the Rev. Anne Colby`: `the` and an honorific before the name)
    const honorificThe = n + 3 < ceil && tokens[n + 1].lower === 'the' && text.slice(tokens[n].end, tokens[n + 1].start) === ', ' && THE_HONORIFICS.test(tokens[n + 2].lower) &&
      tokens[n + 2].cap && isNameToken(tokens[n + 3]);
    if (honorificThe) return phraseStartingAt(text, tokens, n + 1, ceil, afterQuote);
    if (n + 1 < ceil && text.slice(tokens[n].end, tokens[n + 1].start) === ', ' && isNameToken(tokens[n + 1]) &&
      ((n + 2 < ceil && isNameToken(tokens[n + 2]) && spaceBetween(text, tokens[n + 1], tokens[n + 2])) || kinGivenName)) {
      const named = phraseStartingAt(text, tokens, n + 1, ceil, afterQuote);
      // the name alone, up to a comma or the sentence's end (not `Representatives A of X and B of Y`)
      if (named && named.kind === 'name' && /^[ \u00a0]*([,.;!?]|$)/.test(text.slice(named.end, named.end + 3))) return named;
      // (`said the lawmakers, Representatives Ann Lee and Tom Ruiz.`: people described, then named two together)
      if (named && named.kind === 'name' && (tokens[b].lists & IN_GROUP_NOUNS) !== 0 && / and $/.test(text.slice(named.end, named.end + 5))) {
        const and = tokenAtOrAfter(tokens, named.end);
        const second = and + 1 < ceil && tokens[and].lower === 'and' ? phraseStartingAt(text, tokens, and + 1, ceil, afterQuote) : null;
        if (second && second.kind === 'name' && /^[ \u00a0]*([,.;!?]|$)/.test(text.slice(second.end, second.end + 3))) {
          // (`Representatives Ann Lee`: a title in the plural before the first name is both names' title)
          let first = tokenAtOrAfter(tokens, named.nameStart);
          if (first + 1 < and && /s$/.test(tokens[first].lower) && TITLE_WORDS.has(tokens[first].lower.slice(0, -1))) first++;
          return { start: named.start, end: second.end, nameStart: tokens[first].start, nameEnd: second.end, role: null, kind: 'names', gender: null };
        }
      }
    }
    return { start: t.start, end: tokens[b].end, nameStart: t.start, nameEnd: tokens[b].end, role: null, kind: 'description', gender: null };
  }
  if (!t.cap && (t.lists & IN_SPEAKER_NOUNS) === 0) return null;
  // `according to Chinese officials`, `American military officials`: a nationality before people describes them
  if ((t.lists & (IN_NATIONALITIES | IN_TITLE_WORDS)) === IN_NATIONALITIES) {
    for (let e = j + 1; e < ceil && e <= j + 3 && !tokens[e].cap && spaceBetween(text, tokens[e - 1], tokens[e]) && (tokens[e].lists & (IN_PHRASE_STOPS | IN_DETERMINERS)) === 0; e++) {
      // (not before a name: `Democratic strategist Hank Sheinkopf`)
      if ((tokens[e].lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS)) !== 0) {
        if (e + 1 < ceil && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) break;
        return { start: t.start, end: tokens[e].end, nameStart: t.start, nameEnd: tokens[e].end, role: null, kind: 'description', gender: null };
      }
    }
  }
  // `MaRS director Adam Jagelewski`, `U.S. Secretary of State Mike Pompeo`: titles may sit between names
  while (b + 1 < ceil && b < j + 8 && spaceBetween(text, tokens[b], tokens[b + 1]) &&
    // (`of` after a title, `Secretary of State`, but not after a name ending in one: `Representative Peter T. King of New York`)
    (isNameToken(tokens[b + 1]) || (tokens[b + 1].lists & IN_CONNECTORS) !== 0 || isTitleToken(tokens[b + 1]) ||
      (tokens[b + 1].lower === 'of' && isTitleToken(tokens[b]) && !(b > j && isNameToken(tokens[b - 1]) && !isTitleToken(tokens[b - 1]))) ||
      andWithinOrganization(text, tokens, b + 1, ceil) ||
      // (`WFP regional director Anna Lindqvist`: a word qualifying the title)
      (!tokens[b + 1].cap && (tokens[b + 1].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) === 0 && b + 2 < ceil && isTitleToken(tokens[b + 2]) && spaceBetween(text, tokens[b + 1], tokens[b + 2])))) b++;
  while (b > j && !isNameToken(tokens[b])) b--;
  if (!isNameToken(tokens[b]) && (tokens[b].lists & IN_SPEAKER_NOUNS) === 0) return null;
  return phraseEndingAt(text, tokens, b, j);
}

/**
 * `Heart and Stroke senior manager Erin Kim`: an `and` joining the capitalised words of an
 * organization whose name is followed by a role title, not two speakers.
 */
function andWithinOrganization(text: string, tokens: Token[], k: number, ceil: number): boolean {
  const t = tokens[k];
  if (t.lower !== 'and' || k + 2 >= ceil || !tokens[k - 1].cap || !isNameToken(tokens[k + 1])) return false;
  for (let m = k + 2; m < ceil && m <= k + 4; m++) {
    if (!spaceBetween(text, tokens[m - 1], tokens[m])) return false;
    if (!tokens[m].cap) return (tokens[m].lists & IN_TITLE_WORDS) !== 0;
  }
  return false;
}

export interface Entity {
  /** Its speaker id (`sp1`, …) once the analysis lists it as a speaker; '' until then. */
  id: string;
  name: string;
  /** `name` in lower case, to match a surname against. */
  lowerName: string;
  kind: SpeakerKind;
  role: string | null;
  aliases: Set<string>;
  mentions: Span[];
  gender: Gender;
  /** Whether its words were already read for a gender (only a person's ever are: only pronouns ask for one). */
  genderChecked: boolean;
  /** Whether `gender` comes from an honorific or title (`Mrs.`, `congressman`), not a given name's usual gender. */
  genderFromTitle?: boolean;
  /** Known only by a description (`the spokesperson`), never by a name. */
  described?: boolean;
  /** Whether this entity made a statement (only those are listed as speakers). */
  speaks: boolean;
  /** The named entity a description turned out to be (`The manager …` before `The manager, Jamie Ross, said`). */
  same: Entity | null;
  /**
   * A role read in apposition after one of its names as the story goes (`Grant Whitford, the Republican front-runner,`), in lower
   * case, for a later description to match (`the front-runner said`); the role listed is chosen only once all is read. '' once a
   * comma after a name was read with no role after it; null before.
   */
  seenRole: string | null;
  /** The people of a group named one by one (`Tore Sohlberg and Lehla Abreder`). */
  members?: Entity[];
  /** Known only as the maker of a document (`a Gallup poll`): `it` may mean it, `they` (the people polled) may not. */
  publishes?: boolean;
}

/** Entities of one article and the indexes that resolve a mention to one of them. */
export class EntityRegistry {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  /** Organizations by the first word of their name (`valeant`), null when two share it. */
  private readonly organizationByFirstWord = new Map<string, Entity | null>();
  /** A person introduced by a longer indefinite description (`a senior government official`), by its head noun; null when two share it. */
  private readonly introducedByHead = new Map<string, Entity | null>();
  /** Bodies the first pass learnt, by the last organization noun of their name (`board` for `Greenview School Board`), in text order. */
  private readonly organizationsByHeadNamed = new Map<string, Array<{ start: number; entity: Entity }>>();
  /** People by the age given after their name (`Maureen Leduc, 67,`), null when two share it: whom `the 67-year-old` means. */
  private readonly byAge = new Map<string, Entity | null>();
  /** One of a group described (`One of the diplomats`), by the group's noun in the singular (`diplomat`). */
  private readonly oneOfByHead = new Map<string, Entity>();
  /** People named with a role, in the order the article names them (the first pass learns every name before any is resolved). */
  private readonly rolesNamed: Array<{ at: number; entity: Entity }> = [];
  /** People by the role the article gives them (`prime minister`), null when two share it. */
  private readonly byRole = new Map<string, Entity | null>();
  /** The one person the article says is a member of each party (`Marsh, a Democrat,`); null when several are. */
  private readonly byParty = new Map<string, Entity | null>();
  /** Each person's party, as an appositive or parentheses after their name gave it (see noteParty). */
  private readonly partyOf = new Map<Entity, string>();
  /** Name word (lower case) -> person entities whose full name contains it. */
  private readonly byWord = new Map<string, Entity[]>();
  /** Most recent person who was a speaker or a sentence subject, for pronouns. */
  private recentPersons: Entity[] = [];
  private recentGroup: Entity | null = null;
  private recentOrg: Entity | null = null;
  /** See noteDocumentSubject. */
  private documentSubject: Entity | null = null;
  /** Whether the organization was noted as a subject after the group: `they` means the later of the two. */
  private orgAfterGroup = false;
  /** Where the article names an organization, in text order: `the company` refers back to the last one. */
  private readonly organizationsNamed: Array<{ start: number; entity: Entity }> = [];
  private readonly organizationByHead = new Map<string, Entity>();
  private readonly groupByHead = new Map<string, Entity>();
  /** Documents by their head noun, the last described (`an internal memo obtained by …` is what `the memo` means next). */
  private readonly documentByHead = new Map<string, Entity>();
  /** Whoever issued the document last written with each head noun (`statement`, `letter`), and where, by noteDocumentMaker. */
  private readonly makerByDocument = new Map<string, { maker: Entity; at: number }>();

  constructor(private readonly text: string) {}

  /** The words of the dateline's place, in lower case (see noteOrganizationFirstWord). */
  private readonly datelinePlaces = new Set<string>();

  /** Notes the place the dateline gives (`HANOI`, `NAIROBI, Kenya`): its words are places, not a company's distinctive first word. */
  noteDatelinePlace(location: string): void {
    for (const w of splitAtJsSpaces(location.toLowerCase())) if (w) this.datelinePlaces.add(w.replace(/[,.]+$/, ''));
  }

  /** An organization the article names at [start, end) (`Tesla`, `the Toronto Raptors`), known as one by how it is written. */
  /** (`note`: whether `the company` may mean it next; a company named in passing, `founder of software company Oracle`, is not) */
  learnOrganization(start: number, end: number, note = true): Entity {
    const name = this.text.slice(start, end);
    const key = name.toLowerCase();
    // (`Skyward said it would pay` after `Skyward Airlines`: a distinctive first word names the organization known by it)
    let e = this.byName.get(key) ?? (hasJsSpace(key) ? undefined : this.organizationByFirstWord.get(key) ?? undefined);
    if (!e) {
      e = this.create(name, 'organization', null);
      this.byName.set(key, e);
      // `the Raptors` after `the Toronto Raptors`
      const words = splitAtJsSpaces(key);
      if (words.length > 1 && !this.byName.has(words[words.length - 1])) this.byName.set(words[words.length - 1], e);
      if (words.length > 1) this.noteOrganizationHead(e, words);
    } else if (e.kind === 'person' && !e.speaks && !e.gender) e.kind = 'organization';
    if (note) this.noteOrganization(start, e);
    return e;
  }

  /** `the union` after `the Rail and Maritime Workers’ Union`: an organization named last with that noun as its last word. */
  private noteOrganizationHead(e: Entity, words: string[]): void {

    // (`UFCW Local 832`: a numbered local is a union's)
    for (let k = 0; k + 1 < words.length; k++) if (words[k].toLowerCase() === 'local' && isAsciiDigits(words[k + 1])) { this.organizationByHead.set('union', e); return; }
    // the last organization noun: `Union` in `National Union of Teachers`
    for (let k = words.length - 1; k >= 0; k--) {
      const w = words[k].toLowerCase();
      if (ORG_NOUNS.has(w)) { this.organizationByHead.set(w, e); return; }
    }
  }

  /** `…, known as AFAD,`: a name an organization goes by, which means it from then on (unless the article gave it to another already). */
  noteKnownAs(e: Entity, name: string): void {
    const key = name.toLowerCase();
    if (this.byName.has(key)) return;
    this.byName.set(key, e);
    e.aliases.add(name);
  }

  /** `Open Cell Watch, a rights group,`: an organization described in apposition by the noun `head`, which `the group` then means. */
  noteOrganizationDescribed(e: Entity, head: string): void {
    if (ORG_NOUNS.has(head)) this.organizationByHead.set(head, e);
  }

  noteOrganization(start: number, e: Entity): void {
    const last = this.organizationsNamed[this.organizationsNamed.length - 1];
    if (!last || last.start < start) this.organizationsNamed.push({ start, entity: e });
  }

  /** Where the article names a company after a kind of company (`drug maker Lakeshore Biologics`), in text order. */
  private readonly companiesNamed: Array<{ start: number; end: number; entity: Entity }> = [];

  noteCompany(start: number, end: number, e: Entity, kindNoun: string | null): void {
    const last = this.companiesNamed[this.companiesNamed.length - 1];
    if (!last || last.start < start) this.companiesNamed.push({ start, end, entity: e });
    // `the carrier said` after `budget carrier SkyHop`; `the company` goes on meaning the company named last (see resolveDescription)
    if (kindNoun && !REFERRING_HEADS.has(kindNoun)) this.organizationByHead.set(kindNoun, e);
    // (`the airline said` after `Saudi Arabia's new flag carrier Aeris Arabia`: a carrier is an airline)
    if (kindNoun === 'carrier' && !this.organizationByHead.has('airline')) this.organizationByHead.set('airline', e);
  }

  /**
   * `… made by drug maker Lakeshore Biologics, the company said`: a company named after its kind earlier in the
   * sentence of `the company` (at `offset`), even in passing, is what it means.
   */
  private companyInSentenceBefore(offset: number): Entity | null {
    const found = lastStartingBefore(this.companiesNamed, offset);
    if (!found || found.end > offset || offset - found.end > 300 || found.entity.kind !== 'organization') return null;
    return /[.!?]["”’']?\s/.test(this.text.slice(found.end, offset)) ? null : found.entity;
  }

  /**
   * `The company said` after `Orbitex Corp. said …. The Labour Department said …`: the body named last that is no public one (a
   * department, a commission, a court, a party).
   */
  private businessBefore(offset: number): Entity | null {
    // (nor a generic word alone, a longer name's fragment: `Securities` of `the Securities and Exchange Commission`)
    return this.organizationFittingBefore(offset, e => !PUBLIC_BODY.test(e.name) && !(e.name.indexOf(' ') < 0 && ORG_WORDS.has(e.lowerName)));
  }

  /** The body of the kind `head` names (`airline`, `agency`) named last before `offset`. */
  private organizationOfKindBefore(head: string, offset: number): Entity | null {
    const kind = KIND_NAME_WORDS.get(head);
    return kind ? this.organizationFittingBefore(offset, e => kind.test(e.name)) : null;
  }

  /** The one organization among the last few hundred entities with a name ending in `ending` (lower case, straight apostrophes), or null. */
  private organizationNamedEnding(ending: string): Entity | null {
    let found: Entity | null = null;
    // (the last few hundred only: a document of many names and many such phrases stays linear)
    for (let k = this.entities.length - 1; k >= 0 && k >= this.entities.length - 400; k--) {
      const e = this.entities[k];
      if (e.kind !== 'organization' || e.same || !e.name.toLowerCase().replace(/’/g, "'").endsWith(ending)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  /** The organization named last before `offset` that `fits`, among the last few bodies named and near enough. */
  private organizationFittingBefore(offset: number, fits: (e: Entity) => boolean): Entity | null {
    const list = this.organizationsNamed;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < offset) lo = mid + 1; else hi = mid; }
    for (let k = lo - 1; k >= 0 && k >= lo - 8 && offset - list[k].start <= 3000; k--) {
      const e = list[k].entity;
      if (e.kind === 'organization' && fits(e)) return e;
    }
    return null;
  }

  /** The organization named last before `offset`, if it is near enough to be what `the company` means. */
  private organizationBefore(offset: number): Entity | null {
    const found = lastStartingBefore(this.organizationsNamed, offset);
    return found && offset - found.start <= 3000 && found.entity.kind === 'organization' ? found.entity : null;
  }

  /** People named together as one subject (`Ahmed and Leila Haddad`): a group. */
  learnGroup(start: number, end: number): Entity {
    const name = this.text.slice(start, end);
    const key = 'desc:' + name.toLowerCase();
    let e = this.byName.get(key);
    if (!e) { e = this.create(name, 'group', null); this.byName.set(key, e); }
    return e;
  }

  /**
   * `Tore Sohlberg and Lehla Abreder said`: a group of people named one by one (text[start, end), names joined
   * by commas and `and`), who are its members when each is a person's full name.
   */
  learnNamedGroup(start: number, end: number): Entity {
    // (`Procter and Gamble said`, `Marks and Spencer`: two single words no person the article named bears are one company's name)
    const pair = SINGLE_WORDS_JOINED.exec(this.text.slice(start, end));
    if (pair && !this.lookup(pair[1]) && !this.lookup(pair[2])) return this.learnName(start, end, null, null) ?? this.learnGroup(start, end);
    const group = this.learnGroup(start, end);
    if (group.members) return group;
    const members: Entity[] = [];
    const parts = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
    let from = start, count = 0, titled = false, described = 0;
    for (let m: RegExpExecArray | null; from <= end; from = parts.lastIndex) {
      parts.lastIndex = from;
      m = parts.exec(this.text);
      const to = m && m.index < end ? m.index : end;
      count++;
      // (`Ann Lee and her husband`: people described, not named, are no member one can name)
      // (`… and Kenton Mayor Ruth Obi`: the titles before a later name are no part of it)
      const named = afterTitles(this.text, from, to);
      if (named !== from) { titled = true; from = named; }
      if (startsUpper(this.text.slice(from, to))) {
        const member = this.lookup(this.text.slice(from, to)) ?? this.learnName(from, to, null, null);
        if (!member || member.kind !== 'person') return group;
        members.push(member);
      } else described++;
      if (to === end) break;
    }
    if (count >= 2 && members.length >= 1) {
      group.members = members;
      // (named by its members' names when every part named one: `Lisa Grant and Ruth Obi`, not `… and Kenton Mayor Ruth Obi`;
      // nor `Ann Smith, the mayor, and Tom Jones`, whose other parts describe them)
      if ((titled || described) && members.length >= 2 && members.length === count - described) group.name = members.slice(0, -1).map(m => m.name).join(', ') + ' and ' + members[members.length - 1].name;
    }
    return group;
  }

  /**
   * `Tom and Grace Lee`: the person a given name stands for when the surname after a second given name is theirs too,
   * known by the name the article never writes whole (`Tom Lee`), so that `Mr. Lee` and `Tom` find him.
   */
  learnNameSharingSurname(given: string, surname: string): Entity {
    const name = `${given} ${surname}`;
    const key = name.toLowerCase();
    let e = this.byName.get(key);
    if (e) return e;
    e = this.create(name, 'person', null, key);
    this.byName.set(key, e);
    for (const w of [given.toLowerCase(), surname.toLowerCase()]) {
      const list = this.byWord.get(w) ?? [];
      list.push(e);
      this.byWord.set(w, list);
    }
    e.gender = genderOfWords(name);
    return e;
  }

  /** `I` outside quotation marks in an article without a byline: the writer, unnamed. */
  unnamedWriter(): Entity {
    let e = this.byName.get('desc:writer');
    if (!e) { e = this.create('the writer', 'person', null); this.byName.set('desc:writer', e); }
    return e;
  }

  /**
   * Learns a full name seen anywhere (`US Secretary of State Antony Blinken`). `tokens[first]` may be given as the
   * name's first word: its words' lower-case forms are then read from the tokens rather than from the text again.
   */
  /**
   * Whether a name of more than five words ending at `nameEnd` is a body's, which may be that long: it ends in a body's word
   * (`U.S. National Highway Traffic Safety Administration`) or in `and` and a word (`National Academies of Sciences, Engineering and Medicine`).
   */
  private longBodyName(nameEnd: number): boolean {
    const lastSpace = this.text.lastIndexOf(' ', nameEnd - 1);
    return ORG_WORDS.has(this.text.slice(lastSpace + 1, nameEnd).toLowerCase()) || this.text.slice(lastSpace - 4, lastSpace) === ' and';
  }

  learnName(nameStart: number, nameEnd: number, role: string | null, gender: Gender, tokens: Token[] | null = null, first = 0): Entity | null {
    let key = tokens ? tokensKey(this.text, tokens, first, nameEnd) : null;
    const fromTokens = key !== null;
    const count = fromTokens ? keyLast - first + 1 : wordCount(this.text, nameStart, nameEnd);
    if (count < 2 || (count > 5 && (count > 8 || !this.longBodyName(nameEnd)))) return null;
    key ??= this.text.slice(nameStart, nameEnd).toLowerCase();
    // (`de la Cruz said` after `Esperanza de la Cruz`: the same person by a surname opening with particles)
    let e = this.byName.get(key) ?? this.personBySurnameWithParticles(key) ?? undefined;
    let lowerWords: string[] | null = null;
    if (!e) {
      const name = this.text.slice(nameStart, nameEnd);
      // the same words lower-cased (lower-casing neither makes nor removes white space); kindOfName reads the written words for their
      // case (`Idris Fletchers` is a person, `Democratic analysts` a group)
      lowerWords = fromTokens ? lowerWordsOf(tokens!, first, keyLast) : splitAtJsSpaces(key);
      // a longer form of a name already known (`Jinping` after `Xi Jinping`) is a different key; keep both
      // (`Halifax Regional Fire and Emergency`: no one person's name holds `and` between capitalised words)
      // (`CME FedWatch`, `Google DeepMind`: nor a brand's word, see brandInName)
      e = this.create(name, (lowerWords.includes('and') && (CAPITALS_JOINED_BY_AND.test(name) || SINGLE_WORDS_JOINED.test(name))) || brandInName(name, lowerWords) ||
        initialledBranch(splitAtJsSpaces(name)) ? 'organization' : kindOfName(splitAtJsSpaces(name), lowerWords), role, key);
      this.byName.set(key, e);
      if (e.kind === 'person') for (const w of lowerWords) {
        const lw = withoutPossessive(w);
        if (CONNECTORS.has(lw)) continue;
        const list = this.byWord.get(lw) ?? [];
        list.push(e);
        this.byWord.set(lw, list);
      }
      else if (e.kind === 'organization') {
        // (`Cantabria said` after `Real Cantabria`: a club's name past the word that says it is a club)
        this.noteOrganizationFirstWord(lowerWords.length === 2 && CLUB_PREFIXES.has(lowerWords[0]) ? lowerWords[1] : lowerWords[0], e);
        // (not a name cut short before `of` or `for`: `Illinois Board` of `Illinois Board of Elections`)
        if (!/^ (?:of|for) /.test(this.text.slice(nameEnd, nameEnd + 5))) this.noteOrganizationNamed(nameStart, e, lowerWords);
      }
    }
    if (role && !e.role) e.role = displayForm(role);
    if (e.kind === 'person') { this.noteAge(e, nameEnd); this.noteParty(e, nameEnd); }
    if (role && e.kind === 'person') {
      this.noteRole(role, e);
      // (kept in text order: the first pass names them in order; a name only resolved later is left out)
      const last = this.rolesNamed[this.rolesNamed.length - 1];
      if (!last || last.at < nameStart) this.rolesNamed.push({ at: nameStart, entity: e });
    }
    if (gender && !e.gender) e.gender = gender;
    if (!e.gender && !e.genderChecked && e.kind === 'person') {
      e.genderChecked = true;
      // (a role's words show a gender only as a title: `Virginia Gov. Terry McAuliffe` is no Virginia)
      e.gender = role ? honorificGender(role) ?? genderOfWords(this.text.slice(nameStart, nameEnd)) : !lowerWords ? genderOfWords(this.text.slice(nameStart, nameEnd)) : genderOfLowerWords(lowerWords);
      if (role && e.gender && honorificGender(role)) e.genderFromTitle = true;
    }
    return e;
  }

  /** The entity a name as written refers to, if one is known; never creates one. */
  lookup(written: string): Entity | null {
    const lower = keyOfWord(written);
    const direct = this.byName.get(lower);
    if (direct) return direct;
    if (written.indexOf(' ') < 0) return this.personNamedWith(lower) ?? this.organizationByFirstWord.get(lower) ?? null;
    const words = splitAtJsSpaces(written).filter(w => !TITLE_WORDS.has(w.toLowerCase()));
    const key = words.join(' ').toLowerCase();
    const e = this.byName.get(key);
    if (e) return e;
    if (words.length !== 1) return this.personBySurnameWithParticles(key);
    return this.personNamedWith(key) ?? this.organizationByFirstWord.get(key) ?? null;
  }

  /**
   * `de la Cruz`, `Van der Berg` (`key`, in lower case): the person whose full name ends with a surname opening with particles.
   * (`Barbosa da Costa`, `Sánchez Moreno`: or with a surname of two or three words, no given name first, after `Marcelo Leonel
   * Barbosa da Costa`, `Rodrigo Sánchez Moreno`)
   */
  private personBySurnameWithParticles(key: string): Entity | null {
    const space = key.indexOf(' ');
    if (space < 0) return null;
    // (the look-ups in order of cost: most keys name no one known by their last word)
    const found = this.personNamedWith(key.slice(key.lastIndexOf(' ') + 1));
    if (!found || found.kind !== 'person' || !found.lowerName.endsWith(' ' + key)) return null;
    const first = key.slice(0, space);
    return CONNECTORS.has(first) || ((listsOf(first) & (IN_FEMALE_NAMES | IN_MALE_NAMES | IN_TITLE_WORDS)) === 0 && wordCount(key, 0, key.length) <= 3) ? found : null;
  }

  /** lookup of the name written from tokens[first] to offset `end`, read from the tokens' lower-case forms. */
  lookupWords(tokens: Token[], first: number, end: number): Entity | null {
    const lower = tokensKey(this.text, tokens, first, end);
    if (lower === null) return this.lookup(this.text.slice(tokens[first].start, end));
    const direct = this.byName.get(lower);
    if (direct) return direct;
    if (keyLast === first) return this.personNamedWith(lower) ?? this.organizationByFirstWord.get(lower) ?? null;
    const key = keyWithoutTitles(tokens, first, keyLast);
    const e = this.byName.get(key);
    if (e) return e;
    if (wordsWithoutTitles !== 1) return this.personBySurnameWithParticles(key);
    return this.personNamedWith(key) ?? this.organizationByFirstWord.get(key) ?? null;
  }

  /** A person whose name holds the word `lower` (possessive or not): one whose name ends with it, else the first learnt. */
  /** Whether another person of unknown gender has the word `lower` in their name too. */
  private sharesSurname(e: Entity, lower: string): boolean {
    const cands = this.byWord.get(withoutPossessive(lower));
    return !!cands && cands.some(c => c !== e && !c.gender);
  }

  /** A person with this word in their name, a surname first; with `gender`, only one it fits. */
  private personNamedWith(lower: string, gender: Gender = null): Entity | null {
    const cands = this.byWord.get(withoutPossessive(lower));
    if (!cands || !cands.length) return null;
    const surname = ' ' + lower;
    if (gender) {
      // one of that gender, else one of unknown gender: the one the story was last about when several are
      for (const c of cands) if (c.gender === gender && c.lowerName.endsWith(surname)) return c;
      const open = cands.filter(c => !c.gender);
      if (open.length > 1) {
        for (let k = this.recentPersons.length - 1; k >= 0; k--) if (open.includes(this.recentPersons[k])) return this.recentPersons[k];
      }
      return open.find(c => c.lowerName.endsWith(surname)) ?? open[0] ?? null;
    }
    for (const c of cands) if (c.lowerName.endsWith(surname)) return c;
    return cands[0];
  }

  /** Of several people named with the word `lower`, the one written with the title `title` (`Dr.`, `Prof.`), if only one was. */
  private personTitledWith(lower: string, title: string): Entity | null {
    const cands = this.byWord.get(withoutPossessive(lower));
    if (!cands || cands.length < 2) return null;
    const t = title.trim().replace(/\.$/, '').toLowerCase();
    if (!/^(dr|prof|professor|rev|reverend|judge|justice|gen|col|capt|sgt|det|sen|rep|gov|mayor)$/.test(t)) return null;
    let found: Entity | null = null;
    for (const c of cands) {
      if (c.kind !== 'person' || !c.lowerName.endsWith(' ' + lower)) continue;
      const titledSo = (c.role !== null && c.role.toLowerCase().replace(/\./g, '').split(/\s+/).includes(t)) || [...c.aliases].some(a => a.toLowerCase().replace(/\./g, '').startsWith(t + ' '));
      if (!titledSo) continue;
      if (found) return null;
      found = c;
    }
    return found;
  }

  /**
   * Resolves a name as written (`Xi`, `Mr. Scheer`, `Scheer`) to an entity, creating one if new. `tokens[first]`
   * may be given as the name's first word, to read its words from the tokens (see learnName).
   */
  resolveName(phrase: MentionPhrase, tokens: Token[] | null = null, first = 0): Entity {
    const written = this.text.slice(phrase.nameStart, phrase.nameEnd);
    let words: string[], key: string;
    const whole = tokens ? tokensKey(this.text, tokens, first, phrase.nameEnd) : null;
    // (`Foreign Ministry`, `Interior Department`: a body's name keeps its title words; a person's name is keyed without them)
    // (`Criminal Defence Lawyers' Association of Saskatchewan`: or before `of` and the body's place)
    // (`Interior Health`: a word of bodies' names ends one too, when no given name shows a person's: not `NDP MLA Tom Fox`)
    const lastWord = written.slice(written.lastIndexOf(' ') + 1).toLowerCase();
    const bodyNamed = hasJsSpace(written) && (ORG_NOUNS.has(lastWord) || bodyNounBeforeOf(written) ||
      (ORG_WORDS.has(lastWord) && !splitAtJsSpaces(written.toLowerCase()).some(w => (listsOf(w) & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0)));
    if (whole !== null && bodyNamed) {
      key = whole;
      words = splitAtJsSpaces(written);
    } else if (whole !== null) {
      // the words but titles, from the tokens (one space parts them: see tokensKey)
      key = keyLast === first ? ((tokens![first].lists & IN_TITLE_WORDS) !== 0 && !SURNAME_TITLES.has(tokens![first].lower) ? '' : whole) : keyWithoutTitles(tokens!, first, keyLast);
      words = key === '' ? [] : keyLast === first ? [written] : writtenWordsWithoutTitles(this.text, tokens!, first, keyLast);
    } else if (hasJsSpace(written)) {
      words = splitAtJsSpaces(written).filter(w => bodyNamed || !TITLE_WORDS.has(w.toLowerCase()));
      key = words.join(' ').toLowerCase();
    } else {
      // one word (most names as written again): no split, filter and join
      const lower = keyOfWord(written);
      words = TITLE_WORDS.has(lower) && !SURNAME_TITLES.has(lower) ? [] : [written];
      key = words.length ? lower : '';
    }
    let e = this.byName.get(key);
    // (`the Democrat` after `Marsh, a Democrat seeking a third term,`: the one person the article said is one)
    if (words.length === 1 && PARTY_MEMBERS.has(key) && this.text.slice(Math.max(0, phrase.nameStart - 4), phrase.nameStart).toLowerCase() === 'the ') {
      const member = this.byParty.get(key);
      if (member) { member.aliases.add(this.text.slice(phrase.nameStart - 4, phrase.nameEnd)); return member; }
    }
    // (the first pass learnt the words as a name of their own)
    if (!e || e.lowerName === key) {
      const member = this.partyMemberDescribed(words, phrase);
      if (member) { member.aliases.add(this.text.slice(phrase.nameStart - 4, phrase.nameEnd)); return member; }
    }
    // `Mrs. Clinton` after `Bill Clinton` and `Hillary Clinton`: an honorific picks the person of its gender
    const titled = phrase.start < phrase.nameStart ? honorificGender(this.text.slice(phrase.start, phrase.nameStart)) : null;
    if (titled && words.length === 1 && (!e || (e.gender && e.gender !== titled))) e = this.personNamedWith(key, titled) ?? e;
    // (`Dr. Crane said` after `Walter Crane` and `Dr. Ellen Crane`: a title of no gender picks the one introduced with it)
    if (!titled && words.length === 1 && phrase.start < phrase.nameStart) e = this.personTitledWith(key, this.text.slice(phrase.start, phrase.nameStart)) ?? e;
    // prefer a name that ends with this word (a surname), then the first-learned
    if (!e && words.length === 1) e = this.personNamedWith(key) ?? this.organizationByFirstWord.get(key) ?? undefined;
    // (`de la Cruz` after `Esperanza de la Cruz`: a surname opening with particles)
    if (!e && words.length >= 2) e = this.personBySurnameWithParticles(key) ?? undefined;
    // a surname known only for someone an honorific of the other gender does not fit: someone else
    if (e && titled && e.kind === 'person' && e.gender && e.gender !== titled && e.genderFromTitle) e = undefined;
    if (!e && words.length >= 2) e = this.learnName(phrase.nameStart, phrase.nameEnd, phrase.role, phrase.gender, tokens, first) ?? undefined;
    if (!e) {
      let name = words.join(' ') || written;
      const lowerName = name.toLowerCase();
      // (`MR. HADDAD had never seen snow`: after an honorific, a word in capitals is a person's name, as a story's opening
      // words are set)
      const addressed = titled !== null && words.length === 1 && HONORIFIC_ALONE.test(this.text.slice(phrase.start, phrase.nameStart));
      if (addressed && name.length > 2 && name === name.toUpperCase() && name !== lowerName) name = name[0] + lowerName.slice(1);
      e = this.create(name, addressed ? 'person' : kindOfName(splitAtJsSpaces(name)), phrase.role, lowerName);
      this.byName.set(lowerName, e);
    }
    if (e.kind === 'organization' && words.length >= 2) this.noteOrganizationHead(e, words);
    if (phrase.role && !e.role) e.role = displayForm(phrase.role);
    if (e.kind === 'person') this.noteParty(e, phrase.nameEnd);
    if (phrase.gender && !e.gender) e.gender = phrase.gender;
    if (!e.gender && !e.genderChecked && e.kind === 'person') { e.genderChecked = true; e.gender = genderOfWords(this.text.slice(phrase.start, phrase.end)); }
    // `Mr. Graham` after `Senator Lindsey Graham`: an honorific outweighs a given name's usual gender
    // (a guess among several people of unknown gender sharing the surname settles nobody's gender)
    if (titled && e.kind === 'person' && (e.gender !== titled || !e.genderFromTitle) && (e.gender || !this.sharesSurname(e, key))) {
      e.gender = titled; e.genderFromTitle = true; e.genderChecked = true;
    }
    e.aliases.add(written);
    if (phrase.start < phrase.nameStart) e.aliases.add(this.text.slice(phrase.start, phrase.nameEnd));
    return e;
  }

  /** Resolves a description (`the spokesman`, `analysts`) to a group, organization or person. */
  /**
   * The owner of a document written with a possessive (`the union's Friday release`, `Harbourline's statement`): an
   * organization or person the article knows, or one described (`the union`); null when none is written.
   */
  private documentOwner(phrase: MentionPhrase, written: string): Entity | null {
    // `a statement from Harbourline Foods`, `a letter from the union`, `a review by the Herald`: the owner follows `from` or `by`
    // (`studies cited by the city`, `a memo obtained by the Times`: who cites or has a document did not write it)
    const from = / (?:from|by) (?=\S)/u.exec(written);
    if (from && from[0] === ' by ' && !authoredBy(written.slice(0, from.index).toLowerCase())) return null;
    if (from) {
      const ownerStart = phrase.start + from.index + from[0].length;
      const owner = written.slice(from.index + from[0].length);
      if (/^(the|a|an)\s+\S/iu.test(owner)) {
        const described = this.resolveDescription({ start: ownerStart, end: phrase.end, nameStart: ownerStart, nameEnd: phrase.end, role: null, kind: 'description', gender: null });
        return described.kind === 'unknown' ? null : described;
      }
      // (a name the article has not learnt is still the owner: `a release from UFCW Local 832`)
      return startsUpper(owner) ? this.ownerNamed(owner, ownerStart, phrase.end) : null;
    }
    // (`Reuters' analysis`: a plural's or a name's in -s takes the mark alone)
    const possessive = /['’]s\s|(?<=s)['’]\s/u.exec(written);
    // `a Gallup poll`, `new Crowdpac research`, `Federal Election Commission filings`: a name before the document's noun
    if (!possessive) {
      // (`his Facebook profile` is his)
      if (/^(his|her|their|its|my|our)\s/iu.test(written)) return null;
      const named = NAME_BEFORE_DOCUMENT.exec(written);
      if (!named || !DOCUMENT_NOUNS.has(named[2].toLowerCase())) return null;
      const start = phrase.start + named.index + named[0].length - named[1].length - named[2].length - 1;
      // (a sentence's first word is capitalised anyway: `Lobbying records show`, `Instant polls showed` name no one; `FBI data`,
      // `Quinnipiac University polls` still do)
      if (opensSentenceAt(this.text, start) && !/\s|\p{Lu}.*\p{Lu}/u.test(named[1])) return null;
      return this.ownerNamed(named[1], start, start + named[1].length);
    }
    if (possessive.index === 0) return null;
    const owner = written.slice(0, possessive.index);
    if (/^(the|a|an)\s+\S/iu.test(owner)) {
      const end = phrase.start + possessive.index;
      const described = this.resolveDescription({ start: phrase.start, end, nameStart: phrase.start, nameEnd: end, role: null, kind: 'description', gender: null });
      return described.kind === 'unknown' ? null : described;
    }
    return startsUpper(owner) ? this.ownerNamed(owner, phrase.start, phrase.start + possessive.index) : null;
  }

  /** The organization or person named `owner` (text[start, end)) owning a document: one the article knows, else one made of the name. */
  private ownerNamed(owner: string, start: number, end: number): Entity | null {
    const known = this.lookup(owner);
    if (known || !isNameOnly(owner)) return known;
    const e = this.resolveName({ start, end, nameStart: start, nameEnd: end, role: null, kind: 'name', gender: null });
    // (a name new to the article that puts out polls and research is a body's, unless it opens with a given name: `a Gallup poll`)
    const first = owner.split(' ', 1)[0].toLowerCase();
    if (e.kind === 'person' && e.mentions.length <= 1 && (listsOf(first) & (IN_FEMALE_NAMES | IN_MALE_NAMES)) === 0) e.kind = 'organization';
    if (e.mentions.length <= 1) e.publishes = true;
    return e;
  }

  resolveDescription(phrase: MentionPhrase): Entity {
    const written = this.text.slice(phrase.start, phrase.end);
    const lower = written.toLowerCase();
    const words = splitAtJsSpaces(lower);
    // (`the mother of two said`: how many children someone has describes a person named lately, of that gender)
    const parent = PARENT_OF.exec(lower);
    if (parent) {
      const gender = parent[1] === 'mother' ? 'f' : parent[1] === 'father' ? 'm' : null;
      for (let k = this.recentPersons.length - 1; k >= 0 && k >= this.recentPersons.length - 4; k--) {
        const e = this.recentPersons[k];
        if (e.kind === 'person' && !e.described && (!gender || !e.gender || e.gender === gender)) { e.aliases.add(written); return e; }
      }
    }
    // `a source close to the board`, `people familiar with the matter`: the head comes before what they are close to
    let closeAt = -1;
    for (let k = 1; k < words.length; k++) if (isCloseTo(words[k], words[k + 1])) { closeAt = k; break; }
    // `officials at the Bank of Canada`, `a spokeswoman for the Department of Transportation`: the head comes before
    // the organization they work for (`the secretary of state` keeps its last word)
    // (`critics on the right`, `residents across the valley` too: where they are)
    let at = -1, writtenWords: string[] | null = null;
    // (`a Bank of England official`: a body's name before a lower-case head of people only says whose the head is)
    const lastWord = words[words.length - 1];
    const ownedByBody = (listsOf(lastWord) & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && !ORG_NOUNS.has(lastWord) && !DOCUMENT_NOUNS.has(lastWord) && bodyNameBeforeHead(written);
    for (let k = 1; closeAt <= 0 && !ownedByBody && k < words.length; k++) {
      const before = listsOf(words[k - 1]);
      // (`the department of education`, `the head of the agency`: a noun of a body or a post, and what it is of)
      // (what such a phrase owns is its head, though: `the secretary of state’s website`)
      if ((before & (IN_ORG_NOUNS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && (words[k] === 'of' || words[k] === 'for') && k + 1 < words.length &&
        !/['’]s$/.test(words[words.length - 2] ?? '')) { at = k; break; }
      // (`a statement from the union`: a document and whose it is)
      // (`a post from Arianna Huffington`: a medium's too)
      if ((words[k] === 'from' || words[k] === 'by') && (DOCUMENT_NOUNS.has(words[k - 1]) || MEDIUM_NOUNS.has(words[k - 1])) && k + 1 < words.length) { at = k; break; }
      // (`the most recent data available from the FBI`, `a survey conducted last week`: a document and what is said of it)
      if (DOCUMENT_PARTICIPLES.has(words[k]) && DOCUMENT_NOUNS.has(words[k - 1])) { at = k; break; }
      if ((before & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0) continue;
      const w = words[k];
      // (`speakers at the service`, `officials with the agency`: `at` and `with` say where, as `at the Bank of Canada` says for whom)
      // (`an official from one of the regional offices`: from one of several bodies)
      if (WHERE_PREPOSITIONS.has(w) || w === 'at' || w === 'with' || (EMPLOYER_PREPOSITIONS.has(w) && (startsUpper((writtenWords ??= splitAtJsSpaces(written))[words[k + 1] === 'the' ? k + 2 : k + 1] ?? '') ||
        (words[k + 1] === 'one' && words[k + 2] === 'of')))) { at = k; break; }
    }
    // (`the school boards affected`, `the families involved`, `those surveyed`: a participle after the noun modifies it)
    const last = words.length >= 3 && POST_MODIFIERS.has(words[words.length - 1]) ? words.length - 2 : words.length - 1;
    const head = closeAt > 0 ? words[closeAt - 1] : at > 0 ? words[at - 1] : words[last];
    // `her statement said`, `his letter says`: the document speaks for its author
    // (`his memo to employees`: and to whom it went)
    // (`his latest post says`: past a word of when or how it was written; a post or a tweet as a document)
    const owned = words.length >= 3 && OWNED_DOCUMENT_ADJECTIVES.has(words[1]) ? 2 : 1;
    if (words.length > owned && (DOCUMENT_NOUNS.has(words[owned]) || MEDIUM_NOUNS.has(words[owned])) && (words.length === owned + 1 || DOCUMENT_RECIPIENT_PREPOSITIONS.has(words[owned + 1])) &&
      /^(his|her|their|its)$/.test(words[0])) {
      const author = this.possessorOf(words[0]);
      if (author) return author;
    }
    // `his office said`, `her campaign`, `his aides`: a body or people of whom the pronoun means, named after them
    // (`Paul Becker’s office`: `his office` says nothing in a list of speakers)
    if (words.length === 2 && /^(his|her|their|its)$/.test(words[0]) && !DOCUMENT_NOUNS.has(head) &&
      (ORG_NOUNS.has(head) || (listsOf(head) & IN_SPEAKER_NOUNS) !== 0 || GROUP_NOUNS.has(head) || KIN_NOUNS.has(head))) {
      // (`Sanders and his aides believe`: the name the phrase is joined to)
      const joined = /(\p{Lu}[\p{L}.'’-]*)\s+and\s+$/u.exec(this.text.slice(Math.max(0, phrase.start - 40), phrase.start));
      const owner = (joined ? this.lookup(joined[1]) : null) ?? this.possessorOf(words[0]);
      const personal = words[0] === 'his' || words[0] === 'her';
      if (owner && !owner.described && (personal ? owner.kind === 'person' : owner.kind !== 'unknown')) return this.ownedBy(owner, splitAtJsSpaces(written)[1], head, words, written);
    }
    // (`The mayor's spokesman also said` after `Mayor Omar Teller … his spokesman said`: the post of the person the possessive describes,
    // not another spokesman)
    if (words.length === 3 && words[0] === 'the' && /^[a-z]+['’]s$/.test(words[1]) && !DOCUMENT_NOUNS.has(head) &&
      ((listsOf(head) & IN_SPEAKER_NOUNS) !== 0 || ORG_NOUNS.has(head) || GROUP_NOUNS.has(head))) {
      // (`the sheriff's office` after `the Carver County Sheriff's Office`: the body named so, before its holder's office)
      const tail = words.slice(1).join(' ').replace(/’/g, "'");
      const named = ORG_NOUNS.has(head) ? this.organizationNamedEnding(' ' + tail) : null;
      if (named) { named.aliases.add(written); return named; }
      const owner = this.personByTitle('the ' + words[1].slice(0, -2));
      if (owner && !owner.described && owner.kind === 'person') return this.ownedBy(owner, splitAtJsSpaces(written)[2], head, words, written);
    }
    // `according to the union's Friday release`, `Harbourline's statement said`: a document speaks for its owner
    if ((DOCUMENT_NOUNS.has(head) || (MEDIUM_NOUNS.has(head) && at > 0)) && words.length >= 2) {
      const owner = this.documentOwner(phrase, written);
      if (owner) return owner;
    }
    // `The party issued a statement …` and then `“…,” the statement said`: the document issued last with that noun speaks for
    // whoever issued it
    // (issued a few paragraphs before at most: `the statement added` far on may be another's)
    if (words[0] === 'the' && words.length <= 3 && DOCUMENT_NOUNS.has(head)) {
      const made = this.makerByDocument.get(head);
      if (made && phrase.start - made.at <= DOCUMENT_MAKER_REACH) return made.maker;
    }
    // `the union said` after `the National Union of Teachers`: the organization named last with that noun
    // (`the analysts` after `Analysts at Harbor Bank`: the group last described by that noun)
    // (`the diplomat` after `One of the diplomats`: the one of them)
    // (`The board said` after `The Greenview School Board apologized`: a body named before by that noun, though it never spoke)
    const named = words.length === 2 && words[0] === 'the' ? this.organizationByHead.get(head) ?? this.groupByHead.get(head) ?? this.documentByHead.get(head) ?? this.oneOfByHead.get(head) ??
      (REFERRING_HEADS.has(head) ? undefined : this.organizationNamedBefore(head, phrase.start)) : undefined;
    if (named) { named.aliases.add(written); return named; }
    // (`Northwind now expects …, according to a statement.`: a statement or a release no one is named for, in a sentence that
    // names an organization, is that organization's)
    if (words.length === 2 && (words[0] === 'a' || words[0] === 'an') && ISSUED_DOCUMENTS.has(head)) {
      const found = lastStartingBefore(this.organizationsNamed, phrase.start);
      // (within a sentence's reach only: the walk back must not grow with the distance to the organization)
      if (found && found.entity.kind === 'organization' && phrase.start - found.start <= 400 && !sentenceEndBetween(this.text, found.start, phrase.start)) { found.entity.aliases.add(written); return found.entity; }
    }
    // (`the airline said` after `Skyline Airways` and `the Federal Aviation Administration`, `the agency said` after `NHTSA`: the body
    // named last whose name says it is of that kind)
    const fitting = words[0] === 'the' && words.length <= 3 ? this.organizationOfKindBefore(head, phrase.start) : null;
    if (fitting) { fitting.aliases.add(written); return fitting; }
    // `the company said`, `the team announced`: the organization the article named last
    if (words[0] === 'the' && words.length <= 3 && REFERRING_HEADS.has(head)) {
      const org = (COMPANY_KIND_NOUNS.has(head) ? this.companyInSentenceBefore(phrase.start) : null) ?? (BUSINESS_HEADS.has(head) ? this.businessBefore(phrase.start) : null) ??
        this.organizationBefore(phrase.start);
      if (org) { org.aliases.add(written); return org; }
    }
    // without a leading article (what /^(the|a|an)\s+/i drops: only ASCII lower-cases to these words)
    let nameFrom = 0;
    if (words.length > 1 && (words[0] === 'the' || words[0] === 'a' || words[0] === 'an')) {
      nameFrom = words[0].length;
      while (isJsSpace(written.charCodeAt(nameFrom))) nameFrom++;
    }
    const name = nameFrom ? written.slice(nameFrom) : written;
    // the article dropped is ASCII letters and spaces, which lower-casing keeps as long
    const lowerName = lower.slice(written.length - name.length);
    const key = 'desc:' + lowerName;
    // (`the official said` after `a senior government official said`, `the source` after `a source close to the union`: the one
    // person introduced by that noun)
    // (`the former official said` after `A former DNC official said`: words before the head the one introduced had too)
    let introduced = words.length === 2 && words[0] === 'the' ? this.introducedByHead.get(head) : undefined;
    if (words.length === 3 && words[0] === 'the' && !capitalisedAfterThe(written)) {
      const one = this.introducedByHead.get(head);
      if (one && splitAtJsSpaces(one.lowerName).slice(0, -1).includes(words[1])) introduced = one;
    }
    if (introduced) { introduced.aliases.add(written); return introduced; }
    // (`The FRA said` after `the Federal Railroad Administration`: its initials after `the`)
    const initialled = words.length === 2 && words[0] === 'the' && written.endsWith(head.toUpperCase()) ? this.organizationByFirstWord.get(acronymKey(head)) : undefined;
    if (initialled) { initialled.aliases.add(written); return initialled; }
    // (`the Federal Railroad Administration`: a name after `the` the article learnt without it is that entity)
    let e = this.byName.get(key) ?? (capitalisedAfterThe(written) ? this.byName.get(lowerName) : undefined);
    if (e && !this.byName.has(key)) e.aliases.add(written);
    if (!e) {
      // (`the Associated Press`: a name after the article is of the kind its words say)
      // (`One of the diplomats` is one person of the group)
      const oneOf = words.length >= 3 && words[0] === 'one' && words[1] === 'of';
      // (`the Centers for Disease Control and Prevention`: a capitalised name with `for`, `and` or `of` in it, not a title's, is a body's)
      // (`the Prime Minister of Canada` is a title's holder)
      // (`business groups and the Opposition`: people and a body joined by `and` are a group)
      const joined = !oneOf && JOINED_PEOPLE.test(lower);
      // (`A Liberal MP`, `the Liberal MP`, `a Democratic Senator`: a holder of a title, a person whatever party the capitals name)
      const holder = (words[0] === 'a' || words[0] === 'an' || words[0] === 'one' || words[0] === 'another' || words[0] === 'the') && TITLE_WORDS.has(head) && !ORG_NOUNS.has(head) && !/[^s]s$/.test(head);
      const kind: SpeakerKind = oneOf || holder ? 'person' : joined ? 'group' : capitalisedAfterThe(written) && !DOCUMENT_NOUNS.has(head) && !TITLE_WORDS.has(words[1]) &&
        (kindOfName(splitAtJsSpaces(name)) === 'organization' || words.slice(2, -1).some(w => NAME_JOINERS.has(w))) ? 'organization'
        : ORG_NOUNS.has(head) || /\b(coast|national) guard$/.test(lower) || (capitalisedOrgWord(written) && !DOCUMENT_NOUNS.has(head)) || (MEDIUM_NOUNS.has(head) && capitalisedAfterThe(written)) ? 'organization' : DOCUMENT_NOUNS.has(head) || (MEDIUM_NOUNS.has(head) && !capitalisedAfterThe(written)) ? 'unknown'
        : GROUP_NOUNS.has(head) || head === 'couple' || GROUP_SHARE.test(lower) || (/[^s]s$/.test(head) && head.length > 3 && /\s[a-z]+$|^[A-Za-z][a-z]+$/.test(written)) || /^(two|three|four|five|several|many|some|most|both|all|few|these|those|other|others|various|numerous|dozens|hundreds|thousands|everyone|everybody)$/.test(words[0]) ? 'group' : 'person';
      // a definite person description (`the Chinese leader`) may name someone already known
      // (`the 67-year-old` after `Maureen Leduc, 67,`: the one person of that age)
      const aged = words[0] === 'the' && words.length <= 3 ? AGED.exec(words[1]) : null;
      const ofAge = aged ? this.byAge.get(aged[1]) : undefined;
      if (ofAge) { ofAge.aliases.add(written); return ofAge; }
      if (kind === 'person' && words[0] === 'the') {
        const known = this.matchRole(words.slice(1), capitalsOf(written)) ?? this.byRole.get(lowerName) ?? (TITLE_WORDS.has(head) ? this.namedSoonAfter(head, phrase.end) : null);
        if (known) { known.aliases.add(written); return known; }
        // `the 61-year-old mayor` after `The mayor said`: the person that head described, more fully (`the other mayor` is someone else)
        const plain = words.length >= 3 ? this.byName.get('desc:' + head) : undefined;
        // (`the Ohio governor` may be another governor: a capitalised word says which)
        if (plain && plain.kind === 'person' && !words.slice(1, -1).some(w => OTHER_ONE_WORDS.has(w)) && !splitAtJsSpaces(written).slice(1, -1).some(startsUpper)) {
          plain.aliases.add(written);
          return plain;
        }
        // `the rookie defenceman`, `the 26-year-old right wing`: a description of the person the
        // story is about, unless it names a new source (`the spokesman`, `the official`)
        // (a person known only by a description is no such topic: `the parliamentary budget officer` after a spokesperson)
        // (`the Republican front-runner said Clinton had …`: not someone the rest of the sentence names; the person before them)
        let topic: Entity | undefined = this.recentPersons[this.recentPersons.length - 1];
        if (topic && this.namedLaterInSentence(topic, phrase.end)) {
          const before = this.recentPersons[this.recentPersons.length - 2];
          topic = before && !this.namedLaterInSentence(before, phrase.end) ? before : undefined;
        }
        // (`the senator called on Republicans to unendorse Trump after the billionaire mogul claimed …`: a second description in
        // a sentence that spoke of the topic already is someone else, one the sentence named if any)
        else if (topic && words.length >= 3) {
          const opening = this.text.slice(sentenceStartBefore(this.text, phrase.start), phrase.start);
          if (aliasWrittenIn(opening, topic)) {
            topic = this.recentPersons.slice(0, -1).reverse().find(e => e.kind === 'person' && nameWrittenIn(opening, e));
          }
        }
        // (`the Republican presidential nominee` is not `Obama, a Democrat`, named last: a party the description gives must not be
        // another the article gave the person)
        const party = words.find(w => PARTY_MEMBERS.has(w === 'democratic' ? 'democrat' : w));
        if (topic && party) {
          // (their party by an appositive, `Obama, a Democrat`, or by their role, `Democratic presidential candidate`)
          const theirs = (t: Entity) => this.partyOfPerson(t);
          const wanted = party === 'democratic' ? 'democrat' : party;
          const clashes = (t: Entity) => { const p = theirs(t); return p !== null && p !== wanted; };
          // (then the one of that party named lately, else one who spoke lately and no other party's)
          if (clashes(topic)) {
            const lately = this.recentPersons.slice(-6, -1).reverse().filter(e => e.kind === 'person' && !e.described && !clashes(e));
            topic = lately.find(e => theirs(e) === wanted) ?? lately.find(e => e.speaks);
          }
        }
        // (`the billionaire said`: a word for what someone is known as, alone after `the`, means the person the story is about)
        const epithet = words.length === 2 && EPITHET_HEADS.has(head);
        // (nor is a title's holder, `the health minister`, whose role did not match above)
        // (a capitalised phrase after `the` is a name, `the Associated Press`, not a description of anyone)
        // (`the 24-year-old`: an age alone is enough)
        // (`the last man to mount a third-party race`, `the only senator`: singled out, someone new)
        // (`the ad’s narrator`: someone of something else's)
        if (topic && !topic.described && !NEW_SOURCE_HEADS.has(head) && !OFFICE_HEADS.has(head) && (words.length >= 3 || /^\d+-year-old$/.test(head) || epithet) && !capitalisedAfterThe(written) &&
          !SINGLING_WORDS.has(words[1]) && !words.slice(1, -1).some(w => /['’]s?$/.test(w) && w.length > 2) &&
          at < 0) { topic.aliases.add(written); return topic; } // (`the head of the Harbour Board` names a post of its own)
      }
      e = this.create(name, kind, null, lowerName);
      if (kind === 'person') e.gender = genderOfLowerWords(words);
      e.described = true;
      if (kind === 'group' && words.length > 1) this.groupByHead.set(head, e);
      // (`the Greenview school board`: a body a capitalised word names, which `the board` then means)
      if (kind === 'organization' && words.length >= 3 && words[0] === 'the' && ORG_NOUNS.has(head) && splitAtJsSpaces(written).slice(1, -1).some(startsUpper)) this.organizationByHead.set(head, e);
      // (`Sudan's military said …. The military said …`: a body a place or another body owns, named by its possessive)
      if (kind === 'organization' && words.length >= 2 && ORG_NOUNS.has(head) && !REFERRING_HEADS.has(head) && /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(written) && !this.organizationByHead.has(head)) this.organizationByHead.set(head, e);
      if (oneOf && /[^s]s$/.test(head)) this.oneOfByHead.set(head.slice(0, -1), e);
      // (`One former administration official said`, `Another MP said`, `One source said` too: then `the official`, `the MP`, `the source`)
      // (`An official from one of the regional offices, who …, said`: and where they are from, before `the official`)
      if (kind === 'person' && (words.length >= 3 || (words.length === 2 && (words[0] === 'one' || words[0] === 'another'))) && /^(a|an|one|another)$/.test(words[0]) && !oneOf) {
        const known = this.introducedByHead.get(head);
        this.introducedByHead.set(head, known === undefined ? e : null);
      }
      if (kind === 'unknown' && words.length > 1 && /^(a|an)$/.test(words[0])) this.documentByHead.set(head, e);
      this.byName.set(key, e);
    }
    e.aliases.add(written);
    return e;
  }

  /** Pronouns the article uses for a person who made a statement (`she said`), counted by gender. */
  private readonly pronounsFor = new PronounVotes();
  /** Pronouns opening sentences of a paragraph about a person, counted by gender: weaker evidence. */
  private readonly narrationPronounsFor = new PronounVotes();

  /** Notes that a sentence of the paragraph about `e` opens with a pronoun of `gender`. */
  notePronounInNarration(e: Entity, gender: 'f' | 'm'): void {
    this.narrationPronounsFor.add(e, gender);
  }

  /** Notes that the article calls `e` by a pronoun of `gender` where it attributes a statement to them. */
  notePronounFor(e: Entity, gender: 'f' | 'm'): void {
    this.pronounsFor.add(e, gender);
  }

  /**
   * The gender the article shows for a person, strongest evidence first: an honorific or gendered title in
   * their role or name (`Ms.`, `congresswoman`); the pronoun the article uses for them when it attributes
   * their statements (`she said`), if always the same; a pronoun the engine resolved to them; their given
   * name's usual gender; sentences opening with `He` or `She` in paragraphs about them, if always the same.
   * Null when nothing shows it, and for anyone not a person.
   */
  genderShown(e: Entity): Gender {
    if (e.kind !== 'person') return null;
    // (a role is read through honorificGender's cache, a name through nameGenders': both repeat)
    const name = nameGender(e.lowerName);
    const titled = e.genderFromTitle ? e.gender : (e.role ? honorificGender(e.role) : null) ?? name.titled;
    if (titled) return titled;
    const said = this.pronounsFor.unanimous(e);
    if (said) return said;
    if (e.gender) return e.gender;
    if (name.named) return name.named;
    // last: sentences of a paragraph about them opening with `He` or `She`
    return this.narrationPronounsFor.unanimous(e);
  }

  /** The gender the text itself shows for a person: by a gendered title, or by the pronouns used for them; not by a given name alone. */
  genderShownByText(e: Entity): Gender {
    if (e.kind !== 'person') return null;
    if (e.genderFromTitle) return e.gender;
    return this.pronounsFor.unanimous(e) ?? this.narrationPronounsFor.unanimous(e) ?? this.resolvedPronounsFor.unanimous(e);
  }

  /** The pronouns resolved to each person so far, as the article is read (pronounsFor is filled only at the end). */
  private readonly resolvedPronounsFor = new PronounVotes();

  /** Resolves a pronoun to the most recent compatible speaker or subject (other than `except`, whom the clause names otherwise). */
  resolvePronoun(lower: string, gender: Gender, except: Entity | null = null): Entity | null {
    if (lower === 'he' || lower === 'she' || lower === 'i') {
      for (let k = this.recentPersons.length - 1; k >= 0; k--) {
        const e = this.recentPersons[k];
        // (`I asked her what she would change. “…,” she said`: the writer is `I`, never whom `she` means)
        if (e === this.writer && lower !== 'i') continue;
        if (e !== except && (!gender || !e.gender || e.gender === gender)) {
          if (gender && !e.gender) e.gender = gender;
          if (gender) this.resolvedPronounsFor.add(e, gender);
          return e;
        }
      }
      return null;
    }
    if (lower === 'they' || lower === 'we') {
      const org = this.recentOrg && !this.recentOrg.publishes ? this.recentOrg : null;
      return this.orgAfterGroup ? org ?? this.recentGroup : this.recentGroup ?? org;
    }
    if (lower === 'it') return this.documentSubject ?? this.recentOrg;
    return null;
  }

  /**
   * `CDC` after `Centers for Disease Control and Prevention`, `EPA` after `Environmental Protection Agency`: the initials of an
   * organization's capitalised words (all of them, or those before `and`) name it alone, as its first word may.
   */
  private noteAcronym(name: string, e: Entity): void {
    let initials = '', beforeAnd = '';
    // (each word's first letter, read where a space ends: no split)
    for (let i = 0; i < name.length; i++) {
      if (i > 0 && name.charCodeAt(i - 1) !== 32) continue;
      const c = name.charCodeAt(i);
      if (c === 97 && !beforeAnd && name.startsWith('and ', i)) beforeAnd = initials;
      if (c >= 65 && c <= 90) initials += name[i];
    }
    // (`NHTSA` after `the U.S. National Highway Traffic Safety Administration`: the initials past a nationality opening the name)
    const space = name.indexOf(' ');
    const national = space > 0 && initials.length >= 4 && (listsOf(name.slice(0, space).toLowerCase()) & IN_NATIONALITIES) !== 0 ? initials.slice(1) : '';
    for (const acronym of [initials, beforeAnd, national]) {
      // (`WHO`: initials that spell a word keep their capitals as the tokenizer's key, so the relative pronoun never names it)
      const lower = acronymKey(acronym.toLowerCase());
      if (acronym.length < 2 || acronym.length > 6 || listsOf(lower) !== 0) continue;
      const known = this.organizationByFirstWord.get(lower);
      // (the whole name over a part read before it: `Centers for Disease Control and Prevention` over `Centers for Disease Control`)
      if (known === undefined || (known && e.name.startsWith(known.name + ' '))) this.organizationByFirstWord.set(lower, e);
      else if (known !== e && !(known && (known.name === e.name || known.name.startsWith(e.name + ' ')))) this.organizationByFirstWord.set(lower, null);
    }
  }

  /**
   * `Valeant` after `Valeant Pharmaceuticals International`, `Harbourline` after `Harbourline Foods`: an organization's
   * distinctive first word names it alone. Common words (`National`, `Bank`, `Canada`) name no one organization.
   */
  private noteOrganizationFirstWord(first: string, e: Entity): void {
    const w = withoutPossessive(first);
    // (`Hanoi said …` in a story datelined HANOI that names Hanoi Steel Corp: the dateline's place names no company)
    if ((listsOf(w) & (IN_DETERMINERS | IN_NOT_NAME_WORDS | IN_TITLE_WORDS | IN_NATIONALITIES | IN_ORG_NOUNS)) !== 0 || ORG_WORDS.has(w) || COUNTRY_WORDS.has(w) || PLACE_WORDS.has(w) ||
      this.datelinePlaces.has(w)) return;

    const known = this.organizationByFirstWord.get(w);
    if (known === undefined) this.organizationByFirstWord.set(w, e);
    else if (known !== e) this.organizationByFirstWord.set(w, null);
  }

  /** A person's party (lower case, `democrat` for `Democratic`), by an appositive or parentheses after their name or by their role; else null. */
  private partyOfPerson(t: Entity): string | null {
    const known = this.partyOf.get(t);
    if (known) return known;
    const inRole = t.role ? PARTY_IN_ROLE.exec(t.role) : null;
    return inRole ? (inRole[1].toLowerCase() === 'democratic' ? 'democrat' : inRole[1].toLowerCase()) : null;
  }

  /**
   * `the Oklahoma Republican said`, `the Colorado Democrat`: a place and a party after `the` mean someone named before, the one the
   * article gave that party, else the person named last whom no other party's is.
   */
  private partyMemberDescribed(words: string[], phrase: MentionPhrase): Entity | null {
    if (words.length < 2 || words.length > 4 || this.text.slice(Math.max(0, phrase.nameStart - 4), phrase.nameStart).toLowerCase() !== 'the ') return null;
    const party = words[words.length - 1].toLowerCase();
    if (!PARTY_MEMBERS.has(party)) return null;
    for (let w = 0; w < words.length - 1; w++) if ((listsOf(words[w].toLowerCase()) & (IN_FEMALE_NAMES | IN_MALE_NAMES | IN_TITLE_WORDS)) !== 0) return null;
    const member = this.byParty.get(party);
    if (member) return member;
    for (let k = this.recentPersons.length - 1; k >= 0 && k >= this.recentPersons.length - 6; k--) {
      const e = this.recentPersons[k];
      if (e.kind !== 'person' || e.described || PARTY_MEMBERS.has(e.lowerName.slice(e.lowerName.lastIndexOf(' ') + 1))) continue;
      const theirs = this.partyOfPerson(e);
      if (theirs === null || theirs === party) return e;
    }
    return null;
  }

  /** `Marsh, a Democrat seeking a third term,`: a person named before an appositive saying their party. */
  private noteParty(e: Entity, nameEnd: number): void {
    const party = PARTY_APPOSITIVE.exec(this.text.slice(nameEnd, nameEnd + 48));
    if (!party) return;
    const key = party[1] ? party[1].toLowerCase() : party[2] === 'R' ? 'republican' : 'democrat';
    this.partyOf.set(e, key);
    const known = this.byParty.get(key);
    if (known === undefined) this.byParty.set(key, e);
    else if (known !== e) this.byParty.set(key, null);
  }

  /** `His son, Anders Eriksen,`: the person `his son` (`described`, in lower case) names, whom `His son said` later means. */
  noteKinNamed(described: string, e: Entity): void {
    const space = described.indexOf(' ');
    // (`Her neighbor, Gordon Pike,`: the owner is someone else than the person named, who must not take the possessive's gender)
    const owner = this.possessorOf(described.slice(0, space), e);
    if (owner === e) return;
    // (whose kin is unknown when the owner was only named in the possessive, `Tomas Eriksen's boatyard`: kept by the words as written)
    let kin = this.kinNamed.get(owner);
    if (!kin) this.kinNamed.set(owner, kin = new Map());
    kin.set(owner ? described.slice(space + 1) : described, e);
  }

  /** People named as someone's kin (`His son, Anders Eriksen,`): by their owner (null when unknown), then the kin noun (with its possessive when unknown). */
  private readonly kinNamed = new Map<Entity | null, Map<string, Entity>>();

  /** Indexes a person by a role written before their name (`Prime Minister Helen Carr`) or a description naming them (`His son, Anders`). */
  private noteRole(role: string, e: Entity): void {
    const key = role.toLowerCase();
    const known = this.byRole.get(key);
    if (known === undefined) this.byRole.set(key, e);
    else if (known !== e) this.byRole.set(key, null);
  }

  /**
   * `The manager, Jamie Ross, said` after `The manager was blunt`: the person described before is the one now
   * named. `described` is the description as written (`The manager`); it never creates an entity.
   */
  identifyDescribed(described: string, named: Entity): void {
    const lower = described.toLowerCase().replace(/^(the|a|an)\s+/, '');
    const e = this.byName.get('desc:' + lower);
    if (!e || e === named || e.kind !== 'person' || named.kind !== 'person' || e.same) return;
    e.same = named;
    named.role ??= displayForm(described.replace(/^(the|a|an)\s+/i, ''));
    for (const a of e.aliases) named.aliases.add(a);
    this.noteRole(lower, named);
  }

  /** Notes a body the first pass learnt at `start` under the last organization noun of its name (see organizationNamedBefore). */
  private noteOrganizationNamed(start: number, e: Entity, lowerWords: string[]): void {
    for (let k = lowerWords.length - 1; k >= 0; k--) {
      const w = lowerWords[k];
      if (!ORG_NOUNS.has(w)) continue;
      const list = this.organizationsByHeadNamed.get(w);
      if (!list) this.organizationsByHeadNamed.set(w, [{ start, entity: e }]);
      else if (list[list.length - 1].start < start) list.push({ start, entity: e });
      return;
    }
  }

  /** The body named last before `offset` with `head` as its noun, if near enough to be what `the <head>` means. */
  private organizationNamedBefore(head: string, offset: number): Entity | undefined {
    const list = this.organizationsByHeadNamed.get(head);
    const found = list ? lastStartingBefore(list, offset) : null;
    return found && offset - found.start <= 3000 && found.entity.kind === 'organization' ? found.entity : undefined;
  }

  /** Notes the age set off by a comma after a person's name ending at `nameEnd` (`, 67` then a comma or a stop), if any. */
  private noteAge(e: Entity, nameEnd: number): void {
    const text = this.text;
    if (text.charCodeAt(nameEnd) !== 44 || text.charCodeAt(nameEnd + 1) !== 32 || !isDigitAt(text, nameEnd + 2)) return;
    let end = nameEnd + 3;
    while (end < nameEnd + 5 && isDigitAt(text, end)) end++;
    const after = text.charCodeAt(end);
    if (after !== 44 && after !== 46 && after !== 59) return;
    const age = text.slice(nameEnd + 2, end);
    const known = this.byAge.get(age);
    if (known === undefined) this.byAge.set(age, e);
    else if (known !== e) this.byAge.set(age, null);
  }

  /** Whether no person has been a subject yet. */
  knowsNoPerson(): boolean {
    return this.recentPersons.length === 0;
  }

  /** The article's writer, whom `I` outside quotation marks means (see resolvePronoun). */
  private writer: Entity | null = null;

  noteWriter(e: Entity): void {
    this.writer = e;
  }

  /** An organization a sentence opens with, as the subject of its verb: whom `it` means next (whom `they` means is left as it was). */
  noteOrganizationSubject(e: Entity): void {
    this.recentOrg = e;
    this.documentSubject = null;
  }

  /**
   * A document a sentence opens with, as the subject of its verb (`The audit does not name …`): what `it` means next, until an
   * organization opens a sentence (`they` still means the group or the body it meant).
   */
  noteDocumentSubject(e: Entity | null): void {
    this.documentSubject = e;
  }

  /** Whom a possessive pronoun (`his`, `her`, `its`, `their`) means, as its subject pronoun would (someone other than `except`). */
  private possessorOf(possessive: string, except: Entity | null = null): Entity | null {
    return this.resolvePronoun(possessive === 'his' ? 'he' : possessive === 'her' ? 'she' : possessive === 'its' ? 'it' : 'they', possessive === 'his' ? 'm' : possessive === 'her' ? 'f' : null, except);
  }

  /** The body or person `noun` (as written; `head` in lower case) of `owner`, named `Owner’s noun`: `Paul Becker’s office`, `Trump’s aides`. */
  /** The one person other than `owner` named with the owner's surname, of gender `gender` where known, or null. */
  private relativeBySurname(owner: Entity, gender: Gender): Entity | null {
    const space = owner.name.lastIndexOf(' ');
    if (space < 0) return null;
    const surname = owner.name.slice(space).toLowerCase();
    let found: Entity | null = null;
    // (the people whose names hold the word, as learnt: a look-up, not a walk over every entity)
    for (const e of this.byWord.get(surname.slice(1)) ?? []) {
      if (e === owner || e.kind !== 'person' || e.described || e.same || !e.name.toLowerCase().endsWith(surname) || (gender && e.gender && e.gender !== gender)) continue;
      if (found) return null;
      found = e;
    }
    return found;
  }

  private ownedBy(owner: Entity, noun: string, head: string, words: string[], written: string): Entity {
    // (`His son said` after `His son, Anders Eriksen, was the first to reach it`: the one person named as someone's son)
    const kin = KIN_NOUNS.has(head) ? this.kinNamed.get(owner)?.get(head) ?? this.kinNamed.get(null)?.get(written.toLowerCase()) : undefined;
    if (kin) { kin.aliases.add(written); return kin; }
    // (`Her daughter said` after `survived by a daughter, Carla Amsel`: the one other person of the owner's surname, of the kin's gender)
    const relative = KIN_NOUNS.has(head) && owner.kind === 'person' ? this.relativeBySurname(owner, genderOfLowerWords([head])) : null;
    if (relative) { relative.aliases.add(written); return relative; }
    const name = `${owner.name}’s ${noun}`;
    const lowerName = name.toLowerCase();
    const key = 'desc:' + lowerName;
    let e = this.byName.get(key);
    if (!e) {
      const kind: SpeakerKind = ORG_NOUNS.has(head) ? 'organization' : GROUP_NOUNS.has(head) || (/[^s]s$/.test(head) && !KIN_NOUNS.has(head)) ? 'group' : 'person';
      e = this.create(name, kind, null, lowerName);
      if (kind === 'person') e.gender = genderOfLowerWords(words);
      e.described = true;
      this.byName.set(key, e);
      // (`his spokesman said …` then `the spokesman said …`: the one person introduced by that noun)
      if (kind === 'person' && !KIN_NOUNS.has(head)) {
        const known = this.introducedByHead.get(head);
        this.introducedByHead.set(head, known === undefined ? e : null);
      }
    }
    e.aliases.add(written);
    return e;
  }

  /** Notes that `maker` issued a document of the head noun `head` (`The party issued a statement`): `the statement` is theirs. */
  noteDocumentMaker(head: string, maker: Entity, at: number): void {
    this.makerByDocument.set(head, { maker, at });
  }

  /** Marks an entity as the current topic (a speaker or a sentence subject). */
  noteSubject(e: Entity): void {
    if (e.kind === 'person') {
      const k = this.recentPersons.indexOf(e);
      if (k >= 0) this.recentPersons.splice(k, 1);
      this.recentPersons.push(e);
      if (this.recentPersons.length > 8) this.recentPersons.shift();
    } else if (e.kind === 'group') { this.recentGroup = e; this.orgAfterGroup = false; }
    else if (e.kind === 'organization') { this.recentOrg = e; this.orgAfterGroup = true; this.documentSubject = null; }
  }

  /**
   * `The city's police chief apologized … Chief Robert Haynes said …`: the one person named with a role of that head soon
   * after a description that opens the story's account of them, or null.
   */
  /**
   * `A city councillor resigned …`, opening a story that then names `Councillor Marguerite Boateng`: the one person named soon
   * after with a role of the head of the description `phrase` (`a` or `an` and a title), or null.
   */
  namedAfterIntroduction(phrase: MentionPhrase): Entity | null {
    const written = this.text.slice(phrase.start, phrase.end);
    const words = splitAtJsSpaces(written.toLowerCase());
    if (words.length < 2 || (words[0] !== 'a' && words[0] !== 'an')) return null;
    const head = words[words.length - 1];
    if (!TITLE_WORDS.has(head)) return null;
    const named = this.namedSoonAfter(head, phrase.end);
    if (!named || named.kind !== 'person') return null;
    named.aliases.add(written);
    return named;
  }

  /** Whether the last word of a person's name is written again after `offset` before the end of its sentence (at most 300 units on). */
  private namedLaterInSentence(e: Entity, offset: number): boolean {
    if (e.kind !== 'person') return false;
    const surname = e.name.slice(e.name.lastIndexOf(' ') + 1);
    if (surname.length < 2) return false;
    let end = offset;
    const limit = Math.min(this.text.length, offset + 300);
    while (end < limit && !((this.text.charCodeAt(end) === 46 || this.text.charCodeAt(end) === 10) && (end + 1 >= this.text.length || isJsSpace(this.text.charCodeAt(end + 1))))) end++;
    // (searched in the sentence's rest only: a search of the text would run to its end for every description)
    const rest = this.text.slice(offset, end);
    // (`younger brother of Seth Jones` names someone else: a capitalised word before the surname must be of this name)
    const words = new Set(splitAtJsSpaces(e.name));
    for (let at = rest.indexOf(surname); at >= 0; at = rest.indexOf(surname, at + 1)) {
      if (isWordCode(rest.charCodeAt(at - 1)) || isWordCode(rest.charCodeAt(at + surname.length))) continue;
      const before = /(\p{Lu}[\p{L}.'’-]*) $/u.exec(rest.slice(Math.max(0, at - 24), at));
      if (!before || words.has(before[1]) || (listsOf(before[1].toLowerCase()) & (IN_TITLE_WORDS | IN_HONORIFICS)) !== 0) return true;
    }
    return false;
  }

  private namedSoonAfter(head: string, offset: number): Entity | null {
    let found: Entity | null = null;
    const list = this.rolesNamed;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].at <= offset) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < list.length; k++) {
      const { at, entity } = list[k];
      if (at - offset > 1200) break;
      if (!(entity.role ?? '').toLowerCase().split(' ').includes(head)) continue;
      if (found && found !== entity) return null;
      found = entity;
    }
    return found;
  }

  /** The known person `the <title>` (`written`, `the mayor`) names by their role, if any; never creates one. */
  personByTitle(written: string): Entity | null {
    const words = splitAtJsSpaces(written.toLowerCase());
    if (words.length < 2 || words.length > 3 || words[0] !== 'the') return null;
    return this.matchRole(words.slice(1)) ?? this.byRole.get(words.slice(1).join(' ')) ?? null;
  }

  private matchRole(words: string[], capitals: readonly string[] = []): Entity | null {
    const head = words[words.length - 1];
    // (`the mayor` after `Mayor Olivia Tremblay said …. Deputy Mayor Ausma Pereira said …`: a deputy's role holds the word, but
    // is another post; the deputy only when no one else's fits)
    let deputy: Entity | null = null;
    for (let k = this.recentPersons.length - 1; k >= 0; k--) {
      const e = this.recentPersons[k];
      const role = e.role ? e.role.toLowerCase() : e.seenRole ?? '';
      if (!role) continue;
      // (`the Florida senator` is no `senator from Vermont` read so far: a place the description names must be the role's)
      if (!e.role && capitals.some(w => !role.includes(w))) continue;
      const synonyms = ROLE_SYNONYMS.get(head);
      // (`the judge` after `Ontario Superior Court Justice Helen Marwick`)
      if (role.includes(head) || words.some(w => NATIONALITIES.has(w) && role.includes(w)) || (synonyms && synonyms.some(r => (' ' + role + ' ').includes(' ' + r + ' ')))) {
        const second = SECOND_POSTS.exec(role);
        if (!second || words.includes(second[1])) return e;
        deputy ??= e;
      }
    }
    return deputy;
  }

  private create(name: string, kind: SpeakerKind, role: string | null, lowerName = name.toLowerCase()): Entity {
    // (`Marguerite "Peg" Olsen`: a nickname in quotation marks is written as an alias, not as part of the name)
    const nicknamed = kind === 'person' ? NICKNAMED.exec(name) : null;
    const written = name;
    if (nicknamed) name = `${nicknamed[1]} ${nicknamed[2]}`;
    if (kind === 'person' && hasJsSpace(name)) name = displayForm(name); // `RCMP` alone is an acronym
    const e: Entity = { id: '', name, lowerName, kind, role: role && displayForm(role), aliases: new Set(), mentions: [], gender: null, genderChecked: false, speaks: false, same: null, seenRole: null };
    // (`Hanoi Steel said` after `Hanoi Steel Corp`: the name without its legal suffix is the same company's)
    if (kind === 'organization') {
      const space = lowerName.lastIndexOf(' ');
      if (space > 0 && lowerName.indexOf(' ') < space && CORPORATE_SUFFIXES.has(lowerName.slice(space + 1))) {
        const bare = lowerName.slice(0, space);
        if (!this.byName.has(bare)) this.byName.set(bare, e);
      }
    }
    if (nicknamed) e.aliases.add(written);
    if (kind === 'organization' && hasJsSpace(name)) this.noteAcronym(name, e);
    this.entities.push(e);
    return e;
  }

  addMention(e: Entity, start: number, end: number): void {
    const last = e.mentions[e.mentions.length - 1];
    if (last && last.start === start && last.end === end) return;
    e.mentions.push(span(this.text, start, end));
  }
}


/** The capitalised words of a description after its first, in lower case (`The Florida senator` -> `florida`). */
function capitalsOf(written: string): string[] {
  const out: string[] = [];
  const words = splitAtJsSpaces(written);
  for (let k = 1; k < words.length; k++) if (startsUpper(words[k])) out.push(words[k].toLowerCase());
  return out;
}

/** Words making a post second to the one named after them (`Deputy Mayor`, `vice president`, `acting chief`). */
const SECOND_POSTS = /\b(deputy|vice|assistant|associate|acting|interim|former)\b/;

const PLACE_WORDS = new Set(['states', 'kingdom', 'republic', 'nations', 'island', 'islands', 'city', 'county', 'province',
  'street', 'avenue', 'square', 'hall', 'river', 'valley', 'mountains', 'sea', 'ocean', 'bay', 'coast', 'emirates', 'east', 'west']);

/** How many words `text.slice(from, to).split(/\s+/)` makes: one more than its runs of spaces. */
function wordCount(text: string, from: number, to: number): number {
  let count = 1;
  for (let i = from; i < to; i++) {
    if (isJsSpace(text.charCodeAt(i)) && (i === from || !isJsSpace(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

/** The last token of the words tokensKey last read. */
let keyLast = 0;

/**
 * The registry's key for the name written from tokens[first] to offset `end`: the words' lower-case forms joined
 * by single spaces, which is what lower-casing the text gives when one space parts each two of them (most names);
 * null when another gap does (a tab, a no-break space, an invisible character) or `end` ends no token, for the
 * registry to read the text instead. Sets keyLast.
 */
function tokensKey(text: string, tokens: Token[], first: number, end: number): string | null {
  let m = first, key = tokens[first].lower;
  while (tokens[m].end < end) {
    const next = tokens[m + 1];
    if (!next || next.start !== tokens[m].end + 1 || text.charCodeAt(tokens[m].end) !== 32) return null;
    key += ' ' + next.lower;
    m++;
  }
  if (tokens[m].end !== end) return null;
  keyLast = m;
  return key;
}

/**
 * The key of an organization's initials in lower case (`cdc`), but for initials that spell a word of the lexicon: `WHO` keeps its
 * capitals, as the tokenizer keeps them, so that the relative pronoun `who` never names the World Health Organization.
 */
function acronymKey(lower: string): string {
  return lower === 'who' ? 'WHO' : lower;
}

/** The key of a word as written: lower case, but `WHO` as acronymKey keeps it. */
function keyOfWord(written: string): string {
  return written === 'WHO' ? acronymKey('who') : written.toLowerCase();
}

/** How many words keyWithoutTitles last kept. */
let wordsWithoutTitles = 0;

/** The key of tokens[first..last] without their title words (`Mr. Scheer` -> `scheer`); sets wordsWithoutTitles. */
function keyWithoutTitles(tokens: Token[], first: number, last: number): string {
  let key = '', n = 0;
  for (let m = first; m <= last; m++) {
    if ((tokens[m].lists & IN_TITLE_WORDS) !== 0) continue;
    key = n === 0 ? tokens[m].lower : key + ' ' + tokens[m].lower;
    n++;
  }
  wordsWithoutTitles = n;
  return key;
}

/** The words of tokens[first..last] as written, without their title words. */
function writtenWordsWithoutTitles(text: string, tokens: Token[], first: number, last: number): string[] {
  const words: string[] = [];
  for (let m = first; m <= last; m++) if ((tokens[m].lists & IN_TITLE_WORDS) === 0) words.push(text.slice(tokens[m].start, tokens[m].end));
  return words;
}

/** The lower-case forms of tokens[first..last]. */
function lowerWordsOf(tokens: Token[], first: number, last: number): string[] {
  const words = new Array<string>(last - first + 1);
  for (let m = first; m <= last; m++) words[m - first] = tokens[m].lower;
  return words;
}

/** `word` without a final possessive `’s` or `'s`. */
function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return word;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019 ? word.slice(0, n - 2) : word;
}

/**
 * A name or role as a reader writes it: `LINDA MARSH` (a transcript's label, a caps headline) as `Linda Marsh`,
 * `MAYOR` as `Mayor`. Words with a lower-case letter, and short capitals (`US`, `CEO`) when alone, stay as written.
 */
export function displayForm(s: string): string {
  // (`U.S.`, `U.K.`: initials keep their capitals)
  // (`NDP MLA`, `RCMP`: words of initials only keep them too)
  if (hasLowerLetter(s) || !(hasJsSpace(s) || s.length > 3) || /^(\p{Lu}\.)+$/u.test(s) || /^(?:[A-Z]{2,3}(?: |$))+$/.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Whether the words before `by` (lower case) end in one that names the document's making, perhaps before when it was made. */
function authoredBy(before: string): boolean {
  const words = splitAtJsSpaces(before);
  let k = words.length - 1;
  while (k > 0 && k >= words.length - 3 && WHEN_WORDS.has(words[k])) k--;
  // (the document itself, `a review by`, or a participle of making it, `compiled by`)
  return k >= 0 && (DOCUMENT_NOUNS.has(words[k]) || AUTHORING_PARTICIPLES.has(words[k]));
}

/** Words after a document noun that describe the document (`data available from the FBI`, `a survey conducted last week`). */
const DOCUMENT_PARTICIPLES = new Set(['available', 'released', 'published', 'conducted', 'issued', 'obtained', 'provided', 'compiled', 'collected', 'cited',
  'seen', 'filed', 'posted', 'sent', 'signed', 'written', 'submitted', 'commissioned', 'made', 'shared', 'leaked', 'reviewed']);

/** `Halton RCMP`, `Kelowna RCMP`: a place's branch of a body known by its initials, the words as written; not `John Smith III` or `Ann Lee KC`. */
function initialledBranch(words: string[]): boolean {
  const last = words[words.length - 1];
  return words.length > 1 && /^\p{Lu}{3,5}$/u.test(last) && !/^[IVXL]+$/.test(last) && !POST_NOMINALS.has(last) && !/^(PHD|MD|RN|DDS|CPA|ESQ|JR|SR)$/.test(last) &&
    words.slice(0, -1).every(w => /\p{Ll}/u.test(w));
}

function kindOfName(words: string[], lowerWords: string[] | null = null): SpeakerKind {
  // `Kathleen Hall Jamieson`, `Marty West`: a given name makes a person whatever words follow
  if (words.length > 1 && (listsOf(lowerWords ? lowerWords[0] : words[0].toLowerCase()) & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return 'person';
  for (let k = 0; k < words.length; k++) {
    const lower = lowerWords ? lowerWords[k] : words[k].toLowerCase();
    // (`Friends of the Earth`, `Daughters of the American Revolution`: no person's name holds `of the`)
    if (lower === 'the' && k > 0 && (lowerWords ? lowerWords[k - 1] : words[k - 1].toLowerCase()) === 'of') return 'organization';
    // (`UFCW Local 832`, `Channel 4`: no person's name holds a number)
    // (`ouest-france.fr`: a website is its publisher)
    if (ORG_WORDS.has(lower) || PLACE_WORDS.has(lower) || (k > 0 && isAsciiDigits(lower)) || WEB_ADDRESS.test(lower)) return 'organization';
    // `China said`, `Environment Canada`, `Amnesty International`; a country opening a longer name may be a given
    // name (`France Gélinas`, `America Ferrera`)
    if (COUNTRY_WORDS.has(lower) && (k > 0 || words.length === 1)) return 'organization';
    // `Harbourline Foods`, `Apex Energy`: a company word ends a company's name
    if (k > 0 && k === words.length - 1 && COMPANY_WORDS.has(lower)) return 'organization';
    // (`Fédération des travailleurs du Québec`: a French body's head before its particles)
    if (k === 0 && words.length > 2 && FRENCH_BODY_HEADS.has(lower) && FRENCH_PARTICLES.has(lowerWords ? lowerWords[1] : words[1].toLowerCase())) return 'organization';
    // (`Pell & Whitney`: partners joined by an ampersand)
    if (k > 0 && words[k] === '&') return 'organization';
    // (`Reporters Without Borders`: a preposition capitalised inside the name)
    if (k > 0 && k < words.length - 1 && NAME_PREPOSITIONS.has(lower)) return 'organization';
    // (`USA Today`, `Peace Now`: no person's name ends in an adverb)
    if (k > 0 && k === words.length - 1 && NAME_ENDING_ADVERBS.has(lower)) return 'organization';
  }
  if (words.length === 1 && words[0].length > 1 && words[0] === words[0].toUpperCase() && /\p{Lu}{2}/u.test(words[0])) return 'organization'; // an acronym: NATO, UNICEF
  // (`Nova Scotia`, `British Columbia`, `North Carolina`: a province or a state of the United States is a place, which speaks as a body)
  if (words.length > 1 && words.length <= 3) {
    const joined = (lowerWords ?? words.map(w => w.toLowerCase())).join('_');
    if (PROVINCE_WORDS.has(joined) || US_STATE_NAMES.has(joined)) return 'organization';
  }
  if (initialledBranch(words)) return 'organization';
  // (`SkyCast`, `PayPal`, `WestJet`: a capital inside one word after three letters or more is a brand's; not `MacLeod`, `FitzGerald`)
  if (words.length === 1 && isBrandWord(words[0])) return 'organization';
  // (`Federal Reserve`, `British Columbia`, `U.S. Census`: a nationality and one more word name a body or a place)
  if (words.length === 2 && (listsOf(lowerWords ? lowerWords[0] : words[0].toLowerCase()) & (IN_NATIONALITIES | IN_TITLE_WORDS)) === IN_NATIONALITIES) return 'organization';
  // (`Democratic and independent analysts`: capitalised words before people in the plural in lower case describe a group)
  if (words.length > 1) {
    const last = lowerWords ? lowerWords[words.length - 1] : words[words.length - 1].toLowerCase();
    if (words[words.length - 1] === last && (GROUP_NOUNS.has(last) || pluralAgentNoun(last) || ((listsOf(last) & IN_SPEAKER_NOUNS) !== 0 && /[^s]s$/.test(last)))) return 'group';
  }
  // `Others warned`, `Thousands chanted`, `Contractors say`: a plural common noun capitalised to open a sentence is a group
  if (words.length === 1) {
    const lower = lowerWords ? lowerWords[0] : words[0].toLowerCase();
    if (PLURAL_COUNTS.has(lower) || pluralAgentNoun(lower)) return 'group';
  }
  return 'person';
}

/** Where the name in text[from, to) starts past the title words before it (`Kenton Mayor Ruth Obi` to `Ruth Obi`); `from` if none. */
function afterTitles(text: string, from: number, to: number): number {
  let start = from, wordStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isJsSpace(text.charCodeAt(i))) continue;
    // (a title word with words after it: the name starts after it)
    if (i < to && TITLE_WORDS.has(text.slice(wordStart, i).toLowerCase())) start = i + 1;
    wordStart = i + 1;
  }
  return start < to ? start : from;
}

/** An honorific alone before a name (`Mr. `, `MRS. `): not a possessor's (`Mrs. Clinton's Iraq`). */
const HONORIFIC_ALONE = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/i;

/** `67-year-old`: an age as a description's word. */
const AGED = /^(\d{1,3})-year-old$/;

/** Lower-case people in the plural, then `and`, opening a description (`business groups and the opposition`). */
const JOINED_PEOPLE = /^(?:[a-z-]+ ){0,2}[a-z]+[^s ]s and /;

const CAMEL_BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u;
const SURNAME_PREFIXES = /^(Mac|Van|Vander|Von|Fitz|Der|Den|Ten|Ter|San|Del|Della|Dela)\p{Lu}/u;

/**
 * `CME FedWatch`, `Google DeepMind`: a name of several words with a brand's word of two humps after its first (see isBrandWord),
 * unless a given name opens it.
 */
function brandInName(name: string, lowerWords: string[]): boolean {
  // (most names have no capital after a lower-case letter: looked for first, without splitting)
  let hump = false;
  for (let i = 1; i < name.length && !hump; i++) {
    const c = name.charCodeAt(i), b = name.charCodeAt(i - 1);
    hump = c >= 65 && c <= 90 && b >= 97 && b <= 122;
  }
  if (!hump || (listsOf(lowerWords[0]) & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return false;
  // (past the first word: a given name may be written so, `AshLee Strong`, `MaryAnn Lee`)
  const words = splitAtJsSpaces(name);
  for (let k = 1; k < words.length; k++) if (TWO_HUMPS.test(words[k]) && isBrandWord(words[k])) return true;
  return false;
}

const TWO_HUMPS = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/** `SkyCast`, `PayPal`, `WestJet`: one word with a capital inside it after three letters or more names a brand, not a person. */
export function isBrandWord(word: string): boolean {
  return CAMEL_BRAND.test(word) && !SURNAME_PREFIXES.test(word);
}

/** Whether text[at] opens a sentence: only spaces, quotation marks or brackets stand between it and a stop, a colon, a line's end or the text's start. */
function opensSentenceAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t\u00a0"“‘'(\[\u2014\u2013-]/.test(text[i])) i--;
  return i < 0 || /[.!?:\n\r]/.test(text[i]);
}

/**
 * Capitalised words, not opening with a determiner, right before a lower-case noun (`a [Gallup] poll`, `new [Crowdpac] research`).
 * Group 1 is the name, group 2 the noun.
 */
const NAME_BEFORE_DOCUMENT = /(?<![\p{L}\p{N}/])(?!(?:A|An|The|This|That|These|Those|Its|His|Her|Their)\s|New\s\p{Ll})(\p{Lu}[\p{L}\p{N}.&'’/-]*(?: \p{Lu}[\p{L}\p{N}.&'’/-]*){0,4}) (\p{Ll}+)(?=\s|$)/u;

/** `, a Democrat` right after a name: group 1 is the party's member. */
/** A party's word in a role (`Democratic presidential candidate`, `Republican senator`). */
const PARTY_IN_ROLE = /\b(Democratic|Democrat|Republican|Liberal|Conservative|Libertarian|Progressive|Tory)\b/;
// (`, an Oklahoma Republican,`: the party may follow a place; `(R-Okla.)`, `(D-Colo.)`: or stand in parentheses by its letter)
const PARTY_APPOSITIVE = new RegExp(`^(?:,\\s+an?\\s+(?:[A-Z][\\p{L}-]* ){0,3}(${[...PARTY_MEMBERS].map(w => w[0].toUpperCase() + w.slice(1)).join('|')})\\b|\\s+\\(([RD])-[A-Z][\\p{L}.]*\\))`, 'u');

/** Whether `written` is only capitalised words and numbers, joined by `of`, `for`, `and` or `the` (`UFCW Local 832`, `Bank of Canada`). */
function isNameOnly(written: string): boolean {
  return /^\p{Lu}[\p{L}\p{N}.&'’/-]*(?: (?:(?:of|for|and|the) )?(?:\p{Lu}|\p{N})[\p{L}\p{N}.&'’/-]*)*$/u.test(written);
}
