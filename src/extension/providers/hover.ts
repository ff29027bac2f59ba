import * as vscode from 'vscode';
import type { Speaker } from '../../core/types';
import { liveCount, plural, speakerOf, statementAt, statementsBy, utteranceOf, type ArticleView, type StatementView } from '../articleView';
import type { ArticleStore } from '../articleStore';
import { ARTICLE_LANGUAGE, joinsUtterances } from '../config';
import { rangeOf } from '../editorNavigation';
import { escapeMarkdown } from '../markdown';
import { KIND_LABELS } from '../views/statementGroups';

/** Hover on a statement or a speaker mention: who, in what role, with which words. */
export class StatementHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: ArticleStore) {}

  static register(store: ArticleStore): vscode.Disposable {
    return vscode.languages.registerHoverProvider({ language: ARTICLE_LANGUAGE }, new StatementHoverProvider(store));
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const view = await this.store.viewFor(document, token);
    if (!view) return undefined;
    const offset = document.offsetAt(position);
    const statement = statementAt(view, offset);
    if (statement) {
      return new vscode.Hover(statementHover(view, statement), rangeOf(document, statement.content.start <= offset && offset <= statement.content.end ? statement.content : statement.speaker?.mention ?? statement.cue ?? statement.content));
    }
    for (const speaker of view.analysis.speakers) {
      const mention = speaker.mentions.find(m => m.start <= offset && offset <= m.end);
      if (mention) return new vscode.Hover(speakerHover(view, speaker), rangeOf(document, mention));
    }
    return undefined;
  }
}

function speakerLine(md: vscode.MarkdownString, view: ArticleView, name: string, speaker: Speaker | undefined): void {
  md.appendMarkdown('**').appendMarkdown(escapeMarkdown(name)).appendMarkdown('**');
  if (speaker?.role) md.appendMarkdown(' — ').appendMarkdown(escapeMarkdown(speaker.role));
  if (speaker?.gender) md.appendMarkdown(` (${speaker.gender})`);
  // counted as the Statements view counts them: utterances, with their parts joined, or quoted stretches
  const unit = joinsUtterances() ? 'utterance' : 'statement';
  if (speaker) md.appendMarkdown(`\n\n${plural(liveCount(statementsBy(view, speaker.id), unit), unit)} in this article`);
}

export function speakerHover(view: ArticleView, speaker: Speaker): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  speakerLine(md, view, speaker.name, speaker);
  if (speaker.aliases.length) md.appendMarkdown('\n\nAlso: ').appendMarkdown(escapeMarkdown(speaker.aliases.join(', ')));
  return md;
}

export function statementHover(view: ArticleView, statement: StatementView): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  if (statement.speaker) speakerLine(md, view, statement.speaker.name, speakerOf(view, statement));
  else md.appendMarkdown('**Unattributed**');
  md.appendMarkdown(`\n\n${KIND_LABELS[statement.kind].replace(/s$/, '')}`);
  if (statement.cue) md.appendMarkdown(' · cue ').appendMarkdown(escapeMarkdown(`“${statement.cue.text}”`));
  md.appendMarkdown(` · confidence ${Math.round(statement.confidence * 100)}%`);
  const parts = utteranceOf(view, statement);
  if (parts.length > 1) md.appendMarkdown(`\n\nPart ${parts.indexOf(statement) + 1} of ${parts.length} of one utterance`);
  if (statement.tags.length) md.appendMarkdown('\n\nTags: ').appendMarkdown(escapeMarkdown(statement.tags.join(', ')));
  if (statement.note) md.appendMarkdown('\n\nNote: ').appendMarkdown(escapeMarkdown(statement.note));
  if (statement.dismissed) md.appendMarkdown('\n\n*Dismissed*');
  return md;
}
