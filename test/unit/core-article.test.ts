import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/core';
import { analyzeText, fixture, hasStatement, statement } from './core-helpers';

/** Each statement a story holds: words it starts with, its kind, its speaker's name. */
type Expected = Array<[words: string, kind: string, speaker: string]>;

/** One test per expected statement: found, of its kind, by its speaker. */
function itFindsEach(a: Analysis, expected: Expected): void {
  for (const [words, kind, speaker] of expected) {
    it(`${kind} "${words}" by ${speaker}`, () => {
      const s = statement(a, words);
      assert.equal(s.kind, kind);
      assert.equal(s.speaker?.name, speaker);
    });
  }
}

/** The story holds no statement beyond the expected ones (the message lists what was found). */
function assertNothingElse(a: Analysis, count: number): void {
  assert.equal(a.statements.length, count, a.statements.map(s => `${s.kind} ${s.content.text}`).join('\n'));
}

/** A whole council story, as a reporter files it: every statement, its kind and who made it. */
describe('core: a council story read whole', () => {
  const a = analyzeText(fixture('harbour-council.article'));
  const expected: Expected = [
    ['This is the biggest investment', 'direct', 'Linda Marsh'],
    ['We owe it to the people', 'direct', 'Linda Marsh'],
    ['the city had not consulted fishermen', 'indirect', 'Raj Patel'],
    ['They found out from the newspaper', 'direct', 'Raj Patel'],
    ['the province would cover half the cost', 'indirect', 'Ana Ruiz'],
    ['traffic at the harbour has doubled', 'indirect', 'port authority'], // (the report's author)
    ['construction would drive customers away', 'indirect', 'Others'],
    ['Two years of jackhammers', 'direct', 'Tom Hale'],
    ['he might close', 'indirect', 'Tom Hale'],
    ['overblown', 'partial', 'Linda Marsh'],
    ['most of the work would happen in winter', 'indirect', 'Linda Marsh'],
    ['the heart of the city', 'partial', 'Linda Marsh'],
    ['Every project can.', 'direct', 'Linda Marsh'],
    ['they would watch the project closely', 'indirect', 'Environmental groups'],
    ['it welcomed the vote', 'indirect', 'Harbour Trust'],
    ['real protections', 'partial', 'Harbour Trust'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the dateline and the credit', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'HALIFAX, Nova Scotia');
    assert.equal(a.dateline?.agency, 'AP');
    assert.match(a.credit?.text ?? '', /Reporting by Jane Doe/);
  });

  it('knows the mayor as one person under every name', () => {
    const marsh = a.speakers.find(s => s.name === 'Linda Marsh');
    assert.ok(marsh);
    assert.equal(marsh.role, 'Mayor');
    for (const alias of ['Marsh', 'The mayor']) assert.ok(marsh.aliases.includes(alias), alias);
  });
});

/** A wire business story with British single quotes, a byline and a participle after a quote. */
describe('core: a wire business story read whole', () => {
  const a = analyzeText(fixture('carmaker-jobs.article'));
  const expected: Expected = [
    ['it would cut 2,000 jobs', 'indirect', 'Voltaro'],
    ["the cuts were 'painful but necessary'", 'indirect', 'Martin Greaves'],
    ['painful but necessary', 'partial', 'Martin Greaves'],
    ['We have to be honest', 'direct', 'Martin Greaves'],
    ['This is a betrayal', 'direct', 'Sarah Bell'],
    ['the union would ballot', 'indirect', 'Sarah Bell'],
    ['ministers were', 'indirect', 'government spokesman'],
    ['in close contact', 'partial', 'government spokesman'],
    ['Business Secretary Alan Frost is expected', 'indirect', 'two people familiar with the matter'],
    ['the shift would take', 'indirect', 'Martin Greaves'],
    ['a decade, not a year', 'partial', 'Martin Greaves'],
    ['Everyone saw this coming', 'direct', 'Hannah Cole'],
    ['The question is whether', 'direct', 'Hannah Cole'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a named plan in quotes and a refusal to comment are no statements', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.date, 'March 3');
    assert.equal(a.dateline?.agency, 'Reuters');
  });

  it('reads the whole clause a cue reports, up to the mark closing its quote', () => {
    assert.equal(statement(a, 'the cuts were').content.text, "the cuts were 'painful but necessary'");
  });
});

/** A sports story: present-tense cues, a quote nested in a quote, a plural possessive before a role, a new `he`. */
describe('core: a sports story read whole', () => {
  const a = analyzeText(fixture('gulls-title.article'));
  const expected: Expected = [
    ['I just closed my eyes', 'direct', 'Maya Chen'],
    ['Honestly, I didn', 'direct', 'Maya Chen'],
    ['She\'s been due', 'direct', 'Rita Alvarez'],
    ['She works harder', 'direct', 'Rita Alvarez'],
    ['We told her at the break', 'direct', 'Rita Alvarez'],
    ['heartbreaking', 'partial', 'Luc Moreau'],
    ['They were the better team', 'direct', 'Luc Moreau'],
    ['We had our chances', 'direct', 'Luc Moreau'],
    ['A defensive breakdown', 'direct', 'Pierre Dubois'],
    ['Maya! Maya!', 'direct', 'Gulls fans'],
    ['The team will hold a parade', 'indirect', 'city'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the nested quote stays inside its quote', () => {
    assertNothingElse(a, expected.length);
  });
});

/** A political story: a day after the cue, a long relative clause after the subject, a poll, mixed quotes. */
describe('core: a political story read whole', () => {
  const a = analyzeText(fixture('senate-pipeline.article'));
  const expected: Expected = [
    ['she would vote against the pipeline bill', 'indirect', 'Nora Vance'],
    ['the bill "puts short-term profits', 'indirect', 'Nora Vance'],
    ['puts short-term profits', 'partial', 'Nora Vance'],
    ['she had "read every page"', 'indirect', 'Nora Vance'],
    ['read every page', 'partial', 'Nora Vance'],
    ['disappointing', 'partial', 'Tom Briggs'],
    ['I respect Nora', 'direct', 'Tom Briggs'],
    ['at least three other senators were wavering', 'indirect', 'Two Democratic aides'],
    ['54 percent of Americans', 'indirect', 'Gallup'],
    ['President Alan Mercer "looks forward', 'indirect', 'White House'],
    ['looks forward to signing', 'partial', 'White House'],
    ['the president was "confident', 'indirect', 'Jenna Ortiz'],
    ['confident the votes are there', 'partial', 'Jenna Ortiz'],
    ['She listened', 'direct', 'Kim Lau'],
    ['That is all we ever asked', 'direct', 'Kim Lau'],
    ['I fear bad laws', 'direct', 'Nora Vance'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "In a statement" is when it was said, not what', () => {
    assertNothingElse(a, expected.length);
  });

  it('reads a reported clause with a quote in it whole, up to the closing mark', () => {
    assert.equal(statement(a, 'the bill').content.text, 'the bill "puts short-term profits ahead of the people I represent."');
  });
});

/** A local news story: a byline, a place with a province, `according to` closing a sentence, a priest's title. */
describe('core: a local news story read whole', () => {
  const a = analyzeText(fixture('church-fire.article'));
  const expected: Expected = [
    ['the blaze started in the basement', 'indirect', 'Denis Roy'],
    ['By the time we arrived', 'direct', 'Denis Roy'],
    ['There was nothing to save', 'direct', 'Denis Roy'],
    ['The cause is under investigation', 'indirect', 'RCMP'],
    ['Police do not consider the fire suspicious', 'indirect', 'spokesperson'],
    ['I was baptized here', 'direct', 'Helene Caron'],
    ['My husband', 'direct', 'Helene Caron'],
    ['the congregation would hold Mass', 'indirect', 'Paul Martin'],
    ['We are not a building', 'direct', 'Paul Martin'],
    ['We are a people', 'direct', 'Paul Martin'],
    ['the town would help', 'indirect', 'Lisa Tran'],
    ['Whatever they need', 'direct', 'Lisa Tran'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the byline and the dateline', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'GRAND FALLS, N.B.');
    assert.equal(a.credit?.text, 'By Jane Okafor');
  });
});

/** A business story: anonymous sources, a quote running over two paragraphs, an email seen by the agency. */
describe('core: a business story with anonymous sources read whole', () => {
  const a = analyzeText(fixture('startup-founder.article'));
  const expected: Expected = [
    ['Lena Park, the founder', 'indirect', 'two people with knowledge of the matter'],
    ['I built this company', 'direct', 'Lena Park'],
    ['Leaving it is the hardest thing', 'direct', 'Lena Park'],
    ['Chief Operating Officer David Kim would serve', 'indirect', 'Parcelo'],
    ['directors had clashed with Park', 'indirect', 'source close to the board'],
    ['an extraordinary five years', 'partial', 'David Kim'],
    ["the company's mission", 'indirect', 'David Kim'],
    ['has not changed', 'partial', 'David Kim'],
    ["it supported the board's decision", 'indirect', 'Redwood Ventures'],
    ['Founders leave', 'direct', 'one investor'],
    ['The question is whether the culture survives', 'direct', 'one investor'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "that was seen by Reuters" and "speaking on condition of anonymity" are not what was said', () => {
    assertNothingElse(a, expected.length);
  });

  it('keeps a quote that runs over two paragraphs whole', () => {
    assert.match(statement(a, 'Leaving it is the hardest thing').content.text, /their full trust\.$/);
  });

  it('knows an anonymous source as a person, and people with knowledge of the matter as a group', () => {
    assert.equal(a.speakers.find(s => s.name === 'source close to the board')?.kind, 'person');
    assert.equal(a.speakers.find(s => s.name === 'two people with knowledge of the matter')?.kind, 'group');
  });
});

/** An international wire story: an interpreter, state media, an unnamed official, a listener of several words. */
describe('core: an international wire story read whole', () => {
  const a = analyzeText(fixture('grain-corridor.article'));
  const expected: Expected = [
    ['This is a good day for the hungry', 'direct', 'Amara Diallo'],
    ['But a deal on paper', 'direct', 'Amara Diallo'],
    ['The agreement allows ships to pass', 'indirect', 'foreign ministry'],
    ['the first convoy could leave', 'indirect', 'State television'],
    ['ten ships were already loaded', 'indirect', 'ministry official'],
    ['the deal came "far too late"', 'indirect', 'Kofi Mensah'],
    ['far too late', 'partial', 'Kofi Mensah'],
    ['We have heard promises before', 'direct', 'Kofi Mensah'],
    ['We will believe it', 'direct', 'Kofi Mensah'],
    ['Wheat futures fell 6%', 'indirect', 'traders'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "told a news conference, speaking through an interpreter" reports no clause', () => {
    assertNothingElse(a, expected.length);
  });
});

/** A court story: police in a news release, court documents, prosecutors' allegations, a plea that is no statement. */
describe('core: a court story read whole', () => {
  const a = analyzeText(fixture('charity-fraud.article'));
  const expected: Expected = [
    ['The former treasurer of a Halifax food bank', 'indirect', 'police'],
    ['Gerald Pike, 61, was arrested', 'indirect', 'Halifax Regional Police'],
    ['Pike transferred money', 'indirect', 'court documents'],
    ['the transfers were disguised', 'indirect', 'Prosecutors'],
    ['her client "intends to fight these charges" and would plead not guilty', 'indirect', 'Maria Santos'],
    ['intends to fight these charges', 'partial', 'Maria Santos'],
    ['the board first noticed problems', 'indirect', 'Joan Ellis'],
    ['We were devastated', 'direct', 'Joan Ellis'],
    ['People trusted us', 'direct', 'Joan Ellis'],
    ['the food bank had since hired', 'indirect', 'Joan Ellis'],
    ['No family will go hungry', 'direct', 'Joan Ellis'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: pleading not guilty is no cue', () => {
    assertNothingElse(a, expected.length);
    assert.ok(a.statements.every(s => !/^plead/.test(s.cue?.text ?? '')));
  });
});

