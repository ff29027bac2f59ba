import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/core';
import { analyzeText, speakerOf } from './core-helpers';

/** The gender given to the speaker named `name`; throws when the article has no such speaker. */
function genderOf(a: Analysis, name: string): string | null {
  const s = a.speakers.find(sp => sp.name === name);
  if (!s) throw new Error(`no speaker ${name}: ${a.speakers.map(sp => sp.name).join(', ')}`);
  return s.gender;
}

describe('core: the gender of each person quoted, as the article shows it', () => {
  it('reads an honorific or a gendered title before a name nothing else genders', () => {
    const a = analyzeText('Ferry vote\n\nMs. Okafor, a resident, said she was tired of waiting. Mr. Adebayo said the fares were too high. ' +
      'Congresswoman Dana Reyes said the state would pay. Councilman Robin Hale said it would not.');
    assert.equal(genderOf(a, 'Okafor'), 'female');
    assert.equal(genderOf(a, 'Adebayo'), 'male');
    // (`Dana` and `Robin` are given to women and men alike: the title decides)
    assert.equal(genderOf(a, 'Dana Reyes'), 'female');
    assert.equal(genderOf(a, 'Robin Hale'), 'male');
  });

  it('reads a given name’s usual gender, also past a title and from the wider list of English first names', () => {
    const a = analyzeText('Ferry vote\n\nMayor Rita Vance said the bridge would reopen. Councillor Tom Baker said it would not. ' +
      'Konrad Weil, an engineer, said the plan was sound. Dr. Winifred Osei said the clinic would stay open.');
    assert.equal(genderOf(a, 'Rita Vance'), 'female');
    assert.equal(genderOf(a, 'Tom Baker'), 'male');
    assert.equal(genderOf(a, 'Konrad Weil'), 'male');
    assert.equal(genderOf(a, 'Winifred Osei'), 'female');
  });

  it('reads no given name in a name of one word: it is most often a surname, or a place', () => {
    const a = analyzeText('Budget fight\n\nThe budget passed on Monday. Warren said the cuts went too far. A Florida senator said the state would sue.');
    assert.equal(genderOf(a, 'Warren'), null);
    assert.equal(a.speakers.find(s => /Florida/.test(s.name))?.gender ?? null, null);
  });

  it('reads a given name written with accents or doubled with a hyphen', () => {
    const a = analyzeText('Tuition march\n\nLéa Tremblay, a student, said the fees were too high. Anne-Sophie Roy said the march would go on. ' +
      'Jean-Luc Martin, a professor, said the students had a point.');
    assert.equal(genderOf(a, 'Léa Tremblay'), 'female');
    assert.equal(genderOf(a, 'Anne-Sophie Roy'), 'female');
    assert.equal(genderOf(a, 'Jean-Luc Martin'), 'male');
  });

  it('reads the pronoun the article uses for a speaker, over a given name’s usual gender', () => {
    const a = analyzeText('Ferry vote\n\nNnamdi Eze, a ferry captain, said the delay cost him work. “We lose a day each week,” he said.\n\n' +
      'Jordan Ellis, who runs a bakery, said sales fell. “It has been hard,” she said.');
    assert.equal(genderOf(a, 'Nnamdi Eze'), 'male');
    assert.equal(genderOf(a, 'Jordan Ellis'), 'female');
  });

  it('reads no usual gender in a given name men and women share (Lindsey, Kelly), so the pronoun for the person finds them', () => {
    const a = analyzeText('Senate race\n\nSen. Lindsey Carver spoke in Columbia on Thursday. He added, “We will win this seat.”\n\n' +
      'Kelly Brandt, a nurse, said the clinic was full. “We turn people away,” he said.');
    const quote = a.statements.find(s => s.content.text.startsWith('We will win'));
    assert.equal(quote?.speaker?.mention?.text, 'He');
    assert.equal(genderOf(a, 'Lindsey Carver'), 'male');
    assert.equal(genderOf(a, 'Kelly Brandt'), 'male');
  });

  it('reads, last, sentences that open with He or She in the paragraph about a speaker nothing else genders', () => {
    const a = analyzeText('Late winner\n\nGoalie Aleks Varga stopped 31 shots on Tuesday. He was calm all night, and the crowd noticed. ' +
      '“We stayed patient,” Varga said.\n\nBasri Tanoto, the coach, said the team was tired.');
    assert.equal(genderOf(a, 'Aleks Varga'), 'male');
    assert.equal(genderOf(a, 'Basri Tanoto'), null, 'no pronoun in his paragraph');
  });

  it('gives no gender where the article shows none, and none to organizations and groups', () => {
    const a = analyzeText('Ferry vote\n\nBasri Tanoto, a driver, said traffic was worse. The city council said in a statement that work would resume. ' +
      'Residents said they were relieved.');
    assert.equal(genderOf(a, 'Basri Tanoto'), null);
    assert.equal(a.speakers.find(s => s.kind === 'organization')?.gender, null);
    assert.equal(a.speakers.find(s => s.kind === 'group')?.gender, null);
  });

  it('counts a plural noun opening a sentence as a group, not a person of unknown gender', () => {
    const a = analyzeText('Rebate rush\n\nThe rebate opened on Monday. Contractors say they are booked for months. ' +
      'Some owners welcomed it. Others warned that prices would rise. Thousands of people applied, officials said.');
    for (const name of ['Contractors', 'Others']) {
      const s = a.speakers.find(sp => sp.name === name);
      assert.deepEqual([s?.kind, s?.gender], ['group', null], name);
    }
  });

  it('counts the Vatican, a firm named Ventures and a government Branch as organizations, and a notice as a document', () => {
    const a = analyzeText('Rent ruling\n\nThe Vatican said it would pray for the tenants. Harbourline Ventures said it had sold the building. ' +
      'The Residential Tenancy Branch ruled that the increase was unfair, the tenants said. Repairs will be free, according to the recall notice.');
    for (const name of ['Vatican', 'Harbourline Ventures']) assert.equal(a.speakers.find(sp => sp.name === name)?.kind, 'organization', name);
    assert.equal(a.speakers.find(sp => sp.name === 'recall notice')?.kind, 'unknown');
  });

  it('keeps a gender given by the article’s own words when a pronoun in someone else’s statement disagrees', () => {
    // (`she` in a quote is someone the speaker talks about, not the speaker)
    const a = analyzeText('Ferry vote\n\nSenator Paul Okeke said the ferry had to run. “She told me the boat was late again,” Okeke said.');
    assert.equal(genderOf(a, 'Paul Okeke'), 'male');
  });

  it('reads no gender from a place in a role that is also a given name (Virginia Gov., Georgia Rep.), so his pronouns still find him', () => {
    const a = analyzeText('Voting rights\n\nVirginia Gov. Dale Purvis on Friday announced that he had signed an order restoring voting rights.\n\n' +
      '"We will send a message," he said, adding that the state would send a "strong message that Virginia is a place of second chances."\n\n' +
      'Purvis also addressed the cost. Those who now have the right to vote, he said, must still register.\n\n' +
      'Georgia Rep. Lyle Banner said he would oppose the order.');
    assert.equal(genderOf(a, 'Dale Purvis'), 'male');
    assert.equal(genderOf(a, 'Lyle Banner'), 'male');
    for (const words of ['the state would send', 'Those who now have the right']) {
      const s = a.statements.find(st => st.content.text.startsWith(words));
      assert.deepEqual([s?.speaker?.name, s?.speaker?.mention?.text], ['Dale Purvis', 'he'], words);
    }
  });
});

