import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GRAMMAR_PATH, REPO_ROOT, SCOPE_NAME } from './tokenizer';

const readJson = (relativePath: string) => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, relativePath), 'utf8'));

describe('grammar: files and manifest', () => {
  const manifest = readJson('package.json');
  const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'news-article');
  const configuration = readJson(language.configuration);

  it('ships the grammar generated from its source (run `npm run build:grammar` after editing it)', () => {
    const source = require(path.join(REPO_ROOT, 'syntaxes/news-article.grammar.js')) as { grammarFileText(): string };
    assert.ok(fs.readFileSync(GRAMMAR_PATH, 'utf8') === source.grammarFileText(), 'syntaxes/news-article.tmLanguage.json is out of date');
  });

  it('contributes the grammar for the news-article language', () => {
    const grammar = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'news-article');
    assert.strictEqual(grammar.scopeName, SCOPE_NAME);
    assert.strictEqual(path.resolve(REPO_ROOT, grammar.path), GRAMMAR_PATH);
    assert.strictEqual(readJson(grammar.path).scopeName, SCOPE_NAME);
  });

  it('gives the language a configuration and a file icon for light and dark themes', () => {
    for (const icon of [language.icon.light, language.icon.dark]) {
      assert.match(fs.readFileSync(path.join(REPO_ROOT, icon), 'utf8'), /^<svg[^>]*viewBox="0 0 16 16"/, `${icon} is a 16×16 SVG`);
    }
    assert.deepStrictEqual(configuration.colorizedBracketPairs, [], 'parentheses in prose are not coloured as code brackets');
  });

  it('has a word pattern that keeps O\'Neill and China’s whole and stops at quotation marks', () => {
    const pattern = new RegExp(configuration.wordPattern.pattern, `g${configuration.wordPattern.flags}`);
    const words = '“O\'Neill said China’s ‘Supporters’ were 3.5% up,” she said.'.match(pattern);
    assert.deepStrictEqual(words, ["O'Neill", 'said', 'China’s', 'Supporters', 'were', '3.5%', 'up', 'she', 'said']);
  });

  it('auto-closes and surrounds with curly and straight quotes, but not a straight double mark inside a quote', () => {
    const closes = new Map<string, { close: string; notIn?: string[] }>(
      configuration.autoClosingPairs.map((p: { open: string; close: string; notIn?: string[] }) => [p.open, p]));
    assert.strictEqual(closes.get('“')?.close, '”');
    assert.strictEqual(closes.get('‘')?.close, '’');
    assert.strictEqual(closes.get("'")?.close, "'");
    assert.deepStrictEqual(closes.get('"')?.notIn, ['string']);
    const surrounds = configuration.surroundingPairs.map((p: string[]) => p.join(''));
    for (const pair of ['“”', '‘’', '""', "''", '()']) assert.ok(surrounds.includes(pair), `surrounds with ${pair}`);
  });

  it('wraps article lines and keeps apostrophes inside words by default', () => {
    const defaults = manifest.contributes.configurationDefaults['[news-article]'];
    assert.strictEqual(defaults['editor.wordWrap'], 'on');
    assert.ok(!defaults['editor.wordSeparators'].includes("'") && !defaults['editor.wordSeparators'].includes('’'));
    assert.ok(defaults['editor.wordSeparators'].includes('“'));
  });
});
