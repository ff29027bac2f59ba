import * as fs from 'fs';
import * as path from 'path';
import { launchBrowser, Browser } from '../harness/browser';
import { startCodeServer, RunningCodeServer } from '../harness/codeServer';
import { repoRoot } from '../harness/paths';
import { createTestWorkspace } from '../harness/workspace';
import { Workbench } from './workbench';

/** One code-server with the packaged extension installed, one browser, one fresh workspace: shared by all UI tests. */
export interface UiSession {
  server: RunningCodeServer;
  browser: Browser;
  /** The workspace folder on disk: seeds/, fixtures/ and articles/ (test/ui/fixtures). */
  workspace: string;
  workbench: Workbench;
}

let session: UiSession | undefined;

export function vsixPath(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
}

export async function startUiSession(): Promise<UiSession> {
  const vsix = vsixPath();
  if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} is missing: run \`npm run package\` first`);
  const workspace = createTestWorkspace({ articles: path.join('test', 'ui', 'fixtures') });
  const server = await startCodeServer({ vsixToInstall: [vsix] });
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    await browser.page.goto(`${server.origin}/?folder=${encodeURIComponent(server.remoteUri(workspace))}`);
    const workbench = new Workbench(browser.page);
    await workbench.waitUntilReady();
    session = { server, browser, workspace, workbench };
    return session;
  } catch (error) {
    // keep the half-started session so the failure hook can save its screenshot and log
    session = browser ? { server, browser, workspace, workbench: new Workbench(browser.page) } : undefined;
    if (!session) await server.stop();
    throw error;
  }
}

/** The running session; only valid inside tests (the root hooks start it). */
export function currentSession(): UiSession {
  if (!session) throw new Error('the UI session is not running (test/ui/hooks.ts starts it)');
  return session;
}

export function peekSession(): UiSession | undefined {
  return session;
}

export async function stopUiSession(): Promise<void> {
  const running = session;
  session = undefined;
  if (!running) return;
  await running.browser.close();
  await running.server.stop();
  fs.rmSync(running.server.stateDir, { recursive: true, force: true });
  fs.rmSync(running.workspace, { recursive: true, force: true });
}
