import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';

const root = path.resolve(__dirname, '../../..');
const seed = fs.readFileSync(path.join(root, 'seeds/blinken-xi-beijing.txt'), 'utf8');

describe('analyze', () => {
  it('finds the direct quotes of the seed with exact UTF-16 spans', () => {
    const a = analyze(seed, 'seed');
    const direct = a.statements.filter(s => s.kind === 'direct');
    assert.ok(direct.some(s => s.content.text.startsWith('The two sides have also made progress')));
    assert.ok(direct.some(s => s.content.text.startsWith('We must take a responsible attitude')));
    for (const s of a.statements) assert.equal(seed.slice(s.content.start, s.content.end), s.content.text);
  });

  it('returns an empty analysis for empty text', () => {
    const a = analyze('', 'empty');
    assert.deepEqual(a.statements, []);
    assert.deepEqual(a.paragraphs, []);
  });
});
