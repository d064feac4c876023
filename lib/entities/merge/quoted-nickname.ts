// Merge rule: a nickname the copy quotes inside a person's full name ("Joaquin `` El Chapo '' Guzman", Dwayne “The
// Rock” Johnson) is that person's name when written alone ("El Chapo was extradited"): the writer has said who it
// is. Only when exactly one person in the corpus carries the nickname so, and the bare nickname is typed a person or
// not at all (a quoted word is as often a slogan or a title: "the `` Dreamers ''" is no one's nickname here, for it
// stands between no two name words).
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** The nickname quoted between two name words: "El Chapo" in "Joaquin `` El Chapo '' Guzman"; bounded, linear. */
const QUOTED = /^(\p{Lu}\S*)\s+(?:``|"|\u201c)\s?((?:\S+\s){0,3}\S+?)\s?(?:''|"|\u201d)\s+(\p{Lu}\S*)$/u;

/** The quoted nickname inside a full name's mention, lowercased, or undefined. */
export function quotedNickname(text: string): string | undefined {
  const m = QUOTED.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[2])) return undefined;
  return m[2].toLowerCase();
}

/** A two-word name with a nickname quoted between its words, without the nickname ("Joaquin Guzman"); else the text. */
export function withoutQuotedNickname(text: string): string {
  const m = QUOTED.exec(text);
  return m ? `${m[1]} ${m[3]}` : text;
}

/** The person nodes carrying each quoted nickname, by the nickname. */
function carriers(g: MergeGraph): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || g.types[i].type !== 'person') return;
    for (const m of n.mentions) {
      const nick = quotedNickname(m.text);
      if (nick) (out.get(nick) ?? out.set(nick, new Set()).get(nick)!).add(g.uf.find(i));
    }
  });
  return out;
}

/**
 * Join each bare nickname to the one person whose full name quotes it (see the rule above). A nickname that is another
 * person's family name is a jibe, not a name ("Hillary `` Merkel '' Clinton"): the word stays with its own person.
 */
export function mergeQuotedNicknames(g: MergeGraph, people: PersonIndex): void {
  const byNick = carriers(g);
  if (!byNick.size) return;
  g.nodes.forEach((n, i) => {
    const t = g.types[i].type;
    if ((t !== 'person' && t !== 'unknown') || !mayJoinPerson(g, i) || people.byLast.has(n.core[n.core.length - 1]))
      return;
    const label = nodeLabel(n);
    const holders = byNick.get(label.toLowerCase());
    if (!holders || holders.size !== 1) return;
    const p = holders.values().next().value as number;
    if (g.uf.find(i) === g.uf.find(p)) return;
    g.join(p, i, `nickname '${label}' quoted in the name of '${nodeLabel(g.nodes[p])}', the one person so called`);
  });
}
