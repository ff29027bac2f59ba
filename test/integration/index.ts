// The mocha runner VS Code loads inside the extension host (extensionTestsPath).
// It runs every compiled suite/*.test.js, so adding a suite file is enough.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { takeNotes } from './notes';

/** Written where NEWS_ANNOTATOR_INTEGRATION_RESULTS points, for the harness outside the extension host. */
export interface IntegrationResults {
  passed: number;
  failed: number;
  pending: number;
  /** One line per test, in run order: what the terminal shows. */
  lines: string[];
}

function suiteFiles(): string[] {
  const dir = path.join(__dirname, 'suite');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir)
    .filter(name => name.endsWith('.test.js'))
    .sort()
    .map(name => path.join(dir, name));
}

function titleOf(test: Mocha.Runnable): string {
  return test.titlePath().join(' › ');
}

function runMocha(mocha: Mocha): Promise<IntegrationResults> {
  const results: IntegrationResults = { passed: 0, failed: 0, pending: 0, lines: [] };
  return new Promise(resolve => {
    const runner = mocha.run(() => resolve(results));
    runner.on('pass', test => { results.passed++; results.lines.push(`  ✓ ${titleOf(test)}`, ...takeNotes()); });
    runner.on('pending', test => { results.pending++; results.lines.push(`  - ${titleOf(test)} (skipped)`); });
    runner.on('fail', (test, error: Error) => {
      results.failed++;
      results.lines.push(`  ✗ ${titleOf(test)}\n      ${String(error?.stack ?? error).split('\n').join('\n      ')}`, ...takeNotes());
    });
  });
}

function writeResults(results: IntegrationResults): void {
  const file = process.env.NEWS_ANNOTATOR_INTEGRATION_RESULTS;
  if (file) fs.writeFileSync(file, JSON.stringify(results));
}

export async function run(): Promise<void> {
  // The harness prints `lines`; mocha's own reporter would only add noise to the workbench console.
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: Mocha.reporters.Base });
  for (const file of suiteFiles()) mocha.addFile(file);
  let results: IntegrationResults;
  try {
    results = await runMocha(mocha);
  } catch (error) {
    // A suite that throws while loading fails the run, named, instead of hanging it.
    results = { passed: 0, failed: 1, pending: 0, lines: [`  ✗ loading the suites\n      ${String((error as Error)?.stack ?? error)}`] };
    console.error(results.lines[0]);
  }
  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}
