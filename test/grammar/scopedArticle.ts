// Assertions on the scopes the grammar gives to the words of an article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, ScopedToken, tokenize } from './tokenizer';

export const FIXTURES = path.join(REPO_ROOT, 'test/grammar/fixtures');

/** A scope name as the grammar writes it: `string.quoted.double` → `string.quoted.double.news-article`. */
export const scope = (name: string): string => `${name}.news-article`;

/** Which occurrence of a needle: the nth (1-based), or the first after another string. */
export type Where = number | { after: string };

export class ScopedArticle {
  private constructor(readonly text: string, readonly tokens: ScopedToken[]) {}

  static async fromText(text: string): Promise<ScopedArticle> {
    return new ScopedArticle(text, await tokenize(text));
  }

  static async fromFixture(name: string): Promise<ScopedArticle> {
    return ScopedArticle.fromText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
  }

  static async fromFile(relativePath: string): Promise<ScopedArticle> {
    return ScopedArticle.fromText(fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8'));
  }

  /** Offset of `needle` at `where`; fails the test when it is absent. */
  offsetOf(needle: string, where: Where = 1): number {
    if (typeof where === 'object') {
      const anchor = this.offsetOf(where.after);
      const at = this.text.indexOf(needle, anchor + where.after.length);
      assert.notStrictEqual(at, -1, `fixture has no ${JSON.stringify(needle)} after ${JSON.stringify(where.after)}`);
      return at;
    }
    let at = -1;
    for (let i = 0; i < where; i++) {
      at = this.text.indexOf(needle, at + 1);
      assert.notStrictEqual(at, -1, `fixture has no occurrence ${where} of ${JSON.stringify(needle)}`);
    }
    return at;
  }

  /** The tokens overlapping `needle` at `where`. */
  tokensAt(needle: string, where: Where = 1): ScopedToken[] {
    const start = this.offsetOf(needle, where);
    const end = start + needle.length;
    return this.tokens.filter(t => t.end > start && t.start < end);
  }

  /** Every character of `needle` carries `scopeName`. */
  expectScoped(needle: string, scopeName: string, where: Where = 1): void {
    for (const t of this.tokensAt(needle, where)) {
      assert.ok(t.scopes.includes(scopeName),
        `${JSON.stringify(t.text)} in ${JSON.stringify(needle)} should be ${scopeName}, has ${describe(t)}`);
    }
  }

  /** No character of `needle` carries `scopeName`. */
  expectNotScoped(needle: string, scopeName: string, where: Where = 1): void {
    for (const t of this.tokensAt(needle, where)) {
      assert.ok(!t.scopes.includes(scopeName),
        `${JSON.stringify(t.text)} in ${JSON.stringify(needle)} should not be ${scopeName}, has ${describe(t)}`);
    }
  }

  /** `needle` is exactly one token with `scopeName`: the scope neither stops short nor runs over. */
  expectToken(needle: string, scopeName: string, where: Where = 1): void {
    const start = this.offsetOf(needle, where);
    const tokens = this.tokensAt(needle, where);
    assert.strictEqual(tokens.length, 1, `${JSON.stringify(needle)} should be one token, is ${tokens.map(t => JSON.stringify(t.text)).join(' + ')}`);
    const [t] = tokens;
    assert.deepStrictEqual([t.start, t.end], [start, start + needle.length],
      `${JSON.stringify(needle)} should be a whole token, the token is ${JSON.stringify(t.text)}`);
    assert.ok(t.scopes.includes(scopeName), `${JSON.stringify(needle)} should be ${scopeName}, has ${describe(t)}`);
  }

  /** The stretches of text that carry `scopeName`, in order (adjacent tokens joined). */
  textsWithScope(scopeName: string): string[] {
    const texts: string[] = [];
    let last: ScopedToken | undefined;
    for (const t of this.tokens) {
      if (!t.scopes.includes(scopeName)) { last = undefined; continue; }
      if (last && last.end === t.start) texts[texts.length - 1] += t.text;
      else texts.push(t.text);
      last = t;
    }
    return texts;
  }
}

function describe(t: ScopedToken): string {
  return t.scopes.slice(1).join(' > ') || '(no scope)';
}
