import { main } from './main';

main(process.argv.slice(2)).then(
  code => { process.exitCode = code; },
  err => { process.stderr.write(`news-annotator: internal error: ${(err && err.stack) || err}\n`); process.exitCode = 1; },
);
