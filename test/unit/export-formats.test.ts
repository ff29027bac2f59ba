import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codePointConverter, EXPORT_FORMATS, exportArticles, LABEL_STUDIO_CONFIG, type ExportArticle, type ExportFile } from '../../src/core/export';
import { csvCell } from '../../src/core/export/csv';
import { analyze } from '../../src/core';
import { sampleArticle, sampleText, utteranceArticle, utteranceText } from './export-sample';

/** Python-style slicing: offsets in code points, as brat, doccano and Label Studio read them. */
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

const filesOf = (format: Parameters<typeof exportArticles>[0]) => exportArticles(format, [sampleArticle()]);
const file = (files: ExportFile[], path: string) => {
  const f = files.find(x => x.path === path);
  assert.ok(f, `${path} is written (got ${files.map(x => x.path).join(', ')})`);
  return f.content;
};

/** A strict RFC 4180 reader, as a spreadsheet reads the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (true) {
        assert.ok(i < text.length, 'quoted field is closed');
        if (text[i] === '"') {
          if (text[i + 1] === '"') { cell += '"'; i += 2; continue; }
          i++; break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        assert.notEqual(text[i], '"', 'a quote only appears in a quoted field');
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') { i++; continue; }
    assert.equal(text.slice(i, i + 2), '\r\n', 'records end with CRLF');
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

describe('exports', () => {
  it('offers the eight formats', () => {
    assert.deepEqual(EXPORT_FORMATS.map(f => f.id), ['json', 'jsonl', 'csv', 'w3c', 'brat', 'doccano', 'labelstudio', 'sources']);
  });

  it('converts UTF-16 offsets to code points exactly where surrogate pairs are', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (text, n) => {
      const boundaries = [0];
      for (const ch of text) boundaries.push(boundaries[boundaries.length - 1] + ch.length);
      const offset = boundaries[n % boundaries.length];
      return codePointConverter(text)(offset) === Array.from(text.slice(0, offset)).length;
    }), { numRuns: 500 });
  });

  it('json: the analysis plus the annotations, readable by JSON.parse', () => {
    const out = JSON.parse(file(filesOf('json'), 'lakeside.json'));
    assert.equal(out.id, 'lakeside');
    assert.ok(Array.isArray(out.statements) && Array.isArray(out.paragraphs), 'the CLI analysis fields are kept');
    const tagged = out.annotations.statements.find((s: { tags: string[] }) => s.tags.includes('key quote'));
    assert.equal(sampleText.slice(tagged.content.start, tagged.content.end), tagged.content.text);
    assert.equal(out.annotations.dismissed[0].content.text, 'miracles');
    assert.equal(out.annotations.orphans[0].target.exact, 'words that were deleted from the article');
    assert.equal(out.annotations.sidecar.format, 'news-annotator/annotations');
  });

  it('jsonl: one statement a line, dismissed and orphaned ones marked, nothing dropped', () => {
    const lines = file(filesOf('jsonl'), 'statements.jsonl').split('\n');
    assert.equal(lines.pop(), '', 'ends with a newline');
    const rows = lines.map(l => JSON.parse(l));
    assert.deepEqual(rows.map(r => r.status).sort(), ['added', 'dismissed', 'extracted', 'extracted', 'extracted', 'orphan']);
    for (const r of rows) {
      assert.equal(r.file, 'stories/lakeside.article');
      if (r.content) assert.equal(sampleText.slice(r.content.start, r.content.end), r.quote);
    }
    assert.equal(rows.find(r => r.status === 'orphan').quote, 'words that were deleted from the article');
  });

  it('csv and jsonl: a part of an utterance quoted in parts names the row it goes on from', () => {
    const text = 'Talks resume today.\n\n“Nobody wins a long strike,” union leader Dana Reed said. “Not the workers, not the owners.”\n';
    const article = { name: 'strike.article', text, analysis: analyze(text, 'strike'), annotations: null };
    const rows = parseCsv(file(exportArticles('csv', [article]), 'statements.csv'));
    const header = rows[0];
    const records = rows.slice(1).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    const first = records.find(r => r.quote.startsWith('Nobody'))!, second = records.find(r => r.quote.startsWith('Not the workers'))!;
    assert.equal(first.continues, '');
    assert.equal(second.continues, first.id);
    const lines = file(exportArticles('jsonl', [article]), 'statements.jsonl').trim().split('\n').map(l => JSON.parse(l));
    assert.equal(lines.find(l => l.quote.startsWith('Not the workers')).continues, lines.find(l => l.quote.startsWith('Nobody')).id);
  });

  it('csv: RFC 4180, one statement a row, formulas neutralised', () => {
    const rows = parseCsv(file(filesOf('csv'), 'statements.csv'));
    const header = rows[0];
    assert.deepEqual(header, ['file', 'id', 'status', 'speaker', 'role', 'kind', 'quote', 'cue', 'tags', 'note', 'start', 'end', 'continues', 'original', 'speakerKind', 'gender']);
    const records = rows.slice(1).map(r => Object.fromEntries(header.map((h, i) => [h, r[i]])));
    assert.equal(records.length, 6);
    for (const r of rows) assert.equal(r.length, header.length);
    const first = records.find(r => r.tags === 'claim; key quote')!;
    assert.equal(first.quote, "'-5 degrees in March is nothing new,", 'a cell starting with - does not become a formula');
    assert.equal(first.note, `'=HYPERLINK("http://example.invalid")`);
    assert.equal(first.speaker, 'Olu Adeyemi');
    assert.equal(first.role, 'Harbour Master');
    assert.equal(sampleText.slice(Number(first.start), Number(first.end)), first.quote.slice(1));
    const quoted = records.find(r => r.quote.startsWith('This is'))!;
    assert.equal(quoted.quote, 'This is a "test" with a tab\tinside,', 'quotes and tabs inside survive');
    assert.equal(quoted.speaker, 'Rita Vance', 'the corrected speaker');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`));
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('line\nbreak'), '"line\nbreak"');
  });

  it('w3c: a JSON-LD AnnotationCollection, both selectors, tags as tagging bodies', () => {
    const doc = JSON.parse(file(filesOf('w3c'), 'annotations.jsonld'));
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    const items = doc.first.items;
    assert.equal(doc.total, items.length);
    assert.equal(items.length, 4, 'dismissed and orphaned statements are not annotations of the text');
    for (const a of items) {
      assert.equal(a.type, 'Annotation');
      assert.equal(a.target.source, 'file:///work/stories/lakeside.article');
      const position = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
      const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
      assert.equal(codePointSlice(sampleText, position.start, position.end), quote.exact, 'positions count code points');
      assert.ok(sampleText.includes(quote.prefix + quote.exact + quote.suffix));
    }
    const tagged = items.find((a: { body: { purpose: string; value: string }[] }) => a.body.some(b => b.purpose === 'tagging' && b.value === 'key quote'));
    assert.ok(tagged.body.some((b: { purpose: string; value: string }) => b.purpose === 'identifying' && b.value === 'Olu Adeyemi'));
    assert.equal(tagged.motivation, 'tagging');
  });

  it('brat: .txt copy, .ann with Quote/Speaker/Cue at code-point offsets, Said relations, a matching annotation.conf', () => {
    const files = filesOf('brat');
    assert.equal(file(files, 'lakeside.txt'), sampleText);
    const conf = file(files, 'annotation.conf');
    const section = (name: string) => conf.split(`[${name}]\n`)[1].split('\n[')[0].split('\n').filter(Boolean).map(l => l.split('\t')[0]);
    const textBound = new Map<string, string>();
    const lines = file(files, 'lakeside.ann').split('\n').filter(Boolean);
    for (const line of lines) {
      const [id, body, text] = line.split('\t');
      if (id.startsWith('T')) {
        const [type, ...rest] = body.split(' ');
        assert.ok(section('entities').includes(type), `${type} is declared`);
        const fragments = rest.join(' ').split(';').map(f => f.split(' ').map(Number));
        assert.equal(fragments.map(([s, e]) => codePointSlice(sampleText, s, e)).join(' '), text, `${id} text matches the .txt at code points`);
        textBound.set(id, type);
      }
    }
    let relations = 0;
    for (const line of lines) {
      const [id, body] = line.split('\t');
      if (id.startsWith('R')) {
        const [type, arg1, arg2] = body.split(' ');
        assert.ok(section('relations').includes(type));
        assert.equal(textBound.get(arg1.replace('Arg1:', '')), 'Speaker');
        assert.equal(textBound.get(arg2.replace('Arg2:', '')), 'Quote');
        relations++;
      } else if (id.startsWith('A')) {
        const [name, target] = body.split(' ');
        assert.ok(section('attributes').includes(name), `${name} is declared`);
        assert.equal(textBound.get(target), 'Quote');
      } else if (id.startsWith('#')) {
        assert.match(body, /^AnnotatorNotes T\d+$/);
      }
    }
    assert.equal(relations, 2);
    assert.ok(lines.some(l => /\tTag_key_quote T\d+$/.test(l)));
    assert.equal([...textBound.values()].filter(t => t === 'Quote').length, 4);
  });

  it('doccano: JSONL with entities at code-point offsets and Said relations', () => {
    const lines = file(filesOf('doccano'), 'doccano.jsonl').trim().split('\n');
    assert.equal(lines.length, 1);
    const task = JSON.parse(lines[0]);
    assert.equal(task.text, sampleText);
    const byId = new Map<number, { label: string; start_offset: number; end_offset: number }>(task.entities.map((e: { id: number }) => [e.id, e]));
    for (const e of byId.values()) assert.ok(e.end_offset > e.start_offset && e.end_offset <= Array.from(sampleText).length);
    const quotes = [...byId.values()].filter(e => e.label === 'Quote').map(e => codePointSlice(sampleText, e.start_offset, e.end_offset));
    assert.ok(quotes.includes('-5 degrees in March is nothing new,'));
    assert.equal(task.relations.length, 2);
    for (const r of task.relations) {
      assert.equal(r.type, 'Said');
      assert.equal(byId.get(r.from_id)?.label, 'Speaker');
      assert.equal(byId.get(r.to_id)?.label, 'Quote');
    }
  });

  it('labelstudio: tasks with labels, relation and per-region choices, code-point offsets', () => {
    const tasks = JSON.parse(file(filesOf('labelstudio'), 'labelstudio.json'));
    assert.equal(tasks.length, 1);
    assert.equal(tasks[0].data.text, sampleText);
    const result = tasks[0].predictions[0].result;
    const regions = new Map<string, { value: { start: number; end: number; text: string; labels: string[] } }>();
    for (const r of result.filter((x: { type: string }) => x.type === 'labels')) {
      assert.equal(codePointSlice(sampleText, r.value.start, r.value.end), r.value.text);
      regions.set(r.id, r);
    }
    for (const rel of result.filter((x: { type: string }) => x.type === 'relation')) {
      assert.deepEqual(regions.get(rel.from_id)?.value.labels, ['Speaker']);
      assert.deepEqual(regions.get(rel.to_id)?.value.labels, ['Quote']);
    }
    const choices = result.find((x: { type: string }) => x.type === 'choices');
    assert.deepEqual(regions.get(choices.id)?.value.labels, ['Quote'], 'tags belong to a quote region');
    assert.deepEqual(choices.value.choices, ['claim', 'key quote']);
  });
});

/** A brat .ann file read strictly: every line one of the four kinds brat reads, with the fields it expects. */
function readAnn(ann: string, text: string) {
  assert.ok(ann === '' || ann.endsWith('\n'), 'ends with a newline');
  const textBound = new Map<string, { type: string; text: string }>();
  const relations: { type: string; arg1: string; arg2: string }[] = [];
  const notes = new Map<string, string>();
  for (const line of ann.split('\n').filter(Boolean)) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\r\n]*)$/))) {
      const fragments = m[3].split(';').map(f => f.split(' ').map(Number));
      assert.equal(fragments.map(([s, e]) => codePointSlice(text, s, e)).join(' '), m[4], `${m[1]} text matches the .txt at code points`);
      textBound.set(m[1], { type: m[2], text: m[4] });
    } else if ((m = line.match(/^R\d+\t(\w+) Arg1:(T\d+) Arg2:(T\d+)$/))) {
      relations.push({ type: m[1], arg1: m[2], arg2: m[3] });
    } else if ((m = line.match(/^#\d+\tAnnotatorNotes (T\d+)\t([^\t\r\n]*)$/))) {
      notes.set(m[1], m[2]);
    } else {
      assert.match(line, /^A\d+\t\w+ T\d+( [\w-]+)?$/, 'an attribute line');
    }
  }
  for (const r of relations) assert.ok(textBound.has(r.arg1) && textBound.has(r.arg2), `${r.type} joins annotations of the file`);
  return { textBound, relations, notes };
}

