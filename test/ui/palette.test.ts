import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { currentSession } from './session';
import { settle } from './workbench';

/** Reads a workspace file, or '' while it does not exist. */
function readWorkspaceFile(relativePath: string): Promise<string> {
  const file = path.join(currentSession().workspace, relativePath);
  return Promise.resolve(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
}

describe('commands from the palette', () => {
  it('File: Save writes an edited article to disk', async () => {
    const { workbench } = currentSession();
    await workbench.openFile('articles/council-draft.article');
    await workbench.typeAtStart('UPDATED: ');
    await workbench.runCommand('File: Save');
    const saved = await settle(() => readWorkspaceFile('articles/council-draft.article'), text => text.startsWith('UPDATED: '));
    assert.ok(saved.startsWith('UPDATED: Library hours'), `the file on disk starts with the typed text; it starts ${JSON.stringify(saved.slice(0, 40))}`);
  });
});
