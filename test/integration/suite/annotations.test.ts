// Annotations in a real VS Code: tag through the commands, see the tree and decorations follow,
// keep them in the sidecar across edits and reloads, orphan them when their words go, export them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parseSidecar, type AnnotationDocument } from '../../../src/core/annotations';
import { EXPORT_FORMATS } from '../../../src/core/export';
import type { NewsAnnotatorApi } from '../../../src/extension/activate';
import type { StatementView } from '../../../src/extension/articleView';
import { extensionApi, offsetsOf, pickFirstTag, SEED, statementNodes, waitFor, workspaceUri } from './articleTestHelpers';

const XI_QUOTE = 'The two sides have also made progress';
const WANG_QUOTE = 'We must take a responsible attitude';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function sidecarOf(uri: vscode.Uri): Promise<AnnotationDocument | undefined> {
  const text = await readText(uri.with({ path: `${uri.path}.annotations.json` }));
  if (text === undefined) return undefined;
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, `the sidecar parses: ${!parsed.ok && parsed.error.message}`);
  return parsed.document;
}

/** Opens `uri` as an article, waits for its view with annotations applied. */
async function openAnnotated(api: NewsAnnotatorApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(`${uri.path} to be an article`, () => editor.document.languageId === 'news-article');
  await api.annotations.annotations.annotationsOf(uri);
  await waitFor(`the analysis of ${uri.path}`, async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version);
  return editor;
}

function viewOf(api: NewsAnnotatorApi, uri: vscode.Uri) {
  const view = api.articleStore.getView(uri);
  assert.ok(view, 'the article has a view');
  return view;
}

function statementStarting(api: NewsAnnotatorApi, uri: vscode.Uri, words: string): StatementView | undefined {
  return viewOf(api, uri).statements.find(s => s.content.text.startsWith(words));
}

function placeCursor(editor: vscode.TextEditor, offset: number): void {
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}

