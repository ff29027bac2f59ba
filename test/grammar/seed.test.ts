import * as assert from 'assert';
import { ScopedArticle, scope } from './scopedArticle';
import { loadGrammarFirst } from './tokenizer';

const DOUBLE = scope('string.quoted.double');
const SPEAKER = scope('entity.name.type.speaker');
const CUE = scope('keyword.other.cue');

describe('grammar: the seed article', function () {
  this.timeout(10_000); // tokenizing is quick, but the machine may be busy
  before(loadGrammarFirst);

  let seed: ScopedArticle;
  before(async () => { seed = await ScopedArticle.fromFile('seeds/blinken-xi-beijing.txt'); });

  it('scopes the header line: field, published date, place and date', () => {
    seed.expectToken('date', scope('keyword.other.header'));
    seed.expectToken('2023-06-20', scope('constant.numeric.date'));
    seed.expectToken('Beijing, June 19', scope('entity.name.section.dateline'));
  });

  it('takes no headline: the first line after the header is the lead', () => {
    assert.deepStrictEqual(seed.textsWithScope(scope('markup.heading')), []);
    seed.expectNotScoped('China and the United States agreed', scope('meta.header'));
  });

  it('scopes every curly quotation from its opening to its closing mark', () => {
    const quotes = seed.textsWithScope(DOUBLE);
    const openingMarks = [...seed.text].filter(c => c === '“').length;
    assert.strictEqual(quotes.length, openingMarks);
    for (const q of quotes) assert.ok(q.startsWith('“') && q.endsWith('”'), `quote ${JSON.stringify(q)} is not whole`);
    seed.expectScoped('hurt China’s legitimate rights and interests', DOUBLE);
  });

  it('scopes the speakers and cues next to the quotations', () => {
    seed.expectToken('Chinese President Xi Jinping', SPEAKER);
    seed.expectToken('hailed', CUE);
    seed.expectToken('Xi', SPEAKER, { after: 'This is very good,”' });
    seed.expectToken('told', CUE, { after: 'This is very good,”' });
    seed.expectNotScoped('Blinken', SPEAKER, { after: 'This is very good,” Xi told' });
    seed.expectToken('he', scope('entity.name.type.speaker.pronoun'), { after: '“candid and constructive”, ' });
    seed.expectToken('added', CUE);
    seed.expectToken('Wang', SPEAKER, { after: 'US-China relations,”' });
    seed.expectToken('said', CUE, { after: 'US-China relations,” Wang' });
  });

  it('scopes the closing agency credit', () => {
    seed.expectScoped('— Reuters', scope('comment.line.credit'));
    seed.expectNotScoped('with Blinken.', scope('comment.line.credit'), { after: 'Wang said during' });
  });
});
