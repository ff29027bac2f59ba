import * as assert from 'node:assert/strict';
import { analyzeText, fixture, hasStatement, speakerOf, statement } from './core-helpers';

describe('core: quotations', () => {
  it('reads straight and curly double quotes', () => {
    const a = analyzeText('"The bridge is safe," the engineer said. “We checked every bolt,” she added.');
    assert.equal(statement(a, 'The bridge').content.text, 'The bridge is safe,');
    assert.equal(statement(a, 'We checked').content.text, 'We checked every bolt,');
  });

  it('tells apostrophes from single quotation marks', () => {
    const a = analyzeText(fixture('nairobi-market.article'));
    const q = statement(a, 'We have been here');
    assert.equal(q.kind, 'direct');
    assert.ok(q.content.text.endsWith('even if we wanted to,'), 'the quote runs past “couldn’t”');
    assert.ok(!hasStatement(a, "Neill, said"), "O'Neill opens no quote");
    assert.ok(!a.statements.some(s => s.content.text.startsWith(' Club')), "Supporters' closes no quote");
  });

  it('reads a plural possessive before a capitalised name inside single quotes as an apostrophe, and keeps a per cent sign', () => {
    const a = analyzeText('Rents\n\n‘The Renters’ Rights Act will end these evictions,’ Ann Leigh said. ‘We back the Crime Writers’ Association,’ she added. ' +
      'She said the measure passed on a turnout of 71%. Ann Leigh called it ‘a win for renters’ and left.');
    assert.equal(statement(a, 'The Renters').content.text, 'The Renters’ Rights Act will end these evictions,');
    assert.equal(statement(a, 'We back').content.text, 'We back the Crime Writers’ Association,');
    assert.equal(statement(a, 'the measure passed').content.text, 'the measure passed on a turnout of 71%');
    assert.equal(statement(a, 'a win for renters').kind, 'partial', 'a plural possessive still closes a quote when no other mark does');
  });

  it('keeps a nested quote inside its quote', () => {
    const a = analyzeText(fixture('nairobi-market.article'));
    const q = statement(a, 'They told us');
    assert.ok(q.content.text.includes('“soon”'));
    assert.ok(!a.statements.some(s => s.content.text === 'soon'), 'the nested quote is not a statement of its own');
  });

  it('reads a double quote nested in a double quote', () => {
    const a = analyzeText('“They call it “progress” and expect us to cheer,” the farmer said.');
    assert.equal(a.statements.filter(s => s.kind !== 'indirect').length, 1);
    assert.ok(statement(a, 'They call it').content.text.endsWith('to cheer,'));
  });

  it('reads a quote split around its attribution as two quotes of one speaker', () => {
    const a = analyzeText('“Nobody wins a long strike,” Grant said. “Not the workers, not the owners.”');
    assert.equal(statement(a, 'Nobody wins').speaker?.name, 'Grant');
    assert.equal(statement(a, 'Not the workers').speaker?.name, 'Grant');
  });

  it('reads the lower-case rest of a sentence quoted after its attribution as direct, like its first part', () => {
    const a = analyzeText('“We are building for people who do not live here yet,” Rosa Delgado said, “and forgetting the people who do.”');
    assert.equal(statement(a, 'and forgetting').kind, 'direct');
    assert.equal(statement(a, 'and forgetting').speaker?.name, 'Rosa Delgado');
    // after a narrated clause, lower-case quoted words stay partial
    const b = analyzeText('Delgado said the plan was “good for builders,” and added it was “bad for tenants.”');
    assert.equal(statement(b, 'bad for tenants').kind, 'partial');
  });

  it('ends a sentence at "no." unless a number follows', () => {
    const a = analyzeText('Rosa Delgado voted no. “We are building for people who do not live here yet,” she said. The vote was item No. 5 on the list.');
    assert.equal(statement(a, 'We are building').kind, 'direct');
    assert.equal(a.statements.length, 1);
  });

  it('gives words quoted inside a reported clause that clause’s cue, not a later one', () => {
    const a = analyzeText('Gareth Evans said the offer ‘would not even cover the rise in rents’, and warned that further action was possible.');
    const partial = statement(a, 'would not even cover');
    assert.equal(partial.kind, 'partial');
    assert.equal(partial.cue?.text, 'said');
    assert.equal(statement(a, 'further action').cue?.text, 'warned');
  });

  it('links the parts of one utterance: a quote split around its attribution, and a paragraph quoting on', () => {
    const a = analyzeText('Talks resume today.\n\n“Nobody wins a long strike,” union leader Dana Reed said. “Not the workers, not the owners.”\n\n“And the city loses most of all.”\n\nThe owners were not convinced. “We are ready,” said owner Tom Hale. He added, “Come back Monday.”\n\nReed called the offer “thin” and “late”.\n');
    const first = statement(a, 'Nobody wins'), second = statement(a, 'Not the workers'), third = statement(a, 'And the city');
    assert.equal(first.continues, undefined);
    assert.equal(second.continues, first.id);
    assert.equal(third.continues, second.id);
    assert.equal(statement(a, 'Come back Monday').continues, undefined, 'a cue of its own starts a new utterance');
    assert.equal(statement(a, 'We are ready').continues, undefined, 'another speaker');
    assert.equal(statement(a, 'late').continues, undefined, 'two fragments joined by words of the narrator');
  });

  it('links an utterance whose attribution says to whom, when or where (“…,” X told reporters. “…”)', () => {
    const a = analyzeText('Ferry vote\n\n“We heard the riders,” Mayor Alice Brennan told reporters. “The boats stay in the water.”\n\n' +
      '“It is a fair deal,” Reed said on Tuesday. “Both sides gave something.”\n\n' +
      '“We will vote no,” Hale said. Hale has sat on the council since 2019 and chairs its budget committee. “It costs too much.”');
    assert.equal(statement(a, 'The boats stay').continues, statement(a, 'We heard the riders').id);
    assert.equal(statement(a, 'Both sides').continues, statement(a, 'It is a fair deal').id);
    assert.equal(statement(a, 'It costs too much').continues, undefined, 'a sentence of narration between is no attribution');
  });

  it('links an utterance whose attribution ends with an appositive (“…,” said X, who chairs …. “…”)', () => {
    const a = analyzeText('“We will not back down,” said Councillor Ana Ruiz, who chairs the transit committee. “The riders deserve better.”');
    assert.equal(statement(a, 'The riders deserve').continues, statement(a, 'We will not back down').id);
  });

  it('reads a colon-introduced quote', () => {
    const a = analyzeText('The mayor told a news conference: “The water is safe to drink.”');
    const q = statement(a, 'The water is safe');
    assert.equal(q.kind, 'direct');
    assert.equal(q.cue?.text, 'told');
    assert.equal(q.speaker?.mention?.text, 'The mayor');
  });

  it('reads a sentence quoted after a colon as said, even after a naming word', () => {
    const a = analyzeText('The club posted a photo of the striker with two words: “I’m back.” Fans used the word “comeback” all week.');
    assert.equal(statement(a, 'I’m back.').kind, 'direct');
    assert.equal(statement(a, 'I’m back.').speaker?.name, 'club');
    assert.ok(!hasStatement(a, 'comeback'), 'a word named is not a statement');
  });

  it('attributes lower-case words to the known person whose possessive marks them', () => {
    const a = analyzeText('Elon Musk promised a cheaper car.\n\nTo avoid Musk’s “production hell” on the new line, Schuh hired more testers. Spielberg’s “Jaws” played on the bus.\n');
    const q = statement(a, 'production hell');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Elon Musk');
    assert.equal(q.speaker?.mention?.text, 'Musk');
    assert.ok(!hasStatement(a, 'Jaws'), 'a title after a possessive is a work, and Spielberg is nobody the article quotes');
  });

  it('knows a name first written in the possessive', () => {
    const a = analyzeText('Rival makers test Elon Musk’s company with cheaper cars.\n\nTo avoid Musk’s “production hell” on the new line, Schuh hired more testers.\n');
    assert.equal(statement(a, 'production hell').speaker?.name, 'Elon Musk');
  });

  it('attributes lower-case words after his or her to the person the sentence is about', () => {
    const a = analyzeText('Priya Nair spoke at the hearing.\n\nThen Lena Ortiz pulled Tom Hale aside and showed him her “secret weapon” before the other guests noticed her “bold” move.\n');
    const q = statement(a, 'secret weapon');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Lena Ortiz', 'the sentence opens with her, not with the last woman spoken of');
    assert.equal(q.speaker?.mention?.text, 'her');
    assert.ok(!hasStatement(a, 'bold'), 'quoted words that only modify the noun after them are no statement');
  });

  it('attributes lower-case words right after a known name to that person, but not an epithet or an object', () => {
    const a = analyzeText('Comedy night\n\nActors Nick Offerman and Megan Mullally told stories.\n\nOn their first date, Megan “lost the keys” and laughed. Fans remember Nick “the funniest man alive” from his show. The box held letters of Megan “lost” in the war.\n');
    const q = statement(a, 'lost the keys');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker?.name, 'Megan Mullally');
    assert.notEqual(a.statements.find(s => s.content.text.startsWith('the funniest'))?.speaker?.name, 'Nick Offerman', 'an epithet after a name is not that person’s words');
    assert.ok(!a.statements.some(s => s.content.text === 'lost'), 'a name after a preposition is no subject');
  });

  it('does not take an adverb opening the sentence for a given name', () => {
    const a = analyzeText('Comedy night\n\nMegan Mullally and Nick Offerman hosted.\n\nFinally Megan said the night was over.\n');
    assert.equal(statement(a, 'the night was over').speaker?.name, 'Megan Mullally');
  });

  it('leaves a few words quoted in a relative clause after the cue to the narrator', () => {
    const a = analyzeText('Winter fun\n\nThe carmaker posted a video on Friday in which a sedan shows off by doing “ice donuts” on a lake. The carmaker posted a video on Friday calling the lake “a dream track”. The budget, which nobody read, was “dead on arrival,” Lee said.\n');
    assert.ok(!hasStatement(a, 'ice donuts'), 'the carmaker did not say “ice donuts”');
    assert.equal(statement(a, 'a dream track').speaker?.name, 'carmaker', 'without the relative clause the words are the carmaker’s');
    assert.equal(statement(a, 'dead on arrival').speaker?.name, 'Lee', 'a relative clause before the cue leaves the quote to it');
  });

  it('reads a title-case name used as a modifier as no statement, but what a cue says stays said', () => {
    const a = analyzeText('Rally\n\nTom Hale took the stage with a “Vote Harbour First” tote bag as fans cheered. Rivals mailed excoriating “Dear Tom” letters. In one answer, Dana Reed said “Harbour” three times.\n');
    assert.ok(!hasStatement(a, 'Vote Harbour First'));
    assert.ok(!hasStatement(a, 'Dear Tom'));
    assert.equal(statement(a, 'Harbour').speaker?.name, 'Dana Reed');
  });

  it('reads expressive verbs after a quote as its cue, and a short quote after a sentence ending in a name (no nickname)', () => {
    const a = analyzeText('Rally\n\n“This is fantastic!” beamed Tom Hale of Halifax. “Not again,” Dana Reed muttered.\n');
    assert.equal(statement(a, 'This is fantastic!').speaker?.name, 'Tom Hale');
    assert.equal(statement(a, 'Not again').cue?.text, 'muttered');
  });

  it('reads a stray opening mark before a mid-sentence quote as stray', () => {
    const a = analyzeText('Golfers complain a lot. It is what they do: “They moan about “amateurs” setting a test they cannot pass.\n\n“We quit. “It was hard,” she said.\n');
    assert.ok(!hasStatement(a, 'They moan about'), 'the stray mark opens no quote of the sentence');
    const q = statement(a, 'We quit.');
    assert.ok(q.content.text.includes('It was hard'), 'after a sentence end the second mark is the stray one');
  });

  it('reads the name signing a quote after a dash as its speaker', () => {
    const a = analyzeText('Readers wrote in after the debate.\n\n“We need a plan for the river. Nobody has one.” ― Ana Ruiz\n“The debate was a circus.” — Tom Hale.\n\nThe crowd chanted “four more years” — Then the lights went out.\n');
    assert.equal(statement(a, 'We need a plan').speaker?.name, 'Ana Ruiz');
    assert.equal(statement(a, 'The debate was').speaker?.name, 'Tom Hale');
    assert.notEqual(a.statements.find(s => s.content.text === 'four more years')?.speaker?.name, 'Then');
  });

  it('reads the name (and outlet) opening a paragraph before a colon as the quote’s speaker', () => {
    const a = analyzeText('Columnists weighed in on the debate.\n\nKathleen Marsh, The Harbour Post: “The debate settled nothing. Both sides left angry.”\n\nTom Okafor: “A win for the mayor.”\n');
    assert.equal(statement(a, 'The debate settled').speaker?.name, 'Kathleen Marsh');
    assert.equal(statement(a, 'A win for').speaker?.name, 'Tom Okafor');
  });

  it('reads a quote over several paragraphs as one quote', () => {
    const text = fixture('ap-library-vote.article');
    const a = analyzeText(text);
    const q = statement(a, 'We are spending money');
    assert.ok(q.content.text.endsWith('We will see who was right.'), q.content.text);
    assert.equal(q.speaker?.name, 'Peter Hale');
  });

  it('reads a quote in single marks over several paragraphs as one quote, each paragraph reopening it', () => {
    const a = analyzeText('Hit-and-run\n\nDet Sgt Lisa Kowalski said: ‘The driver failed to stop. I would urge them to do the right thing.\n\n' +
      '‘I would also ask anyone with dashcam footage to call us.’\n\nFamily tribute\n\n‘Mum spent her life helping others,’ the family said. ‘No one should be treated like that.\n\n' +
      '‘We hope lessons are learned.’\n\nThe trust apologised. ‘It was a dry summer,’ a farmer said. ‘Nobody came.\n\nThe road reopened on Monday.\n');
    const appeal = statement(a, 'The driver failed to stop');
    assert.equal(appeal.kind, 'direct');
    assert.ok(appeal.content.text.endsWith('to call us.'), appeal.content.text);
    assert.equal(appeal.speaker?.name, 'Lisa Kowalski');
    assert.ok(!a.speakers.some(s => s.name === 'the writer'), 'the first person inside the quote is no narrator');
    assert.ok(statement(a, 'No one should be treated').content.text.endsWith('lessons are learned.'));
    assert.ok(!hasStatement(a, 'The road reopened'), 'a paragraph that does not reopen the quote is narration');
  });

  it('reads a name after `known … as the` as no statement, and no clause after `to complain, with several saying`', () => {
    const a = analyzeText('Obituary\n\nKnown to readers as the ‘Queen of Crime’ – a title she claimed to dislike – Ann Lee wrote 40 novels. ' +
      'Her tax, what became known as the “Lee rule,” was popular. Parents took to social media to complain, with several saying they had not been told.');
    assert.ok(!hasStatement(a, 'Queen of Crime') && !hasStatement(a, 'Lee rule'));
    assert.ok(!a.statements.some(s => s.cue?.text === 'complain'));
    assert.equal(statement(a, 'they had not been told').cue?.text, 'saying');
  });

  it('reads a sentence quoted after a cue, its listener and when or where it was said as a direct quote', () => {
    const a = analyzeText('Court pick\n\nAs one Republican senator told me over lunch last week, "I do not like it, but I will vote for it." ' +
      'Trump told the Washington Post in a written statement, "I do not want his endorsement." As the Beacon called them in an article last week, "Manchurian anchors" are on the air.');
    assert.equal(statement(a, 'I do not like it').kind, 'direct');
    assert.equal(statement(a, 'I do not want his endorsement').kind, 'direct');
    assert.equal(statement(a, 'Manchurian anchors').kind, 'partial', 'what someone is called is a name');
  });

  it('reads partial quotes inside a sentence', () => {
    const a = analyzeText('The minister hailed “real progress” on Monday. Talks had been “candid and constructive”, he added.');
    assert.equal(statement(a, 'real progress').kind, 'partial');
    assert.equal(statement(a, 'real progress').cue?.text, 'hailed');
    assert.equal(statement(a, 'candid and').kind, 'partial');
  });

  it('reads lower-case words after a document that a cue calls them as a verdict, not a title', () => {
    const a = analyzeText('Mayor Ann Lee called the report “deeply flawed” on Monday. Critics used the term “woke” twice.');
    assert.equal(statement(a, 'deeply flawed').kind, 'partial');
    assert.equal(statement(a, 'deeply flawed').speaker?.name, 'Ann Lee');
    assert.ok(!hasStatement(a, 'woke'));
    // a naming verb right after a noun names it
    assert.ok(!hasStatement(analyzeText('She formed a group called “moms for safe streets” last year.'), 'moms'));
  });

  it('does not take titles of works, scare quotes or nicknames for statements', () => {
    const a = analyzeText(fixture('miami-festival.article'));
    assert.ok(!hasStatement(a, 'Rising Dough'), 'a documentary title');
    assert.ok(!hasStatement(a, 'bread tax'), 'a so-called term');
    assert.ok(!hasStatement(a, 'Biscuit'), 'a nickname');
    assert.ok(hasStatement(a, 'a gift to small bakeries'), 'a real partial quote in the same article');
  });

  it('does not take a work named before its star, or a show after "interview with", for a statement', () => {
    const a = analyzeText('“Harbour Lights” star Mina Okoro opened up about her childhood. “I was shy for years,” she said in an interview with “Morning Desk.”');
    assert.ok(!hasStatement(a, 'Harbour Lights'));
    assert.ok(!hasStatement(a, 'Morning Desk'));
    assert.equal(statement(a, 'I was shy').speaker?.name, 'Mina Okoro');
  });

  it('does not take the name of a show for a statement', () => {
    const a = analyzeText('“We will win,” the senator said on Channel 9’s “Morning Report,” before leaving.');
    assert.ok(!hasStatement(a, 'Morning Report'));
    assert.ok(hasStatement(a, 'We will win'));
  });

  it("reads two apostrophes ('') as a quotation mark", () => {
    const a = analyzeText("''We will win this seat,'' Ms. Ortega said.");
    assert.equal(statement(a, 'We will win').content.text, 'We will win this seat,');
  });

  it('ends a quote that never closes at its paragraph', () => {
    const text = 'The union met on Monday.\n\nIts leader said: “We will not stop\n\nThe vote is on Friday.';
    const a = analyzeText(text);
    assert.equal(statement(a, 'We will not').content.text, 'We will not stop');
  });

  it('ignores quotation marks in markup attributes', () => {
    const a = analyzeText('<tweet id="12345" author="@someone">“We are ready,” the team wrote.</tweet>');
    assert.ok(!hasStatement(a, '12345'));
    assert.ok(hasStatement(a, 'We are ready'));
  });

  it('ignores quotes in a subheading, which repeat the article', () => {
    const a = analyzeText('The coach spoke after the game.\n\n‘They owned us’\n\n“They owned us tonight,” the coach said.');
    assert.equal(a.statements.filter(s => s.content.text.startsWith('They owned us')).length, 1);
  });

  describe('offsets in UTF-16 code units', () => {
    const body = '“We won 😀 today,” said Ana Silva.\n\nShe said the team had trained for a year.';
    for (const [name, text] of [['CRLF', body.replace(/\n/g, '\r\n')], ['a BOM', '\uFEFF' + body], ['emoji', '👩‍👩‍👧 ' + body]] as const) {
      it(`keeps spans exact with ${name}`, () => {
        const a = analyzeText(text);
        const q = statement(a, 'We won');
        assert.equal(q.content.text, 'We won 😀 today,');
        assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
        assert.equal(statement(a, 'the team had trained').speaker?.name, 'Ana Silva');
      });
    }
  });
});

