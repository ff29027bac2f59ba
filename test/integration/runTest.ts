// `npm run test:electron`: the same integration suites (suite/*.test.ts, run by ./index.ts) in
// VS Code desktop through @vscode/test-electron, for machines that can download VS Code (or set
// VSCODE_EXECUTABLE_PATH to an installed one). `npm test` runs them in code-server instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { describeCounts, reportLayerCounts } from '../harness/layerResult';
import { repoRoot } from '../harness/paths';
import { createTestWorkspace } from '../harness/workspace';
import type { IntegrationResults } from './index';

async function main(): Promise<number> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-electron-'));
  const resultsFile = path.join(scratch, 'results.json');
  const workspace = createTestWorkspace();
  try {
    const exitCode = await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      launchArgs: [
        workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', path.join(scratch, 'user-data'),
      ],
      extensionTestsEnv: { NEWS_ANNOTATOR_INTEGRATION_RESULTS: resultsFile },
    }).catch((error: unknown) => {
      // Failing suites reject with TestRunFailedError; any other error means VS Code could not be had.
      if (error instanceof TestRunFailedError) return error.code ?? 1;
      throw error;
    });
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as IntegrationResults : undefined;
    if (results) console.log(results.lines.join('\n'));
    const counts = results
      ? { passed: results.passed, failed: Math.max(results.failed, exitCode === 0 ? 0 : 1), pending: results.pending }
      : { passed: 0, failed: 1, pending: 0 };
    console.log(describeCounts('integration (VS Code desktop)', counts));
    reportLayerCounts(counts);
    return counts.failed > 0 ? 1 : 0;
  } catch (error) {
    console.error([
      `test:electron: could not download or start VS Code desktop: ${(error as Error)?.message ?? error}`,
      'This command needs a machine that can download VS Code, or VSCODE_EXECUTABLE_PATH set to an installed `code`.',
      'On a machine without network, `npm run test:integration` runs the same suites in the pinned code-server.',
    ].join('\n'));
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(code => process.exit(code));
