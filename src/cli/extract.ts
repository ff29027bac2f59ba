import * as path from 'node:path';
import { oneOf, parseOptions, UsageError } from './command';
import { createWriter, FORMATS, type AnalysisWriter, type Format } from './formats';
import { analyzeAndRender, automaticJobs, WorkerPool, type Outcome } from './jobs';
import { Output, OutputClosed, OutputError } from './output';
import { readArticle, readJsonlLines, SourceError, sourceName, STDIN } from './sources';

export const summary = 'find every statement in news articles and who made it';

export const usage = `Usage: news-annotator extract [--input text|jsonl] [--format json|jsonl|text|sources] [--out PATH] [--jobs N|auto] [FILE...|-]

Finds every statement (direct, partial and reported speech, pull quotes) in news
articles, who made it and with what words, and the article's dateline and credit.

Input:
  --input text    each FILE is one article (the default). No FILE, or '-', reads stdin.
                  Files are read as VS Code opens them: UTF-8 (a byte-order mark is
                  dropped, so offsets agree with VS Code), or UTF-16 with a byte-order mark.
                  Invalid UTF-8 is replaced by U+FFFD with a warning; a file with NUL
                  bytes is skipped as binary. The analysis id is the FILE as given.
  --input jsonl   each line of each FILE is {"id": "...", "text": "..."}; the text is
                  analysed exactly as given. Streams: one line is read, analysed and
                  written at a time, so it runs on corpora of any size. A line without
                  "id" gets the id SOURCE:LINE. Blank lines are skipped. Decoded as text
                  files are: UTF-8 (a leading byte-order mark is dropped) or UTF-16 with
                  a byte-order mark. Invalid UTF-8 in a line is replaced by U+FFFD with a
                  warning naming the line and byte; a file whose first line holds a NUL
                  byte (UTF-16 without a byte-order mark, binary) is skipped.

Output:
  --format json   pretty JSON (the default for text input): one object for one FILE,
                  an array for several FILEs or for jsonl input
  --format jsonl  one analysis per line (the default for jsonl input)
  --format text   a readable listing: dateline, credit, then each statement with its
                  kind, paragraph, speaker, cue and (shortened) words, then each
                  speaker with their kind, role and number of statements
  --format sources
                  whose voices each article quotes, as CSV streamed one article at a
                  time: a row per source (file, speaker, kind, gender, role, utterances
                  by kind, joint), as 'export --format sources' writes sources.csv but
                  without a person's annotations; the totals of all articles go to stderr
  --out PATH      write to PATH instead of stdout

Speed:
  --jobs N|auto   analyse N documents at once, each in a worker thread of its own
                  (auto: one per processor); the output is the same, in the same order,
                  as with one. The default, 1, analyses in this thread. At most 4 x N
                  documents are held at once, so memory stays bounded.

  -h, --help      this text

One analysis is {"id", "published", "headline", "dateline", "credit", "paragraphs",
"speakers", "statements"}; a speaker has "kind", "role", a person's "gender" as the
article shows it ("female", "male" or null) and, for people named one by one as one
speaker, "members"; every span is {"start", "end", "text"} in UTF-16 code units,
end-exclusive, so text.slice(start, end) === span.text. A statement that goes on from an
earlier part of the same utterance (a quote split around "she said") names it in "continues".

Exit codes: 0 every document analysed (a warning, e.g. about replaced bytes, leaves
it 0); 1 some document could not be read, parsed or analysed (each named on stderr
with its line; the others are still processed); 2 usage error.

Examples:
  news-annotator extract seeds/blinken-xi-beijing.txt
  news-annotator extract --format text seeds/*.txt
  news-annotator extract --input jsonl < corpus.jsonl > analyses.jsonl`;

const INPUTS = ['text', 'jsonl'] as const;

interface Settings {
  input: (typeof INPUTS)[number];
  format: (typeof FORMATS)[number];
  out: string | undefined;
  sources: string[];
  jobs: number;
}

/** More workers than this only cost memory. */
const MAX_JOBS = 256;

