// "The Valdorian leader said", "the Valdorian prime minister told …", "Valdor's foreign minister said": a title with a
// country's adjective or possessive and no name. It is the one person the article titled so before ("Valdorian Prime
// Minister Ivo Doe", "Valdor's Prime Minister Ivo Doe", "Valdorian President Ana Brenn" for "the Valdorian leader"); no
// one, or two people, leave it unresolved. Each (country, title) pair reads the doc's person mentions once; a call then
// reads only the distinct people so titled. Pure.
import { gazetteerMaps } from '../entities/gazetteer.js';
import { capitalStates } from '../entities/world.js';
import type { EntityRef } from '../types.js';
import { firstMentionsAfter, type PersonAt } from './people-before.js';

/** The titles a phrase may give a state's office holder (group 1 of the patterns below). */
const TITLES =
  '((?:deputy\\s+)?(?:foreign|defen[cs]e|interior|finance)\\s+minister|prime\\s+minister|PM|president|premier|chancellor|king|leader|top\\s+diplomat)';
/** "the Valdorian leader", "The new Valdorian president", "the Valdorian deputy foreign minister", "the Valdorian PM". */
const STATE_TITLE = new RegExp(`^(?:the\\s+)?(?:new\\s+)?(\\p{L}[\\p{L}.]*)\\s+${TITLES}$`, 'iu');
/** "Valdor's foreign minister", "Valdor ’ s president" (a tokenizer's spaced apostrophe). */
const POSSESSED_TITLE = new RegExp(`^(\\p{Lu}\\p{L}+)\\s?['’]\\s?s\\s+(?:new\\s+)?${TITLES}$`, 'u');

/** The titles a state's leader is named with ("Valdorian Prime Minister X" is "the Valdorian leader"). */
const LEADER_TITLES = '(?:president|prime\\s+minister|premier|chancellor|king|supreme\\s+leader|leader)';

/** The country a word names as a place, its capital or by its adjective (the gazetteer's), else undefined: not "Sunni". */
function countryOf(w: string): string | undefined {
  const gaz = gazetteerMaps().exact;
  // "Tehran's top diplomat": a state's capital stands for the state
  const state = capitalStates().get(w);
  if (state) return gaz.get(state)?.canonical ?? state;
  const e = gaz.get(w);
  const country = e?.type === 'demonym' || e?.type === 'place' ? e.canonical : undefined;
  return country && gaz.get(country)?.type === 'place' ? country : undefined;
}

/** Each country's adjectives and names (the gazetteer's: "British", "Britain", "UK"), built once. */
let forms: Map<string, { adjectives: string[]; names: string[] }> | undefined;
function formsOf(country: string): { adjectives: string[]; names: string[] } {
  if (!forms) {
    forms = new Map();
    const put = (c: string) => forms!.get(c) ?? forms!.set(c, { adjectives: [], names: [] }).get(c)!;
    for (const [w, e] of gazetteerMaps().exact)
      if (e.type === 'demonym') put(e.canonical).adjectives.push(w);
      else if (e.type === 'place') put(e.canonical).names.push(w);
  }
  return forms.get(country) ?? { adjectives: [], names: [country] };
}

/** Titles written another way: "the Valdorian PM", "Valdor's top diplomat" (its foreign minister). */
const TITLE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['pm', 'prime minister'],
  ['top diplomat', 'foreign minister'],
]);

/**
 * The country and title of a phrase ("the Valdorian leader", "Valdor's leader" → Valdor, leader), else null.
 * `adjective` is the country as the phrase writes it.
 */
export function stateTitle(phrase: string): { adjective: string; title: string } | null {
  const m = STATE_TITLE.exec(phrase) ?? POSSESSED_TITLE.exec(phrase);
  if (!m || !countryOf(m[1])) return null;
  const title = m[2].toLowerCase().replace(/\s+/g, ' ');
  return { adjective: m[1], title: TITLE_SYNONYMS.get(title) ?? title };
}

/** A country's names before a title, as a pattern: its adjectives, names and possessives ("Valdorian", "Valdor's"). */
function statePattern(word: string): string {
  const f = formsOf(countryOf(word) ?? word);
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = f.names.map((n) => `${esc(n)}(?:\\s?['’]\\s?s)?`);
  return `(?:${[...f.adjectives.map(esc), ...names].join('|')})`;
}

/**
 * The distinct people a doc names right after a country's adjective or possessive and a title ("Valdorian Prime
 * Minister Ivo Doe", "Valdor's President Ana Brenn"; not "former Valdorian President …"), before a position:
 * `titled(adjective, title, pos)`. "leader" takes any leader's title.
 */
export function stateTitledPeople(
  text: string,
  people: readonly PersonAt[],
): (adjective: string, title: string, pos: number) => EntityRef[] {
  const firsts = new Map<string, PersonAt[]>();
  const read = (key: string, adjective: string, title: string) => {
    const t = title === 'leader' ? LEADER_TITLES : title.replace(/ /g, '\\s+');
    const before = new RegExp(
      `(?<!(?:former|ousted|late|then)[\\s-]+)\\b${statePattern(adjective)}\\s+${t}\\.?\\s+$`,
      'iu',
    );
    const out = firstMentionsAfter(text, people, before, 60);
    firsts.set(key, out);
    return out;
  };
  return (adjective, title, pos) => {
    const key = `${countryOf(adjective) ?? adjective}|${title}`;
    return (firsts.get(key) ?? read(key, adjective, title)).filter((m) => m.start < pos).map((m) => m.e);
  };
}
