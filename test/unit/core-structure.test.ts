import * as assert from 'node:assert/strict';
import { findParagraphs } from '../../src/core';
import { analyzeText, fixture, seedText, speakerOf, statement } from './core-helpers';

describe('core: article structure', () => {
  describe('datelines in their wire forms', () => {
    const cases: Array<[string, string, string | null, string | null]> = [
      ['BEIJING, June 19 (Reuters) - Officials met on Monday.', 'BEIJING', 'June 19', 'Reuters'],
      ['WASHINGTON (AP) — The council voted on Monday.', 'WASHINGTON', null, 'AP'],
      ['NAIROBI, Kenya — Traders said on Friday they would stay.', 'NAIROBI, Kenya', null, null],
      ['MIAMI, Sept. 12 — A festival opened on Friday.', 'MIAMI', 'Sept. 12', null],
      ['LONDON, March 3 (Reuters) - Dock workers walked out.', 'LONDON', 'March 3', 'Reuters'],
      ['Washington (CNN) — Lawmakers returned on Monday.', 'Washington', null, 'CNN'],
      ['Lisbon, May 2 (Reuters) - Ferries stopped running.', 'Lisbon', 'May 2', 'Reuters'],
      ['BOSTON \u2015 The harbour reopened on Sunday.', 'BOSTON', null, null], // a horizontal bar, as some sites set it
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

  describe('datelines further into the article', () => {
    const summary = 'The county wants to close the old river bridge for a year. Engineers found cracks in two of its piers last spring. ' +
      'Shop owners on both banks fear they will lose their customers. The council has argued about the repairs for months, ' +
      'and the state has not said whether it will pay for a ferry while the work goes on.';

    it('finds a dateline after a headline, a long summary paragraph and a FULL TEXT line', () => {
      const text = `County plans a year without its river bridge.\n\nABSTRACT.\n\n${summary}\n\nFULL TEXT.\n\n` +
        'MILLBROOK - Mayor Lena Ortiz said on Tuesday that the bridge would close in June.\n\nThe ferry would run every half hour.\n';
      const a = analyzeText(text);
      assert.equal(a.dateline?.text, 'MILLBROOK -');
      assert.equal(a.dateline?.location, 'MILLBROOK');
      assert.equal(a.dateline?.start, text.indexOf('MILLBROOK'));
      // the prose, and so the speaker, starts after the dateline
      const s = statement(a, 'the bridge would close in June');
      assert.equal(s.speaker?.name, 'Lena Ortiz');
      assert.ok(s.speaker?.mention && s.speaker.mention.start > a.dateline.end, 'the speaker is named after the dateline');
    });

    it('finds a dateline opening a section after a subheading or a separator line', () => {
      const opening = 'The race for the open House seat has drawn nine candidates, most of them from the county board. ' +
        'Turnout in the primary was the lowest in a decade, and two of the candidates have already spent more than the winner did last time. ' +
        'The district was redrawn in 2022, adding three rural counties to its south.\n\n' +
        'Turnout in the primary was the lowest in a decade, officials said.\n\n';
      const sectioned = opening + 'On the trail\n\nGREENVILLE, S.C. — Rep. Dana Whitfield said the seat would stay in her party.\n';
      assert.equal(analyzeText(sectioned).dateline?.location, 'GREENVILLE, S.C.');
      const separated = opening + '* * *\n\nGREENVILLE, S.C. — Rep. Dana Whitfield said the seat would stay in her party.\n';
      const a = analyzeText(separated);
      assert.equal(a.dateline?.location, 'GREENVILLE, S.C.');
      assert.equal(speakerOf(a, 'the seat would stay in her party'), 'Dana Whitfield');
    });

    it('reads a dateline with a no-break space before its dash, or a dash touching the next word', () => {
      const nbsp = analyzeText('Why the runoff matters.\n\nCOLUMBIA, S.C.\u00a0— Voters return to the polls on Tuesday.\n');
      assert.equal(nbsp.dateline?.location, 'COLUMBIA, S.C.');
      assert.equal(nbsp.dateline?.text, 'COLUMBIA, S.C.\u00a0—');
      const touching = analyzeText('Road crews hold a rally.\n\nLOWELL —Standing on a flatbed truck, the governor promised new asphalt.\n');
      assert.equal(touching.dateline?.text, 'LOWELL —');
      assert.ok(!touching.statements.some(s => s.content.start < touching.dateline!.end), 'no statement reaches into the dateline');
    });

    it('reads a dateline whose place has accented capitals or letters', () => {
      const cases: Array<[string, string, string | null]> = [
        ['SÃO PAULO (Reuters) - Police said the raid ended at dawn.', 'SÃO PAULO', 'Reuters'],
        ['BOGOTÁ, Colombia (AP) — The talks resumed on Monday.', 'BOGOTÁ, Colombia', 'AP'],
        ['ZÜRICH, March 3 (Reuters) - The bank held its rate.', 'ZÜRICH', 'Reuters'],
        ['Montréal, June 3 (Reuters) - The strike went on.', 'Montréal', 'Reuters'],
        ['ÖREBRO, Sweden — A fire closed the plant.', 'ÖREBRO, Sweden', null],
      ];
      for (const [opening, location, agency] of cases) {
        const a = analyzeText('Headline of the story\n\n' + opening + '\n');
        assert.equal(a.dateline?.location, location, opening);
        assert.equal(a.dateline?.agency ?? null, agency, opening);
      }
    });

    it('takes a later title-case place only with a date or a wire agency', () => {
      const found = analyzeText(`${summary}\n\nFULL TEXT.\n\nPortland (AP) — The port reopened on Friday.\n`);
      assert.equal(found.dateline?.location, 'Portland');
      assert.equal(found.dateline?.agency, 'AP');
      const party = analyzeText(`${summary}\n\nRep. Nora Vance (D-Ore.) — The bill passed on Friday.\n`);
      assert.equal(party.dateline, null);
    });

    it('takes no dateline from a list of paragraphs each opening with a name in capitals', () => {
      const text = `${summary}\n\nHere is who is running.\n\n` +
        'MARA LINDQVIST — The former teacher has served two terms on the board.\n\n' +
        'TOMAS OKONJO — The pharmacist says the bridge is his first priority.\n\n' +
        'PRIYA HALDANE — She ran for the seat once before, in 2018.\n';
      assert.equal(analyzeText(text).dateline, null);
    });
  });

  describe('capitals that are no dateline', () => {
    const none: Array<[string, string]> = [
      ['a kicker', 'BREAKING — The council voted to close the bridge on Monday.'],
      ['a kicker with a colon', 'UPDATE: The council voted to close the bridge on Monday.'],
      ['a headline label with a colon', 'TOWN HALL SHOWDOWN: Residents pack the gym to fight the closure.'],
      ['a link line', 'The council voted on Monday.\n\nREAD MORE: Why the bridge is cracking\n\nThe vote was close.'],
      ['a section label', 'EDITOR\'S NOTE — This story has been updated with the final vote.'],
      ['a short acronym', 'FBI — The bureau opened an inquiry into the contract on Monday.'],
      ['an abbreviation before a dash inside a sentence', 'U.S. - China talks on the tariffs resumed on Monday.'],
      ['an acronym opening a sentence that goes on in lower case', 'NATO — the alliance that met in Vilnius — has fourteen new members.'],
      ['a sentence in capitals', 'THE COUNCIL — AFTER A LONG NIGHT — PASSED THE BUDGET.'],
      ['a byline in capitals', 'BY JANE DOE — The council voted to close the bridge on Monday.'],
      ['a byline with an agency', 'By Jane Doe (AP) — The council voted to close the bridge on Monday.'],
      ['a dash inside a later sentence', `Residents met on Monday.\n\nThe council - and the mayor - voted to close the bridge.`],
    ];
    for (const [what, text] of none) {
      it(`finds none in ${what}`, () => assert.equal(analyzeText(text).dateline, null));
    }

    it('keeps the place of a dateline that merely starts like a kicker', () => {
      assert.equal(analyzeText('LIVE OAK, Fla. — The county fair opened on Friday.').dateline?.location, 'LIVE OAK, Fla.');
      assert.equal(analyzeText('ROME — The city council met on Friday.').dateline?.location, 'ROME');
    });

    it('still reads a colon after a date or an agency', () => {
      assert.equal(analyzeText('LAGOS, May 4 (Reuters): Fuel queues grew on Monday.').dateline?.location, 'LAGOS');
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

    it('splits text pasted with one line break between paragraphs where a line ends a sentence, and after a first line with no stop', () => {
      const text = 'Ferry service ends after 60 years\nThe last crossing left at noon. "It is sad," said Ann Lee.\n"We will miss it," she added.\nThe line was wrapped\nin the middle of a sentence. Mr.\nLee agreed.\n(Reporting by Tom Ruiz)';
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)), ['Ferry service ends after 60 years',
        'The last crossing left at noon. "It is sad," said Ann Lee.', '"We will miss it," she added.', 'The line was wrapped\nin the middle of a sentence. Mr.\nLee agreed.', '(Reporting by Tom Ruiz)']);
      const a = analyzeText(text);
      assert.equal(a.headline?.text, 'Ferry service ends after 60 years');
      assert.equal(a.statements.find(s => s.content.text.startsWith('We will miss it'))?.paragraph, 2);
    });

    it('keeps a line break inside a quotation in its paragraph, and stays linear over many lines', () => {
      const text = 'Headline\n\nShe said: “We are ready.\nThe city is ready,” and left.\nNext.';
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)), ['Headline', 'She said: “We are ready.\nThe city is ready,” and left.', 'Next.']);
      const many = '"An unclosed line.\n'.repeat(100_000);
      assert.equal(findParagraphs(many).length, 50_000, 'each pair of straight marks closes, so a paragraph ends every second line');
    });

    it('ends a paragraph after a short line that is wholly a quotation (a subheading), whose quote is no statement', () => {
      const text = "Jazz\n\nThe revival surprised her family.\n'We thought she'd been forgotten'\nHer nephew, Peter Voss, said the family had kept her scrapbooks. \"We thought she'd been forgotten,\" he said.";
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)).slice(2), ["'We thought she'd been forgotten'", 'Her nephew, Peter Voss, said the family had kept her scrapbooks. "We thought she\'d been forgotten," he said.']);
      const a = analyzeText(text);
      assert.equal(a.statements.filter(s => s.content.text.startsWith("We thought she'd been forgotten")).length, 1);
    });

    it('splits CRLF text at the same places', () => {
      const text = 'One.\r\n\r\nTwo.\r\nstill two.\r\n';
      assert.deepEqual(findParagraphs(text).map(p => text.slice(p.start, p.end)), ['One.', 'Two.\r\nstill two.']);
    });
  });
});

