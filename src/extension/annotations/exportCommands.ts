import * as vscode from 'vscode';
import { analyze } from '../../core/analyze';
import { parseSidecar, type AnnotationDocument } from '../../core/annotations';
import { describeSources, EXPORT_FORMATS, exportArticles, isExportFormat, sourceReport, type ExportArticle, type ExportFormat } from '../../core/export';
import { isArticle } from '../articleStore';
import type { Command } from '../commandManager';
import { articleFileGlobs } from '../config';
import type { AnnotationServices } from './commandContext';
import { readTextFile } from './sidecarFiles';
import { SIDECAR_FOLDER, SIDECAR_SUFFIX, sidecarUriFor } from './settings';
import { argsOf, targetDocument } from './statementTarget';

async function pickFormat(given: string | undefined): Promise<ExportFormat | undefined> {
  if (given !== undefined) {
    if (isExportFormat(given)) return given;
    void vscode.window.showErrorMessage(`Unknown export format "${given}". Formats: ${EXPORT_FORMATS.map(f => f.id).join(', ')}.`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map(f => ({ label: f.label, description: f.id, detail: f.description, id: f.id })),
    { title: 'Export Annotations: format' },
  );
  return picked?.id;
}

async function pickFolder(given: string | undefined): Promise<vscode.Uri | undefined> {
  if (given) return given.includes('://') ? vscode.Uri.parse(given) : vscode.Uri.file(given);
  const picked = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export Here',
    title: 'Export Annotations: folder', defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

/**
 * Writes the exported files into `folder`, never over an article or a sidecar.
 * Returns the files written; problems are collected in `problems`.
 */
async function writeExport(format: ExportFormat, articles: ExportArticle[], folder: vscode.Uri, problems: string[]): Promise<vscode.Uri[]> {
  const inputs = new Set(articles.flatMap(a => [a.uri, a.uri ? sidecarUriFor(vscode.Uri.parse(a.uri))?.toString() : undefined]).filter(Boolean));
  await vscode.workspace.fs.createDirectory(folder);
  const written: vscode.Uri[] = [];
  for (const file of exportArticles(format, articles)) {
    const target = vscode.Uri.joinPath(folder, ...file.path.split('/'));
    if (inputs.has(target.toString())) {
      problems.push(`${file.path} not written: it would replace an article or its annotations`);
      continue;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(file.content));
    written.push(target);
  }
  return written;
}

/** Tells what was written; a sources export also says whose voices the articles quote. */
function report(written: vscode.Uri[], folder: vscode.Uri, problems: string[], format: ExportFormat, articles: ExportArticle[]): void {
  const where = vscode.workspace.asRelativePath(folder);
  const voices = format === 'sources' && articles.length ? ` ${describeSources(sourceReport(articles).total)}.` : '';
  const summary = `Exported ${written.length} file${written.length === 1 ? '' : 's'} to ${where}.${voices}`;
  if (problems.length) void vscode.window.showWarningMessage(`${summary} Not exported: ${problems.join('; ')}`);
  else void vscode.window.showInformationMessage(summary);
}

function pausedProblem(name: string, sidecar: vscode.Uri | undefined, error: { line: number; column: number; message: string }): string {
  return `${name} (its annotations file ${sidecar ? vscode.workspace.asRelativePath(sidecar) : ''} line ${error.line}, column ${error.column}: ${error.message})`;
}

/** News: Export Annotations… — the current article. Args `{format, folder}` skip the questions. */
export class ExportAnnotationsCommand implements Command {
  readonly id = 'newsAnnotator.exportAnnotations';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<vscode.Uri[] | undefined> {
    const { store, tree, annotations } = this.services;
    const args = argsOf(arg);
    const document = await targetDocument(tree, args, arg);
    if (!document || !isArticle(document)) {
      void vscode.window.showInformationMessage('Open an article to export its annotations.');
      return undefined;
    }
    const current = await annotations.annotationsOf(document.uri);
    if (current.state === 'broken' && current.error) {
      // Exporting without them would silently drop a person's work.
      void vscode.window.showErrorMessage(`Not exported: ${pausedProblem(vscode.workspace.asRelativePath(document.uri), current.sidecar, current.error)}.`);
      return undefined;
    }
    const format = await pickFormat(args.format);
    if (!format) return undefined;
    const folder = await pickFolder(args.folder);
    if (!folder) return undefined;
    const view = await store.viewFor(document);
    const text = document.getText();
    const article: ExportArticle = {
      name: vscode.workspace.asRelativePath(document.uri), uri: document.uri.toString(), text,
      analysis: view?.version === document.version ? view.analysis : analyze(text, document.uri.toString()),
      annotations: current.document,
    };
    const problems: string[] = [];
    const written = await writeExport(format, [article], folder, problems);
    report(written, folder, problems, format, [article]);
    return written;
  }
}

/** Every article of the workspace: by extension, by the articleFiles setting, and every one with a sidecar. */
async function workspaceArticles(): Promise<vscode.Uri[]> {
  const exclude = '**/node_modules/**';
  const found = new Map<string, vscode.Uri>();
  const add = (uris: vscode.Uri[]) => uris.forEach(u => found.set(u.toString(), u));
  add(await vscode.workspace.findFiles('**/*.{article,news}', exclude));
  for (const glob of articleFileGlobs()) add(await vscode.workspace.findFiles(glob, exclude));
  for (const sidecar of await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, exclude)) {
    const article = articleOfSidecar(sidecar);
    if (article) found.set(article.toString(), article);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** The article a sidecar belongs to, in either layout. */
function articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(sidecar);
  const withoutSuffix = sidecar.path.slice(0, -SIDECAR_SUFFIX.length);
  const marker = folder ? `${folder.uri.path.replace(/\/$/, '')}/${SIDECAR_FOLDER}/` : undefined;
  if (folder && marker && sidecar.path.startsWith(marker)) {
    return folder.uri.with({ path: `${folder.uri.path.replace(/\/$/, '')}/${withoutSuffix.slice(marker.length)}` });
  }
  return sidecar.with({ path: withoutSuffix });
}

/** News: Export Workspace Annotations… — every article, with a cancellable progress notification. */
export class ExportWorkspaceAnnotationsCommand implements Command {
  readonly id = 'newsAnnotator.exportWorkspaceAnnotations';

  constructor(private readonly services: AnnotationServices) {}

  async execute(arg?: unknown): Promise<vscode.Uri[] | undefined> {
    const args = argsOf(arg);
    const format = await pickFormat(args.format);
    if (!format) return undefined;
    const folder = await pickFolder(args.folder);
    if (!folder) return undefined;
    await this.services.annotations.flush();
    return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Exporting annotations', cancellable: true }, async (progress, token) => {
      const uris = await workspaceArticles();
      const articles: ExportArticle[] = [];
      const problems: string[] = [];
      for (const uri of uris) {
        if (token.isCancellationRequested) {
          void vscode.window.showInformationMessage('Export cancelled; nothing was written.');
          return undefined;
        }
        const name = vscode.workspace.asRelativePath(uri);
        progress.report({ message: name, increment: 100 / Math.max(1, uris.length) });
        const article = await this.read(uri, name, problems);
        if (article) articles.push(article);
        // Let the cancel button and the rest of the UI through between articles.
        await new Promise(resolve => setTimeout(resolve, 0));
      }
      const written = articles.length ? await writeExport(format, articles, folder, problems) : [];
      report(written, folder, problems, format, articles);
      return written;
    });
  }

  private async read(uri: vscode.Uri, name: string, problems: string[]): Promise<ExportArticle | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    let text: string | undefined;
    try {
      text = open?.getText() ?? await readTextFile(uri);
    } catch (error) {
      problems.push(`${name} (cannot be read: ${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
    if (text === undefined) return undefined;
    let annotations: AnnotationDocument | null = null;
    if (open && isArticle(open)) {
      const current = await this.services.annotations.annotationsOf(uri);
      if (current.state === 'broken' && current.error) { problems.push(pausedProblem(name, current.sidecar, current.error)); return undefined; }
      annotations = current.document;
    } else {
      const sidecar = sidecarUriFor(uri);
      const sidecarText = sidecar ? await readTextFile(sidecar).catch(() => undefined) : undefined;
      if (sidecar && sidecarText !== undefined) {
        const parsed = parseSidecar(sidecarText);
        if (!parsed.ok) { problems.push(pausedProblem(name, sidecar, parsed.error)); return undefined; }
        annotations = parsed.document;
      }
    }
    return { name, uri: uri.toString(), text: text.replace(/^\uFEFF/, ''), analysis: analyze(text.replace(/^\uFEFF/, ''), uri.toString()), annotations };
  }
}
