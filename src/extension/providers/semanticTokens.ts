import * as vscode from 'vscode';
import { isPronoun } from '../../core/lint';
import type { ArticleView } from '../articleView';
import type { ArticleStore } from '../articleStore';
import { ARTICLE_LANGUAGE } from '../config';
import { layoutTokens, type TokenSpan } from './tokenLayout';
import { registerRefreshedOnViewChange } from './viewChanges';

/**
 * Highlighting only the extractor knows: every mention of a speaker
 * (resolved pronouns too), cue words, and the reported clause of indirect
 * speech. Speakers and cues use standard types, so themes colour them; the
 * reported clause has its own type, mapped to italics, because a standard
 * type would colour it like a quotation, which it is not. package.json maps
 * each to TextMate scopes for themes without semantic rules.
 */
export const TOKEN_TYPES = ['variable', 'keyword', 'reportedSpeech'] as const;
export const TOKEN_MODIFIERS = ['speaker', 'pronoun', 'cue'] as const;
export const semanticTokensLegend = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

const type = (t: typeof TOKEN_TYPES[number]) => TOKEN_TYPES.indexOf(t);
const modifiers = (...ms: Array<typeof TOKEN_MODIFIERS[number]>) => ms.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);

/** The spans to highlight in one view; speakers and cues win over the clause they sit in. */
export function tokenSpans(view: ArticleView): TokenSpan[] {
  const spans: TokenSpan[] = [];
  const speaker = (m: { start: number; end: number; text: string }) => spans.push({
    start: m.start, end: m.end, type: type('variable'),
    modifiers: isPronoun(m.text) ? modifiers('speaker', 'pronoun') : modifiers('speaker'), priority: 2,
  });
  for (const s of view.analysis.speakers) s.mentions.forEach(speaker);
  for (const s of view.statements) {
    if (s.dismissed) continue;
    if (s.speaker?.mention && (s.speaker.id || !isPronoun(s.speaker.mention.text))) speaker(s.speaker.mention);
    if (s.cue) spans.push({ start: s.cue.start, end: s.cue.end, type: type('keyword'), modifiers: modifiers('cue'), priority: 2 });
    if (s.kind === 'indirect') spans.push({ start: s.content.start, end: s.content.end, type: type('reportedSpeech'), modifiers: 0, priority: 1 });
  }
  return spans;
}

export class SemanticTokensProvider implements vscode.DocumentSemanticTokensProvider {
  /** The tokens of each view: VS Code asks again on every view change of any article, and a view never changes. */
  private readonly built = new WeakMap<ArticleView, vscode.SemanticTokens>();

  constructor(private readonly store: ArticleStore, readonly onDidChangeSemanticTokens: vscode.Event<void>) {}

  static register(store: ArticleStore): vscode.Disposable {
    return registerRefreshedOnViewChange(
      store,
      changed => new SemanticTokensProvider(store, changed),
      provider => vscode.languages.registerDocumentSemanticTokensProvider({ language: ARTICLE_LANGUAGE }, provider, semanticTokensLegend),
    );
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    const view = await this.store.viewFor(document, token);
    if (!view || token.isCancellationRequested) return undefined;
    const cached = this.built.get(view);
    if (cached && view.version === document.version) return cached;
    const builder = new vscode.SemanticTokensBuilder(semanticTokensLegend);
    for (const t of layoutTokens(document.getText(), tokenSpans(view))) {
      builder.push(t.line, t.character, t.length, t.type, t.modifiers);
    }
    const tokens = builder.build();
    if (view.version === document.version) this.built.set(view, tokens);
    return tokens;
  }
}