describe('core: structure of a story copied from a web page', () => {
  const text = 'City council approves bike lanes\n\nAdvertisement\n\nBy Nora Quill | The Daily Star\n\nPublished March 4, 2024 Updated March 5, 2024\n\n' +
    'City council voted 9-4 on Monday night to build protected bike lanes.\n\n"This is about safety," said Coun. Maya Lin.\n\nShare this article';
  it('finds the byline past an `Advertisement` line, and the date a `Published` line gives', () => {
    const a = analyzeText(text);
    assert.equal(a.headline?.text, 'City council approves bike lanes');
    assert.equal(a.credit?.text, 'By Nora Quill | The Daily Star');
    assert.equal(a.published, '2024-03-04');
    assert.equal(statement(a, 'This is about safety').speaker?.name, 'Maya Lin');
  });
  it('reads a date written day first or as digits, and ignores a date no calendar holds', () => {
    const page = (line: string) => analyzeText(`Bridge reopens\n\n${line}\n\nThe bridge reopened on Monday after repairs.`).published;
    assert.equal(page('Updated: 12 February 2023'), '2023-02-12');
    assert.equal(page('Posted 2023-02-12 10:15'), '2023-02-12');
    assert.equal(page('Published March 45, 2023'), null);
  });
});

describe('core: a credit that says whose files the story used', () => {
  it('reads `— With files from The Canadian Press` closing the story as its credit, with the agency', () => {
    const a = analyzeText('Scam warning\n\nPolice are warning seniors about a phone scam, Cpl. Chris Marshall said on Tuesday.\n\n— With files from The Canadian Press');
    assert.equal(a.credit?.text, '— With files from The Canadian Press');
    assert.equal(a.credit?.agency, 'The Canadian Press');
    assert.ok(!a.statements.some(s => s.content.text.includes('With files')));
  });
});

