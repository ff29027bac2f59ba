import { isMainThread } from 'node:worker_threads';
import { main } from './main';

// (a worker thread of `extract --jobs` loads this file too: it only analyses, see jobs.ts)
if (isMainThread) {
  main(process.argv.slice(2)).then(
    code => { process.exitCode = code; },
    err => { process.stderr.write(`news-annotator: internal error: ${(err && err.stack) || err}\n`); process.exitCode = 1; },
  );
}