/** An interview in questions and answers: each answer is the interviewee's, each question no one's statement. */
describe('core: an interview in questions and answers read whole', () => {
  const a = analyzeText(fixture('harbour-master-interview.article'));

  it('gives each answer to the person the introduction names, as a direct statement without its "A:"', () => {
    for (const words of ['The schedule. Right now ships wait', 'Mostly. The terminal needs power']) {
      const s = statement(a, words);
      assert.equal(s.kind, 'direct');
      assert.equal(s.speaker?.name, 'Ines Varga');
    }
  });

  it('makes no statement of a question, and still reads the prose after the interview', () => {
    assert.ok(!a.statements.some(s => /What is the first thing|Is the port ready/.test(s.content.text)));
    assert.equal(statement(a, 'less romantic').speaker?.name, 'Ines Varga');
    assertNothingElse(a, 4);
  });

  it('reads "A:" as an answer only in an article that also asks with "Q:"', () => {
    const plain = analyzeText('Notes\n\nDana Reed chairs the board.\n\nA: the first item was the budget.\n');
    assert.equal(plain.statements.length, 0);
  });
});

/** A transcript: each line opening with a speaker's name in capitals is that speaker's. */
describe('core: a transcript read whole', () => {
  const a = analyzeText(fixture('council-transcript.article'));

  it('gives each line to the speaker its label names, the role apart from the name, both as a reader writes them', () => {
    const expected: Array<[string, string]> = [
      ['We have debated this for six months', 'Linda Marsh'],
      ['With respect, the fishermen were never asked', 'Raj Patel'],
      ['The motion to delay is noted', 'Linda Marsh'],
    ];
    for (const [words, speaker] of expected) {
      const s = statement(a, words);
      assert.equal(s.kind, 'direct');
      assert.equal(s.speaker?.name, speaker);
    }
    assert.equal(a.speakers.find(s => s.name === 'Linda Marsh')?.role, 'Mayor');
  });

  it('knows a speaker of the transcript when the story goes on in prose', () => {
    assert.equal(statement(a, 'he was disappointed').speaker?.name, 'Raj Patel');
    assertNothingElse(a, 4);
  });

  it('reads no transcript in labelled sections that each open one paragraph', () => {
    const sections = analyzeText('Markets\n\nKEEPING SCORE: The index rose 1 percent.\n\nENERGY: Crude oil fell 42 cents.\n\nCURRENCIES: The dollar rose.\n');
    assert.equal(sections.statements.length, 0);
  });
});

/** An entertainment story: social media posts, a broadcaster citing sources, a promoter named in an appositive. */
describe('core: an entertainment story read whole', () => {
  const a = analyzeText(fixture('concert-cancelled.article'));
  const expected: Expected = [
    ['I am heartbroken', 'direct', 'Mira Sol'],
    ['refunds would be issued', 'indirect', 'Mira Sol'],
    ['The venue cancelled the show', 'indirect', 'CBC News'],
    ["a contractor's failure", 'partial', 'Northlight Live'],
    ['it had fired the firm', 'indirect', 'Northlight Live'],
    ['I drove six hours for this', 'direct', 'Alex Moreau'],
    ['it had inspected the venue', 'indirect', "Montreal's fire department"],
    ['Sol is expected to announce', 'indirect', 'Mira Sol’s manager'], // (`her manager`, named after her)
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "In a statement" is no speaker', () => {
    assertNothingElse(a, expected.length);
  });
});

/** A weather story: directives (`urged residents to …`), an agency, a health officer's `he`, a statement split by its attribution. */
describe('core: a heat-wave story read whole', () => {
  const a = analyzeText(fixture('heat-wave.article'));
  const expected: Expected = [
    ['residents on Tuesday to cut electricity use during the evening peak', 'indirect', "Ontario's grid operator"],
    ['We are asking everyone', 'direct', 'Lena Fischer'],
    ['Run the dishwasher later', 'direct', 'Lena Fischer'],
    ['relief was not expected', 'indirect', 'Environment Canada'],
    ['seniors and people living alone', 'indirect', 'Samuel Osei'],
    ['neighbours to check on one another', 'indirect', 'Samuel Osei'],
    ['she had not slept properly', 'indirect', 'Ruth Adams'],
    ['My apartment is an oven', 'direct', 'Ruth Adams'],
    ['I come here to breathe', 'direct', 'Ruth Adams'],
    ['The city has opened 12 cooling centres', 'indirect', 'spokesperson'],
    ['and extended pool hours', 'indirect', 'spokesperson'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and ends a directive at its first comma', () => {
    assertNothingElse(a, expected.length);
    assert.equal(statement(a, 'residents on Tuesday').content.text, 'residents on Tuesday to cut electricity use during the evening peak');
  });

  it('reads no directive where no one is asked to do anything', () => {
    const b = analyzeText('Notes\n\nDana Reed asked him a question. She told the House before leaving that it was late. He called the plan a disaster.\n');
    assert.ok(!b.statements.some(s => /^him a question|^the House before/.test(s.content.text)), b.statements.map(s => s.content.text).join('\n'));
  });
});

/** A British rail strike: single quotation marks among apostrophes (`Workers'`, `I've`), `Mr Evans` without a stop, partials inside reported clauses. */
describe('core: a British strike story read whole', () => {
  const a = analyzeText(fixture('rail-strike-uk.article'));
  const expected: Expected = [
    ['its members had voted by 84 per cent', 'indirect', "Rail and Maritime Workers' Union"],
    ['Our members have not had a real pay', 'direct', 'Gareth Evans'],
    ['They keep the country moving', 'direct', 'Gareth Evans'],
    ["the operators' offer of 3 per cent", 'indirect', 'Gareth Evans'],
    ['would not even cover the rise in', 'partial', 'Gareth Evans'],
    ['further action was possible', 'indirect', 'Gareth Evans'],
    ["the offer was 'fair and", 'indirect', 'Rail Delivery Group'],
    ['fair and affordable', 'partial', 'Rail Delivery Group'],
    ['the union to return to talks', 'indirect', 'Rail Delivery Group'],
    ['We want to avoid disruption', 'direct', 'spokesman for the group'],
    ['The door remains open', 'direct', 'spokesman for the group'],
    ['the government would not intervene', 'indirect', 'Priya Shah'],
    ['This is a matter for the employers', 'direct', 'Priya Shah'],
    ["travellers were 'fed up", 'indirect', 'Sarah Lund'],
    ['fed up with being caught in the middle', 'partial', 'Sarah Lund'],
    ["I've lost count of the days", 'direct', 'Tom Baker'],
    ["Nobody's winning here", 'direct', 'Tom Baker'],
    ['the dispute reflected wider pressure', 'indirect', 'Analysts at the Institute for Fiscal Studies'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a headline’s quoted word and what the union called the offer are no statements', () => {
    assertNothingElse(a, expected.length);
  });

  it('gives quoted words inside a reported clause the clause’s cue', () => {
    assert.equal(statement(a, 'would not even cover').cue?.text, 'said');
    assert.equal(statement(a, 'fair and affordable').cue?.text, 'said');
  });
});

/** A New York Times-style story: quotation marks printed as two apostrophes, `Ms.` and `Mr.`, a sentence quoted around its attribution. */
describe('core: a housing story quoted with two apostrophes read whole', () => {
  const a = analyzeText(fixture('housing-plan-nyt.article'));
  const expected: Expected = [
    ['This is the most important thing', 'direct', 'Grace Whitfield'],
    ['A city that cannot house its teachers', 'direct', 'Grace Whitfield'],
    ['it would add about 80,000 homes', 'indirect', 'Grace Whitfield'],
    ['a giveaway to developers', 'partial', 'Opponents'],
    ['Nobody asked us', 'direct', 'Harold Minsky'],
    ['They drew lines on a map', 'direct', 'Harold Minsky'],
    ['he feared the new buildings', 'indirect', 'Harold Minsky'],
    ['the city had not done enough', 'indirect', 'Rosa Delgado'],
    ['We are building for people', 'direct', 'Rosa Delgado'],
    ['and forgetting the people who do', 'direct', 'Rosa Delgado'],
    ["it would ''unlock construction", 'indirect', 'Housing Builders Council'],
    ['unlock construction the city has needed', 'partial', 'Housing Builders Council'],
    ['Let them sue.', 'direct', 'Grace Whitfield'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and knows the mayor as Ms. Whitfield', () => {
    assertNothingElse(a, expected.length);
    assert.ok(a.speakers.find(s => s.name === 'Grace Whitfield')?.aliases.includes('Ms. Whitfield'));
  });
});

/** A trial: a prosecutor and a defence lawyer, court filings, a victim's sister named in an appositive and then `she`. */
describe('core: a trial story read whole', () => {
  const a = analyzeText(fixture('texting-trial.article'));
  const expected: Expected = [
    ['A delivery driver was sending text messages', 'indirect', 'prosecutor'],
    ['The evidence will show', 'direct', 'Marcus Lee'],
    ['Elena Vasquez paid for that choice', 'direct', 'Marcus Lee'],
    ['Phone records show three messages', 'indirect', 'court filings'],
    ['the records did not show who was typing', 'indirect', 'Janet Price'],
    ['a passenger had been in the van', 'indirect', 'Janet Price'],
    ['You will hear a lot about a phone', 'direct', 'Janet Price'],
    ['What you will not hear', 'direct', 'Janet Price'],
    ['the family had waited nearly a year', 'indirect', 'Lucia Vasquez'],
    ['We just want the truth', 'direct', 'Lucia Vasquez'],
    ['the trial could last two weeks', 'indirect', 'Anne Kowalski'],
    ['she expected to hear from about 20 witnesses', 'indirect', 'Anne Kowalski'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else (a plea is no statement, records that did not show report nothing) and reads the dateline', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'DENVER');
    assert.equal(a.dateline?.agency, 'AP');
  });
});

