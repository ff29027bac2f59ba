import * as assert from 'node:assert/strict';
import { analyzeText, hasStatement, speakerOf, speakerRecordOf, statement } from './core-helpers';

describe('core: who a pronoun speaker is', () => {
  it('reads `the 24-year-old said` after a quote as the person the story is about, and any noun after a quote as its speaker', () => {
    const a = analyzeText('Hockey\n\nGoalie Sam Whitfield, who was pulled in Game 5, said he had watched video of every goal. “I owed the guys one,” the 24-year-old said.\n\n' +
      '“It was a long night,” the veteran said.');
    const owed = statement(a, 'I owed the guys one');
    assert.deepEqual([owed.speaker?.name, owed.speaker?.mention?.text], ['Sam Whitfield', 'the 24-year-old']);
    assert.equal(statement(a, 'It was a long night').speaker?.mention?.text, 'the veteran');
  });

  it('lets a description by another word mean a titled person: the judge, a justice; the lawmaker, a senator', () => {
    const a = analyzeText('Sentence\n\nOntario Superior Court Justice Helen Marwick sentenced Pike on Thursday. The judge said a jail term was needed.\n\n' +
      'Sen. Ana Ruiz voted against the bill. The lawmaker said it went too far.');
    assert.equal(speakerOf(a, 'a jail term was needed'), 'Helen Marwick');
    assert.equal(speakerOf(a, 'it went too far'), 'Ana Ruiz');
  });

  it('a person introduced by an appositive is who the next "she said" refers to', () => {
    const a = analyzeText([
      'Tomas Brandvold said the ferry timetable would change in spring.',
      '',
      'Lidia, a baker on the quay, was opening her shop when the horn sounded.',
      '',
      '“I thought the boat had hit the pier,” she said.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'I thought the boat'), 'Lidia');
  });

  it('a full name followed by an age or a title is the new topic, even in the middle of a sentence', () => {
    const a = analyzeText([
      'Coach Aaron Pellew said the squad was tired after the trip.',
      '',
      'The clinic also worked for retired welder Marguerite Osei, 64. “I walk to the market again,” she says.',
      '',
      'In the spring, Halvard Mbeki, director of the rowing club, is confident. “We will race again,” he said.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'I walk to the market'), 'Marguerite Osei');
    assert.equal(speakerOf(a, 'We will race again'), 'Halvard Mbeki');
  });

  it('a person named after a capitalised opener ("After Name was …") becomes the topic', () => {
    const a = analyzeText([
      'Minister Renata Kowalczyk-Hale announced the reform in March. Deputy Minister Bruno Ferreira said it would pass.',
      '',
      'After Kowalczyk-Hale was moved to another ministry, she posted a short note.',
      '',
      '“The reform was never mine alone,” she said.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'The reform was never'), 'Renata Kowalczyk-Hale');
  });

  it('places and shop names before a verb are not people a pronoun can stand for', () => {
    const a = analyzeText([
      'Ingrid Solheim, the head of the tenants’ group, said the rents were too high.',
      '',
      'If South Carlow votes for the plan, rents will fall. Three former Nadia’s Bakery employees backed the plan.',
      '',
      '“It is the only fair outcome,” she said.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'It is the only fair'), 'Ingrid Solheim');
  });

  it('a nationality is not a name: "North Korean leader" leaves the pronoun to the person', () => {
    const a = analyzeText([
      'Ambassador Lena Fiskaa said the talks had been useful.',
      '',
      'The visit was planned before the Ruritanian leader arrived. Later the South Korean delegation left.',
      '',
      'She said the next round would be held in May.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'the next round would be'), 'Lena Fiskaa');
  });
});

describe('core: "the company" and "the team"', () => {
  it('refer back to the company or team the article named, known as one by how it is written', () => {
    const a = analyzeText([
      'Harbour trade',
      '',
      'Voltaro posted a video of its new truck on Monday. Dana Reed, its chief engineer, smiled.',
      '',
      'The company said the truck would ship in May.',
      '',
      'The Halifax Gulls have signed a new goalie. “I’m home,” the team wrote on its website.',
      '',
      'Analysts at the Securities Commission said the deal was fair. The firm said it had no comment.',
    ].join('\n'));
    const company = statement(a, 'the truck would ship');
    assert.equal(company.speaker?.name, 'Voltaro');
    assert.equal(a.speakers.find(s => s.id === company.speaker?.id)?.kind, 'organization');
    assert.equal(company.speaker?.mention?.text, 'The company');
    assert.match(statement(a, 'I’m home').speaker?.name ?? '', /Gulls/);
    assert.equal(a.speakers.find(s => s.name === 'Dana Reed')?.kind ?? 'person', 'person', 'an appositive `its` makes no organization of a person');
    assert.notEqual(speakerOf(a, 'it had no comment'), 'Securities Commission', 'a public body is not what `the firm` means');
  });

  it('do not make an organization of a surname after "the" or a person with a given name', () => {
    const a = analyzeText('Campaign\n\nThe Sanders campaign said the rally would go ahead. Kathleen West said the hall was full.\n');
    assert.equal(speakerOf(a, 'the hall was full'), 'Kathleen West');
    assert.equal(a.speakers.find(s => s.name === 'Kathleen West')?.kind, 'person');
  });
});

describe('core: objects are not pronoun topics', () => {
  it('"ready to meet Name": the object of an infinitive is not who the next "he" means', () => {
    const a = analyzeText([
      'President Olaf Brenner said in his annual address he was ready to meet Governor Ade Okoro any day. But he warned that he may walk away from the talks.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'he may walk away'), 'Olaf Brenner');
  });
});

describe('core: speaker phrases around the cue', () => {
  it('"…, in Place, was hit, said Name": the name after the cue speaks, not the place before the comma', () => {
    const a = analyzeText('The northern shore of Tarrow county in Velland, Norland’s windiest region, was also flooded, said Oskar Lindqvist Amaro, a spokesman for the coast guard.');
    assert.equal(speakerOf(a, 'The northern shore'), 'Oskar Lindqvist Amaro');
  });

  it('"Name, meanwhile, told Outlet …": the outlet after "told" is the listener', () => {
    const a = analyzeText('Pereira, meanwhile, told Harbourline on Friday that the vote was rigged from the start.');
    assert.equal(speakerOf(a, 'the vote was rigged'), 'Pereira');
  });

  it('"the tall, soft-spoken professor said" is a description of the person the story is about', () => {
    const a = analyzeText([
      'Ruth Okonkwo has spent a decade teaching students to build cheaper water pumps. Okonkwo knows the market is small.',
      '',
      '“Nobody gets rich selling pumps to villages,” the tall, soft-spoken professor said.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'Nobody gets rich'), 'Ruth Okonkwo');
  });

  it('"the auditor general", "the police chief", "the chief executive" name an office of their own, not the person the story is about', () => {
    const a = analyzeText([
      'Land swap',
      '',
      'Ruth Okonkwo spoke first at the hearing. The auditor general said the developers stood to gain millions.',
      '',
      'Okonkwo left early. The police chief said no charges were planned. The chief executive said the firm did nothing wrong.',
      '',
      'Okonkwo was back by noon. The tall, soft-spoken professor said the pumps were cheap. She said instead that the deal should wait.',
    ].join('\n'));
    assert.equal(speakerOf(a, 'the developers stood to gain millions'), 'auditor general');
    assert.equal(speakerOf(a, 'no charges were planned'), 'police chief');
    assert.equal(speakerOf(a, 'the firm did nothing wrong'), 'chief executive');
    assert.equal(speakerOf(a, 'the pumps were cheap'), 'Ruth Okonkwo', 'any other description still means the person the story is about');
    assert.equal(statement(a, 'the deal should wait').content.text, 'the deal should wait', '`instead` says how, not what');
  });

  it('"says Lakes and Rivers senior director Name": an organization with "and" before the role', () => {
    const a = analyzeText('The first season was “a real surprise,” says Lakes and Rivers senior director Dana Whitcombe, who runs the survey.');
    assert.equal(speakerOf(a, 'a real surprise'), 'Dana Whitcombe');
  });
});

describe('core: what is not a reported clause', () => {
  it('a noun phrase after "denied"/"suggested" is not a clause; a clause after them is', () => {
    const a = analyzeText('The treasurer denied any wrongdoing at the lottery office. The auditor suggested a slower timetable for the audit. The treasurer later denied the ledgers had been altered.');
    assert.ok(!hasStatement(a, 'any wrongdoing'));
    assert.ok(!hasStatement(a, 'a slower timetable'));
    assert.equal(statement(a, 'the ledgers had been altered').kind, 'indirect');
  });

  it('a cue inside a relative clause reports nothing ("a song she said was written by …")', () => {
    const a = analyzeText('Marisol Duarte sang a lullaby she said was written by her grandmother in the valley.');
    assert.ok(!hasStatement(a, 'was written by'));
  });

  it('a frame in a relative clause without "that" ("the countries Lee cited paid …") does not cut the outer statement short', () => {
    const a = analyzeText('Doctors\n\nMarc Brassard said the countries Ms. Gagnon-Ferland cited paid their doctors far more. ' +
      'He said the figures the minister gave were wrong, and the rates Lee reported showed a rise. Officials said the talks focused on whether it disclosed classified plans.');
    assert.equal(statement(a, 'the countries').content.text, 'the countries Ms. Gagnon-Ferland cited paid their doctors far more');
    assert.equal(statement(a, 'the figures').content.text, 'the figures the minister gave were wrong, and the rates Lee reported showed a rise');
    assert.equal(statement(a, 'the talks').content.text, 'the talks focused on whether it disclosed classified plans');
    assert.equal(speakerOf(a, 'the figures'), 'Marc Brassard');
  });

  it('what was said ends before `, though he conceded …`, `, prompting …` and `, a line that …`', () => {
    const a = analyzeText('Caucus\n\nTom Easterly predicted that the surge would fade by February, though he conceded that he had said so before. ' +
      'Tom Pryce said he would not back the bill, prompting swift condemnation from both parties. ' +
      'Tom Lindqvist said that voters were sick of the scandal, a line that drew a standing ovation. Tom Lindqvist said the plan would work, though it might take years.');
    assert.equal(statement(a, 'the surge would fade').content.text, 'the surge would fade by February');
    assert.equal(speakerOf(a, 'he had said so before'), 'Tom Easterly', 'the clause after `though` is a statement of its own');
    assert.equal(statement(a, 'he would not back the bill').content.text, 'he would not back the bill');
    assert.equal(statement(a, 'voters were sick').content.text, 'voters were sick of the scandal');
    assert.equal(statement(a, 'the plan would work').content.text, 'the plan would work, though it might take years', 'a clause of what was said goes on');
  });

  it('"the official", "the source", "the minister" after "One … official", "One source", "Another MP"; "the operative" is someone', () => {
    const a = analyzeText('Convention\n\nOne former administration official said the vote was rigged. "They thought this was a coronation," the official said. ' +
      'One source, a longtime party member, said the rules were bent. "They are not even hiding it," the source said.\n\n' +
      'Another MP said the rebels were few. "It is not the 50 needed yet," the MP said. A longtime GOP operative said the base was angry. ' +
      '"Every time he gets momentum, something comes out," the operative said.');
    assert.equal(statement(a, 'They thought this was a coronation').speaker?.id, statement(a, 'the vote was rigged').speaker?.id);
    assert.equal(statement(a, 'They are not even hiding it').speaker?.id, statement(a, 'the rules were bent').speaker?.id);
    assert.equal(statement(a, 'It is not the 50').speaker?.id, statement(a, 'the rebels were few').speaker?.id);
    assert.equal(statement(a, 'Every time he gets momentum').speaker?.id, statement(a, 'the base was angry').speaker?.id);
  });

  it('a surname of two or three words, or with the particles "ter" and "zu", is the person named in full', () => {
    const a = analyzeText('Trial\n\nMarcelo Leonel Barbosa da Costa, the defence lawyer, said the file was forged. "There is not a single document," Barbosa da Costa told reporters. ' +
      'Rodrigo Sanchez Moreno said the vote was rigged. Sanchez Moreno said he would appeal. Carsten ter Horst, chief economist at Rheinbank, said rates would rise. ' +
      'Mary Ann Smith said the count was slow. Ann Smith said it was fast.');
    assert.equal(speakerOf(a, 'There is not a single document'), 'Marcelo Leonel Barbosa da Costa');
    assert.equal(speakerOf(a, 'he would appeal'), 'Rodrigo Sanchez Moreno');
    assert.equal(speakerOf(a, 'rates would rise'), 'Carsten ter Horst');
    assert.equal(speakerOf(a, 'it was fast'), 'Ann Smith', 'a given name first makes no surname: someone else');
  });

  it('someone introduced by a noun of people and a title, or a title of a body, is whom the next "he" means; titles head descriptions', () => {
    const a = analyzeText('Ceasefire\n\nBrig. Gen. Khalil Al-Masri said the army held the line. A rebel commander denied the charge. He said drones had circled the camp.\n\n' +
      'Gen. Omar Haddad said the talks were over. A commander of the Free Levant Brigades, who spoke on condition of anonymity, denied it. He said the shelling went on.\n\n' +
      'A letter from the auditor, released Monday, said the city must act.');
    assert.equal(speakerOf(a, 'drones had circled the camp'), 'rebel commander');
    assert.equal(speakerOf(a, 'the shelling went on'), 'commander of the Free Levant Brigades');
    assert.equal(speakerOf(a, 'the city must act'), 'auditor');
  });

  it('people of a body opening a sentence that reports nothing are whom the next "they" means', () => {
    const a = analyzeText('Stocks\n\nAnn Lee said the bank was safe. Analysts at Morningstone Securities raised their price target. "The stock is cheap," they wrote in a note.');
    assert.equal(speakerOf(a, 'The stock is cheap'), 'Analysts at Morningstone Securities');
  });

  it('a description matches a role given in apposition earlier in the story, before the roles are settled', () => {
    const a = analyzeText('Rally\n\nGrant Whitford, the Republican front-runner, said the polls were wrong. "It is close," said Sean Doherty, a strategist. ' +
      'The front-runner said there would be riots.\n\nAnn Ovalle, a billionaire developer, toured the plant. "It is fine," said Jo Baker, a union steward. ' +
      'The billionaire said the plant would stay open.\n\nBernard Sanders, a senator from Vermont, spoke first. The Florida senator told reporters he felt good.');
    assert.equal(speakerOf(a, 'there would be riots'), 'Grant Whitford');
    assert.equal(speakerOf(a, 'the plant would stay open'), 'Ann Ovalle');
    assert.notEqual(speakerOf(a, 'he felt good'), 'Bernard Sanders', 'a place in the description must be the role\'s');
  });

  it('a name set off from its verb by an adverb in commas ("Whitford, meanwhile, has …") is whom the next "he" means', () => {
    const a = analyzeText('Running mate\n\nGrant Whitford spoke on Monday. Donald Trump was in Iowa. "It is close," said Tom Baker, a strategist. ' +
      'Whitford, meanwhile, has his own search underway. He told reporters that he had narrowed his list.\n\nTrump, however, wasted no time responding.\n\n' +
      '"He didn\'t answer your question," he said.');
    assert.equal(speakerOf(a, 'he had narrowed his list'), 'Grant Whitford');
    assert.equal(speakerOf(a, "He didn't answer your question"), 'Donald Trump');
  });

  it('a cue word after a preposition\'s object is a noun, and `and would …` after what was said goes on with it', () => {
    const a = analyzeText('Border\n\nThe general said that militants had fired two mortar rounds at an army post overnight but that no soldiers were hurt. ' +
      'The commission said the bonds were backed by all 27 member states. ' +
      'The minister said Ottawa was working closely with the provinces and would announce new measures soon. With some polls indicating that Ruiz leads, the race is close.');
    assert.equal(statement(a, 'militants had fired').content.text, 'militants had fired two mortar rounds at an army post overnight but that no soldiers were hurt');
    assert.equal(statement(a, 'the bonds were backed').content.text, 'the bonds were backed by all 27 member states');
    assert.equal(statement(a, 'Ottawa was working').content.text, 'Ottawa was working closely with the provinces and would announce new measures soon');
    assert.ok(!a.statements.some(s => s.cue?.text === 'announce'), 'no second cue');
    assert.equal(statement(a, 'Ruiz leads').cue?.text, 'indicating', 'a participle after its subject still reports');
  });

  it('`said that,` then an aside set off by commas and a clause reports the clause; `denied that, saying` still reports none', () => {
    const a = analyzeText('Sentence\n\nJudge Ann Lee said that, had it not been for the guilty plea, the sentence would have been six years. ' +
      'Officials say that, even if they wanted one, a recount could not be done. Kestrel denied that, saying the report was false.');
    assert.equal(statement(a, 'had it not been').content.text, 'had it not been for the guilty plea, the sentence would have been six years');
    assert.equal(statement(a, 'even if they wanted one').content.text, 'even if they wanted one, a recount could not be done');
    assert.ok(!hasStatement(a, 'Kestrel denied that'), 'the participle reports what follows it, not what came before');
  });

  it('a cue in a relative clause reports no noun phrase, nothing before it, and no more than up to the main clause\'s cue', () => {
    const a = analyzeText('Race\n\nKevin Ashby, a party strategist who advised Senator John Prewitt\'s presidential campaign in 2008, said the race was over. ' +
      'A woman who answered the phone at the office said he was not available. Tom Reyes said his sister, a federal judge who has ruled in favor of the law, would be ' +
      'phenomenal. Barkley, who said he typically votes for Democrats, laughed. Ann Lee told Trump\'s aides that the race was over.');
    assert.ok(!a.statements.some(s => s.cue?.text === 'advised' || s.cue?.text === 'answered' || s.cue?.text === 'ruled'), 'no act named in a relative clause reports');
    assert.equal(speakerOf(a, 'he was not available'), 'woman');
    assert.equal(statement(a, 'his sister').content.text, 'his sister, a federal judge who has ruled in favor of the law, would be phenomenal');
    assert.equal(statement(a, 'he typically votes').content.text, 'he typically votes for Democrats');
    assert.equal(speakerOf(a, 'the race was over'), 'Kevin Ashby');
    assert.ok(hasStatement(a, 'the race was over'));
  });

  it('what was said after `told reporters` and a clause\'s infinitive, past `many times that`, and nothing after `anything X could say`', () => {
    const a = analyzeText('Vote\n\nBlaine told reporters he intends to call for a vote. Mr. Whitford has claimed many times that he opposed the war. ' +
      'Voters wonder whether there is anything Grant Whitford could say that would be too much. If anything, Ann Ash argued, the rules should change.');
    assert.equal(statement(a, 'he intends').content.text, 'he intends to call for a vote');
    assert.equal(statement(a, 'he opposed the war').content.text, 'he opposed the war');
    assert.ok(!hasStatement(a, 'that would be too much'));
    assert.equal(speakerOf(a, 'the rules should change'), 'Ann Ash');
  });

  it('what was said ends before `but declined to go into details`, `but questioned …`, `, a condition …`, `, raising the risk of …` and `, while the far-right …`', () => {
    const a = analyzeText('Trade\n\nWei said the company was in close contact with customers but declined to go into details. ' +
      'Ann Lee said the dating was solid but questioned whether the seeds proved domestication. ' +
      'The Kremlin said Kyiv must recognize its control over the territories, a condition Western governments have rejected. ' +
      'Beijing said it would act to protect its companies, raising the risk of a broader trade dispute. ' +
      'Ann Lee said her party supported the plan in principle, while the far-right Alliance for Renewal accused her of betrayal. Police questioned the driver.');
    assert.equal(statement(a, 'the company was').content.text, 'the company was in close contact with customers');
    assert.equal(statement(a, 'the dating was solid').content.text, 'the dating was solid');
    assert.equal(statement(a, 'Kyiv must recognize').content.text, 'Kyiv must recognize its control over the territories');
    assert.equal(statement(a, 'it would act').content.text, 'it would act to protect its companies');
    assert.equal(statement(a, 'her party supported').content.text, 'her party supported the plan in principle');
    assert.ok(!a.statements.some(s => s.cue?.text === 'questioned' && s.content.text.startsWith('the driver')), 'questioning someone reports nothing');
  });

  it('a short clause ending in a preposition is a relative clause ("friends she thought she could rely on")', () => {
    const a = analyzeText('Over one winter Petra Lund lost the job and several friends she thought she could rely on.');
    assert.ok(!hasStatement(a, 'she could rely on'));
  });

  it('a participle phrase after "he said," is not what he said', () => {
    const a = analyzeText('“We will rebuild the mill,” Anton Keller said, hands shaking with cold at the gate.');
    assert.ok(!hasStatement(a, 'hands shaking'));
    assert.equal(speakerOf(a, 'We will rebuild'), 'Anton Keller');
  });

  it('a participle opening the sentence is not reported, unless the frame is set off by commas', () => {
    const a = analyzeText('Speaking at the depot on Friday morning, the director denied it. Cycling to work in winter, the residents said, can be miserable.');
    assert.ok(!hasStatement(a, 'Speaking at the depot'));
    assert.equal(statement(a, 'Cycling to work in winter').kind, 'indirect');
  });

  it('a frame embedded in a reported clause ("… when they say …") does not cut the outer statement short', () => {
    const a = analyzeText('Mayor Ilse Varga said the critics are wrong when they say the tunnel will flood every spring.');
    const outer = statement(a, 'the critics are wrong');
    assert.equal(outer.speaker?.name, 'Ilse Varga');
    assert.ok(outer.content.text.includes('the tunnel will flood'), outer.content.text);
  });

  it('"Doe’s agent, Full Name, said …": the full name between commas after a role is the speaker', () => {
    const a = analyzeText('TOMAS REIN -- Rein is out for the season. Rein’s agent, Helga Morrow, said by email the striker was recovering well.');
    assert.equal(speakerOf(a, 'the striker was recovering'), 'Helga Morrow');
  });

  it('"Ms. May said" and "Carla June has said": a month word after an honorific or a given name is a surname', () => {
    const a = analyzeText('On Monday, Ms. May said a cap on fares could be agreed by summer. Party leader Carla June has said the party won’t back the levy.');
    assert.equal(speakerOf(a, 'a cap on fares'), 'May');
    assert.equal(speakerOf(a, 'the party won’t back'), 'Carla June');
  });

  it('"<clause>, he adds." followed by a quote still reports the clause before the frame', () => {
    const a = analyzeText('Hospitals could just as easily adopt the scheme, Ruben Alvarez adds. “The hard part is the first year.”');
    assert.equal(statement(a, 'Hospitals could just as easily').kind, 'indirect');
    assert.equal(speakerOf(a, 'Hospitals could just as easily'), 'Ruben Alvarez');
  });

  it('"told the league he would …": a listener with a determiner before the pronoun that opens the clause', () => {
    const a = analyzeText('Okafor told the league he would play in the opening round for the first time since 2015.');
    const s = statement(a, 'he would play');
    assert.equal(s.kind, 'indirect');
    assert.equal(s.speaker?.name, 'Okafor');
  });

  it('a negated act of saying reports nothing; a negated opinion still does', () => {
    const a = analyzeText('The minister would not say which schools are planning to close. Halloran said he did not think the strike would last.');
    assert.ok(!hasStatement(a, 'which schools'));
    assert.ok(hasStatement(a, 'the strike would last'));
  });

  it('"tell the mayor about …", "said inside his workshop …", "writes widely about …" open no clause', () => {
    const a = analyzeText([
      'Asked what she would tell Mayor Jon Reyes about the flooding, Ilka Berg laughed.',
      '',
      '“It took ten years,” Omar Haddad said inside his workshop on the edge of the old town near the river.',
      '',
      'Nadia Orlov, a historian who writes widely about the railways, noted that the line was never finished.',
    ].join('\n'));
    assert.ok(!hasStatement(a, 'about the flooding'));
    assert.ok(!hasStatement(a, 'inside his workshop'));
    assert.ok(!hasStatement(a, 'widely about the railways'));
    assert.equal(speakerOf(a, 'the line was never finished'), 'Nadia Orlov');
  });
});

describe('core: names in quotation marks', () => {
  it('a title-case name used as a modifier ("the “Fresh Start” project") is not a quote, even in a sentence with a cue', () => {
    const a = analyzeText('The results are “very encouraging,” says coordinator Lena Marsh, who leads the “Fresh Start” project with the city.');
    assert.ok(!hasStatement(a, 'Fresh Start'));
    assert.equal(statement(a, 'very encouraging').speaker?.name, 'Lena Marsh');
  });

  it('a short quote right after a speech verb is a statement even when no speaker is found', () => {
    const a = analyzeText('The most stubborn holdout in chess finally said “enough.”');
    assert.ok(['direct', 'partial'].includes(statement(a, 'enough').kind));
  });

  it('"heard from voters who said …": the relative frame is part of the outer clause, and reports its own clause too', () => {
    const a = analyzeText('Councillor Priya Nand said she heard from many residents who said they would move out before winter.');
    const outer = statement(a, 'she heard from many residents');
    assert.equal(outer.speaker?.name, 'Priya Nand');
    assert.ok(outer.content.text.includes('they would move out'), outer.content.text);
    assert.equal(speakerOf(a, 'they would move out'), 'many residents');
  });

  it('"Name told reporters she believes …" is one statement, not a second one for "she believes"', () => {
    const a = analyzeText('Marta Quist told reporters she believes she can win the seat because she has lived there for years.');
    const found = a.statements.filter(x => x.content.text.includes('she can win the seat'));
    assert.equal(found.length, 1, found.map(x => x.content.text).join(' | '));
    assert.equal(found[0].speaker?.name, 'Marta Quist');
  });

  it('a quote in a subheading without a cue repeats the body and is not a statement', () => {
    const a = analyzeText([
      'The shelter opened its doors in November, and every bed was taken within a week.',
      '',
      '“Family of strangers” grows in the hall',
      '',
      'Director Beth Mallory said the guests look out for each other through the winter.',
    ].join('\n'));
    assert.ok(!hasStatement(a, 'Family of strangers'));
    assert.equal(speakerOf(a, 'the guests look out'), 'Beth Mallory');
  });

  it('takes a group described as its sentence’s subject for whom the next "they" means, past an opening phrase or an aside', () => {
    const a = analyzeText('Trade study\n\nIn a recent study, three economists -- Dana Autor at the Harbour Institute and Gordon Hale at the State College -- ' +
      'raised a challenge to the theory.\n\nThey examined the experience of workers after the mill closed. The presumed recovery, they concluded, never happened.\n\n' +
      'Workers walked out on Monday. They said the wages were too low.');
    assert.equal(speakerOf(a, 'The presumed recovery'), 'three economists');
    assert.equal(speakerOf(a, 'the wages were too low'), 'Workers');
  });

  it('lets "they" mean an organization named after the last group, not the group', () => {
    const a = analyzeText('Trade deal\n\nBoth leaders said the talks went well. The Conservative Party said the deal was bad. ' +
      'Mayor Ilse Varga said the party is wrong when they say the deal overrides the law.');
    assert.equal(speakerOf(a, 'the deal overrides the law'), 'Conservative Party');
  });

  it('reads a name after an article or a possessive as modifying a noun (every Portland goal), not as whom a description means next', () => {
    const a = analyzeText('Comets force Game 7\n\nNadia Kovacs scored in overtime and the Denver Comets beat the Portland Ravens 3-2 on Saturday night.\n\n' +
      'Whitfield, who was pulled in Game 5, said he had watched video of every Portland goal in the series. "I owed the guys one," the 24-year-old said.\n\n' +
      'Glenn Ruiz protested on Tuesday. He apologized the next day in his Washington office, saying it was "childish" to name-call.');
    assert.equal(speakerOf(a, 'I owed the guys one'), 'Whitfield');
    assert.notEqual(a.speakers.find(s => s.name === 'Portland Ravens')?.kind, 'person');
    assert.equal(speakerOf(a, 'it was "childish"'), 'Glenn Ruiz');
  });

  it('reads a name with a nickname in quotation marks as one person, whom her pronoun and surname then mean; the nickname is an alias', () => {
    const a = analyzeText('The last ferry captain\n\nMarguerite "Peg" Olsen has crossed the strait 20,000 times. At 71, she says she is ready to stop.\n\n' +
      '"The water never gets boring," Olsen says.');
    const name = 'Marguerite Olsen';
    assert.equal(speakerOf(a, 'she is ready to stop'), name);
    assert.equal(speakerOf(a, 'The water never gets boring'), name);
    assert.equal(a.speakers.find(s => s.name === name)?.kind, 'person');
    assert.ok(a.speakers.find(s => s.name === name)?.aliases.includes('Marguerite "Peg" Olsen'));
    assert.ok(!a.statements.some(s => s.content.text === 'Peg'), 'a nickname is no quote');
  });

  it('reads a fuller description of a person described before as that person (the 61-year-old mayor), but not another one', () => {
    const a = analyzeText('Town hall\n\nThe mayor said the plan was dead. "We are done," the 61-year-old mayor said. ' +
      'The former mayor said it was alive. The Ohio mayor said nothing had changed.');
    assert.equal(speakerOf(a, 'We are done'), speakerOf(a, 'the plan was dead'));
    assert.notEqual(speakerOf(a, 'it was alive'), speakerOf(a, 'the plan was dead'));
    assert.notEqual(speakerOf(a, 'nothing had changed'), speakerOf(a, 'the plan was dead'));
  });

  it('reads a place after `of` or `in` as no subject a pronoun may mean, and a person of a place as the speaker', () => {
    const a = analyzeText('Housing\n\nMayor Gail Hutton of Palo Verde, who led a coalition of 40 cities against the bill, said the state was "bulldozing local democracy." ' +
      'Her city would consider a legal challenge, she said.\n\nSenator Rob Kane of Texas, the No. 2 Republican in the Senate, said the chamber would vote on Monday. ' +
      'He was joined on the call by Ilyse Hogue, president of the group Choice Now. She said the bill would fail.');
    assert.equal(speakerOf(a, 'the state was'), 'Gail Hutton');
    assert.equal(speakerOf(a, 'Her city would consider'), 'Gail Hutton');
    assert.equal(speakerOf(a, 'the chamber would vote'), 'Rob Kane');
    assert.equal(speakerOf(a, 'the bill would fail'), 'Ilyse Hogue');
    assert.ok(!a.speakers.some(s => s.name === 'Palo Verde' || s.name === 'Texas'));
  });

  it('gives a relative clause or an appositive after `Name of Place` to the person, not the place', () => {
    const a = analyzeText('Primary\n\nThe ruling gave fodder to rivals such as Sen. Dale Ortiz of Nevada, who argued in the debate that the governor was "unfit to lead." ' +
      'Another delegate, Nora Pike of Washington, D.C., explained that the count was fair.\n\n"We are done waiting," she declared.\n\n' +
      'The Bank of Holland said it would appeal. The motion was backed by Aaron Vale of Utah, who said it would pass.');
    assert.equal(speakerOf(a, 'the governor was'), 'Dale Ortiz');
    assert.equal(speakerOf(a, 'unfit to lead'), 'Dale Ortiz');
    assert.equal(speakerOf(a, 'the count was fair'), 'Nora Pike');
    assert.equal(speakerOf(a, 'We are done waiting'), 'Nora Pike');
    assert.equal(speakerOf(a, 'it would pass'), 'Aaron Vale');
    assert.equal(speakerOf(a, 'it would appeal'), 'Bank of Holland');
    assert.ok(!a.speakers.some(s => s.name === 'Nevada' || s.name === 'Washington' || s.name === 'Utah'));
  });
});

describe('core: whom a sentence is about', () => {
  it('makes a known person whose possession opens the sentence its topic (Trump\'s inexperience …. He has suggested)', () => {
    const a = analyzeText('Letters\n\nDale Ortiz spoke in Ohio. Ben Ruiz spoke in Iowa. Entrusting Dale Ortiz with the budget is a risky proposition. ' +
      'Ortiz’s inexperience has shown in many ways. He has suggested that the city could simply skip its payments.');
    assert.equal(speakerOf(a, 'the city could simply skip'), 'Dale Ortiz');
    // (a gerund opening a sentence is no part of the name after it)
    assert.ok(!a.speakers.some(s => s.name.startsWith('Entrusting')));
  });

  it('reads someone of something else\'s (the ad’s narrator) as someone new, not the person the story is about', () => {
    const a = analyzeText('Holiday ad\n\nNora Pike spoke at a rally on Monday. “It was the morning of the vote,” says the ad’s narrator. ' +
      'According to the group’s Facebook post, the ad will run for a week.');
    assert.notEqual(speakerOf(a, 'It was the morning'), 'Nora Pike');
    const post = a.speakers.find(s => /Facebook post/.test(s.name));
    assert.ok(!post || post.kind === 'unknown', 'a post is a document, no person');
  });
});

describe('core: people named in passing', () => {
  it('learns a kin named by one word between commas (His daughter, Morag, runs …) as whom `she` means next', () => {
    const a = analyzeText('Ferryman\n\nHamish Dougal runs the boat. His daughter, Morag, runs the café at the landing. She remembers riding in the bow. ' +
      '“He never once lost a passenger,” she says.\n\nThe ferry was investigating his wife, Democratic candidate Ann Lee, over the fares.');
    assert.equal(speakerOf(a, 'He never once lost'), 'Morag');
    assert.ok(!a.speakers.some(s => s.name === 'Democratic'));
  });

  it('reads the name a description gives (a retired teacher from Glasgow named Elspeth Roy) as the speaker', () => {
    const a = analyzeText('Ferry\n\nFour walkers climb aboard. One of them, a retired teacher from Glasgow named Elspeth Roy, tells him she first made the crossing in 1979.');
    assert.equal(speakerOf(a, 'she first made the crossing'), 'Elspeth Roy');
  });
});

describe('core: a body named before, then by its kind', () => {
  it('reads a distinctive first word opening a later paragraph as the organization named before (Skyward after Skyward Airlines)', () => {
    const a = analyzeText('Refunds\n\nThe regulator fined Skyward Airlines $1.2 million on Monday.\n\nSkyward said it would pay the fine.');
    assert.equal(speakerOf(a, 'it would pay the fine'), 'Skyward Airlines');
  });

  it('reads `the network` or `the charity` as the one named before', () => {
    const a = analyzeText('Broadcast\n\nNorthwind TV fired its anchor on Friday, saying she had broken its rules. The network said it would name a new anchor soon. ' +
      'The Harbour Aid Society said donations had doubled. The charity said it would open a second shelter.');
    assert.equal(speakerOf(a, 'it would name a new anchor'), 'Northwind TV');
    assert.equal(speakerOf(a, 'it would open a second shelter'), 'Harbour Aid Society');
  });
});

describe('core: an organization opening its sentence is whom `it` and `its` mean next', () => {
  it('gives `according to its website` to the company the sentence is about, not to the one that spoke before', () => {
    const a = analyzeText('Quake\n\nTohoku Electric Power Co said it had found no abnormalities at its plant. ' +
      'East Japan Railway Co suspended some bullet train services, according to its website.');
    assert.equal(speakerOf(a, 'East Japan Railway Co suspended'), 'East Japan Railway Co');
  });

  it('leaves `they` to the officials of `Democratic Party officials say`', () => {
    const a = analyzeText('Recount\n\nThe count ended on Tuesday. Democratic Party officials say that, even if they thought it was right, a recount could not be done.');
    const recount = a.statements.filter(s => s.content.text.includes('a recount could not be done'));
    assert.ok(recount.length > 0);
    for (const s of recount) assert.notEqual(s.speaker?.name, 'Democratic Party');
  });
});

describe('core: someone\'s kin is someone new', () => {
  it('reads `The victim\'s sister` as a new person, not the witness quoted before', () => {
    const a = analyzeText('Crash\n\nOne of the witnesses, Omar Haddad, said he heard a bang. ' +
      'The victim\'s sister, reached by phone, said the family was praying for a miracle.');
    assert.equal(speakerOf(a, 'he heard a bang'), 'Omar Haddad');
    assert.equal(speakerOf(a, 'the family was praying'), "victim's sister");
  });
});

describe('core: a pronoun frame with no one of its gender to mean', () => {
  it('gives `he laughs` to the son named after `Her son`, and never to the woman quoted before', () => {
    const a = analyzeText('Bakery\n\n"It is like losing family," says Rosa Delgado. She pauses. "You get used to it."\n\n' +
      'Her son Marco, who now runs the ovens, recalls sleeping on flour sacks. "I thought every mom worked nights," he laughs.');
    assert.equal(speakerOf(a, 'I thought every mom'), 'Marco');
    assert.equal(a.speakers.find(s => s.name === 'Marco')?.role, 'her son');
    const b = analyzeText('Bakery\n\n"It is like losing family," says Rosa Delgado. "You get used to it," she said.\n\n"I thought every mom worked nights," he said.');
    assert.notEqual(speakerOf(b, 'I thought every mom'), 'Rosa Delgado');
  });
});

describe('coreference: a surname opening with particles', () => {
  it('finds `Esperanza de la Cruz` by `de la Cruz`, `Annelise van der Berg` by `Van der Berg` and `Bill de Blasio` by `de Blasio`', () => {
    const a = analyzeText('Drivers\n\nDriver Esperanza de la Cruz said she worked nights. "I loved the work," de la Cruz said.\n\nLawyer Annelise van der Berg took the case. Van der Berg argued that her client met every requirement.\n\nMayor Bill de Blasio spoke. If Sanders would debate, de Blasio tweeted, "I will help you secure any permit."');
    assert.equal(speakerOf(a, 'I loved the work'), 'Esperanza de la Cruz');
    assert.equal(speakerOf(a, 'her client met every requirement'), 'Annelise van der Berg');
    assert.equal(speakerOf(a, 'I will help you secure any permit'), 'Bill de Blasio');
  });
});

describe('coreference: a subject past an appositive that names kin or a participle’s aside', () => {
  it('gives `“…,” he said` to `His brother, Harold Kessling,` who `read a statement`, not to the brother he speaks of', () => {
    const a = analyzeText('Crash\n\nWalter Kessling, 71, was killed in the crash.\n\nHis brother, Harold Kessling, read a statement on behalf of the family.\n\n"Walter was the kind of man who fixed your fence before you asked," he said.');
    assert.equal(speakerOf(a, 'Walter was the kind of man'), 'Harold Kessling');
  });

  it('gives `“I am sorry,” he said` to `Ostrander, dressed in an orange jumpsuit,` who turned to face the families', () => {
    const a = analyzeText('Sentence\n\nDale Ostrander pleaded guilty in March. Walter Kessling, 71, died in the crash.\n\nOstrander, dressed in an orange jumpsuit, turned to face the families. "I am sorry," he said.');
    assert.equal(speakerOf(a, 'I am sorry'), 'Dale Ostrander');
  });
});

describe('coreference: `the airline`, `the agency` and initials of a body named long', () => {
  it('gives `the airline said` to the airline named before, not to the aviation administration named since', () => {
    const a = analyzeText('Storm\n\nSkyline Airways cancelled 40 flights on Friday. The Federal Aviation Administration said it was monitoring the storm. By late evening, the airline said it expected to resume normal operations.');
    assert.equal(speakerOf(a, 'it expected to resume normal operations'), 'Skyline Airways');
    assert.equal(speakerOf(a, 'it was monitoring the storm'), 'Federal Aviation Administration');
  });

  it('finds `NHTSA` and `the agency` after `the U.S. National Highway Traffic Safety Administration`, which never spoke', () => {
    const a = analyzeText('Recall\n\nRegulators at the U.S. National Highway Traffic Safety Administration opened an inquiry. NHTSA said it had received 40 complaints. The agency said it would act.');
    const body = speakerOf(a, 'it had received 40 complaints');
    assert.equal(body, 'U.S. National Highway Traffic Safety Administration');
    assert.equal(speakerOf(a, 'it would act'), body);
  });
});

describe('coreference: kin named once, then by the kin noun', () => {
  it('gives `His son said` to `His son, Anders Eriksen,` named before, not to a new `Tomas Eriksen’s son`', () => {
    const a = analyzeText('Boatyard\n\nThe flood left Tomas Eriksen\'s boatyard under water. His son, Anders Eriksen, was the first to reach it.\n\nTomas Eriksen said he had been overwhelmed by the response.\n\nHis son said the next step was to raise the workshop floor.');
    assert.equal(speakerOf(a, 'the next step was to raise the workshop floor'), 'Anders Eriksen');
    assert.ok(!a.speakers.some(s => /’s son$/.test(s.name)));
  });

  it('keeps `her friend said` someone else than `his friend Mahamat` named for another man', () => {
    const a = analyzeText('Crash\n\n"He had so many plans," his friend Mahamat Oumar told the website.\n\nMarwa Hamdy, a mother of three, was also headed to Cairo, her friend said.');
    assert.notEqual(speakerOf(a, 'Marwa Hamdy, a mother of three'), 'Mahamat Oumar');
  });
});

describe('coreference: the person a sentence says `she` is', () => {
  it('gives `She said …` after `She is Lorraine Dubois-Mackay, not Lorraine Dubois-Mackie.` to her', () => {
    const a = analyzeText('Correction\n\nAn article misstated the name of the chief executive. She is Lorraine Dubois-Mackay, not Lorraine Dubois-Mackie. She said the service could end within two years.');
    assert.equal(speakerOf(a, 'the service could end within two years'), 'Lorraine Dubois-Mackay');
  });
});

describe('coreference: a title and its deputy', () => {
  it('gives `the mayor said` to the mayor, not to the deputy mayor named since, and `the premier` to the premier', () => {
    const a = analyzeText('Budget\n\nMayor Olivia Tremblay said the budget was balanced. Deputy Mayor Ausma Pereira said the grants would flow soon.\n\n"It will depend on Ottawa," the mayor said.\n\nPremier Colette Brassard said the cap stays. Deputy Premier Jean Roy said talks continue.\n\n"We will not budge," the premier said.');
    assert.equal(speakerOf(a, 'It will depend on Ottawa'), 'Olivia Tremblay');
    assert.equal(speakerOf(a, 'We will not budge'), 'Colette Brassard');
  });
});

describe('coreference: the statement a sentence opens in', () => {
  it('gives `“…,” the statement said` to whoever spoke `In a statement released Tuesday`, not to one who spoke in a statement before', () => {
    const a = analyzeText('Vote\n\nSenator Mark Holt said in a statement that he would vote no.\n\nGovernor Lisa Park spoke later. In a statement released Tuesday, Ms. Park said her remarks had been misread.\n\n"I stand by my record," the statement said.');
    assert.equal(speakerOf(a, 'I stand by my record'), 'Lisa Park');
  });
});

describe('coreference: `the Crown corporation` and `the union` after a body of that kind', () => {
  it('gives `The Crown corporation said` to SaskVolt and `The union said` to the teachers association named before', () => {
    const a = analyzeText('Rates\n\nSaskVolt will raise rates by six per cent. The Crown corporation said the average customer would pay $9 more.\n\nThe Alberta Teachers\' Association voted to strike. The union said it would announce a date soon.');
    assert.equal(speakerOf(a, 'the average customer would pay'), 'SaskVolt');
    assert.equal(speakerOf(a, 'it would announce a date soon'), "Alberta Teachers' Association");
  });
});

describe('coreference: a known person by their title, the subject of a verb that is no cue', () => {
  it('gives `The critic laughed. He said …` to the critic and `The minister rejected that. She said …` to the minister', () => {
    const a = analyzeText('Budget\n\nFinance Minister Robert Kell said the budget would be balanced by 2027. Opposition critic Martin Dube was unimpressed.\n\nKell said the critic was wrong.\n\nThe critic laughed. He said the minister had a very creative calculator.\n\nHealth Minister Anne Rowe said the hospitals would get more money. Her critic, Julie Marchand, spoke after her. She said the money would not arrive until 2026.\n\nThe minister rejected that. She said the first payments would go out in March.');
    assert.equal(speakerOf(a, 'the minister had a very creative calculator'), 'Martin Dube');
    assert.equal(speakerOf(a, 'the first payments would go out in March'), 'Anne Rowe');
  });
});

describe('coreference: a titled person and their place, then their verb', () => {
  it('gives `He said …` after `Senator Dale Brunswick of Wyoming was unmoved.` to Brunswick, and `She said …` after `Mayor Joan Pitt of Dayton spoke` to Pitt', () => {
    const a = analyzeText('Bill\n\nSenator Tom Ackerly said the bill was strong.\n\nSenator Dale Brunswick of Wyoming was unmoved. He said he would vote against it.\n\nGovernor Ann Kell said the state was ready. Mayor Joan Pitt of Dayton spoke after her. She said the city was not ready at all.');
    assert.equal(speakerOf(a, 'he would vote against it'), 'Dale Brunswick');
    assert.equal(speakerOf(a, 'the city was not ready at all'), 'Joan Pitt');
  });
});

describe('coreference: `the company` is no public body', () => {
  it('gives `The company said` to the company named before, past the commission and the department named since', () => {
    const a = analyzeText('Jobs\n\nOrbitex Corp. said Monday it would cut 500 jobs. The Securities and Exchange Commission has been investigating the firm since March.\n\nThe company said the cuts were unrelated to the investigation.\n\nThe Labour Department said it had been notified. The company said it would offer severance.');
    assert.equal(speakerOf(a, 'the cuts were unrelated to the investigation'), 'Orbitex Corp.');
    assert.equal(speakerOf(a, 'it would offer severance'), 'Orbitex Corp.');
  });
});

describe('coreference: `the doctor` after `Dr.`', () => {
  it('gives `“…,” the doctor said` to Dr. Lina Park, whose role is another post', () => {
    const a = analyzeText('Doctors\n\nDr. Lina Park, president of the medical association, said doctors were tired. Ana Ruiz, a nurse, said the wards were full. "We are exhausted," the doctor said.');
    assert.equal(speakerOf(a, 'We are exhausted'), 'Lina Park');
  });
});

describe('coreference: a described person named in what someone said', () => {
  it('gives `He said …` and `“…,” he said` after `Coach Dan Ruiz said striker Leo Marsh would …` to the coach, not the striker', () => {
    const a = analyzeText('Injury\n\nCoach Dan Ruiz said striker Leo Marsh would miss the derby. He said the injury was minor.\n\nManager Tom Obi told reporters that veteran defender Carl Ames had signed a new deal.\n\n"It was an easy decision," he said.');
    assert.equal(speakerOf(a, 'the injury was minor'), 'Dan Ruiz');
    assert.equal(speakerOf(a, 'It was an easy decision'), 'Tom Obi');
  });
});

describe('coreference: a role in apposition before the name, and roles written short', () => {
  it('gives `The coach said` after `Castlebridge’s head coach, Paula Roth, told …` to Roth, and `the manager` after a possessive manager to them', () => {
    const a = analyzeText("Derby\n\nCastlebridge's head coach, Paula Roth, told reporters that the pitch was poor. The coach said two of her players were injured.\n\nBrennock United's manager, Ottilie Varga, praised her players after the draw. The manager said the team had shown real character.");
    assert.equal(speakerOf(a, 'two of her players were injured'), 'Paula Roth');
    assert.equal(speakerOf(a, 'the team had shown real character'), 'Ottilie Varga');
  });

  it('gives `the CFO said` to the chief financial officer named before, a person', () => {
    const a = analyzeText('Results\n\nChief Financial Officer Hamid Rostami said margins would recover. "We are watching costs very closely," the CFO said.');
    assert.equal(speakerOf(a, 'We are watching costs very closely'), 'Hamid Rostami');
    assert.ok(!a.speakers.some(s => s.name === 'CFO'), 'the CFO is no organization of its own');
  });
});

describe('coreference: someone introduced with the body they are of', () => {
  it('gives `She said …` after `Mira Holt of Dunmore Capital was more cautious.` to Holt, and `He said …` after `The company’s president for Europe, Matthias Brandt, was …` to Brandt', () => {
    const a = analyzeText("Results\n\nAnalyst Joanne Park said the results were weak. Mira Holt of Dunmore Capital was more cautious. She said the quarter had been distorted by one-off costs.\n\nA company spokesperson said the firm would cooperate. The company's president for Europe, Matthias Brandt, was more combative in an interview. He said the regulator was wrong.");
    assert.equal(speakerOf(a, 'the quarter had been distorted'), 'Mira Holt');
    assert.equal(speakerOf(a, 'the regulator was wrong'), 'Matthias Brandt');
  });
});

describe('coreference: someone introduced with an appositive describing them', () => {
  it('gives `she said` after `One victim, a 79-year-old widow from Leeds, lost her savings.` to the victim, not the prosecutor', () => {
    const a = analyzeText('Fraud\n\nProsecutor Dana Whitmore said the scheme ran for years.\n\nOne victim, a 79-year-old widow from Leeds, lost her savings. In a letter to the court, she said she could no longer sleep.');
    assert.equal(speakerOf(a, 'she could no longer sleep'), 'One victim');
  });
});

describe('coreference: an interview’s answers after an introduction naming two people', () => {
  it('gives the answers to the person the introduction is about, not the predecessor it names last', () => {
    const a = analyzeText('Q&A: The new fire chief\n\nCaptain Nneka Obi was sworn in Monday as chief. She takes over from Chief Harold Brandt Jr., who retired in June. She spoke with the Courier on Wednesday.\n\nQ: What is your first priority?\n\nA: Staffing. We are nine firefighters short.\n\nQ: And the budget?\n\nA: It is tight, but the council has been fair.');
    assert.equal(speakerOf(a, 'Staffing. We are nine'), 'Nneka Obi');
    assert.equal(speakerOf(a, 'It is tight'), 'Nneka Obi');
  });
});

describe('coreference: a pronoun is not the listener its own clause names', () => {
  it('gives `“…,” he told Kerr` to the man before Kerr, not to Kerr', () => {
    const a = analyzeText('Wall\n\nDonald Pell toured the border on Tuesday. Sean Kerr, a talk show host, asked him about the wall.\n\n"Forty feet, maybe more," he told Kerr.');
    assert.equal(speakerOf(a, 'Forty feet, maybe more'), 'Donald Pell');
  });
});

describe('coreference: an anonymous source from one of several bodies', () => {
  it('reads `An official from one of the regional offices, who asked not to be named, said …` as a person, whom `the official` means next', () => {
    const a = analyzeText('Talks\n\nAn official from one of the bank\'s regional offices, who asked not to be named because the talks were private, said the deal had been "long and painful."\n\n"Nobody wants to blink first," the official said.');
    const official = speakerRecordOf(a, 'the deal had been');
    assert.equal(official?.name, "official from one of the bank's regional offices");
    assert.equal(official?.kind, 'person');
    assert.equal(speakerOf(a, 'Nobody wants to blink first'), official?.name);
  });
});

describe('coreference: someone’s kin named before, by the family’s surname', () => {
  it('gives `Her daughter said` after `survived by a daughter, Carla Amsel` to Carla Amsel, and `Her brother said` to Tomas Diaz', () => {
    const a = analyzeText('Obituary\n\nRuth Amsel died on Sunday. She is survived by a daughter, Carla Amsel of Leeds, and a son, Paul.\n\nHer daughter said the family had received hundreds of letters.');
    assert.equal(speakerOf(a, 'the family had received'), 'Carla Amsel');
    const b = analyzeText('Retired\n\nBoxer Rosa Diaz retired on Saturday. She thanked her brother, Tomas, who translated for her father.\n\nHer brother said the family was relieved. "We are proud," Tomas Diaz said.');
    assert.equal(speakerOf(b, 'the family was relieved'), 'Tomas Diaz');
  });
});

describe('coreference: a post described by a possessive before the story names its holder', () => {
  it('gives `its chief executive said …` in the lede to `Chief Executive Lena Moss` named after it, and not when two hold the post', () => {
    const a = analyzeText('Mills\n\nTarnow Mills shares fell after its chief executive said demand was weakening.\n\n"We see softness everywhere," Chief Executive Lena Moss said on a call with analysts.');
    assert.equal(speakerOf(a, 'demand was weakening'), 'Lena Moss');
    const b = analyzeText('Mills\n\nTarnow Mills shares fell after its chief executive said demand was weakening.\n\n"We see softness everywhere," Chief Executive Lena Moss said. Chief Executive Tom Ruiz of a rival mill said the opposite.');
    assert.notEqual(speakerOf(b, 'demand was weakening'), 'Lena Moss');
  });
});

describe('coreference: the one who asked is not the one who answers', () => {
  it('gives `Asked by X whether …, he replied` and `When X asked …, he said` to the person questioned', () => {
    const a = analyzeText('Inquest\n\nConstable Ian Roe gave evidence on Tuesday. Asked by Mr Peter Vance whether the gate had been locked, he replied: "I never checked."\n\n' +
      'Sergeant Lena Holt followed him. When prosecutor Ada Kerr asked whether the alarm had sounded, she said it had not.');
    assert.equal(speakerOf(a, 'I never checked'), 'Ian Roe');
    assert.equal(speakerOf(a, 'it had not'), 'Lena Holt');
  });

  it('gives `When a reporter pointed out that …, she said` to the one answering, not to the reporter', () => {
    const a = analyzeText('Briefing\n\nPress secretary Dana Whitlock took questions on Monday. She said the president was healthy.\n\n' +
      'When a reporter pointed out that other presidents had disclosed such procedures, she said she would not relitigate the matter.\n\n“Next question,” she said.');
    assert.equal(speakerOf(a, 'other presidents had disclosed'), 'reporter');
    assert.equal(speakerOf(a, 'she would not relitigate'), 'Dana Whitlock');
    assert.equal(speakerOf(a, 'Next question'), 'Dana Whitlock');
  });
});

describe('coreference: a subject past `another …` and a participle’s aside holding a place and its state', () => {
  it('makes `Gov. Margaret Holloway, another contender, …` and `Holloway, speaking in Columbia, South Carolina, was …` whom `She said` means', () => {
    for (const subject of ['Ohio Gov. Margaret Holloway, another GOP contender, was more measured.', 'Ohio Gov. Margaret Holloway, speaking to reporters in Columbia, South Carolina, was more measured.']) {
      const a = analyzeText(`Debate\n\nSen. Gwendolyn Park said the plan was reckless.\n\n${subject} She said she supported the warning.`);
      assert.equal(speakerOf(a, 'she supported the warning'), 'Margaret Holloway', subject);
    }
  });
});

describe('coreference: a body described by its noun, then `it said`', () => {
  it('gives `“…,” it said` to `The office` or `The company` that opened the sentence before', () => {
    const a = analyzeText('Drills\n\nSen. Ann Ruiz spoke first.\n\nThe representative office welcomed the statement. “We are grateful,” it said in a statement.\n\n' +
      'The company declined to comment further. “We follow the rules,” it said.');
    assert.equal(speakerOf(a, 'We are grateful'), 'representative office');
    assert.equal(speakerOf(a, 'We follow the rules'), 'company');
    const b = analyzeText('Drills\n\nA senior official said the talks were tense. The exchange rattled markets.\n\nTaiwan’s representative office in Washington welcomed the remarks. “We are grateful,” it said in a statement.');
    assert.equal(speakerOf(b, 'We are grateful'), 'Taiwan’s representative office');
  });
});

describe('coreference: a chief of a First Nation as a subject; a brand after an adjective is none', () => {
  it('makes `Chief Wayne Sutherland of Mattagami Bend First Nation disputed …` whom `He said` means', () => {
    const a = analyzeText('Mine\n\nMines Minister Greg Lazarenko said the approval followed consultation.\n\n' +
      'Chief Wayne Sutherland of Mattagami Bend First Nation disputed that account. He said the meetings were a formality.');
    assert.equal(speakerOf(a, 'the meetings were a formality'), 'Wayne Sutherland');
  });

  it('does not take `a favourite Tim Hortons order` for a person `he` may mean', () => {
    const a = analyzeText('Newcomer\n\nWhen Abdelrahman Osman arrived, he had never seen snow.\n\nNow he runs a shop, and he has a favourite Tim Hortons order.\n\n“Double-double,” he said with a laugh.');
    assert.equal(speakerOf(a, 'Double-double'), 'Abdelrahman Osman');
  });
});

describe('coreference: someone named after `named` and a noun of what they do', () => {
  it('makes `a retired steelworker named Frank Mazur.` whom `He told me` means', () => {
    const a = analyzeText('Rust Belt\n\nSen. Harlan Bexley said the plant would reopen.\n\nI talked with a retired steelworker named Frank Mazur. He told me he had voted for Democrats.');
    assert.equal(speakerOf(a, 'he had voted for Democrats'), 'Frank Mazur');
  });
});

describe('coreference: a parent by how many children they have', () => {
  it('reads `the mother of two said` as the woman named lately, not a new speaker nor the man quoted last', () => {
    const a = analyzeText('Rent\n\nFor Winnipeg resident Amanda Fontaine, the increase means choosing between groceries and rent. Landlord Paul Nadeau said costs had risen.\n\n' +
      '“I don’t know how long we can stay,” the mother of two said.');
    assert.equal(speakerOf(a, 'I don’t know how long'), 'Amanda Fontaine');
  });
});

describe('coreference: the subject a pronoun means, past asides and honorifics', () => {
  const opening = 'Depot\n\nDepot manager Kerrin Holm said the site would close. "It is final," Holm said.\n\n';
  it('takes `Councillor Ines Varga, for her part, was …` and `…, his deputy, was …` as the subject `she` means next', () => {
    for (const subject of ['Councillor Ines Varga, for her part, was unconvinced.', 'Councillor Ines Varga, his deputy, was unconvinced.', 'His deputy, Dr Ines Varga, was unconvinced.']) {
      const a = analyzeText(opening + subject + ' "We have heard this before," she said.');
      assert.equal(speakerOf(a, 'We have heard this before'), 'Ines Varga', subject);
    }
  });

  it('takes a given name alone opening a sentence as the person `she` means next', () => {
    const a = analyzeText(opening + 'Maria has waited at the gate since dawn. "Nobody told us anything," she said.');
    assert.equal(speakerOf(a, 'Nobody told us anything'), 'Maria');
  });
});

describe('coreference: a document as what `it` means', () => {
  it('gives `It says` to the audit that opened the sentence before, and to no document paragraphs away', () => {
    const a = analyzeText('Audit\n\nThe contractor, Brightline Works, said it had met every deadline.\n\nThe audit does not name the managers involved. It says that two supervisors ignored the warnings.');
    assert.equal(speakerOf(a, 'two supervisors ignored'), 'audit');
    const b = analyzeText('Audit\n\nThe audit does not name the managers involved.\n\nThe firm hired new staff.\n\nMore staff came.\n\nEven so, it proudly declared that it had done nothing wrong.');
    assert.notEqual(speakerOf(b, 'it had done nothing wrong'), 'audit');
  });
});

describe('coreference: someone’s kin opening a sentence', () => {
  it('makes `Her brother, standing beside her, shook his head.` the one `he said` means next', () => {
    const a = analyzeText('Festival\n\nThe festival’s director, Philippa Ardent, said ticket sales were up. "We are delighted," Ardent said.\n\n' +
      'Her brother, standing beside her, shook his head. "She always says that," he said.');
    assert.equal(speakerOf(a, 'We are delighted'), 'Philippa Ardent');
    assert.notEqual(speakerOf(a, 'She always says that'), 'Philippa Ardent');
    assert.equal(speakerRecordOf(a, 'She always says that')?.gender, 'male');
    assert.notEqual(a.speakers.find(s => s.name === 'Philippa Ardent')?.gender, 'male');
  });
});

describe('coreference: the writer is no one `she` means', () => {
  it('gives `she said` after `I asked her …` to the person asked, not to the writer', () => {
    const a = analyzeText('Queue\n\nBy Carla Nyman\n\nCaseworker Joan Pell said the queue was growing. "We are drowning," Pell said.\n\n' +
      'On my last day, Pell walked me to the gate. I asked her what she would change.\n\n"Let them work," she said.');
    assert.equal(speakerOf(a, 'Let them work'), 'Joan Pell');
  });
});

describe('coreference: a body opening its sentence with a verb that says nothing, then `it said`', () => {
  it('reads `German carmaker Nordhaven Motors cut its forecast` and `The Israeli agency that coordinates aid rejected …` as what `it` means', () => {
    const a = analyzeText('Cars\n\nThe United Nations said aid was blocked.\n\nGerman carmaker Nordhaven Motors cut its profit forecast on Thursday.\n\n' +
      'The margin will be 4%, it said in a statement.\n\nThe Israeli agency that coordinates aid rejected the account. In a statement, it said there was no limit on aid.\n\n' +
      'The ministry, known as MOFA, rejected the claim. In a statement, it said the claim was false.');
    assert.equal(speakerOf(a, 'The margin will be 4%'), 'Nordhaven Motors');
    assert.equal(speakerOf(a, 'there was no limit on aid'), 'Israeli agency');
    assert.equal(speakerOf(a, 'the claim was false'), 'ministry');
  });
});

describe('coreference: a body’s kind after its name (the regulator, the school, the department, the division)', () => {
  it('reads `The regulator` as the commission, `The school` as the polytechnic, `the department` as Indigenous Services Canada', () => {
    const a = analyzeText('Calls\n\nThe Canadian Radio-television and Telecommunications Commission said Tuesday that 1,300 calls failed.\n\n' +
      'The regulator found that the carrier had no backup system.\n\nLakeshore Polytechnic said it faces a deficit.\n\nThe school announced that it would close its Orillia campus.\n\n' +
      'Indigenous Services Canada confirmed the advisory was lifted.\n\nAccording to the department, 33 advisories remain.\n\n' +
      'The Greater Saskatoon Catholic School Division says 400 children are on its wait list.\n\nThe division says it will hold a lottery in February.');
    assert.equal(speakerOf(a, 'the carrier had no backup system'), 'Canadian Radio-television and Telecommunications Commission');
    assert.equal(speakerOf(a, 'it would close its Orillia campus'), 'Lakeshore Polytechnic');
    assert.equal(speakerOf(a, '33 advisories remain'), 'Indigenous Services Canada');
    assert.equal(speakerOf(a, 'it will hold a lottery'), 'Greater Saskatoon Catholic School Division');
  });
});

describe('coreference: someone named inside what a speaker said is not whom the next sentence’s `he` means', () => {
  it('reads `He` after `Park said the judge, Gonzalo Ruiz, was …` and after `… told reporters that … Mr. Lowe was “…”` as the speaker', () => {
    const a = analyzeText('Judge\n\nIn an interview, Tom Park said the judge, Gonzalo Ruiz, was "a hater." He said the heritage of the judge was relevant.\n\n' +
      'Ms. Lee\'s campaign manager, Raymond Ochoa, told reporters on a call that the shake-up was evidence that Mr. Lowe was "incapable." ' +
      'He added that the campaign was broke.');
    assert.equal(speakerOf(a, 'the heritage of the judge was relevant'), 'Tom Park');
    assert.equal(speakerOf(a, 'the campaign was broke'), 'Raymond Ochoa');
  });
});

describe('coreference: `the sheriff’s office` after the body named so', () => {
  it('reads `the sheriff’s office` as the Carver County Sheriff’s Office, not the sheriff’s own office', () => {
    const a = analyzeText('Thefts\n\nThe Carver County Sheriff\'s Office said three people were arrested. Sheriff Dale Whitlock said more arrests were possible.\n\n' +
      'According to the sheriff\'s office, the investigation began in August.');
    assert.equal(speakerOf(a, 'the investigation began in August'), 'Carver County Sheriff\'s Office');
  });
});

describe('coreference: a company’s name without its legal suffix', () => {
  it('reads `Hanoi Steel said` after `Hanoi Steel Corp said` as the same company', () => {
    const a = analyzeText('Steel\n\nHanoi Steel Corp said it would halt two furnaces.\n\nHanoi Steel said it would keep its other plants running.');
    assert.equal(speakerOf(a, 'it would keep its other plants'), 'Hanoi Steel Corp');
    assert.equal(a.speakers.length, 1);
  });

  it('reads the dateline’s city alone (`Hanoi has said`) as no company named with it', () => {
    const a = analyzeText('Steel halts furnaces\n\nHANOI, June 4 (Reuters) - Hanoi Steel Corp said it would halt two furnaces.\n\n' +
      'Hanoi has said the duties are unjustified.\n\nHanoi Steel said it would keep its other plants running.');
    assert.notEqual(speakerOf(a, 'the duties are unjustified'), 'Hanoi Steel Corp');
    assert.equal(speakerOf(a, 'it would keep its other plants'), 'Hanoi Steel Corp');
  });
});

describe('coreference: the document a body acted in', () => {
  it('reads `the letter said` after `The Downtown Millbrook Alliance endorsed the project in a letter` as the alliance', () => {
    const a = analyzeText('Garage\n\nThe Downtown Millbrook Alliance endorsed the project in a letter read aloud by its director.\n\n"Our members have been clear," the letter said.');
    assert.equal(speakerOf(a, 'Our members have been clear'), 'Downtown Millbrook Alliance');
  });
});

describe('coreference: a description shortened by a word it had', () => {
  it('reads `the former official said` after `A former DNC official said` as the same person', () => {
    const a = analyzeText('Leaks\n\nA former DNC official said the staff had been coordinating with the campaign.\n\n"Everybody knew," the former official said.');
    assert.equal(speakerOf(a, 'Everybody knew'), 'former DNC official');
    assert.equal(a.speakers.length, 1);
  });
});

describe('coreference: the name a body is known by', () => {
  it('reads `AFAD said` after `Turkey’s Disaster and Emergency Management Authority, known as AFAD, said` as that authority', () => {
    const a = analyzeText('Quake\n\nThe quake hit at 3:17 a.m., Turkey\'s Disaster and Emergency Management Authority, known as AFAD, said.\n\n' +
      'Rescuers had pulled 46 people alive from the rubble, AFAD said.');
    assert.equal(speakerOf(a, 'Rescuers had pulled'), 'Turkey\'s Disaster and Emergency Management Authority');
    assert.equal(a.speakers.length, 1);
  });
});

describe('coreference: a body a place owns, named again by its noun', () => {
  it('reads `The military said` after `Sudan’s military said` as the same body', () => {
    const a = analyzeText('War\n\nSudan\'s military said it had retaken the town.\n\nThe military said its troops were clearing mines.');
    assert.equal(speakerOf(a, 'its troops were clearing mines'), 'Sudan\'s military');
    assert.equal(a.speakers.length, 1);
  });
});

describe('coreference: a body named after its kind, and a nationality’s people', () => {
  it('reads `according to the consultancy Integralia` as Integralia, and `The carmaker` past `Chinese customers` as the carmaker named', () => {
    const a = analyzeText('Vote\n\nElectoral chief Guadalupe Trevino said the vote was orderly.\n\nAt least four candidates were killed, according to the consultancy Integralia.');
    assert.equal(speakerOf(a, 'At least four candidates'), 'Integralia');
    const b = analyzeText('Cars\n\nGerman carmaker Nordhaven Motors cut its forecast.\n\nShe added that new models for Chinese customers would arrive next year.\n\nThe carmaker also said it would accelerate cost cuts.');
    assert.equal(speakerOf(b, 'it would accelerate cost cuts'), 'Nordhaven Motors');
  });
});

describe('coreference: a carrier is an airline', () => {
  it('reads `the airline said` after `Saudi Arabia’s new flag carrier Aeris Arabia` as Aeris Arabia, not Saudi Arabia', () => {
    const a = analyzeText('Jets\n\nSaudi Arabia\'s new flag carrier Aeris Arabia signed an order for 60 jets on Tuesday.\n\nThe order includes 40 firm orders, the airline said in a statement.');
    assert.equal(speakerOf(a, 'The order includes 40 firm orders'), 'Aeris Arabia');
  });
});
