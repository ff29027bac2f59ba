import * as path from 'path';

/** The repository root, from the compiled file in out/test/harness/. */
export const repoRoot = path.resolve(__dirname, '../../..');

/** Where failure artifacts (screenshots, server logs) go; gitignored. */
export const resultsDir = path.join(repoRoot, 'test-results');

/** Where the pinned code-server is installed on first use; gitignored. Override with NEWS_ANNOTATOR_CODE_SERVER_CACHE. */
export const codeServerCacheRoot = process.env.NEWS_ANNOTATOR_CODE_SERVER_CACHE
  ? path.resolve(process.env.NEWS_ANNOTATOR_CODE_SERVER_CACHE)
  : path.join(repoRoot, '.cache', 'code-server');

/** The pinned code-server manifest and lock file (the only source of its version). */
export const codeServerManifestDir = path.join(repoRoot, 'test', 'harness', 'code-server');
