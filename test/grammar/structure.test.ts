import * as assert from 'assert';
import { ScopedArticle, scope } from './scopedArticle';
import { loadGrammarFirst } from './tokenizer';

const HEADER = scope('meta.header');
const FIELD = scope('keyword.other.header');
const DATE = scope('constant.numeric.date');
const HEADING = scope('markup.heading');
const DATELINE = scope('entity.name.section.dateline');
const AGENCY = scope('entity.name.class.agency');
const DATELINE_DASH = scope('punctuation.separator.dateline');
const BYLINE = scope('comment.line.byline');
const CREDIT = scope('comment.line.credit');

describe('grammar: header, headline, dateline, byline, credit', function () {
  this.timeout(10_000); // tokenizing is quick, but the machine may be busy
  before(loadGrammarFirst);

  it('scopes header field names, the published date and a title field', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('Title', FIELD);
    a.expectToken('Harbour town backs ferry terminal after long fight', HEADING);
    a.expectToken('Published', FIELD);
    a.expectToken('2024-03-04T09:30:00Z', DATE);
    a.expectToken('Source', FIELD);
    a.expectToken('Reuters', AGENCY, 1);
    a.expectScoped('2024-03-04T09:30:00Z', HEADER);
  });

  it('reads a whole field name even when a shorter one begins it (Dateline: is not Date + "line:")', async () => {
    const a = await ScopedArticle.fromText('Dateline: Lisbon, Nov. 1\nDate: 2024-11-02\n\nThe lead paragraph of the story ends with a period.\n');
    a.expectToken('Dateline', FIELD);
    a.expectToken('Lisbon, Nov. 1', DATELINE);
    a.expectToken('Date', FIELD, 2);
    a.expectToken('2024-11-02', DATE);
  });

  it('scopes YAML front matter: fences, known and unknown keys, the date and the title', async () => {
    const a = await ScopedArticle.fromText('---\ntitle: "Ferries sail again"\ndate: 2024-03-04\nnewsroom-desk: metro\n---\n\nThe ferries sailed again on Monday, the operator said.\n');
    a.expectToken('---', scope('punctuation.definition.header.begin'), 1);
    a.expectToken('title', FIELD);
    a.expectScoped('"Ferries sail again"', HEADING);
    a.expectToken('2024-03-04', DATE);
    a.expectToken('newsroom-desk', FIELD);
    a.expectToken('---', scope('punctuation.definition.header.end'), 2);
    a.expectNotScoped('The ferries sailed again', HEADER);
  });

  it('takes the first short line after the header as the headline, outside the header', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('Ferry terminal wins final vote', HEADING);
    a.expectNotScoped('Ferry terminal wins final vote', HEADER);
    a.expectNotScoped('The harbour council voted on Sunday', HEADING);
    a.expectNotScoped('The harbour council voted on Sunday', HEADER);
  });

  it('takes a short first line without a final period as the headline', async () => {
    const a = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectToken('Dockworkers end strike after pay deal', HEADING);
    assert.deepStrictEqual(a.textsWithScope(HEADING), ['Dockworkers end strike after pay deal']);
  });

  it('does not take a first line that ends like a sentence for a headline', async () => {
    const a = await ScopedArticle.fromText('The council met on Monday and voted to close the pier.\n\nMore text follows here.\n');
    assert.deepStrictEqual(a.textsWithScope(HEADING), []);
  });

  it('scopes a header without colons: field, ISO date, then the place and date', async () => {
    const a = await ScopedArticle.fromText(' date 2024-11-02 Lisbon, Nov. 1\n\nThe lead paragraph of the story, which is long and ends with a period.\n');
    a.expectToken('date', FIELD);
    a.expectToken('2024-11-02', DATE);
    a.expectToken('Lisbon, Nov. 1', DATELINE);
    a.expectNotScoped('The lead paragraph', HEADER);
    a.expectNotScoped('The lead paragraph', HEADING);
  });

  it('scopes a Reuters dateline with date and agency', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('PORTSMOUTH, March 3', DATELINE);
    a.expectToken('Reuters', AGENCY, 2);
    a.expectToken('-', DATELINE_DASH, { after: '(Reuters)' });
    a.expectNotScoped('The harbour council', DATELINE);
  });

  it('scopes an AP dateline with an em dash', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken('WASHINGTON', DATELINE);
    a.expectToken('AP', AGENCY);
    a.expectToken('—', DATELINE_DASH);
    a.expectNotScoped('Lawmakers on Tuesday', DATELINE);
  });

  it('scopes datelines with a region, an abbreviated month, and a capitalised place with an agency', async () => {
    const a = await ScopedArticle.fromFixture('british-style.article');
    a.expectToken('NAIROBI, Kenya', DATELINE);
    a.expectToken('MIAMI, Sept. 12', DATELINE);
    a.expectToken('LONDON, March 3', DATELINE);
    a.expectToken('Reuters', AGENCY, 1);
    a.expectToken('Beijing', DATELINE);
    a.expectToken('Reuters', AGENCY, 2);
    a.expectNotScoped('Teachers marched', DATELINE);
  });

  it('scopes a dateline of two places a slash joins', async () => {
    const a = await ScopedArticle.fromText('Stocks slide on jobs data\n\nNEW YORK/LONDON, June 7 (Reuters) - Global stocks fell on Friday after a strong jobs report.\n');
    a.expectToken('NEW YORK/LONDON, June 7', DATELINE);
    a.expectToken('Reuters', AGENCY);
    a.expectNotScoped('Global stocks fell', DATELINE);
  });

  it('scopes a dateline whose place in capitals holds `Mc` (FORT McMURRAY)', async () => {
    const a = await ScopedArticle.fromText('Plant fined\n\nFORT McMURRAY, Alta. — An operator was fined, officials said.\n');
    a.expectToken('FORT McMURRAY, Alta.', DATELINE);
  });

  it('scopes an AFP dateline with the country in parentheses before the agency', async () => {
    const a = await ScopedArticle.fromText('Ceasefire holds in the north\n\nMarrun (Zarania) (AFP) - The ceasefire held overnight, officials said.\n');
    a.expectToken('Marrun (Zarania)', DATELINE);
    a.expectToken('AFP', AGENCY);
    a.expectNotScoped('The ceasefire held', DATELINE);
  });

  it('scopes a dateline with a no-break space before its dash', async () => {
    const a = await ScopedArticle.fromText('Harbour board backs new pier\n\nCHARLESTON, S.C.\u00a0— The harbour board voted on Monday to build a new pier.\n');
    a.expectToken('CHARLESTON, S.C.', DATELINE);
    a.expectToken('—', DATELINE_DASH);
    a.expectNotScoped('The harbour board voted', DATELINE);
    a.expectToken('Harbour board backs new pier', HEADING);
  });

  it('scopes a dateline whose em dash touches the next word, and takes the line for no headline', async () => {
    const a = await ScopedArticle.fromText('BOSTON —Standing before the state house, the mayor said the budget was final.\n');
    a.expectToken('BOSTON', DATELINE);
    a.expectToken('—', DATELINE_DASH);
    a.expectNotScoped('Standing before the state house', DATELINE);
    assert.deepStrictEqual(a.textsWithScope(HEADING), []);
  });

  it('scopes a press release’s dateline with a year and a wire between slashes', async () => {
    const a = await ScopedArticle.fromText('Harbour board backs new pier\n\nHALIFAX, NS, March 3, 2025 /CNW/ - The harbour board today announced a new pier.\n');
    a.expectToken('HALIFAX, NS, March 3, 2025', DATELINE);
    a.expectToken('CNW', AGENCY);
    a.expectToken('-', DATELINE_DASH, { after: '/CNW/' });
    a.expectNotScoped('The harbour board today', DATELINE);
  });

  it('scopes a dateline opening a later paragraph', async () => {
    const a = await ScopedArticle.fromText('Pier vote delayed again\n\nA summary of the story runs here, in a sentence of its own.\n\nPORTLAND, Maine — The pier vote was delayed again on Tuesday.\n');
    a.expectToken('PORTLAND, Maine', DATELINE);
    a.expectNotScoped('A summary of the story', DATELINE);
  });

  it('does not take a hyphen touching a word, or a dash inside a sentence, for a dateline', async () => {
    const a = await ScopedArticle.fromText('NATO -backed forces moved in.\n\nThe council met twice —Monday and Tuesday.\n');
    assert.deepStrictEqual(a.textsWithScope(DATELINE), []);
  });

  it('does not take a capitalised sentence start with a dash for a dateline', async () => {
    const a = await ScopedArticle.fromText('Ministers met twice - and agreed nothing.\n');
    assert.deepStrictEqual(a.textsWithScope(DATELINE), []);
  });

  it('scopes a byline with its authors and agency', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectScoped('By Jane Doe and Omar Haddad, Associated Press', BYLINE);
    a.expectToken('Jane Doe and Omar Haddad', scope('meta.author'));
    a.expectToken('Associated Press', scope('meta.agency'));
    a.expectNotScoped('Lawmakers on Tuesday', BYLINE);
  });

  it('does not take a sentence starting with "By" for a byline', async () => {
    const a = await ScopedArticle.fromText('By Monday, the council had voted twice.\n');
    assert.deepStrictEqual(a.textsWithScope(BYLINE), []);
  });

  it('scopes credit lines: a parenthesised reporting credit and an agency after a dash', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectScoped('(Reporting by Jane Doe; Editing by John Roe)', CREDIT);
    const u = await ScopedArticle.fromFixture('unclosed-quote.article');
    a.expectNotScoped('Reyes said.', CREDIT);
    u.expectScoped('— AFP', CREDIT);
    u.expectToken('AFP', scope('meta.agency'));
  });

  it('does not take a dash inside a sentence for a credit', async () => {
    const a = await ScopedArticle.fromText('The talks - which ran late - ended without a deal.\nIt ended - Friday\n');
    assert.deepStrictEqual(a.textsWithScope(CREDIT), []);
  });
});
