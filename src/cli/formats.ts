import type { Analysis, Statement } from '../core';
import { csvLines } from '../core/export/csv';
import { addTotals, analysisSources, describeSources, emptyTotals, SOURCE_COLUMNS, sourceRow, type SourceTotals } from '../core/export/sources';
import type { Output } from './output';

export const FORMATS = ['json', 'jsonl', 'text', 'sources'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * One analysis as its format writes it: the text for the output (without the separators a JSON array puts between
 * items) and, for `sources`, the article's totals. Made apart from the writer, so that it can be made in a worker thread.
 */
export interface Rendered {
  /** (UTF-8 bytes when made in a worker thread: they move to the writing thread without a copy) */
  text: string | Uint8Array;
  totals?: SourceTotals;
}

/**
 * Renders one analysis in `format`. `several` says whether the input can hold more than one document; for `json` it
 * decides the shape (an array, or one object), so the shape never depends on which inputs failed.
 */
export function render(format: Format, a: Analysis, several: boolean): Rendered & { text: string } {
  switch (format) {
    case 'jsonl': return { text: JSON.stringify(a) + '\n' };
    case 'json': return { text: JSON.stringify(a, null, 2) + (several ? '' : '\n') };
    case 'text': return { text: describe(a) };
    case 'sources': {
      const { sources, totals } = analysisSources(a.id, a);
      return { text: csvLines(sources.map(sourceRow)), totals };
    }
  }
}

/** Writes rendered analyses one at a time, in order, as they are made: nothing is held back but the current one. */
export interface AnalysisWriter {
  add(rendered: Rendered): Promise<void>;
  end(): Promise<void>;
}

export function createWriter(format: Format, out: Output, several: boolean): AnalysisWriter {
  switch (format) {
    case 'jsonl': case 'text': return { add: r => out.write(r.text), end: async () => {} };
    case 'json': return several ? new JsonArrayWriter(out) : { add: r => out.write(r.text), end: async () => {} };
    case 'sources': return new SourcesWriter(out);
  }
}

/** sources.csv as analyses stream in: a header, then each article's sources; the totals go to stderr at the end. */
class SourcesWriter implements AnalysisWriter {
  private readonly total = emptyTotals(null);
  private articles = 0;
  constructor(private readonly out: Output) {}
  async add(r: Rendered) {
    if (r.totals) addTotals(this.total, r.totals);
    if (this.articles++ === 0) await this.out.write(csvLines([[...SOURCE_COLUMNS]]));
    await this.out.write(r.text);
  }
  async end() {
    if (!this.articles) await this.out.write(csvLines([[...SOURCE_COLUMNS]]));
    process.stderr.write(`news-annotator: ${this.articles} article${this.articles === 1 ? '' : 's'}: ${describeSources(this.total)}\n`);
  }
}

class JsonArrayWriter implements AnalysisWriter {
  private count = 0;
  constructor(private readonly out: Output) {}
  async add(r: Rendered) {
    await this.out.write(this.count++ ? ',\n' : '[\n');
    await this.out.write(r.text);
  }
  async end() { await this.out.write(this.count ? '\n]\n' : '[]\n'); }
}

const CONTENT_WIDTH = 90;

/** Collapses whitespace and cuts to `width` characters (never inside a surrogate pair). */
export function shorten(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= width) return flat;
  let cut = width - 1;
  if (/[\uD800-\uDBFF]/.test(flat[cut - 1])) cut--;
  return flat.slice(0, cut) + '…';
}

function statementLine(s: Statement, index: number, width: number): string {
  const who = s.speaker ? s.speaker.name : '(no speaker)';
  const cue = s.cue ? ` (${shorten(s.cue.text, 30)})` : '';
  return `  ${String(index + 1).padStart(width)}. ${s.kind.padEnd(9)} ¶${s.paragraph + 1}  ${who}${cue}: “${shorten(s.content.text, CONTENT_WIDTH)}”`;
}

/** A human-readable listing of one analysis: the article's structure, each statement, then each speaker with their kind and role. */
export function describe(a: Analysis): string {
  const lines = [`== ${a.id} ==`];
  if (a.published) lines.push(`  published: ${a.published}`);
  if (a.headline) lines.push(`  headline:  ${shorten(a.headline.text, CONTENT_WIDTH)}`);
  if (a.dateline) {
    const parts = [`location “${a.dateline.location}”`];
    if (a.dateline.date) parts.push(`date “${a.dateline.date}”`);
    if (a.dateline.agency) parts.push(`agency ${a.dateline.agency}`);
    lines.push(`  dateline:  ${shorten(a.dateline.text, 40)}  (${parts.join(', ')})`);
  }
  if (a.credit) lines.push(`  credit:    ${shorten(a.credit.text, 60)}`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(`  ${plural(a.statements.length, 'statement')} from ${plural(a.speakers.length, 'speaker')} in ${plural(a.paragraphs.length, 'paragraph')}`);
  const width = String(a.statements.length).length;
  a.statements.forEach((s, i) => lines.push(statementLine(s, i, width)));
  // who spoke, as a reader checks sources: each speaker's kind, role and number of statements
  if (a.speakers.length) {
    const made = new Map<string, number>();
    for (const s of a.statements) if (s.speaker) made.set(s.speaker.id, (made.get(s.speaker.id) ?? 0) + 1);
    lines.push('  speakers:');
    for (const sp of a.speakers) {
      const parts: string[] = [sp.kind];
      if (sp.role) parts.push(shorten(sp.role, 60));
      parts.push(plural(made.get(sp.id) ?? 0, 'statement'));
      lines.push(`    ${shorten(sp.name, 60)} · ${parts.join(' · ')}`);
    }
  }
  return lines.join('\n') + '\n\n';
}
