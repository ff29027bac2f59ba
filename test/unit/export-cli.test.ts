import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { addTags, articleHash, emptyDocument, serializeDocument, setNote } from '../../src/core/annotations';

// Runs the BUILT command-line tool (npm run build first), as a user would.
const root = path.resolve(__dirname, '../../..');
const cli = path.join(root, 'dist/cli.js');
const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');

function runCli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('news-annotator export (CLI)', function () {
  this.timeout(60_000); // child processes on a shared, busy machine
  let dir: string;
  let quote: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-export-'));
    fs.writeFileSync(path.join(dir, 'seed.article'), seed);
    const statement = analyze(seed, 'seed').statements[0];
    assert.ok(statement, 'the extractor finds a statement in the seed');
    quote = statement.content.text;
    const ctx = { now: '2026-01-01T00:00:00.000Z', newId: () => 'a-cli-1' };
    let doc = addTags(emptyDocument({ hash: articleHash(seed), length: seed.length }), seed, statement.content, ['verified'], ctx);
    doc = setNote(doc, seed, statement.content, 'checked against the wire copy', ctx);
    fs.writeFileSync(path.join(dir, 'seed.article.annotations.json'), serializeDocument(doc));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expected: Record<string, string[]> = {
    json: ['seed.json'], jsonl: ['statements.jsonl'], csv: ['statements.csv'], w3c: ['annotations.jsonld'],
    brat: ['annotation.conf', 'seed.ann', 'seed.txt'], doccano: ['doccano.jsonl'], labelstudio: ['labelstudio.json'],
  };
  for (const [format, names] of Object.entries(expected)) {
    it(`writes ${format} into --out, with the sidecar's tags`, () => {
      const r = runCli(['export', '--format', format, '--out', 'out', 'seed.article'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), names);
      const all = names.map(n => fs.readFileSync(path.join(dir, 'out', n), 'utf8')).join('\n');
      if (format === 'brat') assert.match(all, /Tag_verified T\d+/);
      else assert.match(all, /verified/, 'the tag from the sidecar is exported');
    });
  }

  it('json export carries the tagged statement with its note', () => {
    assert.equal(runCli(['export', '--format', 'json', '--out', 'out', 'seed.article'], dir).status, 0);
    const out = JSON.parse(fs.readFileSync(path.join(dir, 'out/seed.json'), 'utf8'));
    const tagged = out.annotations.statements.filter((s: { tags: string[] }) => s.tags.includes('verified'));
    assert.equal(tagged.length, 1);
    assert.equal(tagged[0].content.text, quote);
    assert.equal(tagged[0].note, 'checked against the wire copy');
  });

  it('carries the link between parts of one utterance and the words first quoted into brat, doccano, Label Studio and W3C', () => {
    // tagged before 'the timetable' became 'this timetable': the export re-anchors and keeps the words first quoted
    const before = 'The ferry board meets on Friday.\n\n“We have run out of patience with the timetable,” deckhand Mara Olsen said. “The crews want an answer this week.”\n';
    const after = before.replace('with the timetable', 'with this timetable');
    const first = analyze(before, 'ferry').statements[0];
    const ctx = { now: '2026-01-01T00:00:00.000Z', newId: () => 'a-ferry-1' };
    const doc = addTags(emptyDocument({ hash: articleHash(before), length: before.length }), before, first.content, ['claim'], ctx);
    fs.writeFileSync(path.join(dir, 'ferry.article'), after);
    fs.writeFileSync(path.join(dir, 'ferry.article.annotations.json'), serializeDocument(doc));
    const earlier = 'We have run out of patience with this timetable,', later = 'The crews want an answer this week.';
    const read = (format: string, name: string) => {
      const r = runCli(['export', '--format', format, '--out', format, 'ferry.article'], dir);
      assert.equal(r.status, 0, r.stderr);
      return fs.readFileSync(path.join(dir, format, name), 'utf8');
    };

    const ann = read('brat', 'ferry.ann');
    const spans = new Map([...ann.matchAll(/^(T\d+)\tQuote [\d ;]+\t(.*)$/gm)].map(m => [m[1], m[2]]));
    const link = ann.match(/^R\d+\tContinues Arg1:(T\d+) Arg2:(T\d+)$/m);
    assert.ok(link, ann);
    assert.deepEqual([spans.get(link[1]), spans.get(link[2])], [later, earlier]);
    assert.match(ann, /\tAnnotatorNotes T\d+\t.*original: We have run out of patience with the timetable,$/m);

    const task = JSON.parse(read('doccano', 'doccano.jsonl'));
    const words = (id: number) => { const e = task.entities.find((x: { id: number }) => x.id === id); return after.slice(e.start_offset, e.end_offset); };
    const relation = task.relations.find((r: { type: string }) => r.type === 'Continues');
    assert.deepEqual([words(relation.from_id), words(relation.to_id)], [later, earlier]);
    assert.equal(task.statements[0].original.exact, 'We have run out of patience with the timetable,');

    const result = JSON.parse(read('labelstudio', 'labelstudio.json'))[0].predictions[0].result;
    const region = (id: string) => result.find((x: { id: string; type: string }) => x.id === id && x.type === 'labels');
    const lsLink = result.find((x: { labels?: string[] }) => x.labels?.includes('Continues'));
    assert.deepEqual([region(lsLink.from_id).value.text, region(lsLink.to_id).value.text], [later, earlier]);
    assert.deepEqual(region(lsLink.to_id).meta, { text: ['original: We have run out of patience with the timetable,'] });

    const items = JSON.parse(read('w3c', 'annotations.jsonld')).first.items;
    const exact = (a: { target: { selector: { type: string; exact?: string }[] } }) => a.target.selector.find(s => s.type === 'TextQuoteSelector')!.exact;
    const linking = items.find((a: { body: { purpose: string }[] }) => a.body.some(b => b.purpose === 'linking'));
    assert.equal(exact(linking), later);
    const source = linking.body.find((b: { purpose: string }) => b.purpose === 'linking').source;
    assert.equal(exact(items.find((a: { id: string }) => a.id === source)), earlier);
  });

  it('refuses an invalid sidecar with file, line and column, exports the others, and leaves it untouched', () => {
    const sidecar = path.join(dir, 'seed.article.annotations.json');
    const broken = fs.readFileSync(sidecar, 'utf8').replace('"origin"', 'origin');
    fs.writeFileSync(sidecar, broken);
    fs.writeFileSync(path.join(dir, 'other.article'), '"We are ready," the coach said.');
    const r = runCli(['export', '--format', 'csv', '--out', 'out', 'seed.article', 'other.article'], dir);
    assert.equal(r.status, 1);
    const line = broken.split('\n').findIndex(l => l.trimStart().startsWith('origin:')) + 1;
    assert.match(r.stderr, new RegExp(`seed\\.article\\.annotations\\.json:${line}:\\d+: not valid JSON`));
    assert.match(r.stderr, /seed\.article not exported/);
    const csv = fs.readFileSync(path.join(dir, 'out/statements.csv'), 'utf8');
    assert.ok(csv.includes('other.article') && !csv.includes('seed.article'));
    assert.equal(fs.readFileSync(sidecar, 'utf8'), broken);
  });

  it('exports an article without a sidecar, and never writes over an input', () => {
    fs.writeFileSync(path.join(dir, 'plain.txt'), seed);
    const r = runCli(['export', '--format', 'brat', '--out', '.', 'plain.txt'], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /plain\.txt: not written, it is an input/);
    assert.equal(fs.readFileSync(path.join(dir, 'plain.txt'), 'utf8'), seed);
    assert.ok(fs.existsSync(path.join(dir, 'plain.ann')));
  });

  it('reads sidecars from ROOT/.annotations/ with --workspace, as the extension keeps them there', () => {
    fs.mkdirSync(path.join(dir, 'stories'));
    fs.mkdirSync(path.join(dir, '.annotations', 'stories'), { recursive: true });
    fs.renameSync(path.join(dir, 'seed.article'), path.join(dir, 'stories/seed.article'));
    fs.renameSync(path.join(dir, 'seed.article.annotations.json'), path.join(dir, '.annotations/stories/seed.article.annotations.json'));
    const r = runCli(['export', '--format', 'jsonl', '--workspace', '.', '--out', 'out', 'stories/seed.article'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'out/statements.jsonl'), 'utf8'), /"verified"/);
    const outside = runCli(['export', '--format', 'jsonl', '--workspace', 'stories', '--out', 'out', 'seed.article'], dir);
    assert.equal(outside.status, 2);
  });

  it('writes whose voices the articles quote with --format sources, and prints the totals', () => {
    fs.writeFileSync(path.join(dir, 'ferry.article'), 'Ferry vote\n\nMayor Rita Vance said the ferry would run all winter. ' +
      'Councillor Tom Baker said the budget could not carry it. Residents said they were relieved.\n');
    const r = runCli(['export', '--format', 'sources', '--out', 'out', 'seed.article', 'ferry.article'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['sources-summary.csv', 'sources.csv']);
    const sources = fs.readFileSync(path.join(dir, 'out', 'sources.csv'), 'utf8');
    assert.match(sources, /^seed\.article,Xi Jinping,person,male,/m);
    assert.match(sources, /^ferry\.article,Rita Vance,person,female,Mayor,1,/m);
    const summary = fs.readFileSync(path.join(dir, 'out', 'sources-summary.csv'), 'utf8').trim().split('\r\n');
    assert.equal(summary.length, 3, 'a header and one row an article');
    assert.match(r.stdout, /^2 articles: \d+ people quoted \(\d+ female, \d+ male, \d+ not shown: [\d.]+% female\)/);
  });

  it('explains usage mistakes with exit code 2', () => {
    for (const args of [['export', '--out', 'o', 'seed.article'], ['export', '--format', 'xml', '--out', 'o', 'seed.article'], ['export', '--format', 'csv', 'seed.article'], ['export', '--format', 'csv', '--out', 'o']]) {
      const r = runCli(args, dir);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, /--format|--out|FILE/);
    }
    const help = runCli(['export', '--help'], dir);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /labelstudio/);
  });
});