describe('core: a show named with an ampersand', () => {
  it('reads `on Fox News Channel’s “Fox & Friends,”` as a show’s name, no statement', () => {
    const a = analyzeText('Bill\n\nWednesday on Fox News Channel’s “Fox & Friends,” Rep. Ann Lee discussed a bill on what Director Tom Ruiz described as “extreme carelessness” with secrets.');
    assert.ok(!a.statements.some(s => s.content.text.includes('Friends')));
  });
});

describe('reported speech: a quantity in words after `about`', () => {
  it('reports `said about a quarter had been found` and `said nearly half were recovered`, not `spoke about a dozen times`', () => {
    const a = analyzeText('Jewels\n\nAsked about the jewels, Lloyd said about a quarter had been found in a storage unit. Ruiz said nearly half of the pieces were recovered. Lloyd spoke about a dozen times with the families.');
    const reported = a.statements.filter(s => s.kind === 'indirect').map(s => s.content.text);
    assert.deepEqual(reported, ['about a quarter had been found in a storage unit', 'nearly half of the pieces were recovered']);
  });
});

describe('not statements: titles of works with a comma inside the marks, or opening a sentence as its subject', () => {
  it('reads no statement in `about “Winter at Calloway House,” which opened Friday` or `“Winter at Calloway House” runs through March 30`', () => {
    const a = analyzeText('Review\n\nThe first thing you notice about "Winter at Calloway House," which opened Friday at the Lyric, is the silence.\n\n"Winter at Calloway House" runs through March 30 at the Lyric.');
    assert.deepEqual(a.statements.map(s => s.content.text), []);
  });

  it('still reads a title-case quote with its cue (`“Never Again,” she said`)', () => {
    const a = analyzeText('Vote\n\nAnn Lee was asked about the vote. "Never Again," she said.');
    assert.ok(hasStatement(a, 'Never Again'));
  });
});

