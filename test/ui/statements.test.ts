import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../harness/paths';
import { currentSession } from './session';
import { settle } from './workbench';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const hasStatementsView = (manifest.contributes?.views?.newsAnnotator ?? [])
  .some((view: { id?: string }) => view.id === 'newsAnnotator.statements');

// Skipped only while the manifest contributes no Statements view.
(hasStatementsView ? describe : describe.skip)('the Statements view', () => {
  it('lists the statements of the open article under their speakers', async () => {
    const { workbench } = currentSession();
    await workbench.openFile('articles/harbour-pier.article');
    await workbench.runCommand('News Annotator: Focus on Statements View');
    const rows = await settle(() => workbench.viewRows('newsAnnotator'),
      r => r.some(row => row.includes('Ines Calder')) && r.some(row => row.includes('Arvid Lund')));
    assert.ok(rows.some(row => row.includes('Ines Calder')), `a row names Ines Calder; rows: ${JSON.stringify(rows)}`);
    assert.ok(rows.some(row => row.includes('Arvid Lund')), `a row names Arvid Lund; rows: ${JSON.stringify(rows)}`);
  });
});
