// Editing and saving an annotated article: anchors that only moved with the text are written to the
// sidecar once the saves stop, not on every save (VS Code for the Web saves 1 s after each pause in
// typing), and whenever the sidecar was last written, the tags are all still there after a reload.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/analyze';
import {
  addTags, anchorTarget, applyAnnotations, articleHash, emptyDocument, parseSidecar, serializeDocument, type AnnotationDocument,
} from '../../../src/core/annotations';
import { printNote } from '../notes';
import { extensionApi, SEED, waitFor, workspaceUri } from './articleTestHelpers';

const ARTICLE = 'scratch-saves/saved-often.article';
const SAVES = 6;

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

function parsed(text: string): AnnotationDocument {
  const result = parseSidecar(text);
  assert.ok(result.ok, `the sidecar parses: ${!result.ok && result.error.message}`);
  return result.document;
}

/** The seed ten times over, each copy numbered; every other statement tagged. */
async function annotatedArticle(): Promise<{ text: string; sidecar: AnnotationDocument }> {
  const seed = await readText(workspaceUri(SEED));
  const body = seed.split(/\n\s*\n/).slice(1).join('\n\n');
  const text = [seed, ...Array.from({ length: 10 }, (_, i) => `Update ${i + 1}: ${body.replace(/on Monday/g, `on day ${i + 1}`)}`)].join('\n\n');
  let doc = emptyDocument({ hash: articleHash(text), length: text.length });
  let n = 0;
  const ctx = { now: '2026-01-01T00:00:00.000Z', newId: () => `a-saves-${(n++).toString(36)}` };
  for (const s of analyze(text).statements.filter((_, i) => i % 2 === 0)) {
    doc = addTags(doc, text, { start: s.content.start, end: s.content.end }, [n % 2 ? 'claim' : 'check'], ctx);
  }
  return { text, sidecar: doc };
}

/** The sidecar's text; undefined for the moment a write replaces it (workspace.fs renames over a file by deleting it first). */
async function sidecarText(uri: vscode.Uri): Promise<string | undefined> {
  return readText(uri).catch(() => undefined);
}

/** Watches the sidecar's modification time until stopped; counts the new versions seen. */
function watchChanges(uri: vscode.Uri): { stop: () => Promise<number> } {
  let stopped = false, changes = 0, last: number | undefined;
  const poll = (async () => {
    while (!stopped) {
      const mtime = await vscode.workspace.fs.stat(uri).then(s => s.mtime, () => undefined);
      if (mtime !== undefined && last !== undefined && mtime !== last) changes++;
      if (mtime !== undefined) last = mtime;
      await new Promise(resolve => setTimeout(resolve, 5));
    }
  })();
  return { stop: async () => { stopped = true; await poll; return changes; } };
}

