import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot } from './paths';

/**
 * A fresh temporary workspace folder, as every integration suite expects it:
 * `seeds/` and `fixtures/` (copies of the repo's seeds/ and test/fixtures/), and
 * `.vscode/settings.json` from test/integration/workspace-settings.json if present.
 * `extra` maps further workspace-relative folders to repo folders to copy.
 */
export function createTestWorkspace(extra: Record<string, string> = {}): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-workspace-'));
  const folders: Record<string, string> = { seeds: 'seeds', fixtures: path.join('test', 'fixtures'), ...extra };
  for (const [target, source] of Object.entries(folders)) {
    const from = path.join(repoRoot, source);
    const to = path.join(workspace, target);
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
    else fs.mkdirSync(to, { recursive: true });
  }
  const settings = path.join(repoRoot, 'test', 'integration', 'workspace-settings.json');
  if (fs.existsSync(settings)) {
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.copyFileSync(settings, path.join(workspace, '.vscode', 'settings.json'));
  }
  return workspace;
}