/** A science story: a study and an analysis that found, authors who wrote, two doctors, researchers after their clause. */
describe('core: a study story read whole', () => {
  const a = analyzeText(fixture('sleep-study.article'));
  const expected: Expected = [
    // (the headline `…, study finds` reports its claim)
    ['Teenagers who use phones late at night', 'indirect', 'study'],
    ['Teenagers who use their phones after 10 p.m.', 'indirect', 'study published on Monday in the journal Pediatrics'],
    ['late-night phone use was linked', 'indirect', 'analysis'],
    ['It is not the phone itself', 'direct', 'Amelia Hart'],
    ['Every hour on a screen', 'direct', 'Amelia Hart'],
    ['parents should not treat the findings', 'indirect', 'Amelia Hart'],
    ['Simple rules, such as charging phones', 'indirect', 'Amelia Hart'],
    ['The study did not prove', 'indirect', 'authors'],
    ['the study relied on what students reported', 'indirect', 'Samuel Okafor'],
    ['Teenagers are not always', 'direct', 'Samuel Okafor'],
    ['But the pattern here', 'direct', 'Samuel Okafor'],
    ['teenagers get eight to ten hours', 'indirect', 'American Academy of Pediatrics'],
    ['Fewer than a third of the students', 'indirect', 'researchers'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => {
    assertNothingElse(a, expected.length);
  });
});

/** A hockey game: a player known by his surname, `he` after a sentence about a team, a coach's partial and split quotes. */
describe('core: a hockey story read whole', () => {
  const a = analyzeText(fixture('hockey-overtime.article'));
  const expected: Expected = [
    ['I just tried to get it on net', 'direct', 'Mika Lahti'],
    ['Jordy made a great play', 'direct', 'Mika Lahti'],
    ["It's hockey", 'direct', 'Mika Lahti'],
    ['her team was slow in the first period', 'indirect', 'Denise Carter'],
    ['We talked about it between periods', 'direct', 'Denise Carter'],
    ['Nobody had to yell', 'direct', 'Denise Carter'],
    ['outstanding', 'partial', 'Pete Novak'],
    ['the team could not keep wasting nights', 'indirect', 'Pete Novak'],
    ['Sam gave us every chance', 'direct', 'Pete Novak'],
    ['We have to find a way', 'direct', 'Pete Novak'],
    ['the locker room was confident', 'indirect', 'Jordan Beck'],
    ['Nobody panicked', 'direct', 'Jordan Beck'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** An opinion column: the writer's own `I`, a book title, scare quotes, `so-called`, critics on each side. */
describe('core: an opinion column read whole', () => {
  const a = analyzeText(fixture('policing-column.article'));
  const expected: Expected = [
    // (`warned in “Politics and the English Language” that …`: past the essay's title, the clause it reports)
    ['political speech is designed', 'indirect', 'George Orwell'],
    ['to make lies sound truthful', 'partial', 'George Orwell'],
    ['the mayor is lying', 'indirect', 'Marion Clarke'],
    ["the plan's authors have confused", 'indirect', 'Marion Clarke'],
    ['the plan will cost $40 million', 'indirect', "city's own budget office"],
    ['the details would be', 'indirect', 'spokeswoman'],
    ['worked out with council', 'partial', 'spokeswoman'],
    ['return to the 1990s', 'partial', 'Critics on the left'],
    ['it does not go far enough', 'indirect', 'Critics on the right'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a slogan, a title and "so-called" are no statements', () => {
    assertNothingElse(a, expected.length);
    assert.ok(!hasStatement(a, 'Politics and the English Language'));
  });
});

/** A wire story on talks: anonymous sources, an official who asked not to be named, a minister who did not confirm. */
describe('core: a wire story on talks read whole', () => {
  const a = analyzeText(fixture('minerals-talks.article'));
  const expected: Expected = [
    // (the headline's claim, its speaker after it: `…, sources say`)
    ['EU and Canada near deal on critical minerals', 'indirect', 'sources'],
    ['The European Union and Canada are close', 'indirect', 'three sources familiar with the talks'],
    ['The agreement, which could be announced', 'indirect', 'three sources familiar with the talks'],
    ['We are in the final stretch', 'direct', 'one EU official'],
    ['There are one or two points left', 'direct', 'one EU official'],
    ['Ottawa was "committed', 'indirect', 'Elise Tremblay'],
    ['committed to building reliable supply chains', 'partial', 'Elise Tremblay'],
    ['carmakers could face shortages', 'indirect', 'Industry groups in Europe'],
    ['Every month without a deal', 'direct', 'Henrik Sand'],
    ['a deal would be largely symbolic', 'indirect', 'Analysts'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, ends the minister’s words before "but did not confirm", and reads dateline and credit', () => {
    assertNothingElse(a, expected.length);
    assert.ok(!statement(a, 'Ottawa was').content.text.includes('timeline'));
    assert.equal(a.dateline?.agency, 'Reuters');
    assert.match(a.credit?.text ?? '', /Reporting by Anna Weber/);
  });
});

/** A feature: neighbours quoted by name and age, a couple who speak as `they`, a mayor's partial. */
describe('core: a feature story read whole', () => {
  const a = analyzeText(fixture('flood-street.article'));
  const expected: Expected = [
    ['It reminds me how close we came', 'direct', 'Maria Lopez'],
    ["And how far we've come since", 'direct', 'Maria Lopez'],
    ['the insurance money covered about half', 'indirect', 'Tom Reyes'],
    ['You learn a lot about your neighbours', 'direct', 'Tom Reyes'],
    ['Mostly that they show up', 'direct', 'Tom Reyes'],
    ['their children still ask', 'indirect', 'Ahmed and Leila Haddad'],
    ['it will build a new berm', 'indirect', 'town'],
    ['the project was "the town', 'indirect', 'Frank Dubois'],
    ["the town's first priority", 'partial', 'Frank Dubois'],
    ["We've heard that before", 'direct', 'Maria Lopez'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the dateline', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'MAPLE GROVE, Ont.');
  });
});

/** Earnings: a company by its legal name and then `the company`, a chief executive on a call, an analyst. */
describe('core: an earnings story read whole', () => {
  const a = analyzeText(fixture('grocer-earnings.article'));
  const expected: Expected = [
    ['net income fell to C$84 million', 'indirect', 'Northwind Foods Inc'],
    ['Our customers are telling us', 'direct', 'Claire Dawson'],
    ['We are responding to that', 'direct', 'Claire Dawson'],
    ['the company would open 15 discount stores', 'indirect', 'Claire Dawson'],
    ['The trade-down is real', 'direct', 'Raymond Cho'],
    ['he expected margins to stay under pressure', 'indirect', 'Raymond Cho'],
    ['it would cut about 300 jobs', 'indirect', 'Northwind Foods Inc'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a profit drop reported and an analysts’ forecast are narration', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Claire Dawson')?.role, 'Chief Executive Officer');
  });
});

/** Ottawa politics: a minister's announcement, `say that is …`, an email to a broadcaster, a budget officer who is no one else. */
describe('core: a federal politics story read whole', () => {
  const a = analyzeText(fixture('pharmacare-promise.article'));
  const expected: Expected = [
    ['The federal government will cover the cost', 'indirect', 'Anita Sharma'],
    ['that is far too slow', 'indirect', 'New Democrats'],
    ['No Canadian should have to choose', 'direct', 'Anita Sharma'],
    ['This is the biggest expansion', 'direct', 'Anita Sharma'],
    ['The plan would start with insulin', 'indirect', 'Anita Sharma'],
    ['and grow to cover most common drugs', 'indirect', 'Anita Sharma'],
    ['his party would push for the full program', 'indirect', 'Daniel Okoye'],
    ['People are rationing their medication', 'direct', 'Daniel Okoye'],
    ["They can't wait three more years", 'direct', 'Daniel Okoye'],
    ['the plan was "another costly promise"', 'indirect', 'Graham Whitby'],
    ['another costly promise', 'partial', 'Graham Whitby'],
    ['lost control of spending', 'partial', 'Graham Whitby'],
    ['the group welcomed the announcement', 'indirect', 'spokesperson for the Canadian Pharmacists Association'],
    ['a single-payer program would cost', 'indirect', 'parliamentary budget officer'],
    ['the government would table legislation', 'indirect', 'Anita Sharma'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the dateline', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'OTTAWA');
  });
});

/** Social media: an Instagram post, a tweet by `one attendee, Kayla Brooks`, a statement opening with quoted words, a lawyer named after a long role. */
describe('core: a social-media story read whole', () => {
  const a = analyzeText(fixture('festival-apology.article'));
  const expected: Expected = [
    ['I am so sorry to everyone', 'direct', 'Lexi Marlowe'],
    ['I trusted the wrong people', 'direct', 'Lexi Marlowe'],
    ['We paid $4,000 for this', 'direct', 'Kayla Brooks'],
    ['Unreal.', 'direct', 'Kayla Brooks'],
    ['"circumstances beyond our control" had forced', 'indirect', 'Blue Reef Events'],
    ['circumstances beyond our control', 'partial', 'Blue Reef Events'],
    ['he planned to file a class-action lawsuit', 'indirect', 'Michael Tran'],
    ["This wasn't bad luck", 'direct', 'Michael Tran'],
    ['This was a business that took', 'direct', 'Michael Tran'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a manager who did not respond said nothing', () => assertNothingElse(a, expected.length));
});

/** Public health: officials somewhere, a medical officer, a health authority after `According to`, a parent. */
describe('core: a public-health story read whole', () => {
  const a = analyzeText(fixture('measles-outbreak.article'));
  const expected: Expected = [
    ['the number of measles cases linked', 'indirect', 'Health officials in British Columbia'],
    ['anyone who is not vaccinated to get a shot', 'indirect', 'Health officials in British Columbia'],
    ['all but one of the cases are in children', 'indirect', 'Priya Raman'],
    ['Measles is one of the most contagious', 'direct', 'Priya Raman'],
    ['If you are not protected', 'direct', 'Priya Raman'],
    ['eight of the cases are linked', 'indirect', 'Fraser Health'],
    ['We did everything right', 'direct', 'Jenna Moss'],
    ['the province would open extra clinics', 'indirect', 'Alan Forbes'],
    ['vaccination rates in some parts', 'indirect', 'Officials'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A police story: `police say`, a news release, a constable by rank, a witness who did not want to be named and then `she`. */
describe('core: a police story read whole', () => {
  const a = analyzeText(fixture('shots-fired.article'));
  const expected: Expected = [
    ['A 27-year-old man has been charged', 'indirect', 'police'],
    ['Officers were called to Argyle Street', 'indirect', 'Halifax Regional Police'],
    ['No one was hit', 'indirect', 'police'],
    ['but a parked car was struck', 'indirect', 'police'],
    ['the suspect was arrested', 'indirect', 'Jennifer Boyd'],
    ['This could have ended very differently', 'direct', 'Jennifer Boyd'],
    ['We are grateful no one was hurt', 'direct', 'Jennifer Boyd'],
    ['she heard at least three shots', 'indirect', 'witness'],
    ['Everyone just dropped to the floor', 'direct', 'witness'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: charges and a court date are narration', () => assertNothingElse(a, expected.length));
});

/** A profile: a chef quoted at length with a quote inside her quote, `Asked …, Reyes pointed`, her first hire. */
describe('core: a profile read whole', () => {
  const a = analyzeText(fixture('chef-restaurant.article'));
  const expected: Expected = [
    ['she never planned to run a restaurant', 'indirect', 'Sofia Reyes'],
    ['Honestly? I was terrified', 'direct', 'Sofia Reyes'],
    ['Restaurants close all the time', 'direct', 'Sofia Reyes'],
    ["They kept saying, 'When are you going", 'direct', 'Sofia Reyes'],
    ['Eventually I ran out of excuses', 'direct', 'Sofia Reyes'],
    ['She gave me a chance', 'direct', 'Marcus Webb'],
    ["I'd follow her anywhere", 'direct', 'Marcus Webb'],
    ['the menu will change every week', 'indirect', 'Sofia Reyes'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a restaurant called Mesa is no statement', () => assertNothingElse(a, expected.length));
});

/** Transfer gossip: reports and a newspaper as sources, a president's `he told reporters at …`, podcasts. */
describe('core: a transfer story read whole', () => {
  const a = analyzeText(fixture('striker-transfer.article'));
  const expected: Expected = [
    ['Manchester United are close to agreeing', 'indirect', 'reports in Portugal'],
    ['United had made an opening offer', 'indirect', 'Times'],
    ['Every player has a price', 'direct', 'Rui Costa Alves'],
    ['But nobody has reached it yet', 'direct', 'Rui Costa Alves'],
    ['I am happy here', 'direct', 'Tiago Mendes'],
    ['he would not discuss players', 'indirect', 'Erik Lund'],
    ["You know I don't talk about that", 'direct', 'Erik Lund'],
    ['Ask me again in August', 'direct', 'Erik Lund'],
    ['the club needed "a proper number nine"', 'indirect', 'Gary Doyle'],
    ['a proper number nine', 'partial', 'Gary Doyle'],
    ['ticks every box', 'partial', 'Gary Doyle'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: where words were said and a fee "said to be" are not what was said', () => assertNothingElse(a, expected.length));
});

/** Foreign news: the Kremlin `on Wednesday denounced`, spokespeople by title, an interpreter, a nightly address. */
describe('core: a foreign story read whole', () => {
  const a = analyzeText(fixture('sanctions-kremlin.article'));
  const expected: Expected = [
    ['economic war', 'partial', 'Kremlin'],
    ['Moscow would respond', 'indirect', 'Kremlin'],
    ['the measures would "hurt', 'indirect', 'Pavel Orlov'],
    ['hurt ordinary Europeans', 'partial', 'Pavel Orlov'],
    ['the European Union had "once again', 'indirect', 'Irina Volkova'],
    ['once again chosen confrontation', 'partial', 'Irina Volkova'],
    ['the sanctions targeted banks', 'indirect', 'Luis Ortega'],
    ['We will keep up the pressure', 'direct', 'Luis Ortega'],
    ['it showed Europe "has not grown tired', 'indirect', 'Oleh Bondar'],
    ['has not grown tired', 'partial', 'Oleh Bondar'],
    ['the measures were unlikely to change', 'indirect', 'Analysts in Moscow'],
    ['Sanctions raise the cost', 'direct', 'Marina Sokolova'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "speaking through an interpreter" is how, not what', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'MOSCOW');
  });
});

/** A court ruling: the court `ruling 7-2 that …`, a justice writing for the majority, a dissent, the ruling itself. */
describe('core: a court-ruling story read whole', () => {
  const a = analyzeText(fixture('phone-ban-ruling.article'));
  const expected: Expected = [
    ["it does not violate students' freedom", 'indirect', 'Supreme Court'],
    ['the law served "a pressing', 'indirect', 'Helen Park'],
    ['a pressing and substantial objective', 'partial', 'Helen Park'],
    ['Schools are entitled to protect', 'direct', 'Helen Park'],
    ['the ban went further than necessary', 'indirect', 'Robert Klein'],
    ['her clients were disappointed', 'indirect', 'Amira Haddad'],
    ['the ruling was "a win', 'indirect', 'Tom Fraser'],
    ['a win for teachers and for kids', 'partial', 'Tom Fraser'],
    ['provinces remain free to write exemptions', 'indirect', 'ruling'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A council vote: councillors by `Coun.`, a participle `calling it “…”`, a mayor. */
describe('core: a council-vote story read whole', () => {
  const a = analyzeText(fixture('four-day-week.article'));
  const expected: Expected = [
    ['other cities had cut sick days', 'indirect', 'Maya Singh'],
    ['We are not promising anything tonight', 'direct', 'Maya Singh'],
    ['We are asking staff to find out', 'direct', 'Maya Singh'],
    ['a distraction from the budget', 'partial', 'Derek Olsen'],
    ['the city was struggling to hire', 'indirect', 'Ruth Kaplan'],
    ['Our competitors for talent', 'direct', 'Ruth Kaplan'],
    ['They are private firms', 'direct', 'Ruth Kaplan'],
    ['it welcomed the vote', 'indirect', 'union representing city workers'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A quote over three paragraphs (an opening mark at each, the closing mark only at the end), then praise `as “extraordinary.”` */
describe('core: a first-person account quoted over paragraphs read whole', () => {
  const a = analyzeText(fixture('hospital-blackout.article'));
  const expected: Expected = [
    ['At first nobody panicked', 'direct', 'Claire Dubois'],
    ['We have generators', 'direct', 'Claire Dubois'],
    ['an investigation was under way', 'indirect', 'Paul Girard'],
    ['extraordinary', 'partial', 'Paul Girard'],
    ['she did not feel like a hero', 'indirect', 'Claire Dubois'],
    ['I felt like a nurse', 'direct', 'Claire Dubois'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and keeps the three paragraphs of the quote as one statement', () => {
    assertNothingElse(a, expected.length);
    assert.match(statement(a, 'We have generators').content.text, /Nobody stopped\.$/);
  });
});

/** An obituary: a daughter by name, an old interview, `he told the Chronicle Herald then`, a fellow musician. */
describe('core: an obituary read whole', () => {
  const a = analyzeText(fixture('fiddler-obituary.article'));
  const expected: Expected = [
    ['he died peacefully', 'indirect', 'Mary Finch'],
    ['He played right up until last month', 'direct', 'Mary Finch'],
    ['His hands were slower', 'direct', 'Mary Finch'],
    ['he never thought of himself as a performer', 'indirect', 'Harold Finch'],
    ["I'm a kitchen player", 'direct', 'Harold Finch'],
    ['The stage is just a bigger kitchen', 'direct', 'Harold Finch'],
    ['Finch once drove four hours', 'indirect', 'Ashley Boyd'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: how friends remembered him is narration', () => assertNothingElse(a, expected.length));
});

/** A tech story: a blog post, `the company` after `Snapframe, the … maker,`, an anonymous person, data as a source. */
describe('core: a layoffs story read whole', () => {
  const a = analyzeText(fixture('startup-layoffs.article'));
  const expected: Expected = [
    ['Snapframe, the photo-editing app maker', 'indirect', 'Nadia Petrov'],
    ['These are people who built this company', 'direct', 'Nadia Petrov'],
    ['I take full responsibility', 'direct', 'Nadia Petrov'],
    ['the cuts would affect about 140 employees', 'indirect', 'Snapframe'],
    ['the company had struggled to raise money', 'indirect', 'person familiar with the matter'],
    ["Snapframe's investors include", 'indirect', 'PitchBook'],
    ['many startups hired too quickly', 'indirect', 'Omar Haddad'],
    ['They planned for a world', 'direct', 'Omar Haddad'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A wildfire: an agency, an information officer, officials who told residents to leave, a resident by name. */
describe('core: a wildfire story read whole', () => {
  const a = analyzeText(fixture('wildfire-evacuation.article'));
  const expected: Expected = [
    ['the fire had grown to 1,200 hectares', 'indirect', 'BC Wildfire Service'],
    ['Conditions are about as bad', 'direct', 'Claire Mason'],
    ['Hot, dry and windy', 'direct', 'Claire Mason'],
    ['residents of the Juniper Ridge neighbourhood to leave', 'indirect', 'Emergency officials'],
    ['gusts could reach 60 kilometres', 'indirect', 'Environment Canada'],
    ['they packed the car in 10 minutes', 'indirect', 'Leah Martin'],
    ['You grab the kids', 'direct', 'Leah Martin'],
    ['Everything else is just stuff', 'direct', 'Leah Martin'],
    ['crews were working to protect homes', 'indirect', 'Dan Reid'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the dateline', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'KAMLOOPS, B.C.');
  });
});

/** Election night: a victory speech, a challenger introduced as `businessman Victor Lam` and then `he`, a campaign's statement. */
describe('core: an election-night story read whole', () => {
  const a = analyzeText(fixture('mayor-reelected.article'));
  const expected: Expected = [
    ['Four years ago you asked me', 'direct', 'Angela Moretti'],
    ['Tonight you told me to keep going', 'direct', 'Angela Moretti'],
    ['he would not rule out running again', 'indirect', 'Victor Lam'],
    ['it had "run a clean race"', 'indirect', "Lam's campaign"],
    ['run a clean race', 'partial', "Lam's campaign"],
    ['Turnout was 38 per cent', 'indirect', "city clerk's office"],
    ['the result showed voters were satisfied', 'indirect', 'Grace Ho'],
    ['Landslides like this usually mean', 'direct', 'Grace Ho'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "up from 31 per cent" after the source is no clause', () => assertNothingElse(a, expected.length));
});

/** Documents that speak: a memo that warns and says, its signer who wrote, a letter signed by doctors that urges. */
describe('core: a story about a memo read whole', () => {
  const a = analyzeText(fixture('nurse-memo.article'));
  const expected: Expected = [
    ['the emergency department could face', 'indirect', 'memo sent to staff at Riverside General Hospital'],
    ['dangerous', 'partial', 'memo sent to staff at Riverside General Hospital'],
    // (`the memo` is the memo the story opened with)
    ['We are short 42 nurses', 'direct', 'memo sent to staff at Riverside General Hospital'],
    ['We expect the gap to grow', 'direct', 'memo sent to staff at Riverside General Hospital'],
    ['the hospital would offer bonuses', 'indirect', 'Janet Cole'],
    ['the provincial government to fund 100', 'indirect', 'letter signed by 40 doctors at the hospital'],
    ['the province had already added', 'indirect', 'Brian Kovacs'],
    ['Help is on the way', 'direct', 'Brian Kovacs'],
    ['a cry for help', 'partial', "nurses' union"],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** Markets: analysts who wrote a note and then `the analysts`, a cartel's long name, traders, a broker. */
describe('core: a markets story read whole', () => {
  const a = analyzeText(fixture('oil-prices.article'));
  const expected: Expected = [
    ['the market had "run ahead', 'indirect', 'Analysts at Harbor Bank'],
    ['run ahead of the fundamentals', 'partial', 'Analysts at Harbor Bank'],
    ['We see more downside than upside', 'direct', 'Analysts at Harbor Bank'],
    ['it still expected demand to grow', 'indirect', 'Organization of the Petroleum Exporting Countries'],
    ['the selling was overdone', 'indirect', 'Some traders'],
    ['Everyone is looking at the same headlines', 'direct', 'Tom Price'],
    ['That usually ends badly', 'direct', 'Tom Price'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a spokesperson who declined to comment said nothing', () => assertNothingElse(a, expected.length));
});

/** A Christmas message: the pope by title, `he told the crowd of tens of thousands`, the Vatican, a priest as `the Rev.` */
describe('core: a papal message read whole', () => {
  const a = analyzeText(fixture('christmas-message.article'));
  const expected: Expected = [
    ['world leaders to "silence the weapons', 'indirect', 'Francis'],
    ['silence the weapons', 'partial', 'Francis'],
    ['he was thinking of children', 'indirect', 'Francis'],
    ['Their faces ask us: why?', 'direct', 'Francis'],
    ['the pope had spoken by phone', 'indirect', 'Vatican'],
    ['the town had cancelled its public celebrations', 'indirect', 'Anton Issa'],
    ['We will pray', 'direct', 'Anton Issa'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the crowd he told is no clause', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'VATICAN CITY');
  });
});

/** A basketball game: a player, a coach's clause and quotes, the team itself announcing an injury. */
describe('core: a basketball story read whole', () => {
  const a = analyzeText(fixture('raptors-rally.article'));
  const expected: Expected = [
    ["I've been missing that shot", 'direct', 'Nia Grant'],
    ['Tonight it finally went down', 'direct', 'Nia Grant'],
    ['his team stopped moving the ball', 'indirect', 'Ray Diaz'],
    ['We got stagnant', 'direct', 'Ray Diaz'],
    ["They made plays and we didn't", 'direct', 'Ray Diaz'],
    ['forward Ben Osei would miss', 'indirect', 'Raptors'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A study: a journal as source, researchers who estimated, a lead author, authors who cautioned, an outside expert who `called … but said`. */
describe('core: a study on trees read whole', () => {
  const a = analyzeText(fixture('urban-trees.article'));
  const expected: Expected = [
    ['Urban trees cut summer heat deaths', 'indirect', 'study'],
    ['Cities that plant more trees', 'indirect', 'study published Tuesday in The Lancet'],
    ['raising tree cover to 30 per cent', 'indirect', 'researchers'],
    ['Trees are not just decoration', 'direct', 'Sofia Lindqvist'],
    ['They are public health infrastructure', 'direct', 'Sofia Lindqvist'],
    ['their model could not capture', 'indirect', 'authors'],
    ['cities should plant species', 'indirect', 'Sofia Lindqvist'],
    ['compelling', 'partial', 'Paul Nguyen'],
    ['trees alone would not be enough', 'indirect', 'Paul Nguyen'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A good-news story: a driver quoting a dialogue inside her quote, police, a transit agency, then `she` again. */
describe('core: a story with a dialogue inside a quote read whole', () => {
  const a = analyzeText(fixture('bus-driver.article'));
  const expected: Expected = [
    ['she spotted the boy', 'indirect', 'Carla Mendes'],
    ['He was in pyjamas', 'direct', 'Carla Mendes'],
    ["I pulled over, put on my flashers and said, 'Hey buddy", 'direct', 'Carla Mendes'],
    ['the boy had slipped out', 'indirect', 'Winnipeg police'],
    ['No charges will be laid', 'indirect', 'police'],
    ['it was "incredibly proud"', 'indirect', 'Winnipeg Transit'],
    ['incredibly proud', 'partial', 'Winnipeg Transit'],
    ['Honestly, anyone would have done it', 'direct', 'Carla Mendes'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and knows Winnipeg Transit for an organization', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Winnipeg Transit')?.kind, 'organization');
  });
});

/** A strike vote: a union announcing through `their union`, a minister quoted partially and urging, `Asked whether …, X said`. */
describe('core: a strike-vote story read whole', () => {
  const a = analyzeText(fixture('teachers-strike-vote.article'));
  const expected: Expected = [
    ['Nova Scotia teachers have voted', 'indirect', 'their union'],
    ['Teachers do not want to strike', 'direct', 'Karen Doucette'],
    ['But they have been pushed', 'direct', 'Karen Doucette'],
    ['class sizes and violence', 'indirect', 'Karen Doucette'],
    ['the government remained "at the table"', 'indirect', 'Paul Arsenault'],
    ['at the table', 'partial', 'Paul Arsenault'],
    ['the union to return to talks', 'indirect', 'Paul Arsenault'],
    ['it was too early to discuss that', 'indirect', 'Paul Arsenault'],
    ['I support the teachers', 'direct', 'Dana Kirby'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: what the law requires is narration', () => assertNothingElse(a, expected.length));
});

/** A recall: `the company said` after `Auto maker Kestrel Motors`, a regulator, a notice, `Kestrel denied that, saying …`. */
describe('core: a recall story read whole', () => {
  const a = analyzeText(fixture('suv-recall.article'));
  const expected: Expected = [
    ['Auto maker Kestrel Motors is recalling', 'indirect', 'Kestrel Motors'],
    ['it was aware of 14 crashes', 'indirect', 'Transport Canada'],
    ['Owners will be notified by mail', 'indirect', 'recall notice'],
    ['Safety is our first priority', 'direct', 'Lena Varga'],
    ['the company had known about the problem', 'indirect', 'Michael Osei'],
    ['They waited until the regulator', 'direct', 'Michael Osei'],
    ['it began investigating', 'indirect', 'Kestrel Motors'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: "denied that," takes an object, not a clause', () => assertNothingElse(a, expected.length));
});

/** A rebate: a minister's announcement, `The opposition welcomed … but said …`, an installer `in Moncton, who asked not to be named`. */
describe('core: a rebate story read whole', () => {
  const a = analyzeText(fixture('heat-pump-rebate.article'));
  const expected: Expected = [
    ['The province will double its rebate', 'indirect', 'Sarah Cho'],
    ['the program has helped more than 20,000', 'indirect', 'Sarah Cho'],
    ['People want to save money', 'direct', 'Sarah Cho'],
    ['This makes both easier', 'direct', 'Sarah Cho'],
    ['the government should do more for renters', 'indirect', 'opposition'],
    ['Half the people in this province rent', 'direct', 'Mark Leduc'],
    ['This program leaves them out', 'direct', 'Mark Leduc'],
    ['they are already booked months in advance', 'indirect', 'Contractors'],
    ['some customers were waiting until spring', 'indirect', 'One installer in Moncton'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** Wildlife: a resident's quote with a quote inside, a ministry that said and urged, a biologist `of Laurentian University`. */
describe('core: a wildlife story read whole', () => {
  const a = analyzeText(fixture('white-moose.article'));
  const expected: Expected = [
    ["I've lived here 50 years", 'direct', 'Derek Paquette'],
    ['My grandfather told me', 'direct', 'Derek Paquette'],
    ['white moose are not albinos', 'indirect', 'Ministry of Natural Resources'],
    ['people not to approach or feed the animal', 'indirect', 'Ministry of Natural Resources'],
    ['white moose are protected', 'indirect', 'Hannah Reyes'],
    ["It's a beautiful animal", 'direct', 'Hannah Reyes'],
    ['Give it space', 'direct', 'Hannah Reyes'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and gives the biologist her role', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Hannah Reyes')?.role, 'Biologist');
  });
});

/** A march: a chant, police numbers, a spokesperson, a minister on the radio, signs that are no statements. */
describe('core: a protest story read whole', () => {
  const a = analyzeText(fixture('tuition-march.article'));
  const expected: Expected = [
    ['Education is a right', 'direct', 'Thousands'],
    ['the march was peaceful', 'indirect', 'Police'],
    ['We are not asking for a gift', 'direct', 'Léa Tremblay'],
    ['We are asking the government', 'direct', 'Léa Tremblay'],
    ['the increase is needed', 'indirect', 'government'],
    ['tuition in Quebec would remain', 'indirect', 'Jean-François Roy'],
    ['My parents marched in 2012', 'direct', 'Amir Haddad'],
    ["Now it's our turn", 'direct', 'Amir Haddad'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: signs reading “Books not bills” are no statement', () => assertNothingElse(a, expected.length));
});

/** Health care: a chief executive by her long title, figures that show, a critic, a minister's spokesperson. */
describe('core: a hospital story read whole', () => {
  const a = analyzeText(fixture('er-wait-times.article'));
  const expected: Expected = [
    ['patients waited an average of nine hours', 'indirect', 'new figures'],
    ['Our staff are doing extraordinary work', 'direct', 'Amina Yusuf'],
    ['The problem is not the emergency room', 'direct', 'Amina Yusuf'],
    ["about 90 of the hospital's beds", 'indirect', 'Amina Yusuf'],
    ['emergency visits rose 12 per cent', 'indirect', 'figures'],
    ['the government had ignored warnings', 'indirect', 'France Gélinas'],
    ['This was predictable', 'direct', 'France Gélinas'],
    ['the province was adding 3,000', 'indirect', 'spokesperson for the health minister'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A tenancy ruling: a tribunal that ruled, a tenant, an arbitrator who wrote, a landlord that did not respond. */
describe('core: a tenancy story read whole', () => {
  const a = analyzeText(fixture('rent-ruling.article'));
  const expected: Expected = [
    ['the landlord had not proven', 'indirect', 'Residential Tenancy Branch'],
    ['We were told it was a done deal', 'direct', 'Grace Lin'],
    ["It turns out it wasn't", 'direct', 'Grace Lin'],
    ['the company had not shown', 'indirect', 'arbitrator'],
    ['the ruling should encourage other renters', 'indirect', 'Ravi Mehta'],
    ['Read the notice carefully', 'direct', 'Ravi Mehta'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A strike at an airline: the airline's statement, its chief executive, a union president `Its president, Captain Leah Morin,`, a passenger, a minister. */
describe('core: an airline strike story read whole', () => {
  const a = analyzeText(fixture('pilots-strike.article'));
  const expected: Expected = [
    ['it had cancelled 420 flights', 'indirect', 'airline'],
    ['We deeply regret the disruption', 'direct', 'Mark Dunn'],
    ['talks broke down over scheduling', 'indirect', "pilots' union"],
    ['did not take this decision lightly', 'partial', 'Leah Morin'],
    ['he had been rebooked three times', 'indirect', 'Sam Wu'],
    ["I'll drive if I have to", 'direct', 'Sam Wu'],
    ["It's only nine hours", 'direct', 'Sam Wu'],
    ['both sides to return to the table', 'indirect', 'Diane Fortin'],
    ['she was "monitoring', 'indirect', 'Diane Fortin'],
    ['monitoring the situation closely', 'partial', 'Diane Fortin'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A school board: a chair, a trustee who `called the decision “…”`, `one mother, Priya Sandhu`, a union. */
describe('core: a school-board story read whole', () => {
  const a = analyzeText(fixture('music-program-cut.article'));
  const expected: Expected = [
    ['the cut was painful but necessary', 'indirect', 'Linda Okafor'],
    ['Nobody on this board wanted', 'direct', 'Linda Okafor'],
    ['the board had not looked hard enough', 'indirect', 'James Whitaker'],
    ['short-sighted', 'partial', 'James Whitaker'],
    ['Music is the reason my son goes to school', 'direct', 'Priya Sandhu'],
    ["You're taking away the one thing", 'direct', 'Priya Sandhu'],
    ['about 30 music teachers would be reassigned', 'indirect', "teachers' union"],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: boos from the gallery are no statement', () => assertNothingElse(a, expected.length));
});

/** Wire economics: data that showed, an agency named with `and` and a legal suffix, an economist, a minister, an association that `the group` means. */
describe('core: a wire economics story read whole', () => {
  const a = analyzeText(fixture('housing-starts.article'));
  const expected: Expected = [
    ['Canadian housing starts fell 7%', 'indirect', 'data'],
    ['The annualized pace of starts slipped', 'indirect', 'Canada Mortgage and Housing Corp'],
    ['Builders are simply not breaking ground', 'direct', 'Rachel Ng'],
    ['she expected starts to stay weak', 'indirect', 'Rachel Ng'],
    ['the government was "deeply concerned"', 'indirect', 'Omar Saleh'],
    ['deeply concerned', 'partial', 'Omar Saleh'],
    ['cities had raised fees', 'indirect', "Canadian Home Builders' Association"],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads dateline and credit', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.date, 'March 15');
    assert.match(a.credit?.text ?? '', /Reporting by Ana Costa/);
  });
});

/** A parade: a captain who told the crowd and shouted, a day declared “Champions Day” (a name), business owners, police. */
describe('core: a parade story read whole', () => {
  const a = analyzeText(fixture('championship-parade.article'));
  const expected: Expected = [
    ['the win belonged to the city', 'indirect', 'Marcus Hill'],
    ['You never stopped believing', 'direct', 'Marcus Hill'],
    ['This is yours', 'direct', 'Marcus Hill'],
    ['city staff had worked through the night', 'indirect', 'Tina Brooks'],
    ['the crowds kept customers away', 'indirect', 'Some downtown business owners'],
    ["It's great for the team", 'direct', 'Jake Olsen'],
    ['there were 14 arrests', 'indirect', 'Police'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a day named “Champions Day” is no statement', () => assertNothingElse(a, expected.length));
});

/** A British wire story: `the Prime Minister` before she is named, a minister `went on to say`, a participle after an inverted frame. */
describe('core: a Westminster ferry story read whole', () => {
  const a = analyzeText(fixture('westminster-ferry.article'));
  const expected: Expected = [
    ['the ferry link to the Western Isles would be saved', 'indirect', 'Helen Carr'],
    ['the government would cover the cost', 'indirect', 'Helen Carr'],
    ['This is a lifeline, not a luxury', 'direct', 'Helen Carr'],
    ['We will not cut it', 'direct', 'Helen Carr'],
    ['tenders would open in the spring', 'indirect', 'Owen Price'],
    ['the last promise of new boats', 'indirect', 'Campaigners'],
    ['We have heard this before', 'direct', 'Mairi MacLeod'],
    ['the group would keep its protest camp', 'indirect', 'Mairi MacLeod'],
    ['the deal was "too little, too late"', 'indirect', 'Tom Reid'],
    ['too little, too late', 'partial', 'Tom Reid'],
    ['winter storms would test the old boats', 'indirect', 'Forecasters'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and knows the Prime Minister by her name and role', () => {
    assertNothingElse(a, expected.length);
    const carr = a.speakers.find(s => s.name === 'Helen Carr');
    assert.equal(carr?.role, 'Prime Minister');
    assert.equal(a.speakers.find(s => s.name === 'Forecasters')?.kind, 'group');
    assert.equal(a.dateline?.location, 'LONDON');
  });
});

/** A trial: records that show, a memo obtained by a paper, an aside between dashes, `quoted as saying`, a question asked. */
describe('core: a records trial read whole', () => {
  const a = analyzeText(fixture('records-trial.article'));
  const expected: Expected = [
    ['the former mayor of Port Ellis signed 14 contracts', 'indirect', 'Court records'],
    ['the mayor "knew exactly', 'indirect', 'Claire Dunn'],
    ['knew exactly what he was doing', 'partial', 'Claire Dunn'],
    ["the contracts broke the town's own rules", 'indirect', 'internal memo'],
    ['the deals should have gone to tender', 'indirect', 'internal memo'],
    ['his client had relied on advice from staff', 'indirect', 'Sam Okoro'],
    // (`was quoted as saying last year that …`: the one quoted)
    ['he had "nothing to hide."', 'indirect', 'Victor Hale'],
    ['nothing to hide', 'partial', 'Victor Hale'],
    ['he had not decided', 'indirect', 'Victor Hale'],
    ['the contracts were worth $2.3 million', 'indirect', 'town'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the question he was asked is no statement', () => {
    assertNothingElse(a, expected.length);
    assert.ok(!hasStatement(a, 'Hale said'), 'the question asked is no statement');
  });
});

/** A rights group's report: an organization named `Watch`, a report with a participle aside, `As X put it:`, an anonymity aside. */
describe('core: a rights report story read whole', () => {
  const a = analyzeText(fixture('rights-report.article'));
  const expected: Expected = [
    ['migrants held in crowded camps', 'indirect', 'Rights group'],
    ['thousands of migrants were being held', 'indirect', 'Human Rights Watch'],
    ['children made up a third', 'indirect', 'report'],
    ['Families are living in tents', 'direct', 'Amira Haddad'],
    ['Nobody tells them when they can leave', 'direct', 'Amira Haddad'],
    ['the camps were overcrowded', 'indirect', 'interior ministry'],
    ['conditions met international standards', 'indirect', 'Karim Aziz'],
    ['A camp is not a home', 'direct', 'Amira Haddad'],
    ['water ran out most afternoons', 'indirect', 'Aid workers'],
    ['the government to let monitors visit', 'indirect', 'Human Rights Watch'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the group as an organization', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Human Rights Watch')?.kind, 'organization');
  });
});

/** A football story: `the manager` speaks before he is named, his message after a colon, a captain `took to social media to say`. */
describe('core: a derby story read whole', () => {
  const a = analyzeText(fixture('derby-loss.article'));
  const expected: Expected = [
    ['We were poor from the first minute', 'direct', 'Jamie Ross'],
    ['Really poor', 'direct', 'Jamie Ross'],
    ['the players had let the supporters down', 'indirect', 'Jamie Ross'],
    ['Back us or sack us', 'direct', 'Jamie Ross'],
    ['the squad would "fight to the end', 'indirect', 'Ben Adeyemi'],
    ['fight to the end', 'partial', 'Ben Adeyemi'],
    ['the board "fully supports" Ross', 'indirect', 'club'],
    ['fully supports', 'partial', 'club'],
    ['they would protest before the next home game', 'indirect', "Supporters' groups"],
    ['he would not walk away', 'indirect', 'Jamie Ross'],
    ['I am not a quitter', 'direct', 'Jamie Ross'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and the manager described first is the man named later', () => {
    assertNothingElse(a, expected.length);
    const ross = a.speakers.find(s => s.name === 'Jamie Ross');
    assert.equal(ross?.role, 'manager');
    assert.ok(!a.speakers.some(s => s.name === 'manager'), 'no separate speaker "manager"');
  });
});

/** A health story: figures that show, a minister quoted in an interview, a critic named after her role after `But`, a source described in an appositive. */
describe('core: a clinic-waits story read whole', () => {
  const a = analyzeText(fixture('clinic-waits.article'));
  const expected: Expected = [
    ['Patients in rural Nova Scotia are waiting', 'indirect', 'new figures'],
    ['she turns away a dozen people a week', 'indirect', 'Priya Nair'],
    ['I went into medicine to help people', 'direct', 'Priya Nair'],
    ['Now I spend my mornings saying no', 'direct', 'Priya Nair'],
    ['they were considering early retirement', 'indirect', 'Doctors in three other counties'],
    ['We have hired 200 doctors since 2021', 'direct', 'Colin Brooks'],
    ['That is more than any province per capita', 'direct', 'Colin Brooks'],
    ['a disgrace', 'partial', 'Lena Fraser'],
    ['the minister was "living in a fantasy', 'indirect', 'Lena Fraser'],
    ['living in a fantasy', 'partial', 'Lena Fraser'],
    ['the province needs another 150 family doctors', 'indirect', 'Doctors Nova Scotia'],
    ['he would meet the group next week', 'indirect', 'Colin Brooks'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the source’s appositive is not what it said', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.dateline?.location, 'HALIFAX');
  });
});

/** A wire business story: a company by its legal suffix, a memo to staff with a partial quote, analysts at a bank, an anonymous engineer. */
describe('core: a software layoffs story read whole', () => {
  const a = analyzeText(fixture('software-layoffs.article'));
  const expected: Expected = [
    ['it would cut 400 jobs', 'indirect', 'Brightline Software Inc'],
    ['the cuts were "painful but necessary"', 'indirect', 'Maya Lin'],
    ['painful but necessary', 'partial', 'Maya Lin'],
    ['We grew too fast', 'direct', 'Maya Lin'],
    ['That is on me', 'direct', 'Maya Lin'],
    ['the cuts could save about $60 million a year', 'indirect', 'Analysts at Harbor Bank'],
    ['staff learned of the layoffs from a news alert', 'indirect', 'One engineer'],
    ['affected employees would receive 16 weeks of pay', 'indirect', 'Brightline Software Inc'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: not responding is no statement', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Maya Lin')?.role, 'Chief Executive');
  });
});

/** A storm warning: a weather agency and a utility named for their country and trade, a school board described, a quote after a laugh. */
describe('core: a snow warning read whole', () => {
  const a = analyzeText(fixture('snow-warning.article'));
  const expected: Expected = [
    ['up to 40 centimetres of snow could fall', 'indirect', 'Environment Canada'],
    ['the heaviest snow would fall inland', 'indirect', 'Jill Kerr'],
    ["If you don't have to travel, don't", 'direct', 'Jill Kerr'],
    ['drivers to stay off the roads', 'indirect', 'RCMP'],
    ['crews were ready to restore power quickly', 'indirect', 'NB Power'],
    ['Schools in the Halifax region will be closed', 'indirect', 'regional centre for education'],
    ["We've seen worse", 'direct', 'Bill Cormier'],
    ['He says that every year', 'direct', 'Anne'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and reads the agency, the utility and the board as organizations', () => {
    assertNothingElse(a, expected.length);
    for (const name of ['Environment Canada', 'NB Power', 'regional centre for education']) assert.equal(a.speakers.find(s => s.name === name)?.kind, 'organization', name);
  });
});

/** A memorial: a daughter named after her role, a partial quote in a reported clause, a former student, a principal. */
describe('core: a teacher memorial read whole', () => {
  const a = analyzeText(fixture('teacher-memorial.article'));
  const expected: Expected = [
    ['her mother had taught for 31 years', 'indirect', 'Ada Obi'],
    ['never once', 'partial', 'Ada Obi'],
    ['She never gave up on a kid', 'direct', 'Marcus Bell'],
    ['Not one', 'direct', 'Marcus Bell'],
    ["staff were setting up a scholarship in Obi's name", 'indirect', 'Dana Hill'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the headline quotes the body', () => assertNothingElse(a, expected.length));
});

/** A council vote: councillors abbreviated `Coun.` before and after quotes, a developer named with its trade, a company's president, a resident. */
describe('core: a tower vote read whole', () => {
  const a = analyzeText(fixture('tower-vote.article'));
  const expected: Expected = [
    ['the tower "would wall off the water', 'indirect', 'Rita Mendes'],
    ['would wall off the water from the people who own it', 'partial', 'Rita Mendes'],
    ['the developer had ignored two rounds', 'indirect', 'Rita Mendes'],
    ['it was "deeply disappointed"', 'indirect', 'Northgate Homes'],
    ['deeply disappointed', 'partial', 'Northgate Homes'],
    ['the project would have created 600 jobs', 'indirect', 'Alan Grey'],
    ['We need homes, and we need them now', 'direct', 'Peter Hsu'],
    ['the city could not afford to turn away housing', 'indirect', 'Dana Wu'],
    ['he had lived near the water for 30 years', 'indirect', 'Omar Khalil'],
    ['This is a win for everyone who walks here', 'direct', 'Omar Khalil'],
    ['she would ask staff for a new plan', 'indirect', 'Ann Bell'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: a councillor abbreviated "Coun." is named, not the council that disagreed', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Peter Hsu')?.role, 'Coun.');
    assert.equal(a.speakers.find(s => s.name === 'Northgate Homes')?.kind, 'organization');
  });
});

/** A study: what it suggests, its lead author quoted then cautioning, an outside expert's partial quote and `but said more work was needed`. */
describe('core: a night-shift study read whole', () => {
  const a = analyzeText(fixture('night-shift-study.article'));
  const expected: Expected = [
    ['People who work night shifts', 'indirect', 'new study'],
    ['The body clock is not a detail', 'direct', 'Ingrid Solberg'],
    ['It runs almost everything', 'direct', 'Ingrid Solberg'],
    ['the study showed a link, not a cause', 'indirect', 'Ingrid Solberg'],
    ['Other factors, such as sleep and diet, could play a role', 'indirect', 'Ingrid Solberg'],
    ['large and careful', 'partial', 'Mark Hale'],
    ['more work was needed before hospitals changed their rosters', 'indirect', 'Mark Hale'],
    ['it would share the findings with members', 'indirect', "nurses' union"],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: where findings were published is not what they say', () => assertNothingElse(a, expected.length));
});

/** A police brief: a constable abbreviated `Const.`, two clauses before his name, a shop owner quoted twice, an appeal to witnesses. */
describe('core: a pharmacy break-in read whole', () => {
  const a = analyzeText(fixture('pharmacy-break-in.article'));
  const expected: Expected = [
    ['Officers were called to the store on King Street', 'indirect', 'Jamie Fraser'],
    ['The suspect was arrested nearby', 'indirect', 'Jamie Fraser'],
    ['the thief smashed the front window', 'indirect', 'Linda Park'],
    ["It's the second time this year", 'direct', 'Linda Park'],
    ["I'm tired", 'direct', 'Linda Park'],
    ['anyone with video of the area to call them', 'indirect', 'Police'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and gives the constable his rank', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Jamie Fraser')?.role, 'Const.');
  });
});

/** A feature: a quote running over two paragraphs, a company that `says`, its spokesperson, a son named only by his given name. */
describe('core: a wind-farm feature read whole', () => {
  const a = analyzeText(fixture('wind-farm-fishers.article'));
  const expected: Expected = [
    ["They tell us the turbines won't hurt the lobster", 'direct', 'Marie Boudreau'],
    ['Nobody has studied it', 'direct', 'Marie Boudreau'],
    ['its surveys found no harm to fish stocks', 'indirect', 'Atlantic Breeze Energy'],
    ['the firm had met fishers "more than 40 times', 'indirect', 'Tom Leger'],
    ['more than 40 times', 'partial', 'Tom Leger'],
    ['the meetings were "a show"', 'indirect', 'Marie Boudreau'],
    ['a show', 'partial', 'Marie Boudreau'],
    ['If the lobster go, we go', 'direct', 'Mark'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and keeps the quote over two paragraphs whole', () => {
    assertNothingElse(a, expected.length);
    assert.match(statement(a, 'Nobody has studied it').content.text, /We are still waiting\.$/);
  });
});

/** A hockey game: a rookie quoted, his coach after a clause, a rival captain's `called it “…”`, a coach's pronoun clause. */
describe('core: a late-goal hockey story read whole', () => {
  const a = analyzeText(fixture('gulls-late-goal.article'));
  const expected: Expected = [
    ['I just closed my eyes and shot', 'direct', 'Sam Price'],
    ['My mom is going to lose her mind', 'direct', 'Sam Price'],
    ['the youngster had earned his chance', 'indirect', 'Ray Diaz'],
    ['He works harder than anyone in practice', 'direct', 'Ray Diaz'],
    ['Tonight it paid off', 'direct', 'Ray Diaz'],
    ["the worst call I've seen all year", 'partial', 'Luc Moreau'],
    ['his team had simply run out of legs', 'indirect', 'Ben Tate'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else', () => assertNothingElse(a, expected.length));
});

/** A federal politics story: a minister's announcement, an organization named `X of Canadian Y` that `welcomed … but warned`, `dismissed the plan as “…”`, `another, Raj Gill of the Fraser Institute, said`. */
describe('core: a housing-approvals story read whole', () => {
  const a = analyzeText(fixture('housing-approvals.article'));
  const expected: Expected = [
    ['The federal government will tie infrastructure money', 'indirect', 'Sean Fraser'],
    ['Cities that cut approval times in half', 'indirect', 'Sean Fraser'],
    ["We can't build homes at the speed of paperwork", 'direct', 'Sean Fraser'],
    ['strings attached to it could slow projects', 'indirect', 'Federation of Canadian Municipalities'],
    ['cities were "ready to work with Ottawa', 'indirect', 'Carole Saab'],
    ['ready to work with Ottawa, not for it', 'partial', 'Carole Saab'],
    ['a photo op', 'partial', 'Pierre Lavoie'],
    ['a Conservative government would cut the federal sales tax', 'indirect', 'Pierre Lavoie'],
    ['the incentive was well designed', 'indirect', 'Mia Chen'],
    ['Ottawa was "treating the symptom', 'indirect', 'Raj Gill'],
    ['treating the symptom, not the disease', 'partial', 'Raj Gill'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: welcoming money is no statement, and Ottawa is no speaker', () => {
    assertNothingElse(a, expected.length);
    assert.ok(!a.speakers.some(s => s.name === 'Ottawa'));
  });
});

/** A transit story: a headline that says, a clause interrupted by its frame, shares of a poll's respondents, a medium between speaker and cue, a relative clause of the city's, a gerund subject. */
describe('core: a transit-levy story read whole', () => {
  const a = analyzeText(fixture('transit-poll.article'));
  const expected: Expected = [
    ['Transit Levy Will Pass Before Spring', 'indirect', 'Grace Okafor'],
    ['she had the votes to pass a transit levy', 'indirect', 'Grace Okafor'],
    ['The levy, her office said, would raise $40 million', 'indirect', 'Grace Okafor’s office'], // (`her office`, named after her)
    ['48 percent of residents support the levy', 'indirect', 'survey'],
    ['they would ride the bus more', 'indirect', 'Most of the respondents'],
    ['they would never take transit', 'indirect', 'mere 12 percent'],
    ['the money would go to routes', 'indirect', 'Grace Okafor'],
    ['have been starved for a decade', 'partial', 'Grace Okafor'],
    ['they already pay high taxes', 'indirect', 'several business owners'],
    ['the other had ignored the data', 'indirect', 'Each group'],
    ['will be finished in June', 'indirect', 'city'],
    ['Seeing fares rise twice in three years made riders angry', 'indirect', 'Dan Ross'],
    ['We are not against buses', 'direct', 'Dan Ross'],
    ['We are against paying more for less', 'direct', 'Dan Ross'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, ends a clause before "even as", and reads the shares of a poll as groups', () => {
    assertNothingElse(a, expected.length);
    assert.equal(statement(a, 'she had the votes').content.text, 'she had the votes to pass a transit levy');
    for (const name of ['Most of the respondents', 'mere 12 percent', 'several business owners']) {
      assert.equal(a.speakers.find(s => s.name === name)?.kind, 'group', name);
    }
  });
});

/** A US political story: party-and-state parentheticals, people of something, an issued statement, joined names, data and a website as sources. */
describe('core: a school-bill story read whole', () => {
  const a = analyzeText(fixture('school-bill-vote.article'));
  const expected: Expected = [
    ['it would send more money to rural districts', 'indirect', 'Maria Delgado'],
    ['it would leave city schools with less', 'indirect', 'Critics of the bill'],
    ['the formula is fairer', 'indirect', 'Proponents of the measure'],
    ['the vote was', 'indirect', 'Rural Schools Alliance'],
    ['long overdue', 'partial', 'Rural Schools Alliance'],
    ['they would press the House', 'indirect', 'Tom Harlan and Rita Voss'],
    ['We have waited ten years', 'direct', 'Tom Harlan and Rita Voss'],
    ['Enrolment in rural districts fell', 'indirect', 'Education Department'],
    ['Senate Majority Leader Paul Brenner had promised', 'indirect', 'Maria Delgado'],
    ['the schedule was never fixed', 'indirect', 'Ana Ruiz'],
    ['The measure would cost $2 billion a year', 'indirect', 'schoolfunding.org'],
    ['the chamber would take up the budget next', 'indirect', 'Helen Marsh'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and keeps each speaker’s kind and role', () => {
    assertNothingElse(a, expected.length);
    const kinds = new Map(a.speakers.map(s => [s.name, s.kind]));
    assert.equal(kinds.get('Tom Harlan and Rita Voss'), 'group');
    assert.equal(kinds.get('Rural Schools Alliance'), 'organization');
    assert.equal(kinds.get('schoolfunding.org'), 'organization');
    assert.equal(a.speakers.find(s => s.name === 'Helen Marsh')?.role, 'Senate Chief of Staff');
    assert.equal(statement(a, 'Enrolment').content.text, 'Enrolment in rural districts fell 9 percent over the decade');
  });
});

/** A strike vote in British-style single quotes: a frame in commas before an adverbial, a publication as the listener, an unnamed nurse as "she". */
describe('core: a nurses’ strike-vote story read whole', () => {
  const a = analyzeText(fixture('nurses-strike-vote.article'));
  const expected: Expected = [
    ['Nurses at three hospitals in the city voted', 'indirect', 'their union'],
    ['94 per cent of members who cast ballots', 'indirect', 'Nurses Association'],
    ["We don't want to strike", 'direct', 'Kate Moran'],
    ['But our members are exhausted', 'direct', 'Kate Moran'],
    ["the government's offer of a 3 per cent raise", 'indirect', 'Paul Grant'],
    ['fair and affordable', 'partial', 'Paul Grant'],
    ['the union to return to the bargaining table', 'indirect', 'Paul Grant'],
    ['emergency care would continue', 'indirect', 'Hospital officials'],
    ['it was "disappointed"', 'indirect', 'Northside Health'],
    ['disappointed', 'partial', 'Northside Health'],
    ['committed to reaching a deal', 'partial', 'Northside Health'],
    ["Some nights I don't sit down once", 'direct', 'One nurse'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: the adverbial after "their union said," is the writer’s', () => {
    assertNothingElse(a, expected.length);
    assert.equal(statement(a, 'Nurses at three').content.text, 'Nurses at three hospitals in the city voted overwhelmingly on Thursday to strike next month');
    assert.equal(a.speakers.find(s => s.name === 'Northside Health')?.kind, 'organization');
  });
});

/** A police apology: a description opening the story names the chief named after it; a review by a newspaper is the newspaper's. */
describe('core: a wrong-house raid story read whole', () => {
  const a = analyzeText(fixture('wrong-house-raid.article'));
  const expected: Expected = [
    ['unacceptable', 'partial', 'Robert Haynes'],
    ['officers had relied on an outdated address', 'indirect', 'Robert Haynes'],
    ['The department has placed two supervisors on leave', 'indirect', 'Robert Haynes'],
    ['she still could not sleep', 'indirect', 'Denise Carter'],
    ['They pointed guns at babies', 'direct', 'Denise Carter'],
    ['Nobody should go through that', 'direct', 'Denise Carter'],
    ['the family planned to file a lawsuit', 'indirect', 'Michael Grant'],
    ['a start, but only a start', 'partial', 'Michael Grant'],
    ['she would call for hearings', 'indirect', 'Lisa Tran'],
    ['The raid was the third at a wrong address', 'indirect', 'Herald'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else: declining to comment is no statement', () => {
    assertNothingElse(a, expected.length);
    assert.equal(a.speakers.find(s => s.name === 'Robert Haynes')?.role, 'Chief');
  });
});

/**
 * A Senate race: a subject past an aside naming a town and its state, past when it spoke and to whom; a party and state in
 * parentheses; a poll by its maker; a spokesperson named after her statement; a list of acts parted by semicolons; a quote after
 * a colon; a description of a senator written `Sen.`.
 */
describe('core: a Senate race story read whole', () => {
  const a = analyzeText(fixture('senate-race-rally.article'));
  const expected: Expected = [
    ['the incumbent would raise taxes', 'indirect', 'Tom Brandt'],
    ['a giveaway to lobbyists', 'partial', 'Tom Brandt'],
    ['the claim was false', 'indirect', 'senior adviser'],
    ['the race was closer than the polls showed', 'indirect', 'Carla Weiss'],
    ['46 percent of likely voters backed Weiss', 'indirect', 'Gallup'],
    ['Turnout in the primary', 'indirect', 'state election data'],
    ['the senator would not debate on a Sunday', 'indirect', 'Renata Alvarez'],
    ['We offered three dates', 'direct', 'Renata Alvarez'],
    ['Voters deserve to hear', 'direct', 'Renata Alvarez'],
    ['how Weiss would pay for her housing plan', 'indirect', 'Tom Brandt'], // (a question asked: `questioned how …`)
    ['he would win by double digits', 'indirect', 'Tom Brandt'],
    ['This race is over.', 'direct', 'Dale Fenton'],
    ['families who keep this state running', 'partial', 'Carla Weiss'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and gives each source a role and a kind', () => {
    assertNothingElse(a, expected.length);
    const of = (name: string) => a.speakers.find(s => s.name === name);
    assert.equal(of('Tom Brandt')?.role, 'Republican Senate candidate');
    assert.equal(of('Renata Alvarez')?.role, 'spokeswoman for the Weiss campaign');
    assert.equal(of('Dale Fenton')?.role, 'Radio talk show host');
    assert.equal(of('Gallup')?.kind, 'organization');
    assert.equal(a.dateline?.location, 'WILMINGTON, Del.');
  });
});

/**
 * A court ruling on a mine: a court's finding and a judge's (and the words quoted in it); a statement that speaks for whoever
 * issued it; a role with `of` after an inverted cue; a trade as a role; a body's words after a colon; a counted clause after
 * `according to`; a subject after `Later`; leaders of two towns.
 */
describe('core: a whole invented article (a court ruling on a mine, and the towns downstream)', () => {
  const a = analyzeText(fixture('mine-ruling.article'));
  const expected: Expected = [
    ['regulators had ignored the risk to groundwater', 'indirect', 'Maria Chen'], // (the judge the story names next)
    ['the Bureau of Land Management had relied', 'indirect', 'Maria Chen'],
    ['years out of date', 'partial', 'Maria Chen'],
    ['it would appeal', 'indirect', 'Redrock Copper'],
    ['We are disappointed', 'direct', 'Redrock Copper'], // (`the statement said`: the statement Redrock issued)
    ['This is a huge win for the river', 'direct', 'Dana Firth'],
    ['he had warned the county', 'indirect', 'Steve Mills'],
    ['The mine must not grow.', 'direct', 'county board of commissioners'],
    ['up to 40 wells could run dry', 'indirect', 'state water office'],
    ['the ruling proved the county had been right', 'indirect', 'Tom Brandt'],
    ['the towns would seek damages', 'indirect', 'leaders of Salida and Poncha Springs'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and gives each source a role and a kind', () => {
    assertNothingElse(a, expected.length);
    const of = (name: string) => a.speakers.find(s => s.name === name);
    assert.equal(of('Maria Chen')?.role, 'U.S. District Judge');
    assert.equal(of('Steve Mills')?.role, 'Contractor');
    assert.equal(of('county board of commissioners')?.kind, 'organization');
    assert.equal(of('leaders of Salida and Poncha Springs')?.kind, 'group');
    assert.ok(!a.speakers.some(s => /^(statement|Poncha Springs|chief)$/.test(s.name)));
    assert.equal(a.dateline?.location, 'DENVER');
  });
});

/**
 * A campaign stop: a senator with a given name men share, a listener named in several words, a verb introducing a quote,
 * a frame inside its clause, a person of a place with a quoted aside, `and others`, people with a phrase saying which,
 * an elided clause, a participle after a subordinator, `responded by saying`.
 */
describe('core: a campaign-stop story read whole', () => {
  const a = analyzeText(fixture('campaign-stop.article'));
  const expected: Expected = [
    ['she will not give up on the dredging money', 'indirect', 'Lindsey Marsh'],
    ['I am a builder who likes to finish things.', 'direct', 'Lindsey Marsh'],
    ['The turning point, Marsh wrote in a letter to donors, came in March', 'indirect', 'Lindsey Marsh'],
    ['a harbour to nowhere', 'partial', 'Tom Pell'],
    ['the money should go to roads', 'indirect', 'Tom Pell'],
    ['they could not support it', 'indirect', 'Pell and others'],
    ['the channel had been silting up for years', 'indirect', 'Other retired fishermen with boats in the harbour'],
    ['she would', 'indirect', 'Dana Holt'],
    ['she would stay out of the race', 'indirect', 'Dana Holt'],
    ['the dredging could start in the spring', 'indirect', 'Ray Ouellette'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and no place, cue or adjective as a speaker', () => {
    assertNothingElse(a, expected.length);
    assert.ok(!a.speakers.some(s => /^(Maine|Augusta|Bangor)$/.test(s.name)));
    assert.equal(a.speakers.find(s => s.name === 'Lindsey Marsh')?.role, 'Sen.');
    assert.equal(statement(a, 'I am a builder').cue?.text, 'cracked');
    assert.equal(statement(a, 'the dredging could start').cue?.text, 'responded by saying');
    assert.equal(a.dateline?.location, 'PORTLAND, Maine');
  });
});

describe('core: a senator courting voters, quoted with two apostrophes, read whole', () => {
  const a = analyzeText(fixture('senator-courting.article'));
  const expected: Expected = [
    ["I'm not asking you to agree with me on everything,", 'direct', 'Robert Hale'],
    ["I'm asking you to hold me to what I promise.", 'direct', 'Robert Hale'],
    ['If we win the suburbs by five, we win,', 'direct', 'Nora Quist'],
    ['If we lose them, nothing else matters.', 'direct', 'Nora Quist'],
    ['him of changing positions to suit the crowd', 'indirect', 'Kim Ashworth'],
    ["he had ''discovered the suburbs about the same time he discovered he was behind.''", 'indirect', 'Kim Ashworth'],
    ['discovered the suburbs about the same time he discovered he was behind.', 'partial', 'Kim Ashworth'],
    ["He's a nice man, but he voted for the pipeline,", 'direct', 'Dale Fenner'],
    ['he would probably skip the Senate race altogether', 'indirect', 'Dale Fenner'],
    ['she had voted for Ms. Ashworth in the primary', 'indirect', 'Lisa Tran'],
    ['more human than I expected.', 'partial', 'Lisa Tran'],
    ['I came to yell at him,', 'direct', 'Lisa Tran'],
    ['and I ended up asking for a yard sign.', 'direct', 'Lisa Tran'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, a speaker for each person named, and their roles', () => {
    assertNothingElse(a, expected.length);
    assert.deepEqual(a.speakers.map(s => s.name), ['Robert Hale', 'Nora Quist', 'Kim Ashworth', 'Dale Fenner', 'Lisa Tran']);
    assert.equal(a.speakers.find(s => s.name === 'Nora Quist')?.role, 'his campaign manager');
    assert.equal(a.speakers.find(s => s.name === 'Dale Fenner')?.role, 'retired farmer');
    assert.equal(a.dateline?.location, 'DES MOINES');
  });
});

/** A provincial politics story: people and a body joined as one group, a person of a body after `of the`, a body's survey finding, a body described with `which`, shares counted after a conjunction, a crowd shouting after `as`. */
describe('core: a carbon plan and its critics read whole', () => {
  const a = analyzeText(fixture('carbon-plan.article'));
  const expected: Expected = [
    ['Premier defends carbon plan as critics pile on', 'indirect', 'Opposition'],
    ['it would drive investment out of the province', 'indirect', 'business groups and the Opposition'],
    ['the plan was "the most practical way" to meet federal targets', 'indirect', 'Dana Whitford'],
    ['the most practical way', 'partial', 'Dana Whitford'],
    ['Nobody likes a new cost,', 'direct', 'Dana Whitford'],
    ['But the cost of doing nothing is higher.', 'direct', 'Dana Whitford'],
    ['a gut punch', 'partial', 'Canadian Federation of Independent Business'],
    ['two-thirds of its members opposed it', 'indirect', 'Canadian Federation of Independent Business'],
    ['the plan was "broadly sensible" but that its rebates were too small', 'indirect', 'Trevor Tombe'],
    ['broadly sensible', 'partial', 'Trevor Tombe'],
    ['the plan was weak', 'indirect', 'Friends of the Earth'],
    ['they supported it', 'indirect', 'most respondents'],
    ['they had not heard of it', 'indirect', '31 percent'],
    ['We will use every tool we have,', 'direct', 'Dana Whitford'],
    ['Too late!', 'direct', 'some in the crowd'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, and knows which speakers are bodies and groups', () => {
    assertNothingElse(a, expected.length);
    const kind = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.equal(kind('business groups and the Opposition'), 'group');
    assert.equal(kind('Friends of the Earth'), 'organization');
    assert.equal(kind('Canadian Federation of Independent Business'), 'organization');
    assert.equal(kind('Trevor Tombe'), 'person');
    assert.equal(a.speakers.find(s => s.name === 'Trevor Tombe')?.role, 'Economist');
  });
});

/** A press release's rail bill: a wire between slashes, senators named together with a plural title, an embedded post, a body's initials, an anonymous source and `the executive`, critics in a relative clause, an extraposed clause, a quote after narration, a remark owned after it. */
describe('core: a rail safety bill read whole', () => {
  const a = analyzeText(fixture('rail-safety-bill.article'));
  const expected: Expected = [
    ['Rail safety bill clears Senate', 'indirect', 'sponsors'],
    ['it would "put families before freight."', 'indirect', 'Maria Cantu and Dale Brooks'],
    ['put families before freight.', 'partial', 'Maria Cantu and Dale Brooks'],
    ['Tonight the Senate chose safety over excuses.', 'pullquote', 'Maria Cantu'],
    ['The bill requires two-person crews', 'indirect', 'Federal Railroad Administration'],
    ['it would need 200 more inspectors', 'indirect', 'Federal Railroad Administration'],
    ['the crew rule would cost the industry', 'indirect', 'senior rail industry executive'],
    ['carriers would fight it in the House', 'indirect', 'senior rail industry executive'],
    ['it will raise shipping costs', 'indirect', 'critics'],
    ['A few cents on a shipment', 'direct', 'Maria Cantu'],
    ['That is the choice.', 'direct', 'Maria Cantu'],
    ['It is no accident, Brooks said, that the bill passed', 'indirect', 'Dale Brooks'],
    ['We\'ll see.', 'direct', 'Dale Brooks'],
    ['It\'s a start.', 'direct', 'Lena Ortiz'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, reads the release\'s dateline, and knows the senators and the body under every name', () => {
    assertNothingElse(a, expected.length);
    assert.deepEqual([a.dateline?.location, a.dateline?.date, a.dateline?.agency], ['WASHINGTON', 'May 6, 2025', 'PRNewswire']);
    assert.deepEqual(['Maria Cantu', 'Dale Brooks'].map(n => a.speakers.find(s => s.name === n)?.role), ['Sen.', 'Sen.']);
    assert.ok(a.speakers.find(s => s.name === 'Federal Railroad Administration')?.aliases.includes('FRA'));
    assert.equal(a.speakers.find(s => s.name === 'Lena Ortiz')?.role, 'Mayor');
  });
});

/** A town's clinic closing: a legislator by title after her quote, a mayor and her deputy, a statement a sentence opens in, a body `which` stands for, kin named by one word, a verb attributing only after a quote, an anonymous adviser, a department named with `and`, a title's holder of a body named after `of`. */
describe('core: a clinic closure read whole', () => {
  const a = analyzeText(fixture('clinic-closure.article'));
  const expected: Expected = [
    ['The only walk-in clinic in Port Alder will close at the end of the month', 'indirect', "province's health authority"],
    ['the closure would force patients to drive two hours for care', 'indirect', 'Liberal MP'],
    ['It is shameful,', 'direct', 'Liberal MP'],
    ["the town had offered to pay the clinic's rent", 'indirect', 'Olivia Tremblay'],
    ['the council would meet on Thursday', 'indirect', 'Ausma Pereira'],
    ['It will depend on Halifax,', 'direct', 'Olivia Tremblay'],
    ['it could not find doctors willing to work in the town', 'indirect', 'Nova Health'],
    ["We share the community's frustration,", 'direct', 'Nova Health'],
    ['it had tried for two years to recruit staff', 'indirect', 'Coastal Care Foundation'],
    ['her mother had waited six hours at the clinic in June', 'indirect', 'Camille'],
    ['Not again,', 'direct', 'Camille'],
    ['the government was reviewing the decision', 'indirect', 'senior adviser'],
    ['the lease would not be renewed', 'indirect', 'Fisheries and Oceans Canada'],
    ['her community would be hit hardest', 'indirect', 'chief of a nearby First Nation'],
    ['about half of its members had no car', 'indirect', 'chief of a nearby First Nation'],
  ];
  itFindsEach(a, expected);

  it('finds nothing else, reads the wire dateline, and knows each speaker for what it is', () => {
    assertNothingElse(a, expected.length);
    assert.deepEqual([a.dateline?.location, a.dateline?.date, a.dateline?.agency], ['HALIFAX', 'Nov. 30', 'Reuters']);
    const kind = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.deepEqual(['Liberal MP', 'Coastal Care Foundation', 'Fisheries and Oceans Canada', 'chief of a nearby First Nation'].map(kind), ['person', 'organization', 'organization', 'person']);
    assert.equal(a.speakers.find(s => s.name === 'Camille')?.role, 'her daughter');
    assert.equal(a.speakers.find(s => s.name === 'Ausma Pereira')?.role, 'Deputy Mayor');
    assert.ok(!a.speakers.some(s => s.name === 'First Nation'));
  });
});