describe('reported speech: two initials inside a sentence', () => {
  it('keeps `J.R. Hollingsworth` inside the reported clause, while `the U.S.` still ends a sentence', () => {
    const a = analyzeText("Resign\n\nCrestline's chief executive, J.R. Hollingsworth, resigned on Thursday night, according to a person familiar with the matter. The plant moved to the U.S. The company said it would hire 400 workers.");
    assert.ok(hasStatement(a, "Crestline's chief executive, J.R. Hollingsworth, resigned on Thursday night"));
    assert.ok(hasStatement(a, 'it would hire 400 workers'));
  });
});

describe('reported speech: `deny` someone something', () => {
  it('reads `while denying them overtime` inside the clause alleged, not as a cue that ends it', () => {
    const a = analyzeText("Suit\n\nThe complaint alleges that Quickcart controlled the drivers' schedules, routes and pay while denying them overtime. Ann Lee denied that she had taken the money.");
    assert.ok(hasStatement(a, "Quickcart controlled the drivers' schedules, routes and pay while denying them overtime"));
    assert.ok(hasStatement(a, 'she had taken the money'));
  });

  it('keeps `Lee` a person when `it` is what Lee denied (`Lee denied it, saying …`)', () => {
    const a = analyzeText('Claim\n\nThe judge denied him bail. Lee denied it, saying the claim was false.');
    assert.equal(a.speakers.find(s => s.name === 'Lee')?.kind, 'person');
  });
});

describe('reported speech: a belief denied inside what someone said', () => {
  it('reads `He said police did not believe there were other victims` as one statement, not also the police saying there were', () => {
    const a = analyzeText('Victims\n\nInspector Ann Lee spoke on Monday. She said police did not believe there were other victims. Officers never thought the man was dangerous, Lee said.');
    assert.deepEqual(a.statements.map(s => s.content.text), ['police did not believe there were other victims', 'Officers never thought the man was dangerous']);
  });
});

describe('reported speech: a second verb of a body described or named', () => {
  it('reports `The Regional District of Peace-Skeena issued the order at 6:15 p.m. and said …` and `The district issued … and said …`', () => {
    const a = analyzeText('Fire\n\nThe Regional District of Peace-Skeena issued the evacuation order at 6:15 p.m. and said an evacuation alert was in effect for 300 homes.\n\nThe district issued a second order on Monday and said an alert was in effect for 90 more.');
    assert.equal(speakerOf(a, 'an evacuation alert was in effect for 300 homes'), 'Regional District of Peace-Skeena');
    assert.equal(a.speakers.find(s => s.name === 'Regional District of Peace-Skeena')?.kind, 'organization');
    assert.ok(hasStatement(a, 'an alert was in effect for 90 more'));
  });
});

describe('reported speech: findings of people named after a title whose work is finding things out', () => {
  it('reports `Economist Ann Lee found that …` and `the political scientists Andrew Gelman and David Rothschild found that …`, not `Ann Lee found that …`', () => {
    const a = analyzeText('Polls\n\nEconomist Ann Lee found that wages had stalled for a decade. In a 2014 paper, the political scientists Andrew Gelman and David Rothschild found that polls overstated swings. Tom Ruiz found that his keys were gone.');
    assert.equal(speakerOf(a, 'wages had stalled for a decade'), 'Ann Lee');
    assert.equal(speakerOf(a, 'polls overstated swings'), 'Andrew Gelman and David Rothschild');
    assert.ok(!hasStatement(a, 'his keys were gone'));
  });
});

describe('reported speech: told a court, a jury or a house', () => {
  it('reports the clause after `told the jury`, `told the court` and `told the House` without `that`', () => {
    const a = analyzeText('Trial\n\nProsecutor Ian Marsh told the jury the accused had lied about the money. Crown prosecutor Helena Dusseault told the court the transfers were "the spine of this case." Ann Lee told the House the bill was dead.');
    assert.equal(speakerOf(a, 'the accused had lied about the money'), 'Ian Marsh');
    assert.equal(speakerOf(a, 'the transfers were'), 'Helena Dusseault');
    assert.equal(speakerOf(a, 'the bill was dead'), 'Ann Lee');
  });
});

describe('reported speech: evidence a court heard', () => {
  it('reports what `the court heard`, `the jury was told` and `a coroner has been told that` without naming a speaker, and no one else hearing or told', () => {
    const a = analyzeText('Fraud\n\nThe court heard that Simmons had sold the car twice in one week. Prosecutor Ann Vale said the buyer lost £9,000.\n\n' +
      'Delroy Simmons, 52, sold the same van to three buyers, the court was told. The jury was told the lorry had been reported stolen two days earlier. ' +
      'A coroner has been told that a council ranger raised concerns about the weir. The tribunal heard evidence that the manager had shredded the files.\n\n' +
      'Residents were told to leave their homes. She heard the news on Tuesday and said nothing had changed.');
    for (const words of ['Simmons had sold the car', 'Delroy Simmons, 52, sold the same van', 'the lorry had been reported stolen', 'a council ranger raised concerns', 'the manager had shredded the files']) {
      const s = statement(a, words);
      assert.equal(s.kind, 'indirect');
      assert.equal(s.speaker, null, `no one named said "${words}"`);
    }
    assert.equal(statement(a, 'the lorry had been').cue?.text, 'told');
    assert.equal(speakerOf(a, 'the buyer lost'), 'Ann Vale', 'the prosecutor after the court is still the speaker');
    assert.ok(!a.statements.some(s => /^(to leave|the news)/.test(s.content.text)));
  });
});

describe('reported speech: alleging and accusing as participles', () => {
  it('reports what `…, alleging that …` and `…, accusing X of …` say for the subject of the sentence', () => {
    const a = analyzeText('Suits\n\nForty tenants of the Larkspur building have sued their landlord, alleging that he ignored a broken boiler for three winters.\n\nKofi Mensah resigned on Friday, alleging the board had lied to him.\n\nThe head of the library, Rosa Lind, has resigned after 19 years, accusing the board of creating a "hostile and demoralizing" workplace.');
    assert.equal(speakerOf(a, 'he ignored a broken boiler'), 'Forty tenants of the Larkspur building');
    assert.equal(speakerOf(a, 'the board had lied to him'), 'Kofi Mensah');
    assert.equal(speakerOf(a, 'the board of creating'), 'Rosa Lind');
    assert.equal(speakerOf(a, 'hostile and demoralizing'), 'Rosa Lind');
  });
});

