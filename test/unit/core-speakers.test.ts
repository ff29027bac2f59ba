import * as assert from 'node:assert/strict';
import { analyzeText, fixture, hasStatement, seedText, speakerOf, speakerRecordOf, statement } from './core-helpers';

describe('core: reported speech', () => {
  it('reads a participle after `with` and its own subject (…, with several councillors saying …)', () => {
    const a = analyzeText('Vote\n\nCouncil put off the vote after four hours of debate, with several councillors saying they needed more time. ' +
      'The bill passed, with Smith saying it was overdue. She left with her brother saying nothing.');
    assert.deepEqual([speakerOf(a, 'they needed more time'), statement(a, 'they needed more time').cue?.text], ['several councillors', 'saying']);
    assert.equal(speakerOf(a, 'it was overdue'), 'Smith');
    assert.ok(!hasStatement(a, 'nothing'));
  });
  it('reads the subject of a participle after the sentence’s opening phrase, not a word of that phrase', () => {
    const a = analyzeText('Talks\n\nContinuing to explain his view, Dana Ruiz rejected the idea that the plan was dead, saying the council would revive it. ' +
      'Shortly after the announcement, the families of the founders had mobilized, warning that the deal would ruin the firm. ' +
      'At a town hall in Ames, Iowa, on Sunday, Mrs. Clinton tried to clarify her remarks, saying that the country should lead. ' +
      'In early May, the mayor’s chief of staff, Ola Berg, wrote to the board, telling members the vote would wait. ' +
      'In recent days, the office has been busy since the letters arrived, claiming the rules had been broken.');
    assert.equal(speakerOf(a, 'the council would revive it'), 'Dana Ruiz');
    assert.equal(speakerOf(a, 'the deal would ruin the firm'), 'families of the founders');
    assert.equal(a.speakers.find(s => s.name === 'families of the founders')?.kind, 'group');
    assert.equal(speakerOf(a, 'the country should lead'), 'Clinton');
    assert.equal(speakerOf(a, 'the vote would wait'), 'Ola Berg');
    assert.ok(!a.statements.some(s => s.content.text.includes('the rules had been broken') && s.speaker?.name === 'office'), 'a participle after a clause of its own is not the main subject’s');
  });

  it('reads `referred to X as “…”`, a quote after a relative clause on the opening name that ends in a quote, and a pronoun’s document with its recipient', () => {
    const a = analyzeText('Crash victims\n\nThe pilot had logged 2,766 flying hours, the airline said Thursday. A friend referred to him as “the most beautiful soul I’ve ever met” in a Facebook post.\n\n' +
      '“Tonight, I want to hear you roar,” a smiling Lane said before introducing Perry.\n\n' +
      'Perry, who hugged Lane while wearing a purple cape bearing the words, “I’m with Madam Mayor,” shouted, “In three days, let’s make history!”\n\n' +
      'As the chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, “Imagine a world where we lead.”');
    assert.deepEqual([statement(a, 'the most beautiful soul').speaker?.name, statement(a, 'the most beautiful soul').cue?.text], ['friend', 'referred']);
    assert.equal(statement(a, 'In three days').speaker?.name, 'Perry');
    assert.equal(statement(a, 'Imagine a world').speaker?.name, 'Jeff Weiner');
    assert.ok(!a.speakers.some(s => /memo/.test(s.name)));
  });

  it('gives what an issued document says, later, to whoever issued it (`the statement said`, `the letter says`)', () => {
    const a = analyzeText('Apology\n\nThe Harbour Party issued a statement apologizing to Mr. Hale on Monday.\n\n' +
      '“We offer a deep and sincere apology to Mr. Hale,” the statement said.\n\n' +
      'Defence Minister Ada Kerr provided a written statement in response to questions. “The minister believes her use of email was a mistake,” the statement said in part.\n\n' +
      'A coalition of nearly 40 groups sent a letter this week urging the council to act. “The council has failed to act,” the letter says.\n\n' +
      'Ruiz’s campaign sent out a press release saying Lane owes the city an apology. The release called Lane “reckless.”');
    assert.equal(statement(a, 'We offer a deep').speaker?.name, 'Harbour Party');
    assert.equal(statement(a, 'We offer a deep').speaker?.mention?.text, 'the statement');
    assert.equal(statement(a, 'The minister believes').speaker?.name, 'Ada Kerr');
    assert.equal(statement(a, 'the council to act').speaker?.name, 'coalition of nearly 40 groups');
    assert.equal(statement(a, 'The council has failed').speaker?.name, 'coalition of nearly 40 groups');
    assert.equal(statement(a, 'Lane owes the city').speaker?.name, 'Ruiz’s campaign');
    assert.equal(statement(a, 'reckless').speaker?.name, 'Ruiz’s campaign');
    // (a document never spoken of as issued is still its own source)
    const b = analyzeText('Poll\n\n“Voters are split,” the report said.');
    assert.equal(statement(b, 'Voters are split').speaker?.name, 'report');
    // a document someone spoke in is theirs too; one issued many paragraphs before is not what `the statement` means
    const c = analyzeText('Cuts\n\nAcme Corp. will cut about 2,000 jobs, the company said in a regulatory filing on Tuesday. ' +
      'The cuts are part of a plan to save $500 million a year, according to the filing.\n\n' +
      '“He was a kind man,” Mayor Ida Roth said in a statement.\n\n' + 'The town grieved for weeks and weeks. '.repeat(45) + '\n\n' +
      'Vanguard confirmed his death on Facebook. He was “a respected colleague,” the statement added.');
    assert.equal(statement(c, 'The cuts are part').speaker?.name, 'Acme Corp.');
    assert.notEqual(statement(c, 'a respected colleague').speaker?.name, 'Ida Roth');
  });

  it('gives a statement issued as a document to whoever issued it, and a name with clients to a business', () => {
    const a = analyzeText('Memo\n\nMinutes later, the Harbourline campaign issued a statement saying that the mayor meant something else. ' +
      'The Nordic Embassy in Ottawa released a statement saying that Oslo had no position. The union put out a statement saying its members would strike.\n\n' +
      'Ruiz wrote that Vantor clients had paid millions. Vantor issued a statement saying the memo was accurate. He said the deals were legal.');
    assert.equal(speakerOf(a, 'the mayor meant something else'), 'Harbourline campaign');
    assert.equal(speakerOf(a, 'Oslo had no position'), 'Nordic Embassy');
    assert.equal(speakerOf(a, 'its members would strike'), 'union');
    assert.equal(speakerOf(a, 'the memo was accurate'), 'Vantor');
    assert.equal(a.speakers.find(s => s.name === 'Vantor')?.kind, 'organization');
    assert.equal(speakerOf(a, 'the deals were legal'), 'Ruiz');
    const made = analyzeText('Pitch\n\nSen. Ted Varga is making a pitch to New York voters saying a state law is hurting the economy. ' +
      'The mayor gave a speech Tuesday saying the city would grow. Lena Ruiz sent an email to staff saying the office would close.');
    assert.equal(speakerOf(made, 'a state law is hurting'), 'Ted Varga');
    assert.equal(speakerOf(made, 'the city would grow'), 'mayor');
    assert.equal(speakerOf(made, 'the office would close'), 'Lena Ruiz');
  });

  it('reads a party and state after a lawmaker’s name (R-Ky., D-N.Y.) as an appositive, not a name or a sentence’s end', () => {
    const a = analyzeText('Vote\n\nSen. Dana Ruiz, R-Ky., told Fox News that polls could be "way off," and have been wrong. ' +
      'Rep. Ola Berg, D-Minn., said the bill would pass. Sen. Lee Varga, R-Fla., appearing on television after the speech, said the plan had failed. ' +
      '"We will fight," said Rep. Mia Torres, D-N.Y. She left the room.');
    assert.equal(speakerOf(a, 'polls could be'), 'Dana Ruiz');
    assert.equal(speakerOf(a, 'the bill would pass'), 'Ola Berg');
    assert.equal(speakerOf(a, 'the plan had failed'), 'Lee Varga');
    assert.equal(speakerOf(a, 'We will fight'), 'Mia Torres');
    assert.ok(!a.speakers.some(s => /^(R|D)-/.test(s.name) || s.name === 'Fox News'));
  });

  it('gives a statement a town or service issued on a given day to it, as an organization', () => {
    const a = analyzeText('Visit\n\nThe town released a statement Wednesday saying the comments "are based on opinion." ' +
      'The party released a statement Wednesday evening, saying the remarks were "dangerous." ' +
      'Sen. Ron Varga said the department failed. The news service said that security was inadequate.');
    const town = a.speakers.find(s => s.name === speakerOf(a, 'are based on opinion'));
    assert.deepEqual([town?.name, town?.kind], ['town', 'organization']);
    assert.equal(speakerOf(a, 'the remarks were'), 'party');
    assert.deepEqual([speakerOf(a, 'security was inadequate'), a.speakers.find(s => s.name === 'news service')?.kind], ['news service', 'organization']);
  });

  it('reads `continues to` as going on doing something, not a cue that takes the quote before it', () => {
    const a = analyzeText('Race\n\nRuiz himself acknowledged in a radio forum Monday night "it will be very hard for us to win" if he continues to lose ground.');
    assert.equal(speakerOf(a, 'it will be very hard'), 'Ruiz');
    assert.ok(!a.statements.some(s => s.cue?.text.startsWith('continu')));
  });

  it('reads a verb’s form after an article or a possessive as a noun (a Facebook post), not a cue', () => {
    const a = analyzeText('Tribute\n\nRuiz had no known ties to the group. A friend described him as “the kindest man I ever met” in a Facebook post. ' +
      'In his latest post, the mayor said the plan was dead. The Times reports that the plan is dead. The official said the vote would wait.');
    assert.equal(speakerOf(a, 'the kindest man'), 'friend');
    assert.ok(!a.speakers.some(s => s.name === 'Facebook'));
    assert.equal(speakerOf(a, 'the plan was dead'), 'mayor');
    assert.equal(speakerOf(a, 'the plan is dead'), 'Times');
    assert.equal(speakerOf(a, 'the vote would wait'), 'official');
  });

  it('reads a listener with a name in it, a role before a name after an opening phrase, and a description after one', () => {
    const a = analyzeText('Budget\n\nMayor Dana Ruiz told a Rotary gathering in Lakeside she will protect the library budget. ' +
      'Asked about the error, campaign manager Lee Varga did not apologize, but said the mayor was acting out of worry. ' +
      'After the vote, city officials said the plan was dead.');
    assert.equal(speakerOf(a, 'she will protect the library budget'), 'Dana Ruiz');
    assert.equal(speakerOf(a, 'the mayor was acting out of worry'), 'Lee Varga');
    assert.equal(speakerOf(a, 'the plan was dead'), 'city officials');
    assert.equal(speakerOf(analyzeText('Vote\n\nThe lanky, bespectacled professor said the vote was fair.'), 'the vote was fair'), 'lanky, bespectacled professor');
  });

  it('reads past a quoted aside between the subject and the cue, and a frame set off by commas before a clause', () => {
    const a = analyzeText('Ward race\n\nLee Varga, citing "the unique magic of Ruiz," said the mayor could be competitive in every ward. ' +
      'Instead, Ruiz told the Herald, her policy would merely be "to go after them" if she wins. "It is over," said the clerk.');
    assert.equal(speakerOf(a, 'the mayor could be competitive'), 'Lee Varga');
    assert.ok(!a.speakers.some(s => s.name === 'mayor'), 'the mayor is who the clause is about');
    assert.equal(speakerOf(a, 'her policy would merely be'), 'Ruiz');
    assert.equal(speakerOf(a, 'It is over'), 'clerk');
  });

  it('reads a plural possessive inside a description, `those surveyed` after an opening word, and a title alone as a subject', () => {
    const a = analyzeText('Survey\n\nA spokesman for the tenants\' campaign effort said it was directing money to ward offices. ' +
      'Again, those surveyed said the mayor was best able to handle the issue. ' +
      'In three separate interviews, the justice sounded off on the council, saying she did not want a second term.');
    assert.equal(speakerOf(a, 'it was directing money'), 'spokesman for the tenants\' campaign effort');
    assert.equal(speakerOf(a, 'the mayor was best able'), 'those surveyed');
    assert.equal(speakerOf(a, 'she did not want a second term'), 'justice');
  });

  it('reads a gerund phrase after the cue as how it was said, and people joined by `and` as one group', () => {
    const a = analyzeText('Debate\n\nMany voters found the remark offensive, journalist Martha Reed said in posing the question to the mayor. ' +
      'Lena Ruiz said while touring the plant that jobs were safe. Many experts and some lawmakers say the law had successes in the schools.');
    assert.equal(speakerOf(a, 'Many voters found the remark offensive'), 'Martha Reed');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('the question')), 'what she did while speaking is not what she said');
    assert.equal(speakerOf(a, 'jobs were safe'), 'Lena Ruiz');
    assert.equal(speakerOf(a, 'the law had successes'), 'Many experts and some lawmakers');
  });

  it('reads a qualified title after an organization’s name before the speaker’s name, after the cue (said WFP regional director …)', () => {
    const a = analyzeText('Aid\n\nThe U.N. World Food Programme said on Sunday that its convoys had been blocked. "Every day without access costs lives," ' +
      'said WFP regional director Anna Lindqvist. She added that the agency had enough stocks for two weeks. ' +
      '"I was hoping for more," said Air Force 1st Lt. Tyler Banks.');
    assert.equal(a.speakers.find(s => s.name === 'U.N. World Food Programme')?.kind, 'organization');
    assert.equal(speakerOf(a, 'Every day without access'), 'Anna Lindqvist');
    assert.equal(speakerOf(a, 'the agency had enough stocks'), 'Anna Lindqvist');
    assert.equal(speakerOf(a, 'I was hoping for more'), 'Tyler Banks');
  });

  it('reads a company by `it` in what it said, a group by the kind before its name, and people at a place named with a possessive', () => {
    const a = analyzeText('Cuts\n\nVeltrix Semiconductor said Thursday it will cut about 2,000 jobs. Maersk said on Monday it will reroute ships. ' +
      'Lena Ruiz said Thursday it was a mistake. Industry group SEMI Americas said in a report that chip sales had fallen. ' +
      'Union representatives at the company\'s Oregon plant said they had not been consulted.');
    const kind = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.deepEqual(['Veltrix Semiconductor', 'Maersk', 'SEMI Americas', 'Lena Ruiz'].map(kind), ['organization', 'organization', 'organization', 'person']);
    assert.equal(speakerOf(a, 'they had not been consulted'), 'Union representatives at the company\'s Oregon plant');
  });

  it('reads people at a place before an appositive relative clause as the speaker (One consultant at a London hospital, who …, said)', () => {
    const a = analyzeText('Wards\n\nPat Cullen warned that staff were leaving. One consultant at a London hospital, who did not want to be named, said: ' +
      '\'I have never seen it this bad.\' Officials at the agency, who asked not to be named, said the plan was dead.');
    assert.equal(speakerOf(a, 'I have never seen it this bad'), 'One consultant at a London hospital');
    assert.equal(speakerOf(a, 'the plan was dead'), 'Officials at the agency');
  });

  it('reads `called for X to …` as a call on someone, like `called on X to …`, but not `Democratic calls for her to …`', () => {
    const a = analyzeText('Inquiry\n\nRep. Tina Morales said it was a cloud. She called for Vance to step aside from the subcommittee. ' +
      'Ruiz stayed in the race despite Democratic calls for her to bow out. The mayor called for calm.');
    assert.equal(speakerOf(a, 'Vance to step aside'), 'Tina Morales');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('her to bow out')));
    assert.ok(!a.statements.some(s => s.content.text === 'calm'));
  });

  it('reads an institution’s capitalised words before a title into the role, and not a day before it', () => {
    const a = analyzeText('Rulings\n\nSupreme Court Justice Elena Varga said the ruling was narrow. New Jersey Gov. Chris Dalton said the state would comply. ' +
      'On Tuesday Prime Minister Ana Lopes said the plan was dead. At the event, Centers for Disease Control Director Tom Frain said the cost was high.');
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.deepEqual(['Elena Varga', 'Chris Dalton', 'Ana Lopes'].map(role), ['Supreme Court Justice', 'New Jersey Gov.', 'Prime Minister']);
    assert.equal(speakerOf(a, 'the cost was high'), 'Tom Frain');
  });

  it('reads a remark someone had before a colon and a quote as theirs (had a blunt message for the council: “…”)', () => {
    const a = analyzeText('Council\n\nThe vote was delayed again. Mayor Dana Ruiz had a blunt message for the council: "Stop stalling." ' +
      'The union had a warning for the province: "We will strike."');
    assert.equal(speakerOf(a, 'Stop stalling'), 'Dana Ruiz');
    assert.equal(speakerOf(a, 'We will strike'), 'union');
  });

  it('reads `one` or `another` after a quote as a speaker, and a sentence ending in a single letter (on X.) as ended', () => {
    const a = analyzeText('Tour cancelled\n\nRefunds will be issued, according to the promoter. Fans were quick to respond. ' +
      '"Take all the time you need, Lena," one wrote on X. Another tweeted: "Health first. We will be here." ' +
      'The book was written by J. Smith and sold well.');
    assert.equal(speakerOf(a, 'Take all the time you need'), 'one');
    assert.equal(speakerOf(a, 'Health first'), 'Another');
  });

  it('reads `state` before a title as no cue, and a noun phrase the speaker’s name is in apposition to as no statement', () => {
    const a = analyzeText('Housing\n\nThe bill\'s author, state Sen. Raymond Kibbe, called it "the most important housing law in a generation." ' +
      'The good news for the mayor, aide Eric Walsh told the Herald, is that the vote is close. State officials said the bill would pass.');
    assert.equal(speakerOf(a, 'the most important housing law'), 'Raymond Kibbe');
    assert.ok(!a.statements.some(s => s.content.text === 'The bill\'s author' || s.content.text.startsWith('The good news')), 'a subject is not what was said');
    assert.ok(!a.statements.some(s => s.cue?.text === 'state'));
    const split = analyzeText('Race\n\nEric Woolson ran the campaign. The good news for Cruz, Woolson said, is that he is guaranteed to attract a media horde.');
    assert.equal(statement(split, 'The good news for Cruz, Woolson said, is that').speaker?.name, 'Eric Woolson');
  });

  it('reads a base form after a modal and an indefinite speaker as the verb (could only quip), not what might be (might claim)', () => {
    const a = analyzeText('Schedule\n\nThe timing was so odd that a spokesman for the mayor could only quip: "I guess it was booked." ' +
      'A winning candidate might claim momentum but would be unable to win.');
    assert.equal(speakerOf(a, 'I guess it was booked'), 'spokesman for the mayor');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('momentum')));
  });

  it('reads a family as a group speaker', () => {
    const a = analyzeText('Fire\n\nThe family said in a statement that he was a kind man. The families of the victims said they wanted answers.');
    assert.equal(a.speakers.find(s => s.name === speakerOf(a, 'he was a kind man'))?.kind, 'group');
    assert.equal(speakerOf(a, 'they wanted answers'), 'families of the victims');
  });

  it('keeps a document’s verb of saying inside another speaker’s clause as part of it, not a statement of its own', () => {
    const a = analyzeText('Study\n\nThe nurses’ association said the findings confirmed what its members had long suspected. The report said costs would rise.');
    assert.equal(statement(a, 'the findings confirmed').speaker?.name, 'nurses’ association');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('what its members')));
    assert.equal(statement(a, 'costs would rise').speaker?.name, 'report');
  });
  it('reads `…, adding that …` as more of what the sentence’s speaker said, and `before he was sentenced` as when', () => {
    const a = analyzeText('Sentence\n\nThe judge said a jail term was needed to deter others, adding that the food bank had been forced to cut its hours.\n\n' +
      '“I am ashamed,” Pike told the court before he was sentenced, his voice shaking. Pike told the court before he was sentenced that he would repay it.');
    const adding = statement(a, 'the food bank had been forced');
    assert.deepEqual([adding.kind, adding.speaker?.name, adding.cue?.text], ['indirect', 'judge', 'adding']);
    assert.ok(!a.speakers.some(s => s.name.startsWith('that ')), 'no speaker named `that …`');
    assert.ok(!hasStatement(a, 'he was sentenced'));
    assert.equal(statement(a, 'he would repay it').speaker?.name, 'Pike');
  });
  it('reports the clause before a frame in commas, not a noun phrase after it saying what the clause amounts to', () => {
    const a = analyzeText('Plant\n\nThe plant will close in May, the company said Monday, a move that will cost 300 jobs. ' +
      'Talks will resume, the union said, a decision members called overdue. The deal is close, Ortiz said, a second round could start soon.');
    assert.ok(hasStatement(a, 'The plant will close in May'));
    assert.ok(!hasStatement(a, 'a move that'));
    assert.ok(hasStatement(a, 'Talks will resume'));
    assert.ok(!hasStatement(a, 'a decision members'));
    assert.equal(statement(a, 'a second round').kind, 'indirect', 'a clause with a verb of its own is still reported');
  });
  it('reads "X told reporters that …" with the clause as content', () => {
    const a = analyzeText('The mayor told reporters that the bridge would reopen in May.');
    const s = statement(a, 'the bridge would reopen');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.content.text, 'the bridge would reopen in May');
    assert.equal(s.cue?.text, 'told');
  });

  it('reads a clause opened by a gerund as what was said when a verb follows it, not a participle phrase alone', () => {
    const a = analyzeText('Mark Ortega spoke. Seeing his brother struggle led him to quit drinking, he said. Speaking in Vaughan on Thursday, he said. ' +
      'Fundraising was slow for a month as donors waited, he said.');
    const s = statement(a, 'Seeing his brother');
    assert.equal(s.content.text, 'Seeing his brother struggle led him to quit drinking');
    assert.equal(s.speaker?.name, 'Mark Ortega');
    assert.equal(statement(a, 'Fundraising was slow').kind, 'indirect');
    assert.ok(!hasStatement(a, 'Speaking in Vaughan'));
  });

  it('reads a clause interrupted by its frame in commas from its subject, across the frame', () => {
    const a = analyzeText('Vote\n\nThe plan, an inside source said, is to hand out reprints. The permit, his campaign said, had been hard to get. ' +
      'Nor, he said, did he ask. The emails covered many topics, the Times said, including budgets.');
    const plan = statement(a, 'The plan');
    assert.equal(plan.content.text, 'The plan, an inside source said, is to hand out reprints');
    assert.equal(plan.speaker?.mention?.text, 'an inside source');
    assert.equal(statement(a, 'The permit').content.text, 'The permit, his campaign said, had been hard to get');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('Nor')));
    const emails = statement(a, 'The emails');
    assert.equal(emails.content.text, 'The emails covered many topics');
    assert.equal(emails.speaker?.name, 'Times');
  });

  it('ends what was said in a relative clause in commas where the main clause resumes', () => {
    const a = analyzeText('Vote\n\nDana Barkley, who said she usually votes Liberal, said one candidate she likes is Ortiz.');
    assert.equal(statement(a, 'she usually votes').content.text, 'she usually votes Liberal');
    assert.equal(statement(a, 'one candidate').speaker?.name, 'Dana Barkley');
  });

  it('reads the speaker past the medium they spoke in, and a document before its participle phrase', () => {
    const a = analyzeText('Bench\n\nMeanwhile, Rosa Marin in a blog post said she would appoint more judges. A news report published Wednesday said the minister used a personal account. ' +
      'Dev Patel told Radio Nord in a video posted to its website that he was done.');
    assert.equal(statement(a, 'she would appoint').speaker?.name, 'Rosa Marin');
    assert.equal(statement(a, 'the minister used').speaker?.mention?.text, 'A news report');
    assert.equal(statement(a, 'he was done').speaker?.name, 'Dev Patel');
    assert.ok(!a.speakers.some(s => s.name === 'Radio Nord'), 'a listener followed by a medium does not speak');
  });

  it('ends a frame in a subordinate clause at the main verb, and goes on past a dash before a second clause', () => {
    const a = analyzeText('Bench\n\nClinton, though she praised Garland and said senators should give him a hearing, stopped short. ' +
      'Police officials said officers will wear cameras - and many will ride bikes. Rosa Marin said the deal was done - a claim nobody believed.');
    assert.equal(statement(a, 'senators should').content.text, 'senators should give him a hearing');
    assert.equal(statement(a, 'officers will').content.text, 'officers will wear cameras - and many will ride bikes');
    assert.equal(statement(a, 'the deal was done').content.text, 'the deal was done');
  });

  it('reads what a relative clause says a speaker said of its antecedent, and nothing in a bare relative', () => {
    const a = analyzeText('Rules\n\nThe changes, which officials said will take effect in May, will not apply to all. ' +
      'Mark Ortega fought a rule that he said would hurt small farms. Mark Ortega read a poem he said was written by his son.');
    const changes = statement(a, 'will take effect');
    assert.equal(changes.content.text, 'will take effect in May');
    assert.equal(changes.speaker?.mention?.text, 'officials');
    assert.equal(statement(a, 'would hurt').speaker?.name, 'Mark Ortega');
    assert.ok(!hasStatement(a, 'was written by'));
  });

  it('reads a headline that opens with its speaker and a verb of saying, in headline case or not', () => {
    const a = analyzeText('Okafor Says Port Strike Will End By Friday\n\nHALIFAX — Ports Minister Jane Okafor spoke on Monday. Okafor thanked the workers.');
    const s = statement(a, 'Port Strike');
    assert.equal(s.content.text, 'Port Strike Will End By Friday');
    assert.equal(s.speaker?.name, 'Jane Okafor');
    assert.equal(s.cue?.text, 'Says');
    const b = analyzeText('Former Port Pilot Says Strike Is Over\n\nA pilot spoke. Nobody else did.');
    assert.equal(b.statements.length, 0, 'capitalised words the story never names again are no speaker');
    const c = analyzeText('Mayor says bridge will reopen in May.\n\nTORONTO — The bridge is closed.');
    assert.equal(statement(c, 'bridge will').content.text, 'bridge will reopen in May');
  });

  it('gives a document from someone to its owner', () => {
    const a = analyzeText('Plant\n\nHarbourline Foods opened the plant in 1990. A statement from Harbourline Foods said the plant would close. ' +
      'The union met on Friday. A letter from the union said members were angry.');
    const plant = statement(a, 'the plant would close');
    assert.equal(plant.speaker?.name, 'Harbourline Foods');
    assert.equal(plant.speaker?.mention?.text, 'A statement from Harbourline Foods');
    assert.equal(speakerRecordOf(a, 'members were angry')?.kind, 'organization');
    assert.equal(statement(a, 'members were angry').speaker?.name, 'union');
  });

  it('reads "X said …" without "that", and "X told <listener> …"', () => {
    const a = analyzeText('Ortega said the clinic had run out of vaccines. Later, Ortega told parliament the stock would arrive on Friday.');
    assert.equal(statement(a, 'the clinic had run out').kind, 'indirect');
    assert.equal(statement(a, 'the stock would arrive').kind, 'indirect');
  });

  it('reads nothing reported by a document that did not show something', () => {
    const a = analyzeText('Janet Price told the jury that the records did not show who was typing. The audit showed that money was missing.');
    assert.ok(!a.statements.some(s => s.content.text === 'who was typing'));
    assert.equal(statement(a, 'money was missing').speaker?.name, 'audit');
  });

  it('ends what was said before "but did not confirm" or "but declined to give details", not before a clause going on', () => {
    const a = analyzeText('Elise Tremblay said Ottawa was committed to the deal but did not confirm a timeline. ' +
      'The fire department said it had inspected the venue but declined to give details. Ann Lee said the plan was good but did not go far enough.');
    assert.equal(statement(a, 'Ottawa was').content.text, 'Ottawa was committed to the deal');
    assert.equal(statement(a, 'it had inspected').content.text, 'it had inspected the venue');
    assert.equal(statement(a, 'the plan was good').content.text, 'the plan was good but did not go far enough');
  });

  it('reads words critics call a thing as theirs, but not words named in passing with "what … call"', () => {
    const a = analyzeText('Critics call the plan a “return to the 1990s.” Andrew Scheer said that what the Conservatives call “illegal border crossings” have risen.');
    assert.equal(statement(a, 'return to the 1990s').speaker?.name, 'Critics');
    assert.equal(statement(a, 'illegal border crossings').speaker?.name, 'Andrew Scheer');
  });

  it('reads "that" right after the cue and before a verb as the subject, and a clause opening with quoted words', () => {
    const a = analyzeText('The New Democrats say that is far too slow. Blue Reef Events said in a statement that “circumstances beyond our control” had forced the cancellation.');
    assert.equal(statement(a, 'that is far too slow').kind, 'indirect');
    assert.equal(statement(a, '“circumstances beyond our control” had forced').kind, 'indirect');
    assert.ok(!hasStatement(analyzeText('Voters in Ohio, Rust Belt states that have suffered, went to the polls.'), 'have suffered'));
  });

  it('reads no clause in where words were said, how they were said, or a phrase after "according to"', () => {
    const a = analyzeText('“Every player has a price,” he told reporters at the club’s training ground. “We will win,” Ortega said, speaking through an interpreter. ' +
      'United are close to a deal, according to reports in Portugal, with the fee said to be high.');
    assert.ok(!hasStatement(a, 'training ground'));
    assert.ok(!hasStatement(a, 'interpreter'));
    assert.ok(!hasStatement(a, 'the fee said'));
  });

  it('reads a clause opening with a number of something after "according to X," (up to 50 millimetres of rain could fall), but not a phrase', () => {
    const a = analyzeText('Storm\n\nAccording to the Met Office, up to 50 millimetres of rain could fall by Tuesday. According to police, more than 300 people were hurt. ' +
      'Sales rose, according to the firm, up from 31 per cent. Prices fell 3 percent, according to the agency, more than any other month.');
    assert.equal(statement(a, 'up to 50 millimetres').speaker?.name, 'Met Office');
    assert.equal(statement(a, 'more than 300 people').speaker?.name, 'police');
    assert.ok(!hasStatement(a, 'up from 31'));
    assert.ok(!hasStatement(a, 'more than any other'));
  });

  it('reads a finding of a court, a judge, a panel or investigators as their statement, but not a person finding something', () => {
    const a = analyzeText('Mine ruling\n\nA federal judge on Thursday halted the expansion of a copper mine, finding that regulators had ignored the risk to groundwater. ' +
      'The panel found that the mayor had lied. U.S. District Judge Maria Chen found that the permit was void. Investigators found that the pilot had been drinking. ' +
      'The jury found him guilty. Ms. Lee found that the door was open. She is finding it hard.');
    assert.equal(statement(a, 'regulators had ignored').speaker?.name, 'Maria Chen', 'the judge the story names next');
    assert.equal(statement(a, 'the mayor had lied').speaker?.name, 'panel');
    assert.equal(statement(a, 'the permit was void').speaker?.name, 'Maria Chen');
    assert.equal(statement(a, 'the pilot had been drinking').speaker?.name, 'Investigators');
    assert.ok(!hasStatement(a, 'him guilty'));
    assert.ok(!hasStatement(a, 'the door was open'));
    assert.ok(!hasStatement(a, 'it hard'));
    // people or a body appointed, named or led by someone speak, not whoever appointed them
    const b = analyzeText('Dam\n\nA panel named by the governor found that the dam was unsafe. An inquiry led by Judge Ann Ruiz found that police had erred. ' +
      'Jason Furman said that a commission appointed by President George W. Bush estimated in 2005 that a tax overhaul would add little to growth. ' +
      'Found guilty, he left.');
    assert.equal(speakerOf(b, 'the dam was unsafe'), 'panel');
    assert.equal(speakerOf(b, 'police had erred'), 'inquiry');
    assert.equal(speakerOf(b, 'a tax overhaul would add little'), 'commission');
    assert.equal(statement(b, 'a commission appointed').speaker?.name, 'Jason Furman');
    assert.ok(!b.error, b.error);
  });

  it('reads `the president of France` and `the leaders of France and Germany` as who spoke, not the country', () => {
    const a = analyzeText('Border deal\n\nThe leaders of France and Germany said in a joint statement that the deal was done. The president of France said talks were frank. ' +
      '“It is a good day,” the foreign ministers of Italy and Spain said. Secretary of State Mike Pompeo said no deal was near.');
    assert.equal(statement(a, 'the deal was done').speaker?.name, 'leaders of France and Germany');
    assert.equal(a.speakers.find(s => s.name === 'leaders of France and Germany')?.kind, 'group');
    assert.equal(statement(a, 'talks were frank').speaker?.name, 'president of France');
    assert.equal(statement(a, 'It is a good day').speaker?.name, 'foreign ministers of Italy and Spain');
    assert.equal(statement(a, 'no deal was near').speaker?.name, 'Mike Pompeo');
    assert.ok(!a.speakers.some(s => /^(France|Germany|Spain)$/.test(s.name)));
    // a capitalised title too; and a body's name with `for` and `and` in it is no description of the person before
    const b = analyzeText('Heart\n\nDr. Karl Voss spoke first. Heart disease kills 700,000 Americans a year, according to the Centers for Disease Control and Prevention (CDC). ' +
      '“We are ready,” the Prime Minister of Canada said.');
    assert.equal(statement(b, 'Heart disease kills').speaker?.name, 'Centers for Disease Control and Prevention');
    assert.equal(b.speakers.find(s => s.name === 'Centers for Disease Control and Prevention')?.kind, 'organization');
    assert.ok(!b.speakers.find(s => s.name === 'Karl Voss')?.aliases.some(x => /Centers/.test(x)));
    assert.equal(statement(b, 'We are ready').speaker?.name, 'Prime Minister of Canada');
    assert.equal(b.speakers.find(s => s.name === 'Prime Minister of Canada')?.kind, 'person');
    // a nationality before one word is part of a body's name, not a role (`Reserve`, with the role `Federal`, was a person)
    const c = analyzeText('Rates\n\nStefan Jonsson runs the campaign. The Federal Reserve said rates would hold. If British Columbia votes again, he said, the party will lose.');
    assert.equal(statement(c, 'rates would hold').speaker?.name, 'Federal Reserve');
    assert.equal(c.speakers.find(s => s.name === 'Federal Reserve')?.kind, 'organization');
    assert.equal(statement(c, 'the party will lose').speaker?.name, 'Stefan Jonsson');
  });

  it('reads what someone told police, investigators or analysts, with no `the` before them, and trades as roles before a name', () => {
    const a = analyzeText('Bridge\n\nContractor Steve Mills built the bridge. Mills, however, told investigators he had warned the city in 2015. ' +
      'Engineer Paul Grant told police he had never seen a warning. Ruiz told analysts the quarter was strong.');
    assert.equal(speakerOf(a, 'he had warned the city'), 'Steve Mills');
    assert.equal(a.speakers.find(s => s.name === 'Steve Mills')?.role, 'Contractor');
    assert.equal(speakerOf(a, 'he had never seen a warning'), 'Paul Grant');
    assert.equal(speakerOf(a, 'the quarter was strong'), 'Ruiz');
  });

  it('gives a participle after a clause joined by `and` to that clause’s named subject (… and Mayor Ruiz fired the chief, saying …)', () => {
    const a = analyzeText('Chief fired\n\nProsecutors charged the officer and Mayor Ruiz fired the chief, saying trust was lost. ' +
      'Greaves told analysts the plan was sound, adding that costs would fall. The coach visited Lee and Park at noon, saying the deal was close.');
    assert.equal(speakerOf(a, 'trust was lost'), 'Ruiz');
    assert.equal(speakerOf(a, 'costs would fall'), 'Greaves');
    assert.equal(speakerOf(a, 'the deal was close'), 'coach');
  });

  it('reads the subject after an adverb of time opening the sentence without a comma (Later the candidate said …)', () => {
    const a = analyzeText('Mill town\n\nRepublican Senate candidate Tom Brandt toured the mill on Monday. Later the candidate said the town needed help. ' +
      'Then the nominee said the race was close. Now the senator says she will run again.');
    assert.equal(statement(a, 'the town needed help').speaker?.name, 'Tom Brandt');
    assert.ok(statement(a, 'the race was close').speaker, 'the nominee speaks');
    assert.equal(statement(a, 'she will run again').speaker?.name, 'senator');
  });

  it('reads a court "ruling 7-2 that …" and "ruled that …", but not "a court ruling that upheld …"', () => {
    const a = analyzeText('The Supreme Court upheld the law on Friday, ruling 7-2 that it does not violate the charter. The judge ruled that the search was illegal. ' +
      'Doctors are appealing a court ruling that upheld the regulation on referrals.');
    assert.equal(statement(a, 'it does not violate').speaker?.name, 'Supreme Court');
    assert.equal(statement(a, 'the search was illegal').speaker?.name, 'judge');
    assert.ok(!hasStatement(a, 'upheld the regulation'));
  });

  it('reads a subject past "on Wednesday", praise and denunciation as cues, and "an act of “…”" as said', () => {
    const a = analyzeText('The Kremlin on Wednesday denounced the sanctions as an act of “economic war.” Paul Girard praised the staff’s response as “extraordinary.”\n\n' +
      'Coun. Derek Olsen voted against it, calling it “a distraction from the budget.”');
    assert.equal(statement(a, 'economic war').speaker?.name, 'Kremlin');
    assert.equal(statement(a, 'extraordinary').speaker?.name, 'Paul Girard');
    assert.equal(statement(a, 'a distraction').speaker?.name, 'Derek Olsen');
  });

  it('reads a subject past when it spoke: "last week", "earlier this month", "late Tuesday", a bare weekday, a time after the medium', () => {
    const a = analyzeText('Housing bill\n\nCouncillor Mira Patel earlier this week called the bill “a giveaway.” The developers’ association last month said rents would rise. ' +
      'The mayor late Tuesday said the vote would be close. The Kremlin Thursday denounced the plan as “theft.” ' +
      'The tenants’ union in a statement Monday said it would appeal. Beck, who backed Sen. Ted Cruz, R-Texas, and opposed the bill, last week said it was cruel.');
    assert.equal(statement(a, 'a giveaway').speaker?.name, 'Mira Patel');
    assert.equal(statement(a, 'rents would rise').speaker?.name, 'developers’ association');
    assert.equal(statement(a, 'the vote would be close').speaker?.name, 'mayor');
    assert.equal(statement(a, 'theft').speaker?.name, 'Kremlin');
    assert.equal(statement(a, 'it would appeal').speaker?.name, 'tenants’ union');
    assert.equal(statement(a, 'it was cruel').speaker?.name, 'Beck');
  });

  it('gives a quote in an aside between dashes to the aside’s speaker, not to a frame past the closing dash', () => {
    const a = analyzeText('Name-calling\n\nIf his MPs resort to insults — Councillor Mira Patel earlier called Immigration Minister Ahmed Hussen a “coward” on Twitter — Reyes insists it is in reaction to the government.');
    assert.equal(statement(a, 'coward').speaker?.name, 'Mira Patel');
    assert.equal(statement(a, 'it is in reaction').speaker?.name, 'Reyes');
  });

  it('gives words quoted in a relative clause on the speaker to the speaker, not to the person quoted before', () => {
    const a = analyzeText('Heart program\n\nDr. Erin Kim leads the study. The program helps participants make “small, healthy choices” every day, Kim says. ' +
      'Retiree Doug Purdy, who lost 16 lbs. “and two belt loops” between May and October, says the program changed his life.');
    assert.equal(statement(a, 'small, healthy choices').speaker?.name, 'Erin Kim');
    assert.equal(statement(a, 'and two belt loops').speaker?.name, 'Doug Purdy');
  });

  it('gives a quote after a colon to the known subject of the clause before it, when that clause has no cue', () => {
    const a = analyzeText('Tesla board\n\nElon Musk runs Tesla. “We will grow,” Larry Ellison said.\n\n' +
      'Governance lapses were on display in December when Musk again took to Twitter with this: “’Chairman’ is an honorific. Will retire that title.”\n\n' +
      'Mayor Ann Ruiz spoke next. Ruiz was blunt: “Stop stalling.”');
    assert.equal(statement(a, '’Chairman’ is an honorific').speaker?.name, 'Elon Musk');
    assert.equal(statement(a, 'Stop stalling').speaker?.name, 'Ann Ruiz');
  });

  it('gives a quote after a colon to a body or a description opening the clause, after an opening phrase too, and to a name signing it after a dash', () => {
    const a = analyzeText('Ballot fight\n\nThe fight was fueled by attacks from Mayor Tom Reed, who would not let up.\n\n' +
      'As if addressing the mayor directly, the Ridgeway Board of Elections was conclusive in its findings: “Further discussion on this issue is unnecessary.”\n\n' +
      'The state commission was blunt: “The petition fails.”\n\n' +
      'The reason was simple: “We ran out of money.”\n\n' +
      'TURNOUT FAVORS REED, BUT MONEY FAVORS LANE - Nora Voss: “The suburbs will decide it.”\n\n' +
      'The count has mattered in these contests - Philip Marsh: “Two weeks ago, the south was his.”');
    assert.equal(statement(a, 'Further discussion').speaker?.name, 'Ridgeway Board of Elections');
    assert.equal(a.speakers.find(s => s.name === 'Ridgeway Board of Elections')?.kind, 'organization');
    assert.equal(statement(a, 'The petition fails').speaker?.name, 'state commission');
    // (a reason is no speaker, and no alias of the mayor's)
    assert.notEqual(statement(a, 'We ran out of money').speaker?.name, 'reason');
    assert.ok(!a.speakers.some(s => s.aliases.some(alias => /state commission|reason/i.test(alias)) && s.name === 'Tom Reed'));
    assert.equal(statement(a, 'The suburbs will decide it').speaker?.name, 'Nora Voss');
    assert.equal(statement(a, 'Two weeks ago').speaker?.name, 'Philip Marsh');
  });

  it('reads a quote resumed after its cue and a few words of when or to whom as direct, and no noun phrase set off after the cue as said', () => {
    const a = analyzeText('Festival\n\n“We will win,” Ruiz said on Monday, “and then we will rest.” “It was close,” Lee told reporters, “closer than we hoped.”\n\n' +
      '“Refunds will be issued within 14 days,” the board said — a promise fans greeted with scepticism. Mayor Tom Reed spoke. Taxes will fall, he said, a claim his rivals dispute.');
    assert.equal(statement(a, 'and then we will rest').kind, 'direct');
    assert.equal(statement(a, 'closer than we hoped').kind, 'direct');
    assert.equal(statement(a, 'closer than we hoped').speaker?.name, 'Lee');
    assert.ok(!hasStatement(a, 'a promise fans greeted'));
    assert.ok(!hasStatement(a, 'a claim his rivals'));
    assert.equal(statement(a, 'Taxes will fall').speaker?.name, 'Tom Reed');
  });

  it('reads a kin named after an inverted cue by a given name alone, past how long (said his wife of 60 years, Mary.)', () => {
    const a = analyzeText('Keeper dies\n\nHarold Finch died on Sunday. “He loved that light,” said his wife of 60 years, Mary. “He was funny,” said his son, Paul. ' +
      '“He was late,” said the manager, Dale.');
    assert.equal(statement(a, 'He loved that light').speaker?.name, 'Mary');
    assert.equal(statement(a, 'He was funny').speaker?.name, 'Paul');
    assert.equal(a.speakers.find(s => s.name === 'Paul')?.role, 'his son');
    assert.equal(statement(a, 'He was late').speaker?.name, 'manager');
  });

  it('reads sources written in ways that made odd speakers: someone, a source with a relative clause, a post from someone, a hyphenated title', () => {
    const a = analyzeText('Media\n\nSomeone called it a “quiet revolution,” and I agree. Everyone said it was fine. ' +
      'Two candidates would win, according to a new poll that shows more voters view Lane unfavorably. ' +
      'According to the officer in charge of the base that night, the scene is untrue. ' +
      'The news will come with a strong bias, according to a post from Arianna Huffington.\n\n' +
      'Mayor Ann Ruiz spoke on Monday. Her latest post says the road is open. “We had an issue,” said United Auto Workers Secretary-Treasurer Gary Casteel.');
    const kind = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.deepEqual([speakerOf(a, 'quiet revolution'), kind('Someone')], ['Someone', 'person']);
    assert.deepEqual([speakerOf(a, 'it was fine'), kind('Everyone')], ['Everyone', 'group']);
    assert.equal(speakerOf(a, 'Two candidates would win'), 'new poll');
    assert.equal(speakerOf(a, 'the scene is untrue'), 'officer in charge of the base that night');
    assert.equal(speakerOf(a, 'The news will come'), 'Arianna Huffington');
    assert.equal(speakerOf(a, 'the road is open'), 'Ann Ruiz');
    assert.equal(speakerOf(a, 'We had an issue'), 'Gary Casteel');
    assert.equal(a.speakers.find(s => s.name === 'Gary Casteel')?.role, 'United Auto Workers Secretary-Treasurer');
    // a guard is someone; the coast guard a body
    const b = analyzeText('Keeper\n\nTom Grady spoke first. The coast guard, which automated the light in 1998, called him “the last of a breed” in a statement. ' +
      'A security guard said the door was locked. The Coast Guard said two boats sank.');
    assert.deepEqual([speakerOf(b, 'the last of a breed'), b.speakers.find(s => s.name === 'coast guard')?.kind], ['coast guard', 'organization']);
    assert.deepEqual([speakerOf(b, 'the door was locked'), b.speakers.find(s => s.name === 'security guard')?.kind], ['security guard', 'person']);
    assert.equal(b.speakers.find(s => s.name === 'Coast Guard')?.kind, 'organization');
  });

  it('reads no speaker in an event that suggests, the writer’s `worth noting`, or words after a document’s noun; a nationality before people describes them', () => {
    const a = analyzeText('Trade\n\nThat disproportionate impact suggests officials might do well to rethink. The move indicates the firm is worried. ' +
      'It’s worth noting there is little love lost between the banks and Mr. Trump. Some suggested that the season could be extended.\n\n' +
      '“They are useless,” concluded a 2013 article in the academic journal Judgment and Decision Making.\n\n' +
      'The plan would help, according to American military officials. American military officials said the base would stay.');
    assert.ok(!a.speakers.some(s => /impact|move|worth/i.test(s.name)), a.speakers.map(s => s.name).join(', '));
    assert.ok(!hasStatement(a, 'officials might do well'));
    assert.ok(!hasStatement(a, 'the firm is worried'));
    assert.equal(speakerOf(a, 'the season could be extended'), 'Some');
    assert.equal(speakerOf(a, 'They are useless'), '2013 article');
    assert.equal(speakerOf(a, 'The plan would help'), 'American military officials');
    assert.equal(a.speakers.find(s => s.name === 'American military officials')?.kind, 'group');
    assert.equal(speakerOf(a, 'the base would stay'), 'American military officials');
    // nor in a belief that says; and `reports` or `demands` past a word after a verb taking a noun is the noun
    const b = analyzeText('Vortex\n\nA common belief says it is the result of a warming Arctic. The government received expert reports it had requested from the council. ' +
      'Tatiana Stanovaya noted that the West will see concessions as weakness and make more demands.');
    assert.ok(!hasStatement(b, 'it is the result'));
    assert.ok(!hasStatement(b, 'it had requested'));
    assert.equal(statement(b, 'the West will see').content.text, 'the West will see concessions as weakness and make more demands');
  });

  it('reads a share of people opening a sentence with a number as the group that said it, after a sentence ending `vote no.`', () => {
    const a = analyzeText('Levy poll\n\nTwenty-nine percent said they would vote no. 29 percent said they would stay home. He was ranked No. 5 last year, the coach said. ' +
      'She is the no. 3 seed, officials said.');
    assert.equal(speakerOf(a, 'they would vote no'), 'Twenty-nine percent');
    assert.equal(statement(a, 'they would vote no').content.text, 'they would vote no');
    assert.equal(speakerOf(a, 'they would stay home'), '29 percent');
    assert.equal(a.speakers.find(s => s.name === '29 percent')?.kind, 'group');
    assert.equal(statement(a, 'He was ranked').content.text, 'He was ranked No. 5 last year');
    assert.equal(statement(a, 'She is the no. 3 seed').speaker?.name, 'officials');
  });

  it('names a body or people of someone’s after them (`his office said` is Paul Becker’s office), and a place after a name is no speaker', () => {
    const a = analyzeText('Nurses\n\nHealth Minister Paul Becker disputed that account. In a statement, his office said the province had hired 400 nurses. ' +
      'His aides said he was tired.\n\nSen. Bernie Sanders campaigned in Albany. Then comes the New York primary, where Sanders and his aides believe they can win.\n\n' +
      '“It is not easy,” said Representative Peter T. King of New York.');
    const of = (name: string) => a.speakers.find(s => s.name === name);
    assert.deepEqual([speakerOf(a, 'the province had hired'), of('Paul Becker’s office')?.kind], ['Paul Becker’s office', 'organization']);
    assert.equal(statement(a, 'the province had hired').speaker?.mention?.text, 'his office');
    assert.deepEqual([speakerOf(a, 'he was tired'), of('Paul Becker’s aides')?.kind], ['Paul Becker’s aides', 'group']);
    assert.equal(speakerOf(a, 'they can win'), 'Bernie Sanders’s aides');
    assert.deepEqual([speakerOf(a, 'It is not easy'), of('Peter T. King')?.role], ['Peter T. King', 'Representative']);
    assert.ok(!a.speakers.some(s => s.name === 'New York'));
  });

  it('gives a quote to whoever a remark noun after it names (“…” was the response of one viewer)', () => {
    const a = analyzeText('Snow laps\n\nTesla posted a video of a car in the snow. “The best sleigh this Christmas!” was the response of one jolly viewer.\n\n' +
      '“Not again,” was the reaction from Mayor Ann Lee. “No,” is the answer of the council.');
    assert.deepEqual([statement(a, 'The best sleigh').speaker?.name, statement(a, 'The best sleigh').cue?.text], ['one jolly viewer', 'response']);
    assert.equal(statement(a, 'Not again').speaker?.name, 'Ann Lee');
    assert.equal(statement(a, 'No,').speaker?.name, 'council');
  });

  it('reads a role with `of` before a name after an inverted cue (said chief of staff Ron Vale)', () => {
    const a = analyzeText('Gala\n\n“Thanks, Riverton, for coming,” said master of ceremonies Dana Firth, a local baker. “See you next year,” she added.\n\n' +
      '“It was fun,” said chief of staff Ron Vale. Director of communications Lee Park said the plan was sound.');
    assert.equal(statement(a, 'Thanks, Riverton').speaker?.name, 'Dana Firth');
    assert.equal(statement(a, 'See you next year').speaker?.name, 'Dana Firth');
    assert.equal(statement(a, 'It was fun').speaker?.name, 'Ron Vale');
    assert.equal(a.speakers.find(s => s.name === 'Ron Vale')?.role, 'chief of staff');
    assert.equal(a.speakers.find(s => s.name === 'Lee Park')?.role, 'Director of communications');
  });

  it('does not take the verb of a relative clause into the description of its speakers (which included aides suggesting …)', () => {
    const a = analyzeText('Apology\n\nThe party issued a statement apologizing to Mr. Hale for the messages, which included aides suggesting someone should question his faith.');
    assert.equal(statement(a, 'someone should question his faith').speaker?.name, 'aides');
  });

  it('reads a cue joined by "and" after a list of the subject\'s acts parted by semicolons, and after a semicolon opening a clause', () => {
    const a = analyzeText('Interview\n\nReyes questioned how Ruiz would pay for the plan; blamed the council for the delays; bemoaned a lack of unity and said he would easily win the vote. ' +
      'Patel won the seat; Okafor lost and said the count was wrong.');
    assert.equal(statement(a, 'he would easily win').speaker?.name, 'Reyes');
    assert.equal(statement(a, 'the count was wrong').speaker?.name, 'Okafor');
  });

  it('reads an aside naming a town and its state, and a name after a role in apposition to the subject, as asides', () => {
    const a = analyzeText('Rally\n\nTrump, speaking at a rally in Wilmington, N.C., warned that taxes would rise. ' +
      'Okafor, campaigning in Columbus, Ohio, said the count was wrong. ' +
      "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was political. " +
      "The club's coach, Ana Ruiz, said the team was tired.");
    assert.equal(statement(a, 'taxes would rise').speaker?.name, 'Trump');
    assert.equal(statement(a, 'the count was wrong').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'every pope was political').speaker?.name, 'Giovanni Maria Vian');
    assert.equal(statement(a, 'the team was tired').speaker?.name, 'Ana Ruiz');
  });

  it('gives words quoted in what someone talked about or spoke of to them, and takes no "spoke" without a quotation for a cue', () => {
    const a = analyzeText('Stump speech\n\nTom Reyes spoke first. Later the senator talked about continuing the “progress we made” and her commitment “to finish the job.” ' +
      'Ana Ruiz spoke of “a new dawn” for the city. Reyes said that the change Ruiz spoke of was a mirage.');
    assert.equal(statement(a, 'progress we made').speaker?.name, 'senator');
    assert.equal(statement(a, 'to finish the job').speaker?.name, 'senator');
    assert.equal(statement(a, 'a new dawn').speaker?.name, 'Ana Ruiz');
    assert.equal(statement(a, 'the change Ruiz spoke of').content.text, 'the change Ruiz spoke of was a mirage');
  });

  it('reads a name set off after a role of a named body (`The leader of the Anti-Defamation League, Jonathan Greenblatt,`)', () => {
    const a = analyzeText('Ban\n\n"He is a danger," said Issawi Frej, a member of parliament.\n\n' +
      'The leader of the Anti-Defamation League, Jonathan Greenblatt, warned that such a ban would be "unacceptable." He said American Jews "know all too well" what happens.');
    assert.equal(statement(a, 'such a ban would be').speaker?.name, 'Jonathan Greenblatt');
    assert.equal(statement(a, 'unacceptable').speaker?.name, 'Jonathan Greenblatt');
    assert.equal(statement(a, 'know all too well').speaker?.name, 'Jonathan Greenblatt');
    assert.equal(a.speakers.find(s => s.name === 'Jonathan Greenblatt')?.role, 'leader of the Anti-Defamation League');
  });

  it('takes neither an opening participle nor a time set off by a comma for the subject', () => {
    const a = analyzeText('Statement\n\nFacing mounting criticism from both parties, Mayor Ann Ruiz released a statement on Saturday night, praising the officers but insisting that the inquiry had “no basis.” ' +
      'But that morning, an angry army of HP workers and retirees had amassed at the center, calling for the mayor to resign.');
    assert.equal(statement(a, 'the inquiry had').speaker?.name, 'Ann Ruiz');
    assert.ok(!a.speakers.some(s => s.name === 'morning'));
  });

  it('gives a document to the body named before its noun, in the possessive, or before a product of it; not to a sentence\'s first word', () => {
    const a = analyzeText('Polls\n\nA Gallup poll found that rents rose in every state. Traders see a cut, according to CME Group\'s FedWatch tool. ' +
      'Turnout fell sharply in the north, according to Reuters\' analysis. Prices rose 5 percent, according to new Crowdpac research. FBI data show murders rose in the city.\n\n' +
      'Lobbying records show the firm met officials. The pilot had flown since 2004, according to his Facebook profile.');
    const kindOf = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.equal(statement(a, 'rents rose').speaker?.name, 'Gallup');
    assert.equal(kindOf('Gallup'), 'organization');
    assert.equal(statement(a, 'Traders see a cut').speaker?.name, 'CME Group');
    assert.equal(statement(a, 'Turnout fell').speaker?.name, 'Reuters');
    assert.equal(statement(a, 'Prices rose 5 percent').speaker?.name, 'Crowdpac');
    assert.equal(kindOf('Crowdpac'), 'organization');
    assert.equal(statement(a, 'murders rose').speaker?.name, 'FBI');
    assert.notEqual(statement(a, 'the firm met officials').speaker?.name, 'Lobbying');
    assert.notEqual(statement(a, 'The pilot had flown').speaker?.name, 'Facebook');
  });

  it('does not take the maker of a poll for the people "they" stands for', () => {
    const a = analyzeText('Donors\n\nNearly 60 percent of her contributions have come from women, according to Crowdpac data.\n\n' +
      'More women are founding their own companies. Within marriages, they said, women now have more authority.');
    assert.equal(statement(a, 'Nearly 60 percent').speaker?.name, 'Crowdpac');
    assert.notEqual(statement(a, 'women now have more authority').speaker?.name, 'Crowdpac');
  });

  it('finds the speaker of a quote whose attribution follows it without a comma: a subject past a party and state, plural chairmen, another', () => {
    const a = analyzeText('Debate\n\nSen. Tom Reyes (I-Vt.) apologized to his supporters on Saturday.\n\n' +
      '“It bothers me very much that nobody is working on this issue” he said.\n\n' +
      '“The evidence collected during the inquiry is clear” the committee chairmen wrote.\n\n' +
      '"Yet another town we would have won," one supporter wrote online. "Better watch out for the count" tweeted another.');
    assert.equal(statement(a, 'It bothers me').speaker?.name, 'Tom Reyes');
    assert.equal(statement(a, 'The evidence collected').speaker?.name, 'committee chairmen');
    assert.equal(statement(a, 'Better watch out').speaker?.name, 'another');
  });

  it('reads no clause in when something was said, nor in a cue\'s object "it", but reads a clause opening with a subordinate one', () => {
    const a = analyzeText('Press conference\n\n“Very good reporter,” Trump said when Boyle asked him a question. That was what Liz Wahl said when she resigned from the network. ' +
      'Tapper had mentioned it on television. Ruiz said if the vote fails he would quit. Okafor said because the budget was cut the program would end.');
    assert.ok(!hasStatement(a, 'when Boyle asked'));
    assert.ok(!a.statements.some(s => s.content.text.startsWith('she resigned') || s.content.text.startsWith('when she resigned')));
    assert.ok(!hasStatement(a, 'it on television'));
    assert.equal(statement(a, 'if the vote fails').content.text, 'if the vote fails he would quit');
    assert.equal(statement(a, 'because the budget').speaker?.name, 'Okafor');
  });

  it('takes a person first named with no role, right after a spokesperson\'s statement, for that spokesperson', () => {
    const a = analyzeText('Tone\n\nA spokeswoman for the premier said she would keep pointing out falsehoods.\n\n' +
      '“Voters rejected that approach,” said Eleanore Catenaro. “We will not stop.”\n\n' +
      'A spokesman for the mayor declined to comment.\n\n“It was loud,” said John Smith, a neighbour.');
    assert.equal(statement(a, 'she would keep').speaker?.name, 'Eleanore Catenaro');
    assert.equal(a.speakers.find(s => s.name === 'Eleanore Catenaro')?.role, 'spokeswoman for the premier');
    assert.equal(statement(a, 'It was loud').speaker?.name, 'John Smith');
    assert.equal(a.speakers.find(s => s.name === 'John Smith')?.role, 'neighbour');
  });

  it('reads the name before an appositive missing its closing comma, and a quote after "said in a statement."', () => {
    const a = analyzeText('Recount\n\nBoth candidates said it was no big deal.\n\n' +
      'Sam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”\n\n' +
      'Friday on CNN’s “New Day,” Sen. Kristen Gillibrand (D-NY), a supporter of the senator’s bid told host Chris Cuomo she believed that the transcript would come out. ' +
      'Without a ruling, the final state rules for elections are likely to be set by the courts.');
    assert.equal(statement(a, 'There are no paper ballots').speaker?.name, 'Sam Lau');
    assert.equal(statement(a, 'the transcript would come out').speaker?.name, 'Kristen Gillibrand');
    assert.ok(!a.statements.some(s => s.cue?.text === 'state'));
  });

  it('resolves a description by a title written short (`the Florida senator` after `Sen.`), and reads candidates\' roles whole', () => {
    const a = analyzeText('Debate\n\nSen. Marco Rubio said the plan was weak. "It is a difficult issue," said the Florida senator. ' +
      'Republican presidential candidate Ben Carson said the answer was simple. Later, the candidate said police should be trained.');
    assert.equal(statement(a, 'It is a difficult issue').speaker?.name, 'Marco Rubio');
    assert.equal(statement(a, 'police should be trained').speaker?.name, 'Ben Carson');
    assert.equal(a.speakers.find(s => s.name === 'Ben Carson')?.role, 'Republican presidential candidate');
  });

  it('takes no comparison for a statement (`closer than the polls showed`)', () => {
    const a = analyzeText('Race\n\nWeiss told supporters that the race was closer than the polls showed. Growth was higher than analysts had predicted, the bank said.');
    assert.equal(statement(a, 'the race was closer').content.text, 'the race was closer than the polls showed');
    assert.ok(!a.statements.some(s => s.cue?.text === 'showed' || s.cue?.text === 'predicted'));
  });

  it('knows a numbered local as the union `the union` means', () => {
    const a = analyzeText('Union vote\n\nA release from Teamsters Local 987 said workers at a second cafe had voted to join.\n\n' +
      'The union will represent all servers and cooks at both locations, according to the union\'s Friday release.');
    assert.equal(statement(a, 'The union will represent').speaker?.name, 'Teamsters Local 987');
  });

  it('takes a named speaker whose frame reports nothing of its own for whom the next pronoun means', () => {
    const a = analyzeText('Merger\n\nCarla Fiorina met the board on Monday.\n\n' +
      'One obstacle disappeared when Michael Capellas, her counterpart at Compaq, called with an offer. In a merger, he said, the brand would survive.\n\n' +
      'Ann Ruiz, writing on her blog, shared those sentiments. “Why not a blacklist for the rest of them?” she wrote.');
    assert.equal(statement(a, 'the brand would survive').speaker?.name, 'Michael Capellas');
    assert.equal(statement(a, 'Why not a blacklist').speaker?.name, 'Ann Ruiz');
  });

  it('reads an anonymous source set off by a relative clause, and a numbered local named after a long description', () => {
    const a = analyzeText('Layoffs\n\nA person familiar with the matter, who asked not to be identified because the talks were private, said the company was exploring a sale.\n\n' +
      'The union representing workers at the company\'s Hamilton plant, Unifor Local 444, said it would fight the layoffs.');
    assert.equal(statement(a, 'the company was exploring a sale').speaker?.name, 'person familiar with the matter');
    assert.equal(statement(a, 'it would fight the layoffs').speaker?.name, 'Unifor Local 444');
  });

  it('takes no name after `about`, `on` or `for` for whom the next pronoun means', () => {
    const a = analyzeText('Lighthouse\n\nLocal historian Ben Okoro, who has written two books about Great Lakes lighthouses, calls her "the last of a breed." ' +
      'He says fewer than a dozen keepers remain in all of Canada.');
    assert.equal(statement(a, 'fewer than a dozen').speaker?.name, 'Ben Okoro');
  });

  it('resolves `the Democrat` and `the Republican` to the one person the article said is one', () => {
    const a = analyzeText('Debate\n\nMarsh, a Democrat seeking a third term, said the city had added buses. Patel, a Republican, said ridership had fallen.\n\n' +
      'After the debate, the Democrat told reporters that the numbers were "cherry-picked." The Republican shot back in a statement: "The mayor can\'t handle the truth."');
    assert.equal(statement(a, 'the numbers were').speaker?.name, 'Marsh');
    assert.equal(statement(a, 'The mayor can').speaker?.name, 'Patel');
  });

  it('gives `according to` a source named after its role, even ending the sentence, and no relative clause on it', () => {
    const a = analyzeText('Election\n\nTurnout is expected to be low, according to the county clerk, Maria Gomez. ' +
      'Early voting rose sharply this year, according to the registrar, whose office counts the ballots.');
    assert.equal(statement(a, 'Turnout is expected').speaker?.name, 'Maria Gomez');
    assert.ok(!hasStatement(a, 'whose office'));
  });

  it('reads a one-word name set off after a kind of body, and a name set off after `one`', () => {
    const a = analyzeText('Ferries\n\nThe operator, SeaLink, said in a statement it was "deeply sorry" for the disruption. ' +
      '"I have been stuck here for nine hours," said one, Ruth Hale, 68, from Leeds.');
    assert.equal(statement(a, 'it was').speaker?.name, 'SeaLink');
    assert.equal(a.speakers.find(s => s.name === 'SeaLink')?.kind, 'organization');
    assert.equal(statement(a, 'I have been stuck').speaker?.name, 'Ruth Hale');
  });

  it('reads the subject of a participle past `on Friday` between it and its verb', () => {
    const a = analyzeText('Ruling\n\nA federal appeals court on Friday blocked the law, ruling that it targeted voters "with almost surgical precision."');
    assert.equal(statement(a, 'it targeted voters').speaker?.name, 'federal appeals court');
    assert.equal(statement(a, 'with almost surgical precision').speaker?.name, 'federal appeals court');
  });

  it('reads no comparison after `according to` a source and its appositive as a statement of its own', () => {
    const a = analyzeText('Goals\n\nBrandt, 23, has now scored nine goals this season, according to Opta, the data firm, more than any other player in the competition.');
    assert.equal(statement(a, 'Brandt, 23').speaker?.name, 'Opta');
    assert.ok(!hasStatement(a, 'more than any other player'));
  });

  it('reads the subject before where or to whom it spoke, not the object of the preposition', () => {
    const a = analyzeText('Campaign trail\n\nDonald Trump at a rally in Ohio said the election was rigged. Hillary Clinton in an interview with CNN said the claim was false. ' +
      'A senior adviser to Mr. Sanders said the race was over. Democrats on the committee said the hearing was a sham. ' +
      'Another source speaking to Fox News said the inquiry would widen. Supporters who have heard directly from the Rubio campaign say he will stay in.');
    assert.equal(statement(a, 'the election was rigged').speaker?.name, 'Donald Trump');
    assert.equal(statement(a, 'the claim was false').speaker?.name, 'Hillary Clinton');
    assert.equal(statement(a, 'the race was over').speaker?.name, 'senior adviser');
    assert.equal(statement(a, 'the hearing was a sham').speaker?.name, 'Democrats');
    assert.equal(statement(a, 'the inquiry would widen').speaker?.name, 'Another source');
    assert.equal(statement(a, 'he will stay in').speaker?.name, 'Supporters');
  });

  it('reads no subject across a preposition that opens no clause, and no "state" after a place as a cue', () => {
    const a = analyzeText('Primaries\n\nThere are few paths for Mr. Rubio to win the nomination acknowledge aides. ' +
      'Sanders won Idaho and Utah with a wide victory in Washington state on Saturday, any hope he has of catching Clinton runs through Wisconsin.');
    assert.notEqual(a.statements.find(s => s.content.text.includes('aides'))?.speaker?.name, 'Rubio');
    assert.ok(!a.statements.some(s => s.cue?.text === 'state'));
  });

  it('gives a document to the body it is from, named or not yet known: "a release from UFCW Local 832"', () => {
    const a = analyzeText('Union vote\n\nA release sent to media from UFCW Local 832 late Friday said the vote passed. ' +
      'Its members include cooks, according to data from PitchBook. An average of recent polls by RealClearPolitics shows Clinton leads Sanders by 13 points.');
    assert.equal(statement(a, 'the vote passed').speaker?.name, 'UFCW Local 832');
    assert.equal(statement(a, 'Its members include cooks').speaker?.name, 'PitchBook');
    assert.equal(statement(a, 'Clinton leads').speaker?.name, 'RealClearPolitics');
  });

  it('reads a short clause of a noun and its auxiliary, but not a bare object', () => {
    const a = analyzeText('Ann Lee said prices would rise. Tom Hale said goodbye and left.');
    assert.equal(statement(a, 'prices would rise').speaker?.name, 'Ann Lee');
    assert.ok(!hasStatement(a, 'goodbye'));
  });

  it('reads "…, X said." with the clause before the attribution', () => {
    const a = analyzeText('The harvest was the worst in a decade, farmers said.');
    const s = statement(a, 'The harvest was');
    assert.equal(s.content.text, 'The harvest was the worst in a decade');
    assert.equal(s.speaker?.name, 'farmers');
  });

  it('reads "according to X, …"', () => {
    const a = analyzeText(fixture('wire-harbour-strike.article'));
    const s = statement(a, 'the latest offer');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.cue?.text, 'According to');
  });

  it('keeps a participle phrase with what was said, but stops at a speaking one', () => {
    const a = analyzeText('The minister warned that reserves had fallen, leaving the province short of water. She said the dam would hold, adding that crews were on site.');
    assert.equal(statement(a, 'reserves had fallen').content.text, 'reserves had fallen, leaving the province short of water');
    assert.equal(statement(a, 'the dam would hold').content.text, 'the dam would hold');
    assert.equal(statement(a, 'crews were on site').cue?.text, 'adding');
  });

  it('ends a clause reported inside an opening subordinate clause at its comma', () => {
    const a = analyzeText('When Okafor told reporters the audit was late, the chair adjourned the meeting.');
    const s = statement(a, 'the audit was late');
    assert.equal(s.content.text, 'the audit was late');
    assert.equal(s.speaker?.name, 'Okafor');
  });

  it('reads a quantifier opening the sentence as a group of speakers', () => {
    const a = analyzeText('Dozens of tenants met at the library on Monday. Some suggested that the rent freeze should be extended to the spring. Many said they would not sign the new lease.');
    assert.equal(statement(a, 'the rent freeze').speaker?.name, 'Some');
    assert.equal(statement(a, 'they would not sign').speaker?.name, 'Many');
  });

  it('reads a clause after an adverbial closed by commas', () => {
    const a = analyzeText('If the levy passes, Moreau suggested in a radio interview, farmers will be paid within a month. Moreau said on Monday, before the vote, that she would resign. She said in Ottawa, where she met the premiers, that the deal was close.');
    assert.equal(statement(a, 'farmers will be paid').content.text, 'farmers will be paid within a month');
    assert.equal(statement(a, 'she would resign').speaker?.name, 'Moreau');
    assert.equal(statement(a, 'the deal was close').content.text, 'the deal was close');
  });

  it('does not report an opening subordinate clause when the frame goes on', () => {
    const a = analyzeText('When it comes to rent, both groups report facing long waiting lists at the housing office.');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('When it comes')), a.statements.map(s => s.content.text).join(' | '));
    const b = analyzeText('If the levy passes, farmers will be paid within a month, Moreau said.');
    assert.equal(statement(b, 'If the levy passes').content.text, 'If the levy passes, farmers will be paid within a month');
  });

  it('reads any source after "according to", before or after its clause, but not a manner', () => {
    const a = analyzeText('The count went on overnight.\n\nAt least 41,000 ballots were cast early, according to an analysis by the county clerk. According to exit polls, the mayor led by nine points.\n\nEverything went according to plan, and the polls closed at eight.\n');
    const early = statement(a, 'At least 41,000');
    assert.equal(early.content.text, 'At least 41,000 ballots were cast early');
    assert.equal(early.speaker?.name, 'county clerk', 'a document by someone is theirs');
    assert.equal(statement(a, 'the mayor led').speaker?.name, 'exit polls');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('Everything went')));
  });

  it('reads what a document shows or found, but not what a person found', () => {
    const a = analyzeText('The count went on overnight.\n\nA new poll shows the mayor leads by nine points. The audit found that the city had overpaid its contractors. Police found the ballots in a van. Okafor suggested the count should stop.\n');
    assert.equal(statement(a, 'the mayor leads').speaker?.name, 'new poll');
    assert.equal(statement(a, 'the city had overpaid').speaker?.name, 'audit');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('the ballots')));
    assert.equal(statement(a, 'the count should stop').speaker?.name, 'Okafor');
  });

  it('reads past a reflexive to the subject, and knows the rarer verbs of saying', () => {
    const a = analyzeText('The count went on overnight.\n\nMoreau herself said on Tuesday that “the only way to win is to knock on doors.” Asked which ward was her favourite, she demurred: “Whichever one I’m in.”\n');
    assert.equal(statement(a, 'the only way to win').speaker?.name, 'Moreau');
    const q = statement(a, 'Whichever one');
    assert.equal(q.speaker?.name, 'Moreau');
    assert.equal(q.cue?.text, 'demurred');
  });

  it('reads a name past a party-and-state parenthesis before the cue', () => {
    const a = analyzeText('The count went on overnight.\n\nSen. Ellen Varga (D-Ore.) said the count was “a proven failure” and would be redone.\n');
    assert.equal(statement(a, 'the count was').speaker?.name, 'Ellen Varga');
    assert.equal(statement(a, 'a proven failure').kind, 'partial');
  });

  it('reads a reported clause that opens with a subordinate clause, and skips "when asked"', () => {
    const a = analyzeText('The count went on overnight.\n\nOkafor said when the council ignores the wards, it insults every voter. Later Okafor said when asked about the van that it was a mistake.\n');
    assert.equal(statement(a, 'when the council').content.text, 'when the council ignores the wards, it insults every voter');
    assert.equal(statement(a, 'it was a mistake').speaker?.name, 'Okafor');
  });

  it('reads a subject led by a capitalised possessive after a comma', () => {
    const a = analyzeText('The count went on overnight.\n\nThe ferry left at noon with the mayor, her aides and two ministers aboard, Norland’s state-run ferry agency said.\n');
    const s = statement(a, 'The ferry left');
    assert.equal(s.content.text, 'The ferry left at noon with the mayor, her aides and two ministers aboard');
    assert.equal(s.speaker?.name, 'Norland’s state-run ferry agency');
  });

  it('does not make speakers of a noun after "a" that looks like a cue, of a relative "that", or of a clause after a quote', () => {
    const a = analyzeText('The tour went on.\n\nThis came to the fore in Ohio, a swing state, where she spoke for an hour. Voters wanted laws, passed last year, that appeals courts said were unfair. He went on to praise “Harbour Nights,” note that he had just bought a hotel, and boast about the view.\n');
    const names = a.speakers.map(s => s.name);
    for (const bad of ['swing', 'a swing', 'that appeals courts', 'that he had just bought']) assert.ok(!names.includes(bad), `no speaker "${bad}" among ${names.join(', ')}`);
    assert.ok(!a.statements.some(s => s.cue?.text === 'state'), 'the noun "state" is no cue');
  });

  it('reads a plural description as a group, without a preposition or participle before it', () => {
    const a = analyzeText('The poll closed on Friday.\n\nNine percent of respondents said they had not decided. Echoing security experts warned that the count was slow. The candidates said the debate would go ahead.\n');
    const respondents = speakerRecordOf(a, 'they had not decided');
    assert.match(respondents?.name ?? '', /respondents$/);
    assert.equal(respondents?.kind, 'group');
    assert.equal(statement(a, 'the count was slow').speaker?.name, 'security experts');
    assert.equal(a.speakers.find(s => s.name === 'candidates')?.kind, 'group');
  });

  it('reads "pointed out that", "clarified that", "replied that" and cues after an adverb of manner', () => {
    const a = analyzeText('The ferry vote was close.\n\nAs the councillors argued over the budget, Okafor pointed out that rural wharves were largely ignored. ' +
      'The harbour master later clarified that most crews would not be affected. Ms. Varga bluntly suggested that the plan was a stunt. ' +
      'Asked about the cost, the treasurer would only say that the figures were old. Okafor replied that the money had been returned.\n');
    assert.equal(statement(a, 'rural wharves').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'rural wharves').cue?.text, 'pointed out');
    assert.equal(statement(a, 'most crews').speaker?.name, 'harbour master');
    assert.equal(statement(a, 'the plan was a stunt').speaker?.name, 'Varga');
    assert.equal(statement(a, 'the figures were old').speaker?.name, 'treasurer');
    assert.equal(statement(a, 'the money had been').speaker?.name, 'Okafor');
  });

  it('does not report an object after "points out" or "mentioned", nor the opening phrase before them', () => {
    const a = analyzeText('The ferry vote was close.\n\nThe union also points out another bill that made money available for roads. ' +
      'In a two-minute answer on the issue, Okafor mentioned the port twice. The family said the funeral would be private.\n');
    assert.ok(!hasStatement(a, 'another bill'), 'an object is not a clause');
    assert.ok(!hasStatement(a, 'two-minute answer'), 'an opening phrase is not what was said');
    assert.equal(statement(a, 'the funeral would be private').speaker?.name, 'family');
  });

  it('reads a title word written as a surname: after an honorific, or alone when the article names the person', () => {
    const a = analyzeText('The ferry vote was close.\n\nMr. King said that he was busy. Ms. Bishop told reporters she would resign.\n\n' +
      'Sen. Angus Judge spoke first. Later, Judge said the vote would be close. The judge said the appeal was dismissed.\n');
    assert.equal(statement(a, 'he was busy').speaker?.name, 'King');
    assert.equal(statement(a, 'she would resign').speaker?.name, 'Bishop');
    assert.equal(statement(a, 'the vote would be close').speaker?.name, 'Angus Judge');
    assert.notEqual(statement(a, 'the appeal was dismissed').speaker?.name, 'Angus Judge');
  });

  it('gives a document written with a possessive to its owner, and reads a company word as ending a company name', () => {
    const a = analyzeText('The ferry vote was close.\n\nWorkers at Harbourline Foods voted to join the Dockworkers Union on Friday. ' +
      'The union will represent all cooks, according to the union’s Friday release. Councillor Amos Varga wrote to the board. ' +
      'According to Varga’s letter, the ferry loses money every winter.\n');
    // (`the union` is the Dockworkers Union named before)
    assert.equal(statement(a, 'The union will represent').speaker?.name, 'Dockworkers Union');
    assert.equal(statement(a, 'The union will represent').speaker?.mention?.text, 'the union’s Friday release');
    assert.equal(statement(a, 'the ferry loses money').speaker?.name, 'Amos Varga');
    const company = analyzeText('The ferry vote was close.\n\nHarbourline Foods said the plant would hire 40 people.\n');
    assert.equal(company.speakers.find(s => s.name === 'Harbourline Foods')?.kind, 'organization');
  });

  it('reads a cue in an infinitive after an act of speaking: "went on to say", "used her speech to warn"', () => {
    const a = analyzeText('The ferry vote was close.\n\nOkafor went on to say the port would close. The mayor took to social media to say that the vote was rigged. ' +
      'Ms. Varga used her speech to warn that fares would rise. The treasurer wants to say that the books are fine.\n');
    assert.equal(statement(a, 'the port would close').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'the vote was rigged').speaker?.name, 'mayor');
    assert.equal(statement(a, 'fares would rise').speaker?.name, 'Varga');
    assert.ok(!hasStatement(a, 'the books are fine'), 'wanting to say is not saying');
  });

  it('reads a capitalised title after "the" as its holder, and a long plural agent noun as a group', () => {
    const a = analyzeText('The ferry vote was close.\n\nPrime Minister Jane Okafor flew to the coast. The Prime Minister said the talks had failed. ' +
      'Later, the Queen said the war must end. Forecasters said the storm would weaken. Sanders said the map was a fake. A letter to the Prime Minister said the port was unsafe.\n');
    assert.equal(statement(a, 'the talks had failed').speaker?.name, 'Jane Okafor');
    assert.equal(statement(a, 'the war must end').speaker?.name, 'Queen');
    const forecasters = speakerRecordOf(a, 'the storm would weaken');
    assert.equal(forecasters?.kind, 'group');
    assert.equal(a.speakers.find(s => s.name === 'Sanders')?.kind, 'person');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('the port was unsafe') && s.speaker?.name === 'Jane Okafor'), 'the letter is not the prime minister');
  });

  it('reads a clause ending in a phrasal verb, but not a relative clause ending in its preposition', () => {
    const a = analyzeText('The ferry vote was close.\n\nOkafor insisted the strike would go on. She lost a few friends she thought she could count on.\n');
    assert.equal(statement(a, 'the strike would go on').speaker?.name, 'Okafor');
    assert.ok(!hasStatement(a, 'count on'), 'a relative clause is no statement');
  });

  it('finds a quote after a sentence ending in a noun that names works, and gives "he" to a described person before anyone is named', () => {
    const a = analyzeText('Gulls lose again\n\nThe coach was blunt after the game. “We were bad,” he said. “Really bad.”\n');
    assert.equal(statement(a, 'We were bad').kind, 'direct');
    assert.equal(statement(a, 'We were bad').speaker?.name, 'coach');
    const named = analyzeText('Gulls lose again\n\nRay Diaz spoke after the game. The coach was blunt. “We were bad,” he said.\n');
    assert.equal(statement(named, 'We were bad').speaker?.name, 'Ray Diaz');
  });

  it('reads a subject set off by a participle phrase, and a participle after an inverted frame, once', () => {
    const a = analyzeText('The ferry vote was close.\n\nThe report, released on Monday, said the port was unsafe. The mayor, speaking at city hall, said the ferry would run. ' +
      '“We are disappointed,” said a spokesperson for Maple Air, adding that refunds would be issued. “It hurts,” Okafor said, adding that fares would rise.\n');
    assert.equal(statement(a, 'the port was unsafe').speaker?.name, 'report');
    assert.equal(statement(a, 'the ferry would run').speaker?.name, 'mayor');
    assert.equal(statement(a, 'refunds would be issued').speaker?.id, statement(a, 'We are disappointed').speaker?.id);
    assert.equal(statement(a, 'fares would rise').cue?.text, 'adding');
    assert.ok(!hasStatement(a, 'adding that'), 'the participle is a cue, not part of a clause');
  });

  it('reads `…, adding that …` after a title closed by the doubled apostrophes of New York Times copy', () => {
    const a = analyzeText('The race tightened.\n\n' +
      "''He fought hard, he is a good man,'' Mr. Darrow told the hosts of ''Good Morning Riverside,'' adding that his daughter knows the family.\n");
    assert.equal(statement(a, 'his daughter knows the family').speaker?.name, 'Darrow');
    assert.equal(statement(a, 'his daughter knows the family').cue?.text, 'adding');
  });

  it('reads "as X put it", a remark owned before a colon, "quoted as saying", and no clause in an opening "Asked if …"', () => {
    const a = analyzeText('The ferry vote was close.\n\nMayor Jane Okafor spoke briefly. Her message to voters: “Stay home.” ' +
      'As Amos Varga put it: “We are done.” “It is over,” was how Varga put it. Lena Ruiz was quoted as saying the port would reopen. ' +
      'Asked if the fares would rise, Ruiz said the board would decide.\n');
    assert.equal(statement(a, 'Stay home').speaker?.name, 'Jane Okafor');
    assert.equal(statement(a, 'We are done').speaker?.name, 'Amos Varga');
    assert.equal(statement(a, 'It is over').speaker?.name, 'Amos Varga');
    assert.equal(statement(a, 'the port would reopen').speaker?.name, 'Lena Ruiz');
    assert.equal(statement(a, 'the board would decide').speaker?.name, 'Lena Ruiz');
    assert.ok(!hasStatement(a, 'Asked if'), 'an opening participle phrase is no clause');
  });

  it('reads a subject before an aside between dashes, and a name opening the aside', () => {
    const a = analyzeText('The ferry vote was close.\n\nJane Okafor — who chairs the board — said the port would close. The treasurer – a former docker – said fares would rise. ' +
      'The former mayor -- Amos Varga, who lost in 2008 -- said the ferry was doomed.\n');
    assert.equal(statement(a, 'the port would close').speaker?.name, 'Jane Okafor');
    assert.equal(statement(a, 'fares would rise').speaker?.name, 'treasurer');
    assert.equal(statement(a, 'the ferry was doomed').speaker?.name, 'Amos Varga');
  });

  it('reads documents as subjects: records that show, a memo obtained by a newspaper, and an organization named "Watch"', () => {
    const a = analyzeText('The ferry vote was close.\n\nCourt records show the port owners hid the losses. An internal memo obtained by The Courier warns that the port is unsafe. ' +
      'Harbour Rights Watch said the ferry was overcrowded. Supporters of the bill have said they think it will pass. ' +
      'Lobbying records show the firm met officials about “justice” and “law enforcement” many times. A research project found nothing.\n');
    assert.equal(statement(a, 'the port owners hid').speaker?.name, 'Court records');
    assert.equal(statement(a, 'the port is unsafe').speaker?.name, 'internal memo');
    assert.equal(statement(a, 'the ferry was overcrowded').speaker?.name, 'Harbour Rights Watch');
    assert.equal(a.speakers.find(s => s.name === 'Harbour Rights Watch')?.kind, 'organization');
    assert.ok(!a.statements.some(s => s.speaker?.name === 'bill'), 'the bill supported is no speaker');
    assert.ok(!a.statements.some(s => s.kind === 'partial' && s.content.text === 'justice'), 'words quoted in what records show are named, not said');
    assert.ok(!a.statements.some(s => s.cue?.text === 'project'), 'a research project is no cue');
  });

  it('keeps an aside between two dashes inside the clause, reads a long anonymity aside, and names "the Associated Press" itself', () => {
    const a = analyzeText('The ferry vote was close.\n\nOkafor said the closure – which began in May – was temporary. ' +
      'And while she said the fares had not moved - a worry for many — she expected a rise. ' +
      'A senior official, speaking on condition of anonymity because he was not allowed to discuss the talks, said the deal was close.\n\n' +
      'Amos Varga spoke in Halifax. According to the Associated Press, most of the delegates backed him.\n');
    assert.equal(statement(a, 'the closure').content.text, 'the closure – which began in May – was temporary');
    assert.equal(statement(a, 'the fares had not moved').content.text, 'the fares had not moved');
    assert.equal(statement(a, 'the deal was close').speaker?.name, 'senior official');
    const ap = speakerRecordOf(a, 'most of the delegates');
    assert.equal(ap?.name, 'Associated Press');
    assert.equal(ap?.kind, 'organization');
  });

  it('heads a description with a person named before "of the", with "the head of", and keeps "Out of the Cold" whole', () => {
    const a = analyzeText('The shelter vote was close.\n\nSgt. Amos Varga of the Halifax police said a man was arrested. The head of the Harbour Board said the beds were full. ' +
      'Many Out of the Cold users said the nights were long.\n');
    assert.equal(statement(a, 'a man was arrested').speaker?.name, 'Amos Varga');
    assert.equal(statement(a, 'the beds were full').speaker?.name, 'head of the Harbour Board');
    assert.equal(statement(a, 'the nights were long').speaker?.name, 'Out of the Cold users');
    const apposed = analyzeText('The shelter vote was close.\n\nLena Ruiz, the editor in chief of The Courier, wrote sarcastically online, adding that the board had offered no reason.\n');
    assert.equal(statement(apposed, 'the board had offered').speaker?.name, 'Lena Ruiz');
  });

  it('links a description to the person named with that role, only when one person has it, and merges a description named later', () => {
    const one = analyzeText('Ferry saved\n\nThe Prime Minister said the ferry would be saved.\n\nPrime Minister Helen Carr flew to Oban.\n');
    assert.equal(statement(one, 'the ferry would be saved').speaker?.name, 'Helen Carr');
    const two = analyzeText('Ferry saved\n\nThe senator said the ferry would be saved.\n\nSenator Helen Carr and Senator Amos Varga flew to Oban.\n');
    assert.equal(statement(two, 'the ferry would be saved').speaker?.name, 'senator');
    const later = analyzeText('Rovers lose\n\nThe manager was blunt. “We were poor,” he said.\n\nThe manager, Jamie Ross, said the players had let the fans down.\n');
    assert.equal(statement(later, 'We were poor').speaker?.name, 'Jamie Ross');
    assert.equal(later.speakers.length, 1);
  });

  it('reads no statement in a question asked, and a subject set off by "in a statement"', () => {
    const a = analyzeText('The ferry vote was close.\n\nAsked whether he would testify, Hale said he had not decided. The interior ministry, in a statement, denied that the camps were full.\n');
    assert.ok(!hasStatement(a, 'Hale said'), 'the question is no statement');
    assert.equal(statement(a, 'the camps were full').speaker?.name, 'interior ministry');
  });

  it('reads a document whose senders are named, before an aside opened by "also seen by"', () => {
    const a = analyzeText('The ward vote was close.\n\nA letter from 40 doctors, also seen by the Courier, urges the board to reopen the ward. ' +
      'The network, also known as Harbour TV, suggested that the ruling hurt its freedom.\n');
    assert.match(statement(a, 'the board to reopen the ward').speaker?.name ?? '', /^letter from 40 doctors/);
    assert.equal(statement(a, 'the ruling hurt its freedom').speaker?.name, 'network');
  });

  it('reads countries and international bodies as organizations, and an organization by its first word alone', () => {
    const a = analyzeText('Talks resume\n\nChina said the talks were useful. Environment Canada said snow would fall. Amnesty International said the trial was unfair. ' +
      'France Gélinas said the ward was full. Harbourline Foods opened a plant. Later, Harbourline said 40 people would be hired.\n');
    const kind = (words: string) => speakerRecordOf(a, words)?.kind;
    assert.equal(kind('the talks were useful'), 'organization');
    assert.equal(kind('snow would fall'), 'organization');
    assert.equal(kind('the trial was unfair'), 'organization');
    assert.equal(kind('the ward was full'), 'person');
    assert.equal(statement(a, '40 people would be hired').speaker?.name, 'Harbourline Foods');
  });

  it('reads "the department of education" and "the head of the agency" as subjects of their kind', () => {
    const a = analyzeText('Snow day\n\nSchools will be closed on Monday, the regional centre for education announced. The department of health said clinics would open late. ' +
      'The head of the agency said buses would not run.\n');
    const kind = (words: string) => speakerRecordOf(a, words)?.kind;
    assert.equal(statement(a, 'Schools will be closed').speaker?.name, 'regional centre for education');
    assert.equal(kind('Schools will be closed'), 'organization');
    assert.equal(kind('clinics would open late'), 'organization');
    assert.equal(kind('buses would not run'), 'person');
  });

  it('gives a quote after a narrated act of speaking to whoever did it', () => {
    const a = analyzeText('Snow day\n\nBill Cormier was buying salt. “We have seen worse,” he said. His wife, Anne, laughed. “He says that every year.”\n');
    assert.equal(statement(a, 'We have seen worse').speaker?.name, 'Bill Cormier');
    assert.equal(statement(a, 'He says that every year').speaker?.name, 'Anne');
  });

  it('does not take a party or a faith in an appositive for the speaker', () => {
    const a = analyzeText('Vote on the bill\n\nOkafor, a Liberal, said she would vote against the bill. Nevada\'s governor, Brian Sandoval, a Republican, said he had voted early.\n');
    assert.equal(statement(a, 'she would vote against').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'he had voted early').speaker?.name, 'Brian Sandoval');
  });

  it('lets a pronoun mean either of two people named together as the subject, but not people named after a preposition', () => {
    const a = analyzeText('Talks\n\nJane Okafor and Tom Reid met on Friday. “It went well,” she said. “We agreed on a lot,” he added.\n');
    assert.equal(statement(a, 'It went well').speaker?.name, 'Jane Okafor');
    assert.equal(statement(a, 'We agreed on a lot').speaker?.name, 'Tom Reid');
    const under = analyzeText('Talks\n\nAmos Varga was an official under Presidents Dana Reed and Lena Ruiz. “It was hard,” he said.\n');
    assert.equal(statement(under, 'It was hard').speaker?.name, 'Amos Varga');
  });

  it('reports nothing before a frame that goes on to its object, and reads short clauses and posts', () => {
    const a = analyzeText('Fares\n\nTwo hours after her first post, Okafor posted a photo of the ferry. Okafor posted on Facebook that the ferry was late. ' +
      'The company, in a filing with regulators, said profits fell. The ferry will be late, Okafor told the council. The ferry is old, Okafor said on Monday.\n');
    assert.ok(!hasStatement(a, 'Two hours after'), 'an opening time phrase is not what was said');
    assert.ok(!hasStatement(a, 'a photo of the ferry'), 'a photo posted is no clause');
    assert.equal(statement(a, 'the ferry was late').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'profits fell').speaker?.name, 'company');
    assert.equal(statement(a, 'The ferry will be late').speaker?.name, 'Okafor');
    assert.equal(statement(a, 'The ferry is old').speaker?.name, 'Okafor');
  });

  it('knows French-Canadian given names and their gender ("Her son, Luc, 24," then "he said")', () => {
    const a = analyzeText('Fishers fear the bay\n\nSylvie Arsenault fishes off Cape Sable. Her son, Luc, 24, was blunter. “If the lobster go, we go,” he said. “We know,” she said.\n');
    assert.equal(statement(a, 'If the lobster go').speaker?.name, 'Luc');
    assert.equal(statement(a, 'We know').speaker?.name, 'Sylvie Arsenault');
  });

  it('does not take narration without a cue for reported speech', () => {
    const a = analyzeText('The council met on Monday and voted to close the pool. The pool opened in 1974.');
    assert.deepEqual(a.statements, []);
  });
});

describe('core: pull quotes', () => {
  it('reads a pull quote followed by its attribution line', () => {
    const a = analyzeText(fixture('miami-festival.article'));
    const s = statement(a, 'Bread should be cheap');
    assert.equal(s.kind, 'pullquote');
    assert.equal(s.speaker?.name, 'Carmen Ruiz');
  });

  it('reads a pull quote whose paragraph ends with the bare name of someone the article quotes', () => {
    const text = 'Tomas Lindqvist opened the bakery in 1998.\n\nI never planned to bake for a whole town, but the town kept coming back. Tomas Lindqvist\n\nLindqvist said the ovens run all night.\n';
    const a = analyzeText(text);
    const s = statement(a, 'I never planned');
    assert.equal(s.kind, 'pullquote');
    assert.equal(s.content.text, 'I never planned to bake for a whole town, but the town kept coming back.');
    assert.equal(s.speaker?.name, 'Tomas Lindqvist');
    // a capitalised tail the article never mentions again is no speaker
    const b = analyzeText('The bakery opened in 1998 and has served the town every morning since then. Read More\n');
    assert.deepEqual(b.statements, []);
  });

  it('reads the seed’s two pull quotes with their speakers', () => {
    const a = analyzeText(seedText('blinken-xi-beijing.txt'));
    assert.equal(statement(a, 'China hopes to see').speaker?.name, 'Xi Jinping');
    const second = statement(a, 'The two countries have an obligation');
    assert.equal(second.kind, 'pullquote');
    assert.equal(second.speaker?.name, 'Antony Blinken');
  });
});

describe('core: speakers', () => {
  it('keeps a conjunction opening the sentence out of a speaker’s role (But Coun. Brian Kowalski said)', () => {
    const a = analyzeText('Bike lanes\n\nBut Coun. Brian Kowalski said the plan would remove 300 parking spots.');
    assert.equal(a.speakers.find(s => s.name === 'Brian Kowalski')?.role, 'Coun.');
  });
  it('lets `the company` mean a company named after its kind earlier in its sentence, even in passing', () => {
    const a = analyzeText('Insulin\n\nHealth Canada has approved a cheaper insulin made by drug maker Lakeshore Biologics, the company said Monday. ' +
      'Health Canada said the review took a year.');
    assert.equal(speakerOf(a, 'Health Canada has approved'), 'Lakeshore Biologics');
    assert.equal(speakerOf(a, 'the review took a year'), 'Health Canada');
  });
  it('reads organizations whose names hold a title’s word or `and`, and a fellow at one', () => {
    const a = analyzeText('Trade talks\n\nMembers of the Council on Foreign Relations said the deal was weak. ' +
      'The Center for Strategic and International Studies said it had no comment. A fellow at the Brookings Institution said the deal was fine.');
    assert.equal(speakerOf(a, 'the deal was weak'), 'Members of the Council on Foreign Relations');
    const csis = a.speakers.find(s => s.name === 'Center for Strategic and International Studies');
    assert.equal(csis?.kind, 'organization');
    assert.equal(speakerOf(a, 'the deal was fine'), 'fellow at the Brookings Institution');
  });
  it('reads a verb of saying that opens its sentence before who spoke (Said X, …), not a name that is said to speak', () => {
    const a = analyzeText('Mourners\n\nThe small pink home is a museum now. Said Jane Okafor, who grew up next door, “We were all so proud of him.”\n\n' +
      'Added one fan: “He was the greatest.”\n\nSaid Abdullah said the plan was fine.');
    const proud = statement(a, 'We were all so proud');
    assert.deepEqual([proud.kind, proud.speaker?.name, proud.cue?.text], ['direct', 'Jane Okafor', 'Said']);
    assert.equal(statement(a, 'He was the greatest').speaker?.name, 'one fan');
    assert.equal(statement(a, 'the plan was fine').speaker?.name, 'Said Abdullah');
  });

  it('names persons, organizations and groups by kind', () => {
    const a = analyzeText(fixture('ap-library-vote.article'));
    const kind = (name: string) => a.speakers.find(s => s.name === name)?.kind;
    assert.equal(kind('Linda Marsh'), 'person');
    assert.equal(kind('White House'), 'organization');
    assert.equal(speakerOf(a, 'the vote could shape'), 'Analysts');
    assert.equal(a.speakers.find(s => s.name === 'Analysts')?.kind, 'group');
  });

  it('reads an organization’s whole name, past "of", "for", "and" and a plural possessive', () => {
    const a = analyzeText('The National Union of Teachers said the offer was too low. The Rail and Maritime Workers’ Union said its members would strike. ' +
      'The Institute for Fiscal Studies said the gap was growing.');
    for (const [words, name] of [['the offer was too low', 'National Union of Teachers'], ['its members would strike', 'Rail and Maritime Workers’ Union'],
      ['the gap was growing', 'Institute for Fiscal Studies']]) {
      const s = statement(a, words);
      assert.equal(s.speaker?.name, name);
      assert.equal(a.speakers.find(x => x.name === name)?.kind, 'organization');
    }
  });

  it('links "the union" or "the group" to the organization last named with that noun', () => {
    const a = analyzeText('The National Union of Teachers said the offer was too low. The Rail Delivery Group said the offer was fair. ' +
      'The union said its members would strike. The group said talks could resume.');
    assert.equal(statement(a, 'its members would strike').speaker?.name, 'National Union of Teachers');
    assert.equal(statement(a, 'talks could resume').speaker?.name, 'Rail Delivery Group');
  });

  it('keeps a nationality opening an organization’s name, and reads "recommends" as a cue', () => {
    const a = analyzeText('The American Academy of Pediatrics recommends that teenagers get eight hours of sleep. Chinese President Xi Jinping said ties were good.');
    assert.equal(statement(a, 'teenagers get eight hours').speaker?.name, 'American Academy of Pediatrics');
    assert.equal(a.speakers.find(s => s.name === 'Xi Jinping')?.role, 'Chinese President');
  });

  it('does not take an organization named after "of the" in an appositive for the subject', () => {
    const a = analyzeText('Donald Tusk, the president of the European Council, which represents the leaders, urged the government “to clarify its intentions.”');
    assert.equal(statement(a, 'to clarify').speaker?.name, 'Donald Tusk');
  });

  it('reads people somewhere as a group (`Critics on the right`, `officials in Beijing`), a person somewhere by name', () => {
    const a = analyzeText('Critics on the right say it does not go far enough. Officials in Beijing said the talks were useful. Kent Moore in Toronto said the rules were new.');
    for (const [words, name, kind] of [['it does not go far enough', 'Critics on the right', 'group'], ['the talks were useful', 'Officials in Beijing', 'group'], ['the rules were new', 'Kent Moore', 'person']]) {
      assert.equal(statement(a, words).speaker?.name, name);
      assert.equal(a.speakers.find(s => s.name === name)?.kind, kind);
    }
  });

  it('gives "I" outside quotation marks to the writer the byline names, and "he" never to a team', () => {
    const a = analyzeText('Notes on policing\n\nBy Marion Clarke\n\nGeorge Orwell wrote about slogans. I do not think the mayor is lying.\n\nBeck said the room was calm after the Hawks scored.\n\n“Nobody panicked,” he said.');
    assert.equal(statement(a, 'the mayor is lying').speaker?.name, 'Marion Clarke');
    assert.equal(statement(a, 'Nobody panicked').speaker?.name, 'Beck');
    const unsigned = analyzeText('George Orwell wrote about slogans. I do not think the mayor is lying.');
    assert.equal(statement(unsigned, 'the mayor is lying').speaker?.name, 'the writer');
  });

  it('links "the company" to a company named by its legal suffix, and "they" to two people named as one subject', () => {
    const a = analyzeText('Northwind Foods Inc reported lower profit on Wednesday.\n\nThe company said net income fell to $84 million.\n\n' +
      'The couple across the street, Ahmed and Leila Haddad, moved back in April. They said their children still ask about the water.');
    assert.equal(statement(a, 'net income fell').speaker?.name, 'Northwind Foods Inc');
    assert.equal(statement(a, 'their children still ask').speaker?.name, 'Ahmed and Leila Haddad');
    assert.equal(a.speakers.find(s => s.name === 'Ahmed and Leila Haddad')?.kind, 'group');
  });

  it('reads a speaker described by a relative clause running up to the cue, a rank before a name, and "one attendee, X,"', () => {
    const a = analyzeText('Const. Jennifer Boyd said the suspect was caught.\n\nA witness who did not want to be named told CBC News she heard three shots.\n\n' +
      '“We paid $4,000 for this,” one attendee, Kayla Brooks, tweeted.\n\nHe argued for students who transfer often across state lines, like those in military families.');
    assert.equal(statement(a, 'she heard three shots').speaker?.name, 'witness');
    assert.equal(statement(a, 'the suspect was caught').speaker?.name, 'Jennifer Boyd');
    assert.equal(statement(a, 'We paid').speaker?.name, 'Kayla Brooks');
    assert.ok(!hasStatement(a, 'like those in military families'));
  });

  it('finds the subject a role opens (`businessman Victor Lam`), a company its appositive names, and a document a participle follows', () => {
    const a = analyzeText('Her main challenger, businessman Victor Lam, conceded early. In a short speech, he said he would not rule out running again.\n\n' +
      'Snapframe, the photo-editing app maker, is cutting jobs. The company said the cuts would affect 140 employees.\n\n' +
      'A letter signed by 40 doctors at the hospital urges the province to fund new positions.');
    assert.equal(statement(a, 'he would not rule out').speaker?.name, 'Victor Lam');
    assert.equal(statement(a, 'the cuts would affect').speaker?.name, 'Snapframe');
    assert.equal(statement(a, 'the province to fund').speaker?.name, 'letter signed by 40 doctors at the hospital');
  });

  it('links "the analysts" to the analysts described before, and reads "called … but said …" as one speaker’s', () => {
    const a = analyzeText('Analysts at Harbor Bank wrote in a note that the market had run ahead.\n\n“We see more downside,” the analysts wrote.\n\n' +
      'Dr. Paul Nguyen called the findings “compelling” but said trees alone would not be enough.\n\n' +
      'China and the United States agreed to keep talking, but did not announce any breakthroughs.');
    assert.equal(statement(a, 'We see more downside').speaker?.name, 'Analysts at Harbor Bank');
    assert.equal(statement(a, 'trees alone would not be enough').speaker?.name, 'Paul Nguyen');
    assert.ok(!hasStatement(a, 'agreed to keep talking'), 'what was not announced is no statement');
  });

  it('reads "welcomed … but said", a person "of" an organization, someone "in" a place, and "denied that," as no clause', () => {
    const a = analyzeText('The opposition welcomed the increase but said the government should do more for renters.\n\n' +
      'Biologist Hannah Reyes of Laurentian University said hunting them is taboo.\n\n' +
      'One installer in Moncton, who asked not to be named, said some customers were waiting.\n\nKestrel denied that, saying it acted at once.');
    assert.equal(statement(a, 'the government should do more').speaker?.name, 'opposition');
    assert.equal(statement(a, 'hunting them is taboo').speaker?.name, 'Hannah Reyes');
    assert.equal(statement(a, 'some customers were waiting').speaker?.name, 'One installer in Moncton');
    assert.equal(a.statements.filter(s => s.content.text.includes('it acted at once')).length, 1);
  });

  it('reads a spokesperson for an office holder as the spokesperson, the holder as no one the story was about, and "said about 90 …" as a clause', () => {
    const a = analyzeText('Health critic France Gélinas said the government had ignored warnings.\n\n' +
      'A spokesperson for the health minister said the province was adding beds. Amina Yusuf said about 90 of the beds were full. He told reporters about 9 things.');
    assert.equal(statement(a, 'the province was adding beds').speaker?.name, 'spokesperson for the health minister');
    assert.equal(statement(a, 'about 90 of the beds').speaker?.name, 'Amina Yusuf');
    assert.ok(!hasStatement(a, '9 things'));
  });

  it('reads people at an organization as people, not as the organization', () => {
    const a = analyzeText('Officials at the Bank of Canada said rates would stay low. A spokeswoman for the Department of Transportation said the road would reopen.');
    assert.equal(a.speakers.find(x => x.name === 'Officials at the Bank of Canada')?.kind, 'group');
    assert.equal(a.speakers.find(x => x.name === 'spokeswoman for the Department of Transportation')?.kind, 'person');
  });

  it('reads a common-noun subject after a comma, and groups by their quantifier', () => {
    const a = analyzeText('The pilot had logged 2,766 flying hours with the carrier, the airline said Thursday. In a statement, the network said that the report was false. All three candidates have said they would expand the program.');
    const airline = statement(a, 'The pilot had logged');
    assert.equal(airline.speaker?.name, 'airline');
    assert.equal(a.speakers.find(s => s.name === 'airline')?.kind, 'organization');
    assert.equal(statement(a, 'the report was false').speaker?.name, 'network');
    assert.equal(statement(a, 'they would expand').speaker?.name, 'All three candidates');
    assert.equal(a.speakers.find(s => s.name === 'All three candidates')?.kind, 'group');
  });

  it('reads an organization named by its head noun after a quote (`,” her office said`)', () => {
    const a = analyzeText('Inquiry\n\nMinister Ann Lee left the chamber. “The minister will not comment today,” her office told reporters. “We have no plans,” the embassy said.\n');
    const office = statement(a, 'The minister will not comment');
    assert.equal(office.speaker?.mention?.text, 'her office');
    assert.notEqual(office.speaker?.name, 'Ann Lee', 'her office speaks for itself');
    assert.equal(a.speakers.find(s => s.id === office.speaker?.id)?.kind, 'organization');
    assert.equal(statement(a, 'We have no plans').speaker?.mention?.text, 'the embassy');
  });

  it('gives a cue joined by "and" the subject opening its sentence', () => {
    const a = analyzeText('Court\n\nDana Reed faces trial in May.\n\nHer lawyers are preparing a motion that will be heard in March, and have alleged in court filings that the case was political. First though, Tom Hale interrupted the hearing by banging a gavel and joking that he was bored. Ann Lee laughed and told Tom Hale, “You should try it.”\n');
    assert.equal(speakerOf(a, 'the case was political'), 'Dana Reed’s lawyers');
    assert.equal(speakerOf(a, 'he was bored'), 'Tom Hale', 'an opening adverbial is not the subject');
    const q = statement(a, 'You should try it.');
    assert.equal(q.speaker?.name, 'Ann Lee');
    assert.equal(q.cue?.text, 'told');
    assert.equal(q.kind, 'direct', 'a sentence quoted after its cue and a comma is direct');
  });

  it('reads a headline that names its speaker before a colon, but not a kicker', () => {
    const a = analyzeText('Dana Reed: The Harbour Deal Is ‘Dead on Arrival.’\n\nPORTLAND, Maine (AP) — Union leader Dana Reed said on Monday that talks had failed.\n\nReed called the offer thin.\n');
    const h = statement(a, 'The Harbour Deal');
    assert.equal(h.kind, 'indirect');
    assert.equal(h.content.text, 'The Harbour Deal Is ‘Dead on Arrival.’');
    assert.equal(h.speaker?.name, 'Dana Reed');
    assert.equal(statement(a, 'talks had failed').speaker?.id, h.speaker?.id, 'the headline and the body name one speaker');
    for (const kicker of ['Bombshell: Dana Reed Quits the Union.', 'The Latest: Dana Reed Quits the Union.', 'ANALYSIS: Dana Reed Quits the Union.']) {
      const k = analyzeText(kicker + '\n\nDana Reed said on Monday that she would quit.\n');
      assert.ok(!hasStatement(k, 'Dana Reed Quits'), kicker);
    }
  });

  it('reads a headline in sentence case that names its speaker before a colon, quotes and cues inside it included, but not a question', () => {
    const a = analyzeText("Reed: Offer proves owners 'never wanted a deal.'\n\nUnion leader Dana Reed said on Monday that talks had failed. Reed spoke in Portland.\n");
    assert.equal(a.headline?.text, "Reed: Offer proves owners 'never wanted a deal.'");
    const h = statement(a, 'Offer proves owners');
    assert.equal(h.speaker?.name, 'Dana Reed');
    assert.ok(!a.statements.some(s => s.kind === 'partial'), 'the quote inside is part of the claim');
    const b = analyzeText('Ann Lee: Owners think the port needs fewer crews.\n\nOwners think the port needs fewer crews, union leader Ann Lee said. Lee spoke on Monday.\n');
    assert.equal(statement(b, 'Owners think the port needs fewer crews.').speaker?.name, 'Ann Lee');
    const c = analyzeText('Dana Reed: Union hero or the man who sank the port?\n\nDana Reed is retiring. Reed said he would rest.\n');
    assert.ok(!hasStatement(c, 'Union hero'));
  });

  it('reads a headline quote after its speaker and a colon as a direct quote, a lower-case title in the role', () => {
    const a = analyzeText('Ireland captain O’Sullivan: ‘We let ourselves down’\n\nIreland captain Aoife O’Sullivan said the team lost. O’Sullivan said sorry.\n');
    const h = statement(a, 'We let ourselves down');
    assert.deepEqual([h.kind, h.content.text, h.speaker?.name], ['direct', 'We let ourselves down', 'Aoife O’Sullivan']);
    const b = analyzeText('Trump: “I will win”\n\nDonald Trump said on Monday that he would win. Trump added that the polls were wrong.\n');
    assert.deepEqual([statement(b, 'I will win').kind, statement(b, 'I will win').speaker?.name], ['direct', 'Donald Trump']);
  });

  it('reads a capitalised role word opening the sentence as the role, not the name', () => {
    const a = analyzeText('Flood\n\nResident Paul Okoye said the water rose fast. Teacher Ana Ruiz said the school closed. Okoye said it was over.\n');
    assert.equal(speakerOf(a, 'the water rose fast'), 'Paul Okoye');
    assert.equal(speakerOf(a, 'it was over'), 'Paul Okoye');
    assert.equal(a.speakers.find(s => s.name === 'Ana Ruiz')?.role, 'Teacher');
    const b = analyzeText('Strike\n\nParent Tom Bell said his daughter had missed school. Farmer Ann Hale said the crops failed. Parent company Alphabet said profits rose.\n');
    assert.deepEqual([speakerOf(b, 'his daughter had missed'), b.speakers.find(s => s.name === 'Tom Bell')?.role], ['Tom Bell', 'Parent']);
    assert.deepEqual([speakerOf(b, 'the crops failed'), b.speakers.find(s => s.name === 'Ann Hale')?.role], ['Ann Hale', 'Farmer']);
    assert.equal(speakerOf(b, 'profits rose'), 'Alphabet');
  });

  it('leaves a quote whose own speaker cannot be read without one, rather than borrowing the last', () => {
    const a = analyzeText('Talks\n\n“Nobody wins a long strike,” Dana Reed said.\n\n“The vote is close,” the ballot test said.\n\n“And the city loses.”\n');
    const unread = statement(a, 'The vote is close');
    assert.equal(unread.speaker, null);
    assert.equal(unread.continues, undefined, 'a cue of its own starts a new utterance');
  });

  it('reads "two people familiar with the matter" as a group', () => {
    const a = analyzeText(fixture('wire-harbour-strike.article'));
    const s = statement(a, 'Freight companies');
    assert.equal(s.speaker?.name, 'two people familiar with the matter');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'group');
  });

  it('gives one canonical name with its aliases, mentions and role', () => {
    const a = analyzeText(fixture('wire-harbour-strike.article'));
    const grant = a.speakers.find(s => s.name === 'Oliver Grant');
    assert.ok(grant, 'Oliver Grant is a speaker');
    assert.equal(grant.role, 'Ports Minister');
    assert.ok(grant.aliases.includes('Grant'));
    assert.ok(grant.mentions.length >= 3, 'every mention of him');
    assert.equal(speakerOf(a, 'Nobody wins'), 'Oliver Grant');
    assert.equal(speakerOf(a, 'Not the workers'), 'Oliver Grant');
  });

  it('reads the speaker after an inverted cue with its title', () => {
    const a = analyzeText(fixture('wire-harbour-strike.article'));
    assert.equal(speakerOf(a, 'We have waited'), 'Maria Delgado');
    assert.equal(speakerOf(a, 'Our members'), 'Maria Delgado', 'the second half of her quote');
  });

  it('reads shares of a group and unlisted plural nouns as groups of speakers', () => {
    const a = analyzeText('Poll\n\nThe council met on Monday. Most of the candidates said they backed the plan. A mere 9 percent say they shop locally. ' +
      'In the runoff, 21 percent said they would not vote. Many in the crowd said the mayor had listened. But security specialists say the leak was real. ' +
      'Each side said the other was to blame. Most of them said they would return. A number of attendees said they left early.');
    const group = (words: string, name: string) => {
      const s = statement(a, words);
      assert.equal(s.kind, 'indirect');
      assert.equal(s.speaker?.mention?.text, name);
      if (name !== 'Each side') assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'group', name);
    };
    group('they backed the plan', 'Most of the candidates');
    group('they shop locally', 'A mere 9 percent');
    group('they would not vote', '21 percent');
    group('the mayor had listened', 'Many in the crowd');
    group('the leak was real', 'security specialists');
    group('the other was to blame', 'Each side');
    group('they would return', 'Most of them');
    group('they left early', 'A number of attendees');
  });

  it('reads no speaker in "most of whom" or "both of which"', () => {
    const a = analyzeText('Talks\n\nLena Ortiz hired two lawyers, both of whom advised her that the order was lawful. “We will appeal,” she said.');
    assert.equal(speakerOf(a, 'We will appeal'), 'Lena Ortiz');
    assert.ok(!a.speakers.some(s => /whom/.test(s.name)));
  });

  it('reads the subject before an appositive led by a participle or "including"', () => {
    const a = analyzeText('Opponents, led by a coalition of neighborhood associations, have called the plan “a giveaway to developers.” Residents, including many who rent, said the rules were unfair.');
    assert.equal(statement(a, 'a giveaway').speaker?.name, 'Opponents');
    assert.equal(statement(a, 'the rules were unfair').speaker?.name, 'Residents');
  });

  it('reads the subject before a party-and-state parenthetical and an appositive', () => {
    const a = analyzeText('Schools\n\nRep. Dana Scott (D-Va.), ranking member of the education committee, said she fully supports the compromise. ' +
      'Sen. Tom Reid (R-N.Y.), one of its authors, said the vote would be close.');
    const scott = statement(a, 'she fully supports');
    assert.equal(scott.content.text, 'she fully supports the compromise');
    assert.equal(scott.speaker?.name, 'Dana Scott');
    assert.equal(speakerOf(a, 'the vote would be close'), 'Tom Reid');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('Rep.') || s.content.text.startsWith('Sen.')), 'the subject is not what was said');
  });

  it('reads people somewhere before an aside in dashes, and a number written with a thousands comma as one', () => {
    const a = analyzeText('Service\n\nMany speakers at the service — including Muslims, Christians and Jews — said the loss is painful. ' +
      'In a poll of members, 1,409 teachers said they wanted a strike.');
    const loss = statement(a, 'the loss is painful');
    assert.equal(loss.speaker?.name, 'Many speakers at the service');
    assert.equal(a.speakers.find(s => s.name === 'Many speakers at the service')?.kind, 'group');
    assert.equal(speakerOf(a, 'they wanted a strike'), '1,409 teachers');
  });

  it('reports a frame whose speaker a role introduces as part of the clause that opens with it', () => {
    const a = analyzeText('Care\n\nLena Song said Democratic presidential candidate Hillary Clinton had said the plan would not happen. ' +
      'Song said the economy is strong and Clinton said it is weak.');
    assert.equal(statement(a, 'Democratic presidential').content.text, 'Democratic presidential candidate Hillary Clinton had said the plan would not happen');
    assert.equal(statement(a, 'the plan would not').speaker?.name, 'Hillary Clinton');
    assert.equal(statement(a, 'the economy is strong').content.text, 'the economy is strong', 'a frame after "and" still ends the clause');
  });

  it('takes a pronoun after an inverted cue that a word follows as the subject of what was said, not the speaker', () => {
    const a = analyzeText('Vote\n\nJane Okafor [the bill’s author], said she remembers the night it passed. “It passed,” said he, smiling.');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('Jane Okafor')));
    assert.equal(statement(a, 'It passed').cue?.text, 'said');
  });

  it('gives a document issued or sent by someone to its author, but not one obtained by someone, nor what figures show', () => {
    const a = analyzeText('Union\n\nA release sent to media from UFCW Local 832 late Friday said most of the workers voted to join. ' +
      'A statement issued by the White House said the talks would resume. A memo obtained by The Courier warns that the fund is short. ' +
      'New figures from the health agency show that waits grew.');
    const release = statement(a, 'most of the workers');
    assert.equal(release.speaker?.name, 'UFCW Local 832');
    assert.equal(a.speakers.find(s => s.name === 'UFCW Local 832')?.kind, 'organization', 'a name with a number is no person');
    assert.equal(speakerOf(a, 'the talks would resume'), 'White House');
    assert.equal(speakerOf(a, 'the fund is short'), 'memo');
    assert.equal(statement(a, 'waits grew').speaker?.mention?.text, 'New figures');
  });

  it('lets full names joined by "and" speak together, and "they" after them mean them', () => {
    const a = analyzeText('Vote\n\nIn a statement, the owners Tore Sohlberg and Lehla Abreder said they respected the vote. “Our priority is safety,” they said. ' +
      'Jane Okafor, Ana Ruiz and Tom Reid said the rent rose. Procter and Gamble said sales rose.');
    const owners = statement(a, 'they respected the vote');
    assert.equal(owners.speaker?.name, 'Tore Sohlberg and Lehla Abreder');
    assert.equal(a.speakers.find(s => s.name === 'Tore Sohlberg and Lehla Abreder')?.kind, 'group');
    assert.equal(speakerOf(a, 'Our priority is safety'), 'Tore Sohlberg and Lehla Abreder');
    assert.equal(speakerOf(a, 'the rent rose'), 'Jane Okafor, Ana Ruiz and Tom Reid');
    assert.equal(a.speakers.find(s => s.name === 'Procter and Gamble')?.kind, 'organization', 'single words joined by "and" no one known bears are one company');
    const agency = analyzeText('Visas\n\nUnited States Citizenship and Immigration Services said it was taking steps.');
    assert.equal(agency.speakers[0]?.kind, 'organization', 'an organization’s name may hold "and"');
  });

  it('reads an appositive of people that ends in a parenthetical, and the body it names after a possessive', () => {
    const a = analyzeText('Vote\n\nThe party lacks a majority, but its allies, members of the Harbour Unionist Party (HUP), have said they will back the government. ' +
      'His lawyers, members of a Toronto firm, said the appeal would be filed.');
    assert.equal(speakerOf(a, 'they will back the government'), 'members of the Harbour Unionist Party');
    assert.equal(speakerOf(a, 'the appeal would be filed'), 'His lawyers');
  });

  it('reads a source named with a list of its parts after "according to"', () => {
    const a = analyzeText('Quake\n\nThe wave struck about 30 minutes later, according to the Meteorology, Climatology and Geophysics Agency (BMKG). ' +
      'According to the Ministry of Health, Labour and Welfare, cases rose sharply.');
    assert.equal(speakerOf(a, 'The wave struck'), 'Meteorology, Climatology and Geophysics Agency');
    assert.ok(!hasStatement(a, 'Climatology'), 'the rest of the name is not what was said');
    assert.equal(statement(a, 'cases rose').speaker?.name, 'Ministry of Health, Labour and Welfare');
  });

  it('reads "according to" after a dash, a website as a source, and data from someone as theirs', () => {
    const a = analyzeText('Crime\n\nThe city recorded 115 violent crimes — including robbery — according to the most recent data available from the Bureau. ' +
      'The couple were merchants, according to ouest-france.fr. Turnout fell sharply in the city, according to a survey conducted last week.');
    const crimes = statement(a, 'The city recorded');
    assert.equal(crimes.content.text, 'The city recorded 115 violent crimes — including robbery');
    assert.equal(crimes.speaker?.name, 'Bureau');
    const site = a.speakers.find(s => s.name === 'ouest-france.fr');
    assert.equal(speakerOf(a, 'The couple were merchants'), 'ouest-france.fr');
    assert.equal(site?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name.startsWith('survey'))?.kind, 'unknown', 'a survey is a document, whatever words describe it');
  });

  it('reads people of something as speakers, past an adverb in commas', () => {
    const a = analyzeText('Schools\n\nCritics of the bill say it would gut local control. Proponents of the new bill, however, say it keeps enough safeguards. ' +
      'Officials with the agency said the rules take effect in May. Mayor Ruiz criticized the plan while chair of the board and said the costs were hidden.');
    assert.equal(speakerOf(a, 'it would gut local control'), 'Critics of the bill');
    assert.equal(speakerOf(a, 'it keeps enough safeguards'), 'Proponents of the new bill');
    assert.equal(a.speakers.find(s => s.name === 'Officials with the agency')?.kind, 'group');
    assert.equal(speakerOf(a, 'the costs were hidden'), 'Ruiz', 'a cue after "and" keeps the sentence’s subject');
  });

  it('reads a subject past a two-word aside in commas, and what was said past how long it has been said', () => {
    const a = analyzeText('Carbon\n\nBrick makers, for instance, argue that imports doubled as the levy rose. Mayor Tom Ruiz, of course, said the levy works. ' +
      'The union has said for months that it sees no reason to strike. Ms. Ng has argued for a long time that the rebate is too small.');
    assert.equal(speakerOf(a, 'imports doubled as the levy rose'), 'Brick makers');
    assert.equal(speakerOf(a, 'the levy works'), 'Tom Ruiz');
    assert.equal(speakerOf(a, 'it sees no reason to strike'), 'union');
    assert.equal(statement(a, 'it sees no reason to strike').content.text, 'it sees no reason to strike');
    assert.equal(speakerOf(a, 'the rebate is too small'), 'Ng');
  });

  it('reads a cue word after a possessive as a noun: `the union\'s claims that …` is no one\'s statement', () => {
    const a = analyzeText('Transit\n\nThe union\'s claims that the city erred were rejected by the board. The mayor\'s report on the budget was late. ' +
      'The agency\'s findings suggest the dam would fail.');
    assert.ok(!hasStatement(a, 'the city erred'), 'a noun after a possessive reports nothing');
    assert.ok(!a.statements.some(s => s.cue?.text === 'report'));
    assert.equal(speakerOf(a, 'the dam would fail'), 'agency', 'the verb after a possessive noun still reports');
  });

  it('reads cues after a passive and `and`, after `has since` and `have been`, after `continue to` and past `for its part`', () => {
    const a = analyzeText('Trade\n\nGov. Ana Whitford was asked whether she backed the pact and replied, “Yes, I guess so.” ' +
      'Ms. Whitford has since said that she opposes the final text. Political professionals have been saying that she cannot win. ' +
      'Many strategists continue to insist that the numbers mislead. The Whitford campaign, for its part, says it is building a ground game. ' +
      'Cable had been diagnosed with cancer and told he had months to live.');
    assert.equal(statement(a, 'Yes, I guess so').kind, 'direct');
    assert.equal(speakerOf(a, 'Yes, I guess so'), 'Ana Whitford');
    assert.equal(speakerOf(a, 'she opposes the final text'), 'Ana Whitford');
    assert.equal(speakerOf(a, 'she cannot win'), 'Political professionals');
    assert.equal(speakerOf(a, 'the numbers mislead'), 'Many strategists');
    assert.equal(speakerOf(a, 'it is building a ground game'), 'Whitford campaign');
    assert.ok(!hasStatement(a, 'he had months to live'), 'a passive before `and` still governs `told`');
  });

  it('reads plural people opening a clause after a comma and a conjunction, or after a subordinator', () => {
    const a = analyzeText('Hacking\n\nThe tactic would be unusual, but security specialists say it is a realistic extension of the campaign. ' +
      'While political veterans say there is a benefit from attention, the candidate skipped the state. He left and officials said he was fine.');
    assert.equal(speakerOf(a, 'it is a realistic extension'), 'security specialists');
    assert.equal(statement(a, 'there is a benefit').content.text, 'there is a benefit from attention');
    assert.equal(speakerOf(a, 'there is a benefit'), 'political veterans');
    assert.equal(speakerOf(a, 'he was fine'), 'officials', 'a verb before "and" is no part of the subject');
  });

  it('reads a title with "of" before a given name as the role, and a committee "on" something as one name', () => {
    const a = analyzeText('Party\n\nRNC Chief of Staff Katie Walsh said the party was united. Staff for the House Select Committee on Harbours said the report was done. ' +
      'The Senate Committee on Tuesday said the hearing would resume.');
    const walsh = statement(a, 'the party was united');
    assert.equal(walsh.speaker?.name, 'Katie Walsh');
    assert.equal(a.speakers.find(s => s.name === 'Katie Walsh')?.role, 'RNC Chief of Staff');
    assert.equal(speakerOf(a, 'the report was done'), 'Staff for the House Select Committee on Harbours');
    assert.equal(speakerOf(a, 'the hearing would resume'), 'Senate Committee', 'a day after "on" is when');
  });

  it('reads a name after a kind of company as an organization, which "the company" means next only if the story is about it', () => {
    const a = analyzeText('Fine\n\nThe regulator fined budget carrier SkyHop on Tuesday. SkyHop, which flies to 60 cities, said it would appeal.');
    assert.equal(speakerOf(a, 'it would appeal'), 'SkyHop');
    assert.equal(a.speakers.find(s => s.name === 'SkyHop')?.kind, 'organization');
    const b = analyzeText('Board\n\nKestrel Motors named a new chair. Jane Doe, a former executive at software company Oracle, joins the board. ' +
      'The company said the choice was unanimous.');
    assert.equal(speakerOf(b, 'the choice was unanimous'), 'Kestrel Motors');
  });

  it('reports two "that" clauses joined by "and" as one, and takes no later infinitive inside them for a second cue', () => {
    const a = analyzeText('Trial\n\nDr. Helen Okoro cautioned that the trial was small and that larger studies were needed to confirm the results. ' +
      'Project manager Dev Patel told the crowd the highway would cut commutes and that the agency had studied five routes.');
    assert.equal(statement(a, 'the trial was small').content.text, 'the trial was small and that larger studies were needed to confirm the results');
    assert.equal(statement(a, 'the highway would').content.text, 'the highway would cut commutes and that the agency had studied five routes');
    assert.equal(a.statements.length, 2);
  });

  it('reads results as a document and an embassy as an organization', () => {
    const a = analyzeText('Study\n\nThe drug shrank tumors in half of the children, according to results published Monday in a medical journal. ' +
      'The Harbour Embassy said the visa rules would not change.');
    assert.equal(a.speakers.find(s => s.name.startsWith('results'))?.kind, 'unknown');
    assert.equal(a.speakers.find(s => s.name === 'Harbour Embassy')?.kind, 'organization');
  });

  it('reads a warning without a listener, a sheriff’s title, the Treasury, and no absolute phrase after the cue as what was said', () => {
    const a = analyzeText('Fire\n\nEconomists were divided. Some warned the change could drive residents abroad. The Treasury estimates it will raise 3 billion. ' +
      'Sheriff Laura Kim said the roads were closed. “It is gone,” Jorge Alvarez said, his voice breaking.');
    assert.equal(speakerOf(a, 'the change could drive'), 'Some');
    assert.equal(a.speakers.find(s => s.name === 'Treasury')?.kind, 'organization');
    assert.equal(speakerOf(a, 'the roads were closed'), 'Laura Kim');
    assert.ok(!hasStatement(a, 'his voice breaking'));
  });

  it('lets "the company" mean the company the story is about, not a firm named in passing', () => {
    const a = analyzeText('Exit\n\nThe founder of ride-sharing startup Zipline, Marcus Webb, resigned on Monday. ' +
      '“It was time,” said Nina Patel, a partner at venture firm Redwood Capital. ' +
      'Zipline’s chief operating officer will serve as interim chief executive, the company said.');
    assert.equal(speakerOf(a, 'Zipline’s chief operating officer'), 'Zipline');
    assert.equal(a.speakers.find(s => s.name === 'Zipline')?.kind, 'organization');
  });

  it('reads a publication as the listener, an adverbial after a frame in commas as no clause, and "she" after someone introduced as them', () => {
    const a = analyzeText('Strike\n\nNurses voted to strike next month, their union said, in a dispute over pay. ' +
      'Health Minister Paul Grant told the Gazette the offer was fair. Francis told the Biblical story of the city.\n\n' +
      'Union president Kate Moran spoke first. One nurse, who asked that her name not be used, described long shifts. “Some nights I never sit,” she said.\n\n' +
      'It makes sense, strategists said, for the party to raise the issue now.');
    assert.ok(!hasStatement(a, 'in a dispute'));
    assert.equal(statement(a, 'Nurses voted').content.text, 'Nurses voted to strike next month');
    assert.equal(statement(a, 'the offer was fair').speaker?.name, 'Paul Grant');
    assert.ok(!hasStatement(a, 'story of the city'), 'a story told is no listener');
    assert.equal(speakerOf(a, 'Some nights I never sit'), 'One nurse');
    assert.ok(hasStatement(a, 'for the party to raise the issue now'), 'an infinitive after the frame goes on with what was said');
  });

  it('reads past whom a promise was made to what was promised, but keeps "her" that owns the clause’s subject', () => {
    const a = analyzeText('Bakery\n\nMargaret Flynn promised him she would never let the ovens go cold. The firm promised voters that taxes would fall. ' +
      'Jane Okafor promised her entire program would be paid for by tax reform.');
    assert.equal(statement(a, 'she would never').content.text, 'she would never let the ovens go cold');
    assert.equal(statement(a, 'taxes would fall').content.text, 'taxes would fall');
    assert.equal(statement(a, 'her entire program').content.text, 'her entire program would be paid for by tax reform');
  });

  it('links a description opening the story to the one person named with that role soon after', () => {
    const a = analyzeText('Raid\n\nThe city’s police chief apologized on Wednesday, calling the raid “unacceptable.”\n\n' +
      'Chief Robert Haynes said officers had relied on an outdated address.');
    assert.equal(speakerOf(a, 'unacceptable'), 'Robert Haynes');
    const b = analyzeText('Raid\n\nThe city’s police chief apologized on Wednesday, calling the raid “unacceptable.”\n\n' +
      'Chief Robert Haynes and Chief Ana Ruiz met. Haynes said officers had relied on an outdated address.');
    assert.notEqual(speakerOf(b, 'unacceptable'), 'Robert Haynes', 'two people of that role: neither is assumed');
  });

  it('reads entertainment roles before a name as roles, and record labels and promoters as organizations', () => {
    const a = analyzeText('Tour\n\nPop star Lena Vale has cancelled her tour, saying she needs time to recover. Actress Mia Ortiz said she would visit. ' +
      'Her label, Northstar Records, said refunds would be issued. Concert promoter LiveWorks said in a statement that it supports her.\n\n' +
      'Senator Marco Rubio spoke. One label Rubio resists is “establishment,” Rubio said.');
    assert.equal(speakerOf(a, 'she needs time'), 'Lena Vale');
    assert.equal(a.speakers.find(s => s.name === 'Mia Ortiz')?.role, 'Actress');
    assert.equal(a.speakers.find(s => s.name === 'Northstar Records')?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name === 'LiveWorks')?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name === 'Marco Rubio')?.kind, 'person', 'a person named after a noun of that kind stays a person');
  });

  it('gives a document by someone to its author, but not one someone only cited or obtained', () => {
    const a = analyzeText('Traffic\n\nTraffic fell by a fifth last year, according to a review by the Herald. ' +
      'Prices fell by a third last year, according to studies cited by the city. Traffic at the harbour doubled, according to a report released last month by the port authority.');
    assert.equal(speakerOf(a, 'Traffic fell'), 'Herald');
    assert.equal(speakerOf(a, 'Prices fell'), 'studies cited by the city');
    assert.equal(speakerOf(a, 'Traffic at the harbour'), 'port authority');
  });

  it('reads "One of the diplomats" as one person, whom "the diplomat" means next, and a capitalised -ing word before a plural as its modifier', () => {
    const a = analyzeText('Talks\n\nOne of the diplomats, speaking on condition of anonymity, said the sticking point was inspections. ' +
      '“Nobody wants inspectors on their docks,” the diplomat said.\n\nShipping companies have warned that delays could push up rates.');
    assert.equal(a.speakers.find(s => s.name === 'One of the diplomats')?.kind, 'person');
    assert.equal(speakerOf(a, 'Nobody wants inspectors'), 'One of the diplomats');
    assert.equal(speakerOf(a, 'delays could push up rates'), 'Shipping companies');
  });

  it('reads an answer back as a cue, with a clause only after "that"', () => {
    const a = analyzeText('Debate\n\nMarsh shot back that the plan would hand the keys to developers. Lam fired back, “That is a slogan.” ' +
      'Priebus pushed back on those charges and has said the rules are clear.');
    const keys = statement(a, 'the plan would hand');
    assert.equal(keys.speaker?.name, 'Marsh');
    assert.equal(keys.cue?.text, 'shot back');
    assert.equal(speakerOf(a, 'That is a slogan'), 'Lam');
    assert.ok(!hasStatement(a, 'on those charges'));
    assert.equal(statement(a, 'the rules are clear').cue?.text, 'said');
  });

  it('reads a speaker named inside an appositive', () => {
    const a = analyzeText(fixture('nairobi-market.article'));
    assert.equal(speakerOf(a, 'the county had promised'), "Sean O'Neill");
    assert.equal(speakerOf(a, 'They told us'), "Sean O'Neill", 'and "he" is him');
  });

  it('resolves pronouns to the person the paragraph is about', () => {
    const a = analyzeText(fixture('ap-library-vote.article'));
    const s = statement(a, 'the money would come');
    assert.equal(s.speaker?.mention?.text, 'She');
    assert.equal(s.speaker?.name, 'Linda Marsh');
  });

  it('resolves "she" to a woman named in an appositive that opens the sentence before', () => {
    const a = analyzeText('Defense attorney Janet Price told the jury that the records were wrong.\n\nVasquez’s sister, Lucia Vasquez, sat in the front row. Outside, she told reporters the family had waited a year.');
    assert.equal(statement(a, 'the family had waited').speaker?.name, 'Lucia Vasquez');
  });

  it('lets an honorific pick the person of its gender among those sharing a surname, and outweigh a given name', () => {
    const a = analyzeText('Bill Clinton spoke first. Hillary Clinton spoke next.\n\nMrs. Clinton said her husband would help. She said he was ready to start.\n\n' +
      'Senator Lindsey Graham said the line was crossed. Mr. Graham said it was wrong. “We never went there,” he said.');
    assert.equal(statement(a, 'her husband would help').speaker?.name, 'Hillary Clinton');
    assert.equal(statement(a, 'he was ready').speaker?.name, 'Hillary Clinton');
    assert.equal(statement(a, 'We never went there').speaker?.name, 'Lindsey Graham');
  });

  it('knows common given names from many places for the pronouns that follow', () => {
    const a = analyzeText('Rita Alvarez chairs the board. Martin Cole runs the shop.\n\nAsked about the vote, she said the board would wait.');
    assert.equal(statement(a, 'the board would wait').speaker?.name, 'Rita Alvarez');
  });

  it('resolves "he" by gender past a woman mentioned later', () => {
    const a = analyzeText('Tom Becker, the coach, said the team was ready. His assistant, Maria Lopez, ran the drills. “We are hungry,” he said.');
    assert.equal(speakerOf(a, 'We are hungry'), 'Tom Becker');
  });

  it('reads a description after an inverted cue as the person the story is about', () => {
    const a = analyzeText('Ella Moreau scored twice in the third period.\n\n“I just kept shooting,” said the young winger from Quebec.');
    assert.equal(speakerOf(a, 'I just kept shooting'), 'Ella Moreau');
  });

  const transitTalks = (after: string) => 'Transit talks stall\n\n' +
    'Mayor Tom Alvarez met Governor Paul Keane on Friday to discuss bus funding. Keane said the budget was tight.\n\n' +
    'Alvarez praised the “open and frank” talks, he said.\n\n' +
    'He also urged the state not to “abandon our bus riders”, a sign of the fight to come. ' + after;

  it('lets the next sentence naming whose remarks they were settle who "he" is', () => {
    const a = analyzeText(transitTalks('Keane’s remarks, aides said, were meant for the legislature.'));
    assert.equal(speakerOf(a, 'abandon our bus riders'), 'Paul Keane');
    assert.equal(speakerOf(a, 'open and frank'), 'Tom Alvarez');
  });

  it('keeps "he" with the running speaker when the next sentence names nobody’s remarks', () => {
    assert.equal(speakerOf(analyzeText(transitTalks('The talks resume in May.')), 'abandon our bus riders'), 'Tom Alvarez');
  });

  it('never hands "he" to a woman whose remarks the next sentence names', () => {
    const text = transitTalks('Keane’s remarks were brief.').replace(/Governor Paul Keane/, 'Governor Mary Keane');
    assert.equal(speakerOf(analyzeText(text), 'abandon our bus riders'), 'Tom Alvarez');
  });

  it('takes the manner of speaking into the cue (responded by saying)', () => {
    const a = analyzeText('Harbour talks resume\n\nUnion leader Dana Pruitt responded by saying the port owners were “not serious about safety”.');
    const s = statement(a, 'not serious about safety');
    assert.equal(s.cue?.text, 'responded by saying');
    assert.equal(s.speaker?.name, 'Dana Pruitt');
  });

  it('keeps the seed’s "he added" with Blinken, not the officials named in its sentence', () => {
    const a = analyzeText(seedText('blinken-xi-beijing.txt'));
    const s = statement(a, 'candid and constructive');
    assert.equal(s.speaker?.mention?.text, 'he');
    assert.equal(s.speaker?.name, 'Antony Blinken');
  });

  it('links the seed’s forms of one name', () => {
    const a = analyzeText(seedText('blinken-xi-beijing.txt'));
    const xi = a.speakers.find(s => s.name === 'Xi Jinping');
    assert.ok(xi);
    assert.equal(xi.role, 'Chinese President');
    assert.ok(xi.aliases.includes('Xi') && xi.aliases.includes('Chinese President Xi Jinping'));
    assert.equal(a.speakers.find(s => s.name === 'Antony Blinken')?.role, 'US Secretary of State');
    assert.equal(speakerOf(a, 'We must take a responsible'), 'Wang Yi');
  });

  it('gives deterministic statement ids', () => {
    const text = fixture('wire-harbour-strike.article');
    assert.deepEqual(analyzeText(text).statements.map(s => s.id), analyzeText(text).statements.map(s => s.id));
  });
});

describe('core: asides before what was said, and organizations named after their kind', () => {
  it('reads past an aside in commas to the `that` after it (told Reuters, speaking on condition of anonymity, that …)', () => {
    const a = analyzeText('Port talks stall\n\nTwo officials told Reuters, speaking on condition of anonymity, that the talks had stalled over pensions. ' +
      'A senior diplomat said, without giving details, that a new offer was being drafted.');
    const s = statement(a, 'the talks had stalled');
    assert.equal(s.content.text, 'the talks had stalled over pensions');
    assert.equal(s.speaker?.name, 'Two officials');
    assert.equal(statement(a, 'a new offer was being drafted').speaker?.name, 'senior diplomat');
  });

  it('does not report a relative clause about the listener as what was said (told reporters, many of whom had waited, that …)', () => {
    const a = analyzeText('Plan shelved\n\nMayor Lena Ortiz told reporters, many of whom had waited for hours, that the plan was dead. ' +
      'She told the council, which had backed it, that she was sorry.');
    assert.equal(statement(a, 'the plan was dead').content.text, 'the plan was dead');
    assert.equal(statement(a, 'the plan was dead').speaker?.name, 'Lena Ortiz');
    assert.equal(statement(a, 'she was sorry').content.text, 'she was sorry');
    assert.ok(!a.statements.some(s => /waited|backed/.test(s.content.text)));
  });

  it('takes `the group`, `the union`, `the carrier` for the organization a sentence named after that kind', () => {
    const a = analyzeText('Arrests condemned\n\nRights group Amnesty International said the arrests were unlawful. The group said it would appeal.\n\n' +
      'The union Unite said members would strike on Friday. The union said talks had failed.\n\n' +
      'Passengers on budget carrier SkyHop were stranded for hours. The carrier said the delay was caused by fog.');
    assert.equal(speakerOf(a, 'it would appeal'), 'Amnesty International');
    assert.equal(speakerOf(a, 'talks had failed'), 'Unite');
    assert.equal(speakerOf(a, 'the delay was caused by fog'), 'SkyHop');
  });

  it('takes a name set off after a kind of organization for it (the pilots\' union, BALPA, … The union said)', () => {
    const a = analyzeText('Strike\n\nThe airline said the pilots\' union, BALPA, had rejected the offer. The union said further strikes would follow.\n\n' +
      'A statement from the promoter, Northlight Live, said the show was off. The promoter said refunds would follow.');
    assert.equal(speakerOf(a, 'further strikes would follow'), 'BALPA');
    assert.equal(speakerOf(a, 'refunds would follow'), 'Northlight Live');
    assert.equal(a.speakers.find(s => s.name === 'Northlight Live')?.kind, 'organization');
  });

  it('takes `the airline` for a one-word company its wire story opens with after the dateline', () => {
    const a = analyzeText('Flights cancelled\n\nLONDON, July 8 (Reuters) - Budget airline SkyHop cancelled 400 flights on Monday as pilots walked out. ' +
      'The airline said it had offered a 9% pay rise.');
    assert.equal(speakerOf(a, 'it had offered a 9% pay rise'), 'SkyHop');
  });

  it('names no network by the subject of a relative clause after `a network`', () => {
    const a = analyzeText('Hosts sign up\n\nCable hosts signed up with a network Russia has financed for years. The network said it would send a reporter to Crimea.');
    assert.notEqual(speakerOf(a, 'it would send a reporter'), 'Russia');
  });

  it('gives a quote after `called the plan` to the caller, not to the speaker of a clause joined on after it', () => {
    const a = analyzeText('Bank cuts jobs\n\nAnalysts at Baird called the plan "overdue but credible", while one investor said the board had waited too long.');
    assert.equal(statement(a, 'overdue but credible').speaker?.name, 'Analysts at Baird');
    assert.equal(speakerOf(a, 'the board had waited too long'), 'one investor');
  });

  it('reads `that` before a verbless noun as a determiner (reiterated that target on Thursday, saying …), not as a clause', () => {
    const a = analyzeText('Bank cuts jobs\n\nPriya Natarajan has promised a return above 12%. She reiterated that target on Thursday, saying the bank was on track. ' +
      'She said that inflation, now at 5%, would ease.');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('target')));
    assert.equal(speakerOf(a, 'the bank was on track'), 'Priya Natarajan');
    assert.equal(statement(a, 'inflation').content.text, 'inflation, now at 5%, would ease');
  });

  it('reads a bare plural after a semicolon as the subject of its clause (Some argue …; others warn …)', () => {
    const a = analyzeText('Housing plan\n\nEconomists are divided. Some argue that more supply will ease prices; others warn that federal money could push up costs.');
    assert.equal(speakerOf(a, 'more supply will ease prices'), 'Some');
    assert.equal(speakerOf(a, 'federal money could push up costs'), 'others');
  });

  it('passes over examples set off after the subject (Some, like Mark Zandi of Moody’s Analytics, argue …)', () => {
    const a = analyzeText('Housing plan\n\nSome, like Mark Zandi of Moody\'s Analytics, argue that more supply will ease prices. ' +
      'Critics, such as the mayor, say the plan is too small.');
    assert.equal(speakerOf(a, 'more supply will ease prices'), 'Some');
    assert.equal(speakerOf(a, 'the plan is too small'), 'Critics');
  });

  it('gives what a report quotes someone as saying to that someone (NHK quoted a local official as saying …)', () => {
    const a = analyzeText('Quake\n\nPublic broadcaster NHK quoted a local official as saying several residents had been taken to hospital. ' +
      'The Tass news agency cited Foreign Minister Ivan Petrov as saying that talks would resume.');
    assert.equal(speakerOf(a, 'several residents had been taken'), 'local official');
    assert.equal(speakerOf(a, 'talks would resume'), 'Ivan Petrov');
  });

  it('reads no statement in what someone should or must do, and reads `stating that`', () => {
    const a = analyzeText('War plan\n\nTom Carver laid out his plan, stating that the country should formally declare war on the cartel. ' +
      'Critics say the mayor must announce a budget.');
    assert.equal(statement(a, 'the country should').content.text, 'the country should formally declare war on the cartel');
    assert.equal(speakerOf(a, 'the country should'), 'Tom Carver');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('war on') || s.content.text.startsWith('a budget')));
    assert.equal(speakerOf(a, 'the mayor must announce a budget'), 'Critics');
  });

  it('reads the name after the source of `according to` as part of it (a statement from the commissioner, Helen Voss, …)', () => {
    const a = analyzeText('Probe\n\nAccording to a statement from the commissioner, Helen Voss, the inquiry could take up to six months. ' +
      'According to exit polls, Mitt Romney had a lead among voters in 2012, but still lost.');
    const s = statement(a, 'the inquiry could take');
    assert.equal(s.content.text, 'the inquiry could take up to six months');
    assert.equal(s.speaker?.name, 'Helen Voss');
    assert.equal(speakerOf(a, 'Mitt Romney had a lead'), 'exit polls');
  });

  it('reads the main clause after `As Ruiz told the Herald,` and `As Ruiz put it,` as what was said', () => {
    const a = analyzeText('Tax\n\nDana Ruiz spoke on Monday. As Ruiz told the New York Times, tax relief is a gift to the rich. ' +
      'As Ruiz put it, budget cuts would hurt the poor.');
    assert.equal(statement(a, 'tax relief').content.text, 'tax relief is a gift to the rich');
    assert.equal(speakerOf(a, 'tax relief'), 'Dana Ruiz');
    assert.equal(speakerOf(a, 'budget cuts would hurt the poor'), 'Dana Ruiz');
  });

  it('reads a subject singled out by an infinitive (The last man to mount a third-party race says …) as someone new', () => {
    const a = analyzeText('Race\n\nMichael Bloomberg turned 74 on Sunday. The last man to mount a major third-party race says he doubts Bloomberg will run. ' +
      'The only senator to vote against the bill said it was rushed.');
    assert.equal(speakerOf(a, 'he doubts Bloomberg will run'), 'last man');
    assert.equal(speakerOf(a, 'it was rushed'), 'only senator');
  });

  it('reads `states` after a number or a quantifier as the noun (the first two states to vote, swing states where …)', () => {
    const a = analyzeText('Primaries\n\nThe aides told donors that they did not expect to win Iowa or New Hampshire, the first two states to vote. ' +
      'Sanders is counting on swing states where voters are young.');
    assert.equal(statement(a, 'they did not expect').content.text, 'they did not expect to win Iowa or New Hampshire, the first two states to vote');
    assert.ok(!a.statements.some(s => s.cue?.text === 'states'));
  });

  it('reads `member states`, `the Gulf states` and `neighboring states` as the noun, and `The report states that` as the cue', () => {
    const a = analyzeText('Climate\n\nAccording to Henrik Aabye, the EU and its member states provided 31 billion euros last year. ' +
      'Cruz said the ban is diverting jobs to neighboring states. He will travel to the Gulf states, which he said had the capacity to do more. ' +
      'The report states that emissions fell.');
    assert.ok(!a.statements.some(s => s.cue?.text === 'states' && s.content.text !== 'emissions fell'));
    assert.equal(speakerOf(a, 'the EU and its member states provided'), 'Henrik Aabye');
    assert.equal(statement(a, 'the ban is diverting').content.text, 'the ban is diverting jobs to neighboring states');
    assert.equal(statement(a, 'emissions fell').cue?.text, 'states');
  });

  it('reads a cue’s -s form after a party or a verb taking a noun as the noun (solidly Democratic states, making calls)', () => {
    const a = analyzeText('Campaign\n\nAnd in other solidly Democratic states, like Illinois, he said Mr. Trump could force Mrs. Clinton to spend. ' +
      'An aide had been making calls to lawmakers on her behalf.');
    assert.ok(!a.statements.some(s => s.cue?.text === 'states' || s.cue?.text === 'calls'));
    assert.ok(hasStatement(a, 'Mr. Trump could force Mrs. Clinton to spend'));
  });

  it('reads a plural noun and an irregular past as a clause, however short (said rooms sat empty)', () => {
    const a = analyzeText('Surgeries\n\nDr. Ian Munro said rooms sat empty. The nurses said patients slept.');
    assert.equal(speakerOf(a, 'rooms sat empty'), 'Ian Munro');
    assert.equal(speakerOf(a, 'patients slept'), 'nurses');
  });

  it('reads what a study by a named body found, with the body as its speaker, and no cue after a preposition', () => {
    const a = analyzeText('Rents\n\nA 2023 study by the Urban Institute found that remote workers accounted for a third of the increase. ' +
      'Renters take 12 moves on average, a study by the Council of the Great City Schools found. ' +
      'The court has ruled only on emergency filings by states that want to enforce their laws.');
    assert.equal(speakerOf(a, 'remote workers accounted'), 'Urban Institute');
    assert.equal(speakerOf(a, 'Renters take 12 moves'), 'Council of the Great City Schools');
    assert.ok(!a.statements.some(s => s.cue?.text === 'states'));
  });

  it('gives `who say` to the people in a place, reads no directive after a preposition, and reads a title of several words before a name', () => {
    const a = analyzeText('Budget\n\nMayor Carla Ruiz defended her budget against critics on the city council, who say it leans too heavily on taxes. ' +
      'The city\'s chief financial officer, Alan Greer, warned in a memo to council members last week that the city faced a shortfall.');
    assert.equal(speakerOf(a, 'it leans too heavily'), 'critics on the city council');
    assert.equal(statement(a, 'the city faced').content.text, 'the city faced a shortfall');
    assert.equal(a.speakers.find(s => s.name === 'Alan Greer')?.role, "the city's chief financial officer");
  });

  it('gives a participle no subject from a clause before `but` (…, but he talked about policy, saying …)', () => {
    const a = analyzeText('Debate night\n\nTom Ruiz took the stage last. He was challenged over his remarks about Ohio, but he talked about policy, saying he would cut taxes.');
    assert.equal(speakerOf(a, 'he would cut taxes'), 'Tom Ruiz');
  });
});

describe('core: a role given in apposition after the name', () => {
  const a = analyzeText('Housing bill unveiled\n\n' +
    'Diane Marsh, director of the National Low Income Housing Coalition, said the bill was a start. ' +
    '"This is a victory," said Julia Ferrante, a lawyer with Earthjustice, which brought the suit.\n\n' +
    'Priya Natarajan, 51, the bank\'s chief executive, said costs would fall. ' +
    '"He will win," said Tad Devine, a senior adviser to Mr. Sanders.\n\n' +
    'The courts are slow, said Carl Tobias, a law professor at the University of Richmond who studies judges. ' +
    'Lee Park, 45, of Toronto, said the plan was fair. Sen. Maria Delgado, a Democrat who drafted the bill, said it would pass.');
  const roleOf = (name: string) => a.speakers.find(s => s.name === name)?.role;

  it('reads the role after the name, with its organization, and without its article', () => {
    assert.equal(roleOf('Diane Marsh'), 'director of the National Low Income Housing Coalition');
    assert.equal(roleOf('Julia Ferrante'), 'lawyer with Earthjustice');
  });

  it('passes over an age, keeps a possessive’s article, and reads past an abbreviation’s period', () => {
    assert.equal(roleOf('Priya Natarajan'), "the bank's chief executive");
    assert.equal(roleOf('Tad Devine'), 'senior adviser to Mr. Sanders');
  });

  it('ends the role before a relative clause', () => {
    assert.equal(roleOf('Carl Tobias'), 'law professor at the University of Richmond');
  });

  it('gives no role for a place, and keeps a title written before the name', () => {
    assert.equal(roleOf('Lee Park'), null);
    assert.equal(roleOf('Maria Delgado'), 'Sen.');
  });

  it('reads no role from a verb phrase after the name, and passes over `now` before a role', () => {
    const b = analyzeText('Lighthouse\n\nHis daughter, Ellen Finch-Morrow, remembers her father coming home at dawn. She said the family was proud. ' +
      '"It is time," said Anita Dunn, now a partner at the firm Redwood. Selectwoman Joan Pike called the sale "a betrayal".');
    const of = (name: string) => b.speakers.find(s => s.name === name)?.role;
    assert.equal(of('Ellen Finch-Morrow'), 'his daughter');
    assert.equal(of('Anita Dunn'), 'partner at the firm Redwood');
    assert.equal(of('Joan Pike'), 'Selectwoman');
    assert.equal(b.speakers.find(s => s.name === 'Joan Pike')?.gender, 'female');
  });

  it('reads a role the word lists lack by its ending, and prefers it to a form of address', () => {
    const b = analyzeText('School board\n\nReyes, a 34-year-old accountant, wrote that he would balance the books. ' +
      'Mr. Tribe, a professor of law at Harvard, said the case was weak. Dana Ruiz, Manchester, said the vote was close.');
    const of = (name: string) => b.speakers.find(s => s.name === name)?.role;
    assert.equal(of('Reyes'), '34-year-old accountant');
    assert.equal(of('Tribe'), 'professor of law at Harvard');
    assert.equal(of('Dana Ruiz'), null);
  });

  it('reads the whole of a role before a name: an institution of several words, and a lower-case word of what', () => {
    const b = analyzeText('Surgeries delayed\n\nNova Scotia Health spokesperson Brendan Elliott said 60 procedures were delayed. ' +
      '"These are exhausted people," union president Janet Hazelton said. Opposition health critic Brendan Maguire said warnings were ignored. ' +
      'Dr. Ian Munro, an anesthetist at the hospital, said the rooms were empty.');
    const of = (name: string) => b.speakers.find(s => s.name === name)?.role;
    assert.equal(of('Brendan Elliott'), 'Nova Scotia Health spokesperson');
    assert.equal(of('Janet Hazelton'), 'union president');
    assert.equal(of('Brendan Maguire'), 'Opposition health critic');
    assert.equal(of('Ian Munro'), 'anesthetist at the hospital');
  });

  it('reads a host and the words of the domain before it as a role, and a surname that is also an interjection as a name', () => {
    const b = analyzeText('Awards night\n\nRadio talk show host Glenn Beck said the ceremony ran long. Late-night host Seth Meyers said the jokes landed. ' +
      'Co-hosts Andy Samberg and Sandra Oh opened the show. Canadian actor Oh said the pairing came because they were “the only two people left.”');
    const of = (name: string) => b.speakers.find(s => s.name === name)?.role;
    assert.equal(of('Glenn Beck'), 'Radio talk show host');
    assert.equal(of('Seth Meyers'), 'Late-night host');
    const c = analyzeText('Bakery\n\nLongtime customer Evelyn Brandt said the bakery was her second home. Toronto retiree Doug Purdy said it was his.');
    assert.equal(c.speakers.find(s => s.name === 'Evelyn Brandt')?.role, 'Longtime customer');
    assert.equal(c.speakers.find(s => s.name === 'Doug Purdy')?.role, 'Toronto retiree');
    assert.equal(statement(b, 'the pairing came').speaker?.name, 'Sandra Oh');
    assert.equal(statement(b, 'the only two people').speaker?.name, 'Sandra Oh');
  });

  it('reads a description set off before the name as the role, but not an opening phrase or a clause', () => {
    const b = analyzeText('Pipeline halted\n\nThe company\'s chief executive, Mark Tellis, called the ruling "a setback". ' +
      'The permit was unlawful, said the agency\'s spokeswoman, Rita Voss. Asked about the cost, Jane Okafor said it was high. ' +
      'Years later, his sister met his older brother, Tom Grady, who said the family was proud.');
    const of = (name: string) => b.speakers.find(s => s.name === name)?.role;
    assert.equal(of('Mark Tellis'), "the company's chief executive");
    assert.equal(of('Rita Voss'), "the agency's spokeswoman");
    assert.equal(of('Jane Okafor'), null);
    assert.equal(of('Tom Grady'), null);
  });
});

describe('core: subjects written the long way, and clauses cut short', () => {
  it('reads `X and others said` as X with others', () => {
    const a = analyzeText('Vote\n\nMost delegates backed the deal. Ortega and others said they could not support it.');
    assert.equal(statement(a, 'they could not support it').speaker?.name, 'Ortega and others');
    assert.equal(a.speakers.find(s => s.name === 'Ortega and others')?.kind, 'group');
  });

  it('reads a pronoun and its auxiliary as a clause with its verb left out (`said he would`)', () => {
    const a = analyzeText('Vote\n\nSenators are split on the nominee. Dale Ortiz said he would. Nora Pike said she would not.');
    assert.equal(statement(a, 'he would').speaker?.name, 'Dale Ortiz');
    assert.equal(statement(a, 'she would not').speaker?.name, 'Nora Pike');
  });

  it('ends what was said where an aside that holds the cue closes, between dashes or brackets', () => {
    const a = analyzeText('Profile\n\nShe was a strict planner - a former aide said she wanted every briefing in writing - and her meetings ran long. ' +
      'He was a late riser (one neighbour said he never left before noon) and he worked at night. ' +
      'The mayor said the closure – which began in May – was temporary.');
    assert.equal(statement(a, 'she wanted').content.text, 'she wanted every briefing in writing');
    assert.equal(statement(a, 'he never left').content.text, 'he never left before noon');
    assert.equal(statement(a, 'the closure').content.text, 'the closure – which began in May – was temporary');
  });

  it('gives a cue joined by `and` to people described by a phrase after them', () => {
    const a = analyzeText('Rescue\n\nOther retired firefighters with experience of mountain rescues watched the footage and said the crew had acted correctly.');
    const s = statement(a, 'the crew had acted correctly');
    assert.match(s.speaker?.name ?? '', /firefighters with experience of mountain rescues$/);
  });

  it('reads people described by a relative clause without `who` (`the experts I interviewed said`)', () => {
    const a = analyzeText('Taxes\n\nIn her favour, all the economists I interviewed said her plan was more detailed. Voters we spoke to said the tax was unfair.');
    assert.equal(statement(a, 'her plan was more detailed').speaker?.name, 'all the economists I interviewed');
    assert.equal(statement(a, 'the tax was unfair').speaker?.name, 'Voters we spoke to');
  });
  it('reads what a gerund after `by` says for the clause\'s subject (responded to X by saying, began by saying), but not `by adding` a thing', () => {
    const a = analyzeText('Ferry\n\nMayor Ada Quint responded to a grieving father on Tuesday by saying the ferry would be replaced. ' +
      'Councillor Ben Ruiz began by saying he had warned about the hull in 2019. Engineers said the firm had cut costs by adding cheaper steel to the hull.');
    assert.equal(statement(a, 'the ferry would be replaced').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'he had warned about the hull').speaker?.name, 'Ben Ruiz');
    assert.equal(statement(a, 'the firm had cut costs').content.text, 'the firm had cut costs by adding cheaper steel to the hull');
    assert.ok(!a.statements.some(s => s.cue?.text === 'adding'));
  });

  it('skips a manner adverb before `that` (said flatly that, warning darkly that)', () => {
    const a = analyzeText('Vote\n\nAda Quint said flatly that the count was wrong. Ben Ruiz rallied supporters, warning darkly that the vote would be stolen.');
    assert.equal(statement(a, 'the count was wrong').content.text, 'the count was wrong');
    assert.equal(statement(a, 'the vote would be stolen').speaker?.name, 'Ben Ruiz');
    assert.ok(!hasStatement(a, 'flatly') && !hasStatement(a, 'darkly'));
  });

  it('reads no clause in `said nothing` or `say something` without a verb, but reads `said nothing had changed`', () => {
    const a = analyzeText('Vote\n\nAda Quint said nothing at all. Ben Ruiz worried that she would say something to the press. Cara Holt said nothing had changed.');
    assert.ok(!hasStatement(a, 'nothing at all'));
    assert.ok(!hasStatement(a, 'something to the press'));
    assert.equal(statement(a, 'nothing had changed').speaker?.name, 'Cara Holt');
  });

  it('gives a participle after a subordinator to the main clause\'s subject (After saying …, X left; X, after initially saying …, took)', () => {
    const a = analyzeText('Ads\n\nWhile insisting that she respects him, Ada Quint attacked her rival again. ' +
      'Ben Ruiz, after initially saying he would not advertise, bought airtime in every market. After hearing the verdict, Cara Holt left.');
    assert.equal(statement(a, 'she respects him').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'he would not advertise').content.text, 'he would not advertise');
    assert.equal(statement(a, 'he would not advertise').speaker?.name, 'Ben Ruiz');
    assert.ok(!hasStatement(a, 'the verdict'));
  });
  it('reads a frame set off by commas inside its clause whose verb is in the past (The vote, Lee wrote, ended …) once, across the frame', () => {
    const a = analyzeText('Budget\n\nThe turning point, Ada Quint wrote, came on Friday, when the council cut the grant. ' +
      'The museum, Ben Ruiz said, celebrated several of his heroes. The problem with the plan, she said, is that it costs too much.');
    assert.equal(statement(a, 'The turning point').content.text, 'The turning point, Ada Quint wrote, came on Friday, when the council cut the grant');
    assert.equal(statement(a, 'The turning point').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'The museum').content.text, 'The museum, Ben Ruiz said, celebrated several of his heroes');
    assert.equal(statement(a, 'The problem with the plan').content.text, 'The problem with the plan, she said, is that it costs too much');
    // (not also the words before the frame on their own, nor the words after it)
    assert.equal(a.statements.length, 3);
  });
  it('reads past a listener named in several words (told the New York Daily News, told a Planned Parenthood gathering)', () => {
    const a = analyzeText('Jobs\n\nAs Ada Quint told the Grand Falls Evening Post, tax relief is given in exchange for jobs. ' +
      'Ben Ruiz told a Chamber of Commerce lunch he would cut the levy. Cara Holt told a Rotary Club breakfast in Moncton she will run again.');
    assert.equal(statement(a, 'tax relief is given').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'he would cut the levy').speaker?.name, 'Ben Ruiz');
    assert.equal(statement(a, 'she will run again').speaker?.name, 'Cara Holt');
  });
  it('reads whom someone told as the listener, never an inverted speaker (…, told Tracy she was …)', () => {
    const a = analyzeText('Recap\n\n“I am done with this,” Demi said.\n\nNonetheless, she found Tracy in the garden and, without meaning a word of it, told Tracy she was “the kindest person in the house.”');
    assert.equal(statement(a, 'the kindest person').speaker?.name, 'Demi');
    assert.ok(!a.speakers.some(s => s.name === 'Tracy' && a.statements.some(t => t.speaker?.id === s.id)));
  });

  it('gives a quote in doubled apostrophes to the name after its role (\'\'…,\'\' the spokesman, Federico Lombardi, told)', () => {
    const a = analyzeText("Visit\n\nOfficials spoke on Friday. ''The bishop said what we all know,'' the diocese's spokesman, Marco Rinaldi, told Radio Nord. ''It is his position.''");
    assert.equal(statement(a, 'The bishop said').speaker?.name, 'Marco Rinaldi');
    assert.equal(statement(a, 'It is his position').speaker?.name, 'Marco Rinaldi');
  });
  it('reads any verb in the past that introduces a quoted sentence after its comma as the cue (cracked, boomed), but not a title given', () => {
    const a = analyzeText('Rally\n\nDuring the debate, Ada Quint cracked, “I am a builder who likes to finish things.” ' +
      'She thanked the crowd and then boomed, “This town is home.” The union ran an ad titled, “Broken Promises.”');
    const cracked = statement(a, 'I am a builder');
    assert.equal(cracked.kind, 'direct');
    assert.equal(cracked.speaker?.name, 'Ada Quint');
    assert.equal(cracked.cue?.text, 'cracked');
    assert.equal(statement(a, 'This town is home').kind, 'direct');
    assert.equal(statement(a, 'This town is home').speaker?.name, 'Ada Quint');
    assert.ok(!a.statements.some(s => s.cue?.text === 'titled'));
    // (telling stories is no statement: the words quoted in them are not the tellers')
    const b = analyzeText('Recap\n\nThe group date is next, in which the women will tell stories about their “firsts.”');
    assert.ok(!b.statements.some(s => s.cue?.text === 'tell'));
  });

  it('reads a person described after a subordinator (when a young boy shouted) and people after `of` a thing as no speaker', () => {
    const a = analyzeText('Park\n\nThe park was quiet when a young boy shouted, “They are coming!” ' +
      'Ben Ruiz said the council’s treatment of women demanded an apology. Most of the women said they would return.');
    assert.equal(statement(a, 'They are coming').speaker?.name, 'young boy');
    assert.equal(statement(a, 'the council’s treatment').content.text, 'the council’s treatment of women demanded an apology');
    assert.equal(statement(a, 'they would return').speaker?.name, 'Most of the women');
  });
  it('reads more participles after a comma as cues (conceding, contending), and `stressed` or `emphasizing` a thing as no clause', () => {
    const a = analyzeText('Ferry\n\nAda Quint struggles with the budget, conceding that she feels the weight of the deficit. ' +
      'Two residents had challenged the permit, contending that the ferry was unsafe. Ben Ruiz stressed his experience in the harbour. ' +
      'The officials were careful, emphasizing instead the importance of due process.');
    assert.equal(statement(a, 'she feels the weight').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'the ferry was unsafe').speaker?.name, 'Two residents');
    assert.ok(!hasStatement(a, 'his experience in the harbour'));
    assert.ok(!hasStatement(a, 'the importance of due process'));
  });
  it('reads no name in a capitalised word joined to an adjective\'s ending (TV-friendly, New York-based), but keeps Kim Jong-un', () => {
    const a = analyzeText('Campaign\n\nJeb Cole spoke on Monday. He cannot summon Mr. Trump’s TV-friendly fury. “I was not brought up that way,” he said. ' +
      'Kim Jong-un said the talks would go on.');
    assert.ok(!a.speakers.some(s => /friendly/.test(s.name)));
    assert.equal(statement(a, 'I was not brought up').speaker?.name, 'Jeb Cole');
    assert.equal(statement(a, 'the talks would go on').speaker?.name, 'Kim Jong-un');
  });
  it('reads a role like `lead singer` and a nickname in quotation marks inside the name of a speaker after the clause', () => {
    const a = analyzeText('Tsunami\n\nAt least four crew members were killed, lead singer Rana “Ifa” Halim told followers in a tearful video. ' +
      'The tour is over, managing director Ben Ruiz said.');
    assert.equal(statement(a, 'At least four crew members').speaker?.name, 'Rana Halim');
    assert.equal(statement(a, 'The tour is over').speaker?.name, 'Ben Ruiz');
  });
  it('reads what researchers or economists found as their statement, and a share of people after a poll\'s `found`', () => {
    const a = analyzeText('Wages\n\nThe economists found that sagging wages cut earnings by $213 a year. A new poll found 40% of voters are not sure. ' +
      'The chief economist found it hard to explain.');
    assert.equal(statement(a, 'sagging wages cut earnings').speaker?.name, 'economists');
    assert.equal(statement(a, '40% of voters are not sure').speaker?.name, 'new poll');
    assert.ok(!hasStatement(a, 'it hard to explain'));
  });
  it('reads a document noun opening the sentence as a document, not a name (Records show, Exit polling shows)', () => {
    const a = analyzeText('Fees\n\nRecords show the bank paid the mayor $2 million in fees. Exit polling shows she won 83% of voters under 30. ' +
      'Emails show that the aide had warned her.');
    for (const [words, source] of [['the bank paid the mayor', 'Records'], ['she won 83%', 'Exit polling'], ['the aide had warned her', 'Emails']]) {
      const s = statement(a, words);
      assert.equal(s.speaker?.name, source);
      assert.equal(a.speakers.find(sp => sp.id === s.speaker?.id)?.kind, 'unknown', `${source} is a document`);
    }
  });
  it('gives `according to` a document to its maker named in a relative clause without `that` (an interview X gave, a letter the mayor sent)', () => {
    const a = analyzeText('Crash\n\nAccording to an interview his brother Omar Haddad gave to ITV, the family had been warned. ' +
      'According to a letter the mayor sent to residents, the water is safe.');
    assert.equal(statement(a, 'the family had been warned').speaker?.name, 'Omar Haddad');
    assert.equal(statement(a, 'the water is safe').speaker?.name, 'mayor');
  });
  it('reads two people named after their roles and joined by `and` as a group, not a person whose name drops a title', () => {
    const a = analyzeText('Vote law\n\nState Senate leader Ada Quint and House Speaker Ben Ruiz, both Republicans, said the law would stand.');
    const s = statement(a, 'the law would stand');
    const speaker = a.speakers.find(sp => sp.id === s.speaker?.id);
    assert.equal(speaker?.kind, 'group');
    assert.match(speaker?.name ?? '', /^Ada Quint and .*Ben Ruiz$/);
  });
  it('gives `was prompted to say` or `was forced to say` to the passive\'s subject, in a clause of its own too', () => {
    const a = analyzeText('Debate\n\n“We will win,” Ted Marsh said. But the debate was so subdued that Ann Lee was prompted to say, “I cannot believe how civil it has been.” ' +
      'Ben Ruiz was forced to say the plan was dead.');
    const civil = statement(a, 'I cannot believe how civil');
    assert.equal(civil.kind, 'direct');
    assert.equal(civil.speaker?.name, 'Ann Lee');
    assert.equal(statement(a, 'the plan was dead').speaker?.name, 'Ben Ruiz');
  });
  it('gives words quoted in a participle aside to the speaker after it, and reads `said the candidate could be` as a clause, not an inverted speaker', () => {
    const a = analyzeText("Campaign\n\nThe Ruiz campaign met donors on Friday. Ada Quint, citing ''the unique magic of Ruiz,'' said the candidate could be competitive in three states.");
    assert.equal(statement(a, 'the unique magic').speaker?.name, 'Ada Quint');
    assert.equal(statement(a, 'the candidate could be competitive').speaker?.name, 'Ada Quint');
    assert.ok(!a.speakers.some(s => /could/.test(s.name)));
  });
  it('reads people of a body whose name has capitalised words before its noun (Lawyers for the Cree and Dene nations)', () => {
    const a = analyzeText('Pipeline\n\nLawyers for the Cree and Dene nations said they would appeal. A spokesman for the Senate Democratic campaign effort said it was spending more.');
    assert.equal(statement(a, 'they would appeal').speaker?.name, 'Lawyers for the Cree and Dene nations');
    assert.equal(statement(a, 'it was spending more').speaker?.name, 'spokesman for the Senate Democratic campaign effort');
  });
  it('gives a cue joined by `but` to a described subject set off by a relative clause (The GMB union, which …, welcomed … but said)', () => {
    const a = analyzeText('Bins\n\nThe GMB union, which represents bin crews, welcomed the decision but said staff shortages remained “a serious problem”.');
    assert.equal(statement(a, 'staff shortages remained').speaker?.name, 'GMB union');
    assert.equal(statement(a, 'a serious problem').speaker?.name, 'GMB union');
  });
  it('reads a document with its author opening a sentence after `Yet` or `But` (Yet a 2022 report by the auditors found that …)', () => {
    const a = analyzeText('Library\n\nMr. Barr insists the savings will protect social care. Yet a 2022 report by the council’s own auditors found that the library returns £4 for every £1 it costs.');
    assert.equal(statement(a, 'the library returns £4').speaker?.name, '2022 report');
  });
  it('keeps a plural possessive inside a body\'s name (The Landlords\' Association of Ontario), and leaves out what was not said after `though he`', () => {
    const a = analyzeText("Rent\n\nThe Landlords' Association of Ontario warned that owners would leave the market. " +
      'Asked how the province would enforce the rules, Ravi Sandhu said inspectors would be hired, though he gave no number.');
    assert.equal(statement(a, 'owners would leave').speaker?.name, "Landlords' Association of Ontario");
    assert.equal(statement(a, 'inspectors would be hired').content.text, 'inspectors would be hired');
  });
  it('reads what was said past an aside between dashes right after the cue (would argue — and Sanders presumably believes — that …)', () => {
    const a = analyzeText('Primary\n\nSupporters of the mayor would argue — and the mayor presumably believes — that her plan fits the mood of the city.');
    const s = statement(a, 'her plan fits the mood');
    assert.equal(s.speaker?.name, 'Supporters of the mayor');
    assert.equal(s.content.text, 'her plan fits the mood of the city');
  });
  it('gives a sentence quoted after a colon to whom `he` or `she` opening the clause means, but not a message someone passed on', () => {
    const a = analyzeText('Endorsement\n\nKen Blackwell spoke on Monday. Ann Lee spoke too. He then listed the qualities a nominee needs: “Courage, patience and a thick skin.”\n\n' +
      'Ann Lee spoke again. She retweeted a message from a fan that read: “Go Ann!”');
    const listed = statement(a, 'Courage, patience');
    assert.equal(listed.speaker?.name, 'Ken Blackwell');
    assert.equal(listed.speaker?.mention?.text, 'He');
    assert.notEqual(statement(a, 'Go Ann!').speaker?.mention?.text, 'She');
  });
  it('ends what was said before the article of the next frame\'s name (…, and the House Freedom Caucus said)', () => {
    const a = analyzeText('Border bill\n\nRep. Andy Cole wrote that the bill was “amnesty by another name,” and the House Freedom Caucus said it would vote no.');
    assert.equal(statement(a, 'the bill was').content.text, 'the bill was “amnesty by another name,”');
    assert.equal(statement(a, 'it would vote no').speaker?.name, 'House Freedom Caucus');
  });
  it('reads `according to` set off inside its clause as reporting the whole clause across it (The plan, according to Ann Lee, is costly)', () => {
    const a = analyzeText('Budget\n\nThe plan, according to Ann Lee, is costly. Sales rose, according to the firm, up from 31 per cent.');
    assert.equal(statement(a, 'The plan').content.text, 'The plan, according to Ann Lee, is costly');
    assert.equal(statement(a, 'The plan').speaker?.name, 'Ann Lee');
    assert.ok(!hasStatement(a, 'up from 31'));
  });
  it('reads no statement where the subject denies anyone said it (Neither Lee nor Ruiz said, None of the officials said), but reads what none thought', () => {
    const a = analyzeText('Plan\n\nNeither Ann Lee nor Tom Ruiz said the plan was costly. None of the officials said the deal was done. ' +
      'None of the scholars thought a compromise was likely.');
    assert.ok(!hasStatement(a, 'the plan was costly'));
    assert.ok(!hasStatement(a, 'the deal was done'));
    assert.ok(hasStatement(a, 'a compromise was likely'));
  });
  it('opens what goes on after a frame set off by commas past its `and`', () => {
    const a = analyzeText('Budget\n\nAnn Lee spoke on Monday. The plan was costly, she said, and the city could not pay for it.');
    assert.equal(statement(a, 'the city could not pay').content.text, 'the city could not pay for it');
  });
  it('reads a frame inside its clause right after a sentence that ends in a quote (… "important." Employers, he said, should …)', () => {
    const a = analyzeText('Shifts\n\nSamuel Ode called the findings "important but not surprising." Employers, he said, should offer shift workers regular health checks.');
    assert.equal(statement(a, 'Employers').content.text, 'Employers, he said, should offer shift workers regular health checks');
    assert.equal(statement(a, 'Employers').speaker?.name, 'Samuel Ode');
  });
});

describe('speakers: the person a sentence opens with', () => {
  it('gives words quoted after the verb of a sentence with no cue to the person it opens with, not to the last speaker', () => {
    const a = analyzeText('Debate\n\nSenator Ruth Abara spoke first. "We are ready," Abara said.\n\n' +
      'Governor Dan Kell compared the senator to a duck, "smoothly sailing on the surface while paddling like crazy below."\n\n' +
      'Meg Whitman, a former candidate for governor who now runs a software firm, labeled Abara "unfit to be governor." "She is a danger."');
    assert.equal(statement(a, 'smoothly sailing').speaker?.name, 'Dan Kell');
    assert.equal(statement(a, 'smoothly sailing').speaker?.mention?.text, 'Governor Dan Kell');
    assert.equal(statement(a, 'unfit to be governor').speaker?.name, 'Meg Whitman');
    assert.equal(statement(a, 'She is a danger').speaker?.name, 'Meg Whitman');
  });
  it('keeps the last speaker for words quoted in a sentence that opens with someone else only as an object or a possessor', () => {
    const a = analyzeText('Debate\n\n"We are ready," Senator Ruth Abara said. Governor Dan Kell\'s plan, she added, was "a fantasy."\n\n' +
      '"It will fail," Abara said. After Dan Kell left, the crowd chanted "four more years."');
    assert.equal(statement(a, 'a fantasy').speaker?.name, 'Ruth Abara');
    assert.notEqual(a.statements.find(s => s.content.text.startsWith('four more years'))?.speaker?.name, 'Dan Kell');
  });
});

describe('speakers: whom a pronoun means after someone spoke of another', () => {
  it('gives `he` in the next sentence to the speaker, not to the subject of what the speaker said', () => {
    const a = analyzeText('Troops\n\nRepresentative Mike Coffman denounced the remarks. Mr. Coffman, who served in Iraq, said Tom Brandt had insulted the troops.\n\n' +
      '"I am deeply offended," he said.');
    assert.equal(statement(a, 'I am deeply offended').speaker?.name, 'Mike Coffman');
  });
  it('gives `he` later in the same sentence to the subject of what was said', () => {
    const a = analyzeText('Generals\n\nRetired Gen. Ana Flores said Tom Brandt was right when he said on Wednesday that the army had been neglected.');
    assert.equal(statement(a, 'the army had been neglected').speaker?.name, 'Tom Brandt');
  });
  it('does not take the object of a verb in the past for whom the next `he` means', () => {
    const a = analyzeText('Paper\n\nJeff Bezos owns the Courier, which has covered Donald Trump closely. He said at a conference that he was comfortable with the coverage.');
    assert.equal(statement(a, 'he was comfortable').speaker?.name, 'Jeff Bezos');
  });
  it('reads whom `of` names after a cue as spoken of, not speaking (…, adding of Mr. Trump, "…")', () => {
    const a = analyzeText('Talks\n\nPaul Manafort met the delegates. "We have started talking," Mr. Manafort said, adding of Mr. Trump, "He cares about the team."');
    const s = statement(a, 'He cares about the team');
    assert.equal(s.speaker?.name, 'Paul Manafort');
    assert.equal(s.kind, 'direct');
  });
  it('reads `went so far as to say` after a role and a name that an article opens', () => {
    const a = analyzeText('Shares\n\n"We are fine," said Ruth Abara, the chief executive. Investors fled. The Slate technology columnist David Auerbach went so far as to say: "The network as we know it is over."');
    assert.equal(statement(a, 'The network as we know it').speaker?.name, 'David Auerbach');
  });
});

describe('speakers: polls and the people in them', () => {
  it('reads partners named with a slash as one name (a CNN/ORC poll, the ABC/Washington Post poll)', () => {
    const a = analyzeText('Poll\n\nA CNN/ORC poll found that 40 percent of voters back the plan. The ABC/Washington Post poll showed that most voters want a debate.');
    assert.equal(statement(a, '40 percent of voters').speaker?.name, 'CNN/ORC');
    assert.equal(statement(a, 'most voters want').speaker?.name, 'ABC/Washington Post');
  });
  it('reads a share of people in a poll as the group that said it, past a slash or a parenthesis', () => {
    const a = analyzeText('Poll\n\nSome 20 percent of people in a recent CNN/ORC poll said the vote was rigged; 29 percent (and 43 percent of Republicans) said they believe the count was wrong.');
    assert.equal(statement(a, 'the vote was rigged').speaker?.name, 'Some 20 percent of people in a recent CNN/ORC poll');
    assert.equal(statement(a, 'they believe the count').speaker?.name, '29 percent');
  });
  it('gives what a poll or a report from a body found to that body, but not what figures from it show, nor a poll from a place', () => {
    const a = analyzeText('Poll\n\nYet a new poll from Suffolk University found that voters are unsure. A new report from Amnesty International found that prisons are full. ' +
      'Figures from the Home Office show that arrivals rose. A poll from Utah showed the governor with a lead.');
    assert.equal(statement(a, 'voters are unsure').speaker?.name, 'Suffolk University');
    assert.equal(statement(a, 'prisons are full').speaker?.name, 'Amnesty International');
    assert.notEqual(statement(a, 'arrivals rose').speaker?.name, 'Home Office');
    assert.notEqual(statement(a, 'the governor with a lead').speaker?.name, 'Utah');
  });
});

describe('cues: acts of speaking with a noun, and a listener before the quote', () => {
  it('reads words quoted after `decried`, `bemoaned` or `assailed` as the subject’s, past an opening phrase', () => {
    const a = analyzeText('Speech\n\nBarack Obama spoke. His aides argued in interviews that he was ready.\n\n' +
      'In his 2004 convention speech, a testimonial to John Kerry, Mr. Obama decried the "spin masters and negative-ad peddlers who embrace the politics of anything goes."');
    const s = statement(a, 'spin masters');
    assert.equal(s.speaker?.name, 'Barack Obama');
    assert.equal(s.cue?.text, 'decried');
  });
  it('reads a sentence quoted after the cue, a listener and a comma as direct (quipped to Colton, “…”; told the crowd, “…”)', () => {
    const a = analyzeText('Camp\n\nBilly Eichner quipped to Colton, "That you should look into." Ann Lee told the crowd, "We will win."');
    assert.equal(statement(a, 'That you should look into').kind, 'direct');
    assert.equal(statement(a, 'We will win').kind, 'direct');
  });
});

describe('what was said: objects, free relatives and concessions', () => {
  it('reads `told reporters` and a clause as a listener and what was said, when a `to` later in the clause looks like a directive', () => {
    const a = analyzeText('Verdict\n\nU.S. Attorney Priya Raman told reporters the verdict sent a message to every official in the state. ' +
      'The mayor urged residents who needed help to call the hotline.');
    assert.equal(statement(a, 'the verdict sent').content.text, 'the verdict sent a message to every official in the state');
    assert.equal(statement(a, 'residents who needed help').speaker?.name, 'mayor');
  });
  it('does not read a question word and the verb before it into a speaker (exposed what prosecutors called)', () => {
    const a = analyzeText('Trial\n\nThe trial exposed what prosecutors called "a culture of envelopes" at City Hall.');
    assert.ok(!a.speakers.some(s => /exposed|what/.test(s.name)), a.speakers.map(s => s.name).join(', '));
  });
  it('leaves a conceding clause after a closing `according to` to the writer', () => {
    const a = analyzeText('Sentence\n\nVance faces up to 20 years, according to the Justice Department, though first-time offenders typically receive far less.');
    assert.ok(hasStatement(a, 'Vance faces up to 20 years'));
    assert.ok(!hasStatement(a, 'though first-time offenders'));
  });
});

describe('speakers: two people named with honorifics', () => {
  it('reads `Mr. Grassley and Mr. Leahy said` as both of them', () => {
    const a = analyzeText('Visas\n\nSenator Chuck Grassley and Senator Patrick Leahy wrote the bill. But Mr. Grassley and Mr. Leahy said developers had abused the program.');
    const s = statement(a, 'developers had abused');
    // (the group is named by its members' canonical names, past their honorifics)
    assert.equal(s.speaker?.name, 'Chuck Grassley and Patrick Leahy');
    const group = a.speakers.find(x => x.id === s.speaker?.id);
    assert.equal(group?.kind, 'group');
    assert.deepEqual(group?.members?.map(id => a.speakers.find(x => x.id === id)?.name), ['Chuck Grassley', 'Patrick Leahy']);
  });
});

describe('roles: an owner before the name', () => {
  it('gives the owner, without its mark, as the role (CNN’s Gloria Borger), and keeps a post after a possessive (China’s top diplomat)', () => {
    const a = analyzeText('Talks\n\nCNN’s Gloria Borger said it was over. China’s top diplomat Wang Yi said the talks went well.');
    assert.equal(a.speakers.find(s => s.name === 'Gloria Borger')?.role, 'CNN');
    assert.equal(a.speakers.find(s => s.name === 'Wang Yi')?.role, 'China’s top diplomat');
  });
});

describe('speakers: bodies', () => {
  it('reads a panel as a body of its own, not as the person last named', () => {
    const a = analyzeText('Carbon\n\nA study by Michael Greenstone and Tom Knittel concluded that oil would have to cost more.\n\n' +
      'But to hit its long-term target, the advisory panel concluded, the tax must start increasing again in 2018.');
    const s = statement(a, 'the tax must start');
    assert.equal(s.speaker?.name, 'advisory panel');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'organization');
  });
  it('takes an organization named after `the` opening its clause, past an opening word, for whom `it` means next', () => {
    const a = analyzeText('Carbon\n\nThe advisory panel recommends relief for exporters. Still, the Business Council of British Columbia opposed an increase.\n\n' +
      '"Keep the tax in place at the current level," it recommended.');
    assert.equal(statement(a, 'Keep the tax').speaker?.name, 'Business Council of British Columbia');
  });
});

describe('speakers: someone a story introduces before naming', () => {
  it('reads `A city councillor … accused` in the first paragraph as the councillor the story names next', () => {
    const a = analyzeText('Councillor quits\n\nA city councillor resigned on Tuesday and accused Mayor Dana Whitfield of "governing by press release."\n\n' +
      'In a Facebook post, Councillor Marguerite Boateng wrote that she could no longer sit at the table.');
    assert.equal(statement(a, 'governing by press release').speaker?.name, 'Marguerite Boateng');
    assert.equal(statement(a, 'governing by press release').speaker?.mention?.text, 'A city councillor');
  });
  it('keeps a description later in the story apart from a person named with its title', () => {
    const a = analyzeText('Council\n\nThe council met on Tuesday.\n\nA city councillor said the vote was "a farce."\n\nCouncillor Marguerite Boateng said she would stay.');
    assert.notEqual(statement(a, 'a farce').speaker?.name, 'Marguerite Boateng');
  });
});

describe('speakers: a statement no one is named for', () => {
  it('gives `according to a statement` to the organization its sentence names, and to no one when none is named there', () => {
    const a = analyzeText('Profit\n\nNorthwind Foods Inc reported a drop in profit. Northwind now expects annual earnings of C$2.10 a share, according to a statement.\n\n' +
      'Prices will rise next year, according to a statement.');
    assert.equal(statement(a, 'Northwind now expects').speaker?.name, 'Northwind Foods Inc');
    assert.notEqual(statement(a, 'Prices will rise').speaker?.name, 'Northwind Foods Inc');
  });
});

describe('what was said: directives', () => {
  it('reads a directive whose object holds a hyphenated adjective in -ing (urged residents of low-lying areas to move)', () => {
    const a = analyzeText('Floods\n\nPrime Minister Pushpa Kamal Dahal, speaking through an interpreter at a briefing, urged residents of low-lying areas to move to higher ground.');
    assert.equal(statement(a, 'residents of low-lying areas').speaker?.name, 'Pushpa Kamal Dahal');
  });
});

describe('a ferry captain’s profile', () => {
  const a = analyzeText('The ferry captain\n\nBy Jane Okonkwo\n\nFor 31 years, Captain Ewan MacLeod has steered the ferry, and he says he has never missed a crossing.\n\n' +
    '"Fog is just weather with manners," he told me one grey morning, one hand on the wheel.\n\n' +
    'MacLeod, 64, learned the route from his father, Angus, who ran it before him. His father, he recalls, would make him name every rock aloud.\n\n' +
    'The ferry company vows that the crossing will run until the bridge opens.');
  it('reads no clause in when and how something was told (told me one grey morning, one hand on the wheel)', () => {
    assert.ok(!hasStatement(a, 'one grey morning'));
  });
  it('reads a cue in the present with -s inside its clause (His father, he recalls, would …), `he` being the subject before, not his father named after `from`', () => {
    const s = statement(a, 'His father, he recalls');
    assert.equal(s.speaker?.name, 'Ewan MacLeod');
    assert.equal(statement(a, 'the crossing will run').cue?.text, 'vows');
  });
  it('still reports a clause that opens with a word of time but has a verb (said last year the port would close)', () => {
    const b = analyzeText('Port\n\nThe harbour master said last year the port would close. According to the schedule, about 10 ferries run a day.');
    assert.ok(hasStatement(b, 'the port would close'));
  });
});

describe('roles: a description before the name after `according to`', () => {
  it('gives `a hospital spokeswoman, Tina Brooks` the role hospital spokeswoman', () => {
    const a = analyzeText('Crash\n\nNone of the injuries appeared to be life-threatening, according to a hospital spokeswoman, Tina Brooks.');
    assert.equal(a.speakers.find(s => s.name === 'Tina Brooks')?.role, 'hospital spokeswoman');
  });
});

describe('a senator courting voters (two apostrophes for quotation marks)', () => {
  const a = analyzeText("Courting\n\nIn a debate last week, Kim Ashworth said he had ''discovered the suburbs about the same time he discovered he was behind.''\n\n" +
    "''He's a nice man,'' said Dale Fenner, 71, a retired farmer, who added that he would probably skip the Senate race altogether.\n\n" +
    "Lisa Tran, a nurse who said she had voted for Ms. Ashworth in the primary, called the senator ''more human than I expected.''");
  it('closes reported speech with both apostrophes that close its quote', () => {
    assert.ok(statement(a, 'he had').content.text.endsWith("behind.''"), statement(a, 'he had').content.text);
  });
  it('gives a relative clause on a description in apposition to a name to that name, up to the comma closing it', () => {
    assert.equal(statement(a, 'he would probably skip').speaker?.name, 'Dale Fenner');
    const s = statement(a, 'she had voted');
    assert.equal(s.speaker?.name, 'Lisa Tran');
    assert.equal(s.content.text, 'she had voted for Ms. Ashworth in the primary');
  });
});

describe('speakers: chambers', () => {
  it('reads the Chamber of Commerce as one organization', () => {
    const a = analyzeText('Debate\n\nThe Chamber of Commerce, which hosted the event, said it would release a survey of its members next week.');
    const s = statement(a, 'it would release');
    assert.equal(s.speaker?.name, 'Chamber of Commerce');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'organization');
  });
});

describe('speakers: someone and their own people', () => {
  it('reads `Ann Lee and her husband said` as both, with Ann Lee a member and no person named `her husband`', () => {
    const a = analyzeText('Shop\n\nAnn Lee and her husband said the shop would close in May.');
    const s = statement(a, 'the shop would close');
    assert.equal(s.speaker?.name, 'Ann Lee and her husband');
    const group = a.speakers.find(x => x.id === s.speaker?.id)!;
    assert.equal(group.kind, 'group');
    assert.deepEqual(group.members?.map(id => a.speakers.find(x => x.id === id)?.name), ['Ann Lee']);
    assert.ok(!a.speakers.some(x => x.name === 'her husband'));
  });
});

describe('speakers: people or documents somewhere', () => {
  it('reads `there` or `here` between the subject and the cue (Officials there said, Polls there show, Residents here say)', () => {
    const a = analyzeText('Plant\n\nOfficials there said the plant closed in May. Polls there show the race is tied. Residents here say the water is brown.');
    assert.equal(statement(a, 'the plant closed').speaker?.name, 'Officials');
    assert.equal(statement(a, 'the race is tied').speaker?.name, 'Polls');
    assert.equal(statement(a, 'the water is brown').speaker?.name, 'Residents');
  });
});

describe('speakers: people described, then named two together', () => {
  it('reads `said the lawmakers, Representatives Ann Lee and Tom Ruiz` as the two named', () => {
    const a = analyzeText('Plan\n\nThe plan will cost more, said the lawmakers, Representatives Ann Lee and Tom Ruiz.');
    const s = statement(a, 'The plan will cost more');
    assert.equal(s.speaker?.name, 'Ann Lee and Tom Ruiz');
    const group = a.speakers.find(x => x.id === s.speaker?.id)!;
    assert.deepEqual(group.members?.map(id => a.speakers.find(x => x.id === id)?.name), ['Ann Lee', 'Tom Ruiz']);
  });
});

describe('speakers: airlines', () => {
  it('reads a name ending in Air as an airline, which `the airline` means next', () => {
    const a = analyzeText('Strike\n\nSkyline Air and the union reached a deal on Sunday.\n\nThe strike stranded roughly 120,000 passengers, according to the airline.');
    const s = statement(a, 'The strike stranded');
    assert.equal(s.speaker?.name, 'Skyline Air');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'organization');
  });
});

describe('speakers: a plural’s possessive in a role', () => {
  it('reads `said the series’ director, Omar Haddad` as Omar Haddad, with that role', () => {
    const a = analyzeText('Jazz\n\n"She played like she was arguing with the piano," said the series\' director, Omar Haddad, who spent six years on it. Her estate said sales were up.');
    assert.equal(statement(a, 'She played like').speaker?.name, 'Omar Haddad');
    assert.equal(a.speakers.find(s => s.name === 'Omar Haddad')?.role, "series' director");
    assert.equal(speakerRecordOf(a, 'sales were up')?.kind, 'organization');
  });
});

describe('sources of a report', () => {
  it('reads no clause for `according to` a report of words another frame already gives to their speaker', () => {
    const a = analyzeText('Visit\n\nBarack Obama met survivors.\n\n“They don’t care about politics,” Obama said of the families of gun violence victims, according to a White House pool report. ' +
      '“Neither do I. This debate needs to change.”');
    assert.ok(!a.statements.some(s => s.kind === 'indirect' && s.content.text.startsWith('They don’t care')));
    assert.equal(statement(a, 'Neither do I').speaker?.name, 'Barack Obama');
  });
});

describe('speakers: names that hold `and`', () => {
  it('reads a body whose name holds `and` as one organization (Halifax Regional Fire and Emergency), and `Professors Foner and Alba` as two people', () => {
    const a = analyzeText('Fire\n\nFirefighters found the building fully engulfed, Halifax Regional Fire and Emergency said. ' +
      'More than a fifth were unemployed, the Organization for Economic Cooperation and Development noted.\n\n' +
      'Nancy Foner and Richard Alba study migration. Professors Foner and Alba suggest that immigrants adopt a narrow set of behaviors.');
    const fire = statement(a, 'Firefighters found');
    assert.equal(fire.speaker?.name, 'Halifax Regional Fire and Emergency');
    assert.equal(a.speakers.find(s => s.id === fire.speaker?.id)?.kind, 'organization');
    assert.equal(statement(a, 'More than a fifth').speaker?.name, 'Organization for Economic Cooperation and Development');
    const pair = statement(a, 'immigrants adopt');
    assert.equal(pair.speaker?.name, 'Foner and Alba');
    assert.equal(a.speakers.find(s => s.id === pair.speaker?.id)?.kind, 'group');
  });
});

describe('roles: a word qualifying the title', () => {
  it('keeps one lower-case word before a title after the cue or opening the sentence (athletic director, finance minister)', () => {
    const a = analyzeText('Coach\n\n"She built this from nothing," said athletic director Sam Whitlock. Finance minister Ana Ruiz said the budget was fine.');
    assert.equal(a.speakers.find(s => s.name === 'Sam Whitlock')?.role, 'athletic director');
    assert.equal(a.speakers.find(s => s.name === 'Ana Ruiz')?.role, 'Finance minister');
  });
});

describe('speakers: a name given for someone described', () => {
  it('speaks as the name given (who gave his name only as Jory, identified only as Tom), the description its role', () => {
    const a = analyzeText('Storm\n\nA fisherman, who gave his name only as Jory, said boats had been moved inland overnight. ' +
      '"We lost everything," said a woman who gave her name only as Maria. A resident, identified only as Tom, said the water rose fast.');
    assert.equal(statement(a, 'boats had been moved').speaker?.name, 'Jory');
    assert.equal(a.speakers.find(s => s.name === 'Jory')?.role, 'fisherman');
    assert.equal(statement(a, 'We lost everything').speaker?.name, 'Maria');
    assert.equal(statement(a, 'the water rose fast').speaker?.name, 'Tom');
  });
});

describe('speakers: a participle after the noun', () => {
  it('reads `The school boards affected said` as the boards, a group, not the person named before', () => {
    const a = analyzeText('Schools\n\nOpposition critic Marit Stiles called the reversal "a win for parents." The school boards affected said they welcomed the news but needed more details.');
    const s = statement(a, 'they welcomed the news');
    assert.notEqual(s.speaker?.name, 'Marit Stiles');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'group');
  });
});

describe('speakers: a person of a body named with what kind of body it is', () => {
  it('reads `Ray Dunmore of the group SafeHome said` as Ray Dunmore, not the group', () => {
    const a = analyzeText('Recall\n\nConsumer advocate Ray Dunmore of the group SafeHome said the recall came too late. ' +
      'Lena Ortiz of the advocacy group Fair Rent, who has tracked rents for years, said the rise was steep. Members of the group SafeHome said they would protest.');
    assert.equal(statement(a, 'the recall came too late').speaker?.name, 'Ray Dunmore');
    assert.equal(statement(a, 'the rise was steep').speaker?.name, 'Lena Ortiz');
    assert.notEqual(statement(a, 'they would protest').speaker?.name, 'Ray Dunmore');
  });
});

describe('speakers: someone’s kin named in apposition', () => {
  it('leaves a name in apposition to the object of a verb out of whom `she` means (described her son, Mateo, 22, as …)', () => {
    const a = analyzeText('Sentencing\n\nIn a victim impact statement, Rosa Delgado described her son, Mateo, 22, as a gentle young man who wanted to become a nurse. ' +
      '"Every morning I set out two cups," she said.');
    assert.equal(statement(a, 'Every morning I set out').speaker?.name, 'Rosa Delgado');
  });
  it('gives the person named after a kin noun its gender (Her son, Mateo, 22, wept … she said)', () => {
    const a = analyzeText('Court\n\nRosa Delgado sat in the front row. Her son, Mateo, 22, wept. "I miss him," she said.');
    assert.equal(statement(a, 'I miss him').speaker?.name, 'Rosa Delgado');
  });
  it('names the speaker by a given name the lists lack after kin and a comma (said her son, Mateo.), not a day', () => {
    const a = analyzeText('Court\n\n"We are proud," said her son, Mateo. "We waited," said his sister, Tuesday.');
    assert.equal(statement(a, 'We are proud').speaker?.name, 'Mateo');
    assert.equal(a.speakers.find(s => s.name === 'Mateo')?.role, 'her son');
    assert.notEqual(statement(a, 'We waited').speaker?.name, 'Tuesday');
  });
});

describe('roles: words of the domain before a title', () => {
  it('keeps `information`, `public safety`, `senior` before the title (BC Wildfire Service information officer)', () => {
    const a = analyzeText('Fire\n\n"Leave now," BC Wildfire Service information officer Jean Tardif told a news briefing. ' +
      '"Stay away," said county public safety director Omar Pell. Senior adviser Dana Kerr said the road was shut.');
    assert.equal(a.speakers.find(s => s.name === 'Jean Tardif')?.role, 'BC Wildfire Service information officer');
    assert.equal(a.speakers.find(s => s.name === 'Omar Pell')?.role, 'county public safety director');
    assert.equal(a.speakers.find(s => s.name === 'Dana Kerr')?.role, 'Senior adviser');
  });
});

describe('speakers: companies named with a plural of what they make', () => {
  it('reads `Brightway Appliances` and `Norvale Electronics` as organizations', () => {
    const a = analyzeText('Recall\n\nBrightway Appliances is recalling about 2 million toasters. Brightway said in a statement that a timer switch was at fault. ' +
      'Norvale Electronics said its chargers were safe.');
    assert.equal(a.speakers.find(s => s.name === 'Brightway Appliances')?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name === 'Norvale Electronics')?.kind, 'organization');
  });
});

describe('roles: a form of address is no role', () => {
  it('drops `Sir` after a role and prefers an appositive to `Sir` alone (Conservative backbencher Sir Graham Pole)', () => {
    const a = analyzeText('Housing\n\n"This bill is a mistake," said Conservative backbencher Sir Graham Pole. ' +
      'Dame Alice Marr, a former housing minister, said the target was too high. "We cannot build that fast," she said.');
    assert.equal(a.speakers.find(s => s.name === 'Graham Pole')?.role, 'Conservative backbencher');
    assert.equal(a.speakers.find(s => s.name === 'Alice Marr')?.role, 'former housing minister');
  });
});

describe('speakers: people of something in a place', () => {
  it('reads `The owners of a bakery in Leeds said` as the owners, not Leeds, and ends an opening `When` clause at its comma', () => {
    const a = analyzeText('Shop\n\nThe owners of a bakery in Leeds said the roof leaked. ' +
      'When the owners of the only shop in Ashcombe announced they were retiring, the villagers did not wait for a buyer.');
    assert.notEqual(statement(a, 'the roof leaked').speaker?.name, 'Leeds');
    assert.match(statement(a, 'the roof leaked').speaker?.name ?? '', /owners/);
    const s = statement(a, 'they were retiring');
    assert.equal(s.content.text, 'they were retiring');
    assert.notEqual(s.speaker?.name, 'Ashcombe');
  });
});

describe('speakers: a description that gives the name', () => {
  it('makes the one described `named Dennis Cobb` whom `he` means next, in apposition or as the subject', () => {
    const a = analyzeText('Shop\n\nMargaret Hale chairs the group. Hale’s neighbour, a retired postman named Dennis Cobb, put in his savings. ' +
      '‘I’d rather have a shop than money in the bank,’ he says.\n\nMargaret Hale thanked them. A retired teacher named Owen Pryce gave £50. ‘It was the least I could do,’ he says.');
    assert.equal(statement(a, 'I’d rather have a shop').speaker?.name, 'Dennis Cobb');
    assert.equal(statement(a, 'It was the least').speaker?.name, 'Owen Pryce');
  });
});

describe('reported speech: a frame inside what a dash opens', () => {
  it('reports from the dash across the frame (- and the permit, his campaign said, had been hard to get)', () => {
    const a = analyzeText('Debate\n\nSanders had a rally scheduled for that night - and the permit, his campaign said, had been hard to get. ' +
      'She compared her staff to entrepreneurs - all of whom, she explained, needed a boost.');
    assert.equal(statement(a, 'the permit').content.text, 'the permit, his campaign said, had been hard to get');
    assert.ok(!hasStatement(a, 'Sanders had a rally'));
    assert.equal(statement(a, 'all of whom').content.text, 'all of whom, she explained, needed a boost');
  });
  it('still reports all of a sentence a frame closes after a dash (… — a significant finding, researchers say.)', () => {
    const a = analyzeText('Study\n\nSome participants moved from high to normal readings — a significant finding, researchers say.');
    assert.ok(statement(a, 'Some participants moved').content.text.includes('a significant finding'));
  });
});

describe('headlines: the claim first, then its speaker', () => {
  it('reads `claim, Speaker Says` and `‘quote,’ says description` in a headline', () => {
    const a = analyzeText('Port Strike Will End By Friday, Okafor Says\n\nHALIFAX — Ports Minister Jane Okafor spoke on Monday. Okafor thanked the workers.');
    const s = statement(a, 'Port Strike');
    assert.equal(s.content.text, 'Port Strike Will End By Friday');
    assert.equal(s.speaker?.name, 'Jane Okafor');
    assert.equal(s.cue?.text, 'Says');
    const b = analyzeText('\'We will not back down,\' says union chief as strike goes on\n\nMONTREAL — Dockworkers stayed out on Monday.');
    const q = statement(b, 'We will not back down');
    assert.equal(q.kind, 'direct');
    assert.equal(q.content.text, 'We will not back down,');
    assert.equal(q.speaker?.name, 'union chief');
  });
  it('reads no speaker in a headline whose last comma ends a list (Clinton, Sanders spar over guns)', () => {
    const a = analyzeText('Clinton, Sanders spar over guns\n\nDES MOINES — Clinton and Sanders met on Monday. Sanders left early.');
    assert.ok(!a.statements.some(s => s.content.start < 32));
  });
});

describe('speakers: a share counted after a conjunction', () => {
  it('reads `…, while 31 percent said …` and `… of voters said` as a second speaker, ending the first clause at the comma', () => {
    const a = analyzeText('Poll\n\nMost respondents say the plan is fine, while 31 percent said it was "inappropriate, but typical." ' +
      'Many say taxes are too high, while 12 percent of voters said they were too low.');
    assert.equal(statement(a, 'the plan is fine').content.text, 'the plan is fine');
    assert.equal(statement(a, 'it was').speaker?.name, '31 percent');
    assert.equal(statement(a, 'inappropriate').speaker?.name, '31 percent');
    assert.equal(statement(a, 'they were too low').speaker?.name, '12 percent of voters');
  });
  it('reads no speaker in `percent of all reported contributions`', () => {
    const a = analyzeText('Donors\n\nForty-three percent of all reported contributions to candidates have come from women.');
    assert.equal(a.statements.length, 0);
  });
});

describe('speakers: a cue joined by `and` agrees with its own subject’s cue', () => {
  it('gives `and estimates` to the centre that `says`, past `Canadians reported` inside its clause', () => {
    const a = analyzeText('Fraud\n\nThe Canadian Anti-Fraud Centre says Canadians reported losing more than $500 million to fraud last year, ' +
      'and estimates that only five to 10 per cent of victims come forward.');
    assert.equal(statement(a, 'only five to 10 per cent').speaker?.name, 'Canadian Anti-Fraud Centre');
  });
  it('ends the subject of a clause reported without `that` at the cue (The mayor said residents complained …)', () => {
    const a = analyzeText('Noise\n\nThe mayor said residents complained about noise and promised that the bylaw would change.');
    assert.ok(!a.speakers.some(s => s.name.includes('said')), a.speakers.map(s => s.name).join(', '));
  });
});

describe('speakers: brands and lawsuits', () => {
  it('reads a one-word brand (SkyCast, BuzzFeed) as an organization that `the company` means next, not MacLeod', () => {
    const a = analyzeText('Privacy\n\nSkyCast did not immediately respond to a request for comment. In a 2022 blog post, the company said it "never sells personal information." ' +
      'BuzzFeed reported that the deal had collapsed. MacLeod said he was not surprised.');
    assert.equal(statement(a, 'never sells').speaker?.name, 'SkyCast');
    assert.equal(a.speakers.find(s => s.name === 'BuzzFeed')?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name === 'MacLeod')?.kind, 'person');
  });
  it('reads a suit as a document, not a person (The suit, filed in federal court, says …)', () => {
    const a = analyzeText('Suit\n\nThe suit, filed in federal court on behalf of three residents, says the app tracked users every few minutes.');
    const s = statement(a, 'the app tracked users');
    assert.notEqual(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'person');
  });
});

describe('reported speech: clauses on both sides of a frame that says where', () => {
  it('reports the clause before `X said on Telegram, but …` as well as the one after', () => {
    const a = analyzeText('Drones\n\nNo one was killed, regional governor Mykola Kalashnyk said on Telegram, but four people were treated for cuts and burns.');
    assert.equal(statement(a, 'No one was killed').speaker?.name, 'Mykola Kalashnyk');
    assert.equal(statement(a, 'but four people').speaker?.name, 'Mykola Kalashnyk');
  });
  it('keeps one clause across `If she wins, Clinton suggested in a tweet, women won’t …`', () => {
    const a = analyzeText('Tweet\n\nIf she becomes president, Clinton suggested in a tweet, women won’t be punished for their choices.');
    assert.ok(!a.statements.some(s => s.content.text === 'If she becomes president'));
  });
  it('gives words a second speaker shouts after `, as` to them (Horvath said, as some in the crowd shouted “No!”)', () => {
    const a = analyzeText('Race\n\n"We came up short," Horvath said, as some in the crowd shouted "No!" The four contenders met, as the four contenders largely agreed that trade deals were needed.');
    assert.equal(statement(a, 'No!').speaker?.name, 'some in the crowd');
    assert.ok(!a.statements.some(s => s.kind === 'indirect' && s.content.text.startsWith('as some')));
    assert.equal(statement(a, 'trade deals were needed').speaker?.name, 'four contenders');
  });
});

describe('speakers: bodies named with a title word', () => {
  it('names `the Foreign Ministry` and `Russia’s Defense Ministry` whole, not `Ministry` with a role, and keeps `U.S.` as written', () => {
    const a = analyzeText('Talks\n\nThe Foreign Ministry said the talks would resume. The ministry added that nothing was agreed. ' +
      'Russia\'s Defense Ministry said its forces had struck targets. The U.S. State Department says most refugees are women. Ukraine\'s air force said it shot down 40 drones.');
    assert.equal(statement(a, 'the talks would resume').speaker?.name, 'Foreign Ministry');
    assert.equal(statement(a, 'nothing was agreed').speaker?.name, 'Foreign Ministry');
    assert.equal(statement(a, 'its forces had struck').speaker?.name, 'Defense Ministry');
    assert.equal(a.speakers.find(s => s.name === 'State Department')?.role, 'U.S.');
    assert.equal(speakerRecordOf(a, 'it shot down')?.kind, 'organization');
  });
});

describe('roles: a hyphenated title', () => {
  it('reads `Her sous-chef, Callum Reid,` and `says Walter Stone, co-author of …` as roles', () => {
    const a = analyzeText('Kitchen\n\nHer sous-chef, Callum Reid, says she tastes everything twice. "The odds are slim," says Walter Stone, co-author of a study of third parties.');
    assert.equal(a.speakers.find(s => s.name === 'Callum Reid')?.role, 'her sous-chef');
    assert.equal(a.speakers.find(s => s.name === 'Walter Stone')?.role, 'co-author of a study of third parties');
  });
});

describe('a personal essay: names given, forms of address, how it was said', () => {
  const a = analyzeText('Why I stopped grading\n\nBy Helen Marsh\n\nFor twenty years I gave my students letter grades.\n\n' +
    'It started with a question from a student named Priya. "Do you care what I learn," she asked me after class, "or what I score?"\n\n' +
    'My principal, Mr. Doyle, was skeptical at first. "Parents want numbers," he told me.\n\n' +
    'The minister told parents that schools would "be patient with change," without elaborating.');
  it('makes the student `named Priya` at a sentence’s end whom `she` means next', () => {
    assert.equal(statement(a, 'Do you care').speaker?.name, 'Priya');
  });
  it('reads the role before a form of address (My principal, Mr. Doyle,)', () => {
    assert.equal(a.speakers.find(s => s.name === 'Doyle')?.role, 'my principal');
  });
  it('ends what was said before `, without elaborating`', () => {
    assert.equal(statement(a, 'schools would').content.text, 'schools would "be patient with change,"');
  });
});

describe('reported speech: a second speaker after `, while`', () => {
  it('gives `…, the agency said, while analysts said they would fall` its two speakers', () => {
    const a = analyzeText('Prices\n\nPrices rose sharply, the agency said, while analysts said they would fall.');
    assert.equal(statement(a, 'Prices rose sharply').speaker?.name, 'agency');
    assert.equal(statement(a, 'they would fall').speaker?.name, 'analysts');
  });
});

describe('speakers: a person or people of a body named with `of the`', () => {
  it('reads `Economist Trevor Tombe of the University of Calgary, who …, said` as Trevor Tombe', () => {
    const a = analyzeText('Carbon\n\nEconomist Trevor Tombe of the University of Calgary, who has studied carbon pricing for a decade, said the plan was "broadly sensible" but that its rebates were too small.');
    assert.equal(statement(a, 'the plan was').speaker?.name, 'Trevor Tombe');
  });
  it('reads `Friends of the Earth, which has sued, said` as one organization', () => {
    const a = analyzeText('Carbon\n\nFriends of the Earth, which has sued the province, said the plan was weak.');
    const s = statement(a, 'the plan was weak');
    assert.equal(s.speaker?.name, 'Friends of the Earth');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'organization');
  });
  it('joins people and a body after `and` into one group (business groups and the Opposition said), and reads `the group found that`', () => {
    const a = analyzeText('Carbon\n\nThe premier defended the plan, even as business groups and the Opposition said it would drive investment away. ' +
      'The Canadian Federation of Independent Business called the plan a gut punch. In a survey released Tuesday, the group found that two-thirds of its members opposed it.');
    const s = statement(a, 'it would drive investment');
    assert.equal(s.speaker?.name, 'business groups and the Opposition');
    assert.equal(a.speakers.find(x => x.id === s.speaker?.id)?.kind, 'group');
    assert.equal(statement(a, 'two-thirds of its members').speaker?.name, 'Canadian Federation of Independent Business');
  });
});

describe('descriptions of the people a story is about', () => {
  const a = analyzeText('Trade\n\nDES MOINES, Iowa — Donald Trump and Hillary Clinton clashed Monday over trade.\n\n' +
    'Speaking to supporters at a rally in Des Moines, the Republican front-runner said Clinton had "sold out" factory towns. "She has been wrong on trade for 30 years," the billionaire said.\n\n' +
    'In June, the South Carolina senator Lindsey Graham called on Republicans to shun Trump after the billionaire real estate mogul claimed that a judge was biased.');
  it('does not take a description for someone the rest of its sentence names (the Republican front-runner said Clinton had …)', () => {
    assert.equal(statement(a, 'Clinton had').speaker?.name, 'Donald Trump');
  });
  it('reads `the billionaire said` as the person the story is about', () => {
    assert.equal(statement(a, 'She has been wrong').speaker?.name, 'Donald Trump');
  });
  it('takes a second description in a sentence about someone for the other person it named (… Trump after the billionaire real estate mogul claimed)', () => {
    assert.equal(statement(a, 'a judge was biased').speaker?.name, 'Donald Trump');
  });
  it('keeps `said the rookie defenceman, younger brother of Seth Jones` for the player the story is about', () => {
    const b = analyzeText('Hockey\n\nCaleb Jones scored his first NHL goal on Saturday. "I will have a little smile," said the rookie defenceman, younger brother of Seth Jones of the Blue Jackets.');
    assert.equal(statement(b, 'I will have a little smile').speaker?.name, 'Caleb Jones');
  });
  it('reads `took note of` as no cue', () => {
    const b = analyzeText('Paper\n\nThe newspaper took note of the senator\'s shortcomings, writing: "We recognize that many voters distrust her."');
    assert.ok(!b.speakers.some(s => s.name.includes('took')));
  });
});

describe('speakers: a remark named before the quote, a signature after it', () => {
  it('reads `In Doe’s words, “…”` and `Doe’s response? “…”` as Doe’s', () => {
    const a = analyzeText('Housing\n\nJane Doe toured the site on Monday. In Doe\'s words, "the plan is fine."\n\nTom Ruiz asked whether the budget would hold. Ruiz\'s answer? "It will."');
    assert.equal(statement(a, 'the plan is fine').speaker?.name, 'Jane Doe');
    assert.equal(statement(a, 'the plan is fine').cue?.text, 'words');
    assert.equal(statement(a, 'It will').speaker?.name, 'Tom Ruiz');
  });
  it('reads `“…” — Jane Doe, housing minister` as hers, with the role', () => {
    const a = analyzeText('Housing\n\n"We will build where people want to live." — Jane Doe, housing minister\n\nThe bill passed on Monday.');
    const s = statement(a, 'We will build');
    assert.equal(s.speaker?.name, 'Jane Doe');
    assert.equal(a.speakers.find(x => x.name === 'Jane Doe')?.role, 'housing minister');
  });
});

describe('speakers: titles in the plural, groups named with capitals', () => {
  it('keeps a plural title out of the name (Representatives James E. Clyburn of South Carolina and …)', () => {
    const a = analyzeText('Vote\n\n"We need more money," said the lawmakers, Representatives James E. Clyburn of South Carolina and G. K. Butterfield of North Carolina.\n\n' +
      '"Why was that money sitting in the bank?" Mr. Clyburn said. National Chairperson Donna Brazile said the plan was flawed.');
    assert.ok(!a.speakers.some(s => s.name.startsWith('Representatives')), a.speakers.map(s => s.name).join(', '));
    assert.ok(a.speakers.some(s => s.name === 'Donna Brazile'), a.speakers.map(s => s.name).join(', '));
  });
  it('reads `according to Democratic and independent analysts` as a group, and `the state Division of Gaming Enforcement` as a body', () => {
    const a = analyzeText('Race\n\nSanders needs to win big in Pennsylvania, according to Democratic and independent analysts. ' +
      'Revenue fell 1.3 percent, according to the state Division of Gaming Enforcement.');
    assert.equal(a.speakers.find(s => s.name === 'Democratic and independent analysts')?.kind, 'group');
    assert.equal(speakerRecordOf(a, 'Revenue fell')?.kind, 'organization');
  });
});

describe('speakers: plurals that do not end in -s, a church', () => {
  it('reads `the women say` as a group and `the church said` as a body', () => {
    const a = analyzeText('Skaters\n\nThe women say the park is safer now. The church said in a post that its members were praying.');
    assert.equal(speakerRecordOf(a, 'the park is safer')?.kind, 'group');
    assert.equal(speakerRecordOf(a, 'its members were praying')?.kind, 'organization');
  });
});

describe('reported speech: words that only finish the cue', () => {
  it('reads no clause in `replied the same day`, `acknowledged it publicly`, and no cue in `talking points`', () => {
    const a = analyzeText('Shortage\n\nOfficials were warned three weeks before they acknowledged it publicly, according to internal emails. ' +
      'The deputy minister, Carol Beaton, replied the same day, asking staff to prepare talking points "in case this becomes a story."');
    assert.ok(!hasStatement(a, 'the same day'));
    assert.ok(!a.statements.some(s => s.content.text === 'it publicly'));
    assert.ok(!a.statements.some(s => s.cue?.text === 'points'));
    assert.equal(statement(a, 'in case this becomes').speaker?.name, 'Carol Beaton');
  });
});

describe('reported speech: no clause in an act, a purpose, a comment on the figures', () => {
  it('reports nothing before `agreed to republish`, nor a purpose before `the panel concluded`, nor `a huge sum` after a source', () => {
    const a = analyzeText('Books\n\nEight months later, when Mr. Trump swept a series of primaries, Grand Central agreed to republish the book. ' +
      'But to hit its long-term target, the advisory panel concluded, the tax must start increasing again in 2018. ' +
      'Centerview earned about $600 million last year, according to public filings, a huge sum for a firm with 35 partners. ' +
      'Donors paid a onetime secretary of state who is now the nominee.');
    assert.ok(!hasStatement(a, 'Eight months later'));
    assert.ok(!a.statements.some(s => s.content.text === 'to hit its long-term target'));
    assert.equal(statement(a, 'the tax must start').speaker?.name, 'advisory panel');
    assert.ok(!hasStatement(a, 'a huge sum'));
    assert.ok(!hasStatement(a, 'who is now the nominee'));
  });
});

describe('reported speech: narration after a frame that closes a quote', () => {
  it('reports nothing after `“…,” he said aboard his plane as he crossed Nevada` or `before the polls closed`, but keeps a frame that follows', () => {
    const a = analyzeText('Race\n\n"I am going to be the nominee," he said aboard his campaign plane on Monday as he crisscrossed Nevada. ' +
      '"I think I\'ll get there," Mr. Trump said in an interview before the polls closed.\n\n' +
      '"I am so honoured," Wang said, before reading a poem she said was written by a Chinese poet.');
    assert.ok(!hasStatement(a, 'aboard his campaign plane'));
    assert.ok(!a.statements.some(s => s.content.text === 'the polls closed'));
    assert.ok(hasStatement(a, 'was written by a Chinese poet'));
  });
  it('reads no clause in `Six months ago, the senator said, the media …` before the frame, nor after `pledged to push for …`', () => {
    const a = analyzeText('Media\n\nSix months ago, the independent Vermont senator said, the media considered him a fringe candidate. ' +
      'Clinton pledged to push for an amendment to overturn the decision that helped pave the way for super PACs.');
    assert.ok(!a.statements.some(s => s.content.text === 'Six months ago'));
    assert.ok(!hasStatement(a, 'helped pave the way'));
  });
  it('keeps a person named with a given name whose cue reports nothing as whom `he` means (Bob agreed to talk …)', () => {
    const a = analyzeText('Benghazi\n\nThe ambassador, J. Christopher Stevens, was killed in the attack.\n\nBob agreed to talk on the condition that his last name not be used. "I thought I would regret it if I didn\'t," he said.');
    assert.equal(statement(a, 'I thought I would regret').speaker?.name, 'Bob');
  });
});

describe('reported speech: when, where and what someone went on doing', () => {
  it('reports no clause of time or a phrase before the frame, nor a superlative comment after a source', () => {
    const a = analyzeText('Race\n\nBut almost immediately after she did, David Axelrod tweeted that she was wrong. ' +
      'In the text accompanying the video post, Wallnau wrote that the prayer was timely. ' +
      'Nearly 60 percent of contributions have come from women, according to Crowdpac, the most of any candidate by far.');
    assert.ok(!hasStatement(a, 'almost immediately'));
    assert.ok(!hasStatement(a, 'In the text accompanying'));
    assert.ok(!hasStatement(a, 'the most of any'));
    assert.equal(statement(a, 'she was wrong').speaker?.name, 'David Axelrod');
  });
  it('reads no cue in `see the next president continue his policies`, but keeps `She continued, “…”`', () => {
    const a = analyzeText('Poll\n\nSixty percent said they would like to see the next president continue his policies. Ann Lee spoke next. She continued, "We will win."');
    assert.equal(statement(a, 'they would like to see').content.text, 'they would like to see the next president continue his policies');
    assert.equal(statement(a, 'We will win').cue?.text, 'continued');
  });
});

describe('speakers: objects and modifiers that are no subject', () => {
  it('reads `playing Willy Loman, a role he calls …` as the actor’s words, not the role’s', () => {
    const a = analyzeText('Stage\n\nDaniel Okafor returns to Broadway next month, playing Willy Loman, a role he calls "the Everest of American theater."');
    assert.equal(statement(a, 'the Everest').speaker?.name, 'Daniel Okafor');
  });
  it('finds the name in apposition before `declined to be interviewed but said`', () => {
    const a = analyzeText('Stage\n\nThe production\'s director, Ivo van Hove, declined to be interviewed but said in an email that Okafor was "the only Willy I could imagine."');
    assert.equal(statement(a, 'the only Willy').speaker?.name, 'Ivo van Hove');
  });
  it('keeps a number word and the people after a name out of it (Six Trump supporters ran …)', () => {
    const a = analyzeText('Wyoming\n\nSix Trump supporters ran for delegate slots. "Look at what happened in Wyoming," Trump told supporters.');
    assert.ok(!a.speakers.some(s => s.name.startsWith('Six')), a.speakers.map(s => s.name).join(', '));
    assert.equal(statement(a, 'Look at what happened').speaker?.name, 'Trump');
  });
});

describe('speakers: a body described by a relative clause with `which`', () => {
  it('reads `Doctors Nova Scotia, which represents the province’s physicians, said` as an organization', () => {
    const a = analyzeText('Waits\n\nDoctors Nova Scotia, which represents the province\'s physicians, said the numbers showed the system was "at a breaking point."');
    assert.equal(a.speakers.find(s => s.name === 'Doctors Nova Scotia')?.kind, 'organization');
  });
});

describe('speakers: a couple named with one surname', () => {
  it('knows `Tom and Grace Lee` as Tom Lee and Grace Lee, so `Mr. Lee said` is Tom Lee', () => {
    const a = analyzeText('Bakery\n\nTom and Grace Lee reopened their bakery on Saturday. "I cried when I saw the line," Ms. Lee said. Mr. Lee said the couple had considered retiring.');
    assert.equal(statement(a, 'I cried').speaker?.name, 'Grace Lee');
    assert.equal(statement(a, 'the couple had considered').speaker?.name, 'Tom Lee');
  });
});

describe('reported speech: a pronoun listener, an aside before the main cue', () => {
  it('reads the clause after `told him` and `telling them` even when a name opens it', () => {
    const a = analyzeText('Investors\n\nAckman wrote to investors, telling them Valeant was worth more. She told him Congress would act.');
    assert.equal(statement(a, 'Valeant was worth more').cue?.text, 'telling');
    assert.ok(hasStatement(a, 'Congress would act'));
  });
  it('reports nothing for a participle set in commas before the main cue (Jane Doe, testifying before a committee, said …)', () => {
    const a = analyzeText('Hearing\n\nJane Doe, testifying before a Senate committee, said the program had failed.');
    assert.equal(a.statements.length, 1);
    assert.equal(statement(a, 'the program had failed').cue?.text, 'said');
  });
});

describe('reported speech: a participle after the day the frame names', () => {
  it('reports the clause before `…, its president said Wednesday, raising the prospect of …`, not the participle', () => {
    const a = analyzeText('Teachers\n\nThe teachers\' federation has rejected the province\'s latest offer, its president said Wednesday, raising the prospect of job action.');
    assert.ok(hasStatement(a, 'has rejected the province'));
    assert.ok(!hasStatement(a, 'raising the prospect'));
  });
});

describe('reported speech: the main clause after an opening subordinate clause with a cue', () => {
  it('reports nothing past the comma closing `When Lee joked with his friend at the table,`', () => {
    const a = analyzeText('Dinner\n\nWhen Lee joked with his friend at the table, his brother grew impatient.');
    assert.ok(!hasStatement(a, 'his brother grew impatient'));
  });
});

describe('reported speech: a subject with a relative clause, interrupted by the frame', () => {
  it('reports `The young woman who escorted her to the door, Ms. Kostrzewa recalled, asked her to wait` whole', () => {
    const a = analyzeText('The fund-raiser\n\nThe young woman who escorted her to the door, Ms. Kostrzewa recalled, asked her to wait.');
    const s = statement(a, 'The young woman who escorted her');
    assert.ok(s.content.text.endsWith('asked her to wait'));
    assert.equal(s.speaker?.name, 'Kostrzewa');
    assert.equal(a.statements.length, 1);
  });
  it('reads `Residents who fled the fire, officials said, may return` as one clause', () => {
    const a = analyzeText('Fire\n\nResidents who fled the fire, officials said, may return on Monday.');
    assert.ok(statement(a, 'Residents who fled').content.text.endsWith('may return on Monday'));
  });
});

describe('reported speech: talk with someone in a clause opened by `As`', () => {
  it('reports no main clause after `As Freddy joked with his best friend at the table,`', () => {
    const a = analyzeText('Dinner\n\nAs Freddy, a fun-loving pilot, joked with his best friend at the table, his younger brother grew impatient.');
    assert.ok(!hasStatement(a, 'grew impatient'));
  });
  it('still reports the main clause after `As Clinton told the Daily News,`', () => {
    const a = analyzeText('Taxes\n\nAs Clinton told the Daily News, tax relief is the priority.');
    assert.equal(speakerOf(a, 'tax relief is the priority'), 'Clinton');
  });
});

describe('roles: a title in the plural before people named together', () => {
  it('gives each of `Representatives James E. Clyburn and Nancy Pelosi` the title in the singular', () => {
    const a = analyzeText('Vote\n\nRepresentatives James E. Clyburn and Nancy Pelosi said the vote would be held on Friday.');
    assert.equal(a.speakers.find(s => s.name === 'James E. Clyburn')?.role, 'Representative');
    assert.equal(a.speakers.find(s => s.name === 'Nancy Pelosi')?.role, 'Representative');
  });
  it('reads `Sens.` and `Reps.` as short forms, each holder a `Sen.` or a `Rep.`', () => {
    const a = analyzeText('Bill\n\nSens. Ann Ruiz and Bob Tate said the bill was dead. Reps. Carla Moss and Dan Pike said it would return.');
    assert.deepEqual(['Ann Ruiz', 'Bob Tate', 'Carla Moss', 'Dan Pike'].map(n => a.speakers.find(s => s.name === n)?.role), ['Sen.', 'Sen.', 'Rep.', 'Rep.']);
  });
  it('keeps a role given in apposition, and `Mrs.` as it is', () => {
    const a = analyzeText('Caucus\n\nRepresentatives Lena Hart and Omar Vance, chairman of the caucus, said the party must spend more. Mrs. Hart said she agreed.');
    assert.equal(a.speakers.find(s => s.name === 'Omar Vance')?.role, 'chairman of the caucus');
  });
});

describe('speakers: football clubs', () => {
  it('reads `AC Milan` as a club, which `the Italian club` then means', () => {
    const a = analyzeText('Transfer\n\nAC Milan signed the striker on Monday. The Italian club announced that the fee was 40 million euros.');
    const s = statement(a, 'the fee was 40 million euros');
    assert.equal(s.speaker?.name, 'AC Milan');
    assert.equal(a.speakers.find(p => p.name === 'AC Milan')?.kind, 'organization');
  });
});

describe('speakers: a quote after a sentence of what someone did', () => {
  it('gives `Asked about her knee, striker Ana Lima shrugged. “It’s fine.”` to Ana Lima, not the coach quoted before', () => {
    const a = analyzeText('Wolves lose\n\n“We were terrible,” coach Maria Santos said.\n\nAsked about her injured knee, striker Ana Lima shrugged. “It’s fine. I’ll play next week.”');
    assert.equal(speakerOf(a, 'It’s fine'), 'Ana Lima');
    assert.equal(speakerOf(a, 'We were terrible'), 'Maria Santos');
  });
  it('gives the quote to the speaker before when the sentence between tells of no one', () => {
    const a = analyzeText('Wolves lose\n\n“We were terrible,” coach Maria Santos said. The crowd booed. “We stopped running.”');
    assert.equal(speakerOf(a, 'We stopped running'), 'Maria Santos');
  });
});

describe('roles: titles joined by hyphens', () => {
  it('reads `U.N. Secretary-General Antonio Guterres` and `Co-author Lars Berg` as a role and a name', () => {
    const a = analyzeText('Talks\n\nU.N. Secretary-General Antonio Guterres urged all sides to stop the fighting. Co-author Lars Berg said the findings were clear.');
    assert.equal(speakerOf(a, 'all sides to stop'), 'Antonio Guterres');
    assert.equal(a.speakers.find(s => s.name === 'Antonio Guterres')?.role, 'U.N. Secretary-General');
    assert.equal(speakerOf(a, 'the findings were clear'), 'Lars Berg');
  });
});

describe('speakers: a palace', () => {
  it('reads `Buckingham Palace` as a body, which `the palace` then means', () => {
    const a = analyzeText('Summit\n\nThe king will not attend the summit, Buckingham Palace said on Friday. “His Majesty is disappointed,” the palace said in a statement.');
    assert.equal(speakerOf(a, 'His Majesty is disappointed'), 'Buckingham Palace');
    assert.equal(a.speakers.find(s => s.name === 'Buckingham Palace')?.kind, 'organization');
  });
});

describe('reported speech: a noun phrase summing up what was said', () => {
  it('ends the clause before `, a claim Manila did not confirm` and `, a figure that beat forecasts`', () => {
    const a = analyzeText('Release\n\nKanaani said Tehran had helped with the release, a claim Manila did not confirm. Lind said sales rose 5%, a figure that beat forecasts.');
    assert.equal(statement(a, 'Tehran had helped').content.text, 'Tehran had helped with the release');
    assert.equal(statement(a, 'sales rose').content.text, 'sales rose 5%');
  });
});

describe('speakers: a first name given for someone described', () => {
  it('names `Another, who gave only her first name, Rosa,` Rosa, with no role', () => {
    const a = analyzeText('Phones\n\nOne parent, Dana Wells, spoke first. Another, who gave only her first name, Rosa, said she worried about reaching her daughter.');
    assert.equal(speakerOf(a, 'she worried about'), 'Rosa');
    assert.equal(a.speakers.find(s => s.name === 'Rosa')?.role, null);
  });
  it('names `A fisherman, who asked to be identified only by his first name, Tom,` Tom, a fisherman', () => {
    const a = analyzeText('Catch\n\nA fisherman, who asked to be identified only by his first name, Tom, said the catch was down.');
    assert.equal(speakerOf(a, 'the catch was down'), 'Tom');
    assert.equal(a.speakers.find(s => s.name === 'Tom')?.role, 'fisherman');
  });
});

describe('speakers: a body a relative clause with `that` describes', () => {
  it('gives `…, the company that owns the vessel said.` to the company', () => {
    const a = analyzeText('Sailors\n\nThe captain remained in Nairobi for medical checks, the company that owns the vessel said.');
    const s = statement(a, 'The captain remained');
    assert.equal(s.speaker?.name, 'company');
    assert.equal(a.speakers.find(p => p.name === 'company')?.kind, 'organization');
  });
  it('leaves a cue joined to the relative clause’s verb alone (`any company that turns down … or asks them to pay`)', () => {
    const a = analyzeText('Credit\n\nAny company that turns down customers or asks them to pay more is supposed to hand over the score.');
    assert.ok(!a.statements.some(s => s.speaker?.name === 'company' || s.speaker?.name === 'any company'));
  });
});

describe('cues: `declared` with a noun phrase is an act', () => {
  it('reports nothing for `declared a state of emergency`, and the clause of `declared the vote was rigged`', () => {
    const a = analyzeText('Storm\n\nGov. Ron Maddox declared a state of emergency in three parishes. Later, Maddox declared the vote was rigged.');
    assert.ok(!hasStatement(a, 'a state of emergency'));
    assert.equal(speakerOf(a, 'the vote was rigged'), 'Ron Maddox');
  });
});

describe('speakers: a brand’s word in a longer name', () => {
  it('reads `the CME FedWatch tool` as a body’s, and `AshLee Strong` still as a person', () => {
    const a = analyzeText('Rates\n\nTraders are pricing in a 40% chance of a cut, according to the CME FedWatch tool. “We will wait,” said AshLee Strong, a spokeswoman.');
    assert.equal(a.speakers.find(s => s.name === 'CME FedWatch')?.kind, 'organization');
    assert.equal(a.speakers.find(s => s.name === 'AshLee Strong')?.kind, 'person');
  });
});

describe('speakers: people set off by an aside before their verb', () => {
  it('gives `They wrote` to `The researchers, led by Dr. Amina Okoro of the University of Ghana,`', () => {
    const a = analyzeText('Bees\n\nBees learn faster in shade, according to a study published on Wednesday.\n\nThe researchers, led by Dr. Amina Okoro of the University of Ghana, tracked 1,200 bees. They wrote that heat appears to impair the memory of bees.');
    assert.equal(speakerOf(a, 'heat appears to impair'), 'researchers');
  });
});

describe('roles: a student’s year', () => {
  it('gives `Marcus Bell, 17, a senior at Oakdale High` and `a sophomore at …` their roles', () => {
    const a = analyzeText('Phones\n\n“You are treating us like kids,” said Marcus Bell, 17, a senior at Oakdale High. “It is unfair,” said Ana Ruiz, 15, a sophomore at Eastfield High.');
    assert.equal(a.speakers.find(s => s.name === 'Marcus Bell')?.role, 'senior at Oakdale High');
    assert.equal(a.speakers.find(s => s.name === 'Ana Ruiz')?.role, 'sophomore at Eastfield High');
  });
});

describe('speakers: a body named with `for … and …`, and its initials', () => {
  it('reads `the Centers for Disease Control and Prevention` whole, which `the CDC` then means', () => {
    const a = analyzeText('Flu\n\nFlu cases have climbed sharply, the Centers for Disease Control and Prevention said on Friday. The CDC said the vaccine still works.');
    assert.equal(speakerOf(a, 'Flu cases have climbed'), 'Centers for Disease Control and Prevention');
    assert.equal(speakerOf(a, 'the vaccine still works'), 'Centers for Disease Control and Prevention');
    assert.equal(a.speakers.find(s => s.name === 'Centers for Disease Control and Prevention')?.kind, 'organization');
  });
  it('gives `the EPA` to the Environmental Protection Agency named before', () => {
    const a = analyzeText('Wetlands\n\nThe Environmental Protection Agency said it was reviewing the decision. “We will respond,” the EPA said.');
    assert.equal(speakerOf(a, 'We will respond'), 'Environmental Protection Agency');
  });
});

describe('roles: a participle before a title', () => {
  it('gives `…, defeating Democrat Amy Walsh` the role `Democrat`', () => {
    const a = analyzeText('Race\n\nMoreno won the race, defeating Democrat Amy Walsh. Walsh said she was proud of her campaign.');
    assert.equal(a.speakers.find(s => s.name === 'Amy Walsh')?.role, 'Democrat');
  });
});

describe('speakers: whose office `her office` is', () => {
  it('gives `Holt later deleted the post. Her office said …` to Holt’s office, not to the woman quoted last', () => {
    const a = analyzeText('Tariffs\n\nSen. Marcy Holt wrote on X that the tariffs were a tax on families.\n\nPress secretary Karen Lee told reporters on Friday that the tariffs would protect jobs.\n\nHolt later deleted the post. Her office said in a statement that she stands by every word.');
    assert.equal(speakerOf(a, 'she stands by every word'), 'Marcy Holt’s office');
  });
});

describe('cues: `ruled` with a noun phrase is an act', () => {
  it('reports nothing for `ruling 5-4 for an Idaho couple`, and the clause of `ruled the law was unconstitutional`', () => {
    const a = analyzeText('Wetlands\n\nThe Supreme Court limited the power of the agency on Thursday, ruling 5-4 for an Idaho couple who sought to build a house. The judge ruled the law was unconstitutional.');
    assert.ok(!hasStatement(a, '5-4 for an Idaho couple'));
    assert.ok(hasStatement(a, 'the law was unconstitutional'));
  });
});

describe('reported speech: a participle after an inverted frame’s speaker and what is said of them', () => {
  it('gives `said Gwen Talbot, the chief executive of Islandlink, who took over in May, adding that …` to Talbot', () => {
    const a = analyzeText('Ferries\n\n“We know this will hurt,” said Gwen Talbot, the chief executive of Islandlink, who took over the company in May, adding that the cuts would be reviewed in the spring.');
    assert.equal(speakerOf(a, 'the cuts would be reviewed'), 'Gwen Talbot');
    assert.ok(!a.speakers.some(s => s.name === 'Islandlink'));
  });
});

describe('speakers: someone’s kin named before an age', () => {
  it('gives `Her son Sami, 19, works the counter. He says …` to Sami, not the man quoted before', () => {
    const a = analyzeText('Bakery\n\nThe shelter’s director, Owen Pratt, says the donations feed about 40 people a day.\n\nHer son Sami, 19, works the counter after class. He says he isn’t sure he wants to take over.');
    assert.equal(speakerOf(a, 'he isn’t sure'), 'Sami');
  });
});

describe('roles: occupations before a name', () => {
  it('gives `festival programmer`, `Board member` and `Council member` as roles', () => {
    const a = analyzeText('Film\n\n“It is patient,” said festival programmer Alan Cho. Board member Jo Ann Bright said she would call Ortega. Council member Ray Dunn said he agreed with the plan.');
    assert.equal(a.speakers.find(s => s.name === 'Alan Cho')?.role, 'festival programmer');
    assert.equal(a.speakers.find(s => s.name === 'Jo Ann Bright')?.role, 'Board member');
    assert.equal(a.speakers.find(s => s.name === 'Ray Dunn')?.role, 'Council member');
  });
});

describe('cues: a plural before a verb of saying', () => {
  it('reads `Member states said` as the states saying, with no frame of `states`', () => {
    const a = analyzeText('Talks\n\nMember states said the plan was dead.');
    assert.equal(a.statements.length, 1);
    assert.equal(speakerOf(a, 'the plan was dead'), 'Member states');
  });
});

describe('speakers: people a relative clause without a comma describes', () => {
  it('gives `defended the plan against critics who say …` and `met critics who say …` to the critics', () => {
    const a = analyzeText('Budget\n\nMayor Ray Holt defended his budget on Monday against critics who say it shortchanges transit. Later he met parents who say the buses are late.');
    assert.equal(speakerOf(a, 'it shortchanges transit'), 'critics');
    assert.equal(speakerOf(a, 'the buses are late'), 'parents');
  });
  it('keeps people joined by `and` and their modifiers (`both Democrats and independent voters who said`)', () => {
    const a = analyzeText('Poll\n\nThe new poll takes into account both Democrats and independent voters who said they would vote in the primary.');
    assert.equal(speakerOf(a, 'they would vote'), 'both Democrats and independent voters');
  });
});

describe('speakers: `the Honourable` is a form of address', () => {
  it('names `the Honourable Patty Hajdu, Minister of Indigenous Services,` Patty Hajdu, with her post as her role', () => {
    const a = analyzeText('Water\n\nToday, the Honourable Patty Hajdu, Minister of Indigenous Services, announced $120 million for water plants.\n\n“Every community deserves clean water,” said Minister Hajdu.');
    assert.equal(speakerOf(a, 'Every community deserves'), 'Patty Hajdu');
    assert.equal(a.speakers.find(s => s.name === 'Patty Hajdu')?.role, 'Minister of Indigenous Services');
  });
});

describe('speakers: a call sign given in a relative clause', () => {
  it('names `A Ukrainian soldier who gave only his call sign, Bear,` Bear, whom `he` then means', () => {
    const a = analyzeText('Front\n\nA Ukrainian soldier who gave only his call sign, Bear, said his unit had been under shelling for three days. “We don’t sleep,” he said.');
    assert.equal(speakerOf(a, 'his unit had been'), 'Bear');
    assert.equal(speakerOf(a, 'We don’t sleep'), 'Bear');
  });
});

describe('speakers: a person named after a kind of business', () => {
  it('reads `the developer, Victor Pryce,` as a person, and `prosecutor Hannah Moss` with her role', () => {
    const a = analyzeText('Trial\n\nThe developer, Victor Pryce, testified that he had handed Crane envelopes of cash. In closing arguments, prosecutor Hannah Moss told jurors that the case was simple.');
    assert.equal(a.speakers.find(s => s.name === 'Victor Pryce')?.kind, 'person');
    assert.equal(a.speakers.find(s => s.name === 'Hannah Moss')?.role, 'prosecutor');
  });
});

describe('speakers: someone by their age', () => {
  it('gives `The 67-year-old said …` to the one person named with that age, and `the couple` is a group', () => {
    const a = analyzeText('Lottery\n\n“We like our routine,” said Maureen Leduc, 67. Her husband, Paul Leduc, 70, agreed. The couple said they would help their grandchildren.\n\nThe 67-year-old said she checked the ticket four times.');
    assert.equal(speakerOf(a, 'she checked the ticket'), 'Maureen Leduc');
    assert.equal(a.speakers.find(s => s.name === 'couple')?.kind, 'group');
  });
});

describe('reported speech: a phrase after a source inside its sentence', () => {
  it('reports no `in a rare round of layoffs` after `…, according to a memo seen by Reuters,`', () => {
    const a = analyzeText('Apple\n\nApple is cutting several hundred jobs, according to a memo seen by Reuters, in a rare round of layoffs at the iPhone maker.');
    assert.equal(a.statements.length, 1);
    assert.ok(hasStatement(a, 'Apple is cutting'));
  });
});

describe('speakers: `the official` after someone introduced by a longer description', () => {
  it('gives `The official said` to `a senior government official` and `The source said` to `a source close to the union`', () => {
    const a = analyzeText('Border\n\nThe agency will hire 500 officers, a senior government official said on Monday. The official said the hiring would focus on airports.\n\nA source close to the union said members had not been consulted. The source said the union would demand limits.');
    assert.equal(speakerOf(a, 'the hiring would focus'), 'senior government official');
    assert.equal(speakerOf(a, 'the union would demand'), 'source close to the union');
  });
  it('leaves `the official` alone when two officials were introduced', () => {
    const a = analyzeText('Border\n\nA senior government official said the plan was ready. A provincial official said it was not. The official said talks would go on.');
    assert.notEqual(speakerOf(a, 'talks would go on'), 'senior government official');
    assert.notEqual(speakerOf(a, 'talks would go on'), 'provincial official');
  });
});

describe('roles: travellers and patients before a name', () => {
  it('reads `Passenger Laura Finch said` as Laura Finch, a passenger', () => {
    const a = analyzeText('Stranded\n\nPassenger Laura Finch said staff had offered no hotel rooms.');
    assert.equal(speakerOf(a, 'staff had offered'), 'Laura Finch');
    assert.equal(a.speakers.find(s => s.name === 'Laura Finch')?.role, 'Passenger');
  });
});

describe('speakers: a sentence after the quote saying who put it so', () => {
  it('gives `“It’s a start.” That was how opposition critic Jenny Kwan described the plan.` to Kwan', () => {
    const a = analyzeText('Border\n\n“We’ll believe it when we see it,” union president Mark Weber said.\n\n“It’s a start.” That was how opposition critic Jenny Kwan described the plan.');
    assert.equal(speakerOf(a, 'It’s a start'), 'Jenny Kwan');
    assert.equal(statement(a, 'It’s a start').cue?.text, 'described');
  });
  it('gives `“We will win.” That’s how Lee put it.` to Lee', () => {
    const a = analyzeText('Race\n\nAnn Lee spoke on Monday. “We will win.” That’s how Lee put it.');
    assert.equal(speakerOf(a, 'We will win'), 'Ann Lee');
  });
});

describe('speakers: people named together, each with a title', () => {
  it('reads `Ashford Mayor Lisa Grant and Kenton Mayor Ruth Obi said` as the two mayors, named by their names', () => {
    const a = analyzeText('Water\n\nAshford Mayor Lisa Grant and Kenton Mayor Ruth Obi said in a joint statement that the deal would protect both towns.');
    assert.equal(speakerOf(a, 'the deal would protect'), 'Lisa Grant and Ruth Obi');
    assert.ok(!a.speakers.some(s => s.name === 'Kenton Mayor Ruth Obi'));
    assert.equal(a.speakers.find(s => s.name === 'Ruth Obi')?.role, 'Kenton Mayor');
  });
});

describe('speakers: whom `she` means after someone told a listener of another', () => {
  it('gives `Grant told reporters that Obi had called her. “…,” she said` to Grant', () => {
    const a = analyzeText('Water\n\nAshford Mayor Lisa Grant and Kenton Mayor Ruth Obi signed the deal.\n\nGrant told reporters that Obi had called her in May to propose talks. “I almost didn’t pick up,” she said.');
    assert.equal(speakerOf(a, 'I almost didn’t pick up'), 'Lisa Grant');
  });
});

describe('headlines: a speaker named only by a title', () => {
  it('gives `Coach Says Star Will Miss Playoffs` to the coach the story names, and `Senator denies …` to the senator', () => {
    const a = analyzeText('Coach Says Star Will Miss Playoffs\n\nCoach Dan Pryor said on Monday that his star forward would need surgery.');
    assert.equal(a.statements.find(s => s.content.text.startsWith('Star Will Miss'))?.speaker?.name, 'Dan Pryor');
    const b = analyzeText('Senator denies report he will retire\n\nSen. Paul Ricci denied on Friday a report that he planned to retire.');
    assert.equal(b.statements.find(s => s.content.text.startsWith('report he will retire'))?.speaker?.name, 'Paul Ricci');
  });
});

describe('roles: teammates and colleagues', () => {
  it('reads `Teammate Kofi Mensah said` as Kofi Mensah, a teammate', () => {
    const a = analyzeText('Playoffs\n\nTeammate Kofi Mensah said Grant had played through pain for weeks.');
    assert.equal(speakerOf(a, 'Grant had played'), 'Kofi Mensah');
  });
});

describe('speakers: a question quoted before a long name and its cue', () => {
  it('gives `“Is there life beyond Earth?” NASA Administrator Janet Petro told a news conference.` to Petro, with the cue', () => {
    const a = analyzeText('Europa\n\nThe probe sent its first images, the agency said.\n\n“Is there life beyond Earth?” NASA Administrator Janet Petro told a news conference.');
    const s = statement(a, 'Is there life');
    assert.equal(s.speaker?.name, 'Janet Petro');
    assert.equal(s.cue?.text, 'told');
    assert.equal(a.speakers.find(p => p.name === 'Janet Petro')?.role, 'NASA Administrator');
  });
});

describe('speakers: a name set in capitals after an honorific', () => {
  it('reads `MR. HADDAD had never seen snow` as Mr. Haddad, a person, whom `Mr. Haddad said` then names', () => {
    const a = analyzeText('A First Winter\n\nMR. HADDAD had never seen snow.\n\n“I thought it was ash,” Mr. Haddad, 46, said in an interview.');
    assert.equal(speakerOf(a, 'I thought it was ash'), 'Haddad');
    assert.equal(a.speakers.find(s => s.name === 'Haddad')?.kind, 'person');
  });
  it('leaves a place after someone’s possessive alone (`Mrs. Clinton’s Iraq war vote`)', () => {
    const a = analyzeText('Vote\n\nHillary Clinton spoke on Monday. Mrs. Clinton\'s Iraq war vote, which she has repeatedly said was a mistake, is a liability.');
    assert.ok(!a.speakers.some(s => s.name === 'Iraq' && s.kind === 'person'));
  });
});

describe('headlines: a claim, then a place or a body that says it', () => {
  it('reads `…, Seoul says` (the dateline writes SEOUL) and `…, Finance Department says`', () => {
    const a = analyzeText('North Korea fires missile, Seoul says\n\nSEOUL (Reuters) - North Korea fired a missile on Sunday, South Korea\'s military said.');
    assert.equal(a.statements.find(s => s.content.text === 'North Korea fires missile')?.speaker?.name, 'Seoul');
    const b = analyzeText('Budget will not balance until 2040, Finance Department says\n\nThe budget will not balance for two decades, the department said.');
    assert.equal(b.statements.find(s => s.content.text.startsWith('Budget will not'))?.speaker?.name, 'Finance Department');
  });
});

describe('speakers: the Joint Chiefs of Staff', () => {
  it('reads the body named `Joint Chiefs of Staff` whole', () => {
    const a = analyzeText('Missile\n\nThe Joint Chiefs of Staff said the missile flew about 1,000 km before landing.');
    assert.equal(speakerOf(a, 'the missile flew'), 'Joint Chiefs of Staff');
  });
});

describe('reported speech: a subject clause extraposed across the frame', () => {
  it('reports `It is no surprise, Mr. Garin said, that voters are angry` as one statement', () => {
    const a = analyzeText('Voters\n\nIt is no surprise, Mr. Garin said, that voters are angry.');
    assert.equal(a.statements.length, 1);
    assert.equal(a.statements[0].content.text, 'It is no surprise, Mr. Garin said, that voters are angry');
    assert.equal(a.statements[0].speaker?.name, 'Garin');
  });
  it('still reports two clauses across `It is raining, he said, and the road is closed`', () => {
    const a = analyzeText('Storm\n\nJo Lee drove home. It is raining, she said, and the road is closed.');
    assert.ok(hasStatement(a, 'It is raining'));
    assert.ok(hasStatement(a, 'the road is closed'));
  });
});

describe('speakers: a list of reactions, each a name before a colon', () => {
  it('gives `- Finance Minister Carla Ruiz: “…”` to Carla Ruiz', () => {
    const a = analyzeText('Budget\n\nReaction was swift on Thursday.\n\n- Finance Minister Carla Ruiz: "This budget protects families without raising taxes."\n\n- Opposition leader Ben Tam: "It\'s a budget of missed chances."');
    assert.equal(speakerOf(a, 'This budget protects'), 'Carla Ruiz');
    assert.equal(speakerOf(a, 'It\'s a budget of missed'), 'Ben Tam');
  });
});

describe('roles: a body named with `of` before a title', () => {
  it('gives `Chamber of Commerce president Ida Walsh` the whole role', () => {
    const a = analyzeText('Budget\n\nChamber of Commerce president Ida Walsh said the plan was a step in the right direction.');
    assert.equal(a.speakers.find(s => s.name === 'Ida Walsh')?.role, 'Chamber of Commerce president');
  });
});

describe('cues: signalling, and what a speaker declined to say after `and`', () => {
  it('reports `… but signalled that cuts could come later this year` for the bank, and nothing for `signalled its intention`', () => {
    const a = analyzeText('Rates\n\nThe Bank of Canada held its key rate on Wednesday but signalled that cuts could come later this year. The company signalled its intention to sell the unit.');
    assert.equal(speakerOf(a, 'cuts could come later'), 'Bank of Canada');
    assert.ok(!hasStatement(a, 'its intention'));
  });
  it('ends `noted that the bank is independent and declined to comment further` before `and declined`', () => {
    const a = analyzeText('Rates\n\nFinance Minister Chrystia Freeland noted that the bank is independent and declined to comment further.');
    assert.equal(statement(a, 'the bank is independent').content.text, 'the bank is independent');
  });
});

describe('reported speech: a show’s title in quotation marks', () => {
  it('reports past `told CNN’s Jake Tapper on “State of the Union” that …` and `told NBC’s “Meet the Press” on Sunday that …`', () => {
    const a = analyzeText('Sunday shows\n\nLee told CNN\'s Jake Tapper on "State of the Union" that she was confident in the vote. Senator Ann Lee told NBC\'s "Meet the Press" on Sunday that the bill would pass.');
    assert.equal(statement(a, 'she was confident').content.text, 'she was confident in the vote');
    assert.equal(statement(a, 'the bill would pass').content.text, 'the bill would pass');
    assert.ok(!hasStatement(a, 'State of the Union') && !hasStatement(a, 'Meet the Press'));
  });
  it('gives `Lee, appearing on ABC’s “This Week,” said …` to Lee', () => {
    const a = analyzeText('Sunday shows\n\nAnn Lee, appearing on ABC\'s "This Week," said the vote was close.');
    assert.equal(speakerOf(a, 'the vote was close'), 'Ann Lee');
  });
});

describe('roles: players’ positions', () => {
  it('reads `Closer Clay Holmes` and `said shortstop Bo Bichette` with their positions as roles', () => {
    const a = analyzeText('Jays win\n\nCloser Clay Holmes, who blew his third save, took the blame. “That’s on me,” Holmes said. “We battled,” said shortstop Bo Bichette.');
    assert.equal(a.speakers.find(s => s.name === 'Clay Holmes')?.role, 'Closer');
    assert.equal(a.speakers.find(s => s.name === 'Bo Bichette')?.role, 'shortstop');
  });
});

describe('cues: quoted as saying', () => {
  it('gives `Putin was quoted as saying by the RIA news agency that …`, `… was quoted by Interfax as saying …` and `“…,” Putin was quoted as saying.` to the one quoted', () => {
    const a = analyzeText('Moscow\n\nPutin was quoted as saying by the RIA news agency that Russia would respond. The minister was quoted by Interfax as saying that talks would resume.\n\n“We will respond in kind,” Putin was quoted as saying.');
    assert.equal(speakerOf(a, 'Russia would respond'), 'Putin');
    assert.equal(speakerOf(a, 'talks would resume'), 'minister');
    assert.equal(speakerOf(a, 'We will respond in kind'), 'Putin');
  });
});

describe('reported speech: what a speaker recalls saying', () => {
  it('reports `recalled telling her staff that the plan was dead` from the clause after `that`', () => {
    const a = analyzeText('Plan\n\nAnn Lee recalled telling her staff that the plan was dead.');
    assert.equal(statement(a, 'the plan was dead').content.text, 'the plan was dead');
  });
});

describe('speakers: an interview in questions and answers marked with periods', () => {
  it('gives each `A.` answer to the interviewee, and takes no `Q. Will` for a name', () => {
    const a = analyzeText('Q&A: Why your rent keeps rising\n\nHousing economist Dr. Lena Park has studied rents for 20 years. We asked her what is going on.\n\nQ. Why are rents rising so fast?\n\nA. We have not built enough homes for a decade.\n\nQ. Will it get better?\n\nA. Slowly. It takes years to catch up.');
    assert.equal(speakerOf(a, 'We have not built enough'), 'Lena Park');
    assert.equal(speakerOf(a, 'Slowly.'), 'Lena Park');
    assert.equal(statement(a, 'Slowly.').content.text, 'Slowly. It takes years to catch up.');
  });
});

describe('speakers: the rest of a quote split around a short aside, and a remark owned after it', () => {
  it('keeps `“The thing is,” she paused, “nobody asked us.”` whole, both parts hers', () => {
    const a = analyzeText('Plan\n\nAnn Lee spoke on Monday. "The thing is," she paused, "nobody asked us."');
    const s = statement(a, 'nobody asked us.');
    assert.equal(s.kind, 'direct');
    assert.equal(s.speaker?.name, 'Ann Lee');
  });
  it('gives `“No,” was Lee’s answer.` and `“Never,” was his reply.` to their owners', () => {
    const a = analyzeText('Plan\n\nAnn Lee spoke on Monday. Tom Ray spoke too. "No," was Lee\'s answer. "Never," was his reply.');
    assert.equal(speakerOf(a, 'No,'), 'Ann Lee');
    assert.equal(speakerOf(a, 'Never,'), 'Tom Ray');
  });
});

describe('cues: `per` naming a source', () => {
  it('reads `…, per a memo obtained by Axios.` and `Per the report, …` as according to them, and leaves rates alone', () => {
    const a = analyzeText('Cuts\n\nThe company will cut 300 jobs, per a memo obtained by Axios. Per the report, the agency missed 40% of its targets. Gas costs $4 per gallon in the city.');
    assert.equal(statement(a, 'The company will cut').cue?.text, 'per');
    assert.equal(speakerOf(a, 'the agency missed'), 'report');
    assert.ok(!a.statements.some(s => s.cue?.text === 'per' && s.content.text.includes('gallon')));
  });
});

describe('cues: words quoted before a cue joined with `and`', () => {
  it('gives `called the error “embarrassing and unacceptable” and said …` the cue `called`', () => {
    const a = analyzeText('Diplomas\n\nBoard chair Nora Blake called the error "embarrassing and unacceptable" and said new diplomas would be mailed within two weeks.');
    assert.equal(statement(a, 'embarrassing and unacceptable').cue?.text, 'called');
    assert.equal(statement(a, 'new diplomas would be mailed').cue?.text, 'said');
  });
});

describe('speakers: `the board` after a body named by that noun', () => {
  it('gives `The board said` to `The Greenview School Board` named before, though it had not spoken', () => {
    const a = analyzeText('Diplomas\n\nThe Greenview School Board apologized on Friday. The board said it would review its contract with the printer.');
    assert.equal(speakerOf(a, 'it would review its contract'), 'Greenview School Board');
  });
  it('gives `the board` to the body named last before it, not to one named after', () => {
    const a = analyzeText('Votes\n\nThe Illinois Board of Elections met on Monday. The board said the candidate was eligible.\n\nLater, the Ohio Board of Elections met too.');
    assert.equal(speakerOf(a, 'the candidate was eligible'), 'Illinois Board of Elections');
  });
});

describe('speakers: a numbered local', () => {
  it('reads `Unifor Local 444 said` and `The Amalgamated Transit Union Local 1505, which represents 1,400 drivers, said` with the number', () => {
    const a = analyzeText('Strike\n\nUnifor Local 444 said talks had broken down. The Amalgamated Transit Union Local 1505, which represents 1,400 drivers and mechanics, said the strike would continue.');
    assert.equal(speakerOf(a, 'talks had broken down'), 'Unifor Local 444');
    assert.equal(speakerOf(a, 'the strike would continue'), 'Amalgamated Transit Union Local 1505');
  });
});

describe('speakers: a frame asking a question before the quote', () => {
  it("gives `Mr. Bush tells voters who wonder why he cannot … that he ''wasn't brought up that way.''` to Bush", () => {
    const a = analyzeText("Bush\n\nJeb Bush spoke in Iowa. Mr. Bush tells voters who wonder why he cannot summon Mr. Trump's fury that he ''wasn't brought up that way.''");
    assert.equal(speakerOf(a, "wasn't brought up that way."), 'Jeb Bush');
  });
});

describe('speakers: records obtained by someone', () => {
  it('gives `according to records obtained by the Tribune` to the records, a document, not to the paper', () => {
    const a = analyzeText('Garage\n\nInspectors warned for years that the concrete was crumbling, according to records obtained by the Tribune.');
    const s = statement(a, 'Inspectors warned for years');
    assert.equal(s.speaker?.name, 'records obtained by the Tribune');
    assert.equal(a.speakers.find(p => p.id === s.speaker?.id)?.kind, 'unknown');
  });
});

describe('speakers: a name ending in an adverb', () => {
  it('reads `Rail Safety Now said` and `USA Today reported` as bodies that spoke', () => {
    const a = analyzeText('Rail bill\n\nRail Safety Now said the bill did not go far enough. USA Today reported that the vote would be delayed.');
    assert.equal(speakerOf(a, 'the bill did not go far enough'), 'Rail Safety Now');
    assert.equal(speakerOf(a, 'the vote would be delayed'), 'USA Today');
    assert.equal(a.speakers.find(s => s.name === 'Rail Safety Now')?.kind, 'organization');
  });

  it('keeps `Mayor Now Says` in a headline no name and `Yin Myint May, 60, a doctor,` a person', () => {
    const a = analyzeText('Mayor Now Says Bridge Will Reopen\n\nYin Myint May, 60, a doctor, said she was elated. Mayor Ruth Obi spoke on Monday.');
    assert.equal(a.speakers.find(s => s.name === 'Yin Myint May')?.kind, 'person');
    assert.ok(!a.speakers.some(s => s.name === 'Mayor Now'));
  });
});

describe('speakers: people named together, each with an appositive', () => {
  it('gives `Ann Smith, the mayor, and Tom Jones, the police chief, said` to both, each with their role', () => {
    const a = analyzeText('Road\n\nAnn Smith, the mayor, and Tom Jones, the police chief, said the road would stay closed until Friday. Ada Wu, 54, and Li Chen, 61, said they would stay.');
    assert.equal(speakerOf(a, 'the road would stay closed'), 'Ann Smith and Tom Jones');
    assert.equal(speakerOf(a, 'they would stay'), 'Ada Wu and Li Chen');
    assert.equal(a.speakers.find(s => s.name === 'Ann Smith')?.role, 'mayor');
    assert.equal(a.speakers.find(s => s.name === 'Tom Jones')?.role, 'police chief');
  });

  it('keeps names after a preposition out of the subject (`signed by Ann Smith, the mayor, and Tom Jones, …, who said`)', () => {
    const a = analyzeText('Deal\n\nThe deal was signed by Ann Smith, the mayor, and Tom Jones, the police chief, who said it was fair.');
    assert.equal(speakerOf(a, 'it was fair'), 'Tom Jones');
  });
});

describe('speakers: verbs that attribute only right after a quote', () => {
  it('gives `“Not bad,” offered Ann Lee`, `“…,” she volunteered` and `“…,” Ann Lee interjected` to Ann Lee, with the verb as the cue', () => {
    const a = analyzeText('Pie\n\n"Not bad at all," offered Ann Lee, a retired teacher. "It could be worse," she volunteered. "Maybe," Ann Lee interjected.');
    for (const words of ['Not bad at all', 'It could be worse', 'Maybe']) assert.equal(speakerOf(a, words), 'Ann Lee');
    assert.equal(statement(a, 'Not bad at all').cue?.text, 'offered');
    assert.equal(statement(a, 'It could be worse').cue?.text, 'volunteered');
  });

  it('reads nothing said in `it offered no solutions` or `who volunteered at the shelter`', () => {
    const a = analyzeText('Shelter\n\nThe plan offered no solutions to the shortage. Lee, who volunteered at the shelter, said the beds were full.');
    assert.deepEqual(a.statements.map(s => s.cue?.text), ['said']);
  });
});

describe('speakers: narration going on about someone by `he` or `she`', () => {
  it('gives a quote with no cue to the person the paragraphs before it narrate by `she`', () => {
    const a = analyzeText('Judge\n\nWhen Justice Helen Quist took her seat in 1984, she was one of three women judges.\n\nOn Friday, she heard her last case.\n\nIn an interview in her chambers, she spoke at length about the changes.\n\n"When I started, the courtroom was a very formal place."');
    assert.equal(speakerOf(a, 'When I started'), 'Helen Quist');
  });

  it('leaves such a quote without a speaker when `he` narrates someone else', () => {
    const a = analyzeText('Judge\n\nWhen Justice Helen Quist took her seat in 1984, she was one of three women judges.\n\nOn Friday, he heard his last case.\n\nIn an interview, he spoke at length about the changes.\n\n"When I started, the courtroom was a very formal place."');
    assert.notEqual(speakerOf(a, 'When I started'), 'Helen Quist');
  });

  it('gives `“…,” remembered Roy Vell` and `“…,” she emailed her daughter` to the one after the quote', () => {
    const a = analyzeText('Email\n\n"They said no, and she proved them wrong," remembered Roy Vell, a former spokesman.\n\nAna Lee wrote to her daughter. "I am so ready to work on this," she emailed her daughter in 2012.');
    assert.equal(speakerOf(a, 'They said no'), 'Roy Vell');
    assert.equal(statement(a, 'I am so ready').cue?.text, 'emailed');
  });
});

describe('speakers: a body that `which` stands for', () => {
  it('gives `funded by the Nordic Brain Foundation, which said in a statement that …` to the foundation and `a request by The Tribune, which argued that …` to the paper', () => {
    const a = analyzeText('Trial\n\nThe study was funded by the Nordic Brain Foundation, which said in a statement that it would fund a follow-up trial. The order came after a request by The Tribune, which argued that the files were public.');
    assert.equal(speakerOf(a, 'it would fund a follow-up trial'), 'Nordic Brain Foundation');
    assert.equal(speakerOf(a, 'the files were public'), 'Tribune');
  });

  it('reads no speaker from a thing `which` stands for that is no body (`along the river, which seemed to say …`)', () => {
    const a = analyzeText('Walk\n\nWe walked along the old river, which said nothing about the drought that had emptied it.');
    assert.equal(a.statements.length, 0);
  });
});

describe('speakers: a place before `County`, `State` or a party in a body’s name', () => {
  it('reads `Sen. Abe Lindqvist\'s campaign manager, Jeff Wexler, said` and `Acme Water’s boss, Neil Ashcroft, said` as the named person', () => {
    const a = analyzeText('Schedule\n\nSen. Abe Lindqvist\'s campaign manager, Jeff Wexler, told reporters that the schedule was rigged. ' +
      'Acme Water’s boss, Neil Ashcroft, said the pipes were old. In mitigation, Sean Doherty’s barrister, Mia Ashcroft, said her client was sorry.');
    assert.equal(speakerOf(a, 'the schedule was rigged'), 'Jeff Wexler');
    assert.equal(a.speakers.find(s => s.name === 'Jeff Wexler')?.role, 'Sen. Abe Lindqvist\'s campaign manager');
    assert.equal(speakerOf(a, 'the pipes were old'), 'Neil Ashcroft');
    assert.equal(speakerOf(a, 'her client was sorry'), 'Mia Ashcroft');
  });

  it('reads a person described somewhere as the speaker, not the place: `A longtime GOP operative in Iowa said`', () => {
    const a = analyzeText('Caucus\n\nA longtime GOP operative in Iowa said the base does not trust him. One machinist in Toledo told the paper the plant would close. ' +
      'The Rev. Thomas Eklund of Grace Fellowship Church in Waterloo said he had told his congregation to vote. ' +
      'A diplomat from a Nordic country, who spoke on condition of anonymity, said several capitals feared a collapse. ' +
      'A senior official at a donor agency, speaking on condition of anonymity, said the aid was stuck.');
    assert.equal(speakerOf(a, 'the base does not trust him'), 'longtime GOP operative in Iowa');
    assert.equal(speakerOf(a, 'the plant would close'), 'One machinist in Toledo');
    assert.equal(speakerOf(a, 'he had told his congregation'), 'Thomas Eklund');
    assert.equal(speakerOf(a, 'several capitals feared'), 'diplomat from a Nordic country');
    assert.equal(speakerOf(a, 'the aid was stuck'), 'senior official at a donor agency');
    assert.ok(!a.speakers.some(s => s.name === 'Iowa' || s.name === 'Toledo'), 'no place speaks');
  });

  it('reads papers, research firms, pollsters and bodies a relative `which` or a kind in apposition marks as organizations', () => {
    const a = analyzeText('Polls\n\nThe Capitol Ledger reported that the deal was dead. The newspaper said the mayor knew. ' +
      'Ridgeway Research found that 61 percent backed him. The Pew Research Center found that most voters were unsure. Gallup found that 40 percent approved. ' +
      'Unison, which represents healthcare assistants, said the pay offer was an insult. Crisis, another homelessness charity, said the figures were shocking.');
    const kindOf = (words: string) => speakerRecordOf(a, words);
    assert.deepEqual([kindOf('the deal was dead')?.name, kindOf('the deal was dead')?.kind], ['Capitol Ledger', 'organization']);
    assert.equal(speakerOf(a, 'the mayor knew'), 'Capitol Ledger', '`the newspaper` is the paper named before');
    assert.equal(kindOf('61 percent backed him')?.kind, 'organization');
    assert.equal(speakerOf(a, 'most voters were unsure'), 'Pew Research Center');
    assert.equal(kindOf('40 percent approved')?.kind, 'organization');
    assert.equal(kindOf('the pay offer was an insult')?.kind, 'organization');
    assert.equal(kindOf('the figures were shocking')?.kind, 'organization');
  });

  it('reads roles with a qualifier that could be a verb, or a capitalised name with `of`, before the head', () => {
    const a = analyzeText('Vote\n\nThe APU\'s state chairman, Abdullahi Garko, said the count was rigged. ' +
      '"It was rigged," said Laetitia Bader, the group\'s Horn of Africa director. Rashad Robinson, Color of Change\'s executive director, said the boycott would go on.');
    const roleOf = (words: string) => speakerRecordOf(a, words)?.role;
    assert.equal(roleOf('the count was rigged'), 'the APU\'s state chairman');
    assert.equal(roleOf('It was rigged'), 'the group\'s Horn of Africa director');
    assert.equal(roleOf('the boycott would go on'), 'Color of Change\'s executive director');
  });

  it('reads an appositive name with a title of its own or words describing the person, and `accepted that` as a cue', () => {
    const a = analyzeText('Court\n\nThe judge, Mr Justice Carrow, told the jury they must decide on the evidence. ' +
      'Its founder, local angler Colin Pascoe, said the company had made profits. Garda Sinéad Moloney accepted that the man had put down the knife. ' +
      'Ann Lee accepted the award on Monday.');
    assert.equal(speakerOf(a, 'they must decide on the evidence'), 'Carrow');
    assert.equal(speakerOf(a, 'the company had made profits'), 'Colin Pascoe');
    assert.equal(speakerOf(a, 'the man had put down the knife'), 'Sinéad Moloney');
    assert.ok(!a.statements.some(s => s.cue?.text === 'accepted' && s.content.text.startsWith('the award')), 'accepting a thing reports nothing');
  });

  it('reads one name set off by commas after a title opening the sentence as the speaker: `The governor, Juliyanto, said`', () => {
    const a = analyzeText('Volcano\n\nThe governor, Juliyanto, said residents would be moved. "Life is more important," he said. ' +
      'The regional head of Karanganyar, Wiratmaja, said the roads were open. The city, Surakarta, said nothing.');
    assert.equal(speakerOf(a, 'residents would be moved'), 'Juliyanto');
    assert.equal(a.speakers.find(s => s.name === 'Juliyanto')?.role, 'governor');
    assert.equal(speakerOf(a, 'Life is more important'), 'Juliyanto');
    assert.equal(speakerOf(a, 'the roads were open'), 'Wiratmaja');
  });

  it('reads the person of a party on some side and a body somewhere as the speaker, not the party or the place', () => {
    const a = analyzeText('Seeds\n\nLawmaker Han Min-jung of the opposition Democratic Renewal Party said she would propose a bill. ' +
      'The Andean Tuber Conservancy in Lima, which holds more than 4,000 varieties, said the seeds were safe.');
    assert.equal(speakerOf(a, 'she would propose a bill'), 'Han Min-jung');
    assert.equal(a.speakers.find(s => s.name === 'Han Min-jung')?.role, 'Lawmaker');
    const body = speakerRecordOf(a, 'the seeds were safe');
    assert.deepEqual([body?.name, body?.kind], ['Andean Tuber Conservancy', 'organization']);
  });

  it('gives the post in apposition as the role over a rank or honorific alone before the name, and reads `Brig. Gen.` as one rank', () => {
    const a = analyzeText('Strikes\n\n"The strikes will stop," said Brig. Gen. Khalil Al-Masri, a spokesman for the Qasrini army. ' +
      'Col. Lee Sung-hoon, a spokesperson for the Joint Chiefs, told reporters the launch failed. Rev. William Barber, president of the Carolina NAACP, said the rolls were purged. ' +
      'Col. Park Min-jae told reporters the drills would go on.');
    const roleOf = (words: string) => speakerRecordOf(a, words)?.role;
    assert.equal(speakerOf(a, 'The strikes will stop'), 'Khalil Al-Masri');
    assert.equal(roleOf('The strikes will stop'), 'spokesman for the Qasrini army');
    assert.equal(roleOf('the launch failed'), 'spokesperson for the Joint Chiefs');
    assert.equal(roleOf('the rolls were purged'), 'president of the Carolina NAACP');
    assert.equal(roleOf('the drills would go on'), 'Col.', 'a rank is still a role when nothing says more');
  });

  it('reads Irish and British titles before a name and letters after it as no part of the name', () => {
    const a = analyzeText('Housing\n\nTaoiseach Declan Fitzmaurice said the plan was fair. Labour TD Niamh Curran said it was not. ' +
      'Prosecutor Jonathan Ashby KC told the jury the attack was planned. Mr Ashby said the knife was found. Graeme Lindsay MSP said the plan was late. ' +
      'Garda Sinéad Moloney told the court she saw the knife. Garda Moloney said it was dark.');
    const named = (words: string) => speakerRecordOf(a, words);
    assert.deepEqual([named('the plan was fair')?.name, named('the plan was fair')?.role], ['Declan Fitzmaurice', 'Taoiseach']);
    assert.deepEqual([named('it was not')?.name, named('it was not')?.role], ['Niamh Curran', 'Labour TD']);
    assert.equal(named('the attack was planned')?.name, 'Jonathan Ashby');
    assert.equal(statement(a, 'the knife was found').speaker?.id, named('the attack was planned')?.id, '`Mr Ashby` is the KC');
    assert.equal(named('the plan was late')?.name, 'Graeme Lindsay');
    assert.equal(statement(a, 'it was dark').speaker?.id, named('she saw the knife')?.id, '`Garda Moloney` is Garda Sinéad Moloney');
  });

  it('reads an accusation as reported speech: whom the speaker accused of what', () => {
    const a = analyzeText('Debate\n\nSen. Mark Castellano accused Mr. Whitford of peddling a fantasy to frustrated voters. ' +
      'The opposition accused the administration of acting too late, and the minister left. The United States has not publicly accused Russia of the hack. ' +
      '"Do they read?" said Bob Mulholland, a superdelegate and Clinton supporter who has accused Sanders supporters of harassing his peers. "I blame him," he said. ' +
      'The man accused of stabbing him said he was innocent.');
    assert.equal(statement(a, 'Mr. Whitford of peddling').content.text, 'Mr. Whitford of peddling a fantasy to frustrated voters');
    assert.equal(speakerOf(a, 'Mr. Whitford of peddling'), 'Mark Castellano');
    assert.equal(statement(a, 'the administration of acting').content.text, 'the administration of acting too late');
    assert.ok(!hasStatement(a, 'Russia of the hack'), 'an accusation not made is no statement');
    assert.equal(speakerOf(a, 'Sanders supporters of harassing'), 'Bob Mulholland', 'the name the descriptions joined by `and` are in apposition to');
    assert.equal(speakerOf(a, 'I blame him'), 'Bob Mulholland');
    assert.ok(!a.statements.some(s => s.cue?.text === 'accused' && s.content.text.startsWith('of stabbing')), 'a man accused of something accuses no one');
  });

  it('reads a body named with a title word and a place after `of` whole: `the Criminal Defence Lawyers\' Association of Saskatchewan`', () => {
    const a = analyzeText('Bail\n\nThe case was brought by the Criminal Defence Lawyers\' Association of Westmark, which argued the law violated the Charter. ' +
      'Defence Minister Ann Lee of Westmark said the law was sound.');
    const body = speakerRecordOf(a, 'the law violated the Charter');
    assert.equal(body?.name, 'Criminal Defence Lawyers\' Association of Westmark');
    assert.equal(body?.kind, 'organization');
    assert.equal(speakerOf(a, 'the law was sound'), 'Ann Lee', 'a minister of a place keeps her title as a role');
  });

  it('reads `WHO` in capitals as the World Health Organization, and `who` still as a relative pronoun', () => {
    const a = analyzeText('Outbreak\n\nThe WHO said the risk at the global level remained low. At least 1,840 cases were reported, ' +
      'WHO Director-General Tedla Alemu told a news conference. Officials who visited the camp said the wells were dry.');
    const who = speakerRecordOf(a, 'the risk at the global level');
    assert.equal(who?.name, 'WHO');
    assert.equal(who?.kind, 'organization');
    assert.equal(speakerOf(a, 'At least 1,840 cases'), 'Tedla Alemu');
    assert.equal(speakerOf(a, 'the wells were dry'), 'Officials');
  });

  it('reads `Eastshire County Council said`, `of Grantham State University said` and `The Ontario Liberal Party said` whole', () => {
    const a = analyzeText('Dig\n\nThe hoard was found during work on a new road, Eastshire County Council said on Monday. Oren Blackwood of Grantham State University said the coins were Roman. The Ontario Liberal Party said it would run a candidate.');
    assert.equal(speakerOf(a, 'The hoard was found during work on a new road'), 'Eastshire County Council');
    assert.equal(speakerOf(a, 'the coins were Roman'), 'Oren Blackwood');
    assert.equal(speakerOf(a, 'it would run a candidate'), 'Ontario Liberal Party');
  });
});

describe('speakers: one word named after kin or a kind of body described at length', () => {
  it('gives `Her daughter, Camille, said` to Camille and `The electricity network operator, GridWest, warned customers to …` to GridWest', () => {
    const a = analyzeText('Release\n\nHer daughter, Camille, said the family had been told of the release only hours before. The electricity network operator, GridWest, warned customers to prepare for power cuts.');
    assert.equal(speakerOf(a, 'the family had been told of the release'), 'Camille');
    assert.equal(speakerOf(a, 'customers to prepare for power cuts'), 'GridWest');
    assert.equal(a.speakers.find(s => s.name === 'Camille')?.role, 'her daughter');
  });
});

describe('speakers: a title or a document after the quote it attributes', () => {
  it('gives `“…,” the detective said` to the detective and `“…,” the suit says` to the suit', () => {
    const a = analyzeText('Jewels\n\n"Someone out there knows where these pieces are," the detective said.\n\n"Quickcart has built its business on the backs of workers," the suit says.');
    assert.equal(speakerOf(a, 'Someone out there knows'), 'detective');
    assert.equal(speakerOf(a, 'Quickcart has built its business'), 'suit');
    assert.equal(statement(a, 'Quickcart has built its business').cue?.text, 'says');
  });
});

describe('roles: more occupations before a name', () => {
  it('reads `Substitute Chidi Okafor`, `Painter Josephine Hart`, `Plaintiff Ann Ruiz` and `head keeper Lucinda Hale` as roles and names', () => {
    const a = analyzeText('Day\n\nSubstitute Chidi Okafor scored twice. "It was a dream," Okafor said. Painter Josephine Hart, who rents a studio, said rents had doubled. Plaintiff Ann Ruiz said she was fired. "They are thriving," said head keeper Lucinda Hale.');
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.equal(role('Chidi Okafor'), 'Substitute');
    assert.equal(role('Josephine Hart'), 'Painter');
    assert.equal(role('Ann Ruiz'), 'Plaintiff');
    assert.equal(role('Lucinda Hale'), 'head keeper');
  });

  it('reads `Athletic boss Graham Lindqvist was furious …, arguing that …` as his, with his role', () => {
    const a = analyzeText('Derby\n\nAthletic boss Graham Lindqvist was furious about the stoppage-time winner, arguing that Okafor had fouled his goalkeeper.');
    assert.equal(speakerOf(a, 'Okafor had fouled his goalkeeper'), 'Graham Lindqvist');
    assert.equal(a.speakers.find(s => s.name === 'Graham Lindqvist')?.role, 'Athletic boss');
  });

  it('reads `Special counsel Robert Mueller` and `Crown counsel Bernard Lafreniere` with their roles', () => {
    const a = analyzeText('Inquiry\n\nSpecial counsel Robert Mueller said the inquiry was done. Crown counsel Bernard Lafreniere said the sentence was fair.');
    assert.equal(a.speakers.find(s => s.name === 'Robert Mueller')?.role, 'Special counsel');
    assert.equal(a.speakers.find(s => s.name === 'Bernard Lafreniere')?.role, 'Crown counsel');
  });
});

describe('speakers: `its` in a reported clause with a subject of its own', () => {
  it('keeps `Chen` a person in `Chen said the lander had come down 300 metres from its target`, and `Veltrix said its sales fell` a body', () => {
    const a = analyzeText('Moon\n\nChen said the lander had come down about 300 metres from its target. Veltrix said its sales fell.');
    assert.equal(a.speakers.find(s => s.name === 'Chen')?.kind, 'person');
    assert.equal(a.speakers.find(s => s.name === 'Veltrix')?.kind, 'organization');
  });
});

describe('speakers: a relative pronoun as the words that introduce a statement', () => {
  it('gives `who` and `which` as the mention of `…, who said` and `…, which argued`, with the name they stand for', () => {
    const a = analyzeText('Deal\n\nThe deal was signed by Tom Jones, the police chief, who said it was fair. The order came after a request by The Tribune, which argued that the files were public.');
    const fair = statement(a, 'it was fair');
    assert.equal(fair.speaker?.name, 'Tom Jones');
    assert.equal(fair.speaker?.mention?.text, 'who');
    const files = statement(a, 'the files were public');
    assert.equal(files.speaker?.name, 'Tribune');
    assert.equal(files.speaker?.mention?.text, 'which');
  });
});

describe('speakers: a title of several nouns after an inverted cue', () => {
  it('reads `said the Met Office’s chief meteorologist, Fionnuala Breathnach` as her and `said one former senior agency official` whole', () => {
    const a = analyzeText('Rain\n\n"It will take weeks," said the Met Office\'s chief meteorologist, Fionnuala Breathnach.\n\n"Did he lose 20 minutes? Probably," said one former senior agency official.');
    assert.equal(speakerOf(a, 'It will take weeks'), 'Fionnuala Breathnach');
    assert.equal(speakerOf(a, 'Did he lose 20 minutes'), 'one former senior agency official');
  });
});

describe('speakers: bodies named with a preposition or a title word inside', () => {
  it('reads `Medics Without Walls`, `Mothers Against Drunk Driving`, `The Immigrant Justice Project` and `The Senior Citizens Council` whole, as bodies', () => {
    const a = analyzeText('Aid\n\nMedics Without Walls said in a statement that it had suspended operations. Mothers Against Drunk Driving said the law was weak. The Immigrant Justice Project estimated that 4,000 people were waiting. The Senior Citizens Council said the buses were late.');
    const spoke = (words: string) => { const s = statement(a, words); return [s.speaker?.name, a.speakers.find(p => p.id === s.speaker?.id)?.kind]; };
    assert.deepEqual(spoke('it had suspended operations'), ['Medics Without Walls', 'organization']);
    assert.deepEqual(spoke('the law was weak'), ['Mothers Against Drunk Driving', 'organization']);
    assert.deepEqual(spoke('4,000 people were waiting'), ['Immigrant Justice Project', 'organization']);
    assert.deepEqual(spoke('the buses were late'), ['Senior Citizens Council', 'organization']);
  });

  it('gives `the zoo said` to the zoo named before', () => {
    const a = analyzeText('Cubs\n\nThe Marrowfield Zoo welcomed two snow leopard cubs in May. Now they are thriving, the zoo said on Thursday.');
    assert.equal(speakerOf(a, 'they are thriving'), 'Marrowfield Zoo');
  });
});

describe('speakers: sources cut where a relative clause or a participle says more', () => {
  it('gives `a figure analysts said they would want to verify` to the analysts, and keeps `A dozen analysts said`', () => {
    const a = analyzeText('Chip\n\nThe chip is 40% faster, a figure analysts said they would want to verify. A dozen analysts said the price was too high.');
    assert.equal(speakerOf(a, 'they would want to verify'), 'analysts');
    assert.equal(speakerOf(a, 'the price was too high'), 'dozen analysts');
  });

  it('ends a named source after `according to` before a participle saying when (`… released Thursday`), not before one naming its maker', () => {
    const a = analyzeText('Poll\n\nThe two are locked in a dead heat, according to a poll by the Cassidy Research Institute released Thursday. Violent crime fell by a fifth last year, according to figures released Monday by the ministry.');
    assert.equal(speakerOf(a, 'The two are locked in a dead heat'), 'Cassidy Research Institute');
    assert.equal(speakerOf(a, 'Violent crime fell by a fifth'), 'ministry');
  });
});

describe('roles: a description before a name in apposition', () => {
  it('reads `Her deputy`, `Another analyst` without `Another`, and the body after the name (`Dmitri Lazaro of Greystone Research,`)', () => {
    const a = analyzeText("Vote\n\nHer deputy, Lorna McTavish, conceded that the vote was lost. Another analyst, Dmitri Lazaro of Greystone Research, predicted that prices would fall. One attendee, Kayla Brooks, said it was loud.");
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.equal(role('Lorna McTavish'), 'her deputy');
    assert.equal(role('Dmitri Lazaro'), 'analyst of Greystone Research');
    assert.equal(role('Kayla Brooks'), 'attendee');
  });
});

describe('speakers: the people of a body described at length', () => {
  it('gives `The leaders of the province’s two largest health-care unions said` to the leaders, not to `two largest health-care unions`', () => {
    const a = analyzeText("Bargaining\n\nThe leaders of the province's two largest health-care unions said on Wednesday they would coordinate bargaining.");
    assert.equal(speakerOf(a, 'they would coordinate bargaining'), "leaders of the province's two largest health-care unions");
  });
});

describe('speakers: one holder of a capitalised title', () => {
  it('reads `A Liberal MP said`, then `The MP said`, as one person, and `A Conservative MP accused … of ‘misleading the House’`', () => {
    const a = analyzeText("Commons\n\nA Liberal MP said the plan would fail. The MP said it was a disgrace. A Conservative MP accused the Housing Secretary of 'misleading the House'.");
    assert.equal(speakerOf(a, 'the plan would fail'), 'Liberal MP');
    assert.equal(speakerOf(a, 'it was a disgrace'), 'Liberal MP');
    assert.equal(a.speakers.find(s => s.name === 'Liberal MP')?.kind, 'person');
    assert.equal(speakerOf(a, 'misleading the House'), 'Conservative MP');
  });

  it('reads `One Labour MP said` opening a sentence', () => {
    const a = analyzeText('Commons\n\nAnn Lee met voters. One Labour MP said the plan would fail.');
    assert.equal(speakerOf(a, 'the plan would fail'), 'One Labour MP');
  });
});

describe('speakers: a legislator by title after the quote', () => {
  it('gives `“…,” the Liberal MP said` and `“…,” the MLA said` to the member named with that title, whose role keeps its capitals', () => {
    const a = analyzeText('Bill\n\nLiberal MP Jane Doe said the bill was flawed. "It is shameful," the Liberal MP said.\n\nNDP MLA Tom Fox said the plan would fail. "It will not work," the MLA said.');
    assert.equal(speakerOf(a, 'It is shameful'), 'Jane Doe');
    assert.equal(speakerOf(a, 'It will not work'), 'Tom Fox');
    assert.equal(a.speakers.find(s => s.name === 'Tom Fox')?.role, 'NDP MLA');
  });
});

describe('speakers: `in charge of` is no cue', () => {
  it('gives `“…,” Insp. Tom Reid, the officer in charge of the homicide unit, told reporters` the cue `told`', () => {
    const a = analyzeText('Case\n\n"We have a suspect," Insp. Tom Reid, the officer in charge of the homicide unit, told reporters.');
    const s = statement(a, 'We have a suspect');
    assert.equal(s.cue?.text, 'told');
    assert.equal(s.speaker?.name, 'Tom Reid');
  });
});

describe('speakers: an anonymous source described by whom they serve', () => {
  it('gives `A senior adviser to Mr. Holt, who …, said` and `One Republican aide who works for Mr. Holt, …, said` to the aide, not to Holt', () => {
    const a = analyzeText('Vote\n\nSenator Mark Holt spoke on Monday. One Republican aide who works for Mr. Holt, speaking on the condition of anonymity, said the vote would fail.\n\nA senior adviser to Mr. Holt, who was not authorized to speak publicly, said the senator would run.\n\nA Democratic official who supports Mrs. Calloway said the campaign was worried.');
    assert.equal(speakerOf(a, 'the vote would fail'), 'One Republican aide');
    assert.equal(speakerOf(a, 'the senator would run'), 'senior adviser');
    assert.equal(speakerOf(a, 'the campaign was worried'), 'Democratic official');
  });
});

describe('speakers: a federal department named with `and`', () => {
  it('reads `Fisheries and Oceans Canada`, `Colleges and Institutes Canada` and `Immigration, Refugees and Citizenship Canada` whole', () => {
    const a = analyzeText('Ottawa\n\nFisheries and Oceans Canada said the stock was recovering. Colleges and Institutes Canada said the cap would hurt. Immigration, Refugees and Citizenship Canada said the rules changed. Ann Lee and Tom Reid said they disagreed with it.');
    assert.equal(speakerOf(a, 'the stock was recovering'), 'Fisheries and Oceans Canada');
    assert.equal(speakerOf(a, 'the cap would hurt'), 'Colleges and Institutes Canada');
    assert.equal(speakerOf(a, 'the rules changed'), 'Immigration, Refugees and Citizenship Canada');
    assert.equal(speakerOf(a, 'they disagreed with it'), 'Ann Lee and Tom Reid');
  });
});

describe('roles: a plain form of address is no role', () => {
  it('gives `Mr. Pell` no role, keeps `Dr.` and a role in apposition', () => {
    const a = analyzeText('Race\n\nMr. Pell said the race was over. Dr. Ruth Obi said the data were clear. Mrs. Ann Lee, a Republican strategist, said the party would recover.');
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.equal(role('Pell'), null);
    assert.equal(role('Ruth Obi'), 'Dr.');
    assert.equal(role('Ann Lee'), 'Republican strategist');
  });
});

describe('roles: capitalised words of a body inside a role', () => {
  it('reads `a political scientist at Granite State College` and `president of the National Venture Capital Association` as roles', () => {
    const a = analyzeText('Vote\n\n"It is over," said Leanne Franks, a political scientist at Granite State College.\n\n"We are worried," said Bobby Franklin, president of the National Venture Capital Association.');
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.equal(role('Leanne Franks'), 'political scientist at Granite State College');
    assert.equal(role('Bobby Franklin'), 'president of the National Venture Capital Association');
  });
});

describe('speakers: a body named in a person’s appositive, then its own', () => {
  it('gives `Fred Ross, president of Democracy Ledger, a group that advocates …, said` to Fred Ross', () => {
    const a = analyzeText('Rules\n\nFred Ross, president of Democracy Ledger, a group that advocates for campaign finance limits, said the rules were weak.');
    assert.equal(speakerOf(a, 'the rules were weak'), 'Fred Ross');
    assert.equal(a.speakers.find(s => s.name === 'Fred Ross')?.role, 'president of Democracy Ledger');
  });
});

describe('speakers: the holder of a title of a body named after `of`', () => {
  it('gives `The chief of a remote First Nation in northwestern Ontario has declared …, saying …` to the chief, not to Ontario', () => {
    const a = analyzeText('Water\n\nThe chief of a remote First Nation in northwestern Ontario has declared a state of emergency, saying a boil-water advisory has gone on too long.\n\nThe chief of a remote First Nation said the water was unsafe to drink.');
    assert.equal(speakerOf(a, 'a boil-water advisory has gone on too long'), 'chief of a remote First Nation');
    assert.equal(speakerOf(a, 'the water was unsafe to drink'), 'chief of a remote First Nation');
  });
});

describe('speakers: a French body’s name', () => {
  it('reads `The Fédération des travailleurs du Québec said` whole, as a body (it was `du Québec`, a person)', () => {
    const a = analyzeText('Wages\n\nThe Fédération des travailleurs du Québec said wages lagged behind prices.');
    assert.equal(speakerOf(a, 'wages lagged behind prices'), 'Fédération des travailleurs du Québec');
    assert.equal(a.speakers.find(s => s.name === 'Fédération des travailleurs du Québec')?.kind, 'organization');
  });
});

describe('roles: a place named with `and` before a title', () => {
  it('reads `Newfoundland and Labrador Premier Andrew Furey` and `Bosnia and Herzegovina envoy Amir Hadzic` with the whole place in the role', () => {
    const a = analyzeText('Deal\n\nNewfoundland and Labrador Premier Andrew Furey said the deal was fair. Bosnia and Herzegovina envoy Amir Hadzic said the talks would go on.');
    const role = (name: string) => a.speakers.find(s => s.name === name)?.role;
    assert.equal(role('Andrew Furey'), 'Newfoundland and Labrador Premier');
    assert.equal(role('Amir Hadzic'), 'Bosnia and Herzegovina envoy');
  });
});

describe('speakers: someone described after a question quoted', () => {
  it('gives `“Have you ever used that language before?” a reporter asked` to the reporter, not to the mayor quoted before', () => {
    const a = analyzeText('Remark\n\nMayor Brent Mulcaster said the remark was a joke. "Have you ever used that language before?" a reporter asked.');
    assert.equal(speakerOf(a, 'Have you ever used that language before?'), 'reporter');
  });
});

describe('speakers: a number word inside a surname', () => {
  it('reads `Chief Marlene Two Rivers` whole and `the chief` as her', () => {
    const a = analyzeText('Water\n\nChief Marlene Two Rivers said the water was unsafe. The chief said the tests were late.');
    assert.equal(speakerOf(a, 'the water was unsafe'), 'Marlene Two Rivers');
    assert.equal(speakerOf(a, 'the tests were late'), 'Marlene Two Rivers');
  });
});

describe('speakers: partners joined by an ampersand', () => {
  it('reads `Marsh & McBride said` and `Economists at Pell & Whitney wrote` with the whole name', () => {
    const a = analyzeText('Rates\n\nMarsh & McBride said the deal was off. Economists at Pell & Whitney wrote that rates would fall.');
    assert.equal(speakerOf(a, 'the deal was off'), 'Marsh & McBride');
    assert.equal(a.speakers.find(s => s.name === 'Marsh & McBride')?.kind, 'organization');
    assert.equal(speakerOf(a, 'rates would fall'), 'Economists at Pell & Whitney');
  });
});

describe('speakers: people met on the road, in court or in a crowd, whom a relative clause makes speak', () => {
  it('gives `Police questioned the driver, who said …` to the driver, and so for a passenger, a juror and a bystander', () => {
    const a = analyzeText('Crash\n\nPolice questioned the driver, who said he had not been drinking. Officers also spoke to the passenger, who told them the car was going slowly.\n\nReporters reached the juror, who said the verdict took two days. They found the bystander, who said the noise was deafening.');
    assert.equal(speakerOf(a, 'he had not been drinking'), 'driver');
    assert.equal(speakerOf(a, 'the car was going slowly'), 'passenger');
    assert.equal(speakerOf(a, 'the verdict took two days'), 'juror');
    assert.equal(speakerOf(a, 'the noise was deafening'), 'bystander');
  });
});

describe('speakers: a person of a body whose name holds `of`, `for` or `and`', () => {
  it('reads `A Department of Health and Social Care spokesperson said` whole, as a person, and `Bank of England officials` as a group', () => {
    const a = analyzeText('Review\n\nA Department of Health and Social Care spokesperson said the plan was under review. A Department for Environment, Food and Rural Affairs spokeswoman said the ban would stay.\n\nBank of England officials said rates would hold. A Department of the Interior spokesman said the park would reopen.');
    const spokesperson = speakerRecordOf(a, 'the plan was under review');
    assert.equal(spokesperson?.name, 'Department of Health and Social Care spokesperson');
    assert.equal(spokesperson?.kind, 'person');
    const spokeswoman = speakerRecordOf(a, 'the ban would stay');
    assert.equal(spokeswoman?.name, 'Department for Environment, Food and Rural Affairs spokeswoman');
    assert.equal(spokeswoman?.kind, 'person');
    const officials = speakerRecordOf(a, 'rates would hold');
    assert.equal(officials?.name, 'Bank of England officials');
    assert.equal(officials?.kind, 'group');
    assert.equal(speakerRecordOf(a, 'the park would reopen')?.kind, 'person');
  });
});

describe('speakers: two single capitalised words joined by `and`', () => {
  it('reads `Ostler and Pike said` as a company when no one of those names is known, as the two people when both are', () => {
    const a = analyzeText('Retail\n\nOstler and Pike said sales rose 4 per cent. The National Academies of Sciences, Engineering and Medicine noted that wages fell.');
    const company = speakerRecordOf(a, 'sales rose 4 per cent');
    assert.equal(company?.name, 'Ostler and Pike');
    assert.equal(company?.kind, 'organization');
    const academies = speakerRecordOf(a, 'wages fell');
    assert.equal(academies?.name, 'National Academies of Sciences, Engineering and Medicine');
    assert.equal(academies?.kind, 'organization');
    const b = analyzeText('Rent\n\nNadia Ostler and Tom Pike opened the shop in 1990. Ostler and Pike said the rent had doubled since then.');
    const owners = speakerRecordOf(b, 'the rent had doubled');
    assert.equal(owners?.kind, 'group');
    assert.equal(owners?.name, 'Ostler and Pike');
  });

  it('leaves people of a side and a list of surnames alone', () => {
    const a = analyzeText('Vote\n\nLiberals and Conservatives said the count was fair.\n\nAnchors Jake Tapper, Dana Bash and Wolf Blitzer hosted the debate. He said that Tapper, Bash and Blitzer had mentioned it on air.');
    assert.notEqual(speakerRecordOf(a, 'the count was fair')?.name, 'Liberals and Conservatives');
    assert.ok(!a.speakers.some(s => s.name === 'Bash and Blitzer'), 'no speaker named by the last two of a list');
  });
});

describe('speakers: a headline speaker described by a role of several words', () => {
  it('gives `‘…’, says Ireland captain` to the one person the story gives that role, and not when two share it', () => {
    const a = analyzeText('‘We were not good enough’, says Ireland captain\n\nIreland captain Niamh Kelly said the team had let the fans down. “We were not good enough,” Kelly said.');
    assert.equal(speakerOf(a, 'We were not good enough'), 'Niamh Kelly');
    const b = analyzeText('‘We will be back’, says club president\n\nClub president Ana Ruiz said the club would rebuild. Club president Tom Obi of the rival Rovers said the same.');
    assert.notEqual(speakerOf(b, 'We will be back'), 'Ana Ruiz');
  });
});

describe('speakers: notes, flyers and other papers that speak', () => {
  it('reads `A note left at the scene said …` and `“…,” the note said` as the note, and a note from someone as theirs', () => {
    const a = analyzeText('Threat\n\nA note left at the scene said the group would strike again. “We will fight this,” the note said. A flyer distributed at the rally said the march would go ahead.\n\nOn his wall, the writer Mark Singer keeps a framed note from Donald Pell. “Mark, you are a loser!” the note says.');
    assert.equal(speakerOf(a, 'the group would strike again'), 'note');
    assert.equal(speakerOf(a, 'We will fight this'), 'note');
    assert.equal(speakerOf(a, 'the march would go ahead'), 'flyer');
    assert.equal(speakerOf(a, 'Mark, you are a loser!'), 'Donald Pell');
  });
});

describe('speakers: Australian councillors', () => {
  it('reads `Cr` as a councillor’s title: `Cr Dimitri Papadakis` and `Cr Papadakis` are one person, whom `the councillor` means', () => {
    const a = analyzeText('Dogs\n\nCr Dimitri Papadakis, who moved the motion, told the meeting the park was full. "People are already angry," Cr Papadakis said.\n\n"It is only fair," the councillor said.');
    const record = speakerRecordOf(a, 'the park was full');
    assert.equal(record?.name, 'Dimitri Papadakis');
    assert.equal(record?.role, 'Cr');
    assert.equal(speakerOf(a, 'People are already angry'), 'Dimitri Papadakis');
    assert.equal(speakerOf(a, 'It is only fair'), 'Dimitri Papadakis');
  });
});

describe('cues: responding, interjecting, proposing and rejecting', () => {
  it('reports the clause after `responded that`, `interjected that` and `proposed that`, and no noun phrase or relative clause', () => {
    const a = analyzeText('Board\n\nSuperintendent Lena Gaines responded that the district had held three sessions. Trustee Moloney interjected that he had not visited on a weekend.\n\nTrustee Ann Lim proposed that the first hour be kept free. She proposed a new fee on Tuesday. On the day Lim had proposed, the mayor was away.\n\nPolice responded to the call within minutes.');
    assert.equal(speakerOf(a, 'the district had held three sessions'), 'Lena Gaines');
    assert.equal(speakerOf(a, 'he had not visited on a weekend'), 'Moloney');
    assert.equal(speakerOf(a, 'the first hour be kept free'), 'Ann Lim');
    assert.ok(!a.statements.some(s => /^(a new fee|the mayor was away|to the call)/.test(s.content.text)), 'no noun phrase, clause after a relative cue or place of response is reported');
  });

  it('gives words quoted after `rejected … as` to whoever rejected them', () => {
    const a = analyzeText('Debate\n\nMayor Ann Lee proposed a debate on April 4 - but the Obi campaign rejected the idea as "ludicrous" on Tuesday.');
    assert.equal(speakerOf(a, 'ludicrous'), 'Obi campaign');
  });
});

describe('reported speech: the speaker’s next act after a quote closed with a comma', () => {
  it('ends what was said before `, then walked out` and `, and cut his price target` after a quoted fragment, but not before a clause', () => {
    const a = analyzeText('Loss\n\nCoach Dario Ventura said the loss was "the worst of my career," then walked out of the room.\n\nAnalyst Tom Becker wrote that the shares "look expensive," and cut his price target to $40.\n\nThe town released a statement saying the remarks "are based on opinion, not facts," and welcomed the senator to visit.');
    assert.equal(statement(a, 'the loss was').content.text, 'the loss was "the worst of my career,"');
    assert.equal(statement(a, 'the shares').content.text, 'the shares "look expensive,"');
    assert.equal(statement(a, 'the remarks').content.text, 'the remarks "are based on opinion, not facts,"');
  });
});

describe('speakers: local bodies by their whole names', () => {
  it('keeps a title’s or people’s possessive, a police department, a health authority and a detachment in the body’s name', () => {
    const a = analyzeText("Arrest\n\nThe suspect was arrested on Friday, the Pinellas County Sheriff's Office said. Sheriff Ada Nwosu said the two men had feuded for years. \"This is what we worry about,\" the sheriff said.\n\n" +
      "The Women's Legal Fund said the ruling was wrong. The Bondi Dog Owners' Collective said it was thrilled with the ruling.\n\n" +
      'The man was arrested at home, according to a Dayton Police Department news release. The clinic will close, according to Interior Health.\n\n' +
      'According to Halton RCMP, the driver, a 46-year-old man from Milton, was arrested at the scene.');
    const office = speakerRecordOf(a, 'The suspect was arrested');
    assert.equal(office?.name, "Pinellas County Sheriff's Office");
    assert.equal(office?.role, null);
    assert.equal(speakerOf(a, 'This is what we worry about'), 'Ada Nwosu');
    assert.equal(speakerOf(a, 'the ruling was wrong'), "Women's Legal Fund");
    assert.equal(speakerOf(a, 'it was thrilled'), "Bondi Dog Owners' Collective");
    assert.equal(speakerOf(a, 'The man was arrested at home'), 'Dayton Police Department news release');
    assert.equal(speakerOf(a, 'The clinic will close'), 'Interior Health');
    const rcmp = speakerRecordOf(a, 'the driver, a 46-year-old man');
    assert.equal(rcmp?.name, 'Halton RCMP');
    assert.equal(rcmp?.kind, 'organization');
  });
});

describe('speakers: a nickname inside a name set off after a role', () => {
  it('reads `Roy’s coach, Jean-Luc "Jeep" Marchand, said …` as the coach speaking, not the reported clause’s subject', () => {
    const a = analyzeText('Final\n\nRoy\'s coach, Jean-Luc "Jeep" Marchand, said the team had peaked.\n\nHer son, Marco “Big Mo” Bellini Jr., said the shop would stay open.');
    const coach = speakerRecordOf(a, 'the team had peaked');
    assert.equal(coach?.name, 'Jean-Luc Marchand');
    assert.equal(coach?.role, "Roy's coach");
    assert.equal(speakerOf(a, 'the shop would stay open'), 'Marco Bellini Jr.');
  });
});

describe('speakers: football clubs by their names', () => {
  it('reads `Real Cantabria`, `Deportivo Arenal`, `Brennock United` and `Bristol Rovers` as organizations', () => {
    const a = analyzeText('Transfers\n\nReal Cantabria said the deal was done. Deportivo Arenal said the striker had signed. Brennock United said the manager had resigned. Bristol Rovers said tickets had sold out.');
    for (const name of ['Real Cantabria', 'Deportivo Arenal', 'Brennock United', 'Bristol Rovers']) assert.equal(a.speakers.find(s => s.name === name)?.kind, 'organization', name);
  });

  it('reads `Cantabria said` after `Real Cantabria` as the club', () => {
    const a = analyzeText('Transfer\n\nReal Cantabria have signed winger Jose Ruiz, the Spanish club said on Wednesday. The 22-year-old will undergo a medical on Thursday, Cantabria said.');
    assert.equal(speakerOf(a, 'The 22-year-old will undergo'), 'Real Cantabria');
  });
});

describe('speakers: people after a subordinator, and a listener before a participle', () => {
  it('reads `…, though analysts said …` as the analysts, and `and warned speculators betting on lower prices that …` as a second cue', () => {
    const a = analyzeText('Oil\n\nOil prices rose 4 percent on the day, though analysts said all members would stick to the deal.\n\nPrince Faisal told reporters the group was "ready to do whatever is necessary" and warned speculators betting on lower prices that they would "be hurt."');
    assert.equal(speakerOf(a, 'all members would stick'), 'analysts');
    assert.equal(statement(a, 'they would').cue?.text, 'warned');
  });
});

describe('speakers: the company a business story follows', () => {
  it('reads `Kestrel Dynamics` and `Halden Aerospace` as companies that `the company` means next', () => {
    const a = analyzeText('Cuts\n\nKestrel Dynamics will cut 300 jobs. The company said the cuts were needed to survive.');
    assert.equal(speakerOf(a, 'the cuts were needed'), 'Kestrel Dynamics');
    const b = analyzeText('Orders\n\nHalden Aerospace lost two orders this year. The firm said it expected more next spring.');
    assert.equal(speakerOf(b, 'it expected more'), 'Halden Aerospace');
  });

  it('takes the company whose shares moved as the one `the company` means', () => {
    const a = analyzeText('Shares\n\nShares of Orvale Analytics fell 8% in early trading. The company said demand had slowed.');
    assert.equal(speakerOf(a, 'demand had slowed'), 'Orvale Analytics');
    // an analyst's employer after `at` is no story's company
    const b = analyzeText('Shares\n\nThe market fell, said Ana Berg, an analyst at Nordvik Capital. The company said demand had slowed.');
    assert.notEqual(speakerOf(b, 'demand had slowed'), 'Nordvik Capital');
  });
});

describe('speakers: everyday occupations before a name', () => {
  it('reads `sophomore`, `bartender`, `retired postman` and `dog owner` as roles, not parts of the name, before or after the clause', () => {
    const a = analyzeText('Protest\n\nSophomore Aaliyah Whitcomb, 15, said the rule was unfair. The shirts were funny, sophomore Leila Haddad said. ' +
      'The fight started over a pool game, bartender Joan Pike said. It was late, retired postman Stan Hibbs said. The dogs barked all night, dog owner Al Berg said.');
    assert.equal(speakerOf(a, 'the rule was unfair'), 'Aaliyah Whitcomb');
    assert.equal(speakerOf(a, 'The shirts were funny'), 'Leila Haddad');
    assert.equal(speakerRecordOf(a, 'The fight started')?.role, 'bartender');
    assert.equal(speakerRecordOf(a, 'It was late')?.role, 'retired postman');
    assert.equal(speakerRecordOf(a, 'The dogs barked')?.role, 'dog owner');
  });

  it('still reads `Baker` and `Barber` alone as the surnames they are', () => {
    const a = analyzeText('Court\n\nJudge Ann Baker heard the case. "It is closed," Baker said. Mr. Barber agreed. "Yes, it is," Barber said.');
    assert.equal(speakerOf(a, 'It is closed'), 'Ann Baker');
    assert.equal(speakerOf(a, 'Yes, it is'), 'Barber');
  });
});

describe('speakers: initials that spell a word', () => {
  it('reads `WHO` as the World Health Organization named in full, in the body and in the headline, and never as `who`', () => {
    const a = analyzeText('Cholera spreads to three more provinces, WHO says\n\nGENEVA (Reuters) - Cholera has spread to three more provinces, the World Health Organization said on Monday.\n\n' +
      'At least 40 people have died, the WHO said in its weekly update, a death rate of about 2 percent.');
    assert.equal(speakerOf(a, 'Cholera spreads'), 'World Health Organization');
    assert.equal(speakerOf(a, 'At least 40 people'), 'World Health Organization');
    assert.equal(statement(a, 'At least 40 people').content.text, 'At least 40 people have died');
    assert.equal(a.speakers.filter(s => s.kind === 'organization').length, 1);
  });
});

describe('speakers: a relative clause between the speaker and the cue', () => {
  it('gives `A doctor who treated patients said` to the doctor, and `A colleague who met Brenner said` to the colleague', () => {
    const a = analyzeText('Ward\n\nA doctor who treated patients said beds were full. A colleague who met Brenner said he was calm. ' +
      'A neighbour who lives nearby said the dogs barked all night. Voters who backed Ruiz said they felt betrayed.');
    assert.equal(speakerOf(a, 'beds were full'), 'doctor');
    assert.equal(speakerOf(a, 'he was calm'), 'colleague');
    assert.equal(speakerOf(a, 'the dogs barked'), 'neighbour');
    assert.equal(speakerOf(a, 'they felt betrayed'), 'Voters');
  });
});

describe('speakers: a description giving a party', () => {
  it('does not give `the Republican presidential nominee` to someone the article made a Democrat', () => {
    const a = analyzeText('Race\n\nSenator Tom Vale said he was a stronger leader than President Ann Ruiz, a Democrat.\n\nThe Republican presidential nominee later said he was joking.');
    assert.notEqual(speakerOf(a, 'he was joking'), 'Ann Ruiz');
    // (nor to one whose role says the other party)
    const b = analyzeText('Race\n\nSenator Tom Vale spoke after Democratic presidential candidate Ann Ruiz.\n\nThe Republican presidential nominee later said he was joking.');
    assert.notEqual(speakerOf(b, 'he was joking'), 'Ann Ruiz');
  });
});

describe('speakers: the head of a subject with words after it', () => {
  it('gives `, who said` to the person before an age and a home town, not to the town', () => {
    const a = analyzeText('Prize\n\nThe prize went to Della Fenwick, 68, of Arbury, Vermont, who said she had entered every year. ' +
      'It went once to Omar Stiles of Kelby, who said he was surprised. Another winner was Ruth Anand, 71, who said she would enter again.');
    assert.equal(speakerOf(a, 'she had entered every year'), 'Della Fenwick');
    assert.equal(speakerOf(a, 'he was surprised'), 'Omar Stiles');
    assert.equal(speakerOf(a, 'she would enter again'), 'Ruth Anand');
    assert.ok(!a.speakers.some(s => /^(Vermont|Arbury|Kelby)$/.test(s.name)));
  });

  it('reads a person described with where they work, a body of a place, a document by its author', () => {
    const a = analyzeText('Clinic\n\nA nurse at a clinic in Tolvar, who asked not to be named, said supplies of saline were low. ' +
      'The interior ministry of Velmont, one of the countries visited, said its jails met every standard. ' +
      'The audit, by the city comptroller, found that the office ignored warnings. That inspector, Lena Marsh, confirmed that she had been moved. ' +
      'One adviser to Marlow, however, said the vote would slip. The interpreter for the family told me that the hearing was short.');
    assert.equal(speakerOf(a, 'supplies of saline'), 'nurse at a clinic in Tolvar');
    assert.equal(speakerRecordOf(a, 'its jails')?.kind, 'organization');
    assert.equal(speakerOf(a, 'its jails'), 'interior ministry of Velmont');
    assert.equal(speakerOf(a, 'the office ignored warnings'), 'audit');
    assert.equal(speakerOf(a, 'she had been moved'), 'Lena Marsh');
    assert.equal(speakerOf(a, 'the vote would slip'), 'One adviser');
    assert.equal(speakerOf(a, 'the hearing was short'), 'interpreter for the family');
  });

  it('gives `who` to the holder of a post, a party’s members and `whose leader, Name,` to the name', () => {
    const a = analyzeText('Farm bill\n\n"We cannot plan," said Nora Pike, a lobbyist for the Grain Council, who said her members were told to wait. ' +
      'The freeze drew criticism from several Democrats on the House Budget Committee, who argue it leaves schools short. ' +
      'The vote depended on the small Green League, whose leader, Tomas Ek, said his members had voted to avoid chaos.');
    assert.equal(speakerOf(a, 'her members were told'), 'Nora Pike');
    assert.equal(speakerOf(a, 'it leaves schools short'), 'Democrats on the House Budget Committee');
    assert.equal(speakerOf(a, 'his members had voted'), 'Tomas Ek');
  });
});

describe('speakers: names of bodies and people the name grammar used to cut', () => {
  it('reads bodies whose names open with a title’s word, hold `of` or `for`, or end in a street', () => {
    const a = analyzeText('Bodies\n\nJustice Without Walls said it had documented 90 evictions. The Executive Council for Ports said it would review the fees. ' +
      'The Sons of the Valley said the attack was revenge. The Guild of Ward Staff said its members were tired. Downing Street said the plan was a draft. ' +
      'Reading Borough Council said it would appeal. The head of the Executive Office for Grants, Paula Rene, said the office needed more staff.');
    assert.equal(speakerOf(a, 'it had documented'), 'Justice Without Walls');
    assert.equal(speakerOf(a, 'it would review the fees'), 'Executive Council for Ports');
    assert.equal(speakerOf(a, 'the attack was revenge'), 'Sons of the Valley');
    assert.equal(speakerRecordOf(a, 'its members were tired')?.kind, 'organization');
    assert.equal(speakerOf(a, 'the plan was a draft'), 'Downing Street');
    assert.equal(speakerOf(a, 'it would appeal'), 'Reading Borough Council');
    assert.equal(speakerOf(a, 'the office needed'), 'Paula Rene');
    for (const s of ['it had documented', 'it would review the fees', 'the attack was revenge']) assert.equal(speakerRecordOf(a, s)?.kind, 'organization', s);
  });

  it('reads `al-Hadi` inside a name and `the Rev.` as an honorific', () => {
    const a = analyzeText('Talks\n\nNegotiator Yusuf al-Hadi said the talks would resume. "Soon," al-Hadi said.\n\n"Every cut is a meal lost," said the charity director, the Rev. Anne Colby.');
    assert.equal(speakerOf(a, 'the talks would resume'), 'Yusuf al-Hadi');
    assert.equal(speakerOf(a, 'Soon'), 'Yusuf al-Hadi');
    assert.equal(speakerOf(a, 'Every cut is a meal lost'), 'Anne Colby');
  });

  it('takes no name given after `known as` for whom `he` means', () => {
    const a = analyzeText('Attack\n\nBob Lane said a group known as Ansar al-Sharia was involved, but he said he played no role in the talking points.');
    assert.equal(speakerOf(a, 'he played no role'), 'Bob Lane');
  });
});

describe('speakers: groups described by joined words, surnames that look plural, titles shared in a family', () => {
  it('reads `port and coastguard officials` and `Federal and state officials` whole', () => {
    const a = analyzeText('Ferries\n\nFour ferries were cancelled, port and coastguard officials said. Federal and state officials said the fraud was massive.');
    assert.equal(speakerOf(a, 'Four ferries'), 'port and coastguard officials');
    assert.equal(speakerOf(a, 'the fraud was massive'), 'Federal and state officials');
    const b = analyzeText('Road\n\nHe left and police officials said the road was closed.');
    assert.equal(speakerOf(b, 'the road was closed'), 'police officials');
  });

  it('keeps `Idris Fletchers` one person, whom `Fletchers said` means', () => {
    const a = analyzeText('Union\n\nUnion leader Idris Fletchers warned that workloads would rise.\n\n"Teachers are exhausted," Fletchers said.');
    assert.equal(speakerRecordOf(a, 'workloads would rise')?.kind, 'person');
    assert.equal(speakerOf(a, 'Teachers are exhausted'), 'Idris Fletchers');
  });

  it('gives `Dr. Crane said` to the Crane introduced as a doctor, not to `Mr. Crane`', () => {
    const a = analyzeText('Collection\n\nThe collection comes from Walter Crane, a retired dentist. "I have my garage back," Mr. Crane said.\n\n' +
      'His daughter, Dr. Ellen Crane, a surgeon, said her father had refused other offers. "He wanted it kept together," Dr. Crane said.');
    assert.equal(speakerOf(a, 'I have my garage back'), 'Walter Crane');
    assert.equal(speakerOf(a, 'He wanted it kept together'), 'Ellen Crane');
  });
});

describe('speakers: descriptions tied to who they mean', () => {
  it('gives `The mayor’s spokesman` and `the spokesman` to the mayor’s spokesman, not to the opposition’s', () => {
    const a = analyzeText('Fares\n\nMayor Omar Teller will not rule out fare rises, his spokesman said on Monday.\n\n' +
      'Opposition transport spokesman Ben Cray said the mayor had lost control of the budget.\n\n' +
      "The mayor's spokesman also said Teller would meet union leaders next week. Later, the spokesman said the talks went well.");
    const first = speakerOf(a, 'Mayor Omar Teller will not');
    assert.equal(speakerOf(a, 'Teller would meet union leaders'), first);
    assert.equal(speakerOf(a, 'the talks went well'), first);
    assert.notEqual(first, 'Ben Cray');
  });

  it('takes the body a description is given in apposition to, and the noun it is described by', () => {
    const a = analyzeText("Detainees\n\nOpen Cell Watch, a rights group, said it had interviewed 40 former detainees. The group said guards used stress positions. " +
      "The nurses' union, the Guild of Ward Staff, said its members were working 60-hour weeks.");
    assert.equal(speakerOf(a, 'guards used stress positions'), 'Open Cell Watch');
    assert.equal(speakerOf(a, 'its members were working'), 'Guild of Ward Staff');
  });
});

describe('speakers: a role of two words before a name, bare plurals, a second listener', () => {
  it('gives `White House press secretary Jillian Moreau …, telling` to Moreau, and `rescuers said`, `medics said` to them', () => {
    const a = analyzeText('Pause\n\nWhite House press secretary Jillian Moreau on Monday defended the pause, telling reporters it was a routine review. ' +
      'The bridge was destroyed overnight, rescuers said. The road was shut, medics said.');
    assert.equal(speakerOf(a, 'it was a routine review'), 'Jillian Moreau');
    assert.equal(speakerOf(a, 'The bridge was destroyed'), 'rescuers');
    assert.equal(speakerOf(a, 'The road was shut'), 'medics');
  });

  it('reads a clause after one listener whatever its first noun (`told reporters the hearing was a farce`)', () => {
    const a = analyzeText('Hearing\n\nThe minister told reporters the hearing was a farce. She told the press the council had been misled.');
    assert.equal(statement(a, 'the hearing was a farce').content.text, 'the hearing was a farce');
    assert.equal(statement(a, 'the council had been misled').content.text, 'the council had been misled');
  });
});

describe('speakers: a possessive ends the owner’s name', () => {
  it('learns `Fenella Dray` from `Fenella Dray’s The Glass Orchard`, whom `Dray said` means', () => {
    const a = analyzeText("Prize\n\nThe shortlist included Fenella Dray's The Glass Orchard. Dray said she was thrilled for the winner.");
    assert.equal(speakerOf(a, 'she was thrilled'), 'Fenella Dray');
  });
});

describe('speakers: a participle after a clause saying when or why', () => {
  it('gives `…, saying …` to the subject of the nearer clause a subordinator opens', () => {
    const a = analyzeText('Veto\n\nThe council failed to pass the measure after Ostland vetoed the draft, saying it was biased.');
    assert.equal(speakerOf(a, 'it was biased'), 'Ostland');
  });
});

describe('speakers: months that are given names', () => {
  it('reads `June Calloway` and `April Ruiz` as names, and `in June` as a month', () => {
    const a = analyzeText('Folk singer returns\n\nFor ten years, June Calloway did not write a song. "It was quiet," Calloway said. April Ruiz said it was late. ' +
      'The album came out in June. Calloway said she was ready.');
    assert.equal(speakerOf(a, 'It was quiet'), 'June Calloway');
    assert.equal(speakerOf(a, 'it was late'), 'April Ruiz');
    assert.equal(speakerOf(a, 'she was ready'), 'June Calloway');
  });

  it('reads `Jan Kosinski` as a name, and `Jan. 5` as a date', () => {
    const a = analyzeText('Vote\n\nAide Jan Kosinski said the vote was rigged. On Jan. 5, the council said the count was fair.');
    assert.equal(speakerOf(a, 'the vote was rigged'), 'Jan Kosinski');
    assert.equal(speakerOf(a, 'the count was fair'), 'council');
  });
});

describe('speakers: a one-word name after a description, after the quote', () => {
  it('gives `“…,” the volunteer, Graziella, said` to Graziella', () => {
    const a = analyzeText('Shelter\n\n"The nights are the worst," the volunteer, Graziella, said.');
    assert.equal(speakerOf(a, 'The nights are the worst'), 'Graziella');
  });
});

describe('speakers: `her` as the object of a preposition in the subject', () => {
  it('reads `A person close to her said`, `A spokesman for her said` and `An aide to her said` as someone speaking about her', () => {
    const a = analyzeText('Senator quits\n\nSenator Ann Ruiz resigned on Friday. A person close to her said she had learned of the inquiry in May. ' +
      'A spokesman for her said she would not comment. An aide to her said she was tired.');
    assert.equal(speakerOf(a, 'she had learned'), 'person close to her');
    assert.equal(speakerOf(a, 'she would not comment'), 'spokesman for her');
    assert.equal(speakerOf(a, 'she was tired'), 'aide');
  });
});

describe('speakers: a place and a party after `the`', () => {
  it('reads `the Oklahoma Republican` and `the Colorado Democrat` as the person named before, by their party where the article gave it', () => {
    const a = analyzeText('Bill stalls\n\nSen. Jack Moreland (R-Okla.) criticized the plan. Senate Majority Leader Nathan Cole, a Colorado Democrat, said he would move the bill. ' +
      '“That is a mistake,” the Oklahoma Republican said. The Colorado Democrat said that negotiators were close.');
    assert.equal(speakerOf(a, 'That is a mistake'), 'Jack Moreland');
    assert.equal(speakerOf(a, 'negotiators were close'), 'Nathan Cole');
    const b = analyzeText('Bill stalls\n\nSenate Majority Leader Nathan Cole said he would move the bill.\n\nThe Colorado Democrat said that negotiators were close.');
    assert.equal(speakerOf(b, 'negotiators were close'), 'Nathan Cole');
  });
});

describe('speakers: a capitalised title and its portfolio, then the name', () => {
  it('gives `The Minister of Education, Brenda Kowalski, said` to Kowalski, and her office after it to hers', () => {
    const a = analyzeText('Funding\n\nOTTAWA — The budget passed.\n\nOntario’s Minister of Colleges and Universities, Brenda Kowalski, said funding had increased. ' +
      'Her office said a report would follow.\n\nThe Minister of Health, Omar Haddad, said wait times had fallen.');
    assert.equal(speakerOf(a, 'funding had increased'), 'Brenda Kowalski');
    assert.equal(speakerOf(a, 'a report would follow'), 'Brenda Kowalski’s office');
    assert.equal(speakerOf(a, 'wait times had fallen'), 'Omar Haddad');
  });
});

describe('speakers: surnames that are also titles', () => {
  it('reads `Cardinal said` and `Major said` as the person of that surname, and `Cardinal, who has led …, said` too', () => {
    const a = analyzeText('Land deal\n\n“This money matters,” said Chief Rosalie Cardinal. Cardinal said the nation plans to buy back land. ' +
      'Cardinal, who has led the nation for eight years, said the council will meet. Economist Tom Major said prices would rise. Major said rents would follow.');
    assert.equal(speakerOf(a, 'the nation plans'), 'Rosalie Cardinal');
    assert.equal(speakerOf(a, 'the council will meet'), 'Rosalie Cardinal');
    assert.equal(speakerOf(a, 'rents would follow'), 'Tom Major');
  });
});

describe('speakers: a surname alone joined to a full name', () => {
  it('gives `Okonkwo and businessman Terrence Liu argued …, saying …` to both', () => {
    const a = analyzeText('Race\n\nSen. Ada Okonkwo spoke first.\n\nOkonkwo and businessman Terrence Liu disagreed, saying voters had waited long enough.');
    assert.equal(speakerOf(a, 'voters had waited'), 'Ada Okonkwo and Terrence Liu');
  });
});

describe('speakers: someone of one of a group, who asked not to be named', () => {
  it('gives `The parent of one of the players, who asked not to be named, told …` to the parent, and `asked` no statement', () => {
    const a = analyzeText('Hazing\n\nThe parent of one of the players, who asked not to be named to protect his son, told The Canadian Press his son came home “a different kid.”\n\n' +
      'The parent of one of the coaches said the team had known for weeks.');
    assert.equal(speakerOf(a, 'his son came home'), 'parent of one of the players');
    assert.equal(speakerOf(a, 'a different kid.'), 'parent of one of the players');
    assert.equal(speakerOf(a, 'the team had known'), 'parent of one of the coaches');
    assert.ok(!a.statements.some(s => s.cue?.text === 'asked'));
  });
});

describe('speakers: a body whose name holds a capitalised preposition, in the possessive', () => {
  it('gives `Mothers Against Drunk Driving’s B.C. chapter said …` to the chapter', () => {
    const a = analyzeText('Crash\n\nOTTAWA — The driver was sentenced.\n\nMothers Against Drunk Driving’s B.C. chapter said in a statement that the case is a reminder.');
    assert.equal(speakerOf(a, 'the case is a reminder'), 'Mothers Against Drunk Driving’s B.C. chapter');
    const b = analyzeText('Clinic\n\nGENEVA — The clinic closed.\n\nDoctors Without Borders’ medical director said the clinic was shelled.');
    assert.equal(speakerOf(b, 'the clinic was shelled'), 'Doctors Without Borders’ medical director');
  });
});

describe('speakers: `who` after someone from a place', () => {
  it('gives `Sharon Lindahl, 71, a retired teacher from Fort Dodge who said …` to Lindahl, not the town', () => {
    const a = analyzeText('Caucus\n\nSharon Lindahl, 71, a retired teacher from Fort Dodge who said she had voted for Ostrander twice, told reporters that she had real concerns.');
    assert.equal(speakerOf(a, 'she had voted for Ostrander'), 'Sharon Lindahl');
    assert.ok(!a.speakers.some(s => s.name === 'Fort Dodge'));
  });
});

describe('speakers: a town and its province or state set off by commas', () => {
  it('gives `a software developer from Surrey, B.C., said` and `of Laval, Que., said` to the person named before', () => {
    const a = analyzeText('Rents\n\nOTTAWA — Rents rose again.\n\nDeepak Sandhu, a software developer from Surrey, B.C., said rents were too high. ' +
      'Priya Nair, a nurse in Halifax, Nova Scotia, said the wait was long. Marie Tremblay of Laval, Que., said prices had doubled. ' +
      'Tom Gill of Clinton, Maryland, said taxes were up.');
    assert.equal(speakerOf(a, 'rents were too high'), 'Deepak Sandhu');
    assert.equal(speakerOf(a, 'the wait was long'), 'Priya Nair');
    assert.equal(speakerOf(a, 'prices had doubled'), 'Marie Tremblay');
    assert.equal(speakerOf(a, 'taxes were up'), 'Tom Gill');
    // (people in a town and its territory; a province's short form ending its sentence before a name)
    const b = analyzeText('Ice\n\nYELLOWKNIFE — The ice went early.\n\nElders in Fort Lacasse, N.W.T., say the ice went out three weeks early. ' +
      'The plaintiff is Donald Ferris, a retired bus driver from Oshawa, Ont. Ferris said he had saved his points for two years.');
    assert.equal(speakerOf(b, 'the ice went out three weeks early'), 'Elders in Fort Lacasse');
    assert.equal(speakerOf(b, 'he had saved his points'), 'Donald Ferris');
  });
});

describe('speakers: a place and a party after `a`, and a party tag set off by commas', () => {
  it('gives `Dubois, a New York Democrat, said` to Dubois, and makes `Sen. Jane Roe, R-Texas, was …` whom `She said` means', () => {
    const a = analyzeText('Bill\n\nSen. Tom Dole said the bill was fine.\n\nFrancine Dubois, a New York Democrat, said her caucus would fight. ' +
      'Sen. Jane Roe, R-Texas, was more direct. She said the bill was a gimmick.');
    assert.equal(speakerOf(a, 'her caucus would fight'), 'Francine Dubois');
    assert.ok(!a.speakers.some(s => s.name === 'New York Democrat'));
    assert.equal(speakerOf(a, 'the bill was a gimmick'), 'Jane Roe');
  });
});

describe('speakers: people a relative clause or a participle describes, not a name inside it', () => {
  it('gives `One fundraiser who has raised money for Vance said`, `conservatives who spoke with Breitbart News said` and `voters interviewed after the poll said` to the people', () => {
    const a = analyzeText('Money\n\nSen. Ann Vance spoke on Monday.\n\nOne longtime Republican fundraiser who has raised money for Vance said the campaign was broke. ' +
      'But conservatives who spoke with Breitbart News said the funding was a fig leaf. Several young voters interviewed after the debate said they felt ignored.');
    assert.equal(speakerOf(a, 'the campaign was broke'), 'One longtime Republican fundraiser');
    assert.equal(speakerOf(a, 'the funding was a fig leaf'), 'conservatives');
    assert.equal(speakerOf(a, 'they felt ignored'), 'Several young voters interviewed after the debate');
  });
});

describe('speakers: people opening the clause, then where they are', () => {
  it('gives `Patients at Edmonton’s only dedicated long-COVID clinic say` to the patients, and a name given after `named` to that name', () => {
    const a = analyzeText('Clinic\n\nEDMONTON — The clinic is full.\n\nPatients at Edmonton’s only dedicated long-COVID clinic say the wait is too long. ' +
      'A health agency official in the north named Jhony told reporters the beds were full.');
    assert.equal(speakerOf(a, 'the wait is too long'), 'Patients at Edmonton’s only dedicated long-COVID clinic');
    assert.equal(speakerOf(a, 'the beds were full'), 'Jhony');
    const b = analyzeText('Outage\n\nTORONTO — The network went down.\n\nCustomers across Ontario and Quebec say the outage lasted hours.');
    assert.equal(speakerOf(b, 'the outage lasted hours'), 'Customers across Ontario and Quebec');
  });
});

describe('speakers: a name’s possessive and a person’s noun after the cue', () => {
  it('gives `“…,” said Thibodeau’s mother, Sylvie Cormier.` to Cormier, and `said Thibodeau’s mother.` to the mother', () => {
    const a = analyzeText('Hockey\n\nOTTAWA — Winger Luc Thibodeau scored twice.\n\n“He never gave up,” said Thibodeau’s mother, Sylvie Cormier. “He was always first on the ice,” said his coach’s wife.\n\n' +
      '“We are proud,” said Thibodeau’s father.');
    assert.equal(speakerOf(a, 'He never gave up'), 'Sylvie Cormier');
    assert.equal(speakerOf(a, 'We are proud'), 'Thibodeau’s father');
  });
});

describe('speakers: a province of several words is a place', () => {
  it('reads `Nova Scotia` as a body, never whom `she` means', () => {
    const a = analyzeText('Talks\n\nOTTAWA — Winger Luc Thibodeau scored. Premier Ann Roy spoke.\n\nMinisters from Alberta and Nova Scotia met on Monday. She said the talks were useful.');
    assert.equal(speakerOf(a, 'the talks were useful'), 'Ann Roy');
  });
});

describe('headlines: the subject who also says something, and a section label before a colon', () => {
  it('gives `X defends Y, says Z will …` to X, and reads `Golf:` as no speaker though the story names Golf Canada', () => {
    const a = analyzeText('Premier Haugland defends wildfire response, says province will review evacuation alerts\n\nEDMONTON — Premier Kristen Haugland spoke on Monday. Haugland said the alerts were late.');
    assert.equal(speakerOf(a, 'province will review'), 'Kristen Haugland');
    const b = analyzeText('Golf: Saskatoon’s Ryan Bellamy wins national amateur title\n\nSASKATOON — Ryan Bellamy won on Sunday, Golf Canada said. Golf Canada said the field was strong.');
    assert.ok(!b.statements.some(s => s.paragraph === 0));
    const c = analyzeText('Exclusive — Rep. Kirchner: GOP Leadership ‘Surrendered’ on Spending\n\nWASHINGTON — Rep. Dale Kirchner spoke. Kirchner said the leaders surrendered.');
    assert.equal(speakerOf(c, 'GOP Leadership'), 'Dale Kirchner');
  });

  it('ends a headline’s claim at a semicolon or at a comma before its subject’s next verb', () => {
    const a = analyzeText('Sudan\'s army says it retook key town from RSF; UN warns of famine in Darfur\n\nKHARTOUM (Reuters) - Sudan\'s army said on Monday it retook the town.');
    assert.equal(statement(a, 'it retook key town').content.text, 'it retook key town from RSF');
    const b = analyzeText('Kremlin says no plans for new mobilisation, dismisses Western reports as "fiction"\n\nMOSCOW (Reuters) - The Kremlin said on Tuesday it had no plans.');
    assert.equal(statement(b, 'no plans for new').content.text, 'no plans for new mobilisation');
  });

  it('reads `Police:` and `Sheriff:` (the sheriff the story names) before a headline’s colon as who says it, and a question after them as no claim', () => {
    const a = analyzeText('Police: Man shot during argument outside convenience store\n\nMEMPHIS, Tenn. — A man was hospitalized Saturday after being shot, police said.');
    assert.equal(speakerOf(a, 'Man shot during argument'), 'Police');
    const b = analyzeText('Sheriff: Deputies recover stolen tractors, arrest 3\n\nCARVER COUNTY — Three people were arrested, Sheriff Dale Whitlock said. ' +
      'The sheriff said more arrests were possible.');
    assert.equal(speakerOf(b, 'Deputies recover stolen tractors'), 'Dale Whitlock');
    assert.equal(speakerOf(b, 'more arrests were possible'), 'Dale Whitlock');
    const c = analyzeText('Police: Who started the fire?\n\nMEMPHIS, Tenn. — A fire broke out Saturday, police said.');
    assert.ok(!c.statements.some(s => s.paragraph === 0));
  });
});

describe('speakers: a person described as someone at a body', () => {
  it('reads `Mateo Rubalcava, a senior at the high school,` as a person, not the school: his `he` next is his', () => {
    const a = analyzeText('Books\n\nTrustee Brent Holloway said the policy was about transparency.\n\n' +
      'Mateo Rubalcava, a senior at the high school, said many of the targeted books were about students like him.\n\n' +
      '"When you take those books off the shelves," he said, "you are telling kids like me that we do not belong."');
    assert.equal(a.speakers.find(s => s.name === 'Mateo Rubalcava')?.kind, 'person');
    assert.equal(speakerOf(a, 'you are telling kids like me'), 'Mateo Rubalcava');
  });
});

describe('speakers: a calling the lists lack, before a given name and a surname', () => {
  it('keeps `Elder`, `Musicologist`, `Investigator`, `Haliburton Highlands Reeve`, `Mayor Pro Tem` and an age out of the name', () => {
    const a = analyzeText('Water\n\nElder Rose Meekis, 74, said the plant changed everything. Musicologist Rebecca Thibodeau says both sides have a point. ' +
      'Investigator Tamara Lindgren said the break came in May. "Nobody asked us," said Haliburton Highlands Reeve Denise Larocque. ' +
      'Mayor Pro Tem Ruth Abernathy said the vote was close. Sixteen-year-old Kaylee Mamakwa said it tastes like nothing.');
    assert.equal(speakerOf(a, 'the plant changed everything'), 'Rose Meekis');
    assert.equal(speakerOf(a, 'both sides have a point'), 'Rebecca Thibodeau');
    assert.equal(speakerOf(a, 'the break came in May'), 'Tamara Lindgren');
    assert.equal(speakerOf(a, 'Nobody asked us'), 'Denise Larocque');
    assert.equal(speakerOf(a, 'the vote was close'), 'Ruth Abernathy');
    assert.equal(speakerOf(a, 'it tastes like nothing'), 'Kaylee Mamakwa');
    assert.equal(a.speakers.find(s => s.name === 'Rebecca Thibodeau')?.role, 'Musicologist');
    assert.equal(a.speakers.find(s => s.name === 'Ruth Abernathy')?.role, 'Mayor Pro Tem');
  });

  it('keeps a given name that opens a longer name, and a surname in -er after a given name (`Walker`), in the name', () => {
    const a = analyzeText('Vote\n\nSpencer Ann Holt said the vote was close. Hunter Biden said he was tired. Mary Walker Smith said she was sure.');
    assert.equal(speakerOf(a, 'the vote was close'), 'Spencer Ann Holt');
    assert.equal(speakerOf(a, 'he was tired'), 'Hunter Biden');
    assert.equal(speakerOf(a, 'she was sure'), 'Mary Walker Smith');
  });
});

describe('speakers: a title with `for` or `of` and its domain before a given name', () => {
  it('reads `State Secretary for Mining Ilse Verhoeven welcomed … and said` and `High Commissioner for Refugees Tomás Ribeiro` as the named people', () => {
    const a = analyzeText('Quakes\n\nState Secretary for Mining Ilse Verhoeven welcomed the decision and said the government would act quickly. ' +
      'In a letter, she wrote that the burden was unbearable.\n\nU.N. High Commissioner for Refugees Tomás Ribeiro Vasconcelos said the agency would cut staff. ' +
      '"We have no choice," Ribeiro Vasconcelos said.\n\nThe high commissioner said he would travel to Washington.');
    assert.equal(speakerOf(a, 'the government would act quickly'), 'Ilse Verhoeven');
    assert.equal(speakerOf(a, 'the burden was unbearable'), 'Ilse Verhoeven');
    assert.equal(a.speakers.find(s => s.name === 'Ilse Verhoeven')?.role, 'State Secretary for Mining');
    assert.equal(speakerOf(a, 'We have no choice'), 'Tomás Ribeiro Vasconcelos');
    assert.equal(speakerOf(a, 'he would travel to Washington'), 'Tomás Ribeiro Vasconcelos');
  });
});

describe('speakers: a subject said more of, then an aside in commas, before the cue', () => {
  it('reads the subject before a relative clause or a participle’s aside when words after its head say which one', () => {
    const a = analyzeText('Campaign\n\nA Democratic strategist who has advised the campaign, speaking on condition of anonymity, said internal polling showed a slump. ' +
      'But the brother of another victim, speaking to reporters in the hallway, said he did not blame the senator. ' +
      'Tom Park himself, who endorsed the senator in July, said through a spokesman that he was disappointed. ' +
      'Organizers of the effort, which calls itself Delegates Unbound, said Thursday that they had 400 delegates.');
    assert.equal(speakerOf(a, 'internal polling showed a slump'), 'Democratic strategist');
    assert.equal(speakerOf(a, 'he did not blame the senator'), 'brother of another victim');
    assert.equal(speakerOf(a, 'he was disappointed'), 'Tom Park');
    assert.equal(speakerOf(a, 'they had 400 delegates'), 'Organizers of the effort');
  });
});

describe('speakers: a document issued, then a participle saying what it says', () => {
  it('gives `Park’s campaign issued a statement later Tuesday saying …` to the campaign, not the statement', () => {
    const a = analyzeText('Remarks\n\nPark’s campaign issued a statement later Tuesday saying the remarks had been misconstrued. ' +
      'The ministry released a report on Monday saying exports fell. He issued a statement saying he regretted the words.');
    assert.equal(speakerOf(a, 'the remarks had been misconstrued'), 'Park’s campaign');
    assert.equal(speakerOf(a, 'exports fell'), 'ministry');
    assert.notEqual(speakerOf(a, 'he regretted the words'), 'statement');
  });
});

describe('speakers: a paragraph ending in a frame and a colon, the quote in the next', () => {
  it('gives the quote after `Castellane said:` or `Sheriff Nora Castellane wrote in a Facebook post:` standing alone to its speaker', () => {
    const a = analyzeText('Lake\n\nThe search ended on Monday.\n\nSheriff Nora Castellane wrote in a Facebook post:\n\n"This is not the outcome any of us wanted."\n\n' +
      'Divers had searched for three days.\n\nThe mayor said:\n\n"We grieve with the family."\n\nThe rain came later.\n\n"It was cold," one diver said.');
    assert.equal(speakerOf(a, 'This is not the outcome'), 'Nora Castellane');
    assert.equal(speakerOf(a, 'We grieve with the family.'), 'mayor');
    assert.equal(speakerOf(a, 'It was cold'), 'one diver');
  });
});

describe('speakers: an interview in questions and answers with someone else quoted between', () => {
  it('gives every `A:` to the interviewee, also after a paragraph quoting another person', () => {
    const a = analyzeText('Chief\n\nRIVERSIDE — Angela Moreno-Whitt became police chief in July. The Sentinel sat down with Moreno-Whitt last week.\n\n' +
      'Q: What surprised you?\n\nA: How much people want to talk. They want to be heard.\n\n' +
      '"We are cautiously optimistic," said Sgt. Kyle Brandt, the union president.\n\nQ: What does success look like?\n\nA: Response times down. Staffing up.');
    assert.equal(speakerOf(a, 'How much people want to talk'), 'Angela Moreno-Whitt');
    assert.equal(speakerOf(a, 'We are cautiously optimistic'), 'Kyle Brandt');
    assert.equal(speakerOf(a, 'Response times down'), 'Angela Moreno-Whitt');
  });
});

describe('speakers: words quoted in what a named speaker said, told of by another source', () => {
  it('gives `Park told donors that his campaign would “reset,” according to three people` and `said Park responded that he would “handle it”` to Park', () => {
    const a = analyzeText('Donors\n\nTom Park told donors on Wednesday that his campaign would "reset" after a month of stumbles, according to three people. ' +
      'The adviser said Park responded that he would "handle it." Deputy Governor Yoo Sang-dae told a meeting that the bank would "act swiftly," the bank said. ' +
      'Ann Lee criticized Park for suggesting the state should "rethink" its pledge, telling reporters he was wrong.');
    assert.equal(speakerOf(a, 'reset'), 'Tom Park');
    assert.equal(speakerOf(a, 'handle it.'), 'Tom Park');
    assert.equal(speakerOf(a, 'act swiftly'), 'Yoo Sang-dae');
    assert.notEqual(speakerOf(a, 'rethink'), 'Ann Lee');
  });
});

describe('speakers: someone described by a place near them, before the cue', () => {
  it('gives `after a farmer near Wells reported that …` to the farmer, not Wells, and keeps the sheriff’s clause whole', () => {
    const a = analyzeText('Thefts\n\nAccording to the sheriff\'s office, the investigation began in August after a farmer near Wells reported that a tractor had vanished.');
    assert.equal(speakerOf(a, 'a tractor had vanished'), 'farmer near Wells');
    assert.equal(statement(a, 'the investigation began').content.text, 'the investigation began in August after a farmer near Wells reported that a tractor had vanished');
  });
});

describe('speakers: a pageant’s title after `Miss`', () => {
  it('reads `a former Miss Universe winner` as no person the next description means, and `Miss France said` as the title’s holder', () => {
    const a = analyzeText('Posts\n\nTom Park attacked a former Miss Universe winner who has campaigned for Ann Lee.\n\n' +
      'In a burst of posts, the Republican nominee called Maria Soler "disgusting."\n\nMiss France said the crown was heavy.');
    assert.notEqual(speakerOf(a, 'disgusting'), 'Universe');
    assert.equal(speakerOf(a, 'the crown was heavy'), 'Miss France');
  });
});

describe('speakers: a name given in a relative clause, with a reason after it or as how someone identified themselves', () => {
  it('reads `Another man, who gave his name only as Ibrahim because he fears …, said` and `who identified himself only as Ibrahim` as Ibrahim', () => {
    const a = analyzeText('Shelter\n\nAnother man, who gave his name only as Ibrahim because he fears for relatives in Sudan, said he was grateful.\n\n' +
      'A second man, who identified himself only as Tarek, said the nights were cold.');
    assert.equal(speakerOf(a, 'he was grateful'), 'Ibrahim');
    assert.equal(speakerOf(a, 'the nights were cold'), 'Tarek');
  });
});

describe('speakers: an interview of questions and answers without labels', () => {
  it('gives each answer after a short question to the interviewee, after the note that the interview was edited', () => {
    const a = analyzeText('Watchdog\n\nMargaret Osei-Bonsu became the first ombudsperson last month. The Star spoke with her. The interview has been edited for length and clarity.\n\n' +
      'Why did you take this job?\n\nBecause I was there. When this job was posted, I thought: if not someone who lived it, then who?\n\n' +
      'What is the biggest problem?\n\nStaffing, without question.\n\nHomes are still short of workers.\n\nThe ministry said it welcomed the appointment.');
    assert.equal(speakerOf(a, 'Because I was there'), 'Margaret Osei-Bonsu');
    assert.equal(speakerOf(a, 'Staffing, without question'), 'Margaret Osei-Bonsu');
    assert.equal(speakerOf(a, 'Homes are still short'), 'Margaret Osei-Bonsu');
    assert.ok(!a.statements.some(s => s.content.text.startsWith('Why did you')));
    assert.equal(speakerOf(a, 'it welcomed the appointment'), 'ministry');
    const b = analyzeText('Rates\n\nThe bank held its rate. Why does it matter?\n\nBorrowers will pay more.');
    assert.equal(b.statements.length, 0);
  });
});