describe('exports: parts of one utterance, and words first quoted', () => {
  const first = 'We will not wait for the council 🏛,', second = 'The sea never does.', other = 'Nothing is decided yet,';
  const tagged = 'We will not wait on the council 🏛,';
  const exported = (format: Parameters<typeof exportArticles>[0], article: ExportArticle = utteranceArticle()) => exportArticles(format, [article]);

  it('brat: a Continues relation from the later Quote to the earlier, declared in annotation.conf; the words first quoted as a note', () => {
    const files = exported('brat');
    const { textBound, relations, notes } = readAnn(file(files, 'harbour-road.ann'), utteranceText);
    const continues = relations.filter(r => r.type === 'Continues');
    assert.equal(continues.length, 1, 'one link: the third quote is an utterance of its own');
    assert.deepEqual(textBound.get(continues[0].arg1), { type: 'Quote', text: second });
    assert.deepEqual(textBound.get(continues[0].arg2), { type: 'Quote', text: first });
    assert.match(file(files, 'annotation.conf'), /^Continues\tArg1:Quote, Arg2:Quote$/m);
    const firstQuote = [...textBound].find(([, t]) => t.type === 'Quote' && t.text === first)![0];
    assert.match(notes.get(firstQuote)!, new RegExp(`original: ${tagged}$`));
    assert.ok([...notes.values()].filter(n => n.includes('original:')).length === 1, 'only the edited statement has one');
  });

  it('doccano: a Continues relation between the two Quote entities; original in the statement metadata', () => {
    const lines = file(exported('doccano'), 'doccano.jsonl').trim().split('\n');
    const task = JSON.parse(lines[0]);
    const entity = (id: number) => {
      const e = task.entities.find((x: { id: number }) => x.id === id);
      return { label: e.label, text: codePointSlice(utteranceText, e.start_offset, e.end_offset) };
    };
    const continues = task.relations.filter((r: { type: string }) => r.type === 'Continues');
    assert.equal(continues.length, 1);
    assert.deepEqual(entity(continues[0].from_id), { label: 'Quote', text: second });
    assert.deepEqual(entity(continues[0].to_id), { label: 'Quote', text: first });
    assert.equal(new Set(task.relations.map((r: { id: number }) => r.id)).size, task.relations.length, 'relation ids are unique');
    const meta = task.statements.find((s: { quote_id: number }) => entity(s.quote_id).text === first);
    assert.equal(meta.original.exact, tagged);
    assert.ok(task.statements.filter((s: { original: unknown }) => s.original === null).length === 2);
  });

  it('labelstudio: a Continues relation between the two Quote regions, in the labeling interface; original as the region meta', () => {
    const result = JSON.parse(file(exported('labelstudio'), 'labelstudio.json'))[0].predictions[0].result;
    const regions = new Map<string, { value: { start: number; end: number; text: string; labels: string[] }; meta?: { text: string[] } }>(
      result.filter((x: { type: string }) => x.type === 'labels').map((r: { id: string }) => [r.id, r]),
    );
    for (const r of regions.values()) assert.equal(codePointSlice(utteranceText, r.value.start, r.value.end), r.value.text);
    const continues = result.filter((x: { type: string; labels?: string[] }) => x.type === 'relation' && x.labels?.includes('Continues'));
    assert.equal(continues.length, 1);
    assert.equal(continues[0].direction, 'right');
    assert.deepEqual([regions.get(continues[0].from_id)?.value.labels, regions.get(continues[0].from_id)?.value.text], [['Quote'], second]);
    assert.deepEqual([regions.get(continues[0].to_id)?.value.labels, regions.get(continues[0].to_id)?.value.text], [['Quote'], first]);
    assert.match(LABEL_STUDIO_CONFIG, /<Relation value="Continues"\/>/);
    const firstRegion = [...regions.values()].find(r => r.value.text === first)!;
    assert.deepEqual(firstRegion.meta, { text: [`original: ${tagged}`] });
    assert.equal([...regions.values()].filter(r => r.meta).length, 1);
  });

  it('w3c: the later part links to the annotation of the earlier one; original as a describing body', () => {
    const items = JSON.parse(file(exported('w3c'), 'annotations.jsonld')).first.items;
    const words = (a: { target: { selector: { type: string; start: number; end: number }[] } }) => {
      const p = a.target.selector.find(s => s.type === 'TextPositionSelector')!;
      return codePointSlice(utteranceText, p.start, p.end);
    };
    type Body = { type: string; purpose: string; value?: string; source?: string };
    const links = items.flatMap((a: { id: string; body: Body[] }) => a.body.filter(b => b.purpose === 'linking').map(b => ({ from: a, to: b })));
    assert.equal(links.length, 1);
    assert.equal(words(links[0].from), second);
    assert.equal(links[0].to.type, 'SpecificResource');
    const target = items.find((a: { id: string }) => a.id === links[0].to.source);
    assert.ok(target, 'the link names an annotation of the collection');
    assert.equal(words(target), first);
    const describing = items.flatMap((a: { body: Body[] }) => a.body.filter(b => b.purpose === 'describing').map(b => ({ a, b })));
    assert.equal(describing.length, 1);
    assert.equal(words(describing[0].a), first);
    assert.equal(describing[0].b.value, tagged);
  });

  it('jsonl and csv: the words first quoted, next to the words as they are now', () => {
    const rows = file(exported('jsonl'), 'statements.jsonl').trim().split('\n').map(l => JSON.parse(l));
    const row = rows.find(r => r.quote === first);
    assert.deepEqual([row.original.exact, row.tags], [tagged, ['claim']]);
    assert.equal(rows.find(r => r.quote === second).continues, row.id);
    const csv = parseCsv(file(exported('csv'), 'statements.csv'));
    const records = csv.slice(1).map(r => Object.fromEntries(csv[0].map((h, i) => [h, r[i]])));
    assert.deepEqual(records.map(r => r.original), [tagged, '', '']);
  });

  it('no link for statements that do not go on from another, and none to a part that was dismissed', () => {
    for (const article of [sampleArticle(), utteranceArticle({ dismissFirst: true })]) {
      const brat = exportArticles('brat', [article]);
      const ann = brat.find(f => f.path.endsWith('.ann'))!.content;
      assert.deepEqual(readAnn(ann, article.text).relations.filter(r => r.type !== 'Said'), [], `brat ${article.name}`);
      const doccano = JSON.parse(exportArticles('doccano', [article])[0].content);
      assert.deepEqual(doccano.relations.filter((r: { type: string }) => r.type !== 'Said'), [], `doccano ${article.name}`);
      const result = JSON.parse(exportArticles('labelstudio', [article])[0].content)[0].predictions[0].result;
      assert.deepEqual(result.filter((r: { type: string; labels?: string[] }) => r.type === 'relation' && !r.labels?.includes('Said')), [], `labelstudio ${article.name}`);
      const items = JSON.parse(exportArticles('w3c', [article])[0].content).first.items;
      assert.ok(items.every((a: { body: { purpose: string }[] }) => a.body.every(b => b.purpose !== 'linking')), `w3c ${article.name}`);
    }
    const rows = file(exportArticles('jsonl', [utteranceArticle({ dismissFirst: true })]), 'statements.jsonl').trim().split('\n').map(l => JSON.parse(l));
    const dismissed = rows.find(r => r.status === 'dismissed');
    assert.equal(dismissed.quote, first);
    assert.equal(rows.find(r => r.quote === second).continues, dismissed.id, 'the dataset rows still record the link, with the dismissed row');
  });
});
