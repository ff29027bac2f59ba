// Tokenizes text with the project's grammar through vscode-textmate and vscode-oniguruma,
// the engine VS Code itself uses, so the scopes seen here are the scopes themes colour.
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes/news-article.tmLanguage.json');
export const SCOPE_NAME = 'text.news-article';

/** One token: where it sits in the whole text (UTF-16 offsets) and its scope stack. */
export interface ScopedToken {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

async function loadOniguruma(): Promise<textmate.IOnigLib> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM({ data: wasm });
  return {
    createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
    createOnigString: text => new oniguruma.OnigString(text),
  };
}

async function loadGrammar(): Promise<textmate.IGrammar> {
  const registry = new textmate.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async scopeName => scopeName === SCOPE_NAME
      ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
      : null,
  });
  const grammar = await registry.loadGrammar(SCOPE_NAME);
  if (!grammar) throw new Error(`grammar ${SCOPE_NAME} did not load from ${GRAMMAR_PATH}`);
  return grammar;
}

/** The grammar, loaded once per test run. */
export function grammar(): Promise<textmate.IGrammar> {
  grammarPromise ??= loadGrammar();
  return grammarPromise;
}

/** A mocha `before` hook: loads the grammar and the WASM engine once, with time to spare on a busy machine. */
export async function loadGrammarFirst(this: Mocha.Context): Promise<void> {
  this.timeout(60_000);
  await grammar();
}

/** Tokenizes a whole text line by line, as an editor does, carrying the rule stack across lines. */
export async function tokenize(text: string): Promise<ScopedToken[]> {
  const g = await grammar();
  const tokens: ScopedToken[] = [];
  let state: textmate.StateStack = textmate.INITIAL;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    const result = g.tokenizeLine(content, state, 0);
    if (result.stoppedEarly) throw new Error(`tokenization stopped early at offset ${lineStart}`);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, content.length);
      if (end > t.startIndex) {
        tokens.push({ start: lineStart + t.startIndex, end: lineStart + end, text: content.slice(t.startIndex, end), scopes: t.scopes });
      }
    }
    state = result.ruleStack;
    lineStart += line.length + 1;
  }
  return tokens;
}
