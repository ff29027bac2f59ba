import type { Analysis, Paragraph, Span, Statement } from './types';

/** Splits text into paragraphs at blank lines (or single newlines). */
export function findParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+(?:\r?\n(?![ \t]*\r?\n)[^\r\n]+)*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index, end = m.index + m[0].length;
    if (m[0].trim()) out.push({ start, end });
  }
  return out;
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * Analyses one article: structure, statements, speakers.
 * Pure and synchronous; never throws on any string.
 */
export function analyze(text: string, id = ''): Analysis {
  const paragraphs = findParagraphs(text);
  const statements: Statement[] = [];
  paragraphs.forEach((p, pi) => {
    const re = /[“"]([^“”"\r\n]+)[”"]/g;
    re.lastIndex = p.start;
    const body = text.slice(0, p.end);
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const start = m.index + 1, end = start + m[1].length;
      statements.push({
        id: `s${statements.length + 1}`,
        kind: m[1].trim().split(/\s+/).length > 3 ? 'direct' : 'partial',
        paragraph: pi,
        content: span(text, start, end),
        speaker: null,
        cue: null,
        confidence: 0.5,
      });
    }
  });
  return { id, published: null, headline: null, dateline: null, credit: null, paragraphs, speakers: [], statements };
}