describe('reported speech: told a listener, then the clause without `that`', () => {
  it('reads councillors, trustees and commissioners as listeners, and a later `that` inside the clause as no complementiser', () => {
    const a = analyzeText('Park\n\nHilda Brandt told councilors the park would bring noise. Omar Reyes told trustees the school was full. Tom Ueda told commissioners the plan was dead.\n\nTom Keane told the inquest he had raised it that year. He told reporters he had seen the report that showed the leak.');
    assert.equal(speakerOf(a, 'the park would bring noise'), 'Hilda Brandt');
    assert.equal(speakerOf(a, 'the school was full'), 'Omar Reyes');
    assert.equal(speakerOf(a, 'the plan was dead'), 'Tom Ueda');
    assert.equal(statement(a, 'he had raised it').content.text, 'he had raised it that year');
    assert.equal(statement(a, 'he had seen the report').content.text, 'he had seen the report that showed the leak');
  });

  it('reads past a possessive of when before the listener: `told Tuesday night’s meeting the area had …`', () => {
    const a = analyzeText("Dogs\n\nCr Dimitri Papadakis told Tuesday night's meeting the area had more registered dogs per head than anywhere in NSW.");
    assert.equal(statement(a, 'the area had').content.text, 'the area had more registered dogs per head than anywhere in NSW');
  });
});

describe('reported speech: questions asked', () => {
  it('reports `asked whether …`, `asked the witness if …`, `questioned whether …` and `wondered why …` from the question word, and no directive or object as a question', () => {
    const a = analyzeText('Trial\n\nDefence lawyer Amos Kerr asked whether the witness had been drinking. He asked her why she had left.\n\nTrustee Mei Lin questioned whether the board had looked at other sites. She wondered why the vote had been delayed.\n\nAnn Lee asked him a question. She asked residents to conserve water. The senator questioned the numbers.');
    assert.equal(statement(a, 'whether the witness').speaker?.name, 'Amos Kerr');
    assert.equal(statement(a, 'why she had left').cue?.text, 'asked');
    assert.equal(speakerOf(a, 'whether the board had looked'), 'Mei Lin');
    assert.equal(speakerOf(a, 'why the vote had been delayed'), 'Mei Lin');
    assert.ok(!a.statements.some(s => /^(a question|the numbers)/.test(s.content.text)));
  });

  it('gives `We asked our readers …` to the writer, as `I asked …`', () => {
    const a = analyzeText('Poll\n\nBy Dana Ortiz\n\nWe asked our readers which candidate won the debate.');
    assert.equal(statement(a, 'which candidate won').speaker?.name, 'Dana Ortiz');
  });
});

describe('reported speech: a clause opening with an approximate or compared quantity', () => {
  it('reports `said about 300 workers lost their jobs` and `says more than 2 million people have used its app`, not `said more than ever`', () => {
    const a = analyzeText('Jobs\n\nAnna Berg said about 300 workers lost their jobs. Tom Ruiz said more than 300 workers would lose their jobs.\n\nBrisa Labs has about 200 employees. It says more than 2 million people have used its app.\n\nLena Fox said more than ever. She talked about 300 times.');
    assert.equal(speakerOf(a, 'about 300 workers lost their jobs'), 'Anna Berg');
    assert.equal(speakerOf(a, 'more than 300 workers would lose'), 'Tom Ruiz');
    assert.equal(speakerOf(a, 'more than 2 million people'), 'Brisa Labs');
    assert.ok(!a.statements.some(s => /^(more than ever|300 times)/.test(s.content.text)));
  });
});

describe('reported speech: agreeing to a deal, and a view not all hold', () => {
  it('reports no fee or contract agreed, nor what `Not all economists agree that …`, but `agreed that …` and `All economists agree that …`', () => {
    const a = analyzeText('Transfer\n\nAtletico Norte have agreed a fee of 30 million euros with Benfica Sul for the defender. The board has agreed a new contract with the coach.\n\nNot all economists agree that the recession is over. Most analysts agree that rates will fall. The mayor agreed that the plan was flawed.');
    assert.ok(!a.statements.some(s => /^(a fee|a new contract|the recession is over)/.test(s.content.text)));
    assert.equal(speakerOf(a, 'rates will fall'), 'Most analysts');
    assert.equal(speakerOf(a, 'the plan was flawed'), 'mayor');
  });
});

describe('quotes: words printed on signs and shirts', () => {
  it('takes no statement from `T-shirts reading “…”` or `signs that read “…”`, and keeps the speaker quoted next', () => {
    const a = analyzeText('School\n\nTrustee Tom Wisniewski said the school must stay open. Several parents wore T-shirts reading "Birchwood Belongs to Us." Many carried signs that read "Not in Our Backyard." Workers carried banners saying, "Merger today, layoffs tomorrow."\n\n"We will be back," Wisniewski said.');
    assert.ok(!a.statements.some(s => /Belongs to Us|Not in Our Backyard|Merger today/.test(s.content.text)));
    assert.equal(speakerOf(a, 'We will be back'), 'Tom Wisniewski');
  });
});

describe('reported speech: a clause saying when, and `warning` as a noun', () => {
  it('runs what was said past `after a neighbour reported …`, and reads `warning signs` and `without warning` as no cue', () => {
    const a = analyzeText('Shots\n\nPolice said officers went to the house after a neighbour reported hearing screams.\n\nInes Duarte said the council had since put up a fence and warning signs at the pond. Tom Hale said the guard fired a shot without warning.');
    assert.equal(statement(a, 'officers went to the house').content.text, 'officers went to the house after a neighbour reported hearing screams');
    assert.equal(statement(a, 'the council had since').content.text, 'the council had since put up a fence and warning signs at the pond');
    assert.equal(statement(a, 'the guard fired').content.text, 'the guard fired a shot without warning');
    assert.ok(!a.statements.some(s => s.cue?.text === 'warning'));
  });
});

describe('reported speech: the writer’s word on what was said, after a comma', () => {
  it('ends what was said before `, a point likely to …`, `, a pattern seen in …`, `, an injury the team had not disclosed`, but not before an appositive inside the clause', () => {
    const a = analyzeText('Merger\n\nChairwoman Lidia Sorel said the merger would protect 4,000 jobs in Lyon, a point likely to be watched closely by the unions. Professor Anna Roth added that the firm was likely to offer concessions, a pattern seen in previous cases.\n\n' +
      'Coach Dana Wells said that the striker had played through a sprained wrist, an injury the team had not disclosed. Tom Lee said that CNN, a network that he loves, has done an awful job. Ann Lee said she had a plan, a bold one.');
    assert.equal(statement(a, 'the merger would protect').content.text, 'the merger would protect 4,000 jobs in Lyon');
    assert.equal(statement(a, 'the firm was likely').content.text, 'the firm was likely to offer concessions');
    assert.equal(statement(a, 'the striker had played').content.text, 'the striker had played through a sprained wrist');
    assert.equal(statement(a, 'CNN, a network').content.text, 'CNN, a network that he loves, has done an awful job');
    assert.equal(statement(a, 'she had a plan').content.text, 'she had a plan, a bold one');
  });
});

describe('cues: more verbs that report a clause after `that`', () => {
  it('reports `demanded`, `objected`, `disagreed`, `pleaded`, `mused`, `whispered`, `shouted`, `emailed parents`, `texted staff` and `elaborated … that`, and `twice said`', () => {
    const a = analyzeText('Board\n\nCouncillor Ivo Maric objected that the report was out of date. Trustee Ann Lee disagreed that the plan was fair. Tom Ruiz demanded that the vote be held again. Lena Fox mused that the fight might never end. Principal Ada Kerr emailed parents that the school would close early. Her deputy, Sam Orr, texted staff that the buses were late. Judge Ruth Oke twice said the trial would run late.\n\n' +
      'Wallnau elaborated on the message he felt the Lord was seeking to convey. Obama emailed Clinton at the address she was using. The union demanded a recount.');
    assert.equal(speakerOf(a, 'the report was out of date'), 'Ivo Maric');
    assert.equal(speakerOf(a, 'the plan was fair'), 'Ann Lee');
    assert.equal(speakerOf(a, 'the vote be held again'), 'Tom Ruiz');
    assert.equal(speakerOf(a, 'the fight might never end'), 'Lena Fox');
    assert.equal(speakerOf(a, 'the school would close early'), 'Ada Kerr');
    assert.equal(speakerOf(a, 'the buses were late'), 'Sam Orr');
    assert.equal(speakerOf(a, 'the trial would run late'), 'Ruth Oke');
    assert.ok(!a.statements.some(s => /^(he felt the Lord|she was using|a recount|Obama emailed)/.test(s.content.text)));
  });
});

describe('cues: remembering someone as, a magistrate’s finding, a statement read', () => {
  it('gives `remembers her as “…”` to who remembers, `The magistrate found she was “…”` to the magistrate, and `“…,” the statement read` to who gave it', () => {
    const a = analyzeText('Court\n\n"We won," Coach Ama Boateng said.\n\nHer old teammate, Rita Solis, remembers her as "the loudest player on any pitch."\n\n' +
      'The magistrate found she was "genuinely sorry" and unlikely to reoffend.\n\nThe victim, a doorman named Tom Reyes, gave a statement to the court. "I go to work to keep people safe," the statement read.\n\nThe sign read "Closed for renovations." He read the letter aloud.');
    assert.equal(speakerOf(a, 'the loudest player'), 'Rita Solis');
    assert.equal(speakerOf(a, 'genuinely sorry'), 'magistrate');
    assert.equal(statement(a, 'I go to work').cue?.text, 'read');
    assert.notEqual(speakerOf(a, 'I go to work'), 'Rita Solis');
    assert.ok(!a.statements.some(s => /Closed for renovations/.test(s.content.text)));
  });
});

describe('cues: a second cue joined by `but` after a `that` clause', () => {
  it('gives `acknowledged that the launch was late but said it would ship` two statements of one speaker, whom `he` means next', () => {
    const a = analyzeText('Launch\n\nTomas Reyes acknowledged that the launch was late but said it would ship in May. "We will make it," he said.');
    assert.equal(statement(a, 'the launch was late').content.text, 'the launch was late');
    assert.equal(speakerOf(a, 'it would ship in May'), 'Tomas Reyes');
    assert.equal(speakerOf(a, 'We will make it'), 'Tomas Reyes');
  });
});

