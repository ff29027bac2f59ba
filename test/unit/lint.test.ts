import * as assert from 'node:assert/strict';
import { findParagraphs } from '../../src/core/analyze';
import { lintArticle, type LintFinding } from '../../src/core/lint';
import type { Analysis, Statement } from '../../src/core/types';

/** An analysis of `text` holding exactly the given statements and speakers. */
function analysisOf(text: string, statements: Statement[] = [], speakers: Analysis['speakers'] = []): Analysis {
  return { id: 't', published: null, headline: null, dateline: null, credit: null, paragraphs: findParagraphs(text), speakers, statements };
}

function spanOf(text: string, words: string, from = 0) {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `fixture lacks ${words}`);
  return { start, end: start + words.length, text: words };
}

function statement(text: string, content: string, extra: Partial<Statement> = {}): Statement {
  return { id: 's1', kind: 'direct', paragraph: 0, content: spanOf(text, content), speaker: null, cue: null, confidence: 0.9, ...extra };
}

const codes = (findings: LintFinding[]) => findings.map(f => f.code);

describe('lintArticle', () => {
  describe('unclosed-quote', () => {
    it('flags an opening curly mark that never closes, at the mark itself', () => {
      const text = 'Intro line.\n\nThe mayor said “we will rebuild the bridge by spring.\n\nOfficials declined to comment.';
      const findings = lintArticle(text, analysisOf(text));
      assert.deepEqual(codes(findings), ['unclosed-quote']);
      assert.equal(text.slice(findings[0].start, findings[0].end), '“');
      assert.equal(findings[0].start, text.indexOf('“'));
    });

    it('accepts a quote that runs on into a paragraph opening with a new mark', () => {
      const text = '“The first part of the speech ran long.\n\n“And the second part closed it,” she said.';
      assert.deepEqual(lintArticle(text, analysisOf(text)), []);
    });

    it('flags the run-on quote when the last paragraph of it never closes', () => {
      const text = '“The first part of the speech ran long.\n\n“And the second part never closed.';
      const findings = lintArticle(text, analysisOf(text));
      assert.deepEqual(codes(findings), ['unclosed-quote']);
      assert.equal(findings[0].start, text.lastIndexOf('“'));
    });

    it('flags an odd straight double quote but not balanced ones', () => {
      const balanced = 'He said "yes" and "no" to the plan.';
      assert.deepEqual(lintArticle(balanced, analysisOf(balanced)), []);
      const odd = 'He said "yes and left.';
      assert.deepEqual(codes(lintArticle(odd, analysisOf(odd))), ['unclosed-quote']);
    });

    it('treats apostrophes inside words as apostrophes', () => {
      const text = 'China’s envoy met O’Neill’s team and said “fine.”';
      assert.deepEqual(lintArticle(text, analysisOf(text)), []);
    });

    it('flags the first of two openings in a row', () => {
      const text = 'She said “one thing and “another thing” before leaving.';
      const findings = lintArticle(text, analysisOf(text));
      assert.deepEqual(codes(findings), ['unclosed-quote']);
      assert.equal(findings[0].start, text.indexOf('“'));
    });
  });

  describe('quote-without-speaker', () => {
    it('flags a direct quote that has no speaker, over its content', () => {
      const text = '“Nobody claims this line,” the notice read.';
      const findings = lintArticle(text, analysisOf(text, [statement(text, 'Nobody claims this line,')]));
      assert.deepEqual(codes(findings), ['quote-without-speaker']);
      assert.equal(text.slice(findings[0].start, findings[0].end), 'Nobody claims this line,');
      assert.equal(findings[0].statementId, 's1');
    });

    it('does not flag attributed quotes or unattributed reported speech', () => {
      const text = '“This one is claimed,” said Ana Ruiz. Officials said taxes would rise.';
      const speaker = { id: 'ana', name: 'Ana Ruiz', mention: spanOf(text, 'Ana Ruiz') };
      const findings = lintArticle(text, analysisOf(text, [
        statement(text, 'This one is claimed,', { speaker }),
        statement(text, 'taxes would rise', { kind: 'indirect', id: 's2' }),
      ], [{ id: 'ana', name: 'Ana Ruiz', kind: 'person', role: null, gender: 'female', aliases: [], mentions: [spanOf(text, 'Ana Ruiz')] }]));
      assert.deepEqual(findings, []);
    });
  });

  describe('unresolved-pronoun', () => {
    it('flags a statement whose speaker is a pronoun naming nobody, at the pronoun', () => {
      const text = '“We will not move,” he said.';
      const he = spanOf(text, 'he');
      const findings = lintArticle(text, analysisOf(text, [statement(text, 'We will not move,', { speaker: { id: '', name: 'he', mention: he } })]));
      assert.deepEqual(codes(findings), ['unresolved-pronoun']);
      assert.equal(findings[0].start, he.start);
    });

    it('spots "he said" next to the cue when the extractor gave no speaker, without also reporting a missing speaker', () => {
      const text = '“We will not move,” he said.';
      const cue = spanOf(text, 'said');
      const findings = lintArticle(text, analysisOf(text, [statement(text, 'We will not move,', { cue })]));
      assert.deepEqual(codes(findings), ['unresolved-pronoun']);
      assert.equal(text.slice(findings[0].start, findings[0].end), 'he');
    });

    it('accepts a pronoun that resolves to a known speaker', () => {
      const text = 'Ana Ruiz spoke first. “We will not move,” she said.';
      const speakers = [{ id: 'ana', name: 'Ana Ruiz', kind: 'person' as const, role: null, gender: 'female' as const, aliases: [], mentions: [spanOf(text, 'Ana Ruiz')] }];
      const mention = spanOf(text, 'she');
      assert.deepEqual(lintArticle(text, analysisOf(text, [statement(text, 'We will not move,', { speaker: { id: 'ana', name: 'Ana Ruiz', mention } })], speakers)), []);
    });
  });

  it('reports only the codes asked for', () => {
    const text = '“Open and unattributed.\n\nNext paragraph.';
    const analysis = analysisOf(text, [statement(text, 'Open and unattributed.')]);
    assert.deepEqual(codes(lintArticle(text, analysis)).sort(), ['quote-without-speaker', 'unclosed-quote']);
    assert.deepEqual(codes(lintArticle(text, analysis, ['quote-without-speaker'])), ['quote-without-speaker']);
    assert.deepEqual(lintArticle(text, analysis, []), []);
  });

  it('never throws on empty or odd text', () => {
    for (const text of ['', '"', '“', '”', '\n\n\n', '“\n\n“\n\n“']) {
      assert.doesNotThrow(() => lintArticle(text, analysisOf(text)));
    }
  });
});
