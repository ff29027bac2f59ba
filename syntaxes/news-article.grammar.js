// Source of syntaxes/news-article.tmLanguage.json. TextMate grammars cannot share regex
// fragments, so the fragments (names, cue verbs, months, header fields) live here once and are
// composed into the rules. Regenerate with `node syntaxes/news-article.grammar.js`; the grammar
// tests fail if the JSON is out of date.
'use strict';

const SCOPE = 'news-article';

/** Joins regex alternatives into a non-capturing group. */
const anyOf = (...alternatives) => `(?:${alternatives.join('|')})`;

// ---- Words and names -------------------------------------------------------------------------

const LETTER = '[\\p{L}\\p{M}]';
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Not after a letter, digit or apostrophe. One class, not an alternation: Oniguruma checks it far faster. */
const NOT_AFTER_WORD_OR_APOSTROPHE = "(?<![\\p{L}\\p{M}\\p{N}'’])";
/** Abbreviated titles keep their period inside a name: "Sen. Maria Alvarez", "Dr. O'Neill". */
const TITLE_ABBREVIATION = `${anyOf('Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Cpl', 'Adm', 'Cmdr', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Rev', 'Fr', 'Hon', 'Amb', 'Supt', 'Insp', 'Det', 'Atty', 'Pres', 'Sec', 'Jr', 'Sr', 'St')}\\.`;
/** A capitalised word, with inner apostrophes and hyphens: O'Neill, Jean-Claude, China’s. */
const CAPITALISED_WORD = `\\p{Lu}${LETTER}*(?:['’-]\\p{L}${LETTER}*)*`;
const NAME_WORD = anyOf(TITLE_ABBREVIATION, '\\p{Lu}\\.', CAPITALISED_WORD);
/** Lowercase words inside a name or title: Ana de la Cruz, Secretary of State John F. Kerry. */
const NAME_PARTICLE = anyOf('de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'of', 'the');
/** Capitalised words that start sentences but are never the first word of a speaker's name. */
const NOT_A_NAME_START = anyOf(
  'The', 'A', 'An', 'But', 'And', 'Or', 'Nor', 'So', 'Yet', 'If', 'When', 'While', 'As', 'In', 'On', 'At', 'For', 'Of', 'To',
  'From', 'With', 'By', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Now', 'He', 'She', 'They', 'It', 'We', 'I', 'You',
  'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'After', 'Before', 'Also', 'However', 'Meanwhile', 'Still', 'Later',
  'Earlier', 'Asked', 'Speaking', 'Separately', 'Instead', 'Although', 'Though', 'Because', 'Since', 'Until', 'Once', 'Some',
  'Many', 'Most', 'Both', 'Each', 'Such', 'What', 'Which', 'Who', 'Why', 'How', 'Where', 'Here', 'Yes', 'No', 'Not',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Yesterday', 'Tomorrow', 'Story');
/**
 * A speaker's name: at most six words, atomic, and not a possessive (Xi’s comments, Band's memo:
 * no speaker at all, rather than a trimmed "Band"). The bound and the atomic group keep matching linear.
 */
const NAME = `(?!${NOT_A_NAME_START}(?!${WORD_CHAR}|['’.-]))(?>${NAME_WORD}(?:[ \\t]+(?:${NAME_PARTICLE}[ \\t]+){0,2}${NAME_WORD}){0,5})(?<!['’]s)`;
/** A capital first, so the scanner rejects most positions before the costlier checks. */
const NAME_START_BOUNDARY = `(?=\\p{Lu})${NOT_AFTER_WORD_OR_APOSTROPHE}`;
const PRONOUN = anyOf('he', 'she', 'they', 'He', 'She', 'They');

// ---- Attribution -----------------------------------------------------------------------------

/** Verbs that attribute speech, in the forms news copy uses next to a quotation. */
const CUE_VERB = anyOf(
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'answered', 'replied', 'responded',
  'responds', 'urged', 'urges', 'warned', 'warns', 'hailed', 'noted', 'stated', 'explained',
  'explains', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'declared', 'declares', 'announced',
  'announces', 'wrote', 'writes', 'tweeted', 'posted', 'recalled', 'acknowledged', 'acknowledges', 'admitted',
  'admits', 'conceded', 'concedes', 'confirmed', 'confirms', 'denied', 'denies', 'stressed', 'emphasi[sz]ed',
  'emphasi[sz]es', 'suggested', 'suggests', 'predicted', 'predicts', 'promised', 'pledged', 'vowed',
  'cautioned', 'cautions', 'complained', 'complains', 'countered', 'observed', 'observes', 'remarked',
  'commented', 'continued', 'concluded', 'concludes', 'quipped', 'joked', 'shouted',
  'yelled', 'whispered', 'demanded', 'testified', 'testifies', 'reiterated', 'reiterates', 'maintained',
  'maintains', 'contended', 'contends', 'disclosed', 'revealed', 'reveals', 'boasted', 'lamented',
  'recounted', 'mused');
/** Participles that introduce a quotation: `…, saying “…”`. */
const CUE_PARTICIPLE = anyOf('saying', 'telling', 'adding', 'asking', 'warning', 'noting', 'writing', 'declaring', 'insisting', 'arguing', 'urging', 'stressing');
/** Words that may stand between a speaker and the cue: "He also urged", "Blinken later told". */
const ADVERB_OR_AUXILIARY = anyOf(
  'also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'repeatedly', 'once', 'often', 'has', 'had',
  'have', 'would', 'will', 'reportedly', 'recently', 'publicly', 'privately', 'bluntly', 'flatly', 'simply');
const BETWEEN_SPEAKER_AND_CUE = `(?:[ \\t]+${ADVERB_OR_AUXILIARY}){0,2}`;
/** Where a closing quotation mark has just ended a quote: `,”` `.”` `”,` (and straight forms). */
const AFTER_QUOTE_END = `(?=[ \\t])(?<=[,?!.…—–-][”"’']|[”"’'],|[,?!.…—–-]'')`;
/** Descriptive speakers at a sentence's end: `…, analysts said.` `…, the ministry said in a statement`. */
const DESCRIPTOR_CUE_END = `(?=[ \\t]*[.,;]|[ \\t]+${anyOf('in', 'on', 'during', 'at', 'after', 'before', 'late', 'earlier', 'later', 'this', 'last', 'when', 'while', 'of', 'that')}\\b)`;

// ---- Dates, places, agencies -----------------------------------------------------------------

const MONTH = anyOf('Jan(?:uary|\\.)?', 'Feb(?:ruary|\\.)?', 'Mar(?:ch|\\.)?', 'Apr(?:il|\\.)?', 'May', 'June?', 'July?', 'Aug(?:ust|\\.)?',
  'Sept?(?:ember|\\.)?', 'Oct(?:ober|\\.)?', 'Nov(?:ember|\\.)?', 'Dec(?:ember|\\.)?');
const MONTH_DAY = `${MONTH}[ \\t]+\\d{1,2}(?!\\d)(?:,[ \\t]+\\d{4})?`;
const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)';
/** A wire dateline's place in capitals: BEIJING, NEW YORK, ST. LOUIS, NEW YORK/LONDON (two places a slash joins). */
/** (FORT McMURRAY: `Mc` keeps its small letter in capitals) */
const PLACE_IN_CAPITALS = `(?:Mc)?\\p{Lu}[\\p{Lu}\\p{M}.'’-]{2,}(?:(?:[ \\t]+|/)(?:Mc)?\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,4}(?!${LETTER})`;
/** A place as written in running text: Kenya, Calif., United Kingdom. */
const PLACE_CAPITALISED = `\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}.'’-]*)*`;
/** Space around a dateline's dash: some sites set a no-break space before it (`CHARLESTON, S.C.\u00a0—`). */
const DATELINE_SPACE = '[ \\t\\x{00A0}]';
/** The dash ending a dateline, then a space or the line's end; an em or en dash (or a bar) may touch the next word (`BOSTON —Standing`). */
const DATELINE_DASH = `(?:(?:--|[-–—―])(?=${DATELINE_SPACE}|$)|[—–―](?=[\\p{Lu}"“‘]))`;
/** `BEIJING, June 19`, `NAIROBI, Kenya`, `MIAMI, Sept. 12`, `WASHINGTON`. */
/** AFP's country in parentheses after the place, before the agency's: `Marrun (Zarania) (AFP) -`. */
const COUNTRY_IN_PARENS = `(?:[ \\t]+\\(${PLACE_CAPITALISED}\\)(?=[ \\t]*\\())?`;
const WIRE_PLACE_AND_DATE = `${PLACE_IN_CAPITALS}(?:,[ \\t]*${anyOf(MONTH_DAY, PLACE_CAPITALISED)})*${COUNTRY_IN_PARENS}`;
// (in parentheses, `(Reuters)`, or a press-release wire between slashes, `/CNW/`, `/PRNewswire/`)
const AGENCY_IN_PARENS = '([(/])([^()/\\n]{1,40})([)/])';
const AGENCY_NAME = `\\p{Lu}[\\p{L}\\p{M}.&'’-]*(?:[ \\t]+${anyOf(`\\p{Lu}[\\p{L}\\p{M}.&'’-]*`, 'de', 'of', 'and', '&')}){0,4}`;
const CREDIT_ROLE = anyOf('[Rr]eporting', '[Ww]riting', '[Ee]diting', '[Cc]ompiled', '[Rr]esearch', '[Tt]ranslation', '[Gg]raphics', '[Pp]roduction', '[Vv]ideo', '[Pp]hotos?');

// ---- Header fields ---------------------------------------------------------------------------

const DATE_FIELD = '(?i:date|published|updated|modified|created|pubdate|dateline)';
const TITLE_FIELD = '(?i:title|headline|hed|subtitle|subhead|dek|deck)';
const AUTHOR_FIELD = '(?i:author|authors|byline|reporter|writer)';
const SOURCE_FIELD = '(?i:source|agency|publisher|outlet|credit|copyright)';
const OTHER_FIELD = '(?i:id|url|link|section|category|tags|keywords|lang|language|location|place|edition|slug|words|wordcount|summary|description|status)';
const ANY_FIELD = anyOf(DATE_FIELD, TITLE_FIELD, AUTHOR_FIELD, SOURCE_FIELD, OTHER_FIELD);
/** A header line: a known field and a colon (`Title: …`), or a field and a number (` date 2023-06-20`). */
const HEADER_LINE_START = `[ \\t]*${ANY_FIELD}(?:[ \\t]*:|[ \\t]+(?=\\d))`;

// ---- Headline --------------------------------------------------------------------------------

/** Short, not ending like a sentence or a clause, not a byline or dateline. */
const HEADLINE = `(?![ \\t]*By[ \\t])(?![ \\t]*${WIRE_PLACE_AND_DATE}${DATELINE_SPACE}*(?:[(/]|${DATELINE_DASH}))[ \\t]*(\\S(?:[^\\n]{0,118}[^\\s.;:,])?)(?<![.;:,][”"’'])[ \\t]*$`;

// ---- Quotations ------------------------------------------------------------------------------

const BLANK_LINE_AHEAD = '^(?=[ \\t]*$)';
/** A closing single mark, unless it is an apostrophe inside a word (China’s, O'Neill, couldn't). */
const CLOSING_CURLY_SINGLE = `’(?!${WORD_CHAR})`;
const CLOSING_STRAIGHT_SINGLE = `(?<=\\S)'(?!${WORD_CHAR}|')`;
/** ‘ opens a quote, except where it is typed for an apostrophe: Obama‘s, ‘16, ‘90s. */
const OPENING_CURLY_SINGLE = `(?<!${WORD_CHAR})‘(?!\\d{2}s?(?!\\d))`;
/** A straight single mark opens a quote only before a letter and not inside a word. */
const OPENING_STRAIGHT_SINGLE = `${NOT_AFTER_WORD_OR_APOSTROPHE}'(?=\\p{L})`;
/** Two straight singles as a double mark (''…'', archive style): opening only where no word or clause ends. */
const OPENING_TWO_SINGLES = "(?<![\\p{L}\\p{M}\\p{N}.,;:!?'’])''(?!')";

const QUOTES = {
  'double-curly': { open: '“', close: '”', kind: 'double', alsoEndsBefore: '“' },
  'double-straight': { open: '"', close: '"', kind: 'double', opensLine: '"' },
  'double-two-singles': { open: OPENING_TWO_SINGLES, close: "''", kind: 'double', opensLine: "''" },
  'single-curly': { open: OPENING_CURLY_SINGLE, close: CLOSING_CURLY_SINGLE, kind: 'single', alsoEndsBefore: '‘' },
  'single-straight': { open: OPENING_STRAIGHT_SINGLE, close: CLOSING_STRAIGHT_SINGLE, kind: 'single', opensLine: "'(?=\\p{L})" },
};
const NESTED_IN = { double: ['single-curly', 'single-straight'], single: ['double-curly', 'double-straight'] };

/**
 * A quotation. It ends at its closing mark, before a fresh opening mark of its own kind, or at the
 * paragraph's end (a blank line), so one missing mark never colours the rest of the article.
 * A straight mark starting a line opens the next paragraph's quote (articles with one paragraph per
 * line and no blank lines); it is checked before the closing mark, which it would otherwise match.
 * A quote nested in another also ends before the enclosing quote's closing mark.
 */
function quotationRule(key, enclosingClose) {
  const { open, close, kind, alsoEndsBefore, opensLine } = QUOTES[key];
  const lineStartEnds = opensLine ? [`^(?=[ \\t]*${opensLine})`] : [];
  const earlyEnds = [BLANK_LINE_AHEAD];
  if (alsoEndsBefore) earlyEnds.push(`(?=${alsoEndsBefore})`);
  if (enclosingClose) earlyEnds.push(`(?=${enclosingClose})`);
  const rule = {
    name: `string.quoted.${kind}.${SCOPE}`,
    begin: open,
    beginCaptures: { 0: { name: `punctuation.definition.string.begin.${SCOPE}` } },
    end: [...lineStartEnds, `(${close})`, ...earlyEnds].join('|'),
    endCaptures: { 1: { name: `punctuation.definition.string.end.${SCOPE}` } },
  };
  if (!enclosingClose) rule.patterns = NESTED_IN[kind].map(inner => ({ include: `#${inner}-in-${key}` }));
  return rule;
}

function quotationRepository() {
  const repository = {
    quotations: { patterns: Object.keys(QUOTES).map(key => ({ include: `#${key}` })) },
  };
  for (const key of Object.keys(QUOTES)) {
    repository[key] = quotationRule(key, null);
    for (const inner of NESTED_IN[QUOTES[key].kind]) repository[`${inner}-in-${key}`] = quotationRule(inner, QUOTES[key].close);
  }
  return repository;
}

// ---- Rules -----------------------------------------------------------------------------------

const scoped = name => ({ name: `${name}.${SCOPE}` });
/** Bold as well, since few themes colour `entity.name.section` outside a heading. */
const placeCapture = { name: `markup.bold.${SCOPE} entity.name.section.dateline.${SCOPE}` };

const header = {
  // contentName, not name: the headline captured by `end` is not part of the header.
  contentName: `meta.header.${SCOPE}`,
  // `^` after `\\A` lets Oniguruma try only the first position instead of every one.
  begin: `\\A^(?=${HEADER_LINE_START})`,
  // The header ends at the first line that is not a field; that line is the headline when it looks like one.
  end: `^(?![ \\t]*$)(?!${HEADER_LINE_START})(?:${HEADLINE})?`,
  endCaptures: { 1: { name: `markup.heading.${SCOPE}`, patterns: [{ include: '#quotations' }] } },
  patterns: [{ include: '#header-field' }],
};

const fieldLine = (field, valueCapture) => ({
  match: `^[ \\t]*(${field})(?![\\w-])(?:[ \\t]*(:))?[ \\t]*(.*)$`,
  captures: { 1: scoped('keyword.other.header'), 2: scoped('punctuation.separator.key-value'), 3: valueCapture },
});

/** YAML front matter, as static-site tools write it: `---`, `key: value` lines, `---`. */
const frontMatter = {
  begin: '\\A^(---)[ \\t]*$',
  beginCaptures: { 1: scoped('punctuation.definition.header.begin') },
  end: '^(---|\\.\\.\\.)[ \\t]*$',
  endCaptures: { 1: scoped('punctuation.definition.header.end') },
  contentName: `meta.header.${SCOPE}`,
  patterns: [
    { include: '#header-field' },
    {
      match: '^[ \\t]*([\\w-]+)[ \\t]*(:)',
      captures: { 1: scoped('keyword.other.header'), 2: scoped('punctuation.separator.key-value') },
    },
  ],
};

const headerField = {
  patterns: [
    fieldLine(DATE_FIELD, { patterns: [{ include: '#header-date' }, { include: '#header-dateline' }] }),
    fieldLine(TITLE_FIELD, { name: `markup.heading.${SCOPE}`, patterns: [{ include: '#quotations' }] }),
    fieldLine(AUTHOR_FIELD, scoped('comment.line.byline')),
    fieldLine(SOURCE_FIELD, scoped('entity.name.class.agency')),
    fieldLine(OTHER_FIELD, { patterns: [{ match: 'https?://\\S+', name: `markup.underline.link.${SCOPE}` }] }),
  ],
};

const headerDate = {
  patterns: [
    { match: ISO_DATE, name: `constant.numeric.date.${SCOPE}` },
    { match: `\\b${MONTH_DAY}`, name: `constant.numeric.date.${SCOPE}` },
  ],
};

/** The place-and-date after the published date: ` date 2023-06-20 Beijing, June 19`. */
const headerDateline = {
  match: `(?<![\\p{L}\\p{M}])(${PLACE_CAPITALISED},[ \\t]*${MONTH_DAY})`,
  captures: { 1: placeCapture },
};

const dashCapture = scoped('punctuation.separator.dateline');
const agencyCaptures = (first) => ({
  [first]: scoped('punctuation.definition.agency.begin'),
  [first + 1]: scoped('entity.name.class.agency'),
  [first + 2]: scoped('punctuation.definition.agency.end'),
});

const dateline = {
  patterns: [
    {
      // BEIJING, June 19 (Reuters) -   WASHINGTON (AP) —   NAIROBI, Kenya —   MIAMI, Sept. 12 —
      name: `meta.dateline.${SCOPE}`,
      match: `^[ \\t]*(${WIRE_PLACE_AND_DATE})(?:${DATELINE_SPACE}*${AGENCY_IN_PARENS})?${DATELINE_SPACE}*(${DATELINE_DASH})`,
      captures: { 1: placeCapture, ...agencyCaptures(2), 5: dashCapture },
    },
    {
      // Beijing, June 19 (Reuters) -   (a capitalised place is a dateline only with an agency)
      name: `meta.dateline.${SCOPE}`,
      match: `^[ \\t]*(${PLACE_CAPITALISED}(?:,[ \\t]*${anyOf(MONTH_DAY, PLACE_CAPITALISED)})*${COUNTRY_IN_PARENS})${DATELINE_SPACE}*${AGENCY_IN_PARENS}${DATELINE_SPACE}*(${DATELINE_DASH})`,
      captures: { 1: placeCapture, ...agencyCaptures(2), 5: dashCapture },
    },
  ],
};

const AUTHOR = `${NAME_WORD}(?:[ \\t]+(?:${NAME_PARTICLE}[ \\t]+)?${NAME_WORD})*`;
const byline = {
  // By Jane Doe   By Jane Doe and John Roe, Reuters
  name: `comment.line.byline.${SCOPE}`,
  // A byline is a short line; the length check first keeps a long paragraph starting "By" cheap.
  match: `^(?=[^\\n]{0,160}$)[ \\t]*(By)[ \\t]+(${AUTHOR}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|&)[ \\t]+)${AUTHOR})*?)(?:[ \\t]*(?:,|\\||—|–|-)[ \\t]*(${AGENCY_NAME}))?[ \\t]*$`,
  captures: { 1: scoped('punctuation.definition.comment'), 2: scoped('meta.author'), 3: scoped('meta.agency') },
};

const credit = {
  patterns: [
    {
      // `… with Blinken. — Reuters` at the end of the last paragraph, or on its own line.
      match: `(?:(?<=[.!?”"’')\\]])[ \\t]+|^[ \\t]*)((?:--|[—–-])[ \\t]*(${AGENCY_NAME}))[ \\t]*$`,
      captures: { 1: scoped('comment.line.credit'), 2: scoped('meta.agency') },
    },
    {
      // (Reporting by Jane Doe; Editing by John Roe)
      name: `comment.line.credit.${SCOPE}`,
      match: `(\\()((?:Additional[ \\t]+)?${CREDIT_ROLE}\\b[^()\\n]*)(\\))`,
      captures: { 1: scoped('punctuation.definition.comment.begin'), 3: scoped('punctuation.definition.comment.end') },
    },
    {
      name: `comment.line.credit.${SCOPE}`,
      match: `^[ \\t]*(?:(?:Additional[ \\t]+)?${CREDIT_ROLE}[ \\t]+by\\b|Contributing:|Copyright\\b|©).*$`,
    },
  ],
};

const headlineFirstLine = {
  match: `\\A^${HEADLINE}`,
  captures: { 1: { name: `markup.heading.${SCOPE}`, patterns: [{ include: '#quotations' }] } },
};

const speakerCapture = scoped('entity.name.type.speaker');
const pronounCapture = scoped('entity.name.type.speaker.pronoun');
const cueCapture = scoped('keyword.other.cue');

const attribution = {
  patterns: [
    {
      // ,” said Sen. Maria Alvarez
      match: `${AFTER_QUOTE_END}[ \\t]+(${CUE_VERB})[ \\t]+${NAME_START_BOUNDARY}(${NAME})`,
      captures: { 1: cueCapture, 2: speakerCapture },
    },
    {
      // ,” said the senator   (the cue alone)
      match: `${AFTER_QUOTE_END}[ \\t]+(${CUE_VERB})\\b`,
      captures: { 1: cueCapture },
    },
    {
      // Xi told Blinken   Chinese President Xi Jinping hailed   Blinken said: “
      match: `${NAME_START_BOUNDARY}(${NAME})${BETWEEN_SPEAKER_AND_CUE}[ \\t]+(${CUE_VERB})\\b`,
      captures: { 1: speakerCapture, 2: cueCapture },
    },
    {
      // ”, he added   He also urged
      match: `\\b(${PRONOUN})${BETWEEN_SPEAKER_AND_CUE}[ \\t]+(${CUE_VERB})\\b`,
      captures: { 1: pronounCapture, 2: cueCapture },
    },
    {
      // …, analysts said.   …, the ministry said in a statement
      match: `(?<=,)[ \\t]+(?!${anyOf('and', 'but', 'or', 'yet', 'so', 'while', 'as', 'which', 'who', 'that', 'he', 'she', 'they', 'it', 'we', 'i', 'you')}\\b)((?:${anyOf('the', 'a', 'an', 'some', 'many', 'two', 'three', 'several')}[ \\t]+)?\\p{Ll}[\\p{L}\\p{M}-]*(?:[ \\t]+\\p{Ll}[\\p{L}\\p{M}-]*){0,2})[ \\t]+(${anyOf('said', 'say', 'says', 'added', 'told', 'wrote', 'warned', 'noted')})${DESCRIPTOR_CUE_END}`,
      captures: { 1: speakerCapture, 2: cueCapture },
    },
    {
      // according to Wang
      match: `\\b([Aa]ccording[ \\t]+to)(?:[ \\t]+${NAME_START_BOUNDARY}(${NAME}))?`,
      captures: { 1: cueCapture, 2: speakerCapture },
    },
    {
      // …, saying “…   told reporters: “…   (a cue right before a quotation)
      match: `\\b(${anyOf(CUE_VERB, CUE_PARTICIPLE)})(?=[ \\t]*[:,]?[ \\t]*[“"‘])`,
      captures: { 1: cueCapture },
    },
  ],
};

function buildGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'News Article',
    scopeName: `text.${SCOPE}`,
    fileTypes: ['article', 'news'],
    patterns: [
      { include: '#front-matter' },
      { include: '#header' },
      { include: '#dateline' },
      { include: '#byline' },
      { include: '#credit' },
      { include: '#headline-first-line' },
      { include: '#quotations' },
      { include: '#attribution' },
    ],
    repository: {
      'front-matter': frontMatter,
      header,
      'header-field': headerField,
      'header-date': headerDate,
      'header-dateline': headerDateline,
      dateline,
      byline,
      credit,
      'headline-first-line': headlineFirstLine,
      ...quotationRepository(),
      attribution,
    },
  };
}

/** The grammar file's exact text, so a test can tell whether the JSON is up to date. */
function grammarFileText() {
  return JSON.stringify(buildGrammar(), null, 2) + '\n';
}

module.exports = { buildGrammar, grammarFileText };

if (require.main === module) {
  const path = require('path');
  require('fs').writeFileSync(path.join(__dirname, 'news-article.tmLanguage.json'), grammarFileText());
}
