import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addTags, articleHash, emptyDocument, fnv1a64, makeTarget, parseSidecar, serializeDocument,
  setNote, type AnnotationDocument, type EditContext,
} from '../../src/core/annotations';

/** FNV-1a 64 written independently with BigInt, over UTF-16 code units. */
function referenceFnv(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

const text = 'The minister said the budget was "fully funded". Critics said it was "a fantasy".';
let counter = 0;
const ctx = (): EditContext => ({ now: '2026-01-02T03:04:05.000Z', newId: () => `a-${++counter}` });

function sampleDocument(): AnnotationDocument {
  const second = text.indexOf('a fantasy');
  const first = text.indexOf('fully funded');
  let doc = emptyDocument({ hash: articleHash(text), length: text.length });
  doc = addTags(doc, text, { start: second, end: second + 'a fantasy'.length }, ['claim'], ctx());
  doc = addTags(doc, text, { start: first, end: first + 'fully funded'.length }, ['check', 'key quote'], ctx());
  doc = setNote(doc, text, { start: first, end: first + 'fully funded'.length }, 'Ask the treasury', ctx());
  return doc;
}

describe('annotation sidecar: hash', () => {
  it('matches the published FNV-1a 64 test vectors for ASCII', () => {
    assert.equal(fnv1a64(''), 'cbf29ce484222325');
    assert.equal(fnv1a64('a'), 'af63dc4c8601ec8c');
    assert.equal(fnv1a64('foobar'), '85944171f73967e8');
  });

  it('agrees with a BigInt reference on any string, astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), s => fnv1a64(s) === referenceFnv(s)), { numRuns: 300 });
  });

  it('tells one changed character apart', () => {
    assert.notEqual(articleHash(text), articleHash(text.replace('minister', 'ministor')));
    assert.match(articleHash(text), /^fnv1a64:[0-9a-f]{16}$/);
  });
});

