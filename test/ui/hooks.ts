// Root hooks of the UI layer (runMocha loads out/test/ui/hooks.js): one session for all UI tests,
// and a screenshot plus the server log in test-results/ui/ for every failure.
import type { Context, RootHookObject } from 'mocha';
import * as path from 'path';
import { saveFailureArtifacts } from '../harness/failureArtifacts';
import { repoRoot } from '../harness/paths';
import { peekSession, startUiSession, stopUiSession } from './session';

async function saveArtifacts(name: string): Promise<void> {
  const running = peekSession();
  const saved = await saveFailureArtifacts('ui', name, running?.browser.page, running?.server.logFile);
  if (saved.length) console.error(`      saved ${saved.map(f => path.relative(repoRoot, f)).join(', ')}`);
}

export const mochaHooks: RootHookObject = {
  async beforeAll(this: Context) {
    this.timeout(180_000);
    try {
      await startUiSession();
    } catch (error) {
      await saveArtifacts('session-start');
      throw error;
    }
  },
  async afterEach(this: Context) {
    const test = this.currentTest;
    if (test?.state === 'failed') await saveArtifacts(test.fullTitle());
  },
  async afterAll(this: Context) {
    this.timeout(30_000);
    await stopUiSession();
  },
};
