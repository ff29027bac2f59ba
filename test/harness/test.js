#!/usr/bin/env node
// `npm test`: builds, then runs every test layer in order and sums their counts. Every layer runs
// even when an earlier one failed, so one failure does not hide another; any failure fails the run.
// Usage: node test/harness/test.js [unit|grammar|package|integration|ui ...]   (no layer = all)
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repoRoot = path.resolve(__dirname, '../..');
const harness = path.join(repoRoot, 'out', 'test', 'harness');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const MINUTE = 60_000;

/**
 * Each layer: how to run it, and the time after which it is stopped and counted as failed (a test
 * stuck in a loop must not hang the run). `prepare` runs first and fails the layer if it fails.
 */
const LAYERS = {
  unit: { limit: 20 * MINUTE, run: [process.execPath, path.join(harness, 'runMocha.js'), 'unit'] },
  grammar: { limit: 5 * MINUTE, run: [process.execPath, path.join(harness, 'runMocha.js'), 'grammar'] },
  package: { limit: 5 * MINUTE, prepare: [npm, 'run', '-s', 'package'], run: [process.execPath, path.join(harness, 'runMocha.js'), 'package'] },
  integration: { limit: 20 * MINUTE, run: [process.execPath, path.join(harness, 'runIntegration.js')] },
  ui: { limit: 15 * MINUTE, needsVsix: true, run: [process.execPath, path.join(harness, 'runMocha.js'), 'ui', '--timeout', '60000'] },
};

const STOPPED = 124; // the status `run` gives a command stopped at its time limit, as timeout(1) does

/** Runs a command to its end or its time limit; returns its exit status (1 if it could not run). */
function run(argv, env, limitMs = 10 * MINUTE) {
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: repoRoot, stdio: 'inherit', env: { ...process.env, ...env }, timeout: limitMs, killSignal: 'SIGTERM',
  });
  if (result.error?.code === 'ETIMEDOUT') {
    console.error(`\nstopped \`${argv.slice(1).map(a => path.basename(a)).join(' ')}\` after its limit of ${limitMs / MINUTE} minutes`);
    return STOPPED;
  } else if (result.error) {
    console.error(`could not run ${argv.join(' ')}: ${result.error.message}`);
  }
  return result.status ?? 1;
}

function heading(title) {
  console.log(`\n── ${title} ${'─'.repeat(Math.max(0, 60 - title.length))}`);
}

function vsixPath() {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
}

/** Runs one layer and returns its counts and duration. */
function runLayer(name, layer, scratch) {
  const started = Date.now();
  heading(name);
  if (layer.prepare && run(layer.prepare) !== 0) {
    console.error(`${name}: \`${layer.prepare.join(' ')}\` failed`);
    return { passed: 0, failed: 1, pending: 0, seconds: (Date.now() - started) / 1000 };
  }
  const resultFile = path.join(scratch, `${name}.json`);
  const status = run(layer.run, { NEWS_ANNOTATOR_LAYER_RESULT: resultFile }, layer.limit);
  let counts = { passed: 0, failed: 0, pending: 0 };
  let reported = true;
  try {
    counts = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } catch {
    console.error(`${name}: the layer exited with ${status} without reporting its counts`);
    reported = false;
  }
  // The test running when a layer was stopped failed; a layer that crashed or said nothing counts one failure.
  if (status === STOPPED || !reported || (status !== 0 && counts.failed === 0)) {
    counts.failed += 1;
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed (the layer exited with ${status})`);
  }
  return { ...counts, seconds: (Date.now() - started) / 1000 };
}

function main() {
  const requested = process.argv.slice(2);
  const unknown = requested.filter(name => !(name in LAYERS));
  if (unknown.length) {
    console.error(`unknown test layer: ${unknown.join(', ')} (layers: ${Object.keys(LAYERS).join(', ')})`);
    return 2;
  }
  const names = requested.length ? Object.keys(LAYERS).filter(name => requested.includes(name)) : Object.keys(LAYERS);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-test-'));
  const results = [];
  let setupFailures = 0;

  heading('build');
  if (run([process.execPath, 'esbuild.js']) !== 0) { console.error('build: esbuild failed'); setupFailures++; }
  heading('typecheck and compile tests');
  // tsc still emits on type errors, so the layers run; the type errors fail the run.
  if (run([npm, 'run', '-s', 'compile-tests']) !== 0) { console.error('typecheck: tsc reported errors (above)'); setupFailures++; }
  else console.log('typecheck: no errors');

  for (const name of names) {
    const layer = LAYERS[name];
    if (layer.needsVsix && !names.includes('package')) {
      heading(`package (for ${name})`);
      if (run([npm, 'run', '-s', 'package']) !== 0 || !fs.existsSync(vsixPath())) setupFailures++;
    }
    results.push({ name, ...runLayer(name, layer, scratch) });
  }
  fs.rmSync(scratch, { recursive: true, force: true });

  heading('summary');
  for (const r of results) {
    const skipped = r.pending ? `, ${r.pending} skipped` : '';
    console.log(`${r.name.padEnd(12)} ${r.passed} passed, ${r.failed} failed${skipped}  (${r.seconds.toFixed(0)} s)`);
  }
  if (setupFailures) console.log(`${'setup'.padEnd(12)} ${setupFailures} failed (build, typecheck or package: see above)`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0) + setupFailures;
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
