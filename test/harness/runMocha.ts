// A plain-Node test layer: runs every out/test/<layer>/**/*.test.js with mocha and reports its counts.
// If out/test/<layer>/hooks.js exports `mochaHooks`, they are the layer's root hooks.
// Usage: node out/test/harness/runMocha.js <layer> [--timeout MS]
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { describeCounts, reportLayerCounts, LayerCounts } from './layerResult';
import { repoRoot } from './paths';

function testFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(entry => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(full);
      return entry.name.endsWith('.test.js') ? [full] : [];
    });
}

function optionValue(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function runLayer(layer: string, timeoutMs: number): Promise<LayerCounts> {
  const layerDir = path.join(repoRoot, 'out', 'test', layer);
  const files = testFiles(layerDir);
  if (files.length === 0) {
    console.log(`${layer}: no test files in ${path.relative(repoRoot, layerDir)}/`);
    return { passed: 0, failed: 0, pending: 0 };
  }
  const hooksFile = path.join(layerDir, 'hooks.js');
  const rootHooks = fs.existsSync(hooksFile) ? (require(hooksFile) as { mochaHooks?: Mocha.RootHookObject }).mochaHooks : undefined;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: timeoutMs, color: process.stdout.isTTY, rootHooks });
  for (const file of files) mocha.addFile(file);
  const counts: LayerCounts = { passed: 0, failed: 0, pending: 0 };
  try {
    await new Promise<void>(resolve => {
      const runner = mocha.run(() => resolve());
      // Reported after every test, so a layer stopped by the orchestrator's time limit keeps its counts.
      runner.on('pass', () => { counts.passed++; reportLayerCounts(counts); });
      runner.on('fail', () => { counts.failed++; reportLayerCounts(counts); });
      runner.on('pending', () => { counts.pending++; reportLayerCounts(counts); });
    });
  } catch (error) {
    console.error(`${layer}: could not load the tests: ${(error as Error)?.stack ?? error}`);
    counts.failed++;
  }
  return counts;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const layer = args[0];
  if (!layer || layer.startsWith('-')) {
    console.error('usage: node out/test/harness/runMocha.js <layer> [--timeout MS]');
    return 2;
  }
  const timeoutMs = Number(optionValue(args, '--timeout') ?? 10_000);
  const counts = await runLayer(layer, timeoutMs);
  console.log(describeCounts(layer, counts));
  reportLayerCounts(counts);
  return counts.failed > 0 ? 1 : 0;
}

// Exit explicitly: a test that leaves a timer or socket open must not hang the run.
main().then(code => process.exit(code), error => {
  console.error(error);
  process.exit(1);
});
