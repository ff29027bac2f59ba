import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { currentSession } from './session';
import { settle } from './workbench';

/** Reads a workspace file, or '' while it does not exist. */
async function readWorkspaceFile(relativePath: string): Promise<string> {
  const file = path.join(currentSession().workspace, relativePath);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

/** The objects anywhere in a parsed JSON value that carry a `tags` array holding `tag`. */
function taggedEntries(value: unknown, tag: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap(v => taggedEntries(v, tag));
  if (!value || typeof value !== 'object') return [];
  const own = Array.isArray((value as { tags?: unknown }).tags) && (value as { tags: unknown[] }).tags.includes(tag) ? [value] : [];
  return [...own, ...Object.values(value).flatMap(v => taggedEntries(v, tag))];
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('commands from the palette', () => {
  it('News: Tag Statement… records the tag of the statement at the cursor in the annotations file beside the article', async () => {
    const { workbench } = currentSession();
    await workbench.openFile('articles/harbour-pier.article');
    await workbench.goToLine(7, 10); // inside “We will have boats tied up …”
    await workbench.runCommand('News: Tag Statement…');
    await workbench.checkAndAccept(['verified']);
    const sidecar = 'articles/harbour-pier.article.annotations.json';
    const saved = await settle(() => readWorkspaceFile(sidecar), text => taggedEntries(parsedOrUndefined(text), 'verified').length > 0);
    const tagged = taggedEntries(parsedOrUndefined(saved), 'verified');
    assert.strictEqual(tagged.length, 1, `${sidecar} holds one statement tagged "verified"; it reads: ${saved.slice(0, 400)}`);
    assert.match(JSON.stringify(tagged[0]), /We will have boats tied up/);
  });

  it('News: Export Annotations… writes the article\'s statements as CSV into the chosen folder', async () => {
    const { workbench, workspace } = currentSession();
    const folder = path.join(workspace, 'exports');
    fs.mkdirSync(folder, { recursive: true });
    await workbench.openFile('articles/harbour-pier.article');
    await workbench.runCommand('News: Export Annotations…');
    await workbench.chooseItem('CSV');
    await workbench.chooseFolder('exports');
    const csv = await settle(() => readWorkspaceFile('exports/statements.csv'), text => text.includes('Arvid Lund'));
    const rows = csv.split(/\r?\n/);
    assert.ok(rows.some(row => row.includes('Ines Calder') && row.includes('We will have boats tied up')),
      `a row holds Ines Calder's quote; the file reads: ${csv.slice(0, 400)}`);
    assert.ok(rows.some(row => row.includes('Arvid Lund') && row.includes('Every week without that pier')),
      `a row holds Arvid Lund's quote; the file reads: ${csv.slice(0, 400)}`);
  });
});
