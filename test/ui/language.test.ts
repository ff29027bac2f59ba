import * as assert from 'assert';
import { currentSession } from './session';
import { settle } from './workbench';

describe('an article in the editor (extension installed from the .vsix)', () => {
  it('shows "News Article" as the language mode of a .article file', async () => {
    const { workbench } = currentSession();
    await workbench.openFile('articles/harbour-pier.article');
    const mode = await settle(() => workbench.languageMode(), m => m === 'News Article');
    assert.strictEqual(mode, 'News Article');
  });
});