describe('saving an annotated article while editing it', function () {
  this.timeout(90_000);
  const uri = workspaceUri(ARTICLE);
  const sidecarUri = uri.with({ path: `${uri.path}.annotations.json` });
  let tagged = 0;

  before(async () => {
    const { text, sidecar } = await annotatedArticle();
    tagged = sidecar.statements.length;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(serializeDocument(sidecar)));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
  });

  it('writes the moved anchors once after a run of edits and saves, and every tag survives a reload', async () => {
    const api = await extensionApi();
    const store = api.annotations.annotations;
    let editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the article language', () => editor.document.languageId === 'news-article');
    const taggedInView = () => api.articleStore.getView(uri)?.statements.filter(s => s.tags.length).length ?? 0;
    await waitFor('the tagged statements in the view', () => taggedInView() === tagged, 30_000);
    printNote(`      files.autoSave here: ${vscode.workspace.getConfiguration('files').get('autoSave')}`);

    const before = await waitFor('the sidecar', () => sidecarText(sidecarUri));
    const watch = watchChanges(sidecarUri);
    // Edits above most tagged statements, each saved at once, as a person typing with saves in between.
    for (let i = 0; i < SAVES; i++) {
      const at = editor.document.positionAt(Math.floor(editor.document.getText().length / 3));
      await editor.edit(b => b.insert(editor.document.lineAt(at.line).range.end, ` Edited ${i}.`));
      assert.ok(await editor.document.save(), 'the article saves');
    }
    const duringSaves = await watch.stop();
    const afterSaves = await waitFor('the sidecar', () => sidecarText(sidecarUri));
    // A crash now: the sidecar on disk may still hold the anchors of before the edits. Placed on the
    // saved article (as reopening it would), every tag is found again and none is an orphan.
    const savedText = await readText(uri);
    const placed = applyAnnotations(analyze(savedText), parsed(afterSaves), savedText);
    assert.strictEqual(placed.orphans.length, 0, 'no annotation is orphaned by the unsaved anchors');
    assert.strictEqual(placed.statements.filter(s => s.tags.length).length, tagged, 'every tag is placed');

    // Once the saves stop, the moved anchors are written: on the saved text, each by its position.
    const watchQuiet = watchChanges(sidecarUri);
    const written = await waitFor('the sidecar to follow the saved article', async () => {
      const text = await sidecarText(sidecarUri);
      const doc = text === undefined ? undefined : parsed(text);
      return doc?.article.hash === articleHash(savedText) ? doc : undefined;
    }, 20_000);
    await store.flush();
    await new Promise(resolve => setTimeout(resolve, 500));
    const afterQuiet = await watchQuiet.stop();
    printNote(`      ${SAVES} saves with moved anchors: ${duringSaves} sidecar writes during them (sidecar ${afterSaves === before ? 'unchanged' : 'changed'}), ${afterQuiet} once they stopped`);
    assert.ok(duringSaves + afterQuiet >= 1 && duringSaves + afterQuiet <= 2,
      `the sidecar was written ${duringSaves} times during ${SAVES} saves and ${afterQuiet} times after: once (twice on a slow machine) is enough`);
    assert.strictEqual(written.statements.length, tagged);
    for (const entry of written.statements) {
      assert.strictEqual(anchorTarget(entry.target, savedText).method, 'position', `${entry.id} is on its words in the saved article`);
    }

    // Reload: the article closed and opened again reads the sidecar from disk.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the article to close', () => !vscode.window.visibleTextEditors.some(e => e.document.uri.toString() === uri.toString()));
    editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the article language', () => editor.document.languageId === 'news-article');
    await waitFor('every tag after reopening', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version
      && taggedInView() === tagged, 30_000);
    const reread = await store.annotationsOf(uri);
    assert.strictEqual(reread.orphans.size, 0);
  });
});

describe('a sidecar write cut short', function () {
  this.timeout(60_000);
  const uri = workspaceUri('scratch-interrupted/interrupted.article');
  const sidecarUri = uri.with({ path: `${uri.path}.annotations.json` });
  // What writeTextFileAtomically leaves when the process dies after the old sidecar was removed
  // (workspace.fs renames over a file by deleting it first) and before the new one took its place.
  const temporary = vscode.Uri.joinPath(uri, '..', '.interrupted.article.annotations.json.mabc123.tmp');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(uri, '..'), { recursive: true });
  });

  it('is recovered from its temporary file: every tag is there and the sidecar is back in place', async () => {
    const api = await extensionApi();
    const text = await readText(workspaceUri(SEED));
    let doc = emptyDocument({ hash: articleHash(text), length: text.length });
    const statements = analyze(text).statements;
    let n = 0;
    const ctx = { now: '2026-01-01T00:00:00.000Z', newId: () => `a-cut-${n++}` };
    for (const s of statements) doc = addTags(doc, text, { start: s.content.start, end: s.content.end }, ['claim'], ctx);
    const saved = serializeDocument(doc);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(temporary, new TextEncoder().encode(saved));

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor('the article language', () => editor.document.languageId === 'news-article');
    await waitFor('every tag from the temporary file', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version
      && api.articleStore.getView(uri)?.statements.filter(s => s.tags.includes('claim')).length === statements.length, 20_000);
    assert.strictEqual(await sidecarText(sidecarUri), saved, 'the sidecar is back, as it was written');
    assert.strictEqual(await sidecarText(temporary), undefined, 'the temporary file became the sidecar');
  });
});

