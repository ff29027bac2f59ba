import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type { Analysis } from '../../src/core';

// These tests run the BUILT command-line tool as a child process, as a user would.
const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const seedPath = path.join(root, 'seeds/blinken-xi-beijing.txt');

// Invented articles, written for these tests.
const harbour = `HALIFAX, Nova Scotia (CP) — The harbour ferry will run through the winter, city officials said on Tuesday.

“We heard the riders loud and clear,” Mayor Alice Brennan told reporters. “The boats stay in the water.”

Union leader Tom Okafor said the crews were ready.`;
const orchard = `Apple growers in the valley expect a record harvest, according to the regional farm board.

“It has been a kind season,” said Maria Lopes, who runs a cider press near the river.`;
const bakery = `The bakery on Elm Street will close in March, its owner said.

“Thirty years is enough flour for one lifetime,” Gus Pappas said with a laugh.`;

interface Run { status: number | null; stdout: string; stderr: string }

function runCli(args: string[], input?: string | Buffer, cwd = root): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { input, cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const jsonl = (docs: object[]) => docs.map(d => JSON.stringify(d)).join('\n') + '\n';
const parseLines = (out: string): Analysis[] => out.split('\n').filter(l => l.trim()).map(l => JSON.parse(l));

/** Every span of an analysis lies inside `text` and spells what `text` has there. */
function assertSpansMatch(text: string, a: Analysis) {
  const spans = [
    a.headline, a.dateline, a.credit,
    ...a.statements.flatMap(s => [s.content, s.cue, s.speaker?.mention ?? null]),
    ...a.speakers.flatMap(s => s.mentions),
  ];
  for (const s of spans) {
    if (!s) continue;
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}..${s.end} out of bounds`);
    assert.equal(text.slice(s.start, s.end), s.text);
  }
}

/** Newest modification time among the files below `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

describe('news-annotator CLI (dist/cli.js)', function () {
  this.timeout(60_000);
  let tmp: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, content);
    return p;
  };

  before(() => {
    const sources = Math.max(newestMtime(path.join(root, 'src/cli')), newestMtime(path.join(root, 'src/core')));
    if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < sources) execFileSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('--input jsonl', () => {
    it('writes one analysis line per input line, in order, with the ids given', () => {
      const docs = [{ id: 'harbour-1', text: harbour }, { id: 'orchard/2', text: orchard }, { id: 'b3', text: bakery }];
      const r = runCli(['extract', '--input', 'jsonl'], jsonl(docs));
      assert.equal(r.status, 0, r.stderr);
      const out = parseLines(r.stdout);
      assert.deepEqual(out.map(a => a.id), ['harbour-1', 'orchard/2', 'b3']);
      out.forEach((a, i) => assertSpansMatch(docs[i].text, a));
      assert.ok(out[0].statements.some(s => s.content.text.includes('We heard the riders loud and clear')));
    });

    it('streams: the first analysis is written before the rest of the input arrives', async () => {
      const child = spawn(process.execPath, [cli, 'extract', '--input', 'jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const exited = new Promise<number | null>(resolve => child.on('close', resolve));
      let stdout = '';
      const firstLine = new Promise<string>(resolve => {
        child.stdout.on('data', (d: Buffer) => {
          stdout += d.toString('utf8');
          if (stdout.includes('\n')) resolve(stdout.slice(0, stdout.indexOf('\n')));
        });
      });
      child.stdin.write(JSON.stringify({ id: 'first', text: harbour }) + '\n');
      // stdin is still open: only a streaming reader can answer now.
      assert.equal((JSON.parse(await firstLine) as Analysis).id, 'first');
      child.stdin.end(JSON.stringify({ id: 'second', text: orchard }) + '\n');
      assert.equal(await exited, 0);
      assert.deepEqual(parseLines(stdout).map(a => a.id), ['first', 'second']);
    });

    it('names a bad line on stderr, still analyses the others, and exits 1', () => {
      const input = jsonl([{ id: 'a', text: harbour }]) + '{"id": "b", "text": \n' + jsonl([{ id: 'c', text: bakery }]);
      const r = runCli(['extract', '--input', 'jsonl'], input);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /stdin:2: not valid JSON/);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['a', 'c']);
    });

    it('names a line without a string "text", and the file it is in', () => {
      const p = file('docs.jsonl', jsonl([{ id: 'a', text: harbour }, { id: 'b', body: 'no text here' }, { id: 'c', text: 42 }, { id: 'd', text: bakery }]));
      const r = runCli(['extract', '--input', 'jsonl', p]);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`${p}:2: expected a string "text"`), r.stderr);
      assert.ok(r.stderr.includes(`${p}:3: expected a string "text"`), r.stderr);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['a', 'd']);
    });

    it('accepts CRLF line ends, a leading BOM and blank lines, and uses each text exactly as given (BOM, emoji, lone surrogates)', () => {
      const texts = [
        '\uFEFFA text that keeps its BOM, “quoted words here”, she said.',
        'Line one\r\n\r\n“Second paragraph quote,” he said. 😀',
        'A lone \uD800 surrogate, then “a quote after it \uDC00 here,” the clerk said.',
      ];
      const input = '\uFEFF' + texts.map((text, i) => JSON.stringify({ id: `d${i}`, text })).join('\r\n\r\n') + '\r\n';
      const r = runCli(['extract', '--input', 'jsonl'], input);
      assert.equal(r.status, 0, r.stderr);
      const out = parseLines(r.stdout);
      assert.deepEqual(out.map(a => a.id), ['d0', 'd1', 'd2']);
      out.forEach((a, i) => assertSpansMatch(texts[i], a));
    });

    it('warns about invalid UTF-8 naming the source, line and byte, still analyses the line, and exits 0', () => {
      const good = Buffer.from(JSON.stringify({ id: 'ok', text: bakery }) + '\n');
      // {"id":"bad","text":"“Broken <C3 28 FF> bytes,” the clerk said."}: the bad byte is the 25th of line 2
      const lead = Buffer.from('{"id":"bad","text":"“Broken ');
      const bad = Buffer.concat([lead, Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' bytes,” the clerk said."}\n')]);
      const p = file('latin.jsonl', Buffer.concat([good, bad, good]));
      const r = runCli(['extract', '--input', 'jsonl', p]);
      assert.equal(r.status, 0, r.stderr);
      const at = lead.length, inFile = good.length + lead.length;
      assert.ok(r.stderr.includes(`${p}:2: is not valid UTF-8 (first at byte ${at} of the line, ${inFile} of the file)`), r.stderr);
      assert.ok(r.stderr.includes('U+FFFD'), r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      const out = parseLines(r.stdout);
      assert.deepEqual(out.map(a => a.id), ['ok', 'bad', 'ok']);
      const replaced = (JSON.parse(new TextDecoder().decode(bad)) as { text: string }).text;
      assert.ok(replaced.includes('\uFFFD('), replaced);
      assertSpansMatch(replaced, out[1]);
    });

    it('on stdin, names stdin and the line of the invalid UTF-8; a line that is also bad JSON is reported as such and exits 1', () => {
      // line 2 is cut short after an invalid byte: '{"id":"b","text":"' is 18 bytes
      const withBad = Buffer.concat([Buffer.from(jsonl([{ id: 'a', text: harbour }]) + '{"id":"b","text":"'), Buffer.from([0xff, 0x0a])]);
      const r = runCli(['extract', '--input', 'jsonl'], withBad);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /stdin:2: is not valid UTF-8 \(first at byte 18 of the line/);
      assert.match(r.stderr, /stdin:2: not valid JSON/);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['a']);
    });

    it('drops a UTF-8 byte-order mark in a file, and still names the right byte after it', () => {
      const p = file('bom.jsonl', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"x","text":"A '), Buffer.from([0x80]), Buffer.from(' said."}\n')]));
      const r = runCli(['extract', '--input', 'jsonl', p]);
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stderr.includes(`${p}:1: is not valid UTF-8 (first at byte 23 of the line, 23 of the file)`), r.stderr);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['x']);
    });

    for (const [name, bom, encode] of [
      ['UTF-16LE', [0xff, 0xfe], (s: string) => Buffer.from(s, 'utf16le')],
      ['UTF-16BE', [0xfe, 0xff], (s: string) => Buffer.from(s, 'utf16le').swap16()],
    ] as const) {
      it(`decodes ${name} with a byte-order mark, line by line, as a text file is`, () => {
        const docs = [{ id: 'h', text: harbour + ' 😀' }, { id: 'o', text: orchard }];
        const p = file(`${name}.jsonl`, Buffer.concat([Buffer.from(bom), encode(docs.map(d => JSON.stringify(d)).join('\r\n') + '\r\n')]));
        const r = runCli(['extract', '--input', 'jsonl', p]);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.stderr, '');
        const out = parseLines(r.stdout);
        assert.deepEqual(out.map(a => a.id), ['h', 'o']);
        out.forEach((a, i) => assertSpansMatch(docs[i].text, a));
      });
    }

    it('skips UTF-16 without a byte-order mark with one message naming the file, processes the next file, and exits 1', () => {
      const utf16 = file('nobom.jsonl', Buffer.from(jsonl([{ id: 'a', text: harbour }, { id: 'b', text: bakery }]), 'utf16le'));
      const good = file('good.jsonl', jsonl([{ id: 'g', text: orchard }]));
      const r = runCli(['extract', '--input', 'jsonl', utf16, good]);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`${utf16}: has a NUL byte at byte 1: UTF-16 without a byte-order mark`), r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['g']);
    });

    it('gives a document without an id the id SOURCE:LINE', () => {
      const r = runCli(['extract', '--input', 'jsonl'], jsonl([{ id: 'x', text: bakery }, { text: orchard }]));
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(parseLines(r.stdout).map(a => a.id), ['x', 'stdin:2']);
    });

    it('with --format sources, streams whose voices each article quotes as CSV, and the totals on stderr', () => {
      const r = runCli(['extract', '--input', 'jsonl', '--format', 'sources'], jsonl([{ id: 'harbour', text: harbour }, { id: 'bakery', text: bakery }]));
      assert.equal(r.status, 0, r.stderr);
      const [header, ...rows] = r.stdout.split('\r\n').filter(Boolean).map(l => l.split(','));
      assert.deepEqual(header.slice(0, 6), ['file', 'speaker', 'kind', 'gender', 'role', 'statements']);
      const row = (id: string, name: string) => rows.find(c => c[0] === id && c[1] === name) ?? assert.fail(`no ${name} in ${id}: ${r.stdout}`);
      assert.deepEqual(row('harbour', 'Alice Brennan').slice(2, 5), ['person', 'female', 'Mayor']);
      assert.deepEqual(row('harbour', 'Tom Okafor').slice(2, 4), ['person', 'male']);
      assert.equal(row('bakery', 'Gus Pappas')[2], 'person');
      assert.match(r.stderr, /^news-annotator: 2 articles: \d+ people quoted \(1 female, \d+ male, \d+ not shown/);
    });

    it('with --format json, writes one JSON array', () => {
      const r = runCli(['extract', '--input', 'jsonl', '--format', 'json'], jsonl([{ id: 'a', text: harbour }, { id: 'b', text: bakery }]));
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Analysis[]).map(a => a.id), ['a', 'b']);
    });
  });

  describe('text files', () => {
    it('analyses one file into one JSON object whose spans index the file text', () => {
      const r = runCli(['extract', seedPath]);
      assert.equal(r.status, 0, r.stderr);
      const a = JSON.parse(r.stdout) as Analysis;
      assert.equal(a.id, seedPath);
      assertSpansMatch(fs.readFileSync(seedPath, 'utf8'), a);
      assert.ok(a.statements.some(s => s.content.text.startsWith('The two sides have also made progress')));
    });

    it('reads stdin when the file is "-", with the same result as the file', () => {
      const fromFile = JSON.parse(runCli(['extract', seedPath]).stdout) as Analysis;
      const r = runCli(['extract', '-'], fs.readFileSync(seedPath));
      assert.equal(r.status, 0, r.stderr);
      const fromStdin = JSON.parse(r.stdout) as Analysis;
      assert.equal(fromStdin.id, 'stdin');
      assert.deepEqual({ ...fromStdin, id: '' }, { ...fromFile, id: '' });
    });

    it('reports an unreadable file by name, analyses the others, and exits 1', () => {
      const a = file('a.article', harbour), b = file('b.article', bakery);
      const missing = path.join(tmp, 'missing.article');
      const r = runCli(['extract', a, missing, tmp, b]);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`${missing}: cannot read: no such file`), r.stderr);
      assert.ok(r.stderr.includes(`${tmp}: cannot read: is a directory`), r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Analysis[]).map(x => x.id), [a, b]);
    });

    it('drops a UTF-8 byte-order mark as VS Code does, so offsets are the same as without it', () => {
      const plain = file('plain.article', harbour), withBom = file('bom.article', '\uFEFF' + harbour);
      const x = JSON.parse(runCli(['extract', plain]).stdout) as Analysis;
      const r = runCli(['extract', withBom]);
      assert.equal(r.status, 0, r.stderr);
      const y = JSON.parse(r.stdout) as Analysis;
      assertSpansMatch(harbour, y);
      assert.deepEqual({ ...y, id: '' }, { ...x, id: '' });
    });

    it('decodes UTF-16 with a byte-order mark', () => {
      const utf16 = file('utf16.article', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(orchard, 'utf16le')]));
      const r = runCli(['extract', utf16]);
      assert.equal(r.status, 0, r.stderr);
      assertSpansMatch(orchard, JSON.parse(r.stdout));
    });

    it('warns about invalid UTF-8 naming the file, and still analyses it', () => {
      const bytes = Buffer.concat([Buffer.from('“Broken bytes ahead,” the clerk said. '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' The end.')]);
      const p = file('latin.article', bytes);
      const r = runCli(['extract', p]);
      assert.equal(r.status, 0);
      assert.ok(r.stderr.includes(`${p}: is not valid UTF-8`), r.stderr);
      assertSpansMatch(new TextDecoder().decode(bytes), JSON.parse(r.stdout));
    });

    it('skips a binary file with a message naming it, and exits 1', () => {
      const bin = file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const good = file('good.article', bakery);
      const r = runCli(['extract', bin, good]);
      assert.equal(r.status, 1);
      assert.ok(r.stderr.includes(`${bin}: looks like a binary file`), r.stderr);
      assert.deepEqual((JSON.parse(r.stdout) as Analysis[]).map(x => x.id), [good]);
    });
  });

  describe('--out', () => {
    it('writes the output to the file and nothing to stdout', () => {
      const out = path.join(tmp, 'analyses.jsonl');
      const r = runCli(['extract', '--input', 'jsonl', '--out', out], jsonl([{ id: 'a', text: harbour }, { id: 'b', text: orchard }]));
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.deepEqual(parseLines(fs.readFileSync(out, 'utf8')).map(a => a.id), ['a', 'b']);
    });

    it('refuses to write over an input file, leaving it intact', () => {
      const p = file('precious.article', harbour);
      const r = runCli(['extract', p, '--out', p]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /also an input file/);
      assert.equal(fs.readFileSync(p, 'utf8'), harbour);
    });

    it('says so when the output path cannot be written', () => {
      const r = runCli(['extract', seedPath, '--out', path.join(tmp, 'no/such/dir/out.json')]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /cannot write .*out\.json: no such file/);
    });
  });

  describe('--format text', () => {
    it('lists each statement of the seed with its kind and words, after the article header', () => {
      const json = JSON.parse(runCli(['extract', seedPath]).stdout) as Analysis;
      const r = runCli(['extract', '--format', 'text', seedPath]);
      assert.equal(r.status, 0, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[0], `== ${seedPath} ==`);
      if (json.dateline) assert.ok(r.stdout.includes(json.dateline.location));
      const listed = lines.filter(l => /^\s+\d+\. /.test(l));
      assert.equal(listed.length, json.statements.length);
      json.statements.forEach((s, i) => {
        assert.ok(listed[i].includes(s.kind), listed[i]);
        assert.ok(listed[i].includes(s.content.text.replace(/\s+/g, ' ').slice(0, 40)), listed[i]);
        if (s.speaker) assert.ok(listed[i].includes(s.speaker.name), listed[i]);
      });
      assert.ok(listed.some(l => l.includes('The two sides have also made progress')));
      assert.ok(listed.every(l => l.length < 200), 'long quotes are shortened');
    });

    it('lists each speaker after the statements, with their kind, role and number of statements', () => {
      const json = JSON.parse(runCli(['extract', seedPath]).stdout) as Analysis;
      const r = runCli(['extract', '--format', 'text', seedPath]);
      const lines = r.stdout.split('\n');
      const from = lines.indexOf('  speakers:');
      assert.ok(from > 0, r.stdout);
      const listed = lines.slice(from + 1).filter(l => l.startsWith('    '));
      assert.equal(listed.length, json.speakers.length);
      for (const sp of json.speakers) {
        const line = listed.find(l => l.startsWith(`    ${sp.name} · ${sp.kind}`));
        assert.ok(line, sp.name);
        if (sp.role) assert.ok(line.includes(sp.role), line);
        const count = json.statements.filter(s => s.speaker?.id === sp.id).length;
        assert.ok(line.endsWith(`· ${count} statement${count === 1 ? '' : 's'}`), line);
      }
    });
  });

  describe('output to a stream it does not own (stdout)', () => {
    it('closes once what was written is flushed, though no write found the buffer full (no drain is coming)', async () => {
      // a slow reader: each chunk is taken 50 ms after it is written, and the buffer never fills
      const { Output } = await import('../../src/cli/output');
      const taken: string[] = [];
      const slow = new Writable({
        highWaterMark: 1 << 20,
        write(chunk, _encoding, done) { setTimeout(() => { taken.push(String(chunk)); done(); }, 50); },
      });
      const out = Output.to(slow);
      await out.write('first ');
      await out.write('second');
      assert.ok(slow.writableLength > 0 && !slow.writableNeedDrain, 'the writes wait in the stream, under its high-water mark');
      const closed = await Promise.race([out.close().then(() => 'closed'), new Promise(resolve => setTimeout(() => resolve('hung'), 5000))]);
      assert.equal(closed, 'closed');
      assert.equal(taken.join(''), 'first second');
    });
  });

  describe('--jobs', () => {
    // every fixture article, and lines a user's corpus may hold by mistake, in between
    const fixtures = fs.readdirSync(path.join(root, 'test/fixtures')).filter(f => f.endsWith('.article')).sort();
    const lines = fixtures.map(f => JSON.stringify({ id: f, text: fs.readFileSync(path.join(root, 'test/fixtures', f), 'utf8') }));
    lines.splice(3, 0, '{"id": "broken", "text": ');
    lines.splice(7, 0, '{"id": "no-text"}');
    const corpus = lines.join('\n') + '\n';

    for (const format of ['jsonl', 'json', 'text', 'sources']) {
      it(`writes with worker threads exactly what one thread writes, in input order (--format ${format})`, () => {
        const one = runCli(['extract', '--input', 'jsonl', '--format', format], corpus);
        const three = runCli(['extract', '--input', 'jsonl', '--format', format, '--jobs', '3'], corpus);
        assert.equal(one.status, 1, 'the two bad lines make the exit code 1');
        assert.equal(three.status, 1, three.stderr);
        assert.ok(one.stdout.length > 1000);
        assert.equal(three.stdout, one.stdout);
        // each bad line is named by its line number, once
        for (const where of [':4: not valid JSON', ':8: expected a string "text"']) {
          assert.equal(three.stderr.split(where).length - 1, 1, three.stderr);
        }
      });
    }

    it('keeps input order over a corpus of hundreds of documents of very different sizes (--jobs 2)', () => {
      // documents go to the workers in batches: this corpus fills many, with a long article and a bad line among them
      const texts = fixtures.map(f => fs.readFileSync(path.join(root, 'test/fixtures', f), 'utf8'));
      const many: string[] = [];
      for (let k = 0; k < 400; k++) {
        const text = k === 150 ? texts.join('\n\n').repeat(3) : texts[k % texts.length];
        many.push(k === 222 ? '{"id": 222, "text": 5}' : JSON.stringify({ id: `doc-${k}`, text }));
      }
      const input = many.join('\n') + '\n';
      const one = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl'], input);
      const two = runCli(['extract', '--input', 'jsonl', '--format', 'jsonl', '--jobs', '2'], input);
      assert.equal(two.status, 1, two.stderr);
      assert.equal(two.stdout, one.stdout);
      const ids = parseLines(two.stdout).map(x => x.id);
      assert.equal(ids.length, 399);
      assert.deepEqual(ids.slice(220, 223), ['doc-220', 'doc-221', 'doc-223']);
      assert.match(two.stderr, /:223: expected a string "text" \(got number\)/);
    });

    it('analyses text files with worker threads too, and --jobs auto picks a number itself', () => {
      const a = file('jobs-a.txt', harbour), b = file('jobs-b.txt', orchard), c = file('jobs-c.txt', bakery);
      const one = runCli(['extract', '--format', 'jsonl', a, b, c]);
      const auto = runCli(['extract', '--format', 'jsonl', '--jobs', 'auto', a, b, c]);
      assert.equal(auto.status, 0, auto.stderr);
      assert.equal(auto.stdout, one.stdout);
      assert.deepEqual(parseLines(auto.stdout).map(x => x.id), [a, b, c]);
    });
  });

  describe('usage', () => {
    const usageErrors: [string, string[], RegExp][] = [
      ['no command', [], /Usage: news-annotator <command>/],
      ['an unknown command', ['summarise'], /unknown command 'summarise'/],
      ['an unknown option', ['extract', '--colour'], /Unknown option '--colour'/],
      ['a bad --input value', ['extract', '--input', 'xml'], /--input must be text or jsonl, not 'xml'/],
      ['a bad --format value', ['extract', '--format', 'csv'], /--format must be json, jsonl, text or sources/],
      ['a missing option value', ['extract', '--out'], /--out/],
      ['stdin twice', ['extract', '-', '-'], /stdin/],
      ['no workers', ['extract', '--jobs', '0'], /--jobs must be a whole number from 1 to 256, or auto \(got '0'\)/],
      ['a bad --jobs value', ['extract', '--jobs', 'many'], /--jobs must be a whole number/],
    ];
    for (const [what, args, message] of usageErrors) {
      it(`exits 2 with a hint on ${what}`, () => {
        const r = runCli(args, '');
        assert.equal(r.status, 2);
        assert.match(r.stderr, message);
        assert.equal(r.stdout, '');
      });
    }

    it('prints its version', () => {
      const r = runCli(['--version']);
      assert.equal(r.status, 0);
      const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
      assert.equal(r.stdout.trim(), `news-annotator ${version}`);
    });

    it('documents every command and option in --help', () => {
      const global = runCli(['--help']);
      assert.equal(global.status, 0);
      assert.match(global.stdout, /extract/);
      for (const args of [['extract', '--help'], ['help', 'extract'], ['extract', '-h']]) {
        const r = runCli(args);
        assert.equal(r.status, 0);
        for (const option of ['--input text', '--input jsonl', '--format json', '--format jsonl', '--format text', '--format sources', '--out PATH', '--jobs N|auto', 'Exit codes']) {
          assert.ok(r.stdout.includes(option), `${args.join(' ')} documents ${option}`);
        }
      }
    });
  });
});