describe('annotation sidecar: format', () => {
  it('writes one entry per statement, sorted by position, keys in a fixed order, 2 spaces, trailing newline', () => {
    const out = serializeDocument(sampleDocument());
    assert.ok(out.endsWith('}\n'));
    const parsed = JSON.parse(out);
    assert.deepEqual(Object.keys(parsed), ['format', 'version', 'article', 'statements']);
    assert.equal(parsed.format, 'news-annotator/annotations');
    assert.equal(parsed.statements.length, 2);
    assert.equal(parsed.statements[0].target.exact, 'fully funded', 'the earlier statement comes first');
    assert.deepEqual(Object.keys(parsed.statements[0]), ['id', 'origin', 'target', 'tags', 'note', 'created', 'modified']);
    assert.deepEqual(Object.keys(parsed.statements[0].target), ['start', 'end', 'exact', 'prefix', 'suffix']);
    assert.match(out, /\n {2}"statements": \[\n {4}\{\n {6}"id"/);
  });

  it('serialises the same content to the same bytes whatever the entry order in memory', () => {
    const doc = sampleDocument();
    const reversed = { ...doc, statements: [...doc.statements].reverse() };
    assert.equal(serializeDocument(reversed), serializeDocument(doc));
  });

  it('reads back exactly what it wrote', () => {
    const doc = sampleDocument();
    const parsed = parseSidecar(serializeDocument(doc));
    assert.ok(parsed.ok);
    assert.equal(serializeDocument(parsed.document), serializeDocument(doc));
    assert.deepEqual(parsed.document.statements.find(s => s.note)?.tags, ['check', 'key quote']);
  });

  it('keeps targets in UTF-16 code units', () => {
    const t = '😀 "Hello there" said Ana.';
    const start = t.indexOf('Hello');
    const target = makeTarget(t, start, start + 11);
    assert.equal(target.start, 4, 'the emoji counts as two units');
    assert.equal(target.exact, 'Hello there');
  });

  it('never cuts a surrogate pair in the prefix or suffix (the file stays valid UTF-8)', () => {
    const emoji = '😀';
    const t = `${emoji}${'a'.repeat(31)}QUOTE${'b'.repeat(31)}${emoji}`;
    const at = t.indexOf('QUOTE');
    const target = makeTarget(t, at, at + 5);
    assert.equal(target.prefix, 'a'.repeat(31));
    assert.equal(target.suffix, 'b'.repeat(31));
    assert.ok(!/[\ud800-\udfff]/.test(target.prefix + target.suffix));
  });
});

describe('annotation sidecar: errors', () => {
  it('reports a JSON syntax error with its line and column', () => {
    const good = serializeDocument(sampleDocument());
    const lines = good.split('\n');
    const lineIndex = lines.findIndex(l => l.includes('"origin"'));
    lines[lineIndex] = lines[lineIndex].replace(/,$/, ''); // a missing comma
    const result = parseSidecar(lines.join('\n'));
    assert.ok(!result.ok);
    assert.equal(result.error.line, lineIndex + 2, 'the error is where the next property starts');
    assert.equal(result.error.column, lines[lineIndex + 1].indexOf('"') + 1);
    assert.match(result.error.message, /expected ',' or '}'/);
  });

  it('reports a truncated file (a crash mid-write elsewhere) at its end', () => {
    const good = serializeDocument(sampleDocument());
    const cut = good.slice(0, Math.floor(good.length / 2));
    const result = parseSidecar(cut);
    assert.ok(!result.ok);
    assert.equal(result.error.line, cut.split('\n').length);
  });

  it('names the field and the line of a schema error', () => {
    const good = serializeDocument(sampleDocument());
    const broken = good.replace(/"start": \d+/, '"start": -3');
    const result = parseSidecar(broken);
    assert.ok(!result.ok);
    assert.equal(result.error.field, 'statements[0].target.start');
    assert.match(result.error.message, /statements\[0\]\.target\.start: expected a non-negative integer/);
    const targetLine = broken.split('\n').findIndex(l => l.includes('"target"')) + 1;
    assert.equal(result.error.line, targetLine);
  });

  it('rejects another format, a newer version, a bad kind, duplicate ids', () => {
    const doc = JSON.parse(serializeDocument(sampleDocument()));
    const cases: [unknown, string][] = [
      [{ ...doc, format: 'something-else' }, 'format'],
      [{ ...doc, version: 3 }, 'version'],
      [{ ...doc, speakers: [{ name: 'Ana Ruiz', gender: 'female', modified: '' }] }, 'speakers'],
      [{ ...doc, version: 2, speakers: [{ name: 'Ana Ruiz', gender: 'woman' }] }, 'speakers[0].gender'],
      [{ ...doc, version: 2, speakers: [{ name: 'Ana Ruiz', kind: 'team' }] }, 'speakers[0].kind'],
      [{ ...doc, version: 2, speakers: [{ name: 'Ana Ruiz', gender: null }, { name: 'ana ruiz', kind: 'person' }] }, 'speakers[1].name'],
      [{ ...doc, version: 2, speakers: [{ gender: 'male' }] }, 'speakers[0].name'],
      [{ ...doc, statements: [{ ...doc.statements[0], kind: 'shouted' }] }, 'statements[0].kind'],
      [{ ...doc, statements: [doc.statements[0], doc.statements[0]] }, 'statements[1].id'],
      [{ ...doc, statements: [{ ...doc.statements[0], tags: 'claim' }] }, 'statements[0].tags'],
      [[], '(root)'],
    ];
    for (const [value, field] of cases) {
      const result = parseSidecar(JSON.stringify(value, null, 2));
      assert.ok(!result.ok, field);
      assert.equal(result.error.field, field);
    }
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), s => {
      const result = parseSidecar(s);
      if (!result.ok) assert.ok(result.error.line >= 1 && result.error.column >= 1 && result.error.message.length > 0);
      return true;
    }), { numRuns: 500 });
    assert.equal(parseSidecar('['.repeat(100000)).ok, false, 'deep nesting is an error, not a stack overflow');
  });

  it('accepts a byte-order mark and agrees with JSON.parse on what is valid JSON', () => {
    const good = serializeDocument(sampleDocument());
    assert.ok(parseSidecar('\ufeff' + good).ok);
    fc.assert(fc.property(fc.json(), s => {
      // Our parser only rejects invalid JSON as a syntax error; a schema error means it parsed.
      const result = parseSidecar(s);
      return result.ok || result.error.field !== undefined;
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.string(), s => {
      let valid = true;
      try { JSON.parse(s); } catch { valid = false; }
      const result = parseSidecar(s);
      return valid ? result.ok || result.error.field !== undefined : !result.ok && result.error.field === undefined;
    }), { numRuns: 500 });
  });
});