describe('core: a closing line on who contributed', () => {
  it('reads `Associated Press writer … contributed to this report.` as a credit, not prose', () => {
    const a = analyzeText('Drones\n\nKYIV, Ukraine (AP) — Ukraine said Sunday it shot down 40 drones.\n\nAssociated Press writer Hanna Arhirova contributed to this report.');
    assert.equal(a.credit?.text, 'Associated Press writer Hanna Arhirova contributed to this report.');
    assert.ok(!a.speakers.some(s => s.name.includes('Arhirova')));
  });
});

describe('core: sentences and initials with periods', () => {
  it('goes on past `B.C.`, `W.C.` or `A.E.` into a name, but ends a sentence at `U.K.` before a function word', () => {
    const a = analyzeText('Teachers\n\nThe B.C. Teachers\' Federation has rejected the offer, its president said Wednesday. ' +
      'McAuliffe remarked that he had consulted the scholar A.E. Dick Howard at the university. Ruiz moved to the U.K. The move was hard, she said.');
    assert.equal(statement(a, 'The B.C. Teachers').content.text, 'The B.C. Teachers\' Federation has rejected the offer');
    assert.ok(statement(a, 'he had consulted').content.text.endsWith('at the university'));
    assert.equal(statement(a, 'The move was hard').content.text, 'The move was hard');
  });

  it('ends a sentence at a period the next one follows with no space, but not inside `Mrs.Lee`, `U.S.` or a web address', () => {
    const a = analyzeText('Bridge\n\n“The bridge is unsafe,” Tan said.Tan claimed that he had learned this from engineers. ' +
      'Ruiz said the city’s site, bridgewatch.org, listed every repair.Critics disagreed. Mrs.Lee said the U.S. rules were clear.');
    assert.equal(speakerOf(a, 'The bridge is unsafe'), 'Tan');
    assert.equal(statement(a, 'he had learned').content.text, 'he had learned this from engineers');
    assert.equal(statement(a, 'the city’s site').content.text, 'the city’s site, bridgewatch.org, listed every repair');
    assert.equal(statement(a, 'the U.S. rules').content.text, 'the U.S. rules were clear');
  });
});

