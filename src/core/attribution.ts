/**
 * Attribution frames: a reporting cue (`said`, `told`, `according to`) and the
 * phrase naming who spoke (`Blinken`, `he`, `analysts`, `said the spokesman`).
 * Each search looks at a bounded number of tokens, so the cost is linear.
 */
import {
  BE_PASSIVE, COUNTED_TIMES, DAYS, KIN_NOUNS, PARTY_MEMBERS, IN_AUXILIARIES, IN_CLAUSE_VERBS, IN_FEMALE_NAMES, IN_MALE_NAMES, IN_ORG_NOUNS, IN_BE_FORMS, IN_PHRASE_STOPS, IN_BLOCK_BEFORE_CUE, IN_CUE_FILLERS, IN_DETERMINERS, IN_DOCUMENT_NOUNS,
  IN_EVIDENCE_VERBS, IN_GROUP_NOUNS, IN_HONORIFICS, IN_INVERTING_CUES, IN_NAMING_WORDS, IN_NATIONALITIES, IN_NOT_NAME_WORDS, IN_REMARK_NOUNS, IN_SENTENCE_OPENERS, IN_SPEAKER_NOUNS,
  IN_SPEECH_VERBS, IN_SUBJECT_PRONOUNS, IN_TITLE_WORDS, INFINITIVE_GOVERNORS, IRREGULAR_PARTICIPLES, NOT_MANNER_ADVERBS, REMARK_NOUNS,
  isSideWord, MODALS, EVENT_NOUNS, IDEA_NOUNS, FINDING_BODIES, FINDING_VERBS, OUT_ISSUING_VERBS, GROUP_SHARE, MEDIUM_NOUNS, COMPANY_KIND_NOUNS, STATE_ABBREVIATIONS, TIME_OF_DAY, TIME_UNITS, MONTHS, MEDIUM_DETERMINERS, CLAUSE_OPENERS, TALKING_VERBS,
  ADVERBIAL_PREPOSITIONS, IRREGULAR_PASTS, TELLING, PROVINCE_WORDS, MAKING_VERBS, NOUN_FORMS_OF_CUES, PARTICIPLE_SUBORDINATORS, QUALIFYING_PREPOSITIONS, CONTACT_VERBS, SUBORDINATORS, isAsciiDigits, US_STATE_NAMES, SINGLING_WORDS, SOURCE_APPOSITIVE_HEADS, SPEECH_VERBS, EVIDENCE_VERBS, WEB_ADDRESS, WHEN_WORDS, AUTHORING_PARTICIPLES, ORG_WORDS, BACK_CUES, PHRASE_PREPOSITIONS, NOUN_MARKERS, STRANDED_PREPOSITIONS, COUNTRY_WORDS, TITLE_WORDS,
  listsOf, OBJECT_VERBS, DIRECTIVE_VERBS,
} from './lexicon';
import { isNameToken, isQuantifier, isTitleToken, MentionPhrase, phraseEndingAt, phraseOver, phraseStartingAt, spaceBetween, spacedRun } from './mentions';
import { agentNoun } from './roles';
import { hasComma, hasJsSpaceIn, isDash, isJsSpace, isOneSpace, isPartyAndState, isPossessive, tokenAtOrAfter, type Token } from './text';

export interface Frame {
  /** Token index of the cue word. */
  cue: number;
  /** Last token of the cue (`according to`, `pointed out`). */
  cueEnd: number;
  phrase: MentionPhrase;
  /** Token range the frame occupies (speaker and cue), inclusive. */
  first: number;
  last: number;
  /** The speaker comes before the cue (`X said`) rather than after (`said X`). */
  speakerFirst: boolean;
  according: boolean;
  // (every frame has every field, in one order: frames of one shape keep the property reads that serve them monomorphic)
  /** A guess: a single word read back across an appositive comma. */
  weak: boolean;
  /** A participle (`…, saying …`) whose subject opens the sentence: it reports only what follows it. */
  participle: boolean;
}

const CUE_PARTICLES = new Set(['out', 'on', 'up', 'back']);

/** Whether any of tokens[from..to] is inside quotation marks. */
function quotedWithin(inQuote: number[], from: number, to: number): boolean {
  for (let m = from; m <= to; m++) if (inQuote[m]) return true;
  return false;
}

/** Verbs of saying that open a sentence before who spoke (`Said Jane Okafor, …`, `Added one fan: …`). */
const OPENING_CUES = new Set(['said', 'says', 'added', 'adds', 'recalled', 'recalls', 'explained', 'explains', 'noted', 'notes', 'wrote', 'writes', 'continued', 'continues']);

/**
 * Whether tokens[c], capitalised, is a verb of saying opening its sentence before a name or a determiner
 * (`Said Dorothy Poynter, …`), not a name (`Said Abdullah said …`: the sentence has a verb of saying of its own).
 */
function opensWithCue(text: string, tokens: Token[], c: number, sentenceStart: number[], sentenceEnd: number[], inQuote: number[]): boolean {
  const t = tokens[c];
  if (c !== sentenceStart[c] || !OPENING_CUES.has(t.lower) || inQuote[c] || c + 1 > sentenceEnd[c]) return false;
  const next = tokens[c + 1];
  if ((!next.cap && (next.lists & IN_DETERMINERS) === 0) || !spaceBetween(text, t, next) || inQuote[c + 1]) return false;
  for (let k = c + 2; k <= sentenceEnd[c] && k < c + 40; k++) if (!inQuote[k] && !tokens[k].cap && (tokens[k].lists & IN_SPEECH_VERBS) !== 0) return false;
  return true;
}

/** Whether one to three singular lower-case words before tokens[c] follow an article, a possessive determiner or a possessive (`his border`, `the trustees' most recent`). */
function nounAfterSingularWords(text: string, tokens: Token[], c: number): boolean {
  let m = c - 1, n = 0;
  while (m >= 0 && n < 3 && !tokens[m].cap && /^[a-z][a-z-]*$/.test(tokens[m].lower) && !/(?:s|ly)$/.test(tokens[m].lower) && !/^(and|but|or|yet|so|then)$/.test(tokens[m].lower) && spaceBetween(text, tokens[m], tokens[m + 1]) &&
    (tokens[m].lists & (IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_SPEECH_VERBS | IN_PHRASE_STOPS | IN_DETERMINERS | IN_CUE_FILLERS)) === 0) { m--; n++; }
  if (n === 0 || m < 0) return false;
  // (`Critics on the left call …`: a phrase after a preposition ends the subject before the verb)
  if (m > 0 && (tokens[m - 1].lists & IN_PHRASE_STOPS) !== 0 && !tokens[m - 1].cap) return false;
  const w = tokens[m].lower;
  return NOUN_MARKERS.has(w) || (tokens[m].lists & IN_DETERMINERS) !== 0 || /['’]s?$/.test(w) || /^['’]\s$/.test(text.slice(tokens[m].end, tokens[m + 1].start));
}

/** `with both sides saying …` at tokens[c] (`saying`): the frame of the participle and the subject after `with`. */
function withSubjectSaying(text: string, tokens: Token[], c: number, floor: number): Frame | null {
  let w = c - 1;
  while (w > floor && w > c - 6 && tokens[w].lower !== 'with' && spaceBetween(text, tokens[w], tokens[w + 1])) w--;
  if (tokens[w].lower !== 'with' || w + 1 >= c || !spaceBetween(text, tokens[w], tokens[w + 1]) || !spaceBetween(text, tokens[c - 1], tokens[c])) return null;
  const last = tokens[c - 1];
  if ((last.lists & IN_SUBJECT_PRONOUNS) !== 0 || (last.lists & IN_PHRASE_STOPS) !== 0) return null;
  // a name (`with Smith saying`), else the words after `with` (`with both sides saying`, `with several councillors saying`)
  const phrase: MentionPhrase | null = last.cap ? phraseEndingAt(text, tokens, c - 1, w + 1)
    : { start: tokens[w + 1].start, end: last.end, nameStart: tokens[w + 1].start, nameEnd: last.end, role: null, kind: 'description', gender: null };
  if (!phrase || phrase.kind === 'pronoun') return null;
  return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: w, last: c, speakerFirst: true, according: false, weak: false, participle: true };
}

/**
 * Whether `per` at tokens[c] names a source (`…, per a memo obtained by Axios`, `Per the report,`): it opens its sentence or
 * follows a comma, and a determiner, a name or people follow it; not a rate (`$4 per gallon`, `per cent`, `per capita`).
 */
