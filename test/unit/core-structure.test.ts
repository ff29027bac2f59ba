import * as assert from 'node:assert/strict';
import { findParagraphs } from '../../src/core';
import { analyzeText, fixture, seedText } from './core-helpers';

describe('core: article structure', () => {
  describe('datelines in their wire forms', () => {
    const cases: Array<[string, string, string | null, string | null]> = [
      ['BEIJING, June 19 (Reuters) - Officials met on Monday.', 'BEIJING', 'June 19', 'Reuters'],
      ['WASHINGTON (AP) — The council voted on Monday.', 'WASHINGTON', null, 'AP'],
      ['NAIROBI, Kenya — Traders said on Friday they would stay.', 'NAIROBI, Kenya', null, null],
      ['MIAMI, Sept. 12 — A festival opened on Friday.', 'MIAMI', 'Sept. 12', null],
      ['LONDON, March 3 (Reuters) - Dock workers walked out.', 'LONDON', 'March 3', 'Reuters'],
    ];
    for (const [text, location, date, agency] of cases) {
      it(`reads "${text.slice(0, 30)}…"`, () => {
        const a = analyzeText(text);
        assert.ok(a.dateline, 'a dateline');
        assert.equal(a.dateline.location, location);
        assert.equal(a.dateline.date, date);
        assert.equal(a.dateline.agency, agency);
        assert.equal(text.slice(a.dateline.start, a.dateline.end), a.dateline.text);
      });
    }

    it('reads the published date and dateline of a header line', () => {
      const a = analyzeText(seedText('blinken-xi-beijing.txt'));
      assert.equal(a.published, '2023-06-20');
      assert.equal(a.dateline?.location, 'Beijing');
      assert.equal(a.dateline?.date, 'June 19');
    });

    it('finds no dateline in an ordinary opening sentence', () => {
      assert.equal(analyzeText('The council voted on Monday - and then it went home.').dateline, null);
      assert.equal(analyzeText('I think so — she said it first.').dateline, null);
    });

    it('finds a wire dateline after a headline and a deck that end with periods', () => {
      const text = 'Harbour strike enters its second week.\n\nUnion and port owners meet again on Monday.\n\nRIVERPORT, Maine (AP) — Dockworkers stayed off the job on Friday, the union said.\n\nREAD MORE:\n\nThe strike began on June 2.\n';
      const a = analyzeText(text);
      assert.equal(a.dateline?.location, 'RIVERPORT, Maine');
      assert.equal(a.dateline?.agency, 'AP');
      assert.equal(a.headline?.text, 'Harbour strike enters its second week.');
      assert.ok(!a.statements.some(s => s.paragraph < 2), 'the headline and deck are not prose');
      const b = analyzeText('OTTAWA — The premier said the budget would balance.\n\nREAD MORE:\n\nThe vote is on Monday.\n');
      assert.equal(b.dateline?.location, 'OTTAWA');
    });

    it('reads a dateline after a headline', () => {
      const a = analyzeText(fixture('wire-harbour-strike.article'));
      assert.equal(a.headline?.text, 'Dock workers walk out as talks with port owners stall');
      assert.equal(a.dateline?.location, 'LONDON');
    });
  });

  describe('credits and bylines', () => {
    it('reads a closing agency credit', () => {
      const a = analyzeText(seedText('blinken-xi-beijing.txt'));
      assert.equal(a.credit?.agency, 'Reuters');
      assert.equal(a.credit?.text, '— Reuters');
    });

    it('reads a "(Reporting by …)" line', () => {
      const a = analyzeText(fixture('wire-harbour-strike.article'));
      assert.equal(a.credit?.text, '(Reporting by Ann Okafor; Editing by Tom Reyes)');
    });

    it('reads a byline', () => {
      const a = analyzeText(seedText('library-sundays.article'));
      assert.equal(a.credit?.text, 'By Jane Porter');
      assert.equal(a.dateline?.location, 'SPRINGFIELD, Ore.');
    });

    it('reads "— Associated Press" as the agency', () => {
      assert.equal(analyzeText(fixture('miami-festival.article')).credit?.agency, 'Associated Press');
    });
  });

  describe('paragraphs', () => {
    it('splits at blank lines, keeping single line breaks inside a paragraph', () => {
      const text = 'One line\nstill one.\n\nTwo.\n \nThree.';
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)), ['One line\nstill one.', 'Two.', 'Three.']);
    });

    it('splits CRLF text at the same places', () => {
      const text = 'One.\r\n\r\nTwo.\r\nstill two.\r\n';
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)), ['One.', 'Two.\r\nstill two.']);
    });
  });
});