describe('structure: a press release’s dateline', () => {
  it('reads `OTTAWA, ON, March 3, 2025 /CNW/ -` and `TORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) --` with their dates and wires', () => {
    const a = analyzeText('Clean water for First Nations\n\nOTTAWA, ON, March 3, 2025 /CNW/ - Today, the minister announced $120 million for water plants.');
    assert.deepEqual([a.dateline?.location, a.dateline?.date, a.dateline?.agency], ['OTTAWA, ON', 'March 3, 2025', 'CNW']);
    const b = analyzeText('Results\n\nTORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) -- Acme Corp. today announced its results.');
    assert.deepEqual([b.dateline?.location, b.dateline?.date, b.dateline?.agency], ['TORONTO', 'Jan. 5, 2026', 'GLOBE NEWSWIRE']);
  });
});

describe('structure: posts embedded from social media', () => {
  it('reads a post before its signature paragraph as the signer’s words, without the link it ends with', () => {
    const a = analyzeText('Rail bill passes\n\nThe Senate passed the rail safety bill on Tuesday.\n\nTonight the Senate chose safety over excuses. pic.twitter.com/x7Kq2LmN9p\n\n— Sen. Maria Cantu (@SenMariaCantu) March 5, 2024\n\nThe bill now goes to the House.');
    const s = statement(a, 'Tonight the Senate chose');
    assert.equal(s.content.text, 'Tonight the Senate chose safety over excuses.');
    assert.equal(s.kind, 'pullquote');
    assert.equal(s.speaker?.name, 'Maria Cantu');
    assert.equal(a.statements.length, 1);
  });
  it('reads a signature that ends the post’s own line, and leaves an Instagram embed’s lines out of the prose', () => {
    const a = analyzeText('Debate\n\nThe minister was challenged online.\n\nYou never show up to debate me. Chicken. https://t.co/oI5iCg4bU3 — Jane Rempe (@JaneRempe) December 18, 2018\n\nView this post on Instagram\n\nA post shared by Rail Safety Alliance (@railsafety)\n\nThe minister did not respond.');
    assert.equal(speakerOf(a, 'You never show up'), 'Jane Rempe');
    assert.equal(statement(a, 'You never show up').content.text, 'You never show up to debate me. Chicken.');
    assert.ok(!a.speakers.some(s => /Rail Safety|Instagram/.test(s.name)));
  });
});

