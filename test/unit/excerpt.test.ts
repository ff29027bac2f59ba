import * as assert from 'node:assert/strict';
import { excerpt } from '../../src/extension/articleView';

/** The excerpt made by flattening the whole text, as before flattening only its head. */
function reference(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

describe('excerpt of a long statement', () => {
  it('is the same as flattening the whole text, whatever whitespace the head holds', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const pieces = ['word', 'a', ' ', '  ', '\n', '\r\n\t ', ',', '.', ':', 'Xi’s', ' '.repeat(300), 'x'.repeat(70)];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: random(120) }, () => pieces[random(pieces.length)]).join('');
      for (const max of [50, 60]) assert.equal(excerpt(text, max), reference(text, max), JSON.stringify(text));
    }
  });
});
