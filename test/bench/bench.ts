/**
 * `npm run bench`: how fast extraction is, and that its time grows linearly.
 * Prints figures only (no assertions): throughput against a bare regex tokenizer
 * over the same text, peak memory, time at 1x/2x/4x the corpus and at 1/2/4 MB in
 * one document, the pathological inputs, and the CLI streaming a corpus.
 *
 *   npm run bench [-- --mb N]   (N: corpus size in MB, default 20)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { pathologicalInputs } from './pathological';

const root = path.resolve(__dirname, '../../..');
const MB = 1 << 20;

/** Our own articles: seeds/ and test/fixtures/ (plain files, and "text" fields of JSON fixtures). */
function loadArticles(): { name: string; text: string }[] {
  const articles: { name: string; text: string }[] = [];
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      const name = path.relative(root, p);
      if (entry.isDirectory()) visit(p);
      else if (/\.(txt|article|news)$/.test(entry.name)) articles.push({ name, text: fs.readFileSync(p, 'utf8') });
      else if (/\.jsonl?$/.test(entry.name)) {
        for (const line of fs.readFileSync(p, 'utf8').split('\n')) {
          try {
            const doc = JSON.parse(line) as { text?: unknown };
            if (typeof doc?.text === 'string' && doc.text.trim()) articles.push({ name, text: doc.text });
          } catch { /* not a document with a text: skip */ }
        }
      }
    }
  };
  visit(path.join(root, 'seeds'));
  visit(path.join(root, 'test/fixtures'));
  return articles.filter(a => a.text.trim());
}

/** The articles repeated (by reference: no copies) until they hold at least `chars` characters. */
function corpusOf(texts: string[], chars: number): string[] {
  const corpus: string[] = [];
  for (let total = 0; total < chars;) for (const t of texts) { corpus.push(t); total += t.length; }
  return corpus;
}

const charsIn = (docs: string[]) => docs.reduce((n, d) => n + d.length, 0);
const now = () => Number(process.hrtime.bigint()) / 1e6;
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/**
 * Time taken, in CPU milliseconds of this process (the figure used: the machine may be
 * shared, and then wall time measures the neighbours) and in wall milliseconds.
 */
interface Took { ms: number; wallMs: number }
function timed<T>(work: () => T): T & Took {
  const c0 = cpuNow(), w0 = now();
  const result = work();
  return { ...result, ms: cpuNow() - c0, wallMs: now() - w0 };
}

let peakHeap = 0;
const sampleHeap = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };

/** Time to analyse every document, and how many statements were found. */
function timeExtraction(docs: string[]): { statements: number } & Took {
  return timed(() => {
    let statements = 0;
    for (let i = 0; i < docs.length; i++) {
      statements += analyze(docs[i], String(i)).statements.length;
      if ((i & 63) === 0) sampleHeap();
    }
    sampleHeap();
    return { statements };
  });
}

/** Time for the baseline: a bare regex pass that only finds the words. */
function timeTokenizer(docs: string[]): { words: number } & Took {
  return timed(() => {
    let words = 0;
    for (const d of docs) {
      const re = /\p{L}+/gu;
      while (re.exec(d)) words++;
    }
    return { words };
  });
}

const took = (t: Took, digits = 0) => `${fmt(t.ms, digits)} ms CPU, ${fmt(t.wallMs, digits)} ms wall`;

const mcharsPerSec = (chars: number, ms: number) => chars / 1e6 / (ms / 1000);
const fmt = (n: number, digits = 1) => n.toFixed(digits);
const mb = (bytes: number) => `${fmt(bytes / MB)} MB`;
const row = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);

/** Runs the built CLI over the corpus as jsonl; resolves to its wall time, and its CPU time and peak RSS where Linux /proc tells. */
function benchCli(docs: string[], extraArgs: string[] = []): Promise<{ wallMs: number; cpuMs: number | null; peakRssKb: number | null; lines: number } | null> {
  const cli = path.join(root, 'dist/cli.js');
  if (!fs.existsSync(cli)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const t0 = now();
    const child = spawn(process.execPath, [cli, 'extract', '--input', 'jsonl', ...extraArgs], { stdio: ['pipe', 'pipe', 'inherit'] });
    let peakRssKb: number | null = null, cpuMs: number | null = null;
    const watch = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakRssKb = Number(m[1]);
        // fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 a second)
        const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
      } catch { /* not Linux, or already gone */ }
    }, 50);
    let lines = 0;
    child.stdout.on('data', (d: Buffer) => { for (const byte of d) if (byte === 10) lines++; });
    child.on('error', reject);
    child.on('close', () => { clearInterval(watch); resolve({ wallMs: now() - t0, cpuMs, peakRssKb, lines }); });
    (async () => {
      for (let i = 0; i < docs.length; i++) {
        if (!child.stdin.write(JSON.stringify({ id: String(i), text: docs[i] }) + '\n')) {
          await new Promise(r => child.stdin.once('drain', r));
        }
      }
      child.stdin.end();
    })().catch(reject);
  });
}

