/**
 * brat standoff, which brat and INCEpTION open: per article a copy of the
 * text (`.txt`) and its annotations (`.ann`), plus one `annotation.conf`.
 * Text-bound annotations `Quote`, `Speaker`, `Cue`; relations
 * `Said Arg1:Speaker Arg2:Quote` and, between parts of one utterance quoted in
 * parts, `Continues Arg1:later Quote Arg2:earlier Quote`; the kind and the tags
 * as attributes; speaker corrections, notes and the words first quoted (when
 * the article was edited under an annotation) as AnnotatorNotes. brat reads
 * offsets in code points (Python strings); a span crossing a line break or tab
 * (the .ann separators) is split into fragments.
 */
import type { Span } from '../types';
import { continuations, exportStatements, outputBase, placedStatements, type ExportArticle, type ExportFile } from './article';
import { codePointConverter, type OffsetConverter } from './codepoints';

const KINDS = ['direct', 'partial', 'indirect', 'pullquote'];

/** A tag as a brat attribute name: letters, digits, underscores. */
export function bratTagAttribute(tag: string): string {
  return 'Tag_' + (tag.trim().replace(/[^\p{L}\p{N}_]+/gu, '_') || 'tag');
}

/** brat's `start end[;start end]` with the text of each fragment, skipping line breaks. */
function fragments(text: string, span: Span, cp: OffsetConverter): { offsets: string; text: string } | null {
  const parts: string[] = [];
  const texts: string[] = [];
  const re = /[^\r\n\t]+/g;
  const slice = text.slice(span.start, span.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const start = span.start + m.index, end = start + m[0].length;
    parts.push(`${cp(start)} ${cp(end)}`);
    texts.push(m[0]);
  }
  return parts.length ? { offsets: parts.join(';'), text: texts.join(' ') } : null;
}

const oneLine = (s: string) => s.replace(/[\r\n\t]+/g, ' ');

export function bratAnn(article: ExportArticle): string {
  const cp = codePointConverter(article.text);
  const lines: string[] = [];
  let t = 0, r = 0, a = 0, n = 0;
  const textBound = new Map<string, string>();
  const entity = (type: string, span: Span): string | null => {
    const key = `${type}:${span.start}:${span.end}`;
    const known = textBound.get(key);
    if (known) return known;
    const f = fragments(article.text, span, cp);
    if (!f) return null;
    const id = `T${++t}`;
    textBound.set(key, id);
    lines.push(`${id}\t${type} ${f.offsets}\t${f.text}`);
    return id;
  };
  const placed = placedStatements(exportStatements(article));
  const quotes = new Map<(typeof placed)[number], string>();
  for (const s of placed) {
    const quote = entity('Quote', s.content);
    if (!quote) continue;
    quotes.set(s, quote);
    lines.push(`A${++a}\tKind ${quote} ${s.kind}`);
    for (const tag of s.tags) lines.push(`A${++a}\t${bratTagAttribute(tag)} ${quote}`);
    const speaker = s.speakerMention ? entity('Speaker', s.speakerMention) : null;
    if (speaker) lines.push(`R${++r}\tSaid Arg1:${speaker} Arg2:${quote}`);
    if (s.cue) entity('Cue', s.cue);
    const notes = [
      s.speaker ? `speaker: ${s.speaker}` : '', s.note ? `note: ${s.note}` : '', s.original ? `original: ${s.original.exact}` : '',
    ].filter(Boolean).join('; ');
    if (notes) lines.push(`#${++n}\tAnnotatorNotes ${quote}\t${oneLine(notes)}`);
  }
  for (const { later, earlier } of continuations(placed)) {
    const from = quotes.get(later), to = quotes.get(earlier);
    if (from && to && from !== to) lines.push(`R${++r}\tContinues Arg1:${from} Arg2:${to}`);
  }
  return lines.map(l => l + '\n').join('');
}

/** brat's configuration for what we export, including one binary attribute per tag used. */
export function bratConf(tags: Iterable<string>): string {
  const tagAttributes = [...new Set([...tags].map(bratTagAttribute))].sort();
  return [
    '[entities]', 'Quote', 'Speaker', 'Cue', '',
    '[relations]', 'Said\tArg1:Speaker, Arg2:Quote', 'Continues\tArg1:Quote, Arg2:Quote', '',
    '[events]', '',
    '[attributes]', `Kind\tArg:Quote, Value:${KINDS.join('|')}`,
    ...tagAttributes.map(name => `${name}\tArg:Quote`),
    '',
  ].join('\n');
}

export function exportBrat(articles: readonly ExportArticle[]): ExportFile[] {
  const used = new Set<string>();
  const files: ExportFile[] = [];
  const tags = new Set<string>();
  for (const article of articles) {
    const base = outputBase(article.name, used);
    for (const s of placedStatements(exportStatements(article))) s.tags.forEach(tag => tags.add(tag));
    files.push({ path: `${base}.txt`, content: article.text });
    files.push({ path: `${base}.ann`, content: bratAnn(article) });
  }
  files.push({ path: 'annotation.conf', content: bratConf(tags) });
  return files;
}
