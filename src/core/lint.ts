import type { Analysis, Paragraph, Statement } from './types';

/**
 * Findings a careful editor wants flagged in an article. Pure: text and its
 * analysis in, findings out (offsets in UTF-16 code units, end-exclusive).
 */

export type LintCode = 'unclosed-quote' | 'quote-without-speaker' | 'unresolved-pronoun';

export interface LintFinding {
  code: LintCode;
  start: number;
  end: number;
  message: string;
  /** The statement the finding is about, if any. */
  statementId?: string;
}

export const LINT_CODES: readonly LintCode[] = ['unclosed-quote', 'quote-without-speaker', 'unresolved-pronoun'];

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'his', 'hers', 'their']);

export function isPronoun(word: string): boolean {
  return PRONOUNS.has(word.trim().toLowerCase());
}

export function lintArticle(text: string, analysis: Analysis, codes: readonly LintCode[] = LINT_CODES): LintFinding[] {
  const wanted = new Set(codes);
  const findings: LintFinding[] = [];
  if (wanted.has('unclosed-quote')) findings.push(...findUnclosedQuotes(text, analysis.paragraphs));
  const speakerIds = new Set(analysis.speakers.map(s => s.id));
  for (const statement of analysis.statements) {
    const pronoun = unresolvedPronoun(text, statement, speakerIds);
    if (pronoun) {
      if (wanted.has('unresolved-pronoun')) {
        findings.push({
          code: 'unresolved-pronoun', start: pronoun.start, end: pronoun.end, statementId: statement.id,
          message: `The speaker of this statement is only “${pronoun.text}”, which refers to nobody named earlier in the article.`,
        });
      }
    } else if (wanted.has('quote-without-speaker') && statement.kind === 'direct' && !statement.speaker) {
      findings.push({
        code: 'quote-without-speaker', start: statement.content.start, end: statement.content.end, statementId: statement.id,
        message: 'This direct quote is not attributed to anyone.',
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const STRAIGHT_DOUBLE = '"';

/**
 * Double quotation marks (curly or straight) that open and never close.
 * A quote may run on into the next paragraph when that paragraph opens with a
 * new opening mark (the newsroom convention for multi-paragraph quotes), so an
 * unclosed mark is only reported when the next paragraph does not continue it.
 * Single marks are not checked: ’ is far more often an apostrophe.
 */
export function findUnclosedQuotes(text: string, paragraphs: readonly Paragraph[]): LintFinding[] {
  const findings: LintFinding[] = [];
  const report = (at: number) => findings.push({
    code: 'unclosed-quote', start: at, end: at + 1,
    message: 'This quotation mark opens a quote that never closes.',
  });
  let carried: number | null = null;
  for (const paragraph of paragraphs) {
    let i = paragraph.start;
    while (i < paragraph.end && /\s/.test(text[i])) i++;
    if (carried !== null && text[i] !== OPEN_DOUBLE && text[i] !== STRAIGHT_DOUBLE) report(carried);
    carried = null;
    let open: number | null = null;
    for (; i < paragraph.end; i++) {
      const ch = text[i];
      if (ch === OPEN_DOUBLE) {
        if (open !== null) report(open);
        open = i;
      } else if (ch === CLOSE_DOUBLE) {
        open = null;
      } else if (ch === STRAIGHT_DOUBLE) {
        open = open === null ? i : null;
      }
    }
    carried = open;
  }
  if (carried !== null) report(carried);
  return findings;
}

/** The pronoun that stands for this statement's speaker, when it resolves to nobody. */
function unresolvedPronoun(text: string, statement: Statement, speakerIds: Set<string>): { start: number; end: number; text: string } | null {
  const speaker = statement.speaker;
  if (speaker) {
    const mention = speaker.mention;
    const resolved = speaker.id !== '' && speakerIds.has(speaker.id) && !isPronoun(speaker.name);
    return mention && isPronoun(mention.text) && !resolved ? mention : null;
  }
  // No speaker at all: a pronoun right next to the cue ("he said", "said she") is the tell.
  const cue = statement.cue;
  if (!cue) return null;
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, cue.start - 20), cue.start));
  if (before && isPronoun(before[1])) {
    const start = cue.start - before[0].length;
    return { start, end: start + before[1].length, text: before[1] };
  }
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(cue.end, cue.end + 20));
  if (after && isPronoun(after[1])) {
    const start = cue.end + after[0].length - after[1].length;
    return { start, end: start + after[1].length, text: after[1] };
  }
  return null;
}