describe('reported speech: a per cent sign before the frame after it', () => {
  it('keeps `%` in `Quarterly sales fell 1.8%, the retailer said`', () => {
    const a = analyzeText('Sales\n\nQuarterly sales fell 1.8%, the retailer said. Margins rose 40 basis points, it said.');
    assert.equal(statement(a, 'Quarterly sales fell').content.text, 'Quarterly sales fell 1.8%');
  });
});

describe('reported speech: a cue-like word that is a noun after `and`', () => {
  it('runs past `and other charges` and `and continued health coverage`, but still parts `and warned that …`', () => {
    const a = analyzeText('Cuts\n\nThe insurer said in a filing that the cuts would cost about $90 million in severance and other charges. The bank said it would offer laid-off workers 12 weeks of pay and continued health coverage through June. Rita Ames said the vote had been fair and warned that turnout was low.');
    assert.equal(statement(a, 'the cuts would cost').content.text, 'the cuts would cost about $90 million in severance and other charges');
    assert.equal(statement(a, 'it would offer').content.text, 'it would offer laid-off workers 12 weeks of pay and continued health coverage through June');
    assert.equal(statement(a, 'the vote had been fair').content.text, 'the vote had been fair');
    assert.equal(speakerOf(a, 'turnout was low'), 'Rita Ames');
  });
});

