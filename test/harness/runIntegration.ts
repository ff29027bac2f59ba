// The integration layer: runs test/integration/suite/*.test.ts inside the extension host of a real
// VS Code (the pinned code-server, driven by headless Chromium), with this repo as the extension
// under development. Usage: node out/test/harness/runIntegration.js
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import type { IntegrationResults } from '../integration/index';
import { launchBrowser, Browser } from './browser';
import { startCodeServer, RunningCodeServer } from './codeServer';
import { saveFailureArtifacts } from './failureArtifacts';
import { describeCounts, reportLayerCounts, LayerCounts } from './layerResult';
import { repoRoot } from './paths';
import { createTestWorkspace } from './workspace';

const RUN_TIMEOUT_MS = Number(process.env.NEWS_ANNOTATOR_INTEGRATION_TIMEOUT_MS ?? 600_000);

/** The workbench URL that makes code-server's web client load the extension under development and run the tests. */
function testUrl(server: RunningCodeServer, workspace: string, testsEntry: string): string {
  const payload = [
    ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
    ['extensionTestsPath', server.remoteUri(testsEntry)],
  ];
  return `${server.origin}/?folder=${encodeURIComponent(server.remoteUri(workspace))}`
    + `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Resolves with the extension host's test exit code. The workbench's console (which includes the
 * extension host's) goes to `consoleLog`, and to the terminal with NEWS_ANNOTATOR_VERBOSE=1.
 */
async function runInWorkbench(browser: Browser, url: string, consoleLog: string): Promise<number | 'timeout'> {
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>(resolve => { finish = resolve; });
  const verbose = process.env.NEWS_ANNOTATOR_VERBOSE === '1';
  await browser.page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
    const line = util.format(...(Array.isArray(args) ? args : [args]));
    fs.appendFileSync(consoleLog, `[${type}] ${line}\n`);
    if (verbose) (type === 'error' ? console.error : console.log)(line);
  });
  await browser.page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  await browser.page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), RUN_TIMEOUT_MS); });
  const outcome = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  return outcome;
}

function readResults(file: string): IntegrationResults | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as IntegrationResults;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const testsEntry = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
  for (const required of [path.join(repoRoot, 'dist', 'extension.js'), testsEntry]) {
    if (!fs.existsSync(required)) {
      console.error(`integration: ${path.relative(repoRoot, required)} is missing; run \`npm run build && npm run compile-tests\` first`);
      return 1;
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-integration-'));
  const resultsFile = path.join(scratch, 'results.json');
  const consoleLog = path.join(scratch, 'workbench-console.log');
  const workspace = createTestWorkspace();
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let counts: LayerCounts = { passed: 0, failed: 1, pending: 0 };
  try {
    server = await startCodeServer({ env: { NEWS_ANNOTATOR_INTEGRATION_RESULTS: resultsFile } });
    browser = await launchBrowser();
    const outcome = await runInWorkbench(browser, testUrl(server, workspace, testsEntry), consoleLog);
    const results = readResults(resultsFile);
    if (results) {
      console.log(results.lines.join('\n'));
      counts = { passed: results.passed, failed: results.failed, pending: results.pending };
    }
    if (outcome === 'timeout') {
      console.error(`integration: the suites did not finish within ${RUN_TIMEOUT_MS / 1000} s`);
      counts = { ...counts, failed: Math.max(counts.failed, 1) };
    } else if (outcome !== 0 && counts.failed === 0) {
      console.error(`integration: the extension host exited with ${outcome} without a failing test (see the server log)`);
      counts = { ...counts, failed: 1 };
    } else if (!results) {
      console.error(`integration: the extension host exited with ${outcome} but reported no results`);
    }
  } catch (error) {
    console.error(`integration: ${(error as Error).message}`);
  } finally {
    if (counts.failed > 0) {
      const saved = await saveFailureArtifacts('integration', `run-${Date.now()}`, browser?.page, server?.logFile, consoleLog);
      if (saved.length) console.error(`integration: saved ${saved.map(f => path.relative(repoRoot, f)).join(', ')}`);
    }
    await browser?.close();
    await server?.stop();
    if (server) fs.rmSync(server.stateDir, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(describeCounts('integration', counts));
  reportLayerCounts(counts);
  return counts.failed > 0 ? 1 : 0;
}

main().then(code => process.exit(code), error => {
  console.error(error);
  process.exit(1);
});