describe('gender: a full name set off after someone’s kin noun', () => {
  it('reads `Her father, Kojo Mensah,` as a man and `His mother, Ama Mensah,` as a woman, so the next pronoun finds them', () => {
    const a = analyzeText('Final\n\nSprinter Marcus Tran finished fourth. "It hurts," he said.\n\nHer father, Kojo Mensah, said he had aged ten years in a minute.\n\n"Then everybody screamed," he said.\n\nHis mother, Ama Mensah, said she had cried.');
    assert.equal(a.speakers.find(s => s.name === 'Kojo Mensah')?.gender, 'male');
    assert.equal(a.speakers.find(s => s.name === 'Ama Mensah')?.gender, 'female');
    assert.equal(speakerOf(a, 'Then everybody screamed'), 'Kojo Mensah');
  });
});

describe('gender: a person named after someone else’s possessive', () => {
  it('reads `Her neighbor, Gordon Pike,` as no woman: the possessive is the neighbour’s owner’s, so `He said` next finds Pike', () => {
    const a = analyzeText('Mill fire\n\nThe old mill burned on Sunday.\n\nHer neighbor, Gordon Pike, said the mill had been a problem for years. He said kids regularly got inside.');
    assert.notEqual(genderOf(a, 'Gordon Pike'), 'female');
    assert.equal(speakerOf(a, 'kids regularly got inside'), 'Gordon Pike');
  });
});