describe('cues: speaking kept up or counted, a second cue, a list before a participle', () => {
  it('reads `kept insisting`, `continued arguing` and `several times warned` with the speaker before them', () => {
    const a = analyzeText('Depot\n\nThe principal kept reminding staff that the inspection was coming. Warden Ivo Tan kept insisting the gate was locked. ' +
      'Mayor Ann Ruiz several times warned that the bridge was unsafe. Ruiz continued arguing that the repairs could wait.');
    assert.equal(speakerOf(a, 'the inspection was coming'), 'principal');
    assert.equal(speakerOf(a, 'the gate was locked'), 'Ivo Tan');
    assert.equal(speakerOf(a, 'the bridge was unsafe'), 'Ann Ruiz');
    assert.equal(speakerOf(a, 'the repairs could wait'), 'Ann Ruiz');
  });

  it('reads a cue in the progressive (`is insisting`, `were saying`, `is continuing to insist`), not a thing that is', () => {
    const a = analyzeText('Depot\n\nMayor Ann Ruiz is insisting that the bridge is safe. Her critics were saying the repairs could wait. ' +
      'Councillor Ivo Tan is continuing to argue the toll is unfair. The hard part is telling drivers the truth.');
    assert.equal(speakerOf(a, 'the bridge is safe'), 'Ann Ruiz');
    assert.equal(statement(a, 'the bridge is safe').cue?.text, 'insisting');
    assert.equal(speakerOf(a, 'the repairs could wait'), 'Ann Ruiz’s critics');
    assert.equal(speakerOf(a, 'the toll is unfair'), 'Ivo Tan');
    assert.ok(!a.statements.some(s => s.content.text.includes('the truth')));
  });

  it('ends a reported clause where the speaker’s next act or the main clause begins, and reads `pivoted to arguing`', () => {
    const a = analyzeText('Depot\n\nEven as Mayor Ann Ruiz has said she opposes new tolls, her council keeps raising fees. ' +
      'Lawyers for the city said this week that they would miss the deadline, and requested another month. ' +
      'Police said the driver fled on foot, and was caught an hour later. Councillor Ivo Tan pivoted to arguing that the bridge was unsafe.');
    assert.equal(statement(a, 'she opposes').content.text, 'she opposes new tolls');
    assert.equal(statement(a, 'they would miss').content.text, 'they would miss the deadline');
    assert.equal(statement(a, 'the driver fled').content.text, 'the driver fled on foot, and was caught an hour later');
    assert.equal(speakerOf(a, 'the bridge was unsafe'), 'Ivo Tan');
  });

  it('reads a trailing frame after words describing its name (`the state news agency TASS reported`, `its governor X said`) and `he pointed out`', () => {
    const a = analyzeText('War\n\nMore than 190,000 people had signed contracts this year, the state news agency TASS reported. ' +
      'Russian shelling killed one person in the Kharkiv region, its governor Oleh Lytvynenko said. Maarten Hofstede spoke later. The institute was not a party to the case, he pointed out.');
    assert.equal(speakerOf(a, 'More than 190,000 people'), 'TASS');
    assert.equal(statement(a, 'Russian shelling killed').content.text, 'Russian shelling killed one person in the Kharkiv region');
    assert.equal(speakerOf(a, 'Russian shelling killed'), 'Oleh Lytvynenko');
    assert.equal(speakerOf(a, 'The institute was not a party'), 'Maarten Hofstede');
  });

  it('reads `, called DV Consulting Services,` as a name given, no frame inverted before its speaker', () => {
    const a = analyzeText('Fraud\n\nThe indictment alleges that Vollmer wrote checks to a shell company she controlled, called DV Consulting Services, and disguised the payments as fees.');
    assert.equal(statement(a, 'Vollmer wrote checks').content.text, 'Vollmer wrote checks to a shell company she controlled, called DV Consulting Services, and disguised the payments as fees');
    assert.ok(!a.speakers.some(s => s.name === 'DV Consulting Services'));
  });

  it('reads no clause in when a trailing frame was spoken and a participle after it (`the government said last week, marking …`)', () => {
    const a = analyzeText('Prices\n\nConsumer prices rose 3.4% in May from a year earlier, the government said last week, marking three years above target.');
    assert.equal(statement(a, 'Consumer prices').content.text, 'Consumer prices rose 3.4% in May from a year earlier');
    assert.equal(a.statements.length, 1);
  });

  it('reads a gerund opening a clause before its verb in the past as its subject (`Shelling killed …, officials said`)', () => {
    const a = analyzeText('War\n\nShelling killed one person in the region, officials said. Fighting erupted on Monday near the border, the army said. ' +
      'Growing concerned about the delays, the council said it would act.');
    assert.equal(speakerOf(a, 'Shelling killed one person'), 'officials');
    assert.equal(speakerOf(a, 'Fighting erupted'), 'army');
    assert.equal(statement(a, 'it would act').content.text, 'it would act');
    assert.equal(a.statements.length, 3);
  });

  it('joins no cue at an `and` inside a quotation, before a second infinitive, or on a noun after a verb in -ing', () => {
    const a = analyzeText('Money\n\nHe said she had been paid "millions and millions" to tell bankers what they wanted to hear. ' +
      'Staff have been calling delegates to gauge their support and to remind them of their obligations, three members said. ' +
      'He said the ads could force Park to spend time and money defending states he should have won.');
    assert.equal(statement(a, 'she had been paid').content.text, 'she had been paid "millions and millions" to tell bankers what they wanted to hear');
    assert.equal(statement(a, 'Staff have been').content.text, 'Staff have been calling delegates to gauge their support and to remind them of their obligations');
    assert.equal(statement(a, 'the ads could force').content.text, 'the ads could force Park to spend time and money defending states he should have won');
    assert.ok(!a.statements.some(s => s.cue?.text === 'states' || s.cue?.text === 'remind'));
  });

  it('keeps a second predicate in the reported clause: a passive after `and`, and a clause after `and because`', () => {
    const a = analyzeText('Lanes\n\nOkonkwo said the zones have worked well and could be added elsewhere. The council says grocers don\'t control sizes and shouldn\'t be asked to police them. ' +
      'Kilabuk said she has lost sales because photos load slowly and because video calls often freeze. Lee said the plan was dead and urged senators to reject it.');
    assert.equal(statement(a, 'the zones have').content.text, 'the zones have worked well and could be added elsewhere');
    assert.equal(statement(a, 'grocers don').content.text, 'grocers don\'t control sizes and shouldn\'t be asked to police them');
    assert.equal(statement(a, 'she has lost sales').content.text, 'she has lost sales because photos load slowly and because video calls often freeze');
    assert.equal(statement(a, 'the plan was dead').content.text, 'the plan was dead');
  });

  it('reads `charged that …` as a cue, and `charged the driver with careless driving` as none', () => {
    const a = analyzeText('Race\n\nAnn Lee charged on Monday that the billionaire was not fit to lead. Police charged the driver with careless driving. ' +
      'The company charged customers more than $40.');
    assert.equal(speakerOf(a, 'the billionaire was not fit to lead'), 'Ann Lee');
    assert.equal(a.statements.length, 1);
  });

  it('ends a reported clause at `, and he` with an adverb of what came next (`has since`, `again`), not at `, and he would`', () => {
    const a = analyzeText('Funds\n\nSen. Tom Park said in May that he would no longer fund his campaign, and he has since attended a series of events in Texas. ' +
      'Park promised the crowd that he would bring back jobs, and he again attacked Ann Lee. Park said the plan was dead, and he would vote against it.');
    assert.equal(statement(a, 'he would no longer').content.text, 'he would no longer fund his campaign');
    assert.equal(statement(a, 'he would bring back').content.text, 'he would bring back jobs');
    assert.equal(statement(a, 'the plan was dead').content.text, 'the plan was dead, and he would vote against it');
  });

  it('reads a clause after `said about 70,000 …`, `said early warning systems …` and `said outside court that …`', () => {
    const a = analyzeText('Workers\n\nUnion president Jaime Rodrigues said about 70,000 temporary workers come to the province each year. ' +
      'Dr. Farah Qureshi said early warning systems can lead to alarm fatigue. Lawyer Amina Yusuf said outside court that the ruling was fair. ' +
      'Rodrigues said about 30 times a day.');
    assert.equal(statement(a, 'about 70,000').content.text, 'about 70,000 temporary workers come to the province each year');
    assert.equal(speakerOf(a, 'early warning systems'), 'Farah Qureshi');
    assert.equal(statement(a, 'the ruling was fair').content.text, 'the ruling was fair');
    assert.ok(!a.statements.some(s => s.content.text.includes('30 times')));
  });

  it('reads a clause after a quantity of people: `said about 15 people stayed`, `said more than 80 people took part`', () => {
    const a = analyzeText('Search\n\nVolunteers said about 15 people stayed overnight. Undersheriff Calvin Pryor said more than 80 people took part over two days. ' +
      'Pryor said over 40 women joined the search. The chief said children came first.');
    assert.equal(statement(a, 'about 15 people').content.text, 'about 15 people stayed overnight');
    assert.equal(speakerOf(a, 'more than 80 people took part'), 'Calvin Pryor');
    assert.equal(speakerOf(a, 'over 40 women joined the search'), 'Calvin Pryor');
    assert.equal(statement(a, 'children came first').content.text, 'children came first');
  });

  it('reads `shot back` after a question, `summed it up:` and `can be heard saying`', () => {
    const a = analyzeText('Hearing\n\nCouncillor Piet Vanderhoek questioned the mayor. “Then why are you here?” Vanderhoek shot back. ' +
      'One voter summed it up: “We are tired.” On a recording, campaign aide Tomas Kosinski can be heard saying, “They believe anything.”');
    assert.equal(speakerOf(a, 'Then why are you here?'), 'Piet Vanderhoek');
    assert.equal(speakerOf(a, 'We are tired.'), 'One voter');
    assert.equal(speakerOf(a, 'They believe anything.'), 'Tomas Kosinski');
  });

  it('reports no participle or subjectless verb after a source set in the middle of its sentence', () => {
    const a = analyzeText('Caucus\n\nSen. Curtis Brandt won the caucuses on Monday, according to an AP race call, giving him an early edge. ' +
      'Gov. Ada Holloway finished second, according to partial returns, and told supporters that the race had just begun.');
    assert.equal(speakerOf(a, 'Sen. Curtis Brandt won'), 'AP race call');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('giving')));
    assert.ok(!a.statements.some(s => s.content.text.startsWith('and told')));
    assert.equal(speakerOf(a, 'the race had just begun'), 'Ada Holloway');
  });

  it('reads `His border claim falls` and `The trustees’ most recent report projects` as nouns, not cues', () => {
    const a = analyzeText('Fund\n\nSen. Ann Ruiz spoke first. His border claim falls into a familiar pattern. ' +
      'The trustees’ most recent report projects that the fund will run dry in 2033.');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('falls')));
    assert.ok(!a.speakers.some(s => s.name === 'His border' || s.name === 'most recent'));
    assert.equal(speakerOf(a, 'the fund will run dry'), 'most recent report');
  });

  it('gives `, saying …` to a subject past an adverb, and ends what was said at `, but he` and a verb of the narration', () => {
    const a = analyzeText('Ties\n\nThe party chairman demanded an inquiry.\n\nThe report wrongly characterized his ties, saying he had given $32 million. ' +
      'Mayor Tom Emanuel said the governor had not yet won him over, but he sounded a nostalgic note.');
    assert.equal(speakerOf(a, 'he had given $32 million'), 'report');
    assert.equal(statement(a, 'the governor had not').content.text, 'the governor had not yet won him over');
  });

  it('reads `, and two said …` as a clause of its own, and ends what was said before `, and several have …`', () => {
    const a = analyzeText('Focus group\n\nSeveral participants said the candidates had interrupted each other too often, and two said they had nearly switched off. ' +
      'Hardliners have demanded that the bill include border money, and several have threatened to oust the Speaker.');
    assert.equal(statement(a, 'the candidates had').content.text, 'the candidates had interrupted each other too often');
    assert.equal(speakerOf(a, 'they had nearly switched off'), 'two');
    assert.equal(statement(a, 'the bill include').content.text, 'the bill include border money');
  });

  it('keeps a reported clause whole past `whether to ask` and past `a study by her department had concluded`', () => {
    const a = analyzeText('Appeal\n\nLawyer Tom Gill said the family had not yet decided whether to ask the Crown to appeal. ' +
      'Minister Anne Bergeron said a study by her department had concluded the effect would be modest.');
    assert.equal(statement(a, 'the family had not').content.text, 'the family had not yet decided whether to ask the Crown to appeal');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('the Crown')));
    assert.equal(statement(a, 'a study by').content.text, 'a study by her department had concluded the effect would be modest');
    assert.equal(speakerOf(a, 'the effect would be modest'), 'study by her department');
  });

  it('keeps a clause after a word of feeling whole, and reads `believed him` as trust, not a cue', () => {
    const a = analyzeText('Inquiry\n\nEric Beardy said he was relieved the commission believed him but frustrated that the process took so long. ' +
      'The union said it was disappointed the board rejected the offer.');
    assert.equal(statement(a, 'he was relieved').content.text, 'he was relieved the commission believed him but frustrated that the process took so long');
    assert.equal(statement(a, 'it was disappointed').content.text, 'it was disappointed the board rejected the offer');
    assert.equal(a.statements.length, 2);
  });

  it('gives a participle after a document filed with someone to who filed it, and reads a mailer as a document', () => {
    const a = analyzeText('PAC\n\nThe watchdog group filed a complaint with the FEC last month alleging that the PAC broke the law. ' +
      'The campaign sent out a mailer calling the senator “absent without leave.”');
    assert.equal(speakerOf(a, 'the PAC broke the law'), 'watchdog group');
    assert.equal(speakerOf(a, 'absent without leave.'), 'campaign');
  });

  it('keeps `her` opening the clause after a listener, and reads `a report that found` as a relative clause', () => {
    const a = analyzeText('Sentence\n\nDefence lawyer Victoria Lam told reporters her client accepted the sentence. ' +
      'Patients waited a median of 6.2 hours last year, the auditor general said Tuesday in a report that found the authority had no data.');
    assert.equal(statement(a, 'her client').content.text, 'her client accepted the sentence');
    assert.equal(speakerOf(a, 'Patients waited'), 'auditor general');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('found')));
  });

  it('reads the clause after `According to X, who spoke on condition of anonymity,`', () => {
    const a = analyzeText('Hazing\n\nAccording to two people with knowledge of the complaint, who spoke on condition of anonymity, the allegations involve an incident on a team bus.');
    assert.equal(speakerOf(a, 'the allegations involve'), 'two people with knowledge of the complaint');
  });

  it('reads what a poll found of a share of people and their verb in the past', () => {
    const a = analyzeText('Poll\n\nA CNN instant poll found 51% of viewers approved. The poll found 40 percent of voters backed Ruiz. The poll found 40 percent support.');
    assert.equal(speakerOf(a, '51% of viewers approved'), 'CNN instant poll');
    assert.equal(speakerOf(a, '40 percent of voters backed Ruiz'), 'CNN instant poll');
    assert.ok(!a.statements.some(s => s.content.text === '40 percent support'));
  });

  it('reads no clause in the writer’s `I wrote it down`, `I told her my decision,` or `I believed in her, and I still do`, nor after `shows X maintaining`', () => {
    const a = analyzeText('Column\n\nBy Jane Doe\n\nI wrote it down, even though I knew better. When I told her my decision, she cried. I believed in her, and I still do. ' +
      'A poll shows Senator Ann Vance maintaining a wide lead.');
    assert.ok(!a.statements.some(s => s.speaker?.name === 'Jane Doe'), JSON.stringify(a.statements.map(s => s.content.text)));
    assert.ok(!a.statements.some(s => s.cue?.text === 'maintaining'));
    assert.equal(speakerOf(a, 'Senator Ann Vance maintaining'), 'poll');
  });

  it('reads `acknowledged the emails reflected …` and `acknowledged Democrats lack …` as clauses, and `acknowledged mistakes` as none', () => {
    const a = analyzeText('Emails\n\nSome Republicans privately acknowledged the emails reflected poorly on the party. ' +
      'Sen. Ann Ruiz said the bill was fine, though she acknowledged Democrats lack the votes. Ruiz acknowledged mistakes. He recalled Ali’s generosity.');
    assert.equal(speakerOf(a, 'the emails reflected poorly'), 'Some Republicans');
    assert.equal(speakerOf(a, 'Democrats lack the votes'), 'Ann Ruiz');
    assert.ok(!a.statements.some(s => s.content.text === 'mistakes' || s.content.text.startsWith('Ali')));
  });

  it('gives `told reporters …` its own clause when `and warned … that …` follows', () => {
    const a = analyzeText('Storm\n\nChief Dan Ode told reporters the crews were ready and warned residents that the surge would hit hard.');
    assert.equal(statement(a, 'the crews were ready').cue?.text, 'told');
    assert.equal(statement(a, 'the surge would hit hard').cue?.text, 'warned');
  });

  it('keeps a list of places in the clause and gives `, claiming …` to the clause’s subject', () => {
    const a = analyzeText('Stores\n\nThe grocer said it would shut branches in Leeds, York and Hull, claiming that rents had doubled. ' +
      'The bakery will close shops in Derby and Crewe, saying sales had fallen.');
    assert.equal(statement(a, 'it would shut branches').content.text, 'it would shut branches in Leeds, York and Hull');
    assert.equal(speakerOf(a, 'rents had doubled'), 'grocer');
    assert.equal(speakerOf(a, 'sales had fallen'), 'bakery');
  });
});

