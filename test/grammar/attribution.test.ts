import * as assert from 'assert';
import { ScopedArticle, scope } from './scopedArticle';
import { loadGrammarFirst } from './tokenizer';

const SPEAKER = scope('entity.name.type.speaker');
const PRONOUN = scope('entity.name.type.speaker.pronoun');
const CUE = scope('keyword.other.cue');

describe('grammar: speakers and cue verbs', function () {
  this.timeout(10_000); // tokenizing is quick, but the machine may be busy
  before(loadGrammarFirst);

  it('scopes the name and cue after a closing quote: ,” council leader Ana Brook told', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('Ana Brook', SPEAKER);
    a.expectToken('told', CUE);
    a.expectNotScoped('council leader', SPEAKER);
    a.expectNotScoped('reporters', SPEAKER);
  });

  it('scopes a cue followed by a titled name: ," said Sen. Maria Alvarez', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken('said', CUE, 1);
    a.expectToken('Sen. Maria Alvarez', SPEAKER);
    a.expectNotScoped('who leads the effort', SPEAKER);
  });

  it('scopes a speaker and cue before a colon and an opening quote: Alvarez said: "', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken('Alvarez', SPEAKER, { after: 'the effort.' });
    a.expectToken('said', CUE, { after: 'the effort.' });
  });

  it("keeps an apostrophe name whole and leaves a possessive out: Rep. Dan O'Neill said", async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken("Rep. Dan O'Neill", SPEAKER);
    a.expectToken('said', CUE, { after: "O'Neill" });
    a.expectNotScoped("senator's office", SPEAKER);
  });

  it('scopes a pronoun speaker after a quote: ’ she added', async () => {
    const a = await ScopedArticle.fromFixture('british-style.article');
    a.expectToken('she', PRONOUN);
    a.expectToken('added', CUE);
  });

  it('scopes a name before a cue after a quote: ,” Reyes said', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('Reyes', SPEAKER, 2);
    a.expectToken('said', CUE, { after: 'heard a word we said,”' });
  });

  it("scopes a cue and a name with an initial after an archive-style quote: ,'' said Thomas R. Vale", async () => {
    const a = await ScopedArticle.fromFixture('archive-style.article');
    a.expectToken('said', CUE);
    a.expectToken('Thomas R. Vale', SPEAKER);
  });

  it('scopes "according to" and the name after it', async () => {
    const a = await ScopedArticle.fromFixture('wire-reuters.article');
    a.expectToken('according to', CUE);
    a.expectToken('Tom Reyes', SPEAKER);
  });

  it('scopes a descriptive speaker at the end of a sentence: , officials said.', async () => {
    const a = await ScopedArticle.fromFixture('ap-style.news');
    a.expectToken('officials', SPEAKER);
    a.expectToken('said', CUE, { after: 'officials' });
  });

  it('keeps titles and particles inside a name: Secretary of State …, Ana de la Cruz', async () => {
    const a = await ScopedArticle.fromText('Secretary of State Lena Ortiz said in a statement. Ana de la Cruz told reporters.\n');
    a.expectToken('Secretary of State Lena Ortiz', SPEAKER);
    a.expectToken('Ana de la Cruz', SPEAKER);
    a.expectToken('told', CUE);
  });

  it('does not take a sentence-initial article or pronoun for part of a name', async () => {
    const a = await ScopedArticle.fromText('The Pentagon said it would reply. But Ortiz told reporters nothing.\n');
    a.expectToken('Pentagon', SPEAKER);
    a.expectNotScoped('The', SPEAKER);
    a.expectToken('Ortiz', SPEAKER);
    a.expectNotScoped('But', SPEAKER);
  });

  it('does not scope words inside a quotation as speakers or cues', async () => {
    const a = await ScopedArticle.fromText('“Nobody said Ortiz told us,” the clerk said.\n');
    a.expectNotScoped('Nobody said Ortiz told us', SPEAKER);
    a.expectNotScoped('Nobody said Ortiz told us', CUE);
  });

  it('does not take a weekday, a possessive or a page label for a speaker', async () => {
    const a = await ScopedArticle.fromText('Ortiz on Friday said the vote was close, according to Reyes’s notes.\n\nStory continues below advertisement\n');
    a.expectNotScoped('Friday', SPEAKER);
    a.expectToken('according to', CUE);
    a.expectNotScoped('Reyes’s', SPEAKER);
    a.expectNotScoped('Story continues', SPEAKER);
    a.expectNotScoped('Story continues', CUE);
  });

  it('does not take nouns that look like verbs for cues: Xi’s comments, the claims', async () => {
    const a = await ScopedArticle.fromText('But Ortiz’s comments and the Harbour claims drew little notice.\n');
    assert.deepStrictEqual(a.textsWithScope(CUE), []);
    assert.deepStrictEqual(a.textsWithScope(SPEAKER), []);
  });
});