describe('structure: bylines and credits in more house styles', () => {
  const body = '\n\nHarbour City beat Rovers 2-1 on Saturday.\n\n"We deserved it," said coach Ana Lind.\n\nThe win lifts them to third.\n';
  const creditOf = (header: string, tail = '') => analyzeText('Harbour City edge Rovers in derby\n\n' + header + body + tail).credit?.text ?? null;
  it('reads a match report’s `By … at <ground>` and `From … at <ground>`, a Guardian post and name, a Globe name block, an agency line', () => {
    assert.equal(creditOf('By Tomas Kerrigan at Dockside Park'), 'By Tomas Kerrigan at Dockside Park');
    assert.equal(creditOf('From Tomas Kerrigan at Dockside Park'), 'From Tomas Kerrigan at Dockside Park');
    assert.equal(creditOf('Sports editor Tomas Kerrigan'), 'Sports editor Tomas Kerrigan');
    assert.equal(creditOf('Tomas Kerrigan Sports correspondent'), 'Tomas Kerrigan Sports correspondent');
    assert.equal(creditOf('TOMAS KERRIGAN\nSPORTS REPORTER\nPUBLISHED MAY 14, 2025'), 'TOMAS KERRIGAN\nSPORTS REPORTER\nPUBLISHED MAY 14, 2025');
    assert.equal(creditOf('THE CANADIAN PRESS'), 'THE CANADIAN PRESS');
    assert.equal(analyzeText('Harbour City edge Rovers in derby\n\n' + 'THE CANADIAN PRESS' + body).credit?.agency, 'The Canadian Press');
    assert.equal(creditOf('', '\nThe Canadian Press\n'), 'The Canadian Press');
  });

  it('keeps the byline when a contributor is named at the end, and takes none of these from prose', () => {
    assert.equal(creditOf('By Tomas Kerrigan', '\n___\n\nAP Sports Writer Lena Fox in Boston contributed to this report.\n'), 'By Tomas Kerrigan');
    assert.equal(creditOf('', '\nLena Fox in Boston contributed to this report.\n'), 'Lena Fox in Boston contributed to this report.');
    const a = analyzeText('Harbour City edge Rovers in derby\n\nFrom the first whistle, Harbour City pressed.\n\nThe win lifts them to third.\n');
    assert.equal(a.credit, null);
  });

  it('reads a dateline of two places a slash joins', () => {
    const a = analyzeText('Stocks slide on jobs data\n\nNEW YORK/LONDON, June 7 (Reuters) - Global stocks fell on Friday after a strong jobs report.\n');
    assert.equal(a.dateline?.location, 'NEW YORK/LONDON');
    assert.equal(a.dateline?.date, 'June 7');
    assert.equal(a.dateline?.agency, 'Reuters');
  });
});

describe('core: AFP datelines', () => {
  it('reads a country in parentheses between the place and the agency', () => {
    const a = analyzeText('Ceasefire holds\n\nMarrun (Zarania) (AFP) - The ceasefire held overnight, officials said.');
    assert.equal(a.dateline?.location, 'Marrun (Zarania)');
    assert.equal(a.dateline?.agency, 'AFP');
    const b = analyzeText('Vote\n\nWASHINGTON (AP) — The Senate voted on Monday.');
    assert.equal(b.dateline?.location, 'WASHINGTON');
    assert.equal(b.dateline?.agency, 'AP');
  });
});

describe('core: a deck before a dateline, bylines with a middle dot, `Mc` in capitals', () => {
  it('reads a deck between the headline and a dateline as prose, bylines set off by a middle dot, and FORT McMURRAY', () => {
    const a = analyzeText('Rural ER closures hit record\n\nClosures doubled this summer, nurses’ union says\n\nBy Grace Lindqvist · Global News\n\n' +
      'FORT McMURRAY, Alta. — Six emergency rooms closed in July, officials said.');
    assert.equal(a.dateline?.location, 'FORT McMURRAY, Alta.');
    assert.equal(a.credit?.text, 'By Grace Lindqvist · Global News');
    assert.equal(speakerOf(a, 'Closures doubled this summer'), 'nurses’ union');
    assert.ok(!a.statements.some(s => s.content.text.includes('Lindqvist')));
    const b = analyzeText('Land claim settled\n\nNadia Crowchild · CBC News · Posted: Oct 14, 2024 4:00 PM MT\n\nThe chief said the settlement was fair.');
    assert.equal(b.credit?.text, 'Nadia Crowchild · CBC News · Posted: Oct 14, 2024 4:00 PM MT');
  });
});

describe('core: bylines under a standfirst, a name alone, two long names', () => {
  it('reads the Guardian’s byline after a standfirst and a writer’s name alone, and an AP byline of two long names', () => {
    const a = analyzeText('Nurses vote to strike\n\nUnion says wards are unsafe\n\nHannah Rourke Health correspondent\n\nNurses at six hospitals have voted to strike, the union said.');
    assert.equal(a.credit?.text, 'Hannah Rourke Health correspondent');
    assert.ok(a.statements.some(s => s.content.text === 'Nurses at six hospitals have voted to strike'));
    const b = analyzeText('Nurses vote to strike\n\nHannah Rourke\n\nNurses at six hospitals have voted to strike, the union said.');
    assert.equal(b.credit?.text, 'Hannah Rourke');
    const c = analyzeText('Tornado hits town\n\nBy HOLLIS GRANGER and BETH ANN CRUZ Associated Press\n\nMERRITT, Kan. (AP) — A tornado hit the town, officials said.');
    assert.equal(c.credit?.text, 'By HOLLIS GRANGER and BETH ANN CRUZ Associated Press');
    // (a line that is no name stays prose)
    const d = analyzeText('Nurses vote to strike\n\nUnion Says Wards Unsafe\n\nNurses at six hospitals have voted to strike, the union said.');
    assert.equal(d.credit, null);
  });
});