describe('Annotations', function () {
  this.timeout(60_000);
  let api: NewsAnnotatorApi;
  let article: vscode.Uri;
  let editor: vscode.TextEditor;

  before(async () => {
    api = await extensionApi();
    // A copy of the seed, so edits here never change what other suites read.
    article = workspaceUri('annotation-work/seed-copy.article');
    await vscode.workspace.fs.copy(workspaceUri(SEED), article, { overwrite: true });
    editor = await openAnnotated(api, article);
  });

  after(async () => {
    if (editor.document.isDirty) await editor.document.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('tags the statement at the cursor from the command, and the tree, decorations and sidecar show it', async () => {
    placeCursor(editor, offsetsOf(editor.document, XI_QUOTE).start + 5);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagStatement', { tags: ['claim'] }), true);
    const tagged = await waitFor('the tag in the view', () => {
      const s = statementStarting(api, article, XI_QUOTE);
      return s?.tags.includes('claim') ? s : undefined;
    });
    const node = statementNodes(api).find(n => n.statement.id === tagged.id);
    assert.ok(node, 'the statement is in the tree');
    assert.ok(node.statement.tags.includes('claim'), 'the tree shows the tag');
    const item = api.statementsTree.getTreeItem(node);
    assert.match(String(item.description), /#claim/);
    assert.match(item.contextValue ?? '', /\+tagged/);
    const ranges = await waitFor('the claim decoration', () => api.annotations.tagDecorations.rangesFor(article).get('claim'));
    assert.ok(ranges.some(r => editor.document.getText(r).startsWith(XI_QUOTE)), 'the decoration covers the words');
    const sidecar = await waitFor('the sidecar on disk', () => sidecarOf(article));
    const entry = sidecar.statements.find(s => s.tags.includes('claim'));
    assert.ok(entry?.target.exact.startsWith(XI_QUOTE), 'the sidecar keeps the words');
  });

  it('tags through the quick pick the palette command shows (first tag checked, accepted)', async () => {
    placeCursor(editor, offsetsOf(editor.document, 'candid and constructive').start + 2);
    // the first tag (claim) checked and accepted in the quick pick the command shows
    assert.strictEqual(await pickFirstTag(() => vscode.commands.executeCommand<boolean>('newsAnnotator.tagStatement')), true);
    await waitFor('the picked tag', () => statementStarting(api, article, 'candid and constructive')?.tags.includes('claim'));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'tag claim');
  });

  it('tags with a keybinding argument (the n-th configured tag) and undoes it', async () => {
    placeCursor(editor, offsetsOf(editor.document, WANG_QUOTE).start + 3);
    await vscode.commands.executeCommand('newsAnnotator.tagStatement', { tagIndex: 5 });
    await waitFor('the opinion tag', () => statementStarting(api, article, WANG_QUOTE)?.tags.includes('opinion'));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'tag opinion');
    await waitFor('the tag to be undone', () => statementStarting(api, article, WANG_QUOTE)?.tags.length === 0);
    assert.ok(statementStarting(api, article, XI_QUOTE)?.tags.includes('claim'), 'the earlier tag is untouched');
  });

  it('sets the speaker, adds a note, dismisses and restores, adds a statement from the selection', async () => {
    const target = { uri: article.toString(), offset: offsetsOf(editor.document, WANG_QUOTE).start + 1 };
    await vscode.commands.executeCommand('newsAnnotator.setSpeaker', { ...target, speaker: 'Qin Gang' });
    await vscode.commands.executeCommand('newsAnnotator.addNote', { ...target, note: 'Check the transcript' });
    await waitFor('the correction and note', () => {
      const s = statementStarting(api, article, WANG_QUOTE);
      return s?.speaker?.name === 'Qin Gang' && s.note === 'Check the transcript';
    });
    await vscode.commands.executeCommand('newsAnnotator.dismissStatement', target);
    await waitFor('the dismissal', () => statementStarting(api, article, WANG_QUOTE)?.dismissed === true);
    await vscode.commands.executeCommand('newsAnnotator.restoreStatement', target);
    await waitFor('the restore', () => statementStarting(api, article, WANG_QUOTE)?.dismissed !== true);
    const words = offsetsOf(editor.document, 'pledging more frequent communication');
    const id = await vscode.commands.executeCommand<string>('newsAnnotator.addStatement', { uri: article.toString(), ...words, kind: 'indirect', speaker: 'Joe Biden' });
    assert.ok(id, 'the command returns the new statement id');
    const added = await waitFor('the added statement', () => viewOf(api, article).statements.find(s => s.id === id));
    assert.strictEqual(added.content.text, 'pledging more frequent communication');
    assert.strictEqual(added.speaker?.name, 'Joe Biden');
    assert.strictEqual(added.kind, 'indirect');
  });

  it('corrects what a speaker is (gender, kind) for all their statements, keeps it in the sidecar, and undoes it', async () => {
    await vscode.commands.executeCommand('newsAnnotator.groupBySpeaker');
    const row = () => api.statementsTree.getChildren().find(n => n.type === 'group' && n.role === 'speaker' && n.label === 'Antony Blinken');
    const described = () => String(api.statementsTree.getTreeItem(row()!).description);
    await waitFor('Antony Blinken in the tree, a man as the article shows him', () => row() && /\bmale\b/.test(described()));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.correctSpeaker', { uri: article.toString(), speaker: 'Antony Blinken', gender: 'none' }), true);
    await waitFor('the tree to drop the gender', () => row() && !/\bmale\b/.test(described()));
    const correction = await waitFor('the correction in the sidecar', async () => (await sidecarOf(article))?.speakers?.find(c => c.name === 'Antony Blinken'));
    assert.strictEqual(correction.gender, null);
    // from the cursor in a statement: that statement's speaker
    placeCursor(editor, offsetsOf(editor.document, XI_QUOTE).start + 3);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.correctSpeaker', { speakerKind: 'group' }), true);
    await waitFor('Xi Jinping counted as a group', () => viewOf(api, article).analysis.speakers.find(s => s.name === 'Xi Jinping')?.kind === 'group');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'correct speaker Xi Jinping: group');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'correct speaker Antony Blinken: none');
    await waitFor('the gender back in the tree', () => row() && /\bmale\b/.test(described()));
    // from the speaker's row in the Statements view, through the quick pick (its first choice: Female)
    let settled = false;
    const done = vscode.commands.executeCommand<boolean>('newsAnnotator.correctSpeaker', row());
    void Promise.resolve(done).then(() => { settled = true; });
    await waitFor('the quick pick to take its first choice', async () => {
      await new Promise(resolve => setTimeout(resolve, 300));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await new Promise(resolve => setTimeout(resolve, 100));
      return settled;
    });
    assert.strictEqual(await done, true);
    await waitFor('Antony Blinken corrected to female in the tree', () => row() && /\bfemale\b/.test(described()));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'correct speaker Antony Blinken: female');
    await waitFor('the sidecar without corrections', async () => !(await sidecarOf(article))?.speakers?.length);
  });

  it('writes a sidecar for an article whose only annotation is a speaker correction', async () => {
    const other = workspaceUri('annotation-work/voices.article');
    await vscode.workspace.fs.copy(workspaceUri(SEED), other, { overwrite: true });
    await vscode.workspace.openTextDocument(other);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.correctSpeaker', { uri: other.toString(), speaker: 'Antony Blinken', gender: 'none' }), true);
    const correction = await waitFor('the new sidecar with the correction', async () => (await sidecarOf(other))?.speakers?.find(c => c.name === 'Antony Blinken'));
    assert.strictEqual(correction.gender, null);
  });

  it('keeps the tag on the right words when a paragraph is inserted above, and after saving', async () => {
    const insert = 'EDITOR’S NOTE: a paragraph added above everything, with a “quoted phrase” of its own.\n\n';
    await editor.edit(b => b.insert(new vscode.Position(0, 0), insert));
    const ranges = await waitFor('the decoration to move with the text', () => {
      const r = api.annotations.tagDecorations.rangesFor(article).get('claim');
      return r?.some(x => editor.document.getText(x).startsWith(XI_QUOTE)) ? r : undefined;
    });
    assert.ok(ranges.length >= 1);
    await waitFor('the view to follow', async () => (await api.articleStore.viewFor(editor.document))?.version === editor.document.version
      && statementStarting(api, article, XI_QUOTE)?.tags.includes('claim'));
    await editor.document.save();
    const saved = await waitFor('the sidecar to record the new position', async () => {
      const doc = await sidecarOf(article);
      const entry = doc?.statements.find(s => s.tags.includes('claim'));
      return entry && entry.target.start === editor.document.getText().indexOf(XI_QUOTE) ? entry : undefined;
    });
    assert.ok(saved.target.prefix.length > 0);
  });

  it('finds the annotations again after the article is closed and reopened', async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    editor = await openAnnotated(api, article);
    await waitFor('the tag after reopening', () => statementStarting(api, article, XI_QUOTE)?.tags.includes('claim'));
  });

  it('reloads the sidecar when it changes on disk (a git pull)', async () => {
    const sidecarUri = article.with({ path: `${article.path}.annotations.json` });
    const text = (await readText(sidecarUri))!;
    const changed = text.replace('"claim"', '"claim",\n        "verified"');
    assert.notStrictEqual(changed, text);
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(changed));
    await waitFor('the reloaded tags', () => statementStarting(api, article, XI_QUOTE)?.tags.includes('verified'), 15_000);
  });

  it('orphans an annotation whose words are deleted, keeping its text, in an Orphaned group', async () => {
    const { start, end } = offsetsOf(editor.document, `“${XI_QUOTE}`);
    const sentenceEnd = editor.document.getText().indexOf('Xi told Blinken.', end) + 'Xi told Blinken.'.length;
    await editor.edit(b => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(sentenceEnd))));
    const orphan = await waitFor('the orphan', () => viewOf(api, article).orphans.find(o => o.text.startsWith(XI_QUOTE)));
    assert.ok(orphan.tags.includes('claim'));
    const group = api.statementsTree.getChildren().find(n => n.type === 'group' && n.role === 'orphans');
    assert.ok(group, 'the tree has an Orphaned group');
    assert.ok(!api.annotations.tagDecorations.rangesFor(article).get('claim')?.length, 'an orphan is not decorated');
    await editor.document.save();
    const doc = await waitFor('the sidecar after saving', async () => {
      const d = await sidecarOf(article);
      return d?.article.length === editor.document.getText().length ? d : undefined;
    });
    assert.ok(doc.statements.some(s => s.target.exact.startsWith(XI_QUOTE) && s.tags.includes('claim')), 'the orphan is kept with its words');
  });

  it('deletes an orphan only when asked, and Undo brings it back', async () => {
    const orphan = viewOf(api, article).orphans.find(o => o.text.startsWith(XI_QUOTE))!;
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.deleteOrphan', { uri: article.toString(), statementId: orphan.id }, true), true);
    await waitFor('the orphan to go', () => !viewOf(api, article).orphans.some(o => o.id === orphan.id));
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.undoAnnotation'), 'delete orphaned annotation');
    await waitFor('the orphan to come back', () => viewOf(api, article).orphans.some(o => o.id === orphan.id && o.tags.includes('claim')));
  });

  it('exports the article in every format, each file readable', async () => {
    const folder = workspaceUri('annotation-work/export');
    const expectations: Record<string, (files: Map<string, string>) => void> = {
      json: f => { const o = JSON.parse(f.get('seed-copy.json')!); assert.ok(o.annotations.orphans.length >= 1); },
      jsonl: f => { const rows = f.get('statements.jsonl')!.trim().split('\n').map(l => JSON.parse(l)); assert.ok(rows.some(r => r.status === 'orphan')); },
      csv: f => assert.match(f.get('statements.csv')!, /^file,id,status,speaker/),
      w3c: f => assert.strictEqual(JSON.parse(f.get('annotations.jsonld')!).type, 'AnnotationCollection'),
      brat: f => { assert.strictEqual(f.get('seed-copy.txt'), editor.document.getText()); assert.match(f.get('seed-copy.ann')!, /^T1\tQuote \d+ \d+\t/m); assert.ok(f.has('annotation.conf')); },
      doccano: f => assert.strictEqual(JSON.parse(f.get('doccano.jsonl')!.trim()).text, editor.document.getText()),
      labelstudio: f => assert.strictEqual(JSON.parse(f.get('labelstudio.json')!)[0].data.text, editor.document.getText()),
      sources: f => { assert.match(f.get('sources.csv')!, /^[^,]*seed-copy\.article,Antony Blinken,person,male,/m); assert.match(f.get('sources-summary.csv')!, /^file,people,female,male,/); },
    };
    assert.deepStrictEqual(Object.keys(expectations).sort(), EXPORT_FORMATS.map(f => f.id).sort(), 'every format is checked');
    for (const [format, check] of Object.entries(expectations)) {
      const out = vscode.Uri.joinPath(folder, format);
      const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportAnnotations', { uri: article.toString(), format, folder: out.toString() });
      assert.ok(written?.length, `${format} wrote files`);
      const files = new Map<string, string>();
      for (const uri of written) files.set(uri.path.split('/').pop()!, (await readText(uri))!);
      check(files);
    }
  });

  it('exports every article of the workspace', async () => {
    const out = workspaceUri('annotation-work/export/workspace');
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsAnnotator.exportWorkspaceAnnotations', { format: 'jsonl', folder: out.toString() });
    assert.strictEqual(written?.length, 1);
    const files = new Set((await readText(written[0]))!.trim().split('\n').map(l => JSON.parse(l).file as string));
    assert.ok([...files].some(f => f.endsWith('seed-copy.article')), 'the annotated copy');
    assert.ok([...files].some(f => f.endsWith('blinken-xi-beijing.txt')), 'the seed, opened as an article by the articleFiles setting');
  });

  it('keeps annotations under .annotations/ at the workspace root when the setting says so', async () => {
    const settings = vscode.workspace.getConfiguration('newsAnnotator');
    await settings.update('annotations.location', 'workspaceFolder', vscode.ConfigurationTarget.Workspace);
    try {
      // The other location has no annotations for this article yet.
      await waitFor('the annotations of the new location', async () => (await api.annotations.annotations.annotationsOf(article)).document.statements.length === 0);
      placeCursor(editor, offsetsOf(editor.document, WANG_QUOTE).start + 3);
      assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagStatement', { tags: ['check'] }), true);
      const sidecar = workspaceUri('.annotations/annotation-work/seed-copy.article.annotations.json');
      const text = await waitFor('the sidecar under .annotations/', () => readText(sidecar));
      assert.match(text, /"check"/);
    } finally {
      await settings.update('annotations.location', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('the annotations beside the article again', () => statementStarting(api, article, WANG_QUOTE)?.speaker?.name === 'Qin Gang');
  });

  it('pauses annotation of an article whose sidecar is broken, never overwrites it, and can start fresh', async () => {
    const broken = workspaceUri('annotation-work/broken.article');
    const sidecarUri = broken.with({ path: `${broken.path}.annotations.json` });
    const junk = '{\n  "format": "news-annotator/annotations",\n  "version": 1,\n  oops\n}\n';
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('“We will rebuild the pier by spring,” said harbour master Ana Ortiz.\n'));
    await vscode.workspace.fs.writeFile(sidecarUri, new TextEncoder().encode(junk));
    const brokenEditor = await openAnnotated(api, broken);
    const state = await api.annotations.annotations.annotationsOf(broken);
    assert.strictEqual(state.state, 'broken');
    assert.strictEqual(state.error?.line, 4);
    placeCursor(brokenEditor, offsetsOf(brokenEditor.document, 'We will rebuild').start + 2);
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagStatement', { tags: ['claim'] }), false);
    assert.strictEqual(await readText(sidecarUri), junk, 'the broken file is untouched');
    const backup = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.startFreshAnnotations', broken.toString());
    assert.ok(backup);
    assert.strictEqual(await readText(backup), junk, 'the broken file is kept as .bak');
    assert.strictEqual(await vscode.commands.executeCommand('newsAnnotator.tagStatement', { uri: broken.toString(), offset: 3, tags: ['claim'] }), true);
    await waitFor('a fresh sidecar', async () => (await sidecarOf(broken))?.statements.length === 1);
  });
});
