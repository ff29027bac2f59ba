import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../core';
import { parseSidecar, type AnnotationDocument } from '../core/annotations';
import { describeSources, EXPORT_FORMATS, exportArticles, sourceReport, type ExportArticle, type ExportFormat } from '../core/export';
import { oneOf, parseOptions, UsageError } from './command';
import { describeIoError, readArticle, SourceError } from './sources';

export const summary = 'export statements and annotations to json, csv, W3C, brat, doccano, Label Studio';

const FORMAT_IDS = EXPORT_FORMATS.map(f => f.id);

export const usage = `Usage: news-annotator export --format FORMAT --out DIR FILE...

Analyses each article FILE, applies the person's annotations kept beside it in
FILE.annotations.json (tags, notes, corrected speakers, added and dismissed
statements) when that file exists, and writes the result into the folder DIR.

Formats:
${EXPORT_FORMATS.map(f => `  ${f.id.padEnd(12)} ${f.label}: ${f.description}`).join('\n')}

Files written into DIR:
  json         ARTICLE.json per article
  jsonl        statements.jsonl
  csv          statements.csv (RFC 4180, CRLF; formula-like cells start with ')
  w3c          annotations.jsonld
  brat         ARTICLE.txt + ARTICLE.ann per article, and annotation.conf
  doccano      doccano.jsonl
  labelstudio  labelstudio.json
  sources      sources.csv (one source of one article a row: kind, gender, role,
               utterances by kind) and sources-summary.csv (one article a row:
               people by gender, organizations, groups, and whose utterances);
               the totals of all articles are printed on stdout
Offsets are UTF-16 code units in json, jsonl and csv (as in 'extract'), and
Unicode code points in w3c, brat, doccano and labelstudio (as those tools count).

Options:
  --format FORMAT       one of ${FORMAT_IDS.join(', ')} (required)
  --out DIR             the output folder, created if missing (required)
  --workspace ROOT      read sidecars from ROOT/.annotations/<FILE's path under ROOT>
                        .annotations.json instead of beside each article (the
                        extension's newsAnnotator.annotations.location = workspaceFolder)
  -h, --help            this text

A sidecar that cannot be read or is not valid is reported with its file name,
line and column, and its article is NOT exported (exit code 1): exporting it
without the annotations would silently drop a person's work. Fix the sidecar
and run again. Existing output files are replaced; an input article or a
sidecar is never written over.

Exit codes: 0 every article exported; 1 some article or sidecar could not be
read (named on stderr, the others are still exported); 2 usage error.

Example:
  news-annotator export --format csv --out exports seeds/blinken-xi-beijing.txt`;

interface Settings {
  format: ExportFormat;
  out: string;
  workspace: string | undefined;
  files: string[];
}

function settingsFrom(args: string[]): Settings {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    workspace: { type: 'string' },
  });
  if (values.format === undefined) throw new UsageError(`--format is required (${FORMAT_IDS.join(', ')})`);
  const format = oneOf('format', values.format, FORMAT_IDS, 'json');
  if (!values.out) throw new UsageError('--out DIR is required');
  if (!positionals.length) throw new UsageError('name at least one article FILE');
  if (positionals.includes('-')) throw new UsageError(`export reads article files (stdin has no sidecar); save the text to a file first`);
  const workspace = values.workspace;
  if (workspace !== undefined) {
    const outside = positionals.find(f => path.relative(workspace, f).startsWith('..') || path.isAbsolute(path.relative(workspace, f)));
    if (outside) throw new UsageError(`${outside} is not inside --workspace ${workspace}`);
  }
  return { format, out: values.out, workspace, files: positionals };
}

/** Where the extension keeps FILE's annotations: beside it, or mirrored under ROOT/.annotations/. */
export function sidecarPath(file: string, workspace?: string): string {
  return workspace ? path.join(workspace, '.annotations', `${path.relative(workspace, file)}.annotations.json`) : `${file}.annotations.json`;
}

/** The sidecar of `file`: null if there is none, or an error message naming file, line and column. */
async function readSidecar(file: string): Promise<{ document: AnnotationDocument | null } | { error: string }> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { document: null };
    return { error: `${file}: cannot read: ${describeIoError(e)}` };
  }
  const parsed = parseSidecar(text);
  if (!parsed.ok) return { error: `${file}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}` };
  return { document: parsed.document };
}

export async function run(args: string[]): Promise<number> {
  const settings = settingsFrom(args);
  let failed = false;
  const problem = (message: string) => { process.stderr.write(`news-annotator export: ${message}\n`); failed = true; };
  const articles: ExportArticle[] = [];
  const protectedPaths = new Set<string>();
  for (const file of settings.files) {
    const sidecar = sidecarPath(file, settings.workspace);
    protectedPaths.add(path.resolve(file));
    protectedPaths.add(path.resolve(sidecar));
    let text: string;
    try {
      const article = await readArticle(file);
      if (article.warning) process.stderr.write(`news-annotator export: ${file}: warning: ${article.warning}\n`);
      text = article.text;
    } catch (e) {
      if (!(e instanceof SourceError)) throw e;
      problem(`${file}: ${e.message}`);
      continue;
    }
    const annotations = await readSidecar(sidecar);
    if ('error' in annotations) {
      problem(`${annotations.error}; ${file} not exported (its annotations would be lost)`);
      continue;
    }
    articles.push({ name: file, uri: pathToFileURL(path.resolve(file)).href, text, analysis: analyze(text, file), annotations: annotations.document });
  }
  if (!articles.length) return 1;
  try {
    await fs.promises.mkdir(settings.out, { recursive: true });
  } catch (e) {
    problem(`cannot create --out ${settings.out}: ${describeIoError(e)}`);
    return 1;
  }
  for (const output of exportArticles(settings.format, articles)) {
    const target = path.join(settings.out, ...output.path.split('/'));
    if (protectedPaths.has(path.resolve(target))) {
      problem(`${target}: not written, it is an input article or sidecar; choose another --out folder`);
      continue;
    }
    try {
      await fs.promises.writeFile(target, output.content, 'utf8');
    } catch (e) {
      problem(`cannot write ${target}: ${describeIoError(e)}`);
    }
  }
  if (settings.format === 'sources') {
    const n = articles.length;
    process.stdout.write(`${n} article${n === 1 ? '' : 's'}: ${describeSources(sourceReport(articles).total)}\n`);
  }
  return failed ? 1 : 0;
}
