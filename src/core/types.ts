/**
 * The analysis contract: what the extractor produces, the CLI prints and the
 * scorer in ../shared/eval reads. Offsets are UTF-16 code units, end-exclusive,
 * so `text.slice(span.start, span.end) === span.text` always holds.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Dateline extends Span {
  /** The place as written, e.g. "NAIROBI, Kenya". */
  location: string;
  /** The date as written, e.g. "Sept. 12", or null. */
  date: string | null;
  /** The wire agency named in the dateline, e.g. "Reuters", or null. */
  agency: string | null;
}

export interface Credit extends Span {
  agency: string | null;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';

export interface Speaker {
  id: string;
  /** One canonical name, the fullest form the article uses. */
  name: string;
  kind: SpeakerKind;
  /** Title or role, e.g. "US Secretary of State". */
  role: string | null;
  /** A person's gender as the article shows it (honorific, gendered title, pronoun, given name); null when it does not, or not a person. */
  gender: 'female' | 'male' | null;
  aliases: string[];
  mentions: Span[];
  /** For a group of people named one by one (`Tore Sohlberg and Lehla Abreder said`): the ids of its members, each a speaker too. */
  members?: string[];
}

export type StatementKind = 'direct' | 'partial' | 'indirect' | 'pullquote';

export interface StatementSpeaker {
  id: string;
  name: string;
  /** The words that introduce this statement as written (may be a pronoun). */
  mention: Span | null;
}

export interface Statement {
  id: string;
  kind: StatementKind;
  /** Index into Analysis.paragraphs. */
  paragraph: number;
  /** The words inside the marks; for reported speech, the reported clause. */
  content: Span;
  speaker: StatementSpeaker | null;
  /** The reporting words: "said", "told", "according to". */
  cue: Span | null;
  /** 0..1 */
  confidence: number;
  /** The id of the statement this one goes on from, when one utterance is quoted in parts
   * (`“…,” Reed said. “…”`, or a paragraph quoting on). Absent otherwise. */
  continues?: string;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface Analysis {
  id: string;
  published: string | null;
  headline: Span | null;
  dateline: Dateline | null;
  credit: Credit | null;
  paragraphs: Paragraph[];
  speakers: Speaker[];
  statements: Statement[];
  /** Set only when the engine hit a defect on this text; the analysis then holds its paragraphs alone. */
  error?: string;
}
