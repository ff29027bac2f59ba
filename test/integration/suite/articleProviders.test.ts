// What the editor shows for an article: semantic tokens, hover, outline, diagnostics, folding.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import { offsetsOf, openArticle, SEED, waitFor, workspaceUri } from './articleTestHelpers';

interface DecodedToken { text: string; type: string; modifiers: string[] }

function decode(document: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0, character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const range = new vscode.Range(line, character, line, character + length);
    out.push({
      text: document.getText(range),
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit)),
    });
  }
  return out;
}

/** The hover as a reader sees it: markdown sources joined, escapes and non-breaking spaces undone. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => typeof c === 'string' ? c : c.value)).join('\n')
    .replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
}

function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children)]);
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator').update(key, value, vscode.ConfigurationTarget.Workspace);
}

describe('article editor features on the seed', () => {
  let api: NewsAnnotatorApi;
  let document: vscode.TextDocument;

  before(async () => {
    const opened = await openArticle(SEED);
    api = opened.api;
    document = opened.editor.document;
  });

  it('provides semantic tokens for speakers and cues (standard types) and reported clauses', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend, 'a legend is registered for articles');
    assert.deepStrictEqual([...legend.tokenTypes].sort(), ['keyword', 'reportedSpeech', 'variable']);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokens && tokens.data.length > 0, 'tokens are provided');
    const decoded = decode(document, tokens, legend);
    const speakers = decoded.filter(t => t.type === 'variable' && t.modifiers.includes('speaker')).map(t => t.text);
    assert.ok(speakers.some(t => /^(Xi|Xi Jinping|Chinese President Xi Jinping)$/.test(t)), `speaker mentions: ${speakers.join(', ')}`);
    assert.ok(speakers.some(t => /Blinken/.test(t)), `speaker mentions: ${speakers.join(', ')}`);
    const cues = decoded.filter(t => t.type === 'keyword' && t.modifiers.includes('cue')).map(t => t.text);
    assert.ok(cues.includes('told'), `cues: ${cues.join(', ')}`);
    const reported = decoded.filter(t => t.type === 'reportedSpeech').map(t => t.text).join(' ');
    assert.match(reported, /no agreement yet on resuming/);
  });

  it('resolves “he” to its speaker in semantic tokens (“he said the two sides had not moved forward”)', async () => {
    const legend = api.semanticTokensLegend;
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
    const pronouns = decode(document, tokens, legend).filter(t => t.modifiers.includes('pronoun')).map(t => t.text.toLowerCase());
    assert.ok(pronouns.includes('he'), `pronoun speaker mentions: ${pronouns.join(', ')}`);
  });

  it('hovers a quote with its speaker’s name, role and gender, the cue, the kind and the speaker’s statement count', async () => {
    const { start } = offsetsOf(document, 'reached the agreement on some specific issues');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(start));
    const text = hoverText(hovers);
    assert.match(text, /Xi Jinping/);
    assert.match(text, /\(male\)/, 'the gender the article shows');
    assert.match(text, /told/);
    assert.match(text, /Direct quote/);
    assert.match(text, /\d+ (statements?|utterances?) in this article/);
  });

  it('hovers a speaker mention with the canonical name', async () => {
    const { start } = offsetsOf(document, 'Wang said');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(start + 1));
    const text = hoverText(hovers);
    assert.match(text, /Wang Yi/);
  });

  it('outlines the dateline and one symbol per statement under its speaker', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols?.length, 'symbols are provided');
    const dateline = symbols.find(s => s.kind === vscode.SymbolKind.Event);
    assert.ok(dateline, 'a dateline symbol');
    assert.match(document.getText(dateline.range), /Beijing/);
    const xi = symbols.find(s => s.name === 'Xi Jinping');
    assert.ok(xi, `speaker symbols: ${symbols.map(s => s.name).join(', ')}`);
    assert.ok(xi.children.some(c => document.getText(c.selectionRange).startsWith('The two sides have also made progress')));
    const view = api.articleStore.getView(document.uri)!;
    const statementSymbols = flatten(symbols).filter(s => s.kind === vscode.SymbolKind.String);
    assert.strictEqual(statementSymbols.length, view.statements.length, 'one symbol per statement');
  });

  it('folds multi-line paragraphs of an article', async () => {
    const uri = workspaceUri('fixtures/ferry-vote-wrapped.article');
    const text = 'Ferry vote delayed\n\nThe council said on Tuesday\nit would wait for the audit\nbefore it votes.\n\nA single-line paragraph.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(uri);
    const ranges = await waitFor('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
      return r?.some(f => f.start === 2) ? r : undefined;
    });
    assert.ok(ranges.some(r => r.start === 2 && r.end === 4), JSON.stringify(ranges));
    assert.strictEqual(doc.languageId, 'news-article');
  });
});

describe('article diagnostics', () => {
  const fixture = 'fixtures/ferry-vote-lint.article';
  let document: vscode.TextDocument;

  const diagnostics = () => vscode.languages.getDiagnostics(document.uri);
  const withCode = (code: string) => diagnostics().filter(d => d.code === code);

  before(async () => {
    ({ editor: { document } } = await openArticle(fixture));
  });

  after(async () => {
    await setSetting('diagnostics.unclosedQuote', undefined);
  });

  it('flags the opening quotation mark that never closes, at the mark', async () => {
    const found = await waitFor('an unclosed-quote diagnostic', () => withCode('unclosed-quote')[0]);
    const { start } = offsetsOf(document, '“The ferries run on time');
    assert.strictEqual(document.offsetAt(found.range.start), start);
    assert.strictEqual(found.source, 'News Annotator');
    assert.strictEqual(withCode('unclosed-quote').length, 1, 'closed quotes are not flagged');
  });

  it('turns a diagnostic off with its setting, and back on', async () => {
    await setSetting('diagnostics.unclosedQuote', false);
    await waitFor('the unclosed-quote diagnostic to go away', () => withCode('unclosed-quote').length === 0);
    await setSetting('diagnostics.unclosedQuote', undefined);
    await waitFor('the unclosed-quote diagnostic to come back', () => withCode('unclosed-quote').length === 1);
  });

  it('flags a direct quote that nobody said', async () => {
    const found = await waitFor('a quote-without-speaker diagnostic', () => withCode('quote-without-speaker')[0]);
    assert.match(document.getText(found.range), /Nobody asked the riders/);
  });

  it('flags a statement whose speaker is only a pronoun naming nobody', async () => {
    const found = await waitFor('an unresolved-pronoun diagnostic', () => withCode('unresolved-pronoun')[0]);
    assert.strictEqual(document.getText(found.range), 'he');
  });
});
