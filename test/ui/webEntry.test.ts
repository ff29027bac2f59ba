// The web entry (dist/web/extension.js) in the browser's web worker extension host. A code-server
// window runs the .vsix's `main` on the server unless the user says otherwise; the user setting
// `remote.extensionKind` set to ["web"] for this extension runs its `browser` entry in the page instead,
// as vscode.dev would. Its own code-server and browser, so the shared session keeps the node entry.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Context } from 'mocha';
import { launchBrowser, Browser } from '../harness/browser';
import { startCodeServer, RunningCodeServer } from '../harness/codeServer';
import { saveFailureArtifacts } from '../harness/failureArtifacts';
import { createTestWorkspace } from '../harness/workspace';
import { vsixPath } from './session';
import { settle, Workbench } from './workbench';

const EXTENSION_ID = 'news-annotator.news-annotator';

/** Adds `remote.extensionKind` for this extension to the server's user settings, before any window loads. */
function preferWebWorker(server: RunningCodeServer): void {
  const file = path.join(server.stateDir, 'user-data', 'User', 'settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

describe('the web entry, run in the browser (remote.extensionKind: web)', function () {
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let workspace: string | undefined;
  let workbench: Workbench;

  before(async function (this: Context) {
    this.timeout(180_000);
    workspace = createTestWorkspace({ articles: path.join('test', 'ui', 'fixtures') });
    server = await startCodeServer({ vsixToInstall: [vsixPath()] });
    preferWebWorker(server);
    browser = await launchBrowser();
    await browser.page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remoteUri(workspace))}`);
    workbench = new Workbench(browser.page);
    await workbench.waitUntilReady();
  });

  afterEach(async function (this: Context) {
    const test = this.currentTest;
    if (test?.state === 'failed') await saveFailureArtifacts('ui', `web-entry ${test.fullTitle()}`, browser?.page, server?.logFile);
  });

  after(async function (this: Context) {
    this.timeout(30_000);
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.stateDir, { recursive: true, force: true });
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('activates in the web worker extension host and lists the article\'s statements in the Statements view', async () => {
    await workbench.openFile('articles/harbour-pier.article');
    await workbench.runCommand('Developer: Show Running Extensions');
    const running = browser!.page.locator('.monaco-list-row').filter({ hasText: 'News Annotator' }).first();
    const where = await settle(() => running.innerText(), text => !!text && /web worker/i.test(text));
    assert.match(where ?? '', /web worker/i, `News Annotator runs in the web worker; its row reads: ${where}`);

    await workbench.openFile('articles/harbour-pier.article');
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const rows = await settle(() => workbench.viewRows('newsAnnotator'),
      r => !!r && r.some(row => row.includes('Ines Calder')) && r.some(row => row.includes('Arvid Lund')));
    assert.ok(rows.some(row => row.includes('Ines Calder')) && rows.some(row => row.includes('Arvid Lund')),
      `the view lists both speakers; rows: ${JSON.stringify(rows)}`);
  });
});
