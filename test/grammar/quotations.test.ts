import * as assert from 'assert';
import { ScopedArticle, scope } from './scopedArticle';
import { loadGrammarFirst } from './tokenizer';

const DOUBLE = scope('string.quoted.double');
const SINGLE = scope('string.quoted.single');
const BEGIN = scope('punctuation.definition.string.begin');
const END = scope('punctuation.definition.string.end');

describe('grammar: quotations', function () {
  this.timeout(10_000); // tokenizing is quick, but the machine may be busy
  before(loadGrammarFirst);

  it('scopes a curly double quote: opening mark, content, closing mark', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('“', BEGIN, 1);
    a.expectScoped('“', DOUBLE, 1);
    a.expectScoped('This is a good day for the town', DOUBLE);
    a.expectToken('”', END, 1);
    a.expectNotScoped('council leader Ana Brook', DOUBLE);
  });

  it('treats a curly apostrophe inside a word as part of the quote, not its end', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectScoped('couldn’t get to work on time', DOUBLE);
    a.expectNotScoped('couldn’t', END);
    a.expectScoped('fishermen’s concerns', DOUBLE);
    a.expectNotScoped('fishermen’s', END);
  });

  it('scopes a straight double quote and a straight single quote nested in it', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken('"', BEGIN, 1);
    a.expectScoped('We will not let this bill die in committee', DOUBLE);
    a.expectToken('"', END, 2);
    a.expectToken("'", BEGIN, 2);
    a.expectScoped('cynical stunt', SINGLE);
    a.expectScoped('cynical stunt', DOUBLE);
    a.expectToken("'", END, 3);
    a.expectScoped(' nothing more,', DOUBLE);
    a.expectNotScoped(' nothing more,', SINGLE);
  });

  it("does not open a single quote at an apostrophe after a letter (It's, O'Neill, Supporters')", async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectNotScoped("It's", SINGLE);
    a.expectNotScoped("O'Neill", SINGLE);
    a.expectNotScoped("O'Neill", DOUBLE);
    a.expectNotScoped("Supporters' groups, the senator's office said", SINGLE);
  });

  it('scopes British single quotes with a double quote nested inside', async () => {
    const a = await ScopedArticle.fromFixture('british-style.article');
    a.expectToken('‘', BEGIN, 1);
    a.expectScoped('We won’t be moved,', SINGLE);
    a.expectNotScoped('won’t', END);
    a.expectToken('’', END, 2);
    a.expectNotScoped(' the union’s leader', SINGLE);
    a.expectScoped('reform', DOUBLE);
    a.expectScoped('reform', SINGLE);
    a.expectScoped(', but it’s a pay cut.', SINGLE);
    a.expectNotScoped(', but it’s a pay cut.', DOUBLE);
  });

  it("keeps O'Neill inside a straight single quote and does not open one at Supporters’", async () => {
    const a = await ScopedArticle.fromFixture('british-style.article');
    a.expectNotScoped('Supporters’ banners lined the road.', SINGLE);
    a.expectScoped("The O'Neill report changed nothing,", SINGLE);
    a.expectNotScoped("O'Neill", END);
    a.expectNotScoped(' she added.', SINGLE);
  });

  it('does not open a quote at an apostrophe typed as ‘ (‘90s, ‘16, Ortiz‘s)', async () => {
    const a = await ScopedArticle.fromText('Sales peaked in the ‘90s and again in ‘16, Ortiz‘s report said.\n');
    a.expectNotScoped('90s and again in', SINGLE);
    a.expectNotScoped('s report said.', SINGLE);
  });

  it("scopes archive-style quotes made of two straight singles, with apostrophes inside (''It's time.'')", async () => {
    const a = await ScopedArticle.fromFixture('archive-style.article');
    a.expectToken("''", BEGIN, 1);
    a.expectScoped('We have waited long enough,', DOUBLE);
    a.expectToken("''", END, 2);
    a.expectNotScoped('said Thomas R. Vale', DOUBLE);
    a.expectNotScoped("board's chairman", DOUBLE);
    a.expectScoped("It's time.", DOUBLE);
    a.expectNotScoped("It's time.", SINGLE);
    a.expectScoped('a rescue, not a takeover', DOUBLE);
    a.expectNotScoped(' and voted for it.', DOUBLE);
  });

  it('ends an unclosed quote at the end of its paragraph', async () => {
    const a = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectScoped('This opening mark never closes', DOUBLE);
    a.expectNotScoped('This paragraph is plain text and must not be coloured as a quote.', DOUBLE);
  });

  it('closes a multi-paragraph quotation at each paragraph and at its final mark', async () => {
    const a = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectScoped('The first paragraph of a long quotation has no closing mark.', DOUBLE);
    a.expectToken('“', BEGIN, 3);
    a.expectScoped('The second paragraph closes it,', DOUBLE);
    a.expectNotScoped(' she said.', DOUBLE);
  });

  it('opens a new quote at a straight mark starting a line, in articles with one paragraph per line', async () => {
    const a = await ScopedArticle.fromFixture('one-line-paragraphs.article');
    a.expectScoped('Nobody wanted this to drag on.', DOUBLE);
    a.expectToken('"', BEGIN, 2);
    a.expectScoped('The boats sail again tomorrow,', DOUBLE);
    a.expectToken('"', END, 3);
    a.expectNotScoped(' union secretary Lena Ortiz said.', DOUBLE);
    a.expectNotScoped('Travellers cheered at the harbour.', DOUBLE);
  });

  it('carries a quote across a line break inside a paragraph', async () => {
    const a = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectScoped('A quotation that is wrapped', DOUBLE);
    a.expectScoped('across two lines,', DOUBLE);
    a.expectNotScoped(' Ortiz said.', DOUBLE);
  });

  it('ends a quote left open where a fresh opening mark starts the next one', async () => {
    const a = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectToken('“', BEGIN, 6);
    a.expectNotScoped(' the mayor said.', DOUBLE);
    const quoteDepth = a.tokensAt('and a fresh one')[0].scopes.filter(s => s === DOUBLE).length;
    assert.strictEqual(quoteDepth, 1, 'the second quote is not nested inside the first');
  });

  it('keeps hundreds of stray marks on one line from colouring the next paragraph', async () => {
    const strays = '“ ‘ " \' '.repeat(400);
    const a = await ScopedArticle.fromText(`${strays}\n\nThe next paragraph is plain.\n`);
    a.expectNotScoped('The next paragraph is plain.', DOUBLE);
    a.expectNotScoped('The next paragraph is plain.', SINGLE);
  });
});
