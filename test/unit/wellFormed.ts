import * as assert from 'node:assert/strict';
import type { Analysis, Span } from '../../src/core';

// Invariants every analysis keeps, whatever the text: a consumer (the editor, the CLI,
// the exporters) may index the text with any span and rely on order and determinism.

const STATEMENT_KINDS = new Set(['direct', 'partial', 'indirect', 'pullquote']);
const SPEAKER_KINDS = new Set(['person', 'organization', 'group', 'unknown']);

function assertSpan(text: string, span: Span | null | undefined, what: string) {
  if (!span) return;
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}..${span.end} outside 0..${text.length}`);
  assert.ok(text.slice(span.start, span.end) === span.text, `${what}: text.slice(${span.start}, ${span.end}) differs from span.text`);
}

/** Checks every invariant of `a` as the analysis of `text`; the message names the first broken one. */
export function assertWellFormed(text: string, a: Analysis) {
  // analyze never throws; an engine defect shows as `error`, so the properties can catch it
  assert.equal(a.error, undefined, `the engine failed on this text: ${a.error}`);
  assertSpan(text, a.headline, 'headline');
  assertSpan(text, a.dateline, 'dateline');
  assertSpan(text, a.credit, 'credit');

  a.paragraphs.forEach((p, i) => {
    assert.ok(0 <= p.start && p.start < p.end && p.end <= text.length, `paragraph ${i} in bounds`);
    if (i > 0) assert.ok(a.paragraphs[i - 1].end <= p.start, `paragraphs ${i - 1} and ${i} in order, not overlapping`);
  });

  const speakerIds = new Set<string>();
  for (const s of a.speakers) {
    assert.ok(!speakerIds.has(s.id), `speaker id ${s.id} unique`);
    speakerIds.add(s.id);
    assert.ok(SPEAKER_KINDS.has(s.kind), `speaker kind ${s.kind}`);
    s.mentions.forEach((m, i) => assertSpan(text, m, `speaker ${s.id} mention ${i}`));
  }

  const statementIds = new Set<string>();
  a.statements.forEach((s, i) => {
    const what = `statement ${s.id}`;
    assert.ok(!statementIds.has(s.id), `${what}: id unique`);
    statementIds.add(s.id);
    assert.ok(STATEMENT_KINDS.has(s.kind), `${what}: kind ${s.kind}`);
    assertSpan(text, s.content, `${what} content`);
    assertSpan(text, s.cue, `${what} cue`);
    assertSpan(text, s.speaker?.mention, `${what} speaker mention`);
    if (s.speaker) assert.ok(speakerIds.has(s.speaker.id), `${what}: speaker ${s.speaker.id} is listed in speakers`);
    assert.ok(s.confidence >= 0 && s.confidence <= 1, `${what}: confidence ${s.confidence} in 0..1`);
    const p = a.paragraphs[s.paragraph];
    assert.ok(Number.isInteger(s.paragraph) && p !== undefined, `${what}: paragraph index ${s.paragraph} of ${a.paragraphs.length}`);
    assert.ok(p.start <= s.content.start && s.content.start <= p.end, `${what}: its words start in its paragraph`);
    if (i > 0) assert.ok(a.statements[i - 1].content.start <= s.content.start, `${what}: statements sorted by content.start`);
    if (s.continues !== undefined) assert.ok(statementIds.has(s.continues) && s.continues !== s.id, `${what}: continues an earlier statement (${s.continues})`);
  });

  const direct = a.statements.filter(s => s.kind === 'direct').map(s => s.content).sort((x, y) => x.start - y.start);
  for (let i = 1; i < direct.length; i++) {
    assert.ok(direct[i - 1].end <= direct[i].start, `direct quotes ${direct[i - 1].start}..${direct[i - 1].end} and ${direct[i].start}..${direct[i].end} overlap`);
  }
}
