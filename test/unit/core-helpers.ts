/** Helpers for the core tests: read our fixtures and find statements by their words. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Analysis, type Speaker, type Statement } from '../../src/core';

export const root = path.resolve(__dirname, '../../..');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(root, 'test/fixtures', name), 'utf8');
}

export function seedText(name: string): string {
  return fs.readFileSync(path.join(root, 'seeds', name), 'utf8');
}

/** The statement whose content starts with `words`; fails the test if there is none. */
export function statement(a: Analysis, words: string): Statement {
  const s = a.statements.find(x => x.content.text.startsWith(words));
  assert.ok(s, `no statement starting "${words}" among:\n${a.statements.map(x => `  ${x.kind} "${x.content.text}"`).join('\n')}`);
  return s;
}

/** True when some statement's content contains `words`. */
export function hasStatement(a: Analysis, words: string): boolean {
  return a.statements.some(x => x.content.text.includes(words));
}

/** Analyses text and checks that every span spells the text it points at. */
export function analyzeText(text: string): Analysis {
  const a = analyze(text, 't');
  for (const s of a.statements) {
    assert.equal(text.slice(s.content.start, s.content.end), s.content.text);
    if (s.speaker?.mention) assert.equal(text.slice(s.speaker.mention.start, s.speaker.mention.end), s.speaker.mention.text);
    if (s.cue) assert.equal(text.slice(s.cue.start, s.cue.end), s.cue.text);
  }
  return a;
}

export function speakerOf(a: Analysis, words: string): string | null {
  return statement(a, words).speaker?.name ?? null;
}

/** The speaker of the statement opening with `words`, as listed among the analysis's speakers (its kind, role, gender). */
export function speakerRecordOf(a: Analysis, words: string): Speaker | undefined {
  const id = statement(a, words).speaker?.id;
  return a.speakers.find(s => s.id === id);
}