async function main() {
  const mbArg = process.argv.indexOf('--mb');
  const corpusMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 20;
  const articles = loadArticles();
  const texts = articles.map(a => a.text);
  const corpus = corpusOf(texts, corpusMb * 1e6);
  const chars = charsIn(corpus);
  console.log(`News Annotator benchmark (Node ${process.version})`);
  console.log(`  corpus: ${articles.length} articles from seeds/ and test/fixtures/ (${charsIn(texts)} chars), repeated to ${corpus.length} documents, ${fmt(chars / 1e6)} M chars\n`);

  // Warm up the JIT on 2 M chars of articles before measuring.
  const warmUp = corpusOf(texts, 2e6);
  timeExtraction(warmUp);
  timeTokenizer(warmUp);
  peakHeap = 0;

  // The two passes alternate over slices of the corpus, so that a neighbour's load on a shared
  // machine weighs on both alike; the ratio is the median of the slices' ratios.
  console.log('Throughput (whole corpus, one pass each, the two alternating over 10 slices):');
  const slices = 10, per = Math.ceil(corpus.length / slices);
  const extraction = { ms: 0, wallMs: 0, statements: 0 }, tokenizer = { ms: 0, wallMs: 0, words: 0 };
  const ratios: number[] = [];
  for (let k = 0; k < slices; k++) {
    const slice = corpus.slice(k * per, (k + 1) * per);
    if (!slice.length) continue;
    const e = timeExtraction(slice), t = timeTokenizer(slice);
    extraction.ms += e.ms; extraction.wallMs += e.wallMs; extraction.statements += e.statements;
    tokenizer.ms += t.ms; tokenizer.wallMs += t.wallMs; tokenizer.words += t.words;
    ratios.push(t.ms / e.ms);
  }
  ratios.sort((a, b) => a - b);
  const extractionRate = mcharsPerSec(chars, extraction.ms);
  const tokenizerRate = mcharsPerSec(chars, tokenizer.ms);
  row('extraction (analyze)', `${fmt(extractionRate)} M chars/s  (${took(extraction)}; ${extraction.statements} statements)`);
  row('bare regex tokenizer /\\p{L}+/gu', `${fmt(tokenizerRate)} M chars/s  (${took(tokenizer)}; ${tokenizer.words} words)`);
  row('ratio extraction / tokenizer (median of slices)', `${fmt(ratios[ratios.length >> 1], 2)}  (slices ${fmt(ratios[0], 2)}-${fmt(ratios[ratios.length - 1], 2)})`);
  const seed = texts[0];
  const perArticle = timeExtraction(Array(200).fill(seed)).ms / 200;
  row(`one article (${articles[0].name}, ${seed.length} chars)`, `${fmt(perArticle, 3)} ms CPU`);
  row('peak heap used while analysing the corpus', mb(peakHeap));

  console.log('\nLinearity in corpus size (many documents):');
  for (const times of [1, 2, 4]) {
    const docs = times === 1 ? corpus : corpusOf(corpus, times * chars);
    const t = timeExtraction(docs);
    row(`${times}x (${fmt(charsIn(docs) / 1e6)} M chars)`, `${took(t)}  (${fmt(t.ms / (charsIn(docs) / 1e6), 1)} ms CPU per M chars)`);
  }

  console.log('\nLinearity in document size (one document of joined articles):');
  const joined = corpusOf(texts, 4 * MB).join('\n\n');
  for (const size of [1, 2, 4]) {
    const doc = joined.slice(0, size * MB);
    const t = timeExtraction([doc]);
    row(`${size} MB in one document`, `${took(t)}  (${fmt(t.ms / size, 1)} ms CPU per MB)`);
  }

  // (each shape also twice over: a time that more than doubles shows a step worse than linear, as many unbalanced
  // quotation marks in one sentence once did)
  console.log('\nPathological inputs (each must finish; linear time expected: doubling the input should about double the time):');
  for (const input of pathologicalInputs(seed)) {
    const text = input.make();
    const t = timeExtraction([text]);
    const twice = text.length >= 1000 ? timeExtraction([text + '\n' + text]) : null;
    const growth = twice ? `; doubled ${fmt(twice.ms, 0)} ms CPU, x${fmt(twice.ms / Math.max(t.ms, 0.1), 1)}` : '';
    row(`${input.name} (${text.length} chars)`, `${took(t, 1)}  (${fmt(mcharsPerSec(text.length, t.ms), 2)} M chars/s${growth})`);
  }

  console.log('\nMemory (this process):');
  row('peak heap used (sampled; the pathological inputs included)', mb(peakHeap));
  row('peak RSS', mb(process.resourceUsage().maxRSS * 1024));

  console.log('\nCLI streaming the corpus (node dist/cli.js extract --input jsonl):');
  const cli = await benchCli(corpus);
  if (!cli) row('skipped', 'dist/cli.js is not built: run npm run build');
  else {
    const rate = cli.cpuMs === null ? `${fmt(mcharsPerSec(chars, cli.wallMs))} M chars/s by wall time` : `${fmt(mcharsPerSec(chars, cli.cpuMs))} M chars/s`;
    const cpu = cli.cpuMs === null ? '' : `${fmt(cli.cpuMs, 0)} ms CPU, `;
    row('throughput incl. JSON in and out', `${rate}  (${cpu}${fmt(cli.wallMs, 0)} ms wall; ${cli.lines} analyses)`);
    row('peak RSS of the CLI (constant per document)', cli.peakRssKb === null ? 'not measured (no /proc)' : mb(cli.peakRssKb * 1024));
    // worker threads (`--jobs auto`): what more processors give, by wall time; a machine whose processors share one
    // core's caches may give nothing
    const jobs = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const parallel = await benchCli(corpus, ['--jobs', 'auto']);
    if (parallel) {
      row(`with --jobs auto (${jobs} worker threads)`, `${fmt(mcharsPerSec(chars, parallel.wallMs))} M chars/s by wall time  (${fmt(parallel.wallMs, 0)} ms wall, ` +
        `speed-up ${fmt(cli.wallMs / parallel.wallMs, 2)}x over one thread; ${parallel.lines} analyses)`);
    }
  }
}

main().catch(e => { console.error(e); process.exitCode = 1; });
