import * as vscode from 'vscode';
import type { LintCode } from '../core/lint';
import type { Grouping } from './views/statementGroups';

/** Typed access to the `newsAnnotator.*` settings; one place knows their names. */

export const ARTICLE_LANGUAGE = 'news-article';
const SECTION = 'newsAnnotator';

export const GROUPINGS: readonly Grouping[] = ['speaker', 'order', 'tag', 'kind'];

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION, scope);
}

/** Milliseconds to wait after the last edit before reanalysing. */
export function analysisDelay(scope?: vscode.ConfigurationScope): number {
  const value = section(scope).get<number>('analysisDelay', 300);
  return Number.isFinite(value) && value >= 0 ? value : 300;
}

/** Extra globs whose documents open as articles, e.g. `**\/articles/*.txt`. */
export function articleFileGlobs(): string[] {
  const value = section().get<unknown>('articleFiles', []);
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

export function isDiagnosticEnabled(code: LintCode, scope?: vscode.ConfigurationScope): boolean {
  return section(scope).get<boolean>(`diagnostics.${diagnosticSettingName(code)}`, true);
}

/** `unclosed-quote` -> `unclosedQuote`, the setting key of that diagnostic. */
export function diagnosticSettingName(code: LintCode): string {
  return code.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

export function treeFollowsCursor(): boolean {
  return section().get<boolean>('tree.followCursor', true);
}

/** One row per utterance in the Statements view, and annotation commands on every part of it. */
export function joinsUtterances(): boolean {
  return section().get<boolean>('tree.joinUtterances', true);
}

export function defaultGrouping(): Grouping {
  const value = section().get<string>('tree.groupBy', 'speaker');
  return (GROUPINGS as readonly string[]).includes(value) ? value as Grouping : 'speaker';
}

export function showStatusBar(): boolean {
  return section().get<boolean>('statusBar.enabled', true);
}

export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SECTION}.${key}`);
}