describe('not statements: a thing named in a relative clause', () => {
  it('reads `a tablet it calls “Slate”` as a name, and keeps `what he calls “the housing trap”`', () => {
    const a = analyzeText('Launch\n\nThe startup showed a tablet it calls "Slate." It also showed a watch, which it calls "Orbit," and a phone they call "Beacon Two." ' +
      'Mayor Ivo Tan attacked what he calls "the housing trap" in his speech.');
    assert.ok(!hasStatement(a, 'Slate') && !hasStatement(a, 'Orbit') && !hasStatement(a, 'Beacon Two'));
    assert.equal(speakerOf(a, 'the housing trap'), 'Ivo Tan');
  });
});

describe('sentences: the platform X', () => {
  it('ends a sentence at `on X.`, so the quote after it is a sentence of its own', () => {
    const a = analyzeText('Post\n\n"Our kids deserve better," Dara Quinn wrote on X. "This is a disgrace."\n\nThe activist Malcolm X. Brand said it was fine.');
    assert.equal(statement(a, 'This is a disgrace.').kind, 'direct');
    assert.equal(speakerOf(a, 'it was fine'), 'Malcolm X. Brand');
  });
});

describe('cues: a quantity singled out after the cue, adding to a belief', () => {
  it('reports `said only a handful of …` and `said just two …`, and keeps `said only that …`', () => {
    const a = analyzeText('Tickets\n\nPromoter Mara Lentz said only a handful of tickets remained. Lentz said just two bands had pulled out. ' +
      'Ruiz said only three of the 42 winners had been released. Lee said only that she was tired.');
    assert.equal(speakerOf(a, 'only a handful of tickets remained'), 'Mara Lentz');
    assert.equal(speakerOf(a, 'just two bands'), 'Mara Lentz');
    assert.equal(speakerOf(a, 'only three of the 42'), 'Ruiz');
    assert.equal(statement(a, 'she was tired').content.text, 'she was tired');
  });

  it('reads `adds to evidence that …` and `add to fears that …` as no statement, and keeps `added to reporters that …`', () => {
    const a = analyzeText('Trial\n\nThe results add to fears that the vaccine wears off within a year. The trial adds to evidence that walking helps, the authors said. ' +
      'Ruiz added to reporters that the vote was close.');
    assert.ok(!hasStatement(a, 'the vaccine wears off'));
    assert.equal(a.statements.filter(s => s.content.text.includes('walking helps')).length, 1);
    assert.equal(speakerOf(a, 'The trial adds to evidence'), 'authors');
    assert.equal(speakerOf(a, 'the vote was close'), 'Ruiz');
  });
});

describe('transcripts: speakers labelled in mixed case', () => {
  it('gives each `Name:` paragraph to the person it names, and reads a name heading one section as no speaker', () => {
    const a = analyzeText('Interview\n\nSinger Rosa Vell spoke with Dan Hoyle about her new album.\n\nDan Hoyle: Why did you stop touring?\n\n' +
      'Rosa Vell: I was tired. I needed a year at home.\n\nHoyle: What brought you back?\n\nVell: A song I could not stop humming.');
    assert.equal(speakerOf(a, 'I was tired'), 'Rosa Vell');
    assert.equal(speakerOf(a, 'A song I could not stop humming'), 'Rosa Vell');
    assert.equal(speakerOf(a, 'What brought you back'), 'Dan Hoyle');
    const b = analyzeText('Ideas\n\nThree ideas deserve a hearing.\n\nJeb Bush: Student loans Some big ideas do come to pass.\n\nMarco Rubio: Retirement accounts Everyone ought to be able to invest.');
    assert.ok(!hasStatement(b, 'Student loans') && !hasStatement(b, 'Retirement accounts'));
  });
});

describe('cues: a second cue in a sentence that has one', () => {
  it('gives `…, and said` to the sentence’s speaker, not to the subject of the clause the first cue reports', () => {
    const a = analyzeText('Storm\n\nPremier Ada Lowe acknowledged some farmers had criticised the warnings, and said the government would review them. ' +
      'Ruiz said Lee had criticised the plan and warned that it would fail.');
    assert.equal(speakerOf(a, 'the government would review them'), 'Ada Lowe');
    assert.equal(speakerOf(a, 'it would fail'), 'Lee');
  });

  it('reads `no reports of` as a noun, `said early reports suggested …` as one clause, and a cue joined on as reporting nothing before it', () => {
    const a = analyzeText('Storm\n\nMayor Neil Cost said two barns had collapsed, but there were no reports of injuries. Cost said early reports showed the roof had gone. ' +
      'Dr Sophie Lark said the clinic was two hours away, and urged calm.');
    assert.equal(a.statements.filter(s => s.kind === 'indirect').length, 3);
    assert.equal(speakerOf(a, 'two barns had collapsed'), 'Neil Cost');
    assert.equal(speakerOf(a, 'early reports showed'), 'Neil Cost');
    assert.equal(statement(a, 'the clinic was two hours away').cue?.text, 'said');
  });

  it('reports `urged residents living near the river to leave` and `urged anyone who was struggling to call` whole', () => {
    const a = analyzeText('Flood\n\nDr Sophie Lark urged residents living near the river to leave before dark. She urged anyone who was struggling to call a helpline.');
    assert.equal(statement(a, 'residents living').content.text, 'residents living near the river to leave before dark');
    assert.equal(statement(a, 'anyone who was struggling').content.text, 'anyone who was struggling to call a helpline');
  });
});

describe('cues: a second cue after an owner’s subject', () => {
  it('gives `… and said` to `Harwick’s mayor, Iain Galbraith,` and `… but cautioned` to `The teachers’ union`', () => {
    const a = analyzeText("Report\n\nHarwick's mayor, Iain Galbraith, apologised to residents and said the council accepted the findings. " +
      "The teachers' union welcomed the change but cautioned that staff were already overstretched.");
    assert.equal(speakerOf(a, 'the council accepted'), 'Iain Galbraith');
    assert.equal(speakerOf(a, 'staff were already'), "teachers' union");
  });
});

describe('cues: a gerund reported, a parenthesis closed, a relative clause on the object', () => {
  it('reports `admitted stealing …`, `recalled seeing …`, `warned against mixing …`, and not `denied wrongdoing`', () => {
    const a = analyzeText('Court\n\nLee admitted stealing the car. Kim recalled seeing the fire in 1994. The council warned against mixing the tablets with juice. ' +
      'Ruiz denied wrongdoing. Doctors cautioned against reading too much into the data.');
    assert.equal(speakerOf(a, 'stealing the car'), 'Lee');
    assert.equal(speakerOf(a, 'seeing the fire'), 'Kim');
    assert.equal(speakerOf(a, 'mixing the tablets'), 'council');
    assert.equal(speakerOf(a, 'reading too much'), 'Doctors');
    assert.ok(!hasStatement(a, 'wrongdoing'));
  });

  it('keeps the parenthesis a clause closes before its frame, and reads `announced on Friday a fund that covers …` as no clause', () => {
    const a = analyzeText('Ferry\n\nThe ferry reached a speed of 40 knots (74 km per hour), the operator said. ' +
      'Minister Jo Petras announced on Friday a rescue fund that covers fuel costs. Petras said in a statement that the fund would cover fuel.');
    assert.equal(statement(a, 'The ferry reached').content.text, 'The ferry reached a speed of 40 knots (74 km per hour)');
    assert.ok(!hasStatement(a, 'covers fuel costs'));
    assert.equal(speakerOf(a, 'the fund would cover fuel'), 'Jo Petras');
  });
});

describe('headlines: more ways of naming who says it', () => {
  const story = (headline: string) => analyzeText(`${headline}\n\nBody text with no attribution at all.`);
  it('reads `X as army says Y`, `claim: police`, `claim, watchdog finds`, a kicker before the colon, and a quote before `: migrants on the quay`', () => {
    assert.equal(speakerOf(story('Bridge shut as army says 5 killed in blast'), '5 killed in blast'), 'army');
    assert.equal(speakerOf(story('Floods kill 9 in valley: police'), 'Floods kill 9 in valley'), 'police');
    assert.equal(speakerOf(story('Council overspent by millions, watchdog finds'), 'Council overspent'), 'watchdog');
    assert.equal(speakerOf(story("Q&A: Rights chief says detention 'is the default'"), 'detention'), 'Rights chief');
    const quoted = story("'We waited for a boat that never came': migrants on the quay");
    assert.equal(statement(quoted, 'We waited').kind, 'direct');
    assert.equal(speakerOf(quoted, 'We waited'), 'migrants on the quay');
  });

  it('reads words quoted after the colon as the claim, not a speaker', () => {
    const a = analyzeText("WSJ editorial: 'Deport Nikki Haley.'\n\nNikki Haley should be deported, the editorial board wrote. Haley laughed.");
    assert.ok(!a.statements.some(s => s.content.text === 'WSJ editorial'));
  });
});

