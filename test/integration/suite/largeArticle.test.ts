// A 1 MB article with hundreds of tagged statements: where the extension host's main thread spends
// its time after each analysis (printed, never asserted), and that no annotation is lost on the way.
import * as assert from 'assert';
import * as inspector from 'inspector';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/analyze';
import { addTags, applyAnnotations, articleHash, emptyDocument, serializeDocument, type AnnotationDocument } from '../../../src/core/annotations';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import { printNote } from '../notes';
import { openArticle, SEED, shownStatements, waitFor, workspaceUri } from './articleTestHelpers';

const ARTICLE = 'scratch-large/large.article';
const TARGET_CHARS = 1_000_000;

/** The seed's paragraphs over and over, each copy numbered so no two paragraphs are alike, every other one wrapped. */
async function largeArticle(): Promise<string> {
  const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SEED)));
  const body = seed.split(/\n\s*\n/).slice(1).join('\n\n');
  const parts: string[] = [seed];
  for (let copy = 1, length = seed.length; length < TARGET_CHARS; copy++) {
    let part = `Update ${copy}: ${body.replace(/on Monday/g, `on day ${copy}`)}`;
    // every other copy hard-wrapped, as some wires file it: paragraphs of several lines, which fold
    if (copy % 2) part = part.replace(/, /g, ',\n');
    parts.push(part);
    length += part.length + 2;
  }
  return parts.join('\n\n');
}

