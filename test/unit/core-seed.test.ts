import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { root } from './core-helpers';

// The seed's gold annotation lives outside the project (../shared/eval); it is read, never copied.
const goldPath = path.resolve(root, '../shared/eval/seed.gold.json');

interface GoldQuote { kind: string; start: number; end: number; text: string; speaker: string }

describe('core: the seed against its gold annotation', function () {
  before(function () { if (!fs.existsSync(goldPath)) this.skip(); });

  it('finds every gold statement with the gold speaker, the "He also urged" case included', () => {
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as { text: string; quotes: GoldQuote[]; speakers: Record<string, string[]> };
    const a = analyze(gold.text, 'seed');
    const misses: string[] = [];
    for (const g of gold.quotes) {
      // found: a statement whose words overlap the gold words by at least half of their union
      const found = a.statements.find(s => {
        const inter = Math.min(s.content.end, g.end) - Math.max(s.content.start, g.start);
        return inter > 0 && inter * 2 >= Math.max(s.content.end, g.end) - Math.min(s.content.start, g.start);
      }) ?? a.statements.find(s => s.content.text.includes(g.text.replace(/[,.]$/, '')));
      if (!found) { misses.push(`missed ${g.kind} "${g.text}"`); continue; }
      const names = [g.speaker, ...(gold.speakers[g.speaker] ?? [])];
      if (!found.speaker || !names.includes(found.speaker.name)) misses.push(`"${g.text.slice(0, 40)}": ${found.speaker?.name} (gold ${g.speaker})`);
    }
    assert.deepEqual(misses, []);
  });

  it('finds the seed’s dateline as the gold gives it', () => {
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')) as { text: string; dateline: { location: string; date: string } };
    const a = analyze(gold.text);
    assert.equal(a.dateline?.location, gold.dateline.location);
    assert.equal(a.dateline?.date, gold.dateline.date);
  });
});
