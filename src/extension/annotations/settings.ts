import * as vscode from 'vscode';

/** Typed access to the annotation settings (`newsAnnotator.tags`, `newsAnnotator.annotations.*`). */

export interface TagDefinition {
  name: string;
  /** A CSS colour, e.g. `#d73a49`. */
  color: string;
  description: string;
}

/** Fit for fact-checking; the same list is the setting's default in package.json. */
export const DEFAULT_TAGS: readonly TagDefinition[] = [
  { name: 'claim', color: '#d29922', description: 'A checkable claim of fact' },
  { name: 'check', color: '#1f6feb', description: 'To be checked' },
  { name: 'verified', color: '#2da44e', description: 'Checked and true' },
  { name: 'false', color: '#cf222e', description: 'Checked and false' },
  { name: 'misleading', color: '#bf3989', description: 'True in part, or out of context' },
  { name: 'opinion', color: '#8250df', description: 'An opinion, not a claim of fact' },
  { name: 'key quote', color: '#0a7ea4', description: 'A quote worth keeping' },
];

/** Colour for a tag that is used but not configured. */
export const UNCONFIGURED_TAG_COLOR = '#8c959f';

export type SidecarLocation = 'besideArticle' | 'workspaceFolder';

const section = () => vscode.workspace.getConfiguration('newsAnnotator');

/** The configured tags, skipping malformed entries; the defaults if none are usable. */
export function configuredTags(): TagDefinition[] {
  const value = section().get<unknown>('tags');
  if (!Array.isArray(value)) return [...DEFAULT_TAGS];
  const tags: TagDefinition[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : typeof item?.name === 'string' ? item.name : '';
    if (!name.trim() || tags.some(t => t.name === name.trim())) continue;
    tags.push({
      name: name.trim(),
      color: typeof item?.color === 'string' && item.color.trim() ? item.color.trim() : UNCONFIGURED_TAG_COLOR,
      description: typeof item?.description === 'string' ? item.description : '',
    });
  }
  return tags.length ? tags : [...DEFAULT_TAGS];
}

export function sidecarLocation(): SidecarLocation {
  return section().get<string>('annotations.location') === 'workspaceFolder' ? 'workspaceFolder' : 'besideArticle';
}

export const SIDECAR_SUFFIX = '.annotations.json';
export const SIDECAR_FOLDER = '.annotations';

/**
 * Where an article's annotations live: `<article>.annotations.json` beside it,
 * or under `.annotations/` at its workspace folder's root (same relative path).
 * Undefined for documents that are not files of a folder we can write (untitled).
 */
export function sidecarUriFor(article: vscode.Uri, location = sidecarLocation()): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  const name = article.path.split('/').pop() ?? 'article';
  if (location === 'workspaceFolder') {
    const folder = vscode.workspace.getWorkspaceFolder(article);
    if (folder) {
      const relative = article.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
      return vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER, ...`${relative}${SIDECAR_SUFFIX}`.split('/'));
    }
  }
  return vscode.Uri.joinPath(article, '..', `${name}${SIDECAR_SUFFIX}`);
}