describe('cues: words quoted inside a reported clause, glosses and hedges', () => {
  it('gives a partial quote inside what was said to the speaker, not to a verb of the clause', () => {
    const a = analyzeText('Shelling\n\nThe colonel said that troops had responded to "repeated provocations" by the rebels. ' +
      'The adviser conceded that fighting would continue "as long as the shelling lasts." The mayor said the survey showed "a town in crisis."');
    assert.equal(speakerOf(a, 'repeated provocations'), 'colonel');
    assert.equal(speakerOf(a, 'as long as the shelling lasts'), 'adviser');
    assert.equal(speakerOf(a, 'a town in crisis'), 'mayor');
  });

  it('gives words quoted in what someone’s claim holds to the claimant', () => {
    const a = analyzeText('Debate\n\nGov. Ada Holloway spoke first. Rep. Tom Whitcombe said the debate was long.\n\nSen. Curtis Brandt mocked Ms. Holloway’s claim that she was “the only grown-up in the race.”');
    assert.equal(speakerOf(a, 'the only grown-up'), 'Ada Holloway');
    const b = analyzeText('Russia\n\nSen. Tom Bexley and Gov. Ed Haverford spoke.\n\nPressed on whether he agreed with Bexley’s suggestion that Russia could “do whatever it wants,” Haverford said he had not seen the remarks.');
    assert.equal(speakerOf(b, 'do whatever it wants'), 'Tom Bexley');
    assert.equal(speakerOf(b, 'he had not seen'), 'Ed Haverford');
  });

  it('gives what someone is blamed or praised for saying to them', () => {
    const a = analyzeText('NATO\n\nGov. Ada Kemper criticized Sen. Tom Bexley for suggesting the U.S. should “rethink” its commitment to NATO. ' +
      'Democrats blasted Bexley for calling the plan “a disgrace.” Kemper thanked Bexley for saying the deal was dead.');
    assert.equal(speakerOf(a, 'rethink'), 'Tom Bexley');
    assert.equal(speakerOf(a, 'a disgrace.'), 'Tom Bexley');
    assert.equal(speakerOf(a, 'the deal was dead'), 'Tom Bexley');
  });

  it('gives a partial quote to a named speaker of the inner clause when its cue is one of saying or naming', () => {
    const a = analyzeText('Debate\n\nSen. Curtis Brandt noted that Rep. Tom Whitcombe had once called Gov. Ada Holloway “a tax-and-spend liberal.” ' +
      'Brandt said Whitcombe had said the plan was “dead on arrival.”');
    assert.equal(speakerOf(a, 'a tax-and-spend liberal.'), 'Tom Whitcombe');
    assert.equal(speakerOf(a, 'dead on arrival.'), 'Tom Whitcombe');
    assert.equal(speakerOf(a, 'Rep. Tom Whitcombe had once called'), 'Curtis Brandt');
  });

  it('reads a noun phrase after the frame’s comma, a rite said and the writer’s hedge as no statement', () => {
    const a = analyzeText("Post\n\nTwo guards were hurt when a shell hit the post, the ministry said, the third such attack this month. " +
      "Father Luis Ortega still says Mass in both villages every Sunday. I arrived with a notebook and, I'll admit, a clear idea of what I would find. " +
      'Ruiz maintained his innocence even though he was convicted.');
    assert.deepEqual(a.statements.map(s => s.content.text), ['Two guards were hurt when a shell hit the post']);
  });

  it('reads a pronoun with its auxiliary contracted onto it as the pronoun', () => {
    const a = analyzeText("Talks\n\nAnna Ruiz spoke first. She'd said the plan was dead.");
    assert.equal(speakerOf(a, 'the plan was dead'), 'Anna Ruiz');
  });
});

describe('reported speech: a frame interrupting its clause', () => {
  it('reads the whole clause across a frame after its verb, or after `according to` before a verb of showing', () => {
    const a = analyzeText('Deeds\n\nThe clerk is 68 and knows, she says, where every deed is kept. It was, he said, one of the hardest days of the year. ' +
      "The city's own numbers, according to a survey, show that rents rose 30 percent.");
    assert.equal(statement(a, 'The clerk is 68').content.text, 'The clerk is 68 and knows, she says, where every deed is kept');
    assert.equal(statement(a, 'It was, he said').content.text, 'It was, he said, one of the hardest days of the year');
    assert.equal(statement(a, "The city's own numbers").content.text, "The city's own numbers, according to a survey, show that rents rose 30 percent");
  });

  it('reads a relative clause a frame interrupts as its verb phrase only', () => {
    const a = analyzeText('Memo\n\nThe row began when Mr Dale cited a memo which, he said, described the target as out of reach.');
    assert.deepEqual(a.statements.map(s => s.content.text), ['described the target as out of reach']);
  });
});

describe('not statements: a work’s title inside what was said; verdicts on a work are', () => {
  it('reads `picked “Salt Winter”` as a title, and `called the film “lush and airless”` and `the second act “loses its way”` as words of the critic', () => {
    const a = analyzeText('Festival\n\nDirector Ana Velt said she picked “Salt Winter” for the closing night. Critic Dan Moor called the film "lush and airless." ' +
      'Moor said the second act "loses its way."');
    assert.ok(!a.statements.some(s => s.kind !== 'indirect' && s.content.text.startsWith('Salt Winter')));
    assert.equal(speakerOf(a, 'lush and airless'), 'Dan Moor');
    assert.equal(statement(a, 'loses its way').kind, 'partial');
  });
});

describe('reported speech: verbs of the clause that are no cue of their own', () => {
  it('keeps `could not respond until …`, `a studio called Greyline` and a clause after `after` inside what was said', () => {
    const a = analyzeText('Storm\n\nFire chief Dion Pratt said crews received dozens of calls but could not respond until the bridge reopened. ' +
      'Ana Velt said the delay had upset the backers, a small studio called Greyline. Nurse Dana Roe said staff were "exhausted" after the council rejected a demand for beds.');
    assert.equal(statement(a, 'crews received').content.text, 'crews received dozens of calls but could not respond until the bridge reopened');
    assert.equal(statement(a, 'the delay had upset').content.text, 'the delay had upset the backers, a small studio called Greyline');
    assert.equal(statement(a, 'staff were').content.text, 'staff were "exhausted" after the council rejected a demand for beds');
    assert.equal(speakerOf(a, 'exhausted'), 'Dana Roe');
  });
});

describe('not statements: lyrics and written notices', () => {
  it('reads lines of a song and a notice or message with no one named for it as no statement, and keeps a note from someone', () => {
    const a = analyzeText('Storm\n\n"We will rebuild," owner Rhys Talbot said.\n\nA note taped to the window said: "Closed for repairs." A message scrawled on the shutter read: "Back in five minutes." ' +
      'The band\'s new single opens with the lines "I kept the porch light burning / for a friend who never came." Singer Boone Tarr sang a few lines of the chorus: "hold the line, we are not done."\n\n' +
      'A note from Mayor Ana Ruiz said: "We will help."');
    assert.ok(!hasStatement(a, 'Closed for repairs') && !hasStatement(a, 'Back in five minutes') && !hasStatement(a, 'porch light') && !hasStatement(a, 'hold the line'));
    assert.equal(speakerOf(a, 'We will help'), 'Ana Ruiz');
  });
});

describe('reported speech: a clause of a pronoun and its verb', () => {
  it('reports `said she left` and `said he would`', () => {
    const a = analyzeText('Exit\n\nThe girl said she left. Flake said he would.');
    assert.equal(speakerOf(a, 'she left'), 'girl');
  });
});

describe('reported speech: a passive joined on inside the clause', () => {
  it('keeps `and been told that …` inside what was said', () => {
    const a = analyzeText('Clinics\n\nLina Osei said she had called six clinics and been told that all of them were full.');
    assert.equal(statement(a, 'she had called').content.text, 'she had called six clinics and been told that all of them were full');
  });
});

describe('reported speech: past an aside, a question; across a frame with a listener, a predicate', () => {
  it('reads `asked, in a quiet voice, whether …` and `There were, she told me, 46 people …`', () => {
    const a = analyzeText('Camp\n\nAnna Lee runs the camp. There were, she told me, 46 people still waiting. The boy asked, in a quiet voice, whether he could finish school.');
    assert.equal(statement(a, 'There were').content.text, 'There were, she told me, 46 people still waiting');
    assert.equal(speakerOf(a, 'whether he could finish school'), 'boy');
  });
});

describe('reported speech: a work’s title as the subject of the clause', () => {
  it('reports `said “Salt Winter” would close the festival` as the clause, the title inside it', () => {
    const a = analyzeText('Festival\n\nDirector Ana Velt said “Salt Winter” would close the festival.');
    assert.deepEqual(a.statements.map(s => [s.kind, s.content.text]), [['indirect', '“Salt Winter” would close the festival']]);
  });
});

describe('partial quotes: as someone put it', () => {
  it('gives words quoted before `as X put it` to X, though a clause of another speaker holds them', () => {
    const a = analyzeText('Rule\n\nCritics argue the rule would "reward delay," as Senator Ona Pratt put it.');
    assert.equal(speakerOf(a, 'reward delay'), 'Ona Pratt');
    assert.equal(speakerOf(a, 'the rule would'), 'Critics');
  });
});

describe('pull quotes: words set apart and signed in the next paragraph', () => {
  it('reads a short unquoted paragraph signed `— Emmanuel Asante, asylum seeker from Ghana` as his pull quote, and a signature of no one the story names as none', () => {
    const a = analyzeText('Shelters\n\n"I was a teacher at home," Emmanuel Asante said.\n\nWe did not cross the ocean to die of cold on a sidewalk in Canada.\n\n' +
      '— Emmanuel Asante, asylum seeker from Ghana\n\nThe city says claimants now occupy half of its shelter spaces.');
    const pull = statement(a, 'We did not cross the ocean');
    assert.deepEqual([pull.kind, pull.speaker?.name], ['pullquote', 'Emmanuel Asante']);
    const b = analyzeText('Shelters\n\nThe city opened a shelter.\n\nWe did not cross the ocean to die of cold on a sidewalk in Canada.\n\n— Marta Kowalczyk, photographer\n\nThe city says claimants now occupy half of its spaces.');
    assert.ok(!b.statements.some(s => s.kind === 'pullquote'));
  });
});
