// Annotation workflows as a person does them in the browser: palette, quick picks, input boxes and
// the keyboard; each checked in the Statements view and in the sidecar file on disk.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { currentSession } from './session';
import { settle } from './workbench';

const STATEMENTS_CONTAINER = 'newsAnnotator';
/** The default colour of the "claim" tag (newsAnnotator.tags), as CSS computes it. */
const CLAIM_COLOUR = 'rgb(210, 153, 34)';

interface SidecarEntry {
  target: { exact: string };
  speaker?: string;
  kind?: string;
  tags: string[];
  note?: string;
  dismissed?: boolean;
}

/** The statements of an article's sidecar on disk, or [] while it is missing or half-written. */
function sidecarEntries(articlePath: string): SidecarEntry[] {
  const file = path.join(currentSession().workspace, `${articlePath}.annotations.json`);
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { statements: SidecarEntry[] }).statements;
  } catch {
    return [];
  }
}

/** Polls the sidecar until an entry whose words start with `words` satisfies `accept`; returns it (or undefined). */
async function sidecarEntry(articlePath: string, words: string, accept: (e: SidecarEntry) => boolean): Promise<SidecarEntry | undefined> {
  const find = () => sidecarEntries(articlePath).find(e => e.target.exact.startsWith(words));
  const entry = await settle(async () => find(), e => !!e && accept(e));
  return entry && accept(entry) ? entry : undefined;
}

function describeSidecar(articlePath: string): string {
  return JSON.stringify(sidecarEntries(articlePath)).slice(0, 600);
}

/** The Statements view's rows once one holds every piece of `texts` (or the last rows read). */
async function rowHolding(...texts: string[]): Promise<{ row: string | undefined; rows: string[] }> {
  const { workbench } = currentSession();
  const find = (rows: string[]) => rows.find(row => texts.every(t => row.includes(t)));
  const rows = await settle(() => workbench.viewRows(STATEMENTS_CONTAINER), r => !!r && !!find(r));
  return { row: rows ? find(rows) : undefined, rows: rows ?? [] };
}

describe('the Statements view with no article open', () => {
  it('shows the welcome text that says how to open an article', async () => {
    const { workbench } = currentSession();
    await workbench.runCommand('View: Close All Editors');
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const welcome = currentSession().browser.page.locator(`[id="workbench.view.extension.${STATEMENTS_CONTAINER}"] .welcome-view-content`);
    const text = await settle(() => welcome.innerText(), t => !!t && t.includes('No article is open'));
    assert.match(text ?? '', /No article is open/, 'the welcome text is shown once no editor holds an article');
    assert.match(text ?? '', /Open as Article/, 'with the button that turns a text file into an article');
  });
});

describe('annotating the seed: a tag survives closing and reopening the window', () => {
  const seed = 'seeds/blinken-xi-beijing.txt';
  const quote = 'The two sides have also made progress';

  it('tags through the palette and the keyboard, shows it in the view, and still shows it after a reload', async function () {
    this.timeout(180_000); // a window reload restarts the workbench and the extension host
    const { workbench } = currentSession();
    await workbench.openFile(seed);
    assert.strictEqual(await settle(() => workbench.languageMode(), m => m === 'News Article'), 'News Article');
    await workbench.goToLine(19, 6); // inside Xi’s “The two sides have also made progress …”
    await workbench.runCommand('News: Tag Statement…');
    await workbench.checkByKeyboard('claim');
    const colours = await settle(() => workbench.decorationBorderColours(), c => !!c && c.includes(CLAIM_COLOUR));
    assert.ok(colours.includes(CLAIM_COLOUR), `the editor underlines the statement in the claim colour; colours drawn: ${JSON.stringify(colours)}`);

    await workbench.runCommand('News Annotator: Focus on Statements View');
    const before = await rowHolding('The two sides have also made', '#claim');
    assert.ok(before.row, `a row shows the quote with #claim; rows: ${JSON.stringify(before.rows)}`);
    const saved = await sidecarEntry(seed, quote, e => e.tags.includes('claim'));
    assert.ok(saved, `the sidecar holds the tag; it reads: ${describeSidecar(seed)}`);

    await workbench.reload();
    await workbench.openFile(seed);
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const coloursAfter = await settle(() => workbench.decorationBorderColours(), c => !!c && c.includes(CLAIM_COLOUR));
    assert.ok(coloursAfter.includes(CLAIM_COLOUR), `after the reload the claim underline is drawn again; colours drawn: ${JSON.stringify(coloursAfter)}`);
    const after = await rowHolding('The two sides have also made', '#claim');
    assert.ok(after.row, `after the reload a row shows the quote with #claim; rows: ${JSON.stringify(after.rows)}`);
    assert.ok(sidecarEntries(seed).some(e => e.target.exact.startsWith(quote) && e.tags.includes('claim')),
      `the sidecar still holds the tag; it reads: ${describeSidecar(seed)}`);
  });
});

