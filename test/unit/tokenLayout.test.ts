import * as assert from 'node:assert/strict';
import { layoutTokens, type LineToken, type TokenSpan } from '../../src/extension/providers/tokenLayout';

const span = (text: string, words: string, type: number, priority: number, from = 0): TokenSpan => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, words);
  return { start, end: start + words.length, type, modifiers: 0, priority };
};

/** The text each token covers, read back through its line and character. */
function covered(text: string, tokens: LineToken[]): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  return tokens.map(t => lines[t.line].slice(t.character, t.character + t.length));
}

describe('layoutTokens', () => {
  it('splits a low-priority clause around the higher-priority words inside it', () => {
    const text = 'Officials said the mayor told them taxes would rise.';
    const tokens = layoutTokens(text, [
      span(text, 'the mayor told them taxes would rise', 2, 1),
      span(text, 'mayor', 0, 2),
      span(text, 'told', 1, 2),
    ]);
    assert.deepEqual(covered(text, tokens), ['the ', 'mayor', ' ', 'told', ' them taxes would rise']);
    assert.deepEqual(tokens.map(t => t.type), [2, 0, 2, 1, 2]);
  });

  it('splits spans that cross lines into one token per line, leaving out the line breaks', () => {
    const text = 'He said taxes\r\nwould rise\nnext year.';
    const tokens = layoutTokens(text, [span(text, 'taxes\r\nwould rise\nnext', 2, 1)]);
    assert.deepEqual(tokens.map(t => [t.line, t.character]), [[0, 8], [1, 0], [2, 0]]);
    assert.deepEqual(covered(text, tokens), ['taxes', 'would rise', 'next']);
  });

  it('counts characters in UTF-16 code units, like the editor', () => {
    const text = '🇺🇳 envoy 😀 Ana said so.';
    const tokens = layoutTokens(text, [span(text, 'Ana', 0, 2)]);
    assert.deepEqual(covered(text, tokens), ['Ana']);
    assert.equal(tokens[0].character, text.indexOf('Ana'));
  });

  it('keeps tokens sorted and never overlapping, whatever the input', () => {
    const text = 'abcdefghij klmnopqrst uvwxyz';
    const spans: TokenSpan[] = [];
    for (let i = 0; i < 60; i++) {
      const start = (i * 7) % text.length;
      spans.push({ start, end: Math.min(text.length, start + (i % 9) + 1), type: i % 3, modifiers: 0, priority: i % 2 });
    }
    const tokens = layoutTokens(text, spans);
    for (let i = 1; i < tokens.length; i++) {
      assert.ok(tokens[i].character >= tokens[i - 1].character + tokens[i - 1].length, `token ${i} overlaps`);
    }
  });

  it('drops empty and out-of-range spans', () => {
    const text = 'short';
    assert.deepEqual(layoutTokens(text, [
      { start: 2, end: 2, type: 0, modifiers: 0, priority: 1 },
      { start: 3, end: 99, type: 0, modifiers: 0, priority: 1 },
      { start: -1, end: 2, type: 0, modifiers: 0, priority: 1 },
    ]), []);
  });
});
