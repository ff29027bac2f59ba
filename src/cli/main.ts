import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { analyze } from '../core';

const USAGE = `Usage: news-annotator extract [--input text|jsonl] [--format json|jsonl] [--out PATH] [FILE...|-]

Finds every statement in news articles and who made it.

  --input text    each FILE is one article (default); '-' or no FILE reads stdin
  --input jsonl   each input line is {"id","text"}; one analysis per line out, streamed
  --format json   pretty JSON: one object for one document, an array for several (default for text)
  --format jsonl  one analysis per line (default for jsonl input)
  --out PATH      write to PATH instead of stdout
  --help          this text

Exit codes: 0 all documents analysed; 1 some document could not be read or parsed
(named on stderr, the others are still processed); 2 usage error.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  if (command !== 'extract') {
    process.stderr.write(`news-annotator: unknown command '${command}'\n\n${USAGE}\n`);
    return 2;
  }
  let input = 'text', format: string | undefined, outPath: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--input') input = rest[++i];
    else if (a === '--format') format = rest[++i];
    else if (a === '--out') outPath = rest[++i];
    else if (a === '--help' || a === '-h') { process.stdout.write(USAGE + '\n'); return 0; }
    else if (a.startsWith('--')) { process.stderr.write(`news-annotator: unknown option '${a}'\n`); return 2; }
    else files.push(a);
  }
  if (input !== 'text' && input !== 'jsonl') { process.stderr.write(`news-annotator: --input must be text or jsonl\n`); return 2; }
  format ??= input === 'jsonl' ? 'jsonl' : 'json';
  if (format !== 'json' && format !== 'jsonl') { process.stderr.write(`news-annotator: --format must be json or jsonl\n`); return 2; }
  const out = outPath ? fs.createWriteStream(outPath) : process.stdout;
  let failed = false;
  const results: unknown[] = [];
  const emit = (a: unknown) => { if (format === 'jsonl') out.write(JSON.stringify(a) + '\n'); else results.push(a); };
  const sources = files.length ? files : ['-'];
  for (const f of sources) {
    if (input === 'jsonl') {
      const stream = f === '-' ? process.stdin : fs.createReadStream(f);
      const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
      let n = 0;
      try {
        for await (const line of rl) {
          n++;
          if (!line.trim()) continue;
          let doc: { id?: unknown; text?: unknown };
          try { doc = JSON.parse(line); } catch (e) {
            process.stderr.write(`news-annotator: ${f === '-' ? 'stdin' : f}:${n}: not valid JSON (${(e as Error).message})\n`);
            failed = true; continue;
          }
          if (!doc || typeof doc.text !== 'string') {
            process.stderr.write(`news-annotator: ${f === '-' ? 'stdin' : f}:${n}: expected {"id","text"} with a string "text"\n`);
            failed = true; continue;
          }
          emit(analyze(doc.text, doc.id === undefined ? String(n) : String(doc.id)));
        }
      } catch (e) {
        process.stderr.write(`news-annotator: cannot read ${f}: ${(e as Error).message}\n`);
        failed = true;
      }
    } else {
      let text: string;
      try { text = f === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(f, 'utf8'); } catch (e) {
        process.stderr.write(`news-annotator: cannot read ${f}: ${(e as Error).message}\n`);
        failed = true; continue;
      }
      emit(analyze(text, f));
    }
  }
  if (format === 'json') out.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  if (out !== process.stdout) await new Promise<void>(r => (out as fs.WriteStream).end(r));
  return failed ? 1 : 0;
}