function perSource(text: string, tokens: Token[], c: number, floor: number): boolean {
  if (c + 1 >= tokens.length || !(c === floor || hasComma(text, tokens[c - 1].end, tokens[c].start))) return false;
  const n = tokens[c + 1];
  return (n.lists & IN_DETERMINERS) !== 0 || (n.cap && !/^\d/.test(n.lower)) || ((n.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && !n.cap);
}

/** Text between two tokens holds only spaces and these characters. */
function gapOnly(text: string, a: Token, b: Token, allowed: string): boolean {
  if (b.start - a.end > 8) return false;
  for (let i = a.end; i < b.start; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\u00a0') continue;
    if (allowed.indexOf(ch) < 0) return false;
  }
  return true;
}

/**
 * Finds the attribution frames among `tokens` (one paragraph). `inQuote[k]` is
 * true for tokens inside quotation marks; `sentenceStart[k]` is the index of
 * the first token of token k's sentence.
 */
export function findFrames(text: string, tokens: Token[], inQuote: number[], sentenceStart: number[], sentenceEnd: number[]): Frame[] {
  const frames: Frame[] = [];
  for (let c = 0; c < tokens.length; c++) {
    if (inQuote[c]) continue;
    const t = tokens[c];
    // (`…, per a memo obtained by Axios`, `Per the report, …`: `per` names a source as `according to` does)
    const source = t.lower === 'according' && c + 2 < tokens.length && tokens[c + 1].lower === 'to' ? c + 2 : t.lower === 'per' && perSource(text, tokens, c, sentenceStart[c]) ? c + 1 : -1;
    if (source >= 0) {
      let phrase = phraseStartingAt(text, tokens, source, sentenceEnd[c] + 1) ?? sourceNamedAfter(text, tokens, source, sentenceEnd[c]);
      if (phrase && !inQuote[source]) {
        const maker = makerInContactClause(text, tokens, source, phrase, sentenceEnd[c]);
        // the source runs to the comma: `according to the port owners' association, …`
        let last = lastTokenOf(tokens, source, phrase.end);
        // (`according to a new poll that shows more voters …`: the source's name stops before a relative clause on it, which
        // the frame still runs over; `that night` is no such clause)
        let named = -1;
        for (let m = last; m + 1 <= sentenceEnd[c] && m < last + 12; m++) {
          if (!gapOnly(text, tokens[m], tokens[m + 1], "'’")) break;
          if (named < 0 && /^(that|which|who|whose)$/.test(tokens[m + 1].lower) && !(tokens[m + 1].lower === 'that' && m + 2 <= sentenceEnd[c] && TIME_ENDS.has(tokens[m + 2].lower))) named = m;
          // (`according to a poll by the Cassidy Institute released Thursday`: nor does a name run over a participle saying when; the
          // maker named after one stays, `figures released Monday by the ministry`, and so does a description, `a study published on
          // Monday in the journal Pediatrics`)
          if (named < 0 && tokens[m].cap && m + 2 <= sentenceEnd[c] && participleAt(tokens, m + 1) && spaceBetween(text, tokens[m + 1], tokens[m + 2]) && saysWhenAt(tokens, m + 2, sentenceEnd[c]) &&
            !agentWithin(tokens, m + 2, sentenceEnd[c])) named = m;
          // the source runs to a comma, or to the end of the sentence it closes (`…, according to two people with knowledge of the matter.`)
          if ((m + 2 <= sentenceEnd[c] && hasComma(text, tokens[m + 1].end, tokens[m + 2].start)) || m + 1 === sentenceEnd[c]) {
            last = m + 1;
            phrase = phraseOver(phrase, phrase.start, tokens[named >= 0 ? named : last].end, tokens[named >= 0 ? named : last].end);
            break;
          }
        }
        // (`according to an interview his brother Alastair Osman gave to ITV`, `a letter the mayor sent`: the maker of the document, named in a
        // relative clause without `that`, is the source)
        if (maker) phrase = maker;
        // (`according to the Meteorology, Climatology and Geophysics Agency (BMKG).`: a name that lists with commas runs to the sentence's end)
        const listed = nameListEnd(text, tokens, last, sentenceEnd[c]);
        if (listed > last) { last = listed; phrase = phraseOver(phrase, phrase.start, tokens[last].end, tokens[last].end); }
        const appositiveEnd = sourceAppositiveEnd(text, tokens, last, sentenceEnd[c]);
        // (`a statement from the commissioner, Helen Voss,`: the person named speaks)
        if (appositiveEnd > last && tokens[last + 1].cap) {
          const named = phraseEndingAt(text, tokens, appositiveEnd, last + 1);
          if (named && named.kind === 'name' && named.start === tokens[last + 1].start) phrase = named;
        }
        last = appositiveEnd;
        frames.push({ cue: c, cueEnd: source - 1, phrase, first: c, last, speakerFirst: false, according: true, weak: false, participle: false });
      }
      continue;
    }
    if (!t.cap && (t.lists & IN_EVIDENCE_VERBS) !== 0 && !comparedBefore(text, tokens, c, sentenceStart[c])) {
      // `the poll shows …`, `a study found that …`: a document reports what it shows, a person does not
      const isDocument = (f: Frame | null): f is Frame => !!f && f.phrase.kind === 'description' && documentHeaded(tokens, f.first, lastTokenOf(tokens, f.first, f.phrase.end));
      const f = subjectBefore(text, tokens, c, sentenceStart[c], inQuote);
      const document = isDocument(f) ? f : documentBeforeParticiple(text, tokens, c, sentenceStart[c]);
      if (isDocument(document)) { frames.push(document); continue; }
      // `The judge found that …`, `…, finding that regulators had ignored the risk`: a court's or an inquiry's finding is its statement
      // (`A panel named by the governor found …`: the panel, not the governor)
      let by = c - 2;
      while (by > sentenceStart[c] + 1 && by >= c - 6 && tokens[by].lower !== 'by' && spaceBetween(text, tokens[by], tokens[by + 1])) by--;
      const finder = (by > sentenceStart[c] + 1 && tokens[by].lower === 'by' ? bodyBeforeParticiple(text, tokens, by, c, sentenceStart[c]) : null) ?? f;
      if (finder && FINDING_VERBS.has(t.lower) && findingBody(tokens, finder, c)) { frames.push(finder); continue; }
    }
    // `Okafor’s message was simple: “Stay home.”`, `Her answer: “No.”`: a remark of someone's introducing a quote after a colon
    if (c + 1 < tokens.length && ((t.cap && isPossessive(t.lower)) || t.lower === 'his' || t.lower === 'her' || t.lower === 'their') && !inQuote[c + 1]) {
      const remark = remarkBeforeColon(text, tokens, c, sentenceStart[c]);
      if (remark) { frames.push(remark); continue; }
    }
    // `Mayor Dana Ruiz had a blunt message for the council: “Stop stalling.”`: a remark someone had, before a colon
    if ((t.lists & IN_REMARK_NOUNS) !== 0 && !inQuote[c] && c - 2 > sentenceStart[c]) {
      const had = remarkHadBeforeColon(text, tokens, c, sentenceStart[c], inQuote);
      if (had) { frames.push(had); continue; }
    }
    // `As Okafor put it: …`: `put it` is a cue
    // (`One voter summed it up: …`: so is `summed it up`)
    const putIt = ((t.lower === 'put' || t.lower === 'puts') && c + 1 < tokens.length && tokens[c + 1].lower === 'it') || summedItUp(tokens, c);
    // (`Marsh shot back that …`: a verb with `back` answers)
    const answersBack = c + 1 < tokens.length && tokens[c + 1].lower === 'back' && BACK_CUES.has(t.lower);
    // (`the former secretary talked about continuing the “progress we had”`: words quoted in what someone spoke of are theirs)
    // (only before a quotation: the frame reports no clause, and must not end another's: `said that the obliteration Johnson spoke of was …`)
    const talksAbout = c + 1 < tokens.length && (tokens[c + 1].lower === 'about' || tokens[c + 1].lower === 'of') && TALKING_VERBS.has(t.lower) &&
      quotedWithin(inQuote, c + 2, Math.min(c + 12, sentenceEnd[c]));
    // `Said Dorothy Poynter, who grew up with him, “We were proud.”`, `Added one fan: …`: a verb of saying opening its sentence
    if (t.cap && opensWithCue(text, tokens, c, sentenceStart, sentenceEnd, inQuote)) {
      const phrase = phraseStartingAt(text, tokens, c + 1, sentenceEnd[c] + 1);
      if (phrase && phrase.kind !== 'pronoun') {
        frames.push({ cue: c, cueEnd: c, phrase, first: c, last: lastTokenOf(tokens, c + 1, phrase.end), speakerFirst: false, according: false, weak: false, participle: false });
      }
      continue;
    }
    // (`Clinton cracked, “I'm a progressive …”`, `then boomed, “…”`: any verb in the past introducing a quoted sentence after its comma says how it was said)
    // (`an ad titled, “Scam.”`: a name given is no speaking)
    const introducesQuotedSentence = !t.cap && c + 1 < tokens.length && inQuote[c + 1] && tokens[c + 1].cap && (t.lists & (IN_SPEECH_VERBS | IN_NAMING_WORDS)) === 0 &&
      (/^[a-z]{3,}ed$/.test(t.lower) || IRREGULAR_PASTS.has(t.lower)) && !/^(labell?ed|headlined|captioned|branded|billed|styled)$/.test(t.lower) &&
      /^[,:]\s*[“"‘']{1,2}$/.test(text.slice(t.end, tokens[c + 1].start));
    // (`“Not bad,” offered Ann Lee`: verbs that say something only right after a quote)
    const saysAfterQuote = AFTER_QUOTE_CUES.has(t.lower) && followsQuote(text, tokens, inQuote, c);
    // (`“…,” the statement read.`, `The letter reads, “…”`: a document's words read out)
    if (!t.cap && (t.lower === 'read' || t.lower === 'reads') && c > sentenceStart[c]) {
      const read = documentReadFrame(text, tokens, c, sentenceStart[c]);
      if (read) { frames.push(read); continue; }
    }
    // `The court heard (that) …`, `…, the jury was told.`: evidence put to a court, by no one named (see isHearing)
    if (!t.cap && (t.lower === 'heard' || t.lower === 'told')) {
      const hearing = hearingFrame(text, tokens, c, sentenceStart[c]);
      if (hearing) { frames.push(hearing); continue; }
    }
    if (t.cap || ((t.lists & IN_SPEECH_VERBS) === 0 && !putIt && !answersBack && !talksAbout && !introducesQuotedSentence && !saysAfterQuote)) continue; // a capitalised `States` or `Says` is a name, not a verb
    // `the United States should formally declare war`: what someone should or must do is not what they said
    if (obligedBefore(tokens, c)) continue;
    // (`and, I'll admit, a clear idea of …`, `I'd say`: the writer's hedge, no report)
    if (c > 0 && /^i['’](ll|d)$/.test(tokens[c - 1].lower)) continue;
    // (`the backers, a small studio called Grayline Pictures`: a noun named by a participle, no cue)
    if (/^(called|named|dubbed)$/.test(t.lower) && c > 1 && c + 1 < tokens.length && tokens[c + 1].cap && !tokens[c - 1].cap && /^[a-z]{3,}$/.test(tokens[c - 1].lower) &&
      !tokens[c - 1].lower.endsWith('ly') && !TIME_UNITS.has(tokens[c - 1].lower) && !DAYS.has(tokens[c - 1].lower) &&
      (tokens[c - 1].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS | IN_CUE_FILLERS)) === 0 &&
      // (after `a`: `The release called Lane “reckless”` is a verdict)
      spaceBetween(text, tokens[c - 1], t) && (/^(a|an)$/.test(tokens[c - 2].lower) || (c > 2 && /^(a|an)$/.test(tokens[c - 3].lower) && !tokens[c - 2].cap))) continue;
    // (`said crews received calls but could not respond until the winds fell`: a cue's word that goes on to when, not to what, is the
    // clause's own verb)
    if (c + 1 < tokens.length && /^(until|till|unless|within)$/.test(tokens[c + 1].lower) && spaceBetween(text, t, tokens[c + 1]) && !inQuote[c]) continue;
    // (`a fence and warning signs`, `fired a shot without warning`: the noun, no participle)
    if (t.lower === 'warning' && ((c > 0 && (tokens[c - 1].lower === 'without' || tokens[c - 1].lower === 'no')) || (c + 1 < tokens.length && WARNED_THINGS.has(tokens[c + 1].lower)))) continue;
    // (`the officer in charge of the unit`: an idiom, no cue)
    if (t.lower === 'charge' && c > 0 && tokens[c - 1].lower === 'in') continue;
    // (`while denying them overtime`, `denied him bail`: to deny someone something is to withhold it, not to say so)
    if (DENY_FORMS.has(t.lower) && c + 2 < tokens.length && /^(them|him|her|us|me|you)$/.test(tokens[c + 1].lower) && !tokens[c + 2].cap &&
      (tokens[c + 2].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_CLAUSE_VERBS)) === 0 && tokens[c + 2].lower !== 'that') continue;
    // (`closer than the polls showed`, `higher than analysts had predicted`: a comparison, not a statement)
    if (comparedBefore(text, tokens, c, sentenceStart[c])) continue;
    // `a court ruling that upheld`, `The ruling said`: the noun; `…, ruling 7-2 that` is the court's act
    if (t.lower === 'ruling' && (c === 0 || !hasComma(text, tokens[c - 1].end, t.start))) continue;
    // (`state Sen. Raymond Kibbe`, `state officials`: `state` before a title, a name or people says whose)
    // (`a wide victory in Washington state on Saturday`: after a place's name, the noun)
    if (t.lower === 'state' && c > 0 && tokens[c - 1].cap && spaceBetween(text, tokens[c - 1], t)) continue;
    // (`a onetime secretary of state who …`, `the heads of state`: after `of`, the noun)
    if ((t.lower === 'state' || t.lower === 'states') && c > 0 && tokens[c - 1].lower === 'of') continue;
    if (t.lower === 'state' && c + 1 < tokens.length && (tokens[c + 1].cap || (tokens[c + 1].lists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) !== 0)) continue;
    // `Rust Belt states that have suffered`: the noun, with a relative clause
    if (t.lower === 'states' && c + 2 < tokens.length && /^(that|which|where)$/.test(tokens[c + 1].lower) && /^(have|are|were|had|do|did)$/.test(tokens[c + 2].lower)) continue;
    // (`the first two states to vote`, `all 50 states`: after a number or a quantifier, the noun)
    // (`its member states provided`, `the Gulf states, which …`: after a word of which states, or a region's name after a determiner)
    if (t.lower === 'states' && c > 0 && (/^\d/.test(tokens[c - 1].lower) || STATE_COUNTS.has(tokens[c - 1].lower) ||
      (c > 1 && tokens[c - 1].cap && (tokens[c - 2].lists & IN_DETERMINERS) !== 0 && !tokens[c - 2].cap && spaceBetween(text, tokens[c - 1], t)))) continue;
    // (`emergency filings by states that want …`, `a flood of reports`: after a preposition, the noun)
    if (c > 0 && t.lower.endsWith('s') && NOUN_PREPOSITIONS.has(tokens[c - 1].lower)) continue;
    // (`had been making calls to lawmakers`, `fielded reports`: the object of a verb that takes a noun)
    // (`received expert reports`: past a word modifying the noun)
    if (c > 0 && t.lower.endsWith('s') && (NOUN_TAKING_VERBS.has(tokens[c - 1].lower) ||
      (c > 1 && NOUN_TAKING_VERBS.has(tokens[c - 2].lower) && !tokens[c - 1].cap && (tokens[c - 1].lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS)) === 0 && spaceBetween(text, tokens[c - 1], t)))) continue;
    // `in a Facebook post`, `his latest tweet`: after an article or a possessive, a verb's form is a noun
    // (`the Times reports`: after `the` a name is the subject)
    // (`Okafor, a Liberal, said`: a comma closes the noun phrase)
    if (c > 0 && spaceBetween(text, tokens[c - 1], t) && (NOUN_MARKERS.has(tokens[c - 1].lower) ||
      (c > 1 && NOUN_MARKERS.has(tokens[c - 2].lower) && spaceBetween(text, tokens[c - 2], tokens[c - 1]) &&
        // (`the turning point`, `the talking points`: an -ing word before `point` modifies the noun; `The ruling said` is a verb)
        (tokens[c - 1].cap ? tokens[c - 2].lower !== 'the' : NOUN_ADJECTIVES.has(tokens[c - 1].lower) || ((t.lower === 'point' || t.lower === 'points') && /^[a-z]{3,}ing$/.test(tokens[c - 1].lower)))))) continue;
    // (`His border claim falls …`, `The trustees' most recent report projects …`: a cue's plain form that is also a noun, after singular
    // words an article or a possessive leads, heads their noun phrase; a verb would need its `-s`)
    if (NOUN_FORMS_OF_CUES.has(t.lower) && !t.lower.endsWith('s') && !t.lower.endsWith('ing') && nounAfterSingularWords(text, tokens, c)) continue;
    // (`the most delegate-rich state`, `a hard-hitting report`: a hyphenated adjective before a cue's form that is also a noun)
    if (c > 0 && NOUN_FORMS_OF_CUES.has(t.lower) && /^[a-z]+-[a-z]+$/.test(tokens[c - 1].lower) && !/(er|or|ist|ant|ent)$/.test(tokens[c - 1].lower) && spaceBetween(text, tokens[c - 1], t)) continue;
    // (`prepare talking points`, `a selling point`: an -ing word before `point` makes the noun, with or without an article)
    if ((t.lower === 'point' || t.lower === 'points') && c > 0 && /^[a-z]{3,}ing$/.test(tokens[c - 1].lower) && spaceBetween(text, tokens[c - 1], t)) continue;
    // (`The newspaper took note of …`: `note` after taking or making it is the noun)
    if ((t.lower === 'note' || t.lower === 'notes') && c > 0 && /^(take|takes|took|taking|taken|make|makes|made|making)$/.test(tokens[c - 1].lower)) continue;
    // (`to spend time and money defending states`, `making calls`: a cue's -s form right after a verb in -ing is its object, the noun)
    if (c > 0 && NOUN_FORMS_OF_CUES.has(t.lower) && t.lower.endsWith('s') && !tokens[c - 1].cap && /^[a-z]{3,}ing$/.test(tokens[c - 1].lower) && (tokens[c - 1].lists & IN_SPEECH_VERBS) === 0 &&
      spaceBetween(text, tokens[c - 1], t) && !inQuote[c - 1]) continue;
    // (`despite Democratic calls for her to bow out`: after a party or nationality, `calls` is the noun)
    if (t.lower === 'calls' && c > 0 && (tokens[c - 1].lists & IN_NATIONALITIES) !== 0) continue;
    // `if he continues to lose ground`: going on doing something, not going on speaking
    if (t.lower.startsWith('continu') && c + 1 < tokens.length && tokens[c + 1].lower === 'to') continue;
    // (`to see the next president continue his policies`: going on with something is no speaking; a cue goes on to a quote,
    // a colon, a comma or `that`)
    if (t.lower.startsWith('continu') && c + 1 < tokens.length && !tokens[c + 1].cap && !inQuote[c + 1] && tokens[c + 1].lower !== 'that' &&
      spaceBetween(text, t, tokens[c + 1]) && (tokens[c + 1].lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) !== 0) continue;
    // (`who asked not to be named`, `who requested anonymity`: a source's terms, no statement)
    if (/^(asked|asks|requested|requests)$/.test(t.lower) && c + 4 < tokens.length && tokens[c + 1].lower === 'not' && tokens[c + 2].lower === 'to' &&
      /^(be|have)$/.test(tokens[c + 3].lower)) continue;
    // (`the commission believed him`: to believe someone is to trust them, no clause; `believed him to be` still reports, and `believe me, …`
    // stays the aside it is)
    if (/^believ/.test(t.lower) && c + 1 < tokens.length && /^(him|her|them|me|us|you)$/.test(tokens[c + 1].lower) &&
      !(c + 2 < tokens.length && (tokens[c + 2].lower === 'to' || hasComma(text, tokens[c + 1].end, tokens[c + 2].start)))) continue;
    // (`It's worth noting that …`: the writer's aside)
    if (c > 0 && tokens[c - 1].lower === 'worth') continue;
    // (`the women will tell stories about “firsts”`: telling stories or jokes is no statement of theirs)
    if (TELLING.has(t.lower) && toldStories(tokens, c)) continue;
    // (`Member states said`, `The United States says`: a plural's `-s` before a verb of saying is the noun of its subject)
    if (t.lower.endsWith('s') && c + 1 < tokens.length && !tokens[c + 1].cap && (tokens[c + 1].lists & IN_SPEECH_VERBS) !== 0 && /^(said|says|say|told|added|warned|argued)$/.test(tokens[c + 1].lower) &&
      spaceBetween(text, t, tokens[c + 1])) continue;
    // `would plead not guilty`, `pleaded guilty`: a plea in court, not a statement
    if (t.lower.startsWith('plead') && c + 1 < tokens.length && /^(guilty|not|no|innocent)$/.test(tokens[c + 1].lower)) continue;
    const floor = sentenceStart[c];
    const ceil = sentenceEnd[c] + 1;
    // (`Putin was quoted as saying by RIA that …`, `The minister was quoted by Interfax as saying …`: the one quoted speaks)
    const quoted = t.lower === 'saying' ? quotedAsSaying(text, tokens, c, floor, inQuote) : null;
    if (quoted) { frames.push(quoted); continue; }
    let frame = subjectBefore(text, tokens, c, floor, inQuote);
    // (`acknowledged that the launch was late but said …`: words ending in a conjunction are no subject; the cue is joined to the one before)
    if (frame && frame.phrase.kind === 'description' && c > 0 && (tokens[c - 1].lower === 'but' || tokens[c - 1].lower === 'and') && frame.phrase.end === tokens[c - 1].end) frame = null;
    // `The last man to mount a third-party race says`: the subject runs from the sentence's start over its infinitive
    if ((!frame || (frame.speakerFirst && frame.first > floor)) && (tokens[floor].lists & IN_DETERMINERS) !== 0 && c - floor <= 16) {
      const opening = infinitivalSubject(text, tokens, floor, c);
      if (opening) frame = { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: opening, first: floor, last: c, speakerFirst: true, according: false, weak: false, participle: false };
    }
    // `The coast of X, in Y, was also hit, said Jane Doe`: a name after the cue outweighs a lone word guessed before an appositive comma
    if (frame && frame.weak) frame = invertedName(text, tokens, c, ceil, inQuote) ?? frame;
    // (`A news report published Wednesday said`: a document before its participle phrase speaks as it shows)
    // (`released Tuesday by the state Division`: never a verb right after a determiner)
    frame ??= infinitiveFrame(text, tokens, c, floor, inQuote) ?? (c > 0 && (tokens[c - 1].lists & IN_DETERMINERS) !== 0 ? null : documentBeforeParticiple(text, tokens, c, floor)) ?? subjectAfter(text, tokens, c, ceil, inQuote) ?? coordinated(text, tokens, c, floor, frames, inQuote);
    // `A letter signed by 40 doctors at the hospital urges`: the words before the cue end a phrase inside the subject
    // (`An internal memo obtained by The Courier warns`: so are the words after a document's participle and `by`)
    // (the frame's first token, not a walk back from the cue: a phrase read far back must not cost its distance per cue)
    if (frame && frame.speakerFirst && !frame.participle && (frame.phrase.kind === 'description' || frame.phrase.kind === 'name') && frame.first > floor) {
      let p = frame.first - 1;
      if (frame.phrase.kind === 'name' && p > floor && tokens[p].lower === 'the') p--;
      if (p > floor && (frame.phrase.kind === 'description' ? /^(at|of|by|from|in|for|to|with)$/.test(tokens[p].lower) : tokens[p].lower === 'by')) {
        frame = documentBeforeParticiple(text, tokens, c, floor) ?? (tokens[p].lower === 'by' ? bodyBeforeParticiple(text, tokens, p, c, floor) : null) ?? frame;
      }
    }
    // `the campaign issued a statement saying …`: a document someone issues speaks for them
    // (`filed a complaint with the FEC last month alleging …`: a name a preposition governs after the document is no speaker of it)
    const governedName = !!frame && frame.speakerFirst && frame.phrase.kind === 'name' && frame.first - 1 > floor &&
      /^(with|to|against)$/.test(tokens[frame.first - (tokens[frame.first - 1].lower === 'the' ? 2 : 1)].lower);
    if ((!frame || (frame.speakerFirst && frame.phrase.kind === 'description') || governedName) && t.lower.endsWith('ing')) frame = issuerOf(text, tokens, c, floor, inQuote) ?? frame;
    // `…, with several councillors saying they needed more time`: a participle after `with` and its own subject
    if (!frame && c - 2 >= floor && t.lower.endsWith('ing')) frame = withSubjectSaying(text, tokens, c, floor);
    // `After saying the plan was dead, Lee left`, `Lee, after initially saying …, took`: a participle after a subordinator
    if (!frame && c - 1 >= floor && t.lower.endsWith('ing')) frame = subordinateParticipleFrame(text, tokens, c, floor, ceil, inQuote);
    // (`Kestrel denied that, saying the report was false`: a participle never has its speaker after it, as `said the report` may)
    // (it reports for its clause's subject: `The attorney general … is suing Trump, claiming Trump University is a fraud`)
    if (frame && !frame.speakerFirst && !frame.according && t.lower.endsWith('ing')) frame = c - 1 >= floor ? participleFrame(text, tokens, c, floor, inQuote) : null;
    // `Greaves told analysts …, adding: …`: a participle reports for the speaker of its sentence's frame
    const prev = frames[frames.length - 1];
    // (`“…,” said a spokesperson for Maple Air, adding …`: or right after an inverted frame's speaker)
    // (a subject read back past the previous frame's cue is that frame's: `X, the editor of Y, wrote …, adding`)
    // (not past a clause of another subject after that frame: `Prosecutors charged … and Mayor Ruiz fired the chief, saying …`)
    // (nor one read inside what follows an inverted frame's speaker: `said Gwen Talbot, the chief executive of Islandlink, …, adding`)
    if ((!frame || (frame.participle && !(prev && frame.phrase.start > tokens[prev.cue].end)) || (prev && frame.first <= prev.cue) ||
      (prev && !prev.speakerFirst && frame.first > prev.last && followsInverted(text, tokens, prev, c))) && t.lower.endsWith('ing') && prev && prev.first >= floor && !prev.according &&
      (prev.speakerFirst || followsInverted(text, tokens, prev, c)) && /,\s*(?:''|[”"’'])?\s*$/.test(text.slice(tokens[c - 1].end, t.start))) {
      frame = { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: prev.phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: true };
    }
    // (`That disproportionate impact suggests …`, `The move indicates …`: what an event or a fact suggests is no one's statement;
    // nor what a belief or a theory says: `a common belief says it's the result of a warming Arctic`)
    if (frame && frame.speakerFirst && frame.phrase.kind === 'description') {
      const h = phraseHead(tokens, frame, c);
      if (h >= 0 && (((t.lists & IN_EVIDENCE_VERBS) !== 0 && EVENT_NOUNS.has(tokens[h].lower)) || IDEA_NOUNS.has(tokens[h].lower))) frame = null;
    }
    // (`said Dale Fenner, 71, a retired farmer, who added …`, `Lisa Tran, a nurse who said …`: a description in apposition to
    // a name, which a relative clause on it follows, speaks as that name)
    // (`a superdelegate and Clinton supporter who has accused …`: past the clause's auxiliaries and adverbs)
    if (frame && frame.speakerFirst && frame.phrase.kind === 'description' && frame.cue > 0 && relativePronounBefore(tokens, frame.cue) === 'who') {
      const named = nameBeforeAppositive(text, tokens, frame.phrase, floor);
      if (named) frame = { ...frame, phrase: named, first: firstTokenOf(tokens, c, named.start) };
    }
    // (`A fisherman, who gave his name only as Jory, said`, `said a woman who gave her name only as Maria`: the name given)
    if (frame && frame.phrase.kind === 'description') frame = givenNameOf(text, tokens, frame) ?? frame;
    // `what the Conservatives call “illegal border crossers”`: words named in passing, not a statement of theirs
    if (frame && /^call(s|ed)?$/.test(t.lower) && inFreeRelative(tokens, frame)) frame = null;
    // (`fired at an army post overnight`, `backed by all 27 member states`: a phrase after a preposition is its object, and the word
    // after it a noun, whatever verb it could be)
    // (`with some polls indicating that …`, `to employees explaining …`: a participle after its own subject is another matter)
    if (frame && frame.speakerFirst && !frame.participle && !frame.according && frame.phrase.kind === 'description' && frame.phrase.end === tokens[c - 1].end && !t.lower.endsWith('ing')) {
      const p = firstTokenOf(tokens, c, frame.phrase.start) - 1;
      if (p >= floor && OBJECT_OF_PREPOSITION.has(tokens[p].lower) && !tokens[p].cap && spaceBetween(text, tokens[p], tokens[p + 1])) frame = null;
    }
    // (`The auditor general's report on the swap`: a word after a possessive is a noun, whatever verb it could be)
    // (`he's said` is a contraction of `has`)
    if (frame && frame.speakerFirst && !frame.participle && c > 0 && frame.phrase.end === tokens[c - 1].end && isPossessive(tokens[c - 1].lower) &&
      !CONTRACTED_PRONOUNS.has(tokens[c - 1].lower.slice(0, -2)) && isOneSpace(text, tokens[c - 1].end, t.start)) frame = null;
    if (frame) frames.push(frame);
  }
  return frames;
}

/** `who gave his name only as Jory`, `identified only as Maria`: a name given for someone described, after their description. */
// (`who gave only her first name, Rosa`, `who would give only his first name,`, `who asked to be identified only by her first name,`,
// `who gave only his call sign, Bear,`)
const NAME_GIVEN_AS = /^,?\s+(?:who\s+(?:gave|would\s+give|would\s+only\s+give)\s+(?:his|her|their|only\s+(?:his|her|their))\s+(?:(?:first\s+)?name|call\s+sign|nickname|nom\s+de\s+guerre)(?:\s+(?:only\s+)?as|,)|who\s+asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+first\s+name,?)|who\s+identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as|identified\s+only\s+as|known\s+only\s+as)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?=[,.;!?]|$|\s(?:because|since|after|when|while|for|out\s+of)\s)/u;

/**
 * The name given in a relative clause on a description that ends at tokens[j], right before the cue (`A soldier who gave only
 * his call sign, Bear, said`), with the description as its role; else null.
 */
function nameGivenBefore(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  for (let m = j - 2; m > floor && m >= j - 15; m--) {
    if (tokens[m].lower !== 'who') continue;
    const described = phraseEndingAt(text, tokens, m - 1, floor);
    if (!described || described.kind !== 'description') return null;
    const f: Frame = { cue: j + 1, cueEnd: j + 1, phrase: described, first: m, last: j + 1, speakerFirst: true, according: false, weak: false, participle: false };
    const given = givenNameOf(text, tokens, f);
    return given && given.phrase.end === tokens[j].end ? given.phrase : null;
  }
  return null;
}

/** The frame `f` speaking as the name given after its description (`A fisherman, who gave his name only as Jory, said`), or null. */
function givenNameOf(text: string, tokens: Token[], f: Frame): Frame | null {
  const m = NAME_GIVEN_AS.exec(text.slice(f.phrase.end, f.phrase.end + 80));
  if (!m) return null;
  const start = f.phrase.end + m[0].length - m[1].length;
  const role = text.slice(f.phrase.start, f.phrase.end).replace(/^(?:a|an|the|one)\s+/i, '');
  // (`Another, who gave only her first name, Rosa,`: a word counting people is no role)
  const phrase: MentionPhrase = { start, end: start + m[1].length, nameStart: start, nameEnd: start + m[1].length, role: /^(?:another|one|other)$/i.test(role) ? null : role, kind: 'name', gender: null };
  return { ...f, phrase };
}

/** `Dale Fenner, 71, a retired farmer`: the name a description (`phrase`, after `a`, `an` or `the`) stands in apposition to, if any. */
function nameBeforeAppositive(text: string, tokens: Token[], phrase: MentionPhrase, floor: number): MentionPhrase | null {
  let d = tokenAtOrAfter(tokens, phrase.start);
  // (`Bob Mulholland, a California superdelegate and Clinton supporter who …`: the second of two descriptions joined by `and`)
  if (d - 3 >= floor && tokens[d - 1].lower === 'and') {
    for (let m = d - 3; m >= floor && m >= d - 6; m--) if (/^(a|an|the)$/.test(tokens[m].lower)) { d = m; break; }
  }
  if (d - 2 < floor || !/^(a|an|the)$/.test(tokens[d].lower) || text.slice(tokens[d - 1].end, tokens[d].start) !== ', ') return null;
  let m = d - 1;
  // (an age between: `Dale Fenner, 71, a retired farmer`)
  if (/^\d+$/.test(tokens[m].lower) && m - 1 >= floor && text.slice(tokens[m - 1].end, tokens[m].start) === ', ') m--;
  const named = phraseEndingAt(text, tokens, m, floor);
  return named && named.kind === 'name' && hasJsSpaceIn(text, named.nameStart, named.nameEnd) ? named : null;
}

/**
 * Whether a frame's speaker opens a free relative (`what the Conservatives call …`, `what students reported`, `what the
 * commission described as “…”`): its cue reports no clause, though words quoted in it are the speaker's.
 */
export function inFreeRelative(tokens: Token[], f: Frame): boolean {
  if (!f.speakerFirst) return false;
  const w = f.first - (f.first > 0 && tokens[f.first - 1].lower === 'the' ? 2 : 1);
  return w >= 0 && tokens[w].lower === 'what';
}

/**
 * `people familiar with the matter`, `a source close to the board`, `officials with knowledge of the talks`: the
 * index of the speaker noun whose closeness to the phrase ending at tokens[j] the words describe, or -1.
 */
function sourceCloseTo(tokens: Token[], j: number, floor: number): number {
  for (let m = j - 1; m >= floor + 1 && m >= j - 5; m--) {
    const w = tokens[m].lower, before = tokens[m - 1].lower;
    let head = -1;
    if ((w === 'with' && before === 'familiar') || (w === 'to' && before === 'close') || (w === 'on' && before === 'briefed') || (w === 'in' && before === 'involved')) head = m - 2;
    else if (w === 'of' && before === 'knowledge' && m - 2 >= floor && tokens[m - 2].lower === 'with') head = m - 3;
    if (head >= floor && (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0) return head;
    if (head >= 0) return -1;
  }
  return -1;
}

/** `A Gallup poll released Tuesday found …`: a document named before a participle phrase saying when or by whom it was made. */
function documentBeforeParticiple(text: string, tokens: Token[], c: number, floor: number): Frame | null {
  for (let d = c - 2; d >= floor && d >= c - 10; d--) {
    if ((tokens[d].lists & IN_DOCUMENT_NOUNS) === 0 || !/^(released|published|conducted|issued|commissioned|obtained|seen|made|signed|sent|written|filed|submitted|posted|left|shared|circulated|distributed|delivered|attached|from|by)$/.test(tokens[d + 1].lower)) continue;
    for (let m = d + 1; m < c; m++) if (!spaceBetween(text, tokens[m - 1], tokens[m])) return null;
    const phrase = phraseEndingAt(text, tokens, d, floor);
    if (!phrase || phrase.kind !== 'description') return null;
    // (`a study by the Institute found` opens its clause: `in the wake of polls by Quinnipiac that showed` is no subject)
    // (`Yet a 2022 report by the auditors found`: after a conjunction opening the sentence too)
    const opening = phrase.start === tokens[floor].start || (floor + 1 < c && phrase.start === tokens[floor + 1].start && /^(yet|but|and|so|still)$/.test(tokens[floor].lower));
    if (tokens[d + 1].lower === 'by' && !opening && !/,\s*$/.test(text.slice(Math.max(0, phrase.start - 3), phrase.start))) return null;
    // (`A statement issued by the White House said`, `A release sent to media from UFCW Local 832 said`: its author speaks through it;
    // `A memo obtained by the Times` names who has it, not who wrote it; `figures from the agency show` what the figures show)
    const author = (tokens[d + 1].lower === 'from' || tokens[d + 1].lower === 'by' || AUTHORING_PARTICIPLES.has(tokens[d + 1].lower)) && (tokens[c].lists & IN_EVIDENCE_VERBS) === 0 ? authorIn(text, tokens, d + 1, c) : null;
    // (`A 2023 study by the Urban Institute found`: what a study shows, it shows with its author's name; `figures from the agency show`
    // stay the figures, which the agency may only have passed on)
    // (`A poll from Suffolk University found`: a poll or a study from a body is its own, as one by it is)
    const madeBy = tokens[d + 1].lower === 'by' || (tokens[d + 1].lower === 'from' && madeFrom(tokens, d));
    const whose = !author && madeBy && (tokens[c].lists & IN_EVIDENCE_VERBS) !== 0 && namedFrom(tokens, d + 2, c);
    return { cue: c, cueEnd: c, phrase: author ?? (whose ? phraseOver(phrase, phrase.start, tokens[c - 1].end, tokens[c - 1].end) : phrase), first: firstTokenOf(tokens, c, phrase.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
  }
  return null;
}

/** Documents of figures that a body may only pass on (`figures from the agency show …`): what they show is theirs. */
const PASSED_ON_DOCUMENTS = new Set(['data', 'figures', 'numbers', 'statistics', 'records', 'estimates', 'projections', 'results', 'census', 'tally', 'count', 'documents', 'emails']);

/**
 * Whether the document noun tokens[d], before `from`, was made by whom `from` names: `a poll from Suffolk University`, but not
 * `figures from the agency` (passed on) or `a poll from Utah` (a place).
 */
function madeFrom(tokens: Token[], d: number): boolean {
  if (PASSED_ON_DOCUMENTS.has(tokens[d].lower) || d + 2 >= tokens.length) return false;
  const k = tokens[d + 2].lower === 'the' && d + 3 < tokens.length ? d + 3 : d + 2;
  // (a place's word alone: `USA TODAY/Suffolk University` is a body's name)
  return !(isStateWord(tokens[k].lower) || COUNTRY_WORDS.has(tokens[k].lower)) || (k + 1 < tokens.length && tokens[k + 1].cap);
}

/**
 * `A commission appointed by President George W. Bush estimated …`, `a panel named by the governor found …`: people or a body
 * named before a participle and `by` (tokens[by]) speak, not whoever appointed them.
 */
function bodyBeforeParticiple(text: string, tokens: Token[], by: number, c: number, floor: number): Frame | null {
  const d = by - 2;
  if (d < floor || ((tokens[d].lists & (IN_SPEAKER_NOUNS | IN_ORG_NOUNS | IN_GROUP_NOUNS)) === 0 && !FINDING_BODIES.has(tokens[d].lower)) || !participleAt(tokens, by - 1) ||
    !spaceBetween(text, tokens[d], tokens[by - 1]) || !spaceBetween(text, tokens[by - 1], tokens[by])) return null;
  const phrase = phraseEndingAt(text, tokens, d, floor);
  // (the phrase opens its clause: at the sentence's start, after a comma or after `that`)
  const before = phrase ? firstTokenOf(tokens, d, phrase.start) - 1 : -1;
  if (!phrase || phrase.kind !== 'description' || !(before < floor || tokens[before].lower === 'that' || hasComma(text, tokens[before].end, tokens[before + 1].start))) return null;
  return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: before + 1, last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/**
 * Where a name that lists its parts with commas (`Meteorology, Climatology and Geophysics Agency`) ends, if tokens[last] ends
 * one part and only capitalised words (and `and`, `of`, `the`, `for`) follow it to the sentence's end or a parenthesis; else -1.
 */
function nameListEnd(text: string, tokens: Token[], last: number, end: number): number {
  if (!tokens[last].cap || last + 2 > end || text.slice(tokens[last].end, tokens[last + 1].start) !== ', ') return -1;
  let joined = false;
  // (a name is a few words: never walk a long sentence)
  for (let m = last + 1; m <= end && m <= last + 12; m++) {
    const t = tokens[m];
    if (m > last + 1) {
      const gap = text.slice(tokens[m - 1].end, t.start);
      if (gap !== ' ' && gap !== ', ') return -1;
    }
    if (t.lower === 'and') { joined = true; continue; }
    if (!t.cap && !/^(of|the|for)$/.test(t.lower)) return -1;
    // (the name ends the sentence, or a parenthesis or a comma before lower-case words follows it: `…, Labour and Welfare, cases rose`)
    if (m === end || /^\s*\(/.test(text.slice(t.end, tokens[m + 1].start)) || (joined && text.slice(t.end, tokens[m + 1].start) === ', ' && !tokens[m + 1].cap)) return joined && t.cap ? m : -1;
  }
  return -1;
}

/** The author a participle phrase tokens[p, c) names after `by` or `from` (`issued by the White House`), if the phrase ends there. */
function authorIn(text: string, tokens: Token[], p: number, c: number): MentionPhrase | null {
  for (let m = p; m + 1 < c; m++) {
    if (tokens[m].lower !== 'by' && tokens[m].lower !== 'from') continue;
    // the author runs to the cue, but for the time words before it (`from UFCW Local 832 late Friday said`)
    let e = c - 1;
    while (e > m + 1 && WHEN_WORDS.has(tokens[e].lower)) e--;
    // (a number closes a name: `UFCW Local 832`)
    const numbered = e > m + 2 && /^\d+$/.test(tokens[e].lower) && tokens[e - 1].cap;
    let author = phraseEndingAt(text, tokens, numbered ? e - 1 : e, m + 1);
    if (!author || (author.kind !== 'name' && author.kind !== 'description') || (tokens[numbered ? e - 1 : e].lists & IN_DOCUMENT_NOUNS) !== 0) return null;
    if (numbered) author = phraseOver(author, author.start, tokens[e].end, author.kind === 'name' ? tokens[e].end : author.nameEnd);
    // (the author opens right after `by`, or after lower-case words that describe it: `by the state Division of Labor`)
    const opens = firstTokenOf(tokens, e, author.start);
    for (let k = m + 1; k < opens; k++) if (tokens[k].cap || (tokens[k].lists & IN_PHRASE_STOPS) !== 0 || opens - m > 4) return null;
    return opens === m + 1 ? author : phraseOver(author, tokens[m + 1].start, author.end, author.nameEnd);
  }
  return null;
}

/**
 * `Traeger said …, and added …`, `Trudeau called it “false” and in a response said …`: a cue
 * without a subject of its own shares the subject of the sentence's previous frame.
 */
function coordinated(text: string, tokens: Token[], c: number, floor: number, frames: Frame[], inQuote: number[]): Frame | null {
  let prev = frames[frames.length - 1];
  // (`The centre says Canadians reported losing $500 million, and estimates that …`: a cue joined by `and` agrees in tense with
  // its own subject's cue, past a frame of the clause between them)
  const tense = tenseOf(tokens[c].lower);
  if (prev && tense && tenseOf(tokens[prev.cue].lower) !== tense) {
    // (a few frames back at most: a sentence of many cues stays linear)
    for (let fi = frames.length - 2; fi >= 0 && fi >= frames.length - 8 && frames[fi].first >= floor; fi--) {
      if (frames[fi].speakerFirst && !frames[fi].according && tenseOf(tokens[frames[fi].cue].lower) === tense) { prev = frames[fi]; break; }
    }
  }
  // (`but there were no reports of injuries`: after a determiner the cue's word is a noun)
  if (c - 1 >= floor && !tokens[c - 1].cap && ((tokens[c - 1].lists & IN_DETERMINERS) !== 0 || /^(no|any|every)$/.test(tokens[c - 1].lower))) return null;
  if (!prev || !prev.speakerFirst || prev.first < floor || prev.according) return openingSubjectOf(text, tokens, c, floor, inQuote);
  let k = c - 1;
  // (`called the findings “compelling” but said …`: `but` joins a second cue as `and` does)
  while (k > prev.cue && k > c - 8 && tokens[k].lower !== 'and' && tokens[k].lower !== 'but') k--;
  if (k <= prev.cue || (tokens[k].lower !== 'and' && tokens[k].lower !== 'but')) return null;
  // (`paid “millions and millions” to tell …`: an `and` inside a quotation joins no cue; `to gauge their support and to remind them`: an
  // infinitive joined to another that is no cue is no second act of the subject's; `to call for a ceasefire and to urge …` is)
  if (inQuote[k] || (k + 1 < c && tokens[k + 1].lower === 'to' && !(prev.cue > 0 && tokens[prev.cue - 1].lower === 'to'))) return null;
  // (`Premier Ada Lowe acknowledged some farmers had criticised the warnings, and said …`: after a comma, not the subject of a clause
  // the frame before reports, right after its cue, but that frame's)
  if (frames.length >= 2 && hasComma(text, tokens[k - 1].end, tokens[k].start)) {
    const outer = frames[frames.length - 2];
    if (outer !== prev && outer.speakerFirst && !outer.according && outer.first >= floor && outer.cueEnd < prev.first && prev.first <= outer.cueEnd + 2 &&
      (prev.first === outer.cueEnd + 1 || tokens[outer.cueEnd + 1].lower === 'that')) prev = outer;
  }
  // (`said that the trial was small and that larger studies were needed to confirm …`: a clause of its own, not a second cue)
  // (the cue's own auxiliaries stand right before it: `and has said`, `but would not say`)
  // (`and could be added elsewhere`, `and shouldn't be asked to police them`: nor a passive, which says nothing of the subject's, but for
  // what someone `was told`, which is heard; `and because video calls often freeze`: nor a clause a subordinator opens)
  for (let m = k + 1; m < c; m++) if (tokens[m].lower === 'that' || (m < c - 2 && (tokens[m].lists & IN_AUXILIARIES) !== 0) || ((tokens[m].lists & IN_BE_FORMS) !== 0 && !TELLING.has(tokens[c].lower)) || (m === k + 1 && SUBORDINATORS.has(tokens[m].lower))) return null;
  // (`close stores in Leeds and Hull, claiming …`: a name after `and` ends a list the clause holds; the cue is no second one)
  if (k + 1 < c && tokens[k + 1].cap && !DAYS.has(tokens[k + 1].lower) && !inQuote[k + 1]) return null;
  // (`in severance and other charges`: a word describing it makes the cue's word a noun; `and continued health coverage`: so does a noun after it)
  if (c === k + 2 && tokens[c].lower.endsWith('s') && !tokens[k + 1].cap && (tokens[k + 1].lists & (IN_CUE_FILLERS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) === 0 && !tokens[k + 1].lower.endsWith('ly')) return null;
  if (c + 2 < tokens.length && tokens[c].lower.endsWith('ed') && !OBJECT_VERBS.has(tokens[c].lower) && !DIRECTIVE_VERBS.has(tokens[c].lower) && !tokens[c + 1].cap && (tokens[c + 1].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES)) === 0 &&
    tokens[c + 1].lower !== 'that' && !OBJECT_OF_PREPOSITION.has(tokens[c + 1].lower) && !/^(to|for|up|out|back)$/.test(tokens[c + 1].lower) && spaceBetween(text, tokens[c], tokens[c + 1]) && (tokens[c + 2].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) === 0 &&
    !tokens[c + 2].cap && spaceBetween(text, tokens[c + 1], tokens[c + 2]) && !tokens[c + 1].lower.endsWith('ly')) return null;
  // (`said Ottawa was working with the provinces and would announce new measures`: a modal after `and` past a clause the previous cue
  // reports goes on with that clause, whose subject it shares)
  if (tokens[k].lower === 'and' && k === c - 2 && MODALS.has(tokens[c - 1].lower) && k - prev.cueEnd > 3 && (tokens[prev.cue].lists & IN_SPEECH_VERBS) !== 0) return null;
  return { cue: c, cueEnd: c, phrase: prev.phrase, first: k, last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/** Whether a cue is in the present with -s (`says`, `estimates`), or in the past (`said`, `reported`); null if neither shows. */
function tenseOf(lower: string): 'present' | 'past' | null {
  if (lower.endsWith('ed') || IRREGULAR_PASTS.has(lower) || PAST_CUES.has(lower)) return 'past';
  return lower.endsWith('s') && !lower.endsWith('ss') ? 'present' : null;
}

/** Cues in the past that end in neither -ed nor are listed among the irregular pasts. */
const PAST_CUES = new Set(['said', 'told', 'wrote', 'spoke', 'thought', 'knew', 'felt', 'found', 'made', 'swore', 'saw']);

/** `business groups and the Opposition said`: people described, then `and` and a body's name, speak together as one group. */
function peopleJoinedWithName(text: string, tokens: Token[], phrase: MentionPhrase, floor: number): MentionPhrase | null {
  let a = tokenAtOrAfter(tokens, phrase.start);
  if (a - 1 >= floor && tokens[a - 1].lower === 'the') a--;
  if (a - 2 < floor || tokens[a - 1].lower !== 'and' || !spaceBetween(text, tokens[a - 1], tokens[a]) || !spaceBetween(text, tokens[a - 2], tokens[a - 1])) return null;
  const people = tokens[a - 2];
  if ((people.cap && a - 2 !== floor) || (people.lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS)) === 0 || !/[^s]s$/.test(people.lower)) return null;
  const first = phraseEndingAt(text, tokens, a - 2, floor);
  if (!first || first.kind !== 'description') return null;
  return { start: first.start, end: phrase.end, nameStart: first.start, nameEnd: phrase.end, role: null, kind: 'description', gender: null };
}

/** Cues no passive before `and` can govern: what they report is said by someone, never of them (`was asked and replied`). */
const ACTIVE_ONLY_CUES = new Set(['said', 'says', 'added', 'adds', 'replied', 'replies', 'responded', 'responds', 'answered', 'insisted', 'explained', 'countered', 'conceded', 'acknowledged', 'admitted', 'stated']);

/**
 * `Her lawyers are preparing a motion and have alleged that …`, `Ann Lee laughed and told him, “…”`: a cue
 * right after `and` with no subject of its own reports for the subject opening the sentence.
 */
function openingSubjectOf(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  let k = c - 1;
  while (k > floor && (tokens[k].lists & IN_CUE_FILLERS) !== 0 && spaceBetween(text, tokens[k], tokens[k + 1])) k--;
  if (k <= floor || (tokens[k].lower !== 'and' && tokens[k].lower !== 'but')) return null;
  // (`said the zones have worked well and could be added elsewhere`: a passive after `and` reports nothing of the subject's)
  for (let m = k + 1; m < c; m++) if ((tokens[m].lists & IN_BE_FORMS) !== 0) return null;
  let s = floor;
  if (/^(and|but|yet|so)$/.test(tokens[s].lower) && spaceBetween(text, tokens[s], tokens[s + 1])) s++;
  // `First though, Onyeka interrupted …`: an opening adverbial ends at its comma
  const w = tokens[s].lower;
  // (`The GMB union, which …,`: not a determiner, which opens the subject itself)
  if (((tokens[s].lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) !== 0 && (tokens[s].lists & IN_DETERMINERS) === 0) || /^(first|second|third|next|last|however)$/.test(w)) {
    for (let m = s; m < s + 4 && m + 1 < k; m++) if (/^\s*,\s*$/.test(text.slice(tokens[m].end, tokens[m + 1].start))) { s = m + 1; break; }
  }
  // one clause joined by `and`: near, and with no colon, semicolon or dash between
  // (but for semicolons listing the subject's acts: `Trump questioned …; blamed Obama …; bemoaned … and said …`)
  // (`at 6:15 p.m.`: not a colon between digits)
  if (s >= k || k - s > 60 || /(?<!\d):|:(?!\d)|[\u2014\u2013]/.test(text.slice(tokens[s].end, tokens[k].start))) return null;
  // (`Ruiz won; Reyes lost and said …`: a semicolon before a clause of its own opens it)
  for (let m = s + 1; m < k; m++) if (text.slice(tokens[m - 1].end, tokens[m].start).includes(';') && (tokens[m].cap || !/ed$/.test(tokens[m].lower))) s = m;
  // `Cable had been diagnosed with cancer and told he had …`: a passive before `and` governs the cue too
  // (`declined to be interviewed but said …`: not an infinitive's passive)
  // (`was asked about it and said, “…”`: not a cue no one is the object of)
  if (!ACTIVE_ONLY_CUES.has(tokens[c].lower)) {
    for (let m = s; m + 1 < k; m++) if ((tokens[m].lists & IN_BE_FORMS) !== 0 && BE_PASSIVE.has(tokens[m].lower) && /ed$/.test(tokens[m + 1].lower) && !(m > s && tokens[m - 1].lower === 'to')) return null;
  }
  // (`Facing mounting criticism, Mr. Trump released …, but insisting …`: an opening participle phrase is no subject)
  let phrase = opensWithAdverbial(tokens, s) && tokens[s].lower.endsWith('ing') ? subjectAfterOpeningPhrase(text, tokens, s, k, inQuote) : subjectOpening(text, tokens, s, k);
  if (!phrase) return null;
  // (`The production's director, Ivo van Hove, declined … but said …`: the name in apposition to the description)
  if (phrase.kind === 'description' && text.startsWith(', ', phrase.end)) {
    const n = tokenAtOrAfter(tokens, phrase.end);
    const named = n < k && tokens[n].cap ? phraseStartingAt(text, tokens, n, k) : null;
    if (named && named.kind === 'name' && text.startsWith(', ', named.end)) phrase = named;
  }
  return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: k, last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/**
 * `Putin was quoted as saying …`, `The minister was quoted by Interfax as saying …`: the frame of `saying` at tokens[c] whose
 * speaker is the subject of `was quoted` before it (a medium may follow `quoted`), or null.
 */
function quotedAsSaying(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  if (c - 3 < floor || tokens[c - 1].lower !== 'as') return null;
  let q = c - 2;
  // (`quoted by the RIA news agency as saying`: past who quoted them)
  if (tokens[q].lower !== 'quoted') {
    while (q > floor && q > c - 9 && tokens[q].lower !== 'quoted' && tokens[q].lower !== 'by' && spaceBetween(text, tokens[q], tokens[q + 1])) q--;
    if (tokens[q].lower !== 'by' || q - 1 <= floor || tokens[q - 1].lower !== 'quoted') return null;
    q--;
  }
  const be = q - 1;
  if (be - 1 < floor || (tokens[be].lists & IN_BE_FORMS) === 0 || inQuote[be - 1]) return null;
  const phrase = phraseEndingAt(text, tokens, be - 1, floor);
  if (!phrase || phrase.kind === 'names') return null;
  return { cue: c, cueEnd: c, phrase, first: firstTokenOf(tokens, c, phrase.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/** `said a spokesperson for Maple Air, adding`: the participle follows the inverted frame's speaker, set off by one comma. */
function followsInverted(text: string, tokens: Token[], prev: Frame, c: number): boolean {
  if (prev.speakerFirst || prev.last >= c || c - prev.last > 25) return false;
  // (`said Gwen Talbot, the chief executive of Islandlink, who took over in May, adding`: past an appositive and a relative
  // clause on the speaker, each set off by commas)
  let chunks = 0;
  for (let m = prev.last + 1; m < c; m++) {
    if (spaceBetween(text, tokens[m - 1], tokens[m])) {
      if (chunks > 0 && (tokens[m].lists & IN_SPEECH_VERBS) !== 0) return false;
      continue;
    }
    if (!gapOnly(text, tokens[m - 1], tokens[m], ',') || ++chunks > 2) return false;
    const w = tokens[m].lower;
    if ((tokens[m].lists & IN_DETERMINERS) === 0 && w !== 'who' && w !== 'whose' && !/^\d+$/.test(w)) return false;
  }
  return chunks > 0 || c - prev.last <= 6;
}

/** The subject before an aside between dashes that ends at tokens[j] (`Okafor — who chairs the board — said`). */
function subjectBeforeDash(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  for (let k = j - 1; k >= floor && k > j - 25; k--) {
    if (isDash(text, tokens[k].end, tokens[k + 1].start)) {
      // `the former candidate -- John McCain, who lost in 2008 -- said`: a name opening the aside names the description
      let e = k + 1;
      while (e + 1 <= j && e < k + 5 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
      const named = tokens[k + 1].cap && (e === j || gapOnly(text, tokens[e], tokens[e + 1], ',')) ? phraseEndingAt(text, tokens, e, k + 1) : null;
      if (named && named.kind === 'name' && named.start === tokens[k + 1].start && hasJsSpaceIn(text, named.nameStart, named.nameEnd)) return named;
      // (`Many speakers at the service — including … — said`: the speakers, not the place they were)
      let p = phraseEndingAt(text, tokens, k, floor) ?? peopleSomewhere(text, tokens, k, floor) ?? peopleOf(text, tokens, k, floor);
      if (p && (p.kind === 'name' || p.kind === 'description')) p = headOf(text, tokens, p, floor, p.kind === 'name');
      return p && (p.kind === 'name' || p.kind === 'description') && p.start === tokens[firstTokenOf(tokens, k, p.start)].start &&
        (p.start === tokens[floor].start || /,\s*$/.test(text.slice(tokens[firstTokenOf(tokens, k, p.start) - 1]?.end ?? 0, p.start))) ? p : null;
    }
    if (!spaceBetween(text, tokens[k], tokens[k + 1]) && !gapOnly(text, tokens[k], tokens[k + 1], ',')) return null;
  }
  return null;
}

/** Whether tokens[first..last] hold a title or a person's noun in lower case right before `of` (`chief of`, `head of`). */
function holdsTitleBeforeOf(tokens: Token[], first: number, last: number): boolean {
  for (let m = first; m < last && m < first + 5; m++) {
    if (tokens[m + 1].lower === 'of' && !tokens[m].cap && (tokens[m].lists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) !== 0) return true;
  }
  return false;
}

/** A lower-case word that may describe a place or a body before its name (`northwestern`, `remote`), no verb or function word. */
export function isDescribingWord(t: Token): boolean {
  return !t.cap && t.lists === 0 && /^[a-z-]{3,}$/.test(t.lower) && !/(?:ed|ing|ly)$/.test(t.lower);
}

/**
 * `The chief of a remote First Nation`, `the head of the Ontario Medical Association`: a title's holder described by the body the
 * name `p` names after `of` (and a determiner and a few words), the description opening its clause; null if none.
 */
function holderOfNamed(text: string, tokens: Token[], p: MentionPhrase, floor: number): MentionPhrase | null {
  let k = tokenAtOrAfter(tokens, p.start) - 1;
  for (let n = 0; n < 3 && k > floor && !tokens[k].cap && tokens[k].lower !== 'of' && (tokens[k].lists & (IN_PHRASE_STOPS | IN_SPEECH_VERBS | IN_AUXILIARIES)) === 0 &&
    spaceBetween(text, tokens[k], tokens[k + 1]); n++) k--;
  if (k - 2 < floor || tokens[k].lower !== 'of' || !spaceBetween(text, tokens[k], tokens[k + 1])) return null;
  const head = tokens[k - 1];
  if (head.cap || (head.lists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) === 0 || !spaceBetween(text, head, tokens[k])) return null;
  let d = k - 2;
  while (d > floor && d > k - 5 && (tokens[d].lists & IN_DETERMINERS) === 0 && !tokens[d].cap && spaceBetween(text, tokens[d], tokens[d + 1])) d--;
  if ((tokens[d].lists & IN_DETERMINERS) === 0 || !spaceBetween(text, tokens[d], tokens[d + 1]) || (d > floor && !hasComma(text, tokens[d - 1].end, tokens[d].start))) return null;
  return { start: tokens[d].start, end: p.end, nameStart: tokens[d].start, nameEnd: p.end, role: null, kind: 'description', gender: null };
}

/**
 * `A senior adviser to Mr. Holt`, `One Republican aide who works for Mr. Holt`, `A Democratic official who supports Mrs. Calloway`:
 * the description opening the clause whose object the name `p` is (`A senior adviser`); null when the name is no such object. A
 * name right after `to`, `for` or `with` is read so only before an aside (`afterPreposition`): without one, the description runs
 * over it (`A spokeswoman for Trudeau said`).
 */
function describedBeforeObject(text: string, tokens: Token[], p: MentionPhrase, floor: number, afterPreposition: boolean): MentionPhrase | null {
  const b = tokenAtOrAfter(tokens, p.start) - 1;
  if (b - 1 <= floor || !spaceBetween(text, tokens[b], tokens[b + 1])) return null;
  let head = -1;
  const w = tokens[b].lower;
  if (afterPreposition && (w === 'to' || w === 'for' || w === 'with')) {
    // (`who works for Mr. Holt`: a relative clause's verb and its preposition)
    head = b - 2 > floor && isRelativeVerb(tokens, b - 1) && /^(who|that)$/.test(tokens[b - 2].lower) ? b - 3 : b - 1;
  } else if (isRelativeVerb(tokens, b) && /^(who|that)$/.test(tokens[b - 1].lower)) head = b - 2;
  if (head < floor || !spacedRun(text, tokens, head, b)) return null;
  const described = phraseEndingAt(text, tokens, head, floor);
  return described && described.kind === 'description' && described.start === tokens[floor].start && (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) !== 0 ? described : null;
}

/** Whether tokens[k] is the verb of a relative clause in the present or the past (`works`, `supports`, `advised`). */
function isRelativeVerb(tokens: Token[], k: number): boolean {
  const w = tokens[k].lower;
  return !tokens[k].cap && (tokens[k].lists & (IN_SPEECH_VERBS | IN_DETERMINERS | IN_PHRASE_STOPS)) === 0 && /^[a-z]{3,}(?:s|ed)$/.test(w);
}

/** Forms of `deny`, which withhold something when an object pronoun follows (`denying them overtime`). */
const DENY_FORMS = new Set(['deny', 'denies', 'denied', 'denying']);

/** Verbs that attribute a quote right after it (`“Not bad,” offered Ann Lee`) but elsewhere say nothing (`it offered no solutions`). */
const AFTER_QUOTE_CUES = new Set(['offered', 'volunteered', 'interjected', 'ventured', 'remembered', 'emailed', 'texted', 'messaged']);

/** The gap between a quote's last word and the verb after it: its closing punctuation and mark. */
const AFTER_QUOTE_GAP = /^[,?!]\s*[”"’']{1,2}\s+$/;

/** Whether tokens[c] follows a quote's closing mark, directly or past its subject (`“…,” she offered`, `“…,” Ann Lee offered`). */
function followsQuote(text: string, tokens: Token[], inQuote: number[], c: number): boolean {
  let k = c - 1;
  // (past the subject: a pronoun, or up to three capitalised words)
  if (k >= 0 && !inQuote[k] && ((tokens[k].lists & IN_SUBJECT_PRONOUNS) !== 0 || tokens[k].cap) && spaceBetween(text, tokens[k], tokens[c])) {
    while (k > 0 && k > c - 3 && !inQuote[k - 1] && tokens[k - 1].cap && spaceBetween(text, tokens[k - 1], tokens[k])) k--;
    k--;
  }
  return k >= 0 && inQuote[k] === 1 && AFTER_QUOTE_GAP.test(text.slice(tokens[k].end, tokens[k + 1].start));
}

/**
 * Prepositions whose object a phrase is, never a subject (`at`, `by`, `with`): not `after` or `before`, which open clauses too, nor
 * `of`, after which people are counted (`40 percent of Clinton voters said`).
 */
const OBJECT_OF_PREPOSITION = new Set(['at', 'by', 'in', 'on', 'with', 'from', 'into', 'onto', 'over', 'under', 'about', 'against', 'through',
  'among', 'between', 'behind', 'near', 'across', 'toward', 'towards', 'upon', 'within', 'without', 'via', 'beyond', 'inside', 'outside']);

/** Words whose `'s` is `is` or `has`, not a possessive (`he's said`, `that's what`). */
const CONTRACTED_PRONOUNS = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'where', 'here', 'everyone', 'nobody', 'someone']);

/** The relative pronoun (`who`, `which`) opening the clause whose cue is tokens[c], past up to two auxiliaries or adverbs (`who has also said`); else null. */
export function relativePronounBefore(tokens: Token[], c: number): string | null {
  let m = c - 1;
  while (m > 0 && m > c - 3 && (tokens[m].lists & IN_CUE_FILLERS) !== 0 && !tokens[m].cap) m--;
  return m >= 0 && (tokens[m].lower === 'who' || tokens[m].lower === 'which') ? tokens[m].lower : null;
}

/** Adverbs set off by commas between a subject and its verb (`Proponents, however, say`). */
export const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['however', 'though', 'meanwhile', 'too', 'instead', 'also', 'likewise', 'nonetheless', 'nevertheless', 'moreover', 'separately']);
/** Two-word asides set off by commas there (`Cement makers, for instance, argue`). */
const ASIDE_PHRASES = new Set(['for instance', 'for example', 'in fact', 'of course', 'in particular', 'in general', 'by contrast', 'in contrast']);

/** The subject that ends at tokens[j], one space before the cue tokens[c] (or its fillers): a name, a description, people somewhere or of something. */
function subjectEndingAt(text: string, tokens: Token[], j: number, c: number, floor: number, inQuote: number[]): MentionPhrase | null {
  // `two people familiar with the matter said`, `a source close to the board said`
  const close = sourceCloseTo(tokens, j, floor);
  if (close >= 0) {
    const head = phraseEndingAt(text, tokens, close, floor);
    return head ? phraseOver(head, head.start, tokens[j].end, tokens[j].end) : null;
  }
  const described = describedByRelative(text, tokens, j, floor, inQuote);
  let phrase = phraseEndingAt(text, tokens, j, floor) ?? peopleSomewhere(text, tokens, j, floor) ?? peopleOf(text, tokens, j, floor) ?? described;
  // (`One fundraiser who has raised money for Vance said`, `voters interviewed after the poll said`: the people a relative clause or a
  // participle describes, not a name or a thing inside it)
  if (phrase && phrase.kind !== 'pronoun' && described && described.start < phrase.start) phrase = described;
  else if (phrase && phrase.kind === 'name') phrase = namesJoinedBefore(text, tokens, j, phrase, floor) ?? peopleJoinedWithName(text, tokens, phrase, floor) ?? describedBeforeObject(text, tokens, phrase, floor, false) ?? holderOfNamed(text, tokens, phrase, floor) ?? phrase;
  // (`Patients at Edmonton's only dedicated long-COVID clinic say`, `Customers across Ontario and Quebec say`: people opening the clause,
  // then where they are, past words the phrase read back did not reach)
  if (phrase && phrase.kind !== 'pronoun' && phrase.start > tokens[floor].start &&
    (phrase.kind === 'description' || SOMEWHERE_PREPOSITIONS.has(tokens[firstTokenOf(tokens, j, phrase.start) - 1].lower))) {
    const people = peopleBefore(text, tokens, j, floor, SOMEWHERE_PREPOSITIONS, 8);
    // (`Democrats on the committee` stay a party's members, by their name)
    if (people && people.start < phrase.start && (people.start === tokens[floor].start || (tokens[floor].lists & IN_DETERMINERS) !== 0 && people.start === tokens[floor + 1]?.start) &&
      !partyMembers(tokens[tokenAtOrAfter(tokens, people.start)])) phrase = people;
  }
  // (`Ann Lee and her husband said`, `Sanders and his aides believe`: someone named and their own people speak together)
  if (phrase && phrase.kind === 'description') phrase = nameAndTheirPeople(text, tokens, phrase, floor) ?? phrase;
  // (`A spokesperson for the health minister said`: the spokesperson, as for a name)
  if (phrase && (phrase.kind === 'name' || phrase.kind === 'description')) phrase = headOf(text, tokens, phrase, floor, phrase.kind === 'name');
  // (`a study by her department had concluded …`: a document and who made it, `by` between them, is the document)
  if (phrase && phrase.kind !== 'pronoun') phrase = documentByMaker(text, tokens, phrase, floor) ?? phrase;
  // `a trade-sensitive state`: after a singular determiner a base form (`state`, `report`) is the noun, not the verb
  // (`a research project on …`: nor a base form that reports by evidence)
  // (`A mere 9 percent say`, `A majority of members say`: a share of a group takes the plural)
  // (`A spokesman could only quip`: after a modal the base form is the verb; `A winning candidate might claim` says what may be)
  if (phrase && phrase.kind === 'description' && (phrase.end === tokens[c - 1].end || hypotheticalBefore(tokens, c, phrase.end)) && opensWithSingular(text, phrase.start, phrase.end) && !GROUP_SHARE.test(text.slice(phrase.start, phrase.end).toLowerCase()) &&
    (SPEECH_VERBS.has(tokens[c].lower + 's') || EVIDENCE_VERBS.has(tokens[c].lower + 's'))) return null;
  return phrase;
}

/** `a study by her department`, `The new report by Statistics Canada`: the document before `by` and the maker `p` after it, as one phrase; else null. */
function documentByMaker(text: string, tokens: Token[], p: MentionPhrase, floor: number): MentionPhrase | null {
  const a = firstTokenOf(tokens, tokenAtOrAfter(tokens, p.start), p.start);
  const by = a - 1;
  if (by - 2 < floor || tokens[by].lower !== 'by' || !spaceBetween(text, tokens[by], tokens[a]) || !spaceBetween(text, tokens[by - 1], tokens[by])) return null;
  const noun = tokens[by - 1];
  if (noun.cap || (noun.lists & IN_DOCUMENT_NOUNS) === 0) return null;
  let d = by - 2;
  while (d > floor && d > by - 5 && !tokens[d].cap && (tokens[d].lists & IN_DETERMINERS) === 0 && spaceBetween(text, tokens[d], tokens[d + 1])) d--;
  if ((tokens[d].lists & IN_DETERMINERS) === 0 || !spaceBetween(text, tokens[d], tokens[d + 1])) return null;
  return { start: tokens[d].start, end: p.end, nameStart: tokens[d].start, nameEnd: p.end, role: null, kind: 'description', gender: null };
}

/** Whether the words between offset `from` and the cue tokens[c] hold a modal of what may be (`might`, `could`) without `only`. */
function hypotheticalBefore(tokens: Token[], c: number, from: number): boolean {
  let modal = false;
  for (let m = c - 1; m >= 0 && tokens[m].start >= from; m--) {
    const w = tokens[m].lower;
    if (w === 'only') return false;
    if (w === 'might' || w === 'may' || w === 'could' || w === 'would' || w === 'should') modal = true;
  }
  return modal;
}

/** Whether `than` stands a few words before the cue tokens[c], with no comma between (`than the polls showed`). */
function comparedBefore(text: string, tokens: Token[], c: number, floor: number): boolean {
  for (let m = c - 1; m >= floor && m >= c - 5; m--) {
    if (tokens[m].lower === 'than') return true;
    if (hasComma(text, tokens[m].end, tokens[m + 1].start)) return false;
  }
  return false;
}

/** Whether `should`, `must` or `ought to` (and perhaps an adverb, `should formally`) comes right before the cue tokens[c]. */
function obligedBefore(tokens: Token[], c: number): boolean {
  let m = c - 1;
  if (m >= 0 && !tokens[m].cap && tokens[m].lower.endsWith('ly')) m--;
  if (m < 0) return false;
  const w = tokens[m].lower;
  return w === 'should' || w === 'must' || (w === 'to' && m > 0 && tokens[m - 1].lower === 'ought');
}

/** Whether tokens[from, to) are a name (`the Public Policy Institute of California`): capitalised words, perhaps after `the`, joined by `of`, `for` or `and`. */
function namedFrom(tokens: Token[], from: number, to: number): boolean {
  if (from < to && tokens[from].lower === 'the') from++;
  if (from >= to || !tokens[from].cap || !tokens[to - 1].cap) return false;
  for (let m = from; m < to; m++) if (!tokens[m].cap && !/^(of|for|and|on|the)$/.test(tokens[m].lower)) return false;
  return true;
}

/** Whether tokens[first..last] end in a document noun, or hold one before its author (`A study by the Urban Institute`). */
function documentHeaded(tokens: Token[], first: number, last: number): boolean {
  if ((tokens[last].lists & IN_DOCUMENT_NOUNS) !== 0) return true;
  for (let m = first; m < last; m++) {
    if ((tokens[m].lists & IN_DOCUMENT_NOUNS) !== 0 && (tokens[m + 1].lower === 'by' || (tokens[m + 1].lower === 'from' && madeFrom(tokens, m)))) return true;
  }
  return false;
}

/** Whether the speaker of frame `f` (for the cue tokens[c]) is a body that makes findings: a court, a judge, a panel, an inquiry. */
export function findingBody(tokens: Token[], f: Frame, c: number): boolean {
  const h = phraseHead(tokens, f, c);
  if ((h >= 0 && FINDING_BODIES.has(tokens[h].lower)) || (f.phrase.kind === 'name' && !!f.phrase.role && /\b(judge|justice)$/i.test(f.phrase.role))) return true;
  // (`Economist Ann Lee found that …`, `the political scientists Andrew Gelman and David Rothschild found that …`: people named
  // after a title whose work is finding things out)
  if (f.phrase.kind !== 'name' && f.phrase.kind !== 'names') return false;
  const first = tokenAtOrAfter(tokens, f.phrase.start);
  // (the title may stand right before the phrase, `the political scientists`, or open it, `Economists Ann Lee and Bob Ray`)
  for (let m = Math.max(0, first - 2); m < tokens.length && tokens[m].start < f.phrase.nameEnd && m < first + 4; m++) {
    const w = tokens[m].lower;
    if (FINDING_BODIES.has(w) || FINDING_BODIES.has(w + 's')) return true;
  }
  return false;
}

/** The index of the last word of frame `f`'s speaker phrase (its head), looked for back from its cue tokens[c]; -1 if none ends it. */
function phraseHead(tokens: Token[], f: Frame, c: number): number {
  let h = c - 1;
  while (h > 0 && tokens[h].end > f.phrase.end) h--;
  return h >= 0 && tokens[h].end === f.phrase.end ? h : -1;
}

/** Numbers and quantifiers before `states` the noun (`two states`, `both states`). */
const STATE_COUNTS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'both', 'all', 'many', 'several', 'some',
  'most', 'other', 'those', 'these', 'few', 'swing', 'battleground', 'early', 'key', 'red', 'blue', 'southern', 'northern', 'western', 'eastern',
  'democratic', 'republican', 'democratic-leaning', 'republican-leaning', 'member', 'island', 'coastal', 'neighbouring', 'neighboring', 'border',
  'frontline', 'front-line', 'small', 'large', 'poorer', 'richer', 'wealthy', 'poor', 'rich', 'sovereign', 'arab', 'baltic', 'gulf', 'nordic']);

/** Prepositions after which a cue's -s form is a noun (`by states`, `of reports`, `despite claims`). */
const NOUN_PREPOSITIONS = new Set(['by', 'of', 'for', 'from', 'in', 'on', 'with', 'about', 'among', 'between', 'into', 'against', 'despite', 'amid',
  'without', 'under', 'over', 'after', 'before', 'through', 'during', 'toward', 'towards', 'via']);

/** Verbs whose object a cue's -s form right after them is, as a noun (`making calls`, `fielded reports`, `took notes`). */
const NOUN_TAKING_VERBS = new Set(['make', 'makes', 'made', 'making', 'receive', 'receives', 'received', 'receiving', 'return', 'returned', 'returning',
  'take', 'takes', 'took', 'taking', 'place', 'placed', 'placing', 'field', 'fielded', 'fielding', 'file', 'filed', 'filing']);

/** People a singling infinitive may follow, besides the speaker nouns and titles (`the first woman to lead …`). */
const SINGLED_PEOPLE = new Set(['man', 'woman', 'men', 'women', 'candidate', 'player', 'american', 'person']);

/**
 * `The last man to mount a serious third-party race says …`, `The only senator to vote against the bill said …`: a
 * subject singled out by an infinitive after it, opening at tokens[s] (a determiner), with no mark up to the cue tokens[c]:
 * the phrase up to its head (`The last man`); null when the sentence does not open so.
 */
function infinitivalSubject(text: string, tokens: Token[], s: number, c: number): MentionPhrase | null {
  let singled = false, h = s + 1;
  for (; h < c - 2 && h <= s + 4; h++) {
    const t = tokens[h];
    if (t.cap || !spaceBetween(text, tokens[h - 1], t)) return null;
    if (SINGLING_WORDS.has(t.lower)) { singled = true; continue; }
    if (((t.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_TITLE_WORDS)) !== 0 || SINGLED_PEOPLE.has(t.lower)) && tokens[h + 1].lower === 'to') break;
  }
  if (!singled || h >= c - 2 || tokens[h + 1].lower !== 'to') return null;
  for (let m = h + 1; m < c; m++) if (!spaceBetween(text, tokens[m], tokens[m + 1])) return null;
  // (the speaker is the phrase up to its head: what the infinitive says of them is no part of their name)
  const start = tokens[s].start, end = tokens[h].end;
  return { start, end, nameStart: start, nameEnd: end, role: null, kind: 'description', gender: null };
}

/** Verbs by which a report passes on someone's words (`quoted a local official as saying`). */
const QUOTING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing']);

/**
 * `The mayor went on to say that …`, `The Pope used his message to urge …`, `She took to social media to say …`: a cue
 * in an infinitive after an act done in order to speak reports for the subject opening the sentence. (`wants to
 * say`, `is expected to announce`, `declined to say` report nothing yet: their verbs govern no such act.)
 */
function infinitiveFrame(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  if (c - 2 < floor || !spaceBetween(text, tokens[c - 1], tokens[c])) return null;
  // `Okafor was quoted as saying …`: the subject is quoted
  if (tokens[c - 1].lower === 'as' && /^(quoted|cited)$/.test(tokens[c - 2].lower) && c - 3 >= floor) {
    let s = floor;
    if (/^(and|but|yet|so)$/.test(tokens[s].lower) && s + 1 < c - 2) s++;
    const phrase = subjectOpening(text, tokens, s, c - 2);
    return phrase && phrase.start === tokens[s].start ? { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: false } : null;
  }
  // `NHK quoted a local official as saying …`, `Tass cited Foreign Minister Ivan Petrov as saying …`: whom it quotes said it
  if (tokens[c - 1].lower === 'as' && c - 3 >= floor) {
    for (let q = c - 3; q >= floor && q >= c - 10; q--) {
      if (!spaceBetween(text, tokens[q], tokens[q + 1])) break;
      if (!QUOTING_VERBS.has(tokens[q].lower)) continue;
      const phrase = phraseEndingAt(text, tokens, c - 2, q + 1);
      return phrase && phrase.start === tokens[q + 1].start && phrase.kind !== 'pronoun'
        ? { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: false } : null;
    }
  }
  if (tokens[c - 1].lower !== 'to') return null;
  // (`had not yet decided whether to ask the Crown to appeal`: what someone may yet do is no act of speaking)
  if (c - 2 >= floor && /^(whether|how|when|if)$/.test(tokens[c - 2].lower)) return null;
  for (let g = c - 2; g > floor && g >= c - 10; g--) {
    if (!spaceBetween(text, tokens[g], tokens[g + 1]) && g + 1 < c - 1) {
      // `took to X, Y and Z to say`: commas may list places; any other mark ends the search
      if (!/^,\s$/.test(text.slice(tokens[g].end, tokens[g + 1].start))) return null;
    }
    if (!INFINITIVE_GOVERNORS.has(tokens[g].lower) || tokens[g].cap) continue;
    let s = floor;
    if (/^(and|but|yet|so)$/.test(tokens[s].lower) && s + 1 < g) s++;
    // the governor's subject, read as a cue's would be (`Club captain Ben Adeyemi took`, `The Transport Secretary, Owen Price, went`)
    const before = subjectBefore(text, tokens, g, s, inQuote);
    // (`so subdued that Mr. Trump was prompted to say`: the passive's subject, right before `was`, in a clause of its own)
    const passive = g - 2 > s && (tokens[g - 1].lower === 'was' || tokens[g - 1].lower === 'were') && spaceBetween(text, tokens[g - 2], tokens[g - 1]) ? phraseEndingAt(text, tokens, g - 2, s) : null;
    if (passive && passive.kind !== 'description' && opensClauseOfItsOwn(tokens[firstTokenOf(tokens, g - 2, passive.start) - 1].lower)) {
      return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: passive, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: false };
    }
    // (`The Slate technology columnist David Auerbach went so far as to say`: words before a role and a name, one noun phrase
    // with them, may be no part of the speaker's phrase)
    const opening = !!before && !before.weak && (before.first === s || ((tokens[s].lists & IN_DETERMINERS) !== 0 && before.first <= s + 4 && spacedRun(text, tokens, s, before.first)));
    const phrase = opening ? before!.phrase : subjectOpening(text, tokens, s, g);
    if (!phrase || (phrase.start !== tokens[s].start && !(opening && phrase === before!.phrase))) return null;
    return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: false };
  }
  return null;
}

/** `He voiced his anger on Twitter, writing …`, `The mayor dismissed those fears, saying …`: a participle reports for the sentence's subject. */
function participleSubject(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): MentionPhrase | null {
  if (!tokens[c].lower.endsWith('ing') || inQuote[floor]) return null;
  const joined = subjectOfJoinedClause(text, tokens, c, floor, inQuote);
  if (joined) return joined;
  const s = tokens[floor];
  if ((s.lists & IN_SUBJECT_PRONOUNS) !== 0) return phraseEndingAt(text, tokens, floor, floor);
  // `Continuing to explain his view, Dana Ruiz rejected …, saying`, `At an event in Ames, Iowa, on Sunday, Mrs. Clinton tried …, saying`:
  // the words of an opening phrase are not the subject; the clause after its comma has one
  if (opensWithAdverbial(tokens, floor)) {
    const main = subjectAfterOpeningPhrase(text, tokens, floor, c, inQuote);
    if (main) return main;
  }
  if (!s.cap) return null;
  let e = floor;
  while (e + 1 < c && e < floor + 6 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
  // (`Pop star Lena Vale has cancelled …, saying …`: a role word between capitalised words leads to the name)
  // (`White House press secretary Jillian Moreau … telling`: or two)
  const roleWords = e + 3 < c && !tokens[e + 1].cap && !tokens[e + 2].cap && (tokens[e + 2].lists & IN_TITLE_WORDS) !== 0 && tokens[e + 3].cap &&
    spaceBetween(text, tokens[e + 1], tokens[e + 2]) && spaceBetween(text, tokens[e + 2], tokens[e + 3]) ? 2 : 1;
  if (e + roleWords + 1 < c && !tokens[e + 1].cap && (tokens[e + roleWords].lists & IN_TITLE_WORDS) !== 0 && tokens[e + roleWords + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1]) && spaceBetween(text, tokens[e + roleWords], tokens[e + roleWords + 1])) {
    e += roleWords + 1;
    while (e + 1 < c && e < floor + 8 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
  }
  // `Gulls fans stormed …, chanting …`: a name modifying a noun is not the subject
  const modifies = e + 1 < c && (tokens[e + 1].lists & (IN_GROUP_NOUNS | IN_SPEAKER_NOUNS)) !== 0 && spaceBetween(text, tokens[e], tokens[e + 1]);
  const p = modifies ? null : phraseEndingAt(text, tokens, e, floor);
  return p && p.kind === 'name' ? p : subjectOpening(text, tokens, floor, c);
}

/**
 * `Prosecutors charged the officer and Mayor Ruiz fired the chief, saying …`: the named subject of a clause joined by `and` or
 * `but` (a name, then its verb) that the participle tokens[c] follows, rather than the sentence's first subject.
 */
function subjectOfJoinedClause(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): MentionPhrase | null {
  for (let m = c - 3; m > floor && m >= c - 20; m--) {
    const w = tokens[m].lower;
    // (`The council failed to pass the measure after Ostland vetoed the draft, saying …`: or a clause saying when or why, nearest the
    // participle)
    if (!/^(and|but|after|when|because|since|once)$/.test(w) || inQuote[m] || !tokens[m + 1].cap) continue;
    let e = m + 1;
    while (e + 1 < c && e < m + 5 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
    const verb = tokens[e + 1];
    if (e + 1 >= c || verb.cap || !spaceBetween(text, tokens[e], verb) || !(/^[a-z]{3,}ed$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower))) return null;
    const p = phraseEndingAt(text, tokens, e, m + 1);
    return p && p.kind === 'name' && p.start === tokens[m + 1].start ? p : null;
  }
  return null;
}

/** Verbs by which someone puts out a document or makes a remark (`issued a statement saying …`, `is making a pitch to voters saying …`). */
const ISSUING_VERBS = new Set(['issued', 'issues', 'issuing', 'released', 'releases', 'releasing', 'posted', 'posts', 'posting', 'published', 'publishes',
  'sent', 'sends', 'sending', 'wrote', 'writes', 'writing', 'filed', 'files', 'tweeted', 'delivered', 'delivers', 'delivering', 'made', 'makes', 'making',
  'gave', 'gives', 'giving', 'provided', 'provides', 'providing', 'out']);

/** Whether tokens[d] names something issued or said: a document, a remark or a medium (`statement`, `pitch`, `video`). */
function isIssuedNoun(t: Token): boolean {
  return !t.cap && ((t.lists & IN_DOCUMENT_NOUNS) !== 0 || REMARK_NOUNS.has(t.lower) || MEDIUM_NOUNS.has(t.lower) || t.lower === 'pitch');
}

/**
 * `The campaign issued a statement saying …`, `… released a statement Wednesday evening, saying …`, `Cruz is making a pitch to
 * New York voters saying …`: the frame of the participle tokens[c] after a document or remark, spoken by whoever issued or made it.
 */
function issuerOf(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  // back over when it was issued (`Wednesday`, `on Tuesday night`) and a comma
  let d = c - 1;
  if (d < floor + 2) return null;
  while (d > floor + 2 && d >= c - 4 && (DAYS.has(tokens[d].lower) || /^(on|morning|afternoon|evening|night|late|early)$/.test(tokens[d].lower))) d--;
  // (`sent a letter this week urging …`)
  if (!isIssuedNoun(tokens[d])) d = beforeTimePhrase(text, tokens, d, floor);
  // (`a pitch to New York voters`: and back over to whom; `a complaint with the FEC last month`: or with whom or against whom)
  if (!isIssuedNoun(tokens[d])) {
    let m = d;
    while (m > floor + 2 && m >= d - 5 && !/^(to|with|against)$/.test(tokens[m].lower)) m--;
    if (!/^(to|with|against)$/.test(tokens[m].lower) || m === d) return null;
    d = m - 1;
  }
  if (d < floor + 2 || !isIssuedNoun(tokens[d])) return null;
  for (let m = d + 1; m < c; m++) if (!spaceBetween(text, tokens[m - 1], tokens[m]) && !gapOnly(text, tokens[m - 1], tokens[m], ',')) return null;
  const issuer = issuerOfDocument(text, tokens, d, floor, inQuote);
  return issuer && { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: issuer.phrase, first: issuer.first, last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/**
 * `The campaign issued a statement`, `Rubio’s campaign sent out a press release`: the frame of whoever issued or made
 * the document or remark tokens[d] (its cue the verb of issuing), or null when no such verb and subject come before it.
 */
export function issuerOfDocument(text: string, tokens: Token[], d: number, floor: number, inQuote: number[]): Frame | null {
  if (d < floor + 2) return null;
  // (`a statement`, `a brief statement`, `its own statement`)
  let v = d - 1;
  while (v > floor && v >= d - 3 && !ISSUING_VERBS.has(tokens[v].lower) && !tokens[v].cap && (tokens[v].lists & IN_SPEECH_VERBS) === 0) v--;
  if (!ISSUING_VERBS.has(tokens[v].lower) || (tokens[v + 1].lists & IN_DETERMINERS) === 0) return null;
  for (let m = v + 1; m <= d; m++) if (!spaceBetween(text, tokens[m - 1], tokens[m]) && !gapOnly(text, tokens[m - 1], tokens[m], ',')) return null;
  // (`put out a statement`, `sent out a press release`, `is making a pitch`)
  let verb = tokens[v].lower === 'out' ? (OUT_ISSUING_VERBS.has(tokens[v - 1].lower) ? v - 1 : -1) : v;
  if (verb - 1 < floor || (verb !== v && !spaceBetween(text, tokens[verb], tokens[v]))) return null;
  if (tokens[verb].lower.endsWith('ing') && (tokens[verb - 1].lists & IN_BE_FORMS) !== 0) verb--;
  const issuer = subjectBefore(text, tokens, verb, floor, inQuote);
  if (!issuer || (issuer.phrase.kind === 'description' && (tokens[lastTokenOf(tokens, issuer.first, issuer.phrase.end)].lists & IN_DOCUMENT_NOUNS) !== 0)) return null;
  return issuer;
}

/** Adjectives between an article and a noun a verb's form can be (`his latest post`); only ones that are never nouns (`the official said`, `the brief says`). */
const NOUN_ADJECTIVES = new Set(['latest', 'recent', 'own', 'earlier', 'previous', 'joint', 'lengthy', 'final', 'same', 'entire', 'whole', 'current']);

/** Words opening a subordinate clause inside a sentence (`as` is left out: `as well`, `such as`). */
const CLAUSE_SUBORDINATORS = new Set(['after', 'when', 'because', 'since', 'while', 'although', 'though', 'until', 'before', 'once', 'unless', 'whereas']);

/**
 * `an interview his brother Alastair Osman gave to ITV`, `a letter the mayor sent to residents`: the maker named after the
 * document `p` (read from tokens[s]) in a relative clause without `that`, when a verb of making follows the maker.
 */
function makerInContactClause(text: string, tokens: Token[], s: number, p: MentionPhrase, end: number): MentionPhrase | null {
  // (the maker read already, past the document: a verb of making follows it)
  if (p.kind === 'name' && p.start > tokens[s].start) {
    const v = lastTokenOf(tokens, s, p.end) + 1;
    return v <= end && MAKING_VERBS.has(tokens[v].lower) && spaceBetween(text, tokens[v - 1], tokens[v]) ? p : null;
  }
  if (p.kind !== 'description') return null;
  const n = lastTokenOf(tokens, s, p.end);
  if (n + 2 > end || ((tokens[n].lists & IN_DOCUMENT_NOUNS) === 0 && !MEDIUM_NOUNS.has(tokens[n].lower)) || !spaceBetween(text, tokens[n], tokens[n + 1])) return null;
  const maker = phraseStartingAt(text, tokens, n + 1, end + 1);
  if (!maker || maker.kind === 'description' && (tokens[n + 1].lists & IN_DETERMINERS) === 0 && !/^(his|her|their)$/.test(tokens[n + 1].lower)) return null;
  const v = lastTokenOf(tokens, n + 1, maker.end) + 1;
  return v <= end && MAKING_VERBS.has(tokens[v].lower) && spaceBetween(text, tokens[v - 1], tokens[v]) ? maker : null;
}

/** Whether stories, jokes or tales follow the cue tokens[c] (`tell stories about`, `told a joke`). */
function toldStories(tokens: Token[], c: number): boolean {
  let k = c + 1;
  if (k < tokens.length && /^(a|the|their|his|her|its|our|some|many|funny|old)$/.test(tokens[k].lower)) k++;
  return k < tokens.length && /^(stor(y|ies)|jokes?|tales?|lies|anecdotes?)$/.test(tokens[k].lower);
}

/** `Riefian “Ifan” Fajarsyah`: the name `p` (ending at tokens[j]) read back over a nickname of one or two words in quotation marks. */
function overNickname(text: string, tokens: Token[], p: MentionPhrase, j: number, floor: number): MentionPhrase | null {
  const a = firstTokenOf(tokens, j, p.start);
  // (the nickname's one or two words, read by the marks around them)
  if (a - 2 < floor || !tokens[a - 1].cap || !/^[”"’']{1,2} $/.test(text.slice(tokens[a - 1].end, tokens[a].start))) return null;
  let n = a - 2;
  if (!/^ [“"‘']{1,2}$/.test(text.slice(tokens[n].end, tokens[n + 1].start))) {
    if (n - 1 < floor || !spaceBetween(text, tokens[n], tokens[n + 1]) || !/^ [“"‘']{1,2}$/.test(text.slice(tokens[n - 1].end, tokens[n].start))) return null;
    n--;
  }
  if (n < floor || !isNameToken(tokens[n])) return null;
  const given = phraseEndingAt(text, tokens, n, floor);
  return given && given.kind === 'name' ? { start: given.start, end: p.end, nameStart: given.nameStart, nameEnd: p.nameEnd, role: given.role, kind: 'name', gender: null } : null;
}

/** Whether `w` opens a clause of its own inside a sentence (`so subdued that Mr. Trump was prompted to say`). */
function opensClauseOfItsOwn(w: string): boolean {
  return SUBORDINATORS.has(w) || w === 'that' || w === 'and' || w === 'but';
}

/** Whether a quotation mark, a bracket, a dash or a sentence's end stands between two tokens. */
function breakBetween(text: string, a: Token, b: Token): boolean {
  return /[“”"‘’()\u2014\u2013;:.!?]/.test(text.slice(a.end, b.start));
}

/**
 * `After saying the plan was dead, Ann Lee left`, `Ann Lee, after initially saying she would not advertise, took …`: the
 * participle tokens[c] after a subordinator (and perhaps an adverb) reports for the main clause's subject, after the
 * opening phrase or before the aside.
 */
function subordinateParticipleFrame(text: string, tokens: Token[], c: number, floor: number, ceil: number, inQuote: number[]): Frame | null {
  let o = c - 1;
  if (o > floor && !tokens[o].cap && isAsciiLy(tokens[o].lower) && spaceBetween(text, tokens[o], tokens[o + 1])) o--;
  if (!PARTICIPLE_SUBORDINATORS.has(tokens[o].lower) || !spaceBetween(text, tokens[o], tokens[o + 1])) return null;
  let phrase: MentionPhrase | null = null;
  if (o === floor) {
    // the subject after the comma closing the opening phrase
    for (let m = c + 1; m < ceil && m <= c + 40; m++) {
      if (inQuote[m]) continue;
      if (hasComma(text, tokens[m - 1].end, tokens[m].start)) { phrase = subjectOpening(text, tokens, m, ceil); break; }
      if (/[;:()\u2014\u2013]/.test(text.slice(tokens[m - 1].end, tokens[m].start))) return null;
    }
  } else if (o - 1 >= floor && gapOnly(text, tokens[o - 1], tokens[o], ',') && hasComma(text, tokens[o - 1].end, tokens[o].start)) {
    // the subject before the aside, opening the sentence
    const p = phraseEndingAt(text, tokens, o - 1, floor);
    if (p && (p.kind === 'name' || p.kind === 'description' || p.kind === 'pronoun') && p.start === tokens[floor].start) phrase = p;
  }
  return phrase && { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: true };
}

/** Whether `w` is a lower-case word in -ly (`initially`, `darkly`). */
function isAsciiLy(w: string): boolean {
  return w.length > 3 && w.endsWith('ly') && /^[a-z]+$/.test(w);
}

/** Whether the sentence at tokens[s] opens with an adverbial phrase (`Shortly after …,`, `At an event …,`, `Continuing to explain …,`) rather than its subject. */
function opensWithAdverbial(tokens: Token[], s: number): boolean {
  const t = tokens[s];
  if (!t.cap || s + 1 >= tokens.length || (t.lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS)) !== 0) return false;
  if ((t.lists & (IN_NOT_NAME_WORDS | IN_SENTENCE_OPENERS)) !== 0) return true;
  const next = tokens[s + 1];
  // (`Shortly after the vote`, `Separately,`: an adverb; `Kelly told` is a name)
  if (t.lower.endsWith('ly')) return !next.cap && PHRASE_PREPOSITIONS.has(next.lower);
  // (`Speaking at the rally`, `Continuing to explain`: a participle phrase; `Fleming told` is a name)
  return t.lower.endsWith('ing') && !next.cap && (next.lists & (IN_SPEECH_VERBS | IN_AUXILIARIES)) === 0;
}

/** The subject of the clause after an opening phrase's comma, before the participle tokens[c]: a phrase its verb follows. */
function subjectAfterOpeningPhrase(text: string, tokens: Token[], floor: number, c: number, inQuote: number[]): MentionPhrase | null {
  for (let m = floor; m + 2 < c && m < floor + 30; m++) {
    if (!gapOnly(text, tokens[m], tokens[m + 1], ',') || spaceBetween(text, tokens[m], tokens[m + 1])) continue;
    const s = m + 1;
    const p = (tokens[s].lists & IN_SUBJECT_PRONOUNS) !== 0 ? phraseEndingAt(text, tokens, s, s) : subjectOpening(text, tokens, s, c) ?? subjectBeforeAuxiliary(text, tokens, s, c, inQuote);
    if (!p || (p.kind !== 'name' && p.kind !== 'description' && p.kind !== 'pronoun')) continue;
    // (`Trump’s Virginia state director, Mike Rubino, …`: a name after a possessive goes on into a noun phrase)
    if (p.kind === 'name' && isPossessive(tokens[s].lower)) continue;
    // (`…, Iowa, on Sunday`: a word between commas is part of the opening phrase; the subject goes straight on to its verb)
    const after = tokenAtOrAfter(tokens, p.end);
    if (after >= c || !spaceBetween(text, tokens[after - 1], tokens[after]) || tokens[after].cap) continue;
    // (`…, the campaign has been putting out fires after accusers emerged, claiming …`: a participle after a clause of
    // its own may be that clause's: no guess)
    for (let k = after; k < c; k++) if (CLAUSE_SUBORDINATORS.has(tokens[k].lower)) return null;
    return p;
  }
  return null;
}

/**
 * The subject opening the sentence at tokens[floor], before tokens[limit]: at its start, or after an opening phrase and its
 * comma (`As if addressing the mayor directly, the county board …`).
 */
export function sentenceSubject(text: string, tokens: Token[], floor: number, limit: number, inQuote: number[]): MentionPhrase | null {
  return opensWithAdverbial(tokens, floor) ? subjectAfterOpeningPhrase(text, tokens, floor, limit, inQuote) : subjectOpening(text, tokens, floor, limit);
}

/** `the families of the founders had …`: the subject from tokens[s] to an auxiliary a few words on, if it opens there. */
function subjectBeforeAuxiliary(text: string, tokens: Token[], s: number, c: number, inQuote: number[]): MentionPhrase | null {
  for (let v = s + 1; v < c && v <= s + 10; v++) {
    if (!spaceBetween(text, tokens[v - 1], tokens[v])) return null;
    if ((tokens[v].lists & IN_AUXILIARIES) === 0) continue;
    const p = subjectEndingAt(text, tokens, v - 1, v, s, inQuote);
    return p && p.start === tokens[s].start ? p : null;
  }
  return null;
}

/** Whether tokens[s] up to offset `to` are one to three lower-case words of a role (`campaign manager`), one space apart. */
function roleWordsBefore(text: string, tokens: Token[], s: number, to: number): boolean {
  let m = s;
  for (; m < tokens.length && tokens[m].start < to; m++) {
    const t = tokens[m];
    if (m >= s + 3 || t.cap || (t.lists & (IN_NOT_NAME_WORDS | IN_DETERMINERS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) !== 0 || !spaceBetween(text, t, tokens[m + 1])) return false;
  }
  return m > s && (tokens[s - 1] === undefined || (tokens[s - 1].lists & IN_DETERMINERS) === 0);
}

/** `Lee Varga, citing “the magic of Ruiz,” said …`: the subject before a participle whose quoted object, set off by commas, ends at tokens[j]. */
function subjectBeforeQuotedAside(text: string, tokens: Token[], j: number, floor: number, inQuote: number[]): MentionPhrase | null {
  let q = j;
  while (q > floor && inQuote[q - 1]) q--;
  let v = q - 1;
  // (`Lee, appearing on ABC's “This Week,” said`: a few words may come between the participle and the quoted title)
  while (v - 1 > floor && v > q - 6 && !inQuote[v] && !participleAt(tokens, v) && spaceBetween(text, tokens[v - 1], tokens[v])) v--;
  if (v - 1 < floor || inQuote[v] || tokens[v].cap || !participleAt(tokens, v) || !gapOnly(text, tokens[v - 1], tokens[v], ',') || spaceBetween(text, tokens[v - 1], tokens[v])) return null;
  const p = phraseEndingAt(text, tokens, v - 1, floor);
  return p && (p.kind === 'name' || p.kind === 'description') && p.start === tokens[floor].start ? p : null;
}

function participleFrame(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  const phrase = participleSubject(text, tokens, c, floor, inQuote);
  // the frame is the cue alone: the words between the subject and it (a quote among them) are not the attribution
  return phrase ? { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: true } : null;
}

/**
 * The noun phrase opening a clause at tokens[s], before tokens[limit]: a pronoun, or the words up to its verb
 * (an auxiliary, a verb after a name, or a verb after a determiner and its nouns: `The mayor dismissed`).
 */
function subjectOpening(text: string, tokens: Token[], s: number, limit: number): MentionPhrase | null {
  if ((tokens[s].lists & IN_SUBJECT_PRONOUNS) !== 0) return phraseEndingAt(text, tokens, s, s);
  // (`Harwick's mayor, Iain Galbraith, apologised …`: an owner's role, then the name set off by commas, then the verb)
  if (isPossessive(tokens[s].lower) && tokens[s].cap) {
    for (let n = s + 2, commas = 0; n + 1 < limit && n <= s + 10 && commas < 2; n++) {
      if (text.slice(tokens[n].end, tokens[n + 1].start) !== ', ') continue;
      commas++;
      const v = tokens[n + 1];
      if (!tokens[n].cap || v.cap || !((v.lists & IN_AUXILIARIES) !== 0 || /^[a-z]{3,}ed$/.test(v.lower) || IRREGULAR_PASTS.has(v.lower))) continue;
      return nameAfterRole(text, tokens, n, s);
    }
  }
  // `Kim, in a post on LinkedIn, thanked …`: a name set off by a comma opens the clause as its subject
  if (tokens[s].cap && (tokens[s].lists & (IN_NOT_NAME_WORDS | IN_DETERMINERS)) === 0) {
    let e = s;
    while (e + 1 < limit && e < s + 4 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
    // (`Sen. Carla Weiss (D-Del.) spent …`: a party and state in parentheses before the verb)
    if (e + 2 < limit && isPartyAndState(tokens[e + 1].lower) && text.slice(tokens[e].end, tokens[e + 1].start) === ' (' &&
      /^\.?\) $/.test(text.slice(tokens[e + 1].end, tokens[e + 2].start)) && !tokens[e + 2].cap) {
      const p = phraseEndingAt(text, tokens, e, s);
      if (p && p.kind === 'name' && p.start === tokens[s].start) return p;
    }
    if (e + 1 < limit && /^\s*,\s*$/.test(text.slice(tokens[e].end, tokens[e + 1].start))) {
      const p = phraseEndingAt(text, tokens, e, s);
      if (p && p.kind === 'name' && p.start === tokens[s].start) return p;
    }
  }
  // (`Democratic candidate Hillary Clinton, like Obama, has …`: a name after its role, set off by a comma)
  if (!tokens[s].cap || (tokens[s].lists & IN_TITLE_WORDS) !== 0 || (s + 1 < limit && (tokens[s + 1].lists & IN_TITLE_WORDS) !== 0)) {
    let e = s;
    while (e + 1 < limit && e < s + 6 && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
    if (e > s && e + 1 < limit && tokens[e].cap && /^\s*,\s*$/.test(text.slice(tokens[e].end, tokens[e + 1].start))) {
      const p = phraseEndingAt(text, tokens, e, s);
      if (p && p.kind === 'name' && p.role && p.start === tokens[s].start) return p;
    }
  }
  // `Officers with experience in war zones chafed at it and said …`: people, a phrase saying which, then the verb
  let head = s;
  while (head + 1 < limit && head < s + 4 && (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_PHRASE_STOPS)) === 0 && spaceBetween(text, tokens[head], tokens[head + 1])) head++;
  // (`A federal judge on Thursday halted …`: a phrase saying when is no part of the subject)
  if (head + 2 < limit && (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && QUALIFYING_PREPOSITIONS.has(tokens[head + 1].lower) && spaceBetween(text, tokens[head], tokens[head + 1]) &&
    !TIME_ENDS.has(tokens[head + 2].lower) && !MONTHS.has(tokens[head + 2].lower) && !/^\d/.test(tokens[head + 2].lower)) {
    for (let v = head + 3; v < limit && v <= head + 14 && spaceBetween(text, tokens[v - 1], tokens[v]); v++) {
      const w = tokens[v];
      if (w.cap || (w.lists & IN_PHRASE_STOPS) !== 0) continue;
      if ((w.lists & IN_AUXILIARIES) === 0 && !(w.lower.endsWith('ed') && (tokens[v - 1].lists & (IN_DETERMINERS | IN_PHRASE_STOPS)) === 0)) continue;
      const p = phraseEndingAt(text, tokens, head, s);
      // (`Other former CIA officers`: words before the description's own are the clause's too)
      if (p && p.kind === 'description') return phraseOver(p, tokens[s].start, tokens[v - 1].end, tokens[v - 1].end);
      // (`State Secretary for Mining Ilse Verhoeven welcomed …`: a title's words, then the name, read below)
      break;
    }
  }
  const determined = (tokens[s].lists & IN_DETERMINERS) !== 0;
  // (`The teachers' union welcomed …`: a plural possessive's mark sits between the words)
  const joined = (x: Token, y: Token) => spaceBetween(text, x, y) || (x.lower.endsWith('s') && /^['’] $/.test(text.slice(x.end, y.start)));
  for (let e = s; e + 1 < limit && e < s + 6 && joined(tokens[e], tokens[e + 1]); e++) {
    // (`A federal appeals court on Friday blocked …`: when, between the subject and its verb)
    const ni = e + 2 < limit && tokens[e + 1].lower === 'on' && DAYS.has(tokens[e + 2].lower) && e + 3 < limit && spaceBetween(text, tokens[e + 2], tokens[e + 3]) ? e + 3 : e + 1;
    const next = tokens[ni];
    const nextIsNoun = (next.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0;
    // (`Pop star Lena Vale has …`: a role word before a name is no verb after a name)
    const roleBeforeName = (next.lists & IN_TITLE_WORDS) !== 0 && e + 2 < limit && tokens[e + 2].cap && spaceBetween(text, next, tokens[e + 2]);
    const afterName = tokens[e].cap && !next.cap && !nextIsNoun && !roleBeforeName && !/['’]s$/.test(tokens[e].lower) && (tokens[e].lists & (IN_NOT_NAME_WORDS | IN_DETERMINERS)) === 0 && (next.lists & IN_NOT_NAME_WORDS) === 0;
    // `The mayor dismissed`, `Gulls fans stormed`: after a determiner or a name, a word ending in -ed or -s after a speaker noun is the verb
    // (`The justice sounded off`: a title names a person too)
    // (`The council met …`, `The district issued …`: a body's noun, and a verb in the past that ends otherwise)
    // (`The report wrongly characterized …`: past an adverb of manner before the verb)
    const verb = /^[a-z]{3,}ly$/.test(next.lower) && ni + 1 < limit && spaceBetween(text, next, tokens[ni + 1]) ? tokens[ni + 1] : next;
    const afterNoun = (determined || tokens[s].cap) && e > s && (tokens[e].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_TITLE_WORDS | IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) !== 0 &&
      (/(ed|s)$/.test(verb.lower) || IRREGULAR_PASTS.has(verb.lower)) && !verb.cap;
    if ((next.lists & IN_AUXILIARIES) !== 0 || afterName || afterNoun) {
      // (`the justice sounded off`: a title alone after a determiner describes someone)
      const p = phraseEndingAt(text, tokens, e, s) ?? (determined && e === s + 1 && (tokens[e].lists & IN_TITLE_WORDS) !== 0 && !tokens[e].cap
        ? { start: tokens[s].start, end: tokens[e].end, nameStart: tokens[s].start, nameEnd: tokens[e].end, role: null, kind: 'description', gender: null } : null);
      // (`The Federation of Canadian Municipalities welcomed …`: a name after `the`)
      // (`campaign manager Lee Varga did …`: lower-case words of a role before a name open the clause too)
      return p && (p.start === tokens[s].start || (p.kind === 'name' && (tokens[s].lower === 'the' ? s + 1 <= e && p.start === tokens[s + 1].start : roleWordsBefore(text, tokens, s, p.start)))) ? p : null;
    }
  }
  // `the promoter, Northlight Live, blamed …`: a description set off by a comma, or the name it is given
  for (let e = s + 1; determined && e + 1 < limit && e < s + 5; e++) {
    if (spaceBetween(text, tokens[e], tokens[e + 1])) continue;
    // (`The GMB union, which represents bin crews, welcomed …`: or a relative clause set off by commas, before the verb)
    if (text.slice(tokens[e].end, tokens[e + 1].start) === ', ' && (tokens[e + 1].lower === 'which' || tokens[e + 1].lower === 'who') &&
      (tokens[e].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) !== 0) {
      for (let m = e + 2; m + 1 < limit && m <= e + 16; m++) {
        if (breakBetween(text, tokens[m], tokens[m + 1])) return null;
        if (text.slice(tokens[m].end, tokens[m + 1].start) !== ', ') continue;
        const v = tokens[m + 1];
        if (v.cap || (!/^[a-z]+(ed|s)$/.test(v.lower) && (v.lists & IN_AUXILIARIES) === 0)) return null;
        const p = phraseEndingAt(text, tokens, e, s);
        return p && p.start === tokens[s].start ? p : null;
      }
      return null;
    }
    if (text.slice(tokens[e].end, tokens[e + 1].start) !== ', ' || (tokens[e].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0) return null;
    let n = e + 1;
    while (n + 1 < limit && n < e + 5 && tokens[n + 1].cap && spaceBetween(text, tokens[n], tokens[n + 1])) n++;
    if (tokens[e + 1].cap && n + 1 < limit && text.slice(tokens[n].end, tokens[n + 1].start) === ', ') {
      const named = phraseEndingAt(text, tokens, n, e + 1);
      if (named && named.kind === 'name') return named;
    }
    const p = phraseEndingAt(text, tokens, e, s);
    return p && p.start === tokens[s].start ? p : null;
  }
  return null;
}

/** Whether a colon and an opening quotation mark follow the remark noun tokens[noun] within a few words (`was simple: “…`, `to voters: “…`). */
function quoteAfterColon(text: string, tokens: Token[], noun: number): boolean {
  const from = tokens[noun].end, to = Math.min(text.length, from + 40);
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 58) return /^\s*[“"‘']/.test(text.slice(i + 1, i + 4));
    // (`Doe's response? “No.”`, `In Doe's words, “…”`: a question mark, or a comma after `words`, right after the noun)
    if ((ch === 63 || (ch === 44 && tokens[noun].lower === 'words')) && i === from) return /^\s*[“"‘']/.test(text.slice(i + 1, i + 4));
    if (ch === 46 || ch === 33 || ch === 63 || ch === 10 || ch === 0x201c || ch === 34) return false;
  }
  return false;
}

/** Verbs by which someone has or delivers a remark (`had a blunt message for the council: “…”`). */
const REMARK_HAVING_VERBS = new Set(['had', 'has', 'have', 'offered', 'offers', 'gave', 'gives', 'sent', 'sends', 'delivered', 'delivers', 'issued']);

/** `Mayor Dana Ruiz had a blunt message for the council: “…”`: the remark noun tokens[noun] someone had before a colon and a quote. */
function remarkHadBeforeColon(text: string, tokens: Token[], noun: number, floor: number, inQuote: number[]): Frame | null {
  if (tokens[noun].cap || !quoteAfterColon(text, tokens, noun)) return null;
  let d = noun - 1;
  while (d > floor && d >= noun - 3 && !/^(a|an|the|this|one)$/.test(tokens[d].lower) && !tokens[d].cap && (tokens[d].lists & IN_PHRASE_STOPS) === 0) d--;
  const v = d - 1;
  if (v <= floor || !/^(a|an|the|this|one)$/.test(tokens[d].lower) || !REMARK_HAVING_VERBS.has(tokens[v].lower)) return null;
  for (let m = v + 1; m <= noun; m++) if (!spaceBetween(text, tokens[m - 1], tokens[m])) return null;
  const subject = subjectBefore(text, tokens, v, floor, inQuote);
  return subject ? { cue: noun, cueEnd: noun, phrase: subject.phrase, first: subject.first, last: noun, speakerFirst: true, according: false, weak: false, participle: false } : null;
}

/** `Okafor’s message was simple:`, `His reply:`: the owner of a remark noun that a colon and a quotation mark follow. */
function remarkBeforeColon(text: string, tokens: Token[], c: number, floor: number): Frame | null {
  const noun = c + 1;
  if (!REMARK_NOUNS.has(tokens[noun].lower) || !spaceBetween(text, tokens[c], tokens[noun])) return null;
  // the colon comes within a few words (`was simple:`, `to voters:`), then the opening mark
  if (!quoteAfterColon(text, tokens, noun)) return null;
  const w = tokens[c].lower;
  let phrase: MentionPhrase | null;
  if (w === 'his' || w === 'her' || w === 'their') {
    phrase = { start: tokens[c].start, end: tokens[c].end, nameStart: tokens[c].start, nameEnd: tokens[c].end, role: null, kind: 'pronoun', gender: w === 'his' ? 'm' : w === 'her' ? 'f' : null };
  } else {
    // the name before the possessive mark: capitalised words a space apart
    let s = c;
    while (s - 1 >= floor && s > c - 4 && tokens[s - 1].cap && spaceBetween(text, tokens[s - 1], tokens[s]) && (tokens[s - 1].lists & IN_NOT_NAME_WORDS) === 0) s--;
    const end = tokens[c].end - 2;
    if (end <= tokens[s].start) return null;
    phrase = { start: tokens[s].start, end, nameStart: tokens[s].start, nameEnd: end, role: null, kind: 'name', gender: null };
  }
  return { cue: noun, cueEnd: noun, phrase, first: c, last: noun, speakerFirst: true, according: false, weak: false, participle: false };
}

/** Whether tokens[c] opens `summed it up` (`sums it up`). */
function summedItUp(tokens: Token[], c: number): boolean {
  return (tokens[c].lower === 'summed' || tokens[c].lower === 'sums') && c + 2 < tokens.length && tokens[c + 1].lower === 'it' && tokens[c + 2].lower === 'up';
}

function cueEndOf(tokens: Token[], c: number, text: string): number {
  // `as Okafor put it`
  if ((tokens[c].lower === 'put' || tokens[c].lower === 'puts') && c + 1 < tokens.length && tokens[c + 1].lower === 'it') return c + 1;
  if (summedItUp(tokens, c)) return c + 2;
  const e = c + 1 < tokens.length && CUE_PARTICLES.has(tokens[c + 1].lower) && spaceBetween(text, tokens[c], tokens[c + 1]) &&
    (/^(point|points|pointed|pointing|went|spoke|added|backed|summed)$/.test(tokens[c].lower) || (tokens[c + 1].lower === 'back' && BACK_CUES.has(tokens[c].lower))) ? c + 1 : c;
  // `responded by saying`, `replied by noting`: the manner of speaking belongs to the cue
  const by = tokens[e + 1], how = tokens[e + 2];
  return by && how && by.lower === 'by' && how.lower.endsWith('ing') && (how.lists & IN_SPEECH_VERBS) !== 0 &&
    spaceBetween(text, tokens[e], by) && spaceBetween(text, by, how) ? e + 2 : e;
}

/**
 * `According to Doctors Nova Scotia, the group that represents physicians, the province needs …`: an appositive naming
 * what kind of organization the source is belongs to the source. Returns the frame's new last token.
 */
function sourceAppositiveEnd(text: string, tokens: Token[], last: number, sentenceLast: number): number {
  const d = last + 1;
  if (d + 1 > sentenceLast || !hasComma(text, tokens[last].end, tokens[d].start)) return last;
  // (`according to a statement from the commissioner, Helen Voss, …`: the name of the person the source ends with)
  // (`…, according to the county clerk, Maria Gomez.`: or ending the sentence)
  if (tokens[d].cap && ((tokens[last].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) !== 0 || agentNoun(tokens[last].lower, tokens[last].lists)) && !tokens[last].cap) {
    let e = d;
    while (e + 1 <= sentenceLast && e < d + 3 && tokens[e + 1].cap && spaceBetween(text, tokens[e], tokens[e + 1])) e++;
    return e > d && (e === sentenceLast || (gapOnly(text, tokens[e], tokens[e + 1], ',') && hasComma(text, tokens[e].end, tokens[e + 1].start))) ? e : last;
  }
  if (d + 2 > sentenceLast) return last;
  // (`According to two people with knowledge of the complaint, who spoke on condition of anonymity, the …`: a relative clause on the source)
  if (tokens[d].lower === 'who' || tokens[d].lower === 'which') {
    for (let m = d + 1; m <= sentenceLast && m <= d + 16; m++) {
      if (hasComma(text, tokens[m - 1].end, tokens[m].start)) return m + 1 <= sentenceLast ? m - 1 : last;
      if (!spaceBetween(text, tokens[m - 1], tokens[m])) return last;
    }
    return last;
  }
  if (!/^(the|a|an)$/.test(tokens[d].lower)) return last;
  let head = -1;
  for (let m = d + 1; m <= d + 3 && m <= sentenceLast; m++) {
    if (!spaceBetween(text, tokens[m - 1], tokens[m])) break;
    if (SOURCE_APPOSITIVE_HEADS.has(tokens[m].lower)) { head = m; break; }
  }
  if (head < 0) return last;
  for (let m = head + 1; m <= sentenceLast && m <= head + 12; m++) {
    if (hasComma(text, tokens[m - 1].end, tokens[m].start)) return m + 1 <= sentenceLast ? m - 1 : last;
    if (!spaceBetween(text, tokens[m - 1], tokens[m])) return last;
  }
  return last;
}

/** `according to exit polls`, `according to data released Friday by state regulators`: any source up to the comma. */
function sourceNamedAfter(text: string, tokens: Token[], j: number, last: number): MentionPhrase | null {
  if (j > last) return null;
  let e = j;
  while (e + 1 <= last && e < j + 14) {
    if (!isOneSpace(text, tokens[e].end, tokens[e + 1].start)) {
      const gap = text.slice(tokens[e].end, tokens[e + 1].start);
      if (/[,;:()\u2014\u2013"“”]/.test(gap) || /\s-\s/.test(gap)) break;
    }
    e++;
  }
  // the source ends at a comma or at the end of its sentence; a longer run is a clause, not a source
  const after = text.slice(tokens[e].end, e + 1 <= last ? tokens[e + 1].start : tokens[e].end + 2);
  if (e + 1 <= last && !/[,;:(\u2014\u2013]/.test(after)) return null;
  // (`according to ouest-france.fr`: a website's address names it, in lower case or not)
  const site = e === j && WEB_ADDRESS.test(tokens[j].lower);
  if (NOT_SOURCES.has(tokens[e].lower) || (e === j && !tokens[j].cap && !/s$/.test(tokens[j].lower) && !site)) return null;
  return { start: tokens[j].start, end: tokens[e].end, nameStart: tokens[j].start, nameEnd: tokens[e].end, role: null, kind: site ? 'name' : 'description', gender: null };
}

/** What `warning` describes as a noun's modifier (`warning signs`, `warning lights`). */
const WARNED_THINGS = new Set(['sign', 'signs', 'light', 'lights', 'label', 'labels', 'letter', 'letters', 'shot', 'shots', 'bell', 'bells', 'system', 'systems',
  'siren', 'sirens', 'track', 'flag', 'flags', 'notice', 'notices', 'tape', 'triangle']);

/** `“…,” the statement read.`, `the doorman's victim impact statement reads`: the frame of a document (no sign: see printedOn) whose words are read. */
function documentReadFrame(text: string, tokens: Token[], c: number, floor: number): Frame | null {
  const k = c - 1;
  if ((tokens[k].lists & IN_DOCUMENT_NOUNS) === 0 || tokens[k].cap || !spaceBetween(text, tokens[k], tokens[c])) return null;
  const phrase = phraseEndingAt(text, tokens, k, floor);
  if (!phrase || phrase.kind !== 'description') return null;
  return { cue: c, cueEnd: c, phrase, first: firstTokenOf(tokens, k, phrase.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/** Bodies that hear evidence: `the court heard`, `the jury was told`, `the inquest has heard`. */
const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'tribunal', 'coroner', 'magistrate', 'magistrates', 'inquiry', 'hearing', 'trial', 'commission']);

/**
 * `The court heard (that) …`, `…, the court heard.`, `The jury was told …`, `A coroner has been told that …`: the frame of a body
 * hearing evidence at the cue tokens[c] (`heard`, or `told` after a form of `be`), with the body as its phrase; null for anyone else
 * (`Residents were told to leave`, `She heard the news`).
 */
function hearingFrame(text: string, tokens: Token[], c: number, floor: number): Frame | null {
  let k = c - 1;
  if (tokens[c].lower === 'told') {
    if (k < floor || (tokens[k].lists & IN_BE_FORMS) === 0 || tokens[k].lower === 'be') return null;
  }
  // (past `has`, `had`, `was` and `been`: `has been told`, `has heard`)
  while (k > floor && (tokens[k].lists & (IN_BE_FORMS | IN_AUXILIARIES)) !== 0 && spaceBetween(text, tokens[k], tokens[k + 1])) k--;
  if (k < floor || !spaceBetween(text, tokens[k], tokens[k + 1]) || !HEARING_BODIES.has(tokens[k].lower)) return null;
  const phrase = phraseEndingAt(text, tokens, k, floor);
  if (!phrase || phrase.kind === 'pronoun') return null;
  return { cue: c, cueEnd: c, phrase, first: firstTokenOf(tokens, k, phrase.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
}

/** Whether frame `f` is a body hearing evidence (see hearingFrame): what it reports has no speaker named. */
export function isHearing(tokens: Token[], f: Frame): boolean {
  const cue = tokens[f.cue].lower;
  return (cue === 'heard' || (cue === 'told' && f.cue > 0 && (tokens[f.cue - 1].lists & IN_BE_FORMS) !== 0)) && f.speakerFirst && !f.according;
}

/** Heads after `according to` that name a manner, not a source (`according to plan`). */
const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'script', 'tradition', 'custom', 'form', 'protocol', 'design', 'expectations', 'size', 'age', 'need', 'needs', 'ability', 'merit', 'rank', 'type', 'season']);

/** Whether `)` or `.)` opens text at `at` (a gap that may close a parenthesis). */
function closesParenthesis(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 41 || (c === 46 && text.charCodeAt(at + 1) === 41);
}

function lastTokenOf(tokens: Token[], from: number, end: number): number {
  let k = from;
  while (k + 1 < tokens.length && tokens[k + 1].end <= end) k++;
  return k;
}

/**
 * `Tore Sohlberg and Lehla Abreder said`, `Ana Ruiz, Tom Reid and Lena Ortiz said`: full names joined by `and` (and commas)
 * as one subject, the last of them `last` (ending at tokens[j]), speak together. Single words are left alone: `Procter
 * and Gamble` is one company.
 */
function namesJoinedBefore(text: string, tokens: Token[], j: number, last: MentionPhrase, floor: number): MentionPhrase | null {
  // (`Mr. Grassley and Mr. Leahy said`: a surname after a title or an honorific names a person as well)
  const fullName = (p: MentionPhrase | null): p is MentionPhrase => !!p && p.kind === 'name' && (hasJsSpaceIn(text, p.nameStart, p.nameEnd) || honorificBefore(tokens, p));
  if (!fullName(last)) return bodyNamedWithAnd(text, tokens, j, last, floor);
  let a = firstTokenOf(tokens, j, last.start);
  const and = a - 1;
  if (and - 1 < floor || tokens[and].lower !== 'and' || !spaceBetween(text, tokens[and], tokens[a])) return null;
  // (`Ann Smith, the mayor, and Tom Jones, the police chief, said`: past the first one's appositive)
  const firstEnd = spaceBetween(text, tokens[and - 1], tokens[and]) ? and - 1 : gapOnly(text, tokens[and - 1], tokens[and], ',') ? nameEndBeforeAppositive(text, tokens, and - 1, floor) : -1;
  if (firstEnd < floor) return null;
  let first = phraseEndingAt(text, tokens, firstEnd, floor);
  // (`Fisheries and Oceans Canada said`, `Colleges and Institutes Canada said`: one word before `and` and a body's name after it
  // ending in its country are one body's name)
  if (first && first.kind === 'name' && !first.role && firstEnd === and - 1 && first.nameStart === tokens[firstEnd].start && isNameToken(tokens[firstEnd]) &&
    COUNTRY_WORDS.has(tokens[j].lower) && !last.role && (tokens[firstEnd].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) === 0) {
    // (`Immigration, Refugees and Citizenship Canada`: and the single words listed before it)
    let f = firstEnd;
    while (f - 1 >= floor && f > firstEnd - 4 && text.slice(tokens[f - 1].end, tokens[f].start) === ', ' && isNameToken(tokens[f - 1]) &&
      (f - 1 === floor || !spaceBetween(text, tokens[f - 2], tokens[f - 1]))) f--;
    return { start: tokens[f].start, end: last.end, nameStart: tokens[f].start, nameEnd: last.nameEnd, role: null, kind: 'name', gender: null };
  }
  // (`Okonkwo and businessman Terrence Liu argued`: a surname alone opening the sentence, before a full name)
  const surnameOpening = !!first && first.kind === 'name' && firstEnd === and - 1 && first.nameStart === tokens[floor].start && firstEnd === floor &&
    (tokens[floor].lists & (IN_NOT_NAME_WORDS | IN_TITLE_WORDS | IN_SENTENCE_OPENERS)) === 0;
  if (!first || (!fullName(first) && !surnameOpening)) return null;
  a = firstTokenOf(tokens, firstEnd, first.start);
  for (let more = 0; more < 4 && a - 2 >= floor && text.slice(tokens[a - 1].end, tokens[a].start) === ', '; more++) {
    const before = phraseEndingAt(text, tokens, a - 1, floor);
    if (!fullName(before)) break;
    first = before;
    a = firstTokenOf(tokens, a - 1, before.start);
  }
  // (`a meeting with Jane Okafor and Tom Reid`: names after a preposition are no subject)
  if (a - 1 >= floor && (tokens[a - 1].lists & IN_PHRASE_STOPS) !== 0) return null;
  // (`Citizenship and Immigration Services`: an organization's noun ends one name that holds `and`;
  // `Center for Strategic and International Studies`: or opens it)
  // (`State Senate leader Phil Berger and House Speaker Tim Moore`: the words of a role before the name are not the name's)
  let organization = (tokens[j].lists & IN_ORG_NOUNS) !== 0 || ORG_WORDS.has(tokens[j].lower);
  for (let k = firstTokenOf(tokens, firstEnd, first.nameStart); !organization && k <= firstEnd; k++) organization = tokens[k].cap && ((tokens[k].lists & IN_ORG_NOUNS) !== 0 || ORG_WORDS.has(tokens[k].lower));
  const kind = organization ? 'name' : 'names';
  // (`Mr. Grassley and Mr. Leahy`, not `Grassley and Mr. Leahy`: the first's honorific when the last keeps its own)
  const nameStart = honorificBefore(tokens, first) && last.role ? first.start : first.nameStart;
  return { start: first.start, end: last.end, nameStart, nameEnd: last.nameEnd, role: null, kind, gender: null };
}

/**
 * `Ann Smith, the mayor,` (the appositive's last token tokens[j]): the last token of the name before an appositive of a few
 * words opened by `the`, `a` or an age, or -1.
 */
function nameEndBeforeAppositive(text: string, tokens: Token[], j: number, floor: number): number {
  for (let k = j - 1; k >= floor && k > j - 8; k--) {
    if (spaceBetween(text, tokens[k], tokens[k + 1])) continue;
    if (!gapOnly(text, tokens[k], tokens[k + 1], ',')) return -1;
    const w = tokens[k + 1].lower;
    return (w === 'the' || w === 'a' || w === 'an' || isAsciiDigits(w)) && tokens[k].cap ? k : -1;
  }
  return -1;
}

/**
 * `Halifax Regional Fire and Emergency said`: a single capitalised word after `and` and a name of several words that opens with
 * no given name is the end of one body's name, not a second speaker.
 */
function bodyNamedWithAnd(text: string, tokens: Token[], j: number, last: MentionPhrase, floor: number): MentionPhrase | null {
  const a = firstTokenOf(tokens, j, last.nameStart);
  if (a !== j || last.role || a - 2 < floor || tokens[a - 1].lower !== 'and' || !spaceBetween(text, tokens[a - 2], tokens[a - 1]) || !spaceBetween(text, tokens[a - 1], tokens[a]) ||
    (tokens[a].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return null;
  const first = phraseEndingAt(text, tokens, a - 2, floor);
  if (!first || first.kind !== 'name' || first.role) return null;
  if (!hasJsSpaceIn(text, first.nameStart, first.nameEnd)) return singleWordsJoined(text, tokens, a, first, last, floor);
  const f = tokenAtOrAfter(tokens, first.nameStart);
  if ((tokens[f].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0) return null;
  // (`Professors Foner and Alba`: a title in the plural before two surnames names two people)
  const w = tokens[f].lower;
  if (f + 1 === a - 2 && w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1))) {
    return { start: first.start, end: last.end, nameStart: tokens[f + 1].start, nameEnd: last.nameEnd, role: null, kind: 'names', gender: null };
  }
  return { start: first.start, end: last.end, nameStart: first.nameStart, nameEnd: last.nameEnd, role: null, kind: 'name', gender: null };
}

/**
 * `Procter and Gamble said`, `Smith and Jones said`: two single capitalised words joined by `and` (the last at tokens[a]), a company's
 * name or two people's surnames, which the registry tells apart by whom it knows (see EntityRegistry.learnNamedGroup); null for a
 * given name first (`Tom and Spencer`), people of a side (`Liberals and Conservatives`) or a name after a preposition.
 */
function singleWordsJoined(text: string, tokens: Token[], a: number, first: MentionPhrase, last: MentionPhrase, floor: number): MentionPhrase | null {
  const f = a - 2;
  if (first.nameStart !== tokens[f].start || (tokens[f].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0 || peopleOfSide(tokens[f]) || peopleOfSide(tokens[a]) ||
    tokens[f].lower.includes('.') || tokens[a].lower.includes('.')) return null;
  if (f - 1 >= floor && (tokens[f - 1].cap || (tokens[f - 1].lists & IN_PHRASE_STOPS) !== 0) && spaceBetween(text, tokens[f - 1], tokens[f])) return null;
  if (f - 1 >= floor && !spaceBetween(text, tokens[f - 1], tokens[f])) {
    // (`the National Academies of Sciences, Engineering and Medicine noted`: the last of a body's fields listed after `of`; `Tapper,
    // Bash and Blitzer` is a list of people, left alone)
    const listed = text.slice(tokens[f - 1].end, tokens[f].start) === ', ' ? phraseEndingAt(text, tokens, f - 1, floor) : null;
    if (!listed || listed.kind !== 'name' || listed.role || !/ (of|for) /.test(text.slice(listed.nameStart, listed.nameEnd))) return null;
    return { start: listed.start, end: last.end, nameStart: listed.nameStart, nameEnd: last.nameEnd, role: null, kind: 'name', gender: null };
  }
  return { start: first.start, end: last.end, nameStart: first.nameStart, nameEnd: last.nameEnd, role: null, kind: 'names', gender: null };
}

/** `Republicans`, `Liberals`, `Canadians`: people of a party, a nation or a side, no surname. */
function peopleOfSide(t: Token): boolean {
  return (t.lists & (IN_GROUP_NOUNS | IN_NATIONALITIES)) !== 0 || (t.lower.endsWith('s') && (listsOf(t.lower.slice(0, -1)) & IN_NATIONALITIES) !== 0);
}

/** Whether an honorific (`Mr.`, `Sen.`, `Dr.`) comes right before the name of phrase `p`. */
function honorificBefore(tokens: Token[], p: MentionPhrase): boolean {
  const k = tokenAtOrAfter(tokens, p.nameStart) - 1;
  return !!p.role && k >= 0 && (tokens[k].lists & IN_HONORIFICS) !== 0;
}

/** `Ann Lee and her husband`: a full name joined by `and` to a description of their own people (`phrase`, after his, her or their). */
function nameAndTheirPeople(text: string, tokens: Token[], phrase: MentionPhrase, floor: number): MentionPhrase | null {
  const d = tokenAtOrAfter(tokens, phrase.start);
  if (d - 2 < floor || !/^(his|her|their)$/.test(tokens[d].lower) || tokens[d - 1].lower !== 'and' || !spaceBetween(text, tokens[d - 2], tokens[d - 1]) || !spaceBetween(text, tokens[d - 1], tokens[d])) return null;
  const named = phraseEndingAt(text, tokens, d - 2, floor);
  if (!named || named.kind !== 'name' || !hasJsSpaceIn(text, named.nameStart, named.nameEnd)) return null;
  // (the pair opens its clause: `met Ann Lee and her husband` names no subject)
  const a = firstTokenOf(tokens, d - 2, named.start);
  if (a - 1 >= floor && !hasComma(text, tokens[a - 1].end, tokens[a].start) && !/^(and|but|so|yet|then)$/.test(tokens[a - 1].lower)) return null;
  return { start: named.start, end: phrase.end, nameStart: named.nameStart, nameEnd: phrase.end, role: null, kind: 'names', gender: null };
}

function firstTokenOf(tokens: Token[], to: number, start: number): number {
  let k = to;
  while (k - 1 >= 0 && tokens[k - 1].start >= start) k--;
  return k;
}

/**
 * `Mr. Bush bluntly suggested`, `the manager angrily denied`: an adverb of manner (in -ly) between the speaker and
 * the cue. After a determiner the word is a noun (`the elderly said`), never an adverb.
 */
function mannerAdverb(tokens: Token[], j: number, floor: number): boolean {
  const w = tokens[j].lower;
  if (w.length < 6 || !w.endsWith('ly') || NOT_MANNER_ADVERBS.has(w) || tokens[j].cap || j <= floor) return false;
  return (tokens[j - 1].lists & IN_DETERMINERS) === 0 && !/^\d/.test(tokens[j - 1].lower);
}

/**
 * The subject ending at tokens[j], right before the cue tokens[c] (or an aside before it): `Blinken`, `the White House`, `A senior
 * adviser to Mr. Sanders`, `A doctor who treated patients`; null if none, false if what ends there rules out a frame.
 */
function subjectRightBefore(text: string, tokens: Token[], j: number, c: number, floor: number, inQuote: number[]): MentionPhrase | null | false {
  let phrase = subjectEndingAt(text, tokens, j, c, floor, inQuote);
  // (`lead singer Riefian “Ifan” Fajarsyah told`: a nickname in quotation marks inside the name)
  if (phrase && phrase.kind === 'name') phrase = overNickname(text, tokens, phrase, j, floor) ?? phrase;
  // (`Mr. Weiner's treatment of women demanded`: people after `of` and a noun that is not theirs are no subject; `Most of the women said` are)
  if (phrase && phrase.kind === 'description') {
    const of = firstTokenOf(tokens, j, phrase.start) - 1;
    if (of - 1 >= floor && tokens[of].lower === 'of' && !tokens[of - 1].cap && !isQuantifier(tokens[of - 1]) && (tokens[of - 1].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS | IN_TITLE_WORDS)) === 0) return false;
  }
  // (`Sam Lau, the communications director for the Iowa Democratic Party said`: an appositive whose closing comma is missing)
  if (!phrase || phrase.kind === 'description' || (phrase.kind === 'name' && phrase.start > tokens[floor].start && !phrase.role)) phrase = nameBeforeUnclosedAppositive(text, tokens, j, floor, inQuote) ?? phrase;
  // `Trump at a rally in Ohio said`, `A senior adviser to Mr. Sanders said`: the object of a preposition is not who spoke
  let before = phrase ? firstTokenOf(tokens, j, phrase.lead ?? phrase.start) - 1 : j;
  // (`… in northwestern Ontario has declared`: past a word or two describing the place)
  if (phrase && phrase.kind === 'name') {
    let m = before;
    while (m > floor && m > before - 2 && isDescribingWord(tokens[m]) && spaceBetween(text, tokens[m], tokens[m + 1])) m--;
    if (m < before && ADVERBIAL_PREPOSITIONS.has(tokens[m].lower)) before = m;
  }
  if (before > floor && (phrase ? ADVERBIAL_PREPOSITIONS.has(tokens[before].lower) : !tokens[j].cap && (tokens[j].lists & IN_PHRASE_STOPS) === 0)) {
    const across = subjectBeforeAdverbials(text, tokens, before, c, floor, inQuote) ?? describedByRelative(text, tokens, j, floor, inQuote);
    if (across) phrase = across;
  } else if (phrase && before > floor && !tokens[before].cap && relativeBefore(text, tokens, before, floor)) {
    // (`A doctor who treated patients said`, `A colleague who met Brenner said`: the object of a relative clause's verb is no subject;
    // the people the clause describes are)
    const described = describedByRelative(text, tokens, j, floor, inQuote);
    if (described) phrase = described;
  }
  return phrase;
}

/** Forms of `be` that make a progressive with a cue's -ing form (`is insisting`). */
const PROGRESSIVE_BE = new Set(['is', 'are', 'was', 'were', 'am']);

/** `Blinken told`, `the White House said`, `Blinken, the first holder of his post, told`. */
function subjectBefore(text: string, tokens: Token[], c: number, floor: number, inQuote: number[]): Frame | null {
  let j = c - 1;
  // `responded to a mother on Wednesday by saying …`, `began by saying …`: a gerund after `by` says how the clause's subject spoke
  // (`by adding a few towns`: adding something is no speaking)
  if (j > floor && tokens[j].lower === 'by' && tokens[c].lower.endsWith('ing') && spaceBetween(text, tokens[j], tokens[c])) {
    return (tokens[c].lists & IN_CLAUSE_VERBS) !== 0 && tokens[c].lower !== 'adding' ? participleFrame(text, tokens, c, floor, inQuote) : null;
  }
  // (`Democrats blasted Trump for calling Mexican immigrants “rapists”`, `criticized Bexley for suggesting …`: the one blamed or
  // praised for saying something said it)
  if (j - 1 > floor && tokens[j].lower === 'for' && tokens[c].lower.endsWith('ing') && (tokens[c].lists & IN_SPEECH_VERBS) !== 0 && spaceBetween(text, tokens[j], tokens[c]) &&
    tokens[j - 1].cap && spaceBetween(text, tokens[j - 1], tokens[j])) {
    const named = phraseEndingAt(text, tokens, j - 1, floor);
    const v = named && named.kind === 'name' ? firstTokenOf(tokens, j - 1, named.start) - 1 : -1;
    if (named && v >= floor && !tokens[v].cap && /^[a-z]{3,}(ed|s)$/.test(tokens[v].lower) && spaceBetween(text, tokens[v], tokens[v + 1])) {
      return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: named, first: v + 1, last: c, speakerFirst: true, according: false, weak: false, participle: false };
    }
  }
  let skipped = 0;
  // (`Kosinski can be heard saying`, `is heard telling`: a recording's listener hears the subject speak)
  if (j - 1 > floor && tokens[j].lower === 'heard' && tokens[c].lower.endsWith('ing') && spaceBetween(text, tokens[j], tokens[c])) {
    let b = j - 1;
    if (/^(be|been)$/.test(tokens[b].lower) && b - 1 > floor && (MODALS.has(tokens[b - 1].lower) || /^(has|have|had)$/.test(tokens[b - 1].lower))) b--;
    else if (!/^(is|are|was|were)$/.test(tokens[b].lower)) b = -1;
    if (b > floor) j = b - 1;
  }
  // a capitalised filler is a name (`Ms. May said`), not the modal
  // (`have been saying that`: the progressive's `been`; `has since said`: `since` after an auxiliary)
  while (j >= floor && skipped < 3 && ((tokens[j].lists & IN_CUE_FILLERS) !== 0 || mannerAdverb(tokens, j, floor) ||
    (tokens[j].lower === 'been' && j === c - 1 && tokens[c].lower.endsWith('ing')) || (tokens[j].lower === 'since' && j > floor && /^(has|have|had)$/.test(tokens[j - 1].lower)) ||
    // (`kept insisting`, `continued saying`: the verb that keeps the speaking going)
    (j === c - 1 && /^(kept|keeps|continued|continues)$/.test(tokens[j].lower) && tokens[c].lower.endsWith('ing')) ||
    // (`is insisting`, `were saying`: the progressive's `be`, which before any other form of the cue makes a passive)
    (j === c - 1 && PROGRESSIVE_BE.has(tokens[j].lower) && tokens[c].lower.endsWith('ing')) ||
    // (`several times warned`, `three times said`: how often, counted)
    (tokens[j].lower === 'times' && j - 1 > floor && COUNTED_TIMES.test(tokens[j - 1].lower) && spaceBetween(text, tokens[j - 1], tokens[j]))) &&
    !tokens[j].cap && spaceBetween(text, tokens[j], tokens[j + 1])) {
    if (tokens[j].lower === 'times') j--;
    j--; skipped++;
  }
  // `The Kremlin on Wednesday denounced`, `Rempel earlier this week called`: when it was said, between the speaker and the cue
  j = beforeTimePhrase(text, tokens, j, floor);
  // `Jeb Bush in a Medium post said`, `The company in a statement said`: the medium, between the speaker and the cue
  let medium = false;
  if (j - 3 >= floor && MEDIUM_NOUNS.has(tokens[j].lower) && spaceBetween(text, tokens[j], tokens[j + 1])) {
    for (let m = j - 1; m >= floor + 1 && m >= j - 4; m--) {
      if (!spaceBetween(text, tokens[m], tokens[m + 1])) break;
      if ((tokens[m].lower === 'in' || tokens[m].lower === 'on') && m + 1 < j && MEDIUM_DETERMINERS.has(tokens[m + 1].lower)) {
        if (spaceBetween(text, tokens[m - 1], tokens[m]) && (tokens[m - 1].lists & IN_PHRASE_STOPS) === 0) { j = m - 1; medium = true; }
        break;
      }
    }
  }
  // (`The mayor in a statement Monday said`: the time may come after the medium)
  if (medium) j = beforeTimePhrase(text, tokens, j, floor);
  if (j < floor) return null;
  // `dismissed the fears as “overblown,” saying …`
  if (inQuote[j]) {
    // (a quote closed by two apostrophes too: `,'' said`)
    if (!/^[”"’']{0,2}\s*,\s*[”"’']{0,2}\s*$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) return null;
    const aside = subjectBeforeQuotedAside(text, tokens, j, floor, inQuote);
    // (`Perry, who wore a cape bearing the words, “I’m with her,” shouted, “…”`: a relative clause on the name opening the
    // sentence that ends in a quote)
    const subject = aside ?? (tokens[c].lower.endsWith('ing') ? null : nameBeforeRelativeClause(text, tokens, floor, j));
    return subject ? { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: subject, first: firstTokenOf(tokens, c, subject.start), last: c, speakerFirst: true, according: false, weak: false, participle: false }
      : participleFrame(text, tokens, c, floor, inQuote);
  }
  // `Sen. Elizabeth Warren (D-Mass.) said`: a short parenthesis between the name and the cue
  // (`29 percent (and 43 percent of Republicans) said`: or between a description and the cue)
  if (closesParenthesis(text, tokens[j].end) && /^\.?\)\s+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
    const w = wordBeforeParenthesis(text, tokens, j, floor, 6);
    if (w >= 0) {
      const named = phraseEndingAt(text, tokens, w, floor);
      if (named && (named.kind === 'name' || named.kind === 'description')) {
        const phrase = headOf(text, tokens, named, floor);
        return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first: firstTokenOf(tokens, c, phrase.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
      }
    }
    return null;
  }
  // (`funded by the Nordic Brain Foundation, which said …`: a body's name, or a body or a document described, that `which` stands for)
  if (tokens[j].lower === 'which' && j - 1 > floor && spaceBetween(text, tokens[j], tokens[j + 1]) && gapOnly(text, tokens[j - 1], tokens[j], ',')) {
    const named = phraseEndingAt(text, tokens, j - 1, floor);
    if (!named || (named.kind === 'description' ? (tokens[j - 1].lists & (IN_ORG_NOUNS | IN_DOCUMENT_NOUNS)) === 0 : named.kind !== 'name' || named.role)) return null;
    return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: named, first: firstTokenOf(tokens, j - 1, named.start), last: c, speakerFirst: true, according: false, weak: false, participle: false };
  }
  // (`voters we spoke to said`: `to` closing a relative clause without `who` blocks nothing)
  // (`A person close to her said`, `An aide to her said`: `her` after a preposition is its object, no possessive waiting for a noun)
  const objectHer = tokens[j].lower === 'her' && j - 1 >= floor && /^(to|for|of|with|near|around|behind|beside)$/.test(tokens[j - 1].lower);
  if ((tokens[j].lists & (IN_BLOCK_BEFORE_CUE | IN_BE_FORMS)) !== 0 && !objectHer && !(tokens[j].lower === 'to' && j - 2 >= floor && CONTACT_VERBS.has(tokens[j - 1].lower) && (tokens[j - 2].lists & IN_SUBJECT_PRONOUNS) !== 0)) return null;
  let phrase: MentionPhrase | null = null;
  let weak = false;
  // `veteran MPs who say …`: the speaker is the phrase the relative pronoun stands for
  if (tokens[j].lower === 'who' && j - 1 >= floor && spaceBetween(text, tokens[j], tokens[j + 1]) && gapOnly(text, tokens[j - 1], tokens[j], ',')) {
    // (`critics on the city council, who say`: the people, not the place they are in)
    // (`defended his budget against critics who say …`: without a comma, read back no further than a verb or a preposition)
    let from = floor;
    if (!tokens[j - 1].cap && spaceBetween(text, tokens[j - 1], tokens[j])) {
      from = j - 1;
      while (from > floor && from > j - 6 && spaceBetween(text, tokens[from - 1], tokens[from])) {
        // (`Canadians with degenerative diseases who contend`: people, then what they have or where they are)
        // (`both Democrats and independent voters who said`: or people joined by `and`)
        const people = from - 2 >= floor ? tokens[from - 2] : null;
        if (people && /^(with|from|in|of|across|and)$/.test(tokens[from - 1].lower) && /[^s]s$/.test(people.lower) &&
          (people.cap || (people.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0) && spaceBetween(text, people, tokens[from - 1])) { from -= 2; continue; }
        if (endsPeopleWalk(tokens[from - 1])) break;
        from--;
      }
    }
    // (`Della Fenwick, 68, of Arbury, Vermont, who said`: the person before an age and a home town, not the town)
    let named = (from === floor ? personBeforeAgeAndPlace(text, tokens, j - 1, floor) : null) ?? phraseEndingAt(text, tokens, j - 1, from);
    // (`Nora Pike, a lobbyist for the Grain Council, who said`: the holder of a post at the body, not the body)
    if (named && named.kind === 'name' && from === floor) named = postHolderBefore(text, tokens, named, floor) ?? named;
    phrase = peopleInPlaceBefore(text, tokens, j - 1, floor) ?? (named && personOfPlace(text, tokens, named, j - 1, floor)) ?? (named && describedFromPlace(text, tokens, named, floor)) ?? named;
  } else if (spaceBetween(text, tokens[j], tokens[j + 1])) {
    const read = subjectRightBefore(text, tokens, j, c, floor, inQuote);
    if (read === false) return null;
    // (`after a farmer near Wells reported …`: the one described from a place, not the place)
    phrase = read && read.kind === 'name' ? describedFromPlace(text, tokens, read, floor) ?? read : read;
  } else if (j - 1 >= floor && ASIDE_ADVERBS.has(tokens[j].lower) && text.slice(tokens[j].end, tokens[j + 1].start) === ', ' && text.slice(tokens[j - 1].end, tokens[j].start) === ', ') {
    // `Proponents of the bill, however, say`: an adverb set off by commas between the subject and the cue
    // (`One adviser to Marlow, however, said`: read as it would be without the aside)
    phrase = subjectRightBefore(text, tokens, j - 1, c, floor, inQuote) || null;
  } else if (j - 2 >= floor && ASIDE_PHRASES.has(tokens[j - 1].lower + ' ' + tokens[j].lower) && text.slice(tokens[j].end, tokens[j + 1].start) === ', ' &&
    text.slice(tokens[j - 2].end, tokens[j - 1].start) === ', ') {
    // `Cement makers, for instance, argue`: so is a two-word aside
    phrase = subjectRightBefore(text, tokens, j - 2, c, floor, inQuote) || null;
  } else if (j - 3 >= floor && tokens[j].lower === 'part' && tokens[j - 2].lower === 'for' && /^(his|her|its|their|our)$/.test(tokens[j - 1].lower) &&
    text.slice(tokens[j].end, tokens[j + 1].start) === ', ' && text.slice(tokens[j - 3].end, tokens[j - 2].start) === ', ') {
    // (`The Whitford campaign, for its part, says`)
    phrase = subjectRightBefore(text, tokens, j - 3, c, floor, inQuote) || null;
  } else if (isDash(text, tokens[j].end, tokens[j + 1].start)) {
    // `Jane Okafor — who chairs the board — said`: an aside between dashes
    phrase = subjectBeforeDash(text, tokens, j, floor);
  } else {
    // `Ruiz, a Liberal, said`: a comma before the cue closes an appositive
    // (`their allies, members of the Democratic Unionist Party (DUP), have said`: which may end in a parenthetical)
    const comma = gapOnly(text, tokens[j], tokens[j + 1], ',') ? j : beforeParenthetical(text, tokens, j, floor);
    if (comma < 0) return null;
    phrase = namedAppositive(text, tokens, comma, floor) ?? nameAfterRole(text, tokens, comma, floor) ?? namedAfterWhose(text, tokens, comma, floor);
    // (`A soldier who gave only his call sign, Bear, said`: a name given in a relative clause, though the word is no name's)
    if (!phrase && comma === j && tokens[j].cap) phrase = nameGivenBefore(text, tokens, j, floor);
    // (`Shortly after the vote, the families had mobilized, warning …`: a participle's subject follows the sentence's opening phrase)
    if (!phrase && tokens[c].lower.endsWith('ing') && opensWithAdverbial(tokens, floor)) {
      const main = subjectAfterOpeningPhrase(text, tokens, floor, c, inQuote);
      if (main) return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase: main, first: c, last: c, speakerFirst: true, according: false, weak: false, participle: true };
    }
    if (!phrase) {
      const apposition = appositionSubject(text, tokens, comma, floor, inQuote);
      if (apposition) { phrase = apposition.phrase; weak = apposition.weak; }
    }
    if (!phrase && !tokens[c].lower.endsWith('ing')) phrase = openingSubjectBeforeAside(text, tokens, comma, floor, inQuote);
    // (`will close stores in Leeds, York and Hull, claiming …`: a name a preposition governs is no subject; the clause's is)
    if (phrase && tokens[c].lower.endsWith('ing')) {
      const p = firstTokenOf(tokens, c, phrase.lead ?? phrase.start) - 1;
      if (p >= floor && STRANDED_PREPOSITIONS.has(tokens[p].lower) && spaceBetween(text, tokens[p], tokens[p + 1])) phrase = null;
    }
    if (!phrase) return participleFrame(text, tokens, c, floor, inQuote);
  }
  if (!phrase) return null;
  // (`…, the state news agency TASS reported`, `…, its governor Oleh Lytvynenko said`: words describing the name after a comma, from their
  // determiner, are the frame's too)
  if (phrase.kind === 'name' && phrase.lead === undefined) {
    let b = firstTokenOf(tokens, c, phrase.start) - 1;
    const head = b;
    while (b > floor && b > head - 4 && !tokens[b].cap && /^[a-z-]+$/.test(tokens[b].lower) && spaceBetween(text, tokens[b], tokens[b + 1]) &&
      (tokens[b].lists & (IN_DETERMINERS | IN_PHRASE_STOPS | IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) === 0) b--;
    if (b > floor && b <= head && /^(the|its|his|her|their)$/.test(tokens[b].lower) && spaceBetween(text, tokens[b], tokens[b + 1]) && hasComma(text, tokens[b - 1].end, tokens[b].start) &&
      (b === head || (tokens[head].lists & (IN_ORG_NOUNS | IN_SPEAKER_NOUNS | IN_TITLE_WORDS | IN_GROUP_NOUNS)) !== 0)) phrase = { ...phrase, lead: tokens[b].start };
  }
  // (`Park's campaign issued a statement later Tuesday saying …`: what the document issued says, its issuer says)
  if (phrase.kind === 'description' && tokens[c].lower.endsWith('ing')) {
    const d = lastTokenOf(tokens, firstTokenOf(tokens, c, phrase.start), phrase.end);
    const issuer = (tokens[d].lists & IN_DOCUMENT_NOUNS) !== 0 ? issuerOfDocument(text, tokens, d, floor, inQuote) : null;
    if (issuer) return { ...issuer, cue: c, cueEnd: cueEndOf(tokens, c, text), last: c };
  }
  const first = firstTokenOf(tokens, c, phrase.lead ?? phrase.start);
  // (`told REVOLT TV in a video posted to …`: past a medium, the speaker must open its clause)
  if (medium && first > floor && !hasComma(text, tokens[first - 1].end, tokens[first].start) && !/^(and|but|while|whereas)$/.test(tokens[first - 1].lower)) return null;
  return { cue: c, cueEnd: cueEndOf(tokens, c, text), phrase, first, last: c, speakerFirst: true, according: false, weak, participle: false };
}

/**
 * `A Democratic strategist who has advised the campaign, speaking on condition of anonymity, said`, `But the brother of another victim,
 * speaking to reporters, said`, `Tom Park himself, who endorsed her, said`, `Organizers of the effort, which calls itself …, said`: the
 * head of the subject opening the sentence (after `But` or `And`), when what follows it up to its comma says which one, and one aside
 * (a relative clause or a participle's phrase) runs from that comma to the comma at tokens[j] before the cue.
 */
function openingSubjectBeforeAside(text: string, tokens: Token[], j: number, floor: number, inQuote: number[]): MentionPhrase | null {
  let s = floor;
  if (/^(but|and|yet)$/.test(tokens[s].lower) && s + 1 < j && spaceBetween(text, tokens[s], tokens[s + 1])) s++;
  if ((tokens[s].lists & (IN_SUBJECT_PRONOUNS | IN_NOT_NAME_WORDS)) !== 0 && (tokens[s].lists & IN_DETERMINERS) === 0) return null;
  // the subject runs to the first comma, the aside from it to tokens[j]
  let q = s + 1;
  while (q <= j && q <= s + 12 && !inQuote[q] && spaceBetween(text, tokens[q - 1], tokens[q])) q++;
  if (q > j || q > s + 12 || inQuote[q] || !gapOnly(text, tokens[q - 1], tokens[q], ',')) return null;
  const opener = tokens[q].lower;
  // (a participle that reports, `…, saying …`, is no aside: `speaking` and `talking` say only to whom)
  if (!/^(who|which|whose)$/.test(opener) && !(/^[a-z]{3,}ing$/.test(opener) && ((tokens[q].lists & IN_SPEECH_VERBS) === 0 || opener === 'speaking' || opener === 'talking'))) return null;
  for (let m = q + 1; m <= j; m++) if (inQuote[m] || !spaceBetween(text, tokens[m - 1], tokens[m])) return null;
  const p = phraseStartingAt(text, tokens, s, q);
  if (!p || (p.kind !== 'name' && p.kind !== 'description') || p.start !== tokens[s].start) return null;
  // (`the brother of another victim`, `Organizers of the effort`: the people of whom, up to the comma)
  const of = tokenAtOrAfter(tokens, p.end);
  if (p.kind === 'description' && of + 1 < q && q - of <= 5 && tokens[of].lower === 'of') {
    let m = of + 1;
    while (m < q && (tokens[m].lists & (IN_AUXILIARIES | IN_SUBJECT_PRONOUNS)) === 0 && !/^(who|that|which)$/.test(tokens[m].lower)) m++;
    if (m === q) return phraseOver(p, p.start, tokens[q - 1].end, tokens[q - 1].end);
  }
  return p;
}

/**
 * The person named at the sentence's start before an appositive that runs to tokens[j] without its closing comma
 * (`Sam Lau, the communications director for the Iowa Democratic Party said`, `Sen. Kristen Gillibrand (D-NY), a supporter of
 * Hillary Clinton’s bid told`), or null. The appositive opens with `a`, `an` or `the` and holds no comma of its own.
 */
function nameBeforeUnclosedAppositive(text: string, tokens: Token[], j: number, floor: number, inQuote: number[]): MentionPhrase | null {
  for (let m = j; m > floor + 1 && m > j - 16; m--) {
    if (inQuote[m] || !spaceBetween(text, tokens[m - 1], tokens[m])) {
      if (!/^(the|a|an)$/.test(tokens[m].lower) || !hasComma(text, tokens[m - 1].end, tokens[m].start)) return null;
      // the comma after the name, or after a party and state in parentheses
      const end = /^\.?\),\s$/.test(text.slice(tokens[m - 1].end, tokens[m].start)) && m - 2 > floor && isPartyAndState(tokens[m - 1].lower) ? m - 2 : m - 1;
      if (end !== m - 1 && !/\s\($/.test(text.slice(tokens[end].end, tokens[m - 1].start))) return null;
      const p = phraseEndingAt(text, tokens, end, floor);
      if (!p || p.kind !== 'name' || !hasJsSpaceIn(text, p.nameStart, p.nameEnd)) return null;
      // (the name opens the sentence, or its clause after an opening phrase: `Friday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY), a …`)
      const first = tokenAtOrAfter(tokens, p.start);
      return first === floor || (first > floor && hasComma(text, tokens[first - 1].end, tokens[first].start)) ? p : null;
    }
  }
  return null;
}

/**
 * The subject before a chain of prepositional phrases that ends at tokens[from] (`Trump | at a rally in Ohio`,
 * `A senior adviser | to Mr. Sanders`, `Another source | speaking to Fox News`): the first phrase ending right
 * before one of the prepositions that is not itself the object of another. Null when the chain meets a clause
 * (`who`, a form of `be`), a comma, or runs past twelve words.
 */
function subjectBeforeAdverbials(text: string, tokens: Token[], from: number, c: number, floor: number, inQuote: number[]): MentionPhrase | null {
  for (let m = from; m > floor && m > from - 12; m--) {
    if (inQuote[m] || !spaceBetween(text, tokens[m], tokens[m + 1]) || (tokens[m].lists & IN_BE_FORMS) !== 0 || /^(who|that|which|and|but|or)$/.test(tokens[m].lower)) return null;
    if (!ADVERBIAL_PREPOSITIONS.has(tokens[m].lower)) continue;
    let e = m - 1;
    // (`speaking to Fox News`: a participle before the preposition)
    if (e > floor && !tokens[e].cap && tokens[e].lower.endsWith('ing') && tokens[e].lists === 0) e--;
    if (!spaceBetween(text, tokens[e], tokens[e + 1]) || (tokens[e].lists & IN_BE_FORMS) !== 0) return null;
    const phrase = subjectEndingAt(text, tokens, e, c, floor, inQuote);
    // (a person, people or a body: `the tabloid to do a cover saying`, `Israel is in danger of becoming a state` are no speakers)
    if (!phrase || phrase.end > tokens[e].end) continue;
    const first = firstTokenOf(tokens, e, phrase.lead ?? phrase.start);
    // (`The chief of a remote First Nation in …`: a holder's description names a person by its title before `of`)
    if (phrase.kind === 'description' && (tokens[e].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) === 0 && !holdsTitleBeforeOf(tokens, first, e)) continue;
    if (first > floor && ADVERBIAL_PREPOSITIONS.has(tokens[first - 1].lower)) continue;
    // the subject opens its clause (`paths for Mr. Rubio to win the nomination acknowledge` has none)
    return first === floor || hasComma(text, tokens[first - 1].end, tokens[first].start) || CLAUSE_OPENERS.has(tokens[first - 1].lower) ? phrase : null;
  }
  return null;
}

/**
 * The token before a phrase of when, ending at tokens[j], between a speaker and the cue: `on Wednesday`,
 * `Tuesday night`, `late Friday`, `earlier this week`, `last month`. Without `on`, a bare weekday follows a name or a
 * speaker noun (`The Kremlin Tuesday denounced`). j itself when there is none.
 */
function beforeTimePhrase(text: string, tokens: Token[], j: number, floor: number): number {
  if (j - 1 <= floor || !TIME_ENDS.has(tokens[j].lower)) return j;
  let k = j;
  if (k - 1 > floor && TIME_OF_DAY.has(tokens[k].lower) && DAYS.has(tokens[k - 1].lower)) k--;
  if (DAYS.has(tokens[k].lower)) {
    if (k - 1 > floor && /^(late|early|earlier|later)$/.test(tokens[k - 1].lower)) k--;
    else if (k - 1 > floor && tokens[k - 1].lower === 'on') { k--; if (k - 1 > floor && /^(late|early|earlier|later)$/.test(tokens[k - 1].lower)) k--; }
    else if (k - 1 < floor || !tokens[k].cap || !spaceBetween(text, tokens[k - 1], tokens[k]) || !(tokens[k - 1].cap || (tokens[k - 1].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_ORG_NOUNS)) !== 0)) return j;
  } else if (k === j && k - 1 > floor && TIME_UNITS.has(tokens[k].lower) && /^(this|last)$/.test(tokens[k - 1].lower)) {
    k--;
    if (k - 1 > floor && /^(earlier|later)$/.test(tokens[k - 1].lower)) k--;
  } else if (k === j && k - 2 > floor && tokens[k].lower === 'weekend' && tokens[k - 1].lower === 'the' && tokens[k - 2].lower === 'over') {
    k -= 2;
  } else return j;
  // (a comma may come before it: `Beck, who …, on Friday declared`)
  for (let m = k + 1; m <= j; m++) if (!spaceBetween(text, tokens[m - 1], tokens[m])) return j;
  return spaceBetween(text, tokens[j], tokens[j + 1]) ? k - 1 : j;
}

/** The words a phrase of when ends in (a day, a part of one, a span of time). */
const TIME_ENDS: ReadonlySet<string> = new Set([...DAYS, ...TIME_OF_DAY, ...TIME_UNITS]);

/**
 * The speaker of `a spokeswoman for Trudeau said` is the spokeswoman; of `professor Kent Moore
 * at the University of Toronto says`, Kent Moore. `phrase` is the name just before the cue.
 */
function headOf(text: string, tokens: Token[], phrase: MentionPhrase, floor: number, namedHead = true): MentionPhrase {
  let a = tokenAtOrAfter(tokens, phrase.start); // a binary search: a walk from the paragraph's end made long paragraphs quadratic
  // the rest of an organization's name: `University of Toronto`, `Bank of Canada`
  // (`Hannah Reyes of Laurentian University` is a person of one)
  while (a - 2 >= floor && tokens[a - 1].lower === 'of' && tokens[a - 2].cap && (tokens[a - 2].lists & IN_ORG_NOUNS) !== 0 && spaceBetween(text, tokens[a - 2], tokens[a - 1])) {
    a -= 2;
    while (a - 1 >= floor && tokens[a - 1].cap && spaceBetween(text, tokens[a - 1], tokens[a])) a--;
  }
  if (a - 1 >= floor && tokens[a - 1].lower === 'the') a--;
  // (`The parent of one of the players`: past `one of` to the people's head)
  if (a - 3 >= floor && tokens[a - 1].lower === 'of' && tokens[a - 2].lower === 'one' && tokens[a - 3].lower === 'of' && spaceBetween(text, tokens[a - 3], tokens[a - 2])) a -= 2;
  // (`Ray Dunmore of the group SafeHome`: what kind of body the name is stands between `the` and it)
  else if (phrase.kind === 'name' && a - 1 >= floor) a = ofBeforeNamedBody(text, tokens, a - 1, floor) + 1;
  // (`The leaders of France and Germany said`: names joined by `and` after the preposition)
  if (a - 3 >= floor && tokens[a - 1].lower === 'and' && tokens[a - 2].cap && HEAD_PREPOSITIONS.has(tokens[a - 3].lower) && spaceBetween(text, tokens[a - 2], tokens[a - 1])) a -= 2;
  if (a - 2 < floor || !HEAD_PREPOSITIONS.has(tokens[a - 1].lower) || !spaceBetween(text, tokens[a - 2], tokens[a - 1])) return phrase;
  const before = tokens[a - 2];
  // `Industry groups in Europe`, `officials in Beijing`, `Kent Moore in Toronto`: people, or a person, somewhere
  // (`The owners of a bakery in Leeds said`: a place after a noun that is no people's completes the people's phrase before it)
  if ((tokens[a - 1].lower === 'in' || tokens[a - 1].lower === 'across') && (before.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0 && !before.cap) {
    return (phrase.kind === 'name' ? peopleBefore(text, tokens, tokenAtOrAfter(tokens, phrase.end) - 1, floor, OF_PREPOSITIONS, 8) ?? someoneBefore(text, tokens, a - 2, floor, phrase) : null) ?? phrase;
  }
  if ((before.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0) {
    const head = phraseEndingAt(text, tokens, a - 2, floor);
    return head ? phraseOver(head, head.start, phrase.end, phrase.end, 'description') : phrase;
  }
  // (a name before `of the …` heads a name, not a description: `Many Out of the Cold users` is no person `Out`)
  // (before a description, only a person's name so written heads it: `Sgt. Amos Varga of the Halifax police`)
  // (`Centers for Disease Control Director Thomas Frieden`: a titled name is a person of its own, not what a name before it is of)
  if (before.cap && !(phrase.kind === 'name' && phrase.role !== null && isTitleBefore(tokens, phrase.nameStart))) {
    const head = phraseEndingAt(text, tokens, a - 2, floor);
    // (`Thomas Eklund of Grace Fellowship Church in Waterloo`: a place after a body the person is of)
    if (head && head.kind === 'name' && (namedHead || head.role !== null || (tokens[tokenAtOrAfter(tokens, head.nameStart)].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0)) {
      return tokens[a - 1].lower === 'in' && head.start < phrase.start ? headOf(text, tokens, head, floor, namedHead) : head;
    }
  }
  return phrase;
}

/**
 * `A longtime GOP operative in Iowa`, `One machinist in Toledo`: one person a determiner opening the clause introduces, by a noun
 * ending at tokens[n] that no lexicon knows, somewhere; the description over the place `phrase`, or null.
 */
function someoneBefore(text: string, tokens: Token[], n: number, floor: number, phrase: MentionPhrase): MentionPhrase | null {
  const noun = tokens[n];
  if (noun.cap || !/^[a-z][a-z-]{2,}$/.test(noun.lower) || /s$/.test(noun.lower) || (noun.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_NOT_NAME_WORDS)) !== 0) return null;
  for (let m = n - 1; m >= floor && m >= n - 4; m--) {
    if (!spaceBetween(text, tokens[m], tokens[m + 1])) return null;
    if (/^(a|an|one|another)$/.test(tokens[m].lower)) {
      // (opening its clause: `… said a man in Ohio` is the inverted frame's own affair)
      if (m !== floor && !hasComma(text, tokens[m - 1].end, tokens[m].start)) return null;
      return { start: tokens[m].start, end: phrase.end, nameStart: tokens[m].start, nameEnd: phrase.end, role: null, kind: 'description', gender: null };
    }
    if ((tokens[m].lists & (IN_PHRASE_STOPS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS)) !== 0) return null;
  }
  return null;
}

/** Whether the token right before offset `nameStart` is a title word (`Director` in `… Director Thomas Frieden`). */
function isTitleBefore(tokens: Token[], nameStart: number): boolean {
  const k = tokenAtOrAfter(tokens, nameStart) - 1;
  return k >= 0 && (tokens[k].lists & IN_TITLE_WORDS) !== 0;
}

/** The name opening the sentence at tokens[floor] when a relative clause on it (`Perry, who …`) follows and runs past tokens[j]. */
function nameBeforeRelativeClause(text: string, tokens: Token[], floor: number, j: number): MentionPhrase | null {
  let w = -1;
  for (let m = floor + 1; m < j && m <= floor + 12; m++) {
    if (tokens[m].lower === 'who' && text.slice(tokens[m - 1].end, tokens[m].start) === ', ') { w = m; break; }
  }
  if (w < 0 || w + 1 > j) return null;
  let p = phraseEndingAt(text, tokens, w - 1, floor);
  if (!p || p.kind !== 'name') return null;
  // (`Tom Pell of Augusta, who …`: the person of the place)
  p = personOfPlace(text, tokens, p, w - 1, floor) ?? p;
  const a = firstTokenOf(tokens, w - 1, p.start);
  if (a === floor) return p;
  // (`Her rival, Tom Pell, who …`: a full name in apposition to a description opening the sentence)
  if (a - 1 <= floor || text.slice(tokens[a - 1].end, tokens[a].start) !== ', ' || !hasJsSpaceIn(text, p.nameStart, p.nameEnd)) return null;
  const described = phraseEndingAt(text, tokens, a - 1, floor);
  return described && described.kind === 'description' && described.start === tokens[floor].start ? p : null;
}

/** Whether `t` may be the verb opening a relative clause after `that` (`owns`, `organized`, `has`), not its subject. */
function verbOfRelative(t: Token): boolean {
  return !t.cap && ((t.lists & IN_AUXILIARIES) !== 0 || ((t.lists & (IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_PHRASE_STOPS)) === 0 && /^[a-z]{2,}(?:s|ed)$/.test(t.lower)));
}

/** Whether `t`, before people a relative clause describes, ends the walk back to them: a verb or a preposition. */
function endsPeopleWalk(t: Token): boolean {
  return (t.lists & (IN_PHRASE_STOPS | IN_SPEECH_VERBS | IN_AUXILIARIES)) !== 0 || ADVERBIAL_PREPOSITIONS.has(t.lower) || /^(against|by|to|about|among|between|over|toward|towards|like)$/.test(t.lower) ||
    IRREGULAR_PASTS.has(t.lower) || PASTS_BEFORE_PEOPLE.has(t.lower) || /^[a-z]{3,}ed$/.test(t.lower);
}

/** Verbs in the past whose object people often are (`met critics who say …`), besides IRREGULAR_PASTS. */
const PASTS_BEFORE_PEOPLE = new Set(['met', 'saw', 'heard', 'found', 'won', 'lost', 'beat', 'left', 'hit', 'fought', 'sought', 'knew', 'told', 'joined', 'faced']);

/** Whether `who` stands a few words before tokens[k], with nothing but spaces between (`who treated` before `patients`). */
function relativeBefore(text: string, tokens: Token[], k: number, floor: number): boolean {
  for (let m = k; m > floor && m >= k - 6; m--) {
    if (!spaceBetween(text, tokens[m], tokens[m + 1])) return false;
    if (tokens[m].lower === 'who') return true;
  }
  return false;
}

/**
 * `A witness who did not want to be named told`, `Neighbours who heard the shots said`: the people a relative
 * clause describes, when the clause runs up to the cue without a comma.
 */
function describedByRelative(text: string, tokens: Token[], j: number, floor: number, inQuote: number[]): MentionPhrase | null {
  // `all the experts I interviewed said`, `voters we spoke to said`: a relative clause without `who`
  const v = j - 1 >= floor && (tokens[j].lower === 'to' || tokens[j].lower === 'with') && spaceBetween(text, tokens[j - 1], tokens[j]) ? j - 1 : j;
  if (v - 2 >= floor && !tokens[v].cap && (tokens[v].lower.endsWith('ed') || CONTACT_VERBS.has(tokens[v].lower)) && (tokens[v - 1].lists & IN_SUBJECT_PRONOUNS) !== 0 &&
    tokens[v - 1].lower !== 'it' && (tokens[v - 2].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && spaceBetween(text, tokens[v - 2], tokens[v - 1]) && spaceBetween(text, tokens[v - 1], tokens[v])) {
    const head = phraseEndingAt(text, tokens, v - 2, floor);
    return head && head.kind === 'description' ? phraseOver(head, head.start, tokens[j].end, tokens[j].end) : null;
  }
  // (`who transfer across state lines`: after a preposition or an article the cue is a noun)
  if ((tokens[j].lists & (IN_PHRASE_STOPS | IN_DETERMINERS)) !== 0 || /^(across|through|into|onto|over|under|about|around|between|among|along|against|toward|towards|by|via|per)$/.test(tokens[j].lower)) return null;
  for (let m = j - 1; m >= floor + 1 && m >= j - 10; m--) {
    if (inQuote[m] || !spaceBetween(text, tokens[m], tokens[m + 1])) return null;
    // (`the company that owns the vessel said`: a body a relative clause with `that` describes, its verb right after it)
    if (tokens[m].lower === 'that' && m + 1 < j && !tokens[m - 1].cap && (tokens[m - 1].lists & IN_ORG_NOUNS) !== 0 && (tokens[m - 1].lists & IN_DOCUMENT_NOUNS) === 0 &&
      spaceBetween(text, tokens[m - 1], tokens[m]) && verbOfRelative(tokens[m + 1])) {
      // (`any company that turns down customers … or asks them to pay more`: a cue joined to the clause's verb is its own)
      for (let x = m + 2; x <= j; x++) if (tokens[x].lower === 'or' || tokens[x].lower === 'and' || tokens[x].lower === 'but') return null;
      const head = phraseEndingAt(text, tokens, m - 1, floor);
      return head && head.kind === 'description' ? head : null;
    }
    // (`Several young voters interviewed after the poll said`, `A diplomat based in Washington told`: a participle's phrase on people)
    if (m + 1 < j && /^[a-z]{3,}ed$/.test(tokens[m].lower) && (tokens[m].lists & (IN_SPEECH_VERBS | IN_AUXILIARIES)) === 0 && !tokens[m - 1].cap &&
      (tokens[m - 1].lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) !== 0 && (tokens[m - 1].lists & IN_DOCUMENT_NOUNS) === 0 && (tokens[m].lists & IN_EVIDENCE_VERBS) === 0 && spaceBetween(text, tokens[m - 1], tokens[m]) &&
      /^(in|after|at|from|on|near|outside|across|during|before)$/.test(tokens[m + 1].lower)) {
      const head = phraseEndingAt(text, tokens, m - 1, floor);
      if (head && head.kind === 'description') return phraseOver(head, head.start, tokens[j].end, tokens[j].end);
    }
    if (tokens[m].lower !== 'who') continue;
    const noun = tokens[m - 1];
    // (`A colleague who lives nearby said`: a word of what someone is names a person too)
    // (`One longtime fundraiser who has raised money for Vance said`: or any noun a determiner or a number leads, two or three words back)
    if ((noun.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0 && ((noun.lists & IN_TITLE_WORDS) === 0 || noun.cap) && !nounLedBefore(text, tokens, m - 1, floor) || !spaceBetween(text, noun, tokens[m])) return null;
    const head = phraseEndingAt(text, tokens, m - 1, floor);
    return head && head.kind === 'description' ? head : null;
  }
  return null;
}

/** Whether tokens[n] is a lower-case noun that a determiner or a number opening its phrase leads, within three words (`One longtime Republican fundraiser`). */
function nounLedBefore(text: string, tokens: Token[], n: number, floor: number): boolean {
  const noun = tokens[n];
  if (noun.cap || !/^[a-z][a-z-]{2,}$/.test(noun.lower) || /(?:ly|ing|ed)$/.test(noun.lower) ||
    (noun.lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS | IN_NOT_NAME_WORDS)) !== 0) return false;
  // (`But conservatives who spoke with …`: a plural opening the clause needs no determiner)
  if (/[^s]s$/.test(noun.lower) && (n === floor || (n - 1 === floor && /^(but|and|yet)$/.test(tokens[floor].lower)))) return true;
  for (let m = n - 1; m >= floor && m >= n - 4; m--) {
    if (!spaceBetween(text, tokens[m], tokens[m + 1])) return false;
    if ((tokens[m].lists & IN_DETERMINERS) !== 0 || /^(one|two|three|several|some|many)$/.test(tokens[m].lower)) return m === floor || hasComma(text, tokens[m - 1].end, tokens[m].start) || /^(but|and)$/.test(tokens[m - 1].lower);
    if ((tokens[m].lists & (IN_PHRASE_STOPS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_SUBJECT_PRONOUNS)) !== 0) return false;
  }
  return false;
}

/** `One installer in Moncton`: a description of someone (ending at tokens[n]) and the place after it, to tokens[k]. */
function placedDescription(text: string, tokens: Token[], n: number, k: number, floor: number): MentionPhrase | null {
  if (n < floor || tokens[n].cap || (tokens[n].lists & (IN_PHRASE_STOPS | IN_DETERMINERS)) !== 0) return null;
  let d = n;
  // (`The company will close stores in Leeds, …`: an auxiliary parts a clause's subject from its object)
  while (d > floor && d > n - 3 && spaceBetween(text, tokens[d - 1], tokens[d]) && (tokens[d - 1].lists & (IN_DETERMINERS | IN_AUXILIARIES)) === 0 && !tokens[d - 1].cap) d--;
  if (d - 1 < floor || (tokens[d - 1].lists & IN_DETERMINERS) === 0 || !spaceBetween(text, tokens[d - 1], tokens[d])) return null;
  d--;
  if (d > floor && !hasComma(text, tokens[d - 1].end, tokens[d].start)) return null;
  return { start: tokens[d].start, end: tokens[k].end, nameStart: tokens[d].start, nameEnd: tokens[k].end, role: null, kind: 'description', gender: null };
}

/** `critics on the city council`: people (a plural noun of people) in a place ending at tokens[j], from their noun on. */
function peopleInPlaceBefore(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  const p = peopleSomewhere(text, tokens, j, floor);
  if (!p) return null;
  // (the phrase read may open with the preposition before it: `against critics on …`)
  let a = firstTokenOf(tokens, j, p.start);
  while (a < j && !SOMEWHERE_PREPOSITIONS.has(tokens[a + 1].lower)) a++;
  const noun = a < j ? tokens[a] : null;
  if (!noun || ((noun.cap || (noun.lists & IN_GROUP_NOUNS) === 0) && !partyMembers(noun))) return null;
  return { start: noun.start, end: p.end, nameStart: noun.start, nameEnd: p.end, role: null, kind: 'description', gender: null };
}

/** `Critics on the right say`, `residents across the valley said`: people and where they are, before the cue. */
function peopleSomewhere(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  return peopleBefore(text, tokens, j, floor, SOMEWHERE_PREPOSITIONS, 4);
}

/** `Critics of the bill say`, `officials with the new agency said`: people and what they are of, before the cue (which reads as no phrase of its own). */
function peopleOf(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  // (`… while secretary of state and said`: a phrase ends in a noun, not a joiner; `Supporters of Trump` is read as a name's phrase)
  // (`A spokesman for her`: `her` right after the preposition is its object)
  const objectHer = tokens[j].lower === 'her' && j - 1 >= floor && OF_PREPOSITIONS.has(tokens[j - 1].lower);
  if ((tokens[j].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES)) !== 0 && !objectHer) return null;
  return peopleBefore(text, tokens, j, floor, OF_PREPOSITIONS, 6, true);
}

/** Prepositions joining people to what they are of (`Critics of the bill`, `officials with the agency`). */
const OF_PREPOSITIONS = new Set(['of', 'for', 'with']);

/**
 * People (a speaker or group noun) and the phrase after one of `prepositions` up to tokens[j], within `reach` words of it;
 * with `lowerOnly`, only lower-case words may follow the preposition.
 */
function peopleBefore(text: string, tokens: Token[], j: number, floor: number, prepositions: ReadonlySet<string>, reach: number, lowerOnly = false): MentionPhrase | null {
  let oneOf = false;
  for (let m = j - 1; m >= floor + 1 && m >= j - reach; m--) {
    // (`An official from one of the regional offices`: past `one of` before the place or body, once)
    // (`The parent of one of the players`: the `of` after `one` is not the people's own)
    if (!oneOf && tokens[m].lower === 'of' && m - 1 > floor && tokens[m - 1].lower === 'one' && !tokens[m - 1].cap) { reach += 2; oneOf = true; m--; continue; }
    // (`a spokesman for the tenants’ campaign`: a plural possessive's mark sits between the words)
    if ((!spaceBetween(text, tokens[m], tokens[m + 1]) && !(tokens[m].lower.endsWith('s') && /^['’]\s+$/.test(text.slice(tokens[m].end, tokens[m + 1].start)))) ||
      // (`Lawyers for the Cree nation`: capitalised words may modify the lower-case noun that ends the phrase)
      (lowerOnly && tokens[j].cap)) return null;
    if (!prepositions.has(tokens[m].lower)) continue;
    const noun = tokens[m - 1];
    // (`A colleague at the firm`: a word of what someone is names a person too; `several Democrats on the committee`: so do a party's members)
    if (partyMembers(noun)) return phraseOver({ start: noun.start, end: noun.end, nameStart: noun.start, nameEnd: noun.end, role: null, kind: 'description', gender: null }, noun.start, tokens[j].end, tokens[j].end);
    if ((noun.lists & (IN_SPEAKER_NOUNS | IN_GROUP_NOUNS)) === 0 && ((noun.lists & IN_TITLE_WORDS) === 0 || noun.cap) || !spaceBetween(text, noun, tokens[m])) return null;
    const head = phraseEndingAt(text, tokens, m - 1, floor);
    return head && head.kind === 'description' ? phraseOver(head, head.start, tokens[j].end, tokens[j].end) : null;
  }
  return null;
}

/**
 * `Sharon Lindahl, 71, a retired teacher from Fort Dodge who said`: the person a description of someone from a place (the name `p`) means,
 * the name it stands in apposition to when one opens the sentence, else the description; or null.
 */
function describedFromPlace(text: string, tokens: Token[], p: MentionPhrase, floor: number): MentionPhrase | null {
  if (p.kind !== 'name') return null;
  const a = tokenAtOrAfter(tokens, p.start);
  if (a - 2 <= floor || !/^(from|in|of|at|near|outside)$/.test(tokens[a - 1].lower) || tokens[a - 2].cap || (tokens[a - 2].lists & IN_SPEAKER_NOUNS) === 0 ||
    !spaceBetween(text, tokens[a - 2], tokens[a - 1])) return null;
  let d = a - 2;
  while (d > floor && d > a - 6 && !tokens[d].cap && (tokens[d].lists & IN_DETERMINERS) === 0 && spaceBetween(text, tokens[d - 1], tokens[d])) d--;
  if ((tokens[d].lists & IN_DETERMINERS) === 0) return null;
  if (d - 1 > floor && gapOnly(text, tokens[d - 1], tokens[d], ',') && hasComma(text, tokens[d - 1].end, tokens[d].start)) {
    // (past an age set off by commas: `, 71,`)
    let e = d - 1;
    if (isAsciiDigits(tokens[e].lower) && e - 1 >= floor && gapOnly(text, tokens[e - 1], tokens[e], ',') && hasComma(text, tokens[e - 1].end, tokens[e].start)) e--;
    const named = phraseEndingAt(text, tokens, e, floor);
    if (named && named.kind === 'name' && named.start === tokens[floor].start) return named;
  }
  return { start: tokens[d].start, end: p.end, nameStart: tokens[d].start, nameEnd: p.end, role: null, kind: 'description', gender: null };
}

/** `the small Green League, whose leader, Tomas Ek, said`: the name in apposition to `whose` and a post, ending at tokens[j]. */
function namedAfterWhose(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  if (!tokens[j].cap) return null;
  const p = phraseEndingAt(text, tokens, j, floor);
  if (!p || p.kind !== 'name' || !hasJsSpaceIn(text, p.nameStart, p.nameEnd)) return null;
  const a = firstTokenOf(tokens, j, p.start) - 1;
  if (a - 1 <= floor || text.slice(tokens[a].end, tokens[tokenAtOrAfter(tokens, p.start)].start) !== ', ') return null;
  for (let m = a; m > floor && m >= a - 3; m--) {
    if (tokens[m].cap || (m < a && !spaceBetween(text, tokens[m], tokens[m + 1]))) return null;
    if (tokens[m].lower === 'whose') return m < a ? p : null;
  }
  return null;
}

/** Whether the token is a party's members, capitalised (`Democrats`, `Republicans`, `Conservatives`). */
function partyMembers(t: Token): boolean {
  return t.cap && t.lower.endsWith('s') && PARTY_MEMBERS.has(t.lower.slice(0, -1));
}

/** `Wanjiru’s neighbour, the tailor Sean O'Neill, said`: the name in the appositive is the speaker. */
function namedAppositive(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  if (!tokens[j].cap) return null;
  let p = phraseEndingAt(text, tokens, j, floor);
  // (`Luc "Jeep" Marchand, the coach, said`: past a nickname inside the name)
  if (p && p.kind === 'name') p = overNickname(text, tokens, p, j, floor) ?? p;
  // (one capitalised word after `a` describes the subject: `Okafor, a Liberal, said`, `Ruiz, a Democrat, said`)
  if (!p || p.kind !== 'name' || !hasJsSpaceIn(text, p.nameStart, p.nameEnd)) return null;
  let a = firstTokenOf(tokens, j, p.start);
  while (a - 1 >= floor && a > j - 8 && spaceBetween(text, tokens[a - 1], tokens[a])) a--;
  if (!/^(the|a|an)$/.test(tokens[a].lower) || a - 1 < floor) return null;
  // (`Dubois, a New York Democrat, said`: a place and a party after `a` describe the subject)
  if (tokens[a].lower !== 'the' && PARTY_MEMBERS.has(tokens[j].lower)) return null;
  // `a professor at the University of Victoria`: the name there is a place, not the speaker
  // (`a retired teacher from Glasgow named Elspeth Roy`: unless the description gives the name)
  const n = firstTokenOf(tokens, j, p.nameStart);
  const given = n - 1 > a && (tokens[n - 1].lower === 'named' || tokens[n - 1].lower === 'called');
  for (let m = a; m < j && !given; m++) if (/^(at|of|for|from|with|in|on|to|by)$/.test(tokens[m].lower)) return null;
  return gapOnly(text, tokens[a - 1], tokens[a], ',') && hasComma(text, tokens[a - 1].end, tokens[a].start) ? p : null;
}

/** Whether a determiner opens the words ending at tokens[k] before a kind's noun (`The` of `The electricity network operator`), three at most. */
function determinerOpensKind(text: string, tokens: Token[], k: number, floor: number): boolean {
  for (let m = k; m >= floor && m > k - 3; m--) {
    if ((tokens[m].lists & IN_DETERMINERS) !== 0) return true;
    // (only lower-case words a space apart describe the kind)
    if (tokens[m].cap || m === floor || !spaceBetween(text, tokens[m - 1], tokens[m])) return false;
  }
  return false;
}

/**
 * `Doe’s agent, Danny Fritz, told`, `The club’s coach, Ana Ruiz, said`: a full name set off by commas
 * after a role names the speaker the role describes.
 */
function nameAfterRole(text: string, tokens: Token[], j: number, floor: number): MentionPhrase | null {
  // (`The union …, Unifor Local 444, said`: a numbered local's name ends in its number)
  const numbered = j - 1 > floor && tokens[j - 1].lower === 'local' && isAsciiDigits(tokens[j].lower) && spaceBetween(text, tokens[j - 1], tokens[j]);
  if (numbered) j--;
  if (!tokens[j].cap) return null;
  // (`another, Raj Gill of the Fraser Institute, said`: the person named before `of the`)
  let p = phraseEndingAt(text, tokens, j, floor);
  if (p && numbered) p = phraseOver(p, p.start, tokens[j + 1].end, tokens[j + 1].end);
  // (`Roy's coach, Jean-Luc "Jeep" Marchand, said`: past a nickname inside the name)
  if (p && p.kind === 'name' && !numbered) p = overNickname(text, tokens, p, j, floor) ?? p;
  if (p && p.kind === 'name') p = headOf(text, tokens, p, floor);
  // (the name may carry its own title: `Its president, Captain Leah Morin, told`)
  // (one word is a name only if it is a given name: `His wife, Anne, laughed`; or a body's, after its kind: `The operator, SeaLink, said`)
  if (!p || p.kind !== 'name') return null;
  const n = firstTokenOf(tokens, j, p.start);
  // (`The electricity network operator, GridWest,`: words may describe the kind; `Her daughter, Camille,`: or kin, whose name any word may be)
  // (`The governor, Juliyanto, said`: or a person known by one name, after a title, `The regional head of Karanganyar, Juliyanto,`)
  // (`The judge, Mr Justice Carrow, told`: or a surname after a title of its own)
  if (!/\s/.test(text.slice(p.nameStart, p.nameEnd)) && (tokens[j].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) === 0 && !(p.role && p.start < p.nameStart) &&
    !(n - 2 >= floor && ((tokens[n - 1].lists & IN_ORG_NOUNS) !== 0 || COMPANY_KIND_NOUNS.has(tokens[n - 1].lower)) && determinerOpensKind(text, tokens, n - 2, floor)) &&
    !oneNameAfterTitle(text, tokens, n, floor) &&
    !(n - 2 >= floor && KIN_NOUNS.has(tokens[n - 1].lower) && (/^(her|his|their|my|our)$/.test(tokens[n - 2].lower) || isPossessive(tokens[n - 2].lower)) && spaceBetween(text, tokens[n - 2], tokens[n - 1]))) return null;
  // (`The nurses' union, the Guild of Ward Staff, said`: a body's name after `the`)
  const named = n - 2 > floor && tokens[n - 1].lower === 'the' && text.slice(tokens[n - 2].end, tokens[n - 1].start) === ', ' && hasJsSpaceIn(text, p.nameStart, p.nameEnd);
  let role = named ? n - 2 : n - 1;
  // (`Its founder, local angler Colin Pascoe, said`: lower-case words describing the person before the name, after the comma)
  for (let m = n - 1, w = 0; !named && m > floor && w < 3 && !tokens[m].cap && spaceBetween(text, tokens[m], tokens[m + 1]) &&
    (tokens[m].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_NOT_NAME_WORDS)) === 0; m--, w++) {
    if (text.slice(tokens[m - 1].end, tokens[m].start) === ', ') { role = m - 1; break; }
  }
  if (role <= floor || text.slice(tokens[role].end, tokens[role + 1].start) !== ', ') return null;
  // `A spokeswoman for the Department of Transportation, Ana Ruiz, said`: the role's organization comes after it
  if (tokens[role].cap) {
    let m = role;
    // (`The head of the Executive Office for Grants, …`: `for` inside a body's name, after its capitalised noun)
    while (m > floor && m > role - 8 && (tokens[m].cap || /^(of|the|and|for)$/.test(tokens[m].lower)) &&
      (!/^(for|at|with|from)$/.test(tokens[m].lower) || (tokens[m].lower === 'for' && tokens[m - 1].cap && (tokens[m - 1].lists & IN_ORG_NOUNS) !== 0)) && spaceBetween(text, tokens[m - 1], tokens[m])) m--;
    while (m < role && tokens[m].lower === 'the') m++;
    if (/^(for|at|with|from|of)$/.test(tokens[m].lower) && m - 1 > floor) role = m - 1;
    // (`The leader of the Anti-Defamation League, Jonathan Greenblatt,`: the walk stops on the lower-case role before `of`)
    else if (m < role && !tokens[m].cap && tokens[m + 1].lower === 'of') role = m;
    // (`The Minister of Education, Brenda Kowalski,`, `Ontario's Minister of Colleges and Universities, …`: a capitalised title before `of`)
    else for (let t = m; t < role; t++) if ((tokens[t].lists & IN_TITLE_WORDS) !== 0 && tokens[t + 1].lower === 'of') { role = t; break; }
  }
  // `one attendee, Kayla Brooks,`, `A lawyer representing 100 attendees, Michael Tran,`: any noun a determiner leads
  const noun = !tokens[role].cap && /^[a-z][a-z-]+$/.test(tokens[role].lower) &&
    (tokens[role].lists & (IN_PHRASE_STOPS | IN_DETERMINERS | IN_SUBJECT_PRONOUNS | IN_AUXILIARIES | IN_SPEECH_VERBS | IN_NOT_NAME_WORDS)) === 0;
  // (`But another, Raj Gill, said`: `another` or `one` stands for the kind of speaker just named)
  if ((tokens[role].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) === 0 && !noun && tokens[role].lower !== 'another' && tokens[role].lower !== 'one') return null;
  let a = role;
  // `The Hawks’ captain`: a plural possessive's mark sits between the words
  const joined = (x: Token, y: Token) => spaceBetween(text, x, y) || /^['’]\s+$/.test(text.slice(x.end, y.start));
  while (a - 1 >= floor && a > role - 10 && joined(tokens[a - 1], tokens[a])) a--;
  // (`But the opposition critic, Lena Fraser, called`: a conjunction opening the sentence is no part of the role)
  if (a < role && /^(but|and|yet|so)$/.test(tokens[a].lower)) a++;
  const lead = tokens[a].lower;
  // (`Sen. Abe Lindqvist's campaign manager, Jeff Wexler,`, `Acme Water’s boss, Neil Ashcroft,`: a possessive name of several words)
  // (`That inspector, Lena Marsh, confirmed`: a demonstrative leads the role as `the` does)
  if (!/^(the|a|an|his|her|their|its|one|another|that|this)$/.test(lead) && !ownerWithin(text, tokens, a, role)) return null;
  // (`Giovanni Maria Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said`: after a name opening the
  // sentence, the role is that name's, and the name after it names the role's last noun)
  if (a - 1 > floor && gapOnly(text, tokens[a - 1], tokens[a], ',')) {
    const opening = phraseEndingAt(text, tokens, a - 1, floor);
    if (opening && opening.kind === 'name' && opening.start === tokens[floor].start) return null;
  }
  // (after a comma, or after the quote it attributes: `“…,” one attendee, Kayla Brooks, tweeted`)
  return a === floor || gapOnly(text, tokens[a - 1], tokens[a], ',') || gapOnly(text, tokens[a - 1], tokens[a], ',”"’\'') && /[,!?][”"’']{1,2}\s*$/.test(text.slice(tokens[a - 1].end, tokens[a].start)) ? withLead(p, tokens[a].start) : null;
}

/**
 * `The governor, Juliyanto,`, `The regional head of Karanganyar, Juliyanto,`: one capitalised word at tokens[n], set off by commas after a
 * description that opens the sentence with `the` and names a post (a title word, lower-case, before the comma or before `of`).
 */
function oneNameAfterTitle(text: string, tokens: Token[], n: number, floor: number): boolean {
  if (n - 2 < floor || text.slice(tokens[n - 1].end, tokens[n].start) !== ', ' || !text.startsWith(', ', tokens[n].end)) return false;
  for (let m = n - 1; m > floor && m >= n - 6; m--) {
    if (!spaceBetween(text, tokens[m - 1], tokens[m])) return false;
    const w = tokens[m];
    if (!w.cap && (w.lists & IN_TITLE_WORDS) !== 0 && (w.lists & IN_ORG_NOUNS) === 0 && (m === n - 1 || tokens[m + 1].lower === 'of')) {
      let d = m - 1;
      while (d > floor && !tokens[d].cap && (tokens[d].lists & IN_DETERMINERS) === 0 && spaceBetween(text, tokens[d], tokens[d + 1])) d--;
      // (`“…,” the volunteer, Graziella, said`: or right after the quote it attributes)
      return (tokens[d].lower === 'the' || tokens[d].lower === 'a') && (d === floor || /[,!?][”"’']{1,2}\s*$/.test(text.slice(tokens[d - 1].end, tokens[d].start)));
    }
  }
  return false;
}

/** Whether a possessive (`Lindqvist's`, `Workers’`) closes a capitalised name in tokens[a, role): the role's owner. */
function ownerWithin(text: string, tokens: Token[], a: number, role: number): boolean {
  for (let m = a; m < role; m++) {
    if (/[’']s$/.test(tokens[m].lower) || /^['’]/.test(text.slice(tokens[m].end, tokens[m].end + 1))) return m === a || tokens[a].cap;
  }
  return false;
}

/**
 * `p` with the offset where the words introducing it begin. Written out as a literal: adding a field to a spread's
 * copy made a new hidden class for every phrase, and every read of a phrase's fields went megamorphic.
 */
function withLead(p: MentionPhrase, lead: number): MentionPhrase {
  return { start: p.start, end: p.end, nameStart: p.nameStart, nameEnd: p.nameEnd, role: p.role, kind: p.kind, gender: p.gender, lead };
}

/** Whether tokens[k] (before tokens[j]) joins a clause on: `but`, `yet` or `so`, or `and` or `or` and a pronoun subject. */
function opensSecondClause(tokens: Token[], k: number, j: number): boolean {
  const w = tokens[k].lower;
  if (w === 'but' || w === 'yet' || w === 'so') return true;
  return (w === 'and' || w === 'or') && k + 1 < j && (tokens[k + 1].lists & IN_SUBJECT_PRONOUNS) !== 0;
}

/** `Blinken, the first holder of his post …, told`: the subject sits before the appositive. */
function appositionSubject(text: string, tokens: Token[], j: number, floor: number, inQuote: number[]): { phrase: MentionPhrase; weak: boolean } | null {
  // walk back over the appositive to the comma after the subject; an appositive may hold commas
  // of its own (`Navdeep Bains, Minister of Innovation, Science and Economic Development, said`)
  let fallback: MentionPhrase | null = null;
  for (let k = j - 1; k >= floor && k > j - 30; k--) {
    if (inQuote[k]) continue;
    // (`Bobby Scott (D-Va.), ranking member of …, said`: a short parenthetical after the subject comes before its comma)
    const subjectEnd = gapOnly(text, tokens[k], tokens[k + 1], ',') ? k : beforeParenthetical(text, tokens, k, floor);
    if (subjectEnd < 0 || !hasComma(text, tokens[k].end, tokens[k + 1].start)) continue;
    // (`Sen. Ann Ruiz, R-Fla., appearing on …, said`: a party and state is an appositive itself)
    // (`of Clinton, Md., who watched …, said`: and a town's state is part of its place)
    if (isPartyAndState(tokens[subjectEnd].lower) || stateAfterTown(text, tokens, subjectEnd)) continue;
    // (`speaking at a rally in Wilmington, N.C., warned`: the comma between a town and its state parts no appositive)
    if (subjectEnd === k && tokens[k].cap && stateNameEnd(text, tokens, k + 1) >= 0 && afterPlacePreposition(tokens, k, floor)) {
      // (`Marie Tremblay of Laval, Que., said`: the person of the town opening the sentence)
      const town = phraseEndingAt(text, tokens, k, floor);
      // (`Elders in Fort Lacasse, N.W.T., say`: or people in the town)
      const person = (town && personOfPlace(text, tokens, town, k, floor)) ?? peopleSomewhere(text, tokens, k, floor) ?? pluralOpeningBefore(text, tokens, town, k, floor);
      if (person && person.start === tokens[floor].start) return { phrase: person, weak: false };
      continue;
    }
    const first = tokens[k + 1].lower;
    // (`over Islam, but he talked about policy, saying`: a second clause joined on is no appositive, and the subject before it is another clause's)
    if (opensSecondClause(tokens, k + 1, j)) break;
    // (`A person familiar with the matter, who asked not to be identified, said`: the people close to something)
    const close = sourceCloseTo(tokens, subjectEnd, floor);
    const closeHead = close >= 0 ? phraseEndingAt(text, tokens, close, floor) : null;
    const p = closeHead ? phraseOver(closeHead, closeHead.start, tokens[subjectEnd].end, tokens[subjectEnd].end) : phraseEndingAt(text, tokens, subjectEnd, floor);
    if (!p) {
      // (`A diplomat from a Nordic country, who spoke on condition of anonymity, said`: people somewhere no phrase names)
      const people = /^(the|a|an|who|whose)$/.test(first) ? peopleSomewhere(text, tokens, subjectEnd, floor) ?? peopleOf(text, tokens, subjectEnd, floor) : null;
      if (people && people.start === tokens[floor].start) return { phrase: people, weak: false };
      continue;
    }
    // (`But that morning, an angry army …, calling`: when is no subject)
    if (p.kind === 'description' && (TIME_UNITS.has(tokens[subjectEnd].lower) || DAYS.has(tokens[subjectEnd].lower))) continue;
    // (`Dubois, a New York Democrat, said`: capitalised words after `a`, set off by commas after a name, describe that name)
    if (p.kind === 'name' && p.nameStart === p.start) {
      const a = firstTokenOf(tokens, subjectEnd, p.start) - 1;
      if (a - 1 >= floor && (tokens[a].lower === 'a' || tokens[a].lower === 'an') && hasComma(text, tokens[a - 1].end, tokens[a].start) && tokens[a - 1].cap) continue;
    }
    // `In a statement, the promoter, …`: the object of a preposition is no subject
    // (nor is `the European Council` in `Donald Tusk, the president of the European Council, which …, urged`)
    // (`Jane Doe of Texas, the …` keeps its place: only `of the` makes a name an object)
    let before = firstTokenOf(tokens, subjectEnd, p.start) - 1;
    const definiteName = p.kind === 'name' && before > floor && tokens[before].lower === 'the';
    if (definiteName) before--;
    // (`The interior ministry of Velmont, one of the countries visited, said`: a body or a person of the place, opening the sentence)
    if (p.kind === 'name' && before - 1 > floor && tokens[before].lower === 'of' && !tokens[before - 1].cap &&
      (tokens[before - 1].lists & (IN_ORG_NOUNS | IN_SPEAKER_NOUNS | IN_GROUP_NOUNS | IN_TITLE_WORDS)) !== 0 && spaceBetween(text, tokens[before - 1], tokens[before])) {
      const head = phraseEndingAt(text, tokens, before - 1, floor);
      if (head && head.kind === 'description' && head.start === tokens[floor].start) return { phrase: phraseOver(head, head.start, p.end, p.end), weak: false };
    }
    // (`Beck, who supported Sen. Ted Cruz, R-Texas, and …, said`: the object of a relative clause's verb is no subject)
    if (before - 1 >= floor && tokens[before - 1].lower === 'who' && !tokens[before].cap && tokens[before].lower.endsWith('ed')) continue;
    // `A letter from 40 doctors, also seen by the Courier, urges`: the document whose senders are named speaks
    const participleAside = k + 2 <= j && (participleAt(tokens, k + 1) || (/^(also|already|first|later|previously|recently)$/.test(first) && participleAt(tokens, k + 2)));
    if (p.kind === 'description' && participleAside && before - 1 >= floor && /^(from|by|of)$/.test(tokens[before].lower) && (tokens[before - 1].lists & IN_DOCUMENT_NOUNS) !== 0) {
      const doc = phraseEndingAt(text, tokens, before - 1, floor);
      if (doc && doc.kind === 'description' && opensAsOnePhrase(text, tokens, floor, doc.start)) return { phrase: phraseOver(doc, doc.start, p.end, p.end), weak: false };
    }
    // (`Trevor Tombe of the University of Calgary, who …, said`: the person of the body)
    if (definiteName && before >= floor && tokens[before].lower === 'of') {
      const person = personOfPlace(text, tokens, p, subjectEnd, floor);
      if (person) return { phrase: person, weak: false };
      // (`Friends of the Earth, which has sued, said`: capitalised words opening the sentence before `of the` are one name)
      let a = before - 1;
      while (a > floor && a > before - 4 && tokens[a - 1].cap && spaceBetween(text, tokens[a - 1], tokens[a])) a--;
      if (a === floor && before - 1 >= floor && tokens[floor].cap && (tokens[floor].lists & (IN_DETERMINERS | IN_NOT_NAME_WORDS)) === 0 && spaceBetween(text, tokens[before - 1], tokens[before])) {
        return { phrase: { start: tokens[floor].start, end: p.end, nameStart: tokens[floor].start, nameEnd: p.end, role: null, kind: 'name', gender: null }, weak: false };
      }
    }
    if ((p.kind === 'description' || definiteName) && before >= floor && /^(in|on|at|for|with|from|by|during|under|to|of|about|over)$/.test(tokens[before].lower)) {
      // (`One consultant at a London hospital, who asked not to be named, said`: unless people stand before the place, opening the sentence)
      // (`A senior official at a donor agency, speaking on condition of anonymity, said`: before a participle's aside too)
      const people = /^(the|a|an|who|whose)$/.test(first) || participleAt(tokens, k + 1) ? peopleSomewhere(text, tokens, subjectEnd, floor) ?? peopleOf(text, tokens, subjectEnd, floor) : null;
      if (people && people.start === tokens[floor].start) return { phrase: people, weak: false };
      continue;
    }
    // `Blinken, the first holder …, told`, `Purdy, 73, says`; after a name any appositive will do
    // `Opponents, led by a coalition of groups, have called`, `Residents, including many who rent, said`
    // (`The report, released on Monday, said`, `The mayor, speaking at city hall, said`: a short participle phrase after
    // the sentence's opening subject)
    // (`Some, like Mark Zandi of Moody's Analytics, argue`: so are examples of the subject)
    const participial = (k + 2 < j && ((/(ed|en)$/.test(first) && tokens[k + 2].lower === 'by') || first === 'including' || first === 'like' || (first === 'such' && tokens[k + 2].lower === 'as'))) ||
      (j - k <= 20 && participleAside && opensAsOnePhrase(text, tokens, floor, p.start)) ||
      // (`The interior ministry, in a statement, denied`: when or how it spoke)
      (j - k <= 8 && /^(in|on|at|during|after|before|through|via)$/.test(first) && p.start === tokens[floor].start) ||
      // (`The audit, by the city comptroller, found`: who wrote the document opening the sentence)
      (j - k <= 10 && first === 'by' && (tokens[subjectEnd].lists & IN_DOCUMENT_NOUNS) !== 0 && p.start === tokens[floor].start);
    // (`their allies, members of the party, have said`: a plural noun of people opens an appositive too)
    const appositive = /^(the|a|an|who|whose|which)$/.test(first) || /^\d/.test(first) || p.kind === 'name' || participial ||
      (p.kind === 'description' && (tokens[k + 1].lists & IN_GROUP_NOUNS) !== 0 && !tokens[k + 1].cap);
    if (!appositive) continue;
    // (`their allies, members of the Democratic Unionist Party, said`: after a possessive's description, an appositive naming a body
    // says who; `His lawyers, members of a Toronto firm,` are still his lawyers)
    if (p.kind === 'description' && (tokens[k + 1].lists & IN_GROUP_NOUNS) !== 0 && !tokens[k + 1].cap && k + 2 < j && tokens[k + 2].lower === 'of' &&
      (tokens[k + 3].cap || (tokens[k + 3].lower === 'the' && tokens[k + 4].cap)) && /^(his|her|their|its|our)$/.test(tokens[firstTokenOf(tokens, subjectEnd, p.start)].lower)) {
      return { phrase: { start: tokens[k + 1].start, end: tokens[j].end, nameStart: tokens[k + 1].start, nameEnd: tokens[j].end, role: null, kind: 'description', gender: null }, weak: false };
    }
    // `Mayor Gail Hutton of Palo Verde, who led …, said`: the person the place is of
    const person = personOfPlace(text, tokens, p, subjectEnd, floor);
    if (person) return { phrase: person, weak: false };
    // `One installer in Moncton, who asked not to be named, said`: the place is where the speaker is
    if (p.kind === 'name' && before > floor && /^(in|from|at|near)$/.test(tokens[before].lower)) {
      const somewhere = peopleSomewhere(text, tokens, subjectEnd, floor) ?? placedDescription(text, tokens, before - 1, subjectEnd, floor) ?? personOpeningBefore(text, tokens, subjectEnd, floor);
      if (somewhere) return { phrase: somewhere, weak: false };
      // (`The Andean Tuber Conservancy in Lima, which …, said`: a body's name opening the sentence, then where it is)
      const body = tokens[before].lower === 'in' && tokens[before - 1].cap && spaceBetween(text, tokens[before - 1], tokens[before]) ? phraseEndingAt(text, tokens, before - 1, floor) : null;
      if (body && body.kind === 'name' && (body.start === tokens[floor].start || (tokens[floor].lower === 'the' && floor + 1 < before && body.start === tokens[floor + 1].start))) return { phrase: body, weak: false };
    }
    // (`Fred Ross, president of Democracy Ledger, a group that …, said`: a body named in a person's appositive is no subject; the
    // person before it is)
    if (p.kind === 'name' && p.role && /^(?:[a-z-]+\s+)*(?:of|for|at)$/.test(p.role) && p.start > tokens[floor].start &&
      /,\s*$/.test(text.slice(Math.max(0, p.start - 3), p.start))) continue;
    // (`A senior adviser to Mr. Holt, who was not authorized to speak, said`: the adviser, not the one advised)
    const adviser = p.kind === 'name' ? describedBeforeObject(text, tokens, p, floor, true) : null;
    if (adviser) return { phrase: adviser, weak: false };
    const strong = p.kind === 'pronoun' || p.kind === 'description' || /\s/.test(text.slice(p.nameStart, p.nameEnd)) || /^(the|a|an|who|whose|\d)/.test(first);
    // (`Tom Harlan and Rita Voss, who lead the alliance, said`: names joined by `and` before the appositive speak together)
    if (strong) return { phrase: p.kind === 'name' ? namesJoinedBefore(text, tokens, subjectEnd, p, floor) ?? p : p, weak: false };
    fallback ??= p;
  }
  return fallback ? { phrase: fallback, weak: true } : null;
}

/**
 * `Mayor Gail Hutton of Palo Verde`, `Sen. Marco Rubio of Florida`: the person a place named by `p` (ending at
 * tokens[j]) is of, read back across `of`. A role or a given name makes the words before `of` a person, and so does
 * opening the sentence (`Hutton of Palo Verde, who …, said`); `a pastor at the Reformation Church of Elizabeth` names
 * a church, and `the Bank of America` and `the Duke of Kent` are one name each.
 */
function personOfPlace(text: string, tokens: Token[], p: MentionPhrase, j: number, floor: number): MentionPhrase | null {
  const of = ofBeforeNamedBody(text, tokens, firstTokenOf(tokens, j, p.start) - 1, floor);
  if (p.kind !== 'name' || p.role || of - 1 < floor || tokens[of].lower !== 'of' || !isNameToken(tokens[of - 1]) || isTitleToken(tokens[of - 1]) ||
    !spaceBetween(text, tokens[of - 1], tokens[of])) return null;
  const person = phraseEndingAt(text, tokens, of - 1, floor);
  if (!person || person.kind !== 'name') return null;
  const given = (tokens[firstTokenOf(tokens, of - 1, person.nameStart)].lists & (IN_FEMALE_NAMES | IN_MALE_NAMES)) !== 0;
  if (!person.role && !given && person.start !== tokens[floor].start) return null;
  // (before `of the`, a person's full name or role: `Friends of the Earth`, `Bank of the West` are one name each)
  if (tokens[of + 1].lower === 'the' && !person.role && !given && !hasJsSpaceIn(text, person.nameStart, person.nameEnd)) return null;
  return phraseOver(person, person.start, p.end, person.nameEnd);
}

/**
 * `of` before the name at tokens[k + 1], read back over what kind of body it names (`Ray Dunmore of the group SafeHome`,
 * `of the advocacy group Fair Rent`): the index of `of`, else k.
 */
function ofBeforeNamedBody(text: string, tokens: Token[], k: number, floor: number): number {
  // (`Trevor Tombe of the University of Calgary`: `the` alone before a body's name)
  if (k - 1 >= floor && tokens[k].lower === 'the' && tokens[k - 1].lower === 'of' && spaceBetween(text, tokens[k - 1], tokens[k]) && spaceBetween(text, tokens[k], tokens[k + 1])) return k - 1;
  // (`Han Min-jung of the opposition Democratic Renewal Party`: or which side a party is on)
  if (k - 2 < floor || (!SOURCE_APPOSITIVE_HEADS.has(tokens[k].lower) && !isSideWord(tokens[k].lower)) || tokens[k].cap) return k;
  let the = k - 1;
  while (the > floor && the > k - 3 && !tokens[the].cap && tokens[the].lower !== 'the' && spaceBetween(text, tokens[the], tokens[the + 1])) the--;
  return tokens[the].lower === 'the' && the - 1 >= floor && tokens[the - 1].lower === 'of' && spaceBetween(text, tokens[the], tokens[the + 1]) &&
    spaceBetween(text, tokens[the - 1], tokens[the]) ? the - 1 : k;
}

/**
 * `a lobbyist for the Grain Council`, `Nora Pike, a lobbyist for the Grain Council`: whoever holds a post (a title's word after `a`
 * or `the`) at the body the name `p` names: the name the description stands in apposition to, else the description.
 */
function postHolderBefore(text: string, tokens: Token[], p: MentionPhrase, floor: number): MentionPhrase | null {
  let k = tokenAtOrAfter(tokens, p.start) - 1;
  if (k - 1 > floor && tokens[k].lower === 'the') k--;
  if (k - 2 < floor || !/^(for|of|at|with)$/.test(tokens[k].lower) || tokens[k - 1].cap || (tokens[k - 1].lists & (IN_TITLE_WORDS | IN_SPEAKER_NOUNS)) === 0) return null;
  const post = phraseEndingAt(text, tokens, k - 1, floor);
  if (!post || post.kind !== 'description' || !/^(a|an|the)\s/i.test(text.slice(post.start, post.end))) return null;
  return nameBeforeAppositive(text, tokens, post, floor) ?? phraseOver(post, post.start, p.end, p.end);
}

/**
 * `A nurse at a clinic in Tolvar`, `One teacher from a school near Kent`: a person described, opening the sentence at tokens[floor],
 * then where they work or live, to tokens[e], with no verb among the words.
 */
function personOpeningBefore(text: string, tokens: Token[], e: number, floor: number): MentionPhrase | null {
  if (e - floor < 3 || e - floor > 12 || !/^(a|an|one|another|the)$/.test(tokens[floor].lower)) return null;
  let head = floor + 1;
  if (head < e && !tokens[head].cap && (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) === 0 && isDescribingWord(tokens[head])) head++;
  // (`A senior official with …`: a title's words before its head)
  while (head + 1 < e && head < floor + 3 && !tokens[head + 1].cap && (tokens[head + 1].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) !== 0) head++;
  if (tokens[head].cap || (tokens[head].lists & (IN_SPEAKER_NOUNS | IN_TITLE_WORDS)) === 0 || !/^(at|in|from|with|of|for)$/.test(tokens[head + 1].lower)) return null;
  for (let m = floor + 1; m <= e; m++) {
    if (!spaceBetween(text, tokens[m - 1], tokens[m]) || (tokens[m].lists & (IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0 || (!tokens[m].cap && /^[a-z]{3,}ed$/.test(tokens[m].lower))) return null;
  }
  return { start: tokens[floor].start, end: tokens[e].end, nameStart: tokens[floor].start, nameEnd: tokens[e].end, role: null, kind: 'description', gender: null };
}

/**
 * `Della Fenwick, 68, of Arbury, Vermont,`, `Della Fenwick of Arbury,`, `Della Fenwick, 68,`: the person's name before an age and
 * where they are from, the words of which end at tokens[e]; null unless an age or a place was passed.
 */
function personBeforeAgeAndPlace(text: string, tokens: Token[], e: number, floor: number): MentionPhrase | null {
  let k = e, passed = false;
  for (let step = 0; step < 4 && k - 1 > floor; step++) {
    // (`Arbury, Vermont`: a state after its town)
    if (stateAfterTown(text, tokens, k)) { k--; continue; }
    // (`, 68,`: an age set off by commas)
    if (isAsciiDigits(tokens[k].lower) && tokens[k].end - tokens[k].start <= 3 && gapOnly(text, tokens[k - 1], tokens[k], ',')) { k--; passed = true; continue; }
    // (`of Arbury`, `from East Ridge`: a town's capitalised words after `of` or `from`)
    let a = k;
    while (a - 1 > floor && a > k - 3 && tokens[a - 1].cap && spaceBetween(text, tokens[a - 1], tokens[a])) a--;
    if (tokens[k].cap && a - 2 >= floor && /^(of|from)$/.test(tokens[a - 1].lower) && spaceBetween(text, tokens[a - 1], tokens[a])) { k = a - 2; passed = true; continue; }
    break;
  }
  if (!passed || !tokens[k].cap) return null;
  const p = phraseEndingAt(text, tokens, k, floor);
  return p && p.kind === 'name' && hasJsSpaceIn(text, p.nameStart, p.nameEnd) && !ORG_WORDS.has(tokens[k].lower) ? p : null;
}

/** Whether the capitalised words ending at tokens[k] follow a preposition of place (`in Wilmington`, `from Fort Worth`). */
/** `Elders in Fort Lacasse`: a plural opening the clause, then `in`, `at` or `from` and the town `town` ending at tokens[k]; else null. */
function pluralOpeningBefore(text: string, tokens: Token[], town: MentionPhrase | null, k: number, floor: number): MentionPhrase | null {
  if (!town) return null;
  const a = firstTokenOf(tokens, k, town.start);
  if (a - 2 !== floor || !/^(in|at|from)$/.test(tokens[a - 1].lower) || !/[^s]s$/.test(tokens[floor].lower) || (tokens[floor].lists & (IN_DETERMINERS | IN_NOT_NAME_WORDS)) !== 0 ||
    !spaceBetween(text, tokens[floor], tokens[a - 1])) return null;
  return { start: tokens[floor].start, end: tokens[k].end, nameStart: tokens[floor].start, nameEnd: tokens[k].end, role: null, kind: 'description', gender: null };
}

function afterPlacePreposition(tokens: Token[], k: number, floor: number): boolean {
  let a = k;
  while (a - 1 >= floor && a > k - 3 && tokens[a - 1].cap) a--;
  return a - 1 >= floor && /^(in|at|from|near|outside|of|to)$/.test(tokens[a - 1].lower);
}

/** Whether tokens[k] is a US state's name or short form after a town and its comma (`Clinton, Md.`, `Columbus, Ohio`). */
function stateAfterTown(text: string, tokens: Token[], k: number): boolean {
  if (k < 1 || !tokens[k].cap || !tokens[k - 1].cap) return false;
  if (text.slice(tokens[k - 1].end, tokens[k].start) === ', ') return isStateWord(tokens[k].lower);
  // (`Surrey, British Columbia,`, `Halifax, Nova Scotia,`: a name of two or three words)
  let a = k, key = tokens[k].lower;
  while (a - 1 >= 1 && a > k - 3 && tokens[a - 1].cap && spaceBetween(text, tokens[a - 1], tokens[a])) { a--; key = tokens[a].lower + '_' + key; }
  return a < k && tokens[a - 1].cap && text.slice(tokens[a - 1].end, tokens[a].start) === ', ' && (US_STATE_NAMES.has(key) || PROVINCE_WORDS.has(key));
}

/** Whether a token's lower-case form is a US state's or a Canadian province's name or short form (`ohio`, `md.`, `del`, `ont.`, `b.c.`). */
function isStateWord(w: string): boolean {
  const bare = w.endsWith('.') ? w.slice(0, -1) : w;
  return US_STATE_NAMES.has(w) || STATE_ABBREVIATIONS.has(bare) || PROVINCE_WORDS.has(bare);
}

/** The last token of a US state's name or abbreviation starting at tokens[m] and followed by a comma (`N.C.,`, `North Carolina,`), or -1. */
function stateNameEnd(text: string, tokens: Token[], m: number): number {
  if (m >= tokens.length || !tokens[m].cap) return -1;
  const w = tokens[m].lower;
  let e = -1;
  if (isStateWord(w)) e = m;
  else if (m + 1 < tokens.length && tokens[m + 1].cap && (US_STATE_NAMES.has(w + '_' + tokens[m + 1].lower) || PROVINCE_WORDS.has(w + '_' + tokens[m + 1].lower))) e = m + 1;
  // (`Prince Edward Island`)
  else if (m + 2 < tokens.length && tokens[m + 1].cap && tokens[m + 2].cap && PROVINCE_WORDS.has(w + '_' + tokens[m + 1].lower + '_' + tokens[m + 2].lower)) e = m + 2;
  // (`Del.,`: a state's short form may not hold its period as a word does)
  return e >= 0 && e + 1 < tokens.length && /^\.?,\s*$/.test(text.slice(tokens[e].end, tokens[e + 1].start)) ? e : -1;
}

/** `Bobby Scott (D-Va.),`, `Jane Doe (pictured),`: the word before a short parenthesis tokens[k] closes, a comma after it; else -1. */
function beforeParenthetical(text: string, tokens: Token[], k: number, floor: number): number {
  return /^\.?\),\s$/.test(text.slice(tokens[k].end, tokens[k + 1].start)) ? wordBeforeParenthesis(text, tokens, k, floor) : -1;
}

/** The word before the opening of a short parenthesis (at most four words, `(D-Mass.)`) that tokens[k] ends inside, or -1. */
function wordBeforeParenthesis(text: string, tokens: Token[], k: number, floor: number, words = 4): number {
  let m = k;
  while (m > floor && m > k - words && !/\(\s*$/.test(text.slice(tokens[m - 1].end, tokens[m].start))) m--;
  return m > floor && /\s\(\s*$/.test(text.slice(tokens[m - 1].end, tokens[m].start)) ? m - 1 : -1;
}

/** Whether tokens[k] says when: a day, `Thursday`, `last week`, `on Wednesday`, `in 2019`. */
function saysWhenAt(tokens: Token[], k: number, last: number): boolean {
  const w = tokens[k].lower;
  if (DAYS.has(w) || w === 'today' || w === 'yesterday' || w === 'earlier' || w === 'recently') return true;
  if (k + 1 > last || !/^(on|in|at|last|this|during|early|late)$/.test(w)) return false;
  const n = tokens[k + 1].lower;
  return DAYS.has(n) || WHEN_WORDS.has(n) || MONTHS.has(n) || /^\d/.test(n);
}

/** Whether `by` names an agent among tokens[k..k+8] (up to `last`): `released Monday by the ministry`. */
function agentWithin(tokens: Token[], k: number, last: number): boolean {
  for (let m = k; m <= last && m <= k + 8; m++) if (tokens[m].lower === 'by') return true;
  return false;
}

/** `released`, `written`, `speaking`, `seen`: a participle opening an aside. */
function participleAt(tokens: Token[], m: number): boolean {
  const w = tokens[m].lower;
  return (w.length > 4 && /^[a-z]+(ed|en|ing)$/.test(w)) || IRREGULAR_PARTICIPLES.has(w);
}

/** Whether the words from tokens[floor] up to offset `start` are one phrase opening the sentence (`A letter from 40 doctors`). */
function opensAsOnePhrase(text: string, tokens: Token[], floor: number, start: number): boolean {
  // (a phrase is a few words: never walk a long sentence, which kept huge inputs from being linear)
  for (let m = floor; m + 1 < tokens.length && tokens[m + 1].start <= start; m++) {
    if (m - floor >= 12) return false;
    if (!spaceBetween(text, tokens[m], tokens[m + 1]) || (tokens[m].lists & (IN_AUXILIARIES | IN_SPEECH_VERBS)) !== 0) return false;
  }
  return true;
}

/** The char code of the last character of text[from, to) that is no white space, or -1. */
function lastBeforeSpaces(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
  return i >= from ? text.charCodeAt(i) : -1;
}

/** Whether text[from, to) opens with `a`, `an`, `each`, `every` or `one` and a space, in any case (what /^(a|an|each|every|one)\s/i finds). */
function opensWithSingular(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i < from + 6) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i++;
  }
  return i < to && isJsSpace(text.charCodeAt(i)) && SINGULAR_DETERMINERS.has(text.slice(from, i).toLowerCase());
}

const SINGULAR_DETERMINERS = new Set(['a', 'an', 'each', 'every', 'one']);
/** Prepositions between a head and the name it works for or is in (`a spokeswoman for Trudeau`). */
const HEAD_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'across']);
/** Prepositions saying where people are (`Critics on the right`). */
const SOMEWHERE_PREPOSITIONS = new Set(['on', 'in', 'at', 'across', 'around', 'inside', 'outside', 'within', 'from']);

/** `…, said Jane Doe`: an inverted frame whose speaker is a name. */
function invertedName(text: string, tokens: Token[], c: number, ceil: number, inQuote: number[]): Frame | null {
  if ((tokens[c].lists & IN_INVERTING_CUES) === 0) return null; // `…, told Politico`: a name after `told` is the listener
  const f = subjectAfter(text, tokens, c, ceil, inQuote);
  return f && f.phrase.kind === 'name' ? f : null;
}

/** `,” said Scheer`, `, said the spokesman`, `” Reed said` is handled by subjectBefore. */
function subjectAfter(text: string, tokens: Token[], c: number, ceil: number, inQuote: number[]): Frame | null {
  if (c + 1 >= ceil || inQuote[c + 1]) return null;
  // (`…, adding that the food bank had …`: `that` after the cue opens what was said, never who said it)
  if (tokens[c + 1].lower === 'that') return null;
  // (`…, adding of Mr. Trump, “…”`: whom or what a preposition after the cue names is spoken of, not speaking)
  if (STRANDED_PREPOSITIONS.has(tokens[c + 1].lower)) return null;
  if (!spaceBetween(text, tokens[c], tokens[c + 1])) return null;
  // (`…, told Tracy she was …`: whom one tells is the listener; `tell` never inverts)
  // (`a shell company she controlled, called DV Consulting Services,`: nor does naming: the name after it is what is named)
  if (/^(told|tell|tells|called|named|dubbed|titled|labelled|labeled|nicknamed)$/.test(tokens[c].lower)) return null;
  // inversion needs the cue right after a quote or a comma
  // (the last character before it but spaces, within six: what /[,”"’'][”"’']?\s*$/ finds)
  const last = lastBeforeSpaces(text, c > 0 ? Math.max(tokens[c - 1].end, tokens[c].start - 6) : Math.max(0, tokens[c].start - 6), tokens[c].start);
  const afterQuote = last === 0x201d || last === 34 || last === 0x2019 || last === 39;
  if (last !== 44 && !afterQuote) return null;
  const phrase = phraseStartingAt(text, tokens, c + 1, ceil, afterQuote);
  if (!phrase) return null;
  const end = lastTokenOf(tokens, c + 1, phrase.end);
  // (`…, said she remembers …`: a pronoun the next word follows after a space opens the reported clause; an inverted one closes it)
  if (phrase.kind === 'pronoun' && end + 1 < ceil && isOneSpace(text, tokens[end].end, tokens[end + 1].start)) return null;
  return { cue: c, cueEnd: c, phrase, first: c, last: end, speakerFirst: false, according: false, weak: false, participle: false };
}