function jobsFrom(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return automaticJobs();
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_JOBS)) throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, or auto (got '${value}')`);
  return n;
}

function settingsFrom(args: string[]): Settings {
  const { values, positionals } = parseOptions(args, {
    input: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    jobs: { type: 'string', short: 'j' },
  });
  const input = oneOf('input', values.input, INPUTS, 'text');
  const format = oneOf('format', values.format, FORMATS, input === 'jsonl' ? 'jsonl' : 'json');
  const sources = positionals.length ? positionals : [STDIN];
  if (sources.filter(s => s === STDIN).length > 1) throw new UsageError(`stdin ('-') can be read only once`);
  const out = values.out;
  // Writing over an input would destroy the article before it is read.
  if (out !== undefined && sources.some(s => s !== STDIN && path.resolve(s) === path.resolve(out))) {
    throw new UsageError(`--out ${out} is also an input file; choose another output path`);
  }
  return { input, format, out, sources, jobs: jobsFrom(values.jobs) };
}

/** Reports problems on stderr and remembers that one happened (exit code 1). */
class Problems {
  count = 0;
  report(where: string, message: string) {
    this.count++;
    this.warn(where, message);
  }
  warn(where: string, message: string) {
    process.stderr.write(`news-annotator: ${where}: ${message}\n`);
  }
}

/**
 * Analyses documents and writes each, in the order they were read. With worker threads, up to `window` documents are
 * analysed at once; in this thread, one at a time. A failure of the engine (or an analysis too large to serialise) is
 * reported, not thrown, so the others still run; only output failures stop the run.
 */
class Extraction {
  private readonly inFlight: Array<{ where: string; chars: number; outcome: Promise<Outcome> }> = [];
  private inFlightChars = 0;
  /** At most this many documents and characters in flight (any one document may exceed the characters alone). */
  private readonly window: { documents: number; chars: number };

  constructor(private readonly writer: AnalysisWriter, readonly problems: Problems, private readonly format: Format, private readonly several: boolean,
    private readonly pool: WorkerPool | null) {
    this.window = pool ? pool.window : { documents: 1, chars: 0 };
  }

  async add(where: string, text: string, id: string): Promise<void> {
    const outcome = this.pool ? this.pool.run(text, id) : Promise.resolve(analyzeAndRender(text, id, this.format, this.several));
    this.inFlight.push({ where, chars: text.length, outcome });
    this.inFlightChars += text.length;
    while (this.inFlight.length >= this.window.documents || (this.inFlight.length && this.inFlightChars >= this.window.chars)) await this.writeOldest();
  }

  async finish(): Promise<void> {
    while (this.inFlight.length) await this.writeOldest();
  }

  private async writeOldest(): Promise<void> {
    const { where, chars, outcome } = this.inFlight.shift()!;
    this.inFlightChars -= chars;
    const { rendered, incomplete, failure } = await outcome;
    // still written: its paragraphs are right, and the failure is named for this document alone
    if (incomplete) this.problems.report(where, `analysis incomplete (${incomplete}); please report this article`);
    if (failure || !rendered) {
      this.problems.report(where, failure ?? 'analysis failed');
      return;
    }
    try {
      await this.writer.add(rendered);
    } catch (e) {
      if (e instanceof OutputError) throw e;
      this.problems.report(where, `cannot write the analysis: ${(e as Error).message}`);
    }
  }
}

async function extractTextFile(source: string, extraction: Extraction) {
  const name = sourceName(source);
  const problems = extraction.problems;
  try {
    const article = await readArticle(source);
    if (article.warning) problems.warn(name, article.warning);
    await extraction.add(name, article.text, source === STDIN ? 'stdin' : source);
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    problems.report(name, e.message);
  }
}

function documentFromLine(line: string): { id?: unknown; text: string } | string {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'expected an object {"id": ..., "text": ...}';
  const text = (doc as { text?: unknown }).text;
  if (typeof text !== 'string') return `expected a string "text" (got ${text === undefined ? 'none' : typeof text})`;
  return doc as { id?: unknown; text: string };
}

const idOf = (id: unknown, fallback: string) =>
  typeof id === 'string' ? id : typeof id === 'number' ? String(id) : id === undefined || id === null ? fallback : JSON.stringify(id);

async function extractJsonlFile(source: string, extraction: Extraction) {
  const name = sourceName(source);
  const problems = extraction.problems;
  let lineNumber = 0;
  try {
    for await (const { text: line, warning } of readJsonlLines(source)) {
      lineNumber++;
      const where = `${name}:${lineNumber}`;
      // a warning, as for a text file: the line is still analysed
      if (warning) problems.warn(where, warning);
      if (!line.trim()) continue;
      const doc = documentFromLine(line);
      if (typeof doc === 'string') problems.report(where, doc);
      else await extraction.add(where, doc.text, idOf(doc.id, where));
    }
  } catch (e) {
    if (!(e instanceof SourceError)) throw e;
    problems.report(lineNumber ? `${name}:${lineNumber + 1}` : name, e.message);
  }
}

export async function run(args: string[]): Promise<number> {
  const settings = settingsFrom(args);
  let out: Output;
  try {
    out = settings.out === undefined ? Output.stdout() : Output.file(settings.out);
  } catch (e) {
    process.stderr.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  }
  const several = settings.input === 'jsonl' || settings.sources.length > 1;
  const writer = createWriter(settings.format, out, several);
  const problems = new Problems();
  const pool = settings.jobs > 1 ? new WorkerPool(settings.jobs, settings.format, several) : null;
  const extraction = new Extraction(writer, problems, settings.format, several, pool);
  const extractFile = settings.input === 'jsonl' ? extractJsonlFile : extractTextFile;
  try {
    for (const source of settings.sources) await extractFile(source, extraction);
    await extraction.finish();
    await writer.end();
    await out.close();
  } catch (e) {
    if (e instanceof OutputClosed) return problems.count ? 1 : 0;
    if (!(e instanceof OutputError)) throw e;
    process.stderr.write(`news-annotator: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await pool?.close();
  }
  return problems.count ? 1 : 0;
}
