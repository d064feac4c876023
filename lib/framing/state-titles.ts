// "The Valdorian leader said", "the Valdorian prime minister told …": a title with a country's adjective and no name.
// It is the one person the article titled so before ("Valdorian Prime Minister Ivo Doe", "Valdorian President Ana
// Brenn" for "the Valdorian leader"); no one, or two people, leave it unresolved. Each (adjective, title) pair reads the
// doc's person mentions once; a call then reads only the distinct people so titled. Pure.
import { gazetteerMaps } from '../entities/gazetteer.js';
import type { EntityRef } from '../types.js';
import { firstMentionsAfter, type PersonAt } from './people-before.js';

/** "the Valdorian leader", "The new Valdorian president", "the Valdorian deputy foreign minister". */
const STATE_TITLE =
  /^(?:the\s+)?(?:new\s+)?(\p{L}+)\s+((?:deputy\s+)?(?:foreign|defen[cs]e|interior|finance)\s+minister|prime\s+minister|president|premier|chancellor|king|leader)$/iu;

/** The titles a state's leader is named with ("Valdorian Prime Minister X" is "the Valdorian leader"). */
const LEADER_TITLES = '(?:president|prime\\s+minister|premier|chancellor|king|supreme\\s+leader|leader)';

/** Whether a word is the adjective of a country (the gazetteer's demonym of a place): "Valdorian", not "Sunni". */
function countryAdjective(w: string): boolean {
  const gaz = gazetteerMaps().exact;
  const country = gaz.get(w);
  return country?.type === 'demonym' && gaz.get(country.canonical)?.type === 'place';
}

/** The country adjective and title of a phrase ("the Valdorian leader" → Valdorian, leader), else null. */
export function stateTitle(phrase: string): { adjective: string; title: string } | null {
  const m = STATE_TITLE.exec(phrase);
  if (!m || !countryAdjective(m[1])) return null;
  return { adjective: m[1], title: m[2].toLowerCase().replace(/\s+/g, ' ') };
}

/**
 * The distinct people a doc names right after a country adjective and a title ("Valdorian Prime Minister Ivo Doe"; not
 * "former Valdorian President …"), before a position: `titled(adjective, title, pos)`. "leader" takes any leader's title.
 */
export function stateTitledPeople(
  text: string,
  people: readonly PersonAt[],
): (adjective: string, title: string, pos: number) => EntityRef[] {
  const firsts = new Map<string, PersonAt[]>();
  const read = (adjective: string, title: string) => {
    const t = title === 'leader' ? LEADER_TITLES : title.replace(/ /g, '\\s+');
    const before = new RegExp(`(?<!(?:former|ousted|late|then)[\\s-]+)\\b${adjective}\\s+${t}\\.?\\s+$`, 'iu');
    const out = firstMentionsAfter(text, people, before, 60);
    firsts.set(`${adjective}|${title}`, out);
    return out;
  };
  return (adjective, title, pos) =>
    (firsts.get(`${adjective}|${title}`) ?? read(adjective, title)).filter((m) => m.start < pos).map((m) => m.e);
}
