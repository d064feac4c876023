// Findings about entities: the most named actor, names spelled several ways, and main actors some outlets never name
// where they were to be expected.
import { byString } from '../text/counts.js';
import type { ExpectedMentions } from '../entities/expected.js';
import { SILENCE_ARTICLES, type SilenceBasis } from './silence-basis.js';
import type { Finding } from './types.js';
import { listWords, plural } from './finding-words.js';
import { distinctNames, memberForms } from '../entities/alias-kinds.js';
import { spellingKey, withoutPossessive, writtenSpelling } from '../entities/written-spelling.js';

/** The report anchor of one entity. */
export function entityAnchor(id: string): string {
  return 'entity-' + id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The slice of an entity the findings read (see lib/entities/entities.ts). */
export interface EntityLike {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
  mentions: readonly unknown[];
  by_outlet: Readonly<Record<string, number>>;
}

/** The main actors: the `n` (default 5) most mentioned entities that are not places, demonyms or events. */
export function mainActors<T extends EntityLike>(entities: readonly T[], n = 5): T[] {
  return entities.filter((e) => e.type !== 'place' && e.type !== 'demonym' && e.type !== 'event').slice(0, n);
}

/**
 * Findings about entities: the most named actors, names spelled several ways, and main actors some outlets never name.
 */
export function entityFindings(
  entities: readonly EntityLike[],
  outlets: readonly string[],
  opts: {
    main?: number;
    words?: Readonly<Record<string, number>>;
    expected?: ExpectedMentions;
    silence?: SilenceBasis;
  } = {},
): Finding[] {
  const out: Finding[] = [];
  const ev = (e: EntityLike) => [{ href: '#' + entityAnchor(e.id), label: e.name }];
  const main = mainActors(entities, opts.main);
  if (main.length) {
    const e = main[0];
    const by = outlets.filter((o) => (e.by_outlet[o] ?? 0) > 0);
    out.push({
      text: `The most named actor is ${e.name}: ${plural(e.mentions.length, 'mention')} in ${by.length} of ${plural(outlets.length, 'outlet')}.`,
      evidence: ev(e),
    });
  }
  const spelled = entities
    .map((e) => ({ e, ...namedForms(e) }))
    .filter((x) => x.forms.length > 1)
    .slice(0, 10)
    .sort(
      (x, y) =>
        y.forms.length - x.forms.length || y.e.mentions.length - x.e.mentions.length || byString(x.e.id, y.e.id),
    )
    .slice(0, 3);
  for (const { e, forms, members } of spelled)
    out.push({
      // "“U.S.”, “US”, “America”, “United States”, “USA” and 1 more", not "… and “USA” and more"; "names" when one
      // of them is no spelling of another ("America"), and a party's members apart from its names
      text: `${e.name} appears under ${formCount(forms)}: ${listWords([...forms.slice(0, 5).map((a) => `“${a}”`), ...(forms.length > 5 ? [`${forms.length - 5} more`] : [])])}; they are counted as one${members.length ? `, and so are its members and adjective (${members.map((a) => `“${a}”`).join(', ')})` : ''}.`,
      evidence: ev(e),
    });
  if (outlets.length > 1)
    for (const e of main) out.push(...silenceFindings(e, outlets, expectation(e, outlets, opts), ev(e), opts.silence));
  return out;
}

/** Mentions expected before an outlet's silence about an actor says anything (at its share of the corpus's words). */
const EXPECTED_MENTIONS = 3;

/** How many mentions of E each outlet was to be expected to make, and why; null when nothing says (every outlet counts). */
interface Expectation {
  of: (outlet: string) => number;
  why: string;
}

/**
 * With events (`expected`, lib/entities/expected.ts): at the rate the other outlets name E in the events each outlet
 * covered. Else with words per outlet: at the outlet's share of the corpus's words. Else null.
 */
function expectation(
  e: EntityLike,
  outlets: readonly string[],
  opts: { words?: Readonly<Record<string, number>>; expected?: ExpectedMentions },
): Expectation | null {
  const byEvents = opts.expected?.get(e.id);
  if (byEvents)
    return {
      of: (o) => byEvents.get(o) ?? 0,
      why: `; at the rate the other outlets name it in the same stories, about ${EXPECTED_MENTIONS} or more mentions were to be expected`,
    };
  const words = opts.words;
  const total = words ? outlets.reduce((n, o) => n + (words[o] ?? 0), 0) : 0;
  if (!words || !total) return null;
  return {
    of: (o) => (e.mentions.length * (words[o] ?? 0)) / total,
    why: `; at the outlet's length, about ${EXPECTED_MENTIONS} or more mentions were to be expected`,
  };
}

/**
 * Whether an outlet's silence about E rests on enough (lib/report/silence-basis.ts): SILENCE_ARTICLES of its articles
 * on stories in which the others name E, and no headline, address or byline of its own naming E. True without a basis.
 */
function silenceHolds(e: EntityLike, o: string, basis: SilenceBasis | undefined): boolean {
  if (!basis) return true;
  return (basis.articles.get(e.id)?.get(o) ?? 0) >= SILENCE_ARTICLES && !basis.namedInMeta.get(e.id)?.has(o);
}

/**
 * "Only X names E", or the outlets that never name a main actor E. With an expectation, an outlet counts as silent
 * only when it would have named E at least EXPECTED_MENTIONS times: one short piece on another story says nothing;
 * with a basis, only over SILENCE_ARTICLES articles or more on the stories in which the others name E, and not when
 * E is named in its own headline, address or byline (E wrote the piece). The most surprising silences come first;
 * long lists are cut to six outlets and a count.
 */
function silenceFindings(
  e: EntityLike,
  outlets: readonly string[],
  expect: Expectation | null,
  evidence: Finding['evidence'],
  basis?: SilenceBasis,
): Finding[] {
  const present = outlets.filter((o) => (e.by_outlet[o] ?? 0) > 0);
  if (present.length === 1 && e.mentions.length >= 3)
    return [{ text: `Only ${present[0]} names ${e.name} (${plural(e.mentions.length, 'mention')}).`, evidence }];
  const expected = (o: string) => (expect ? expect.of(o) : Infinity);
  const missing = outlets
    .filter((o) => !(e.by_outlet[o] ?? 0) && expected(o) >= EXPECTED_MENTIONS && silenceHolds(e, o, basis))
    .sort((a, b) => (expect ? expected(b) - expected(a) : 0) || byString(a, b)); // the most surprising silence first
  if (!missing.length || missing.length === outlets.length) return [];
  const named = missing.length > 6 ? [...missing.slice(0, 6), `${missing.length - 6} more outlets`] : missing;
  // one silent outlet: its own numbers (a reader checks "its 3 articles", not the bar "2 or more"); several: the bars
  const one = missing.length === 1 ? missing[0] : undefined;
  const articles = one && basis ? (basis.articles.get(e.id)?.get(one) ?? 0) : 0;
  const over = !basis
    ? ''
    : one
      ? ` in its ${plural(articles, 'article')} on those stories`
      : ` in each one’s ${SILENCE_ARTICLES} or more articles on those stories`;
  const bar = `about ${EXPECTED_MENTIONS} or more mentions were`;
  const own = one && expect ? Math.max(EXPECTED_MENTIONS, Math.round(expected(one))) : 0;
  const why = (own ? (expect?.why ?? '').replace(bar, `about ${own} mentions were`) : (expect?.why ?? '')) + over;
  return [
    {
      text: `${listWords(named)} never name${missing.length === 1 ? 's' : ''} ${e.name}, one of the main actors (${plural(e.mentions.length, 'mention')} elsewhere${why}).`,
      evidence,
    },
  ];
}

/** "8 spellings of 2 names" ("U.S.", "US" … and "America"), "3 spellings" of one name, "4 names" none spelled twice. */
function formCount(forms: readonly string[]): string {
  const names = distinctNames(forms);
  if (names === 1) return `${forms.length} spellings`;
  return names === forms.length ? `${names} names` : `${forms.length} spellings of ${names} names`;
}

/** An entity's names and spellings, and apart from them its members' forms (a party's "Republicans"). */
function namedForms(e: EntityLike): { forms: string[]; members: string[] } {
  const { members, rest } = memberForms(e.name, readerSpellings(e.aliases));
  return { forms: rest, members };
}

/**
 * An entity's aliases as spellings a reader tells apart, each as a reader writes it (written-spelling.ts: brackets
 * and the spaces a tokeniser put inside a name dropped, "( Donald ) Trump" is "Donald Trump"): forms that differ only
 * in letter case, spaces or the style of an apostrophe ("IRAN" in a headline, "Iran"; "O’Rourke", "O'Rourke") are
 * one spelling, written as it first comes in the alias list; a possessive of another alias ("Senate 's" beside
 * "Senate") is that alias; dots and word order make another ("F.B.I.", "FBI").
 */
export function readerSpellings(aliases: readonly string[]): string[] {
  const key = spellingKey;
  const written = aliases.map(writtenSpelling);
  const all = new Set(written.map(key));
  const seen = new Set<string>();
  return written
    .map((a) => {
      const bare = withoutPossessive(a);
      return bare !== null && all.has(key(bare)) ? bare : a;
    })
    .filter((a) => !seen.has(key(a)) && !!seen.add(key(a)));
}