describe('temporary files an interrupted write left beside an intact sidecar', function () {
  this.timeout(60_000);
  const folder = workspaceUri('scratch-leftovers');
  const article = vscode.Uri.joinPath(folder, 'leftovers.article');
  const sidecarUri = vscode.Uri.joinPath(folder, 'leftovers.article.annotations.json');
  const leftover = (stamp: string) => vscode.Uri.joinPath(folder, `.leftovers.article.annotations.json.${stamp}.tmp`);
  const ARTICLE_TEXT = '“The ferry will run all winter,” harbour master Ana Ortiz said.\n\n“Nobody will be left on the pier,” deputy mayor Tom Reyes said.\n';
  const pause = () => new Promise(resolve => setTimeout(resolve, 50)); // so file times differ

  /** A sidecar of ARTICLE_TEXT with `tag` on the quote starting with `words`. */
  function sidecarTagging(words: string, tag: string): string {
    const start = ARTICLE_TEXT.indexOf(words);
    const end = ARTICLE_TEXT.indexOf('”', start);
    const doc = addTags(emptyDocument({ hash: articleHash(ARTICLE_TEXT), length: ARTICLE_TEXT.length }), ARTICLE_TEXT, { start, end }, [tag],
      { now: '2026-02-01T00:00:00.000Z', newId: () => `a-left-${tag}` });
    return serializeDocument(doc);
  }

  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('removes the ones an intact sidecar holds all of (the same text, or an older write), keeps a newer different one, and touches none beside a broken sidecar', async () => {
    const api = await extensionApi();
    // beside a sidecar that cannot be read, a temporary file may be all that is left of the annotations
    const broken = vscode.Uri.joinPath(folder, 'broken.article');
    const besideBroken = vscode.Uri.joinPath(folder, '.broken.article.annotations.json.old0004.tmp');
    await write(broken, ARTICLE_TEXT);
    await write(besideBroken, sidecarTagging('The ferry will run', 'claim'));
    await pause();
    await write(vscode.Uri.joinPath(folder, 'broken.article.annotations.json'), '{\n  "format": "news-annotator/annotations",\n  oops\n}\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(broken));
    await waitFor('the broken sidecar to be read', async () => (await api.annotations.annotations.annotationsOf(broken)).state === 'broken');

    const current = sidecarTagging('The ferry will run', 'claim');
    await write(article, ARTICLE_TEXT);
    const older = leftover('old0001');
    await write(older, sidecarTagging('The ferry will run', 'opinion')); // a write a later one replaced
    await pause();
    await write(sidecarUri, current);
    const same = leftover('same002');
    await write(same, current); // a write whose rename copied, then stopped
    await pause();
    const newer = leftover('new0003');
    await write(newer, sidecarTagging('Nobody will be left', 'check')); // a change that may never have reached the sidecar

    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(article));
    await waitFor('the article language', () => editor.document.languageId === 'news-article');
    await waitFor('the sidecar’s tag in the view', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version
      && api.articleStore.getView(article)?.statements.some(s => s.content.text.startsWith('The ferry will run') && s.tags.includes('claim')), 20_000);
    await waitFor('the stale temporary files to go', async () => !(await exists(older)) && !(await exists(same)));
    assert.ok(await exists(newer), 'the newer, different one is kept');
    assert.strictEqual(await readText(sidecarUri), current, 'the sidecar is untouched');
    assert.ok(!api.articleStore.getView(article)!.statements.some(s => s.tags.includes('opinion')), 'nothing is read from the older leftover');
    // the broken article was loaded first: had its leftovers been tidied, that would be done by now
    assert.ok(await exists(besideBroken), 'the one beside the broken sidecar is kept');
  });
});
