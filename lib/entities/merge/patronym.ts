// Merge rule: a name made of a patronymic particle and one word ("bin Salman", "Abu Khattala") joins the one person
// whose full name ends in that particle and word ("Mohammed bin Salman", "Ahmed Abu Khattala"), the word spelled the
// same or as a transliteration variant. The particle is part of the short name: "bin Salman" is the son of Salman,
// "Abu Mazen" the father of Mazen, so neither joins a person whose last word is only "Salman" or "Mazen" (the node
// keys keep the particle, see `patronymCore` in entities.ts), and a bare given name after "bin" in a full name is no
// surname of that person (see `patronymicGiven` in person-index.ts).
import { skeleton } from '../aliases.js';
import { PATRONYM_PARTICLES } from '../gazetteer.js';
import type { Mention } from '../mentions.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** Arabic articles that may stand between the particle and the word ("Baha Abu al-Ata"). */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);

/** The patronymic particle before a mention's last name word ("bin" of "Mohammed bin Salman", "abu" of "Baha Abu
 * al-Ata"), after a first name; or undefined. */
export function particleBeforeLast(m: Mention): string | undefined {
  let k = m.parts.length - 2;
  while (k > 0 && ARTICLES.has(m.parts[k])) k--;
  return k >= 1 && PATRONYM_PARTICLES.has(m.parts[k]) ? m.parts[k] : undefined;
}

/** Full person names by "particle + skeleton of the last word" ("bin\u0000salman"). */
function byParticleLast(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    if (g.types[p].type !== 'person' || n.core.length < 2 || PATRONYM_PARTICLES.has(n.core[0])) return;
    const keys = new Set<string>();
    for (const m of n.mentions) {
      const particle = particleBeforeLast(m);
      if (particle) keys.add(particle + '\u0000' + skeleton(m.parts[m.parts.length - 1]));
    }
    for (const k of keys) (out.get(k) ?? out.set(k, []).get(k)!).push(p);
  });
  return out;
}

/** Join each "particle + word" name to the one full person name ending in the same particle and word. */
export function mergePatronyms(g: MergeGraph): void {
  const index = byParticleLast(g);
  if (!index.size) return;
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 2 || !PATRONYM_PARTICLES.has(n.core[0]) || n.gazetteer || n.acronymOf) return;
    const list = index.get(n.core[0] + '\u0000' + skeleton(n.core[1]));
    if (!list || new Set(list.map((p) => g.uf.find(p))).size !== 1 || !g.compatible(i, list[0])) return;
    const full = nodeLabel(g.nodes[list[0]]);
    g.join(list[0], i, `'${nodeLabel(n)}' ends the one full name '${full}' (particle and name word)`);
  });
}