/** Tags every third statement the engine finds, as a person's sidecar would. */
function sidecarFor(text: string): AnnotationDocument {
  let doc = emptyDocument({ hash: articleHash(text), length: text.length });
  let n = 0;
  const ctx = { now: '2026-01-01T00:00:00.000Z', newId: () => `a-large-${(n++).toString(36)}` };
  const statements = analyze(text).statements.filter((_, i) => i % 3 === 0);
  for (const s of statements) doc = addTags(doc, text, { start: s.content.start, end: s.content.end }, [n % 2 ? 'claim' : 'check'], ctx);
  return doc;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function post<T>(session: inspector.Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/**
 * Milliseconds of samples with the extension's code on the stack, each charged to the innermost
 * function of the extension's bundle (so the VS Code API it calls counts for its caller).
 */
function ownTime(profile: Profile): { total: number; byFunction: Map<string, number> } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (n: ProfileNode) => /[\\/]dist[\\/]extension\.js$/.test(n.callFrame.url);
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    for (let node: number | undefined = id; node !== undefined; node = parent.get(node)) {
      const frame = byId.get(node)!;
      if (!ours(frame)) continue;
      const name = `${frame.callFrame.functionName || '(anonymous)'}:${frame.callFrame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      total += ms;
      break;
    }
  });
  return { total, byFunction };
}

const taggedCount = (api: NewsAnnotatorApi) => api.articleStore.getView(workspaceUri(ARTICLE))?.statements.filter(s => s.tags.length).length ?? 0;

describe('a 1 MB article with hundreds of tagged statements', function () {
  this.timeout(180_000);
  const uri = workspaceUri(ARTICLE);
  const sidecarUri = uri.with({ path: `${uri.path}.annotations.json` });
  let tagged = 0;

  before(async () => {
    const text = await largeArticle();
    const sidecar = sidecarFor(text);
    tagged = sidecar.statements.length;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(serializeDocument(sidecar)));
  });

  after(async () => {
    for (let i = 0; i < 3 && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString(); i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(uri);
    await vscode.workspace.fs.delete(sidecarUri);
  });

  it('keeps every annotation through edits; prints the main-thread time after each analysis', async () => {
    const { editor, api } = await openArticle(ARTICLE);
    assert.ok(editor.document.getText().length >= TARGET_CHARS);
    await waitFor('the tagged statements in the view', () => taggedCount(api) === tagged, 60_000);
    await vscode.commands.executeCommand('newsAnnotator.showStatements');
    await vscode.window.showTextDocument(editor.document);

    const session = new inspector.Session();
    session.connect();
    const cycles: Array<{ total: number; byFunction: Map<string, number> }> = [];
    // The synchronous part of publishing a view: layers (annotations), then every listener.
    const refreshes: number[] = [];
    const applyTimes: number[] = [];
    // Modification times of the sidecar seen during the edits (autosave writes the article 1 s after each).
    const sidecarVersions = new Set<number>();
    let refreshProfile: { total: number; byFunction: Map<string, number> };
    try {
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.setSamplingInterval', { interval: 250 });
      await post(session, 'Profiler.start');
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        api.articleStore.refresh(uri);
        refreshes.push(performance.now() - t);
      }
      refreshProfile = ownTime((await post<{ profile: Profile }>(session, 'Profiler.stop')).profile);
      // The annotation layer alone, on the view's analysis and the annotations in memory.
      const { document: annotations } = await api.annotations.annotations.annotationsOf(uri);
      const analysis = api.articleStore.getView(uri)!.analysis;
      for (let i = 0; i < 7; i++) {
        const text = editor.document.getText();
        const t = performance.now();
        applyAnnotations(analysis, annotations, text);
        applyTimes.push(performance.now() - t);
      }
      sidecarVersions.add((await vscode.workspace.fs.stat(sidecarUri)).mtime);
      for (let i = 0; i < 3; i++) {
        const middle = editor.document.positionAt(Math.floor(editor.document.getText().length / 2));
        const line = editor.document.lineAt(middle.line);
        await post(session, 'Profiler.start');
        await editor.edit(b => b.insert(line.range.end, ' Edited.'));
        await waitFor('the analysis of the edit', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version, 60_000);
        // What VS Code asks for after a view changes: tokens, folding, decorations, tree rows.
        await vscode.commands.executeCommand('vscode.provideDocumentSemanticTokens', uri);
        await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
        for (let waited = 0; waited < 1500; waited += 100) {
          await new Promise(resolve => setTimeout(resolve, 100));
          await vscode.workspace.fs.stat(sidecarUri).then(stat => sidecarVersions.add(stat.mtime), () => undefined);
        }
        const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
        cycles.push(ownTime(profile));
      }
    } finally {
      session.disconnect();
    }

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const functions = new Map<string, number[]>();
    for (const c of cycles) for (const [name, ms] of c.byFunction) functions.set(name, [...(functions.get(name) ?? []), ms]);
    const top = [...functions].map(([name, ms]) => [name, ms.reduce((a, b) => a + b, 0) / cycles.length] as const).sort((a, b) => b[1] - a[1]).slice(0, 12);
    printNote(`      large article: ${editor.document.getText().length} chars, ${api.articleStore.getView(uri)?.statements.length} statements, ${tagged} tagged`);
    printNote(`      refresh (layers + listeners, synchronous): median ${median(refreshes).toFixed(1)} ms of ${refreshes.map(r => r.toFixed(0)).join(', ')}`);
    printNote(`      applyAnnotations alone (new text string each call, as a refresh gets): median ${median(applyTimes).toFixed(1)} ms of ${applyTimes.map(r => r.toFixed(1)).join(', ')}`);
    printNote(`      sidecar writes during the ${cycles.length} edit cycles: ${sidecarVersions.size - 1} (files.autoSave ${vscode.workspace.getConfiguration('files').get('autoSave')})`);
    printNote(`      extension code on the main thread per edit (profiled, innermost extension function): ${cycles.map(c => c.total.toFixed(0)).join(', ')} ms`);
    for (const [name, ms] of top) printNote(`        ${ms.toFixed(1).padStart(7)} ms  ${name}`);
    printNote('      refresh, profiled (per call):');
    const refreshTop = [...refreshProfile.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8);
    for (const [name, ms] of refreshTop) printNote(`        ${(ms / refreshes.length).toFixed(1).padStart(7)} ms  ${name}`);

    // The folds (lines found in one pass) are the lines positionAt gives.
    const view = (await api.articleStore.viewFor(editor.document))!;
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    const expected = view.analysis.paragraphs
      .map(p => ({ start: editor.document.positionAt(p.start).line, end: editor.document.positionAt(p.end).line }))
      .filter(r => r.end > r.start);
    assert.ok(expected.length > 100);
    assert.deepStrictEqual(folds.map(f => ({ start: f.start, end: f.end })), expected);

    // Never lose an annotation: every tagged statement is still tagged, and the tree lists them.
    assert.strictEqual(taggedCount(api), tagged);
    assert.ok(shownStatements(api).filter(s => s.tags.length).length === tagged);
  });
});
