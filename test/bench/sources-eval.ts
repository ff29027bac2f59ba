/**
 * Measures the gender the engine gives the people an article quotes against gold lists of each article's
 * sources by gender, such as the Gender Gap Tracker evaluation set's `meta.sourcesFemale` / `meta.sourcesMale`:
 *
 *   npm run eval:sources -- ../shared/eval/ggt.dev.jsonl
 *
 * A gold source is found when a person speaker's name or alias matches it (one holding the other as whole
 * words). Prints how many are found, how many of those get the right gender, a wrong one or none, and the
 * women's share of sources in the gold and as the engine reports it (the audit's headline figure).
 * Reads the gold file where it lies; nothing of it is copied.
 */
import * as fs from 'node:fs';
import { analyze } from '../../src/core';

interface GoldDoc { id: string; text: string; meta?: { sourcesFemale?: string; sourcesMale?: string } }

const norm = (s: string) => ` ${s.toLowerCase().replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
const sameName = (a: string, b: string) => norm(a).includes(norm(b)) || norm(b).includes(norm(a));

function namesIn(field: string | undefined): string[] {
  try {
    const names = JSON.parse(field ?? '[]');
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
  } catch {
    return [];
  }
}

function main(files: string[]): number {
  if (!files.length) { console.error('usage: sources-eval GOLD.jsonl...'); return 2; }
  let gold = 0, goldFemale = 0, found = 0, right = 0, wrong = 0, none = 0, docs = 0;
  let predictedFemale = 0, predictedMale = 0;
  const misses: string[] = [];
  for (const file of files) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line) as GoldDoc;
      if (!doc.meta || (doc.meta.sourcesFemale === undefined && doc.meta.sourcesMale === undefined)) continue;
      docs++;
      const people = analyze(doc.text, doc.id).speakers.filter(s => s.kind === 'person');
      for (const p of people) {
        if (p.gender === 'female') predictedFemale++;
        else if (p.gender === 'male') predictedMale++;
      }
      const sources = [...namesIn(doc.meta.sourcesFemale).map(n => [n, 'female'] as const), ...namesIn(doc.meta.sourcesMale).map(n => [n, 'male'] as const)];
      for (const [name, gender] of sources) {
        gold++;
        if (gender === 'female') goldFemale++;
        const person = people.find(p => [p.name, ...p.aliases].some(n => sameName(n, name)));
        if (!person) continue;
        found++;
        if (person.gender === gender) right++;
        else if (person.gender === null) { none++; misses.push(`${doc.id}: ${name}: no gender shown (gold ${gender})`); }
        else { wrong++; misses.push(`${doc.id}: ${name}: ${person.gender} (gold ${gender})`); }
      }
    }
  }
  const pct = (a: number, b: number) => b ? `${(100 * a / b).toFixed(1)}%` : 'n/a';
  if (process.argv.includes('--verbose')) misses.forEach(m => console.log(m));
  console.log(`${docs} articles, ${gold} gold sources; ${found} found as person speakers (${pct(found, gold)})`);
  console.log(`gender of those found: right ${right} (${pct(right, found)}), wrong ${wrong} (${pct(wrong, found)}), not shown ${none} (${pct(none, found)})`);
  console.log(`women's share of sources: gold ${pct(goldFemale, gold)}, reported ${pct(predictedFemale, predictedFemale + predictedMale)} of the people whose gender is shown`);
  return 0;
}

process.exitCode = main(process.argv.slice(2).filter(a => a !== '--verbose'));
