import * as assert from 'node:assert/strict';
import { describeSources, exportArticles, sourceReport } from '../../src/core/export';
import { analyze } from '../../src/core';
import { sampleArticle, utteranceArticle } from './export-sample';

/** The rows of a CSV file written by the exporter (cells here hold no commas or quotes) as objects by column name. */
function rowsOf(csv: string): Record<string, string>[] {
  const [head, ...rows] = csv.split('\r\n').filter(Boolean).map(l => l.split(','));
  return rows.map(cells => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
}

describe('export: sources (whose voices an article quotes)', () => {
  it('counts each source with the person’s corrections applied: a corrected speaker gains the statement, a dismissed one is left out, an added one counts', () => {
    const report = sourceReport([sampleArticle()]);
    const byName = new Map(report.sources.map(s => [s.speaker, s]));
    // `"This is a test…," Vance added` had no speaker until a person set Rita Vance
    assert.equal(byName.get('Rita Vance')?.statements, 2);
    assert.deepEqual(byName.get('Rita Vance')?.byKind, { direct: 1, partial: 1, indirect: 0, pullquote: 0 });
    assert.equal(byName.get('Rita Vance')?.gender, 'female');
    assert.equal(byName.get('Olu Adeyemi')?.gender, null);
    // a speaker a person typed that the article does not know is counted, of unknown kind
    assert.equal(byName.get('officials')?.kind, 'unknown');
    const t = report.total;
    assert.deepEqual([t.people, t.female, t.male, t.genderUnknown, t.others], [2, 1, 0, 1, 1]);
    // (the dismissed `miracles` and the orphan are not statements any more)
    assert.deepEqual([t.statements, t.byFemale, t.byGenderUnknown, t.byOthers, t.unattributed], [4, 2, 1, 1, 0]);
  });

  it('counts an utterance quoted in parts once', () => {
    const report = sourceReport([utteranceArticle()]);
    assert.deepEqual(report.sources.map(s => [s.speaker, s.statements]), [['Rita Vance', 1], ['Olu Adeyemi', 1]]);
    assert.equal(report.total.statements, 2);
  });

  it('writes sources.csv and sources-summary.csv over an analysed article, with people by gender, organizations and groups', () => {
    const text = 'Ferry vote\n\nMayor Rita Vance said the ferry would run all winter. “We owe it to the island,” she said. ' +
      'Councillor Tom Baker said the budget could not carry it. The port authority said in a statement that it would review the timetable. ' +
      'Residents said they were relieved. Basri Tanoto, a deckhand, said the crews were ready.';
    const article = { name: 'ferry.article', text, analysis: analyze(text, 'ferry'), annotations: null };
    const files = exportArticles('sources', [article]);
    assert.deepEqual(files.map(f => f.path), ['sources.csv', 'sources-summary.csv']);
    const sources = rowsOf(files[0].content);
    const row = (name: string) => sources.find(r => r.speaker === name) ?? assert.fail(`no row for ${name}: ${sources.map(r => r.speaker).join(', ')}`);
    assert.deepEqual([row('Rita Vance').kind, row('Rita Vance').gender, row('Rita Vance').statements, row('Rita Vance').direct], ['person', 'female', '2', '1']);
    assert.equal(row('Tom Baker').gender, 'male');
    assert.equal(row('Basri Tanoto').gender, '');
    assert.equal(row('port authority').kind, 'organization');
    assert.equal(row('Residents').kind, 'group');
    const [summary] = rowsOf(files[1].content);
    assert.deepEqual([summary.file, summary.people, summary.female, summary.male, summary.gender_unknown, summary.female_share, summary.organizations, summary.groups],
      ['ferry.article', '3', '1', '1', '1', '50.0', '1', '1']);
    assert.equal(describeSources(sourceReport([article]).total), '3 people quoted (1 female, 1 male, 1 not shown: 50.0% female), 1 organization, 1 group');
  });

  it('counts each of the people named one by one as one speaker as a source of what they said together', () => {
    const text = 'Union vote\n\nWorkers at the plant voted to join the union on Friday. Tore Sohlberg and Lehla Abreder, who organised the drive, ' +
      'said the vote was a relief. Sohlberg said talks would start in March.';
    const article = { name: 'union.article', text, analysis: analyze(text, 'union'), annotations: null };
    const group = article.analysis.speakers.find(s => s.kind === 'group');
    assert.deepEqual(group?.members?.map(id => article.analysis.speakers.find(s => s.id === id)?.name), ['Tore Sohlberg', 'Lehla Abreder']);
    const report = sourceReport([article]);
    assert.deepEqual(report.sources.map(s => [s.speaker, s.gender, s.statements, s.joint]), [['Tore Sohlberg', 'male', 2, 1], ['Lehla Abreder', 'female', 1, 1]]);
    const t = report.total;
    assert.deepEqual([t.people, t.female, t.male, t.groups, t.statements, t.byFemale, t.byMale], [2, 1, 1, 0, 2, 1, 2]);
  });

  it('adds the speaker’s kind and gender to every statement in csv and jsonl, as the last csv columns', () => {
    const csv = exportArticles('csv', [sampleArticle()])[0].content;
    const header = csv.split('\r\n')[0].split(',');
    assert.deepEqual(header.slice(-2), ['speakerKind', 'gender']);
    const jsonl = exportArticles('jsonl', [sampleArticle()])[0].content.split('\n').filter(Boolean).map(l => JSON.parse(l));
    const rita = jsonl.find(r => r.speaker === 'Rita Vance');
    assert.deepEqual([rita.speakerKind, rita.gender], ['person', 'female']);
    assert.equal(jsonl.find(r => r.speaker === 'officials').speakerKind, 'unknown');
  });
});