describe('correcting an article through quick picks and input boxes', () => {
  const article = 'articles/council-draft.article';
  const quote = 'People asked us for this at every meeting';
  const quoteLine = 5;

  beforeEach(async () => {
    const { workbench } = currentSession();
    await workbench.openFile(article);
    await settle(() => workbench.languageMode(), m => m === 'News Article');
  });

  it('Set Speaker…: a new name typed in the box, then an existing speaker picked from the list', async () => {
    const { workbench } = currentSession();
    await workbench.goToLine(quoteLine, 4);
    await workbench.runCommand('News: Set Speaker…');
    await workbench.answer('Set Speaker', 'Martin Oyelaran', 'new speaker');
    const renamed = await sidecarEntry(article, quote, e => e.speaker === 'Martin Oyelaran');
    assert.ok(renamed, `the sidecar names the typed speaker; it reads: ${describeSidecar(article)}`);
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const grouped = await rowHolding('Martin Oyelaran');
    assert.ok(grouped.row, `the view has a Martin Oyelaran group; rows: ${JSON.stringify(grouped.rows)}`);

    await workbench.openFile(article);
    await workbench.goToLine(quoteLine, 4);
    await workbench.runCommand('News: Set Speaker…');
    await workbench.answer('Set Speaker', 'Ruth Amb', 'Ruth Ambrose');
    const picked = await sidecarEntry(article, quote, e => e.speaker === 'Ruth Ambrose');
    assert.ok(picked, `the sidecar names the picked speaker; it reads: ${describeSidecar(article)}`);
    const back = await settle(() => workbench.viewRows(STATEMENTS_CONTAINER), r => !!r && !r.some(row => row.includes('Martin Oyelaran')));
    assert.ok(back.some(row => row.includes('Ruth Ambrose')) && !back.some(row => row.includes('Martin Oyelaran')),
      `the quote is back under Ruth Ambrose; rows: ${JSON.stringify(back)}`);
  });

  it('Add Statement from Selection: selected words become a statement of the kind and speaker answered', async () => {
    const { workbench } = currentSession();
    const words = 'to open the central library';
    const line = fs.readFileSync(path.join(currentSession().workspace, article), 'utf8').split('\n')[2];
    const column = line.indexOf(words) + 1;
    assert.ok(column > 0, 'the fixture holds the words');
    await workbench.goToLine(3, column);
    await workbench.selectRight(words.length);
    await workbench.runCommand('News: Add Statement from Selection');
    await workbench.answer('Add Statement: kind', 'Reported speech', 'Reported speech');
    await workbench.answer('Add Statement: speaker', 'The town council', 'new speaker');
    const added = await sidecarEntry(article, words, e => e.speaker === 'The town council');
    assert.ok(added, `the sidecar holds the added statement; it reads: ${describeSidecar(article)}`);
    assert.strictEqual(added.target.exact, words);
    assert.strictEqual(added.kind, 'indirect');
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const shown = await rowHolding('to open the central library');
    assert.ok(shown.row, `the view lists the added statement; rows: ${JSON.stringify(shown.rows)}`);
  });

  it('Dismiss Statement, then Restore Statement, at the cursor', async () => {
    const { workbench } = currentSession();
    await workbench.goToLine(quoteLine, 4);
    await workbench.runCommand('News: Dismiss Statement');
    const dismissed = await sidecarEntry(article, quote, e => e.dismissed === true);
    assert.ok(dismissed, `the sidecar marks the quote dismissed; it reads: ${describeSidecar(article)}`);
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const marked = await rowHolding('People asked us', 'dismissed');
    assert.ok(marked.row, `the view marks the quote dismissed; rows: ${JSON.stringify(marked.rows)}`);

    await workbench.openFile(article);
    await workbench.goToLine(quoteLine, 4);
    await workbench.runCommand('News: Restore Statement');
    const restored = await sidecarEntry(article, quote, e => !e.dismissed);
    assert.ok(restored, `the sidecar no longer marks it dismissed; it reads: ${describeSidecar(article)}`);
    const rows = await settle(() => workbench.viewRows(STATEMENTS_CONTAINER),
      r => !!r && r.some(row => row.includes('People asked us') && !row.includes('dismissed')));
    assert.ok(rows.some(row => row.includes('People asked us') && !row.includes('dismissed')), `rows: ${JSON.stringify(rows)}`);
  });

  it('Add Note through the input box, and Undo Last Annotation takes it back', async () => {
    const { workbench } = currentSession();
    await workbench.goToLine(quoteLine, 4);
    await workbench.runCommand('News: Add Note');
    await workbench.answer('A note on this statement', 'Ask the clerk for the minutes');
    const noted = await sidecarEntry(article, quote, e => e.note === 'Ask the clerk for the minutes');
    assert.ok(noted, `the sidecar holds the note; it reads: ${describeSidecar(article)}`);

    await workbench.runCommand('News: Undo Last Annotation');
    const undone = await sidecarEntry(article, quote, e => e.note === undefined);
    assert.ok(undone, `the note is gone from the sidecar after Undo; it reads: ${describeSidecar(article)}`);
  });
});
