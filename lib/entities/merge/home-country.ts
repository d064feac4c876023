// Merge rule: a body's name with the corpus's home country before it is the body's name without it ("US Immigration
// and Customs Enforcement" = "Immigration and Customs Enforcement", "U.S. Border Patrol" =
// "Border Patrol"). News copy names its own country's institutions with or without the country, and the bare name is
// the home one ("the Senate" in a US paper). The home country is the place the corpus names most; other countries'
// bodies keep their country ("Iraq Parliament" is no "Parliament" in a US corpus).
import { nodeLabel, type MergeGraph } from './graph.js';

/** Types a body's name may have on either side: an institution, not a person, place or people. */
const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group']);

/** The gazetteer place node named most often, or -1. */
export function homeCountry(g: MergeGraph): number {
  let best = -1;
  let most = 0;
  g.nodes.forEach((n, i) => {
    if (!n.gazetteer || g.types[i].type !== 'place' || n.mentions.length <= most) return;
    best = i;
    most = n.mentions.length;
  });
  return best;
}

/** Bodies by their name words ("immigration and customs enforcement" -> nodes). */
function bodiesByName(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (!BODY_TYPES.has(g.types[i].type)) return;
    const k = n.core.join(' ');
    (out.get(k) ?? out.set(k, []).get(k)!).push(i);
  });
  return out;
}

/**
 * Whether `words` is all of `prefix` and a name of two or more words. One word after the country is left alone: it is
 * a head word ("U.S. News" is a magazine, no "News"; "U.S. Energy"), and "U.S. Senate" would become the display name
 * of the bare "Senate" the outlets write forty times as often.
 */
function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  if (words.length < prefix.length + 2) return false;
  for (let k = 0; k < prefix.length; k++) if (words[k] !== prefix[k]) return false;
  return true;
}

/** Join "<home country> <body>" to "<body>" when the corpus names that body without the country too. */
export function mergeHomeCountry(g: MergeGraph): void {
  const home = homeCountry(g);
  if (home < 0) return;
  const prefix = g.nodes[home].core;
  const bodies = bodiesByName(g);
  g.nodes.forEach((n, i) => {
    if (!BODY_TYPES.has(g.types[i].type) || !startsWith(n.core, prefix)) return;
    const list = (bodies.get(n.core.slice(prefix.length).join(' ')) ?? []).filter((p) => p !== i);
    if (!list.length || new Set(list.map((p) => g.uf.find(p))).size !== 1 || !g.compatible(i, list[0])) return;
    g.join(
      list[0],
      i,
      `'${nodeLabel(n)}' is '${nodeLabel(g.nodes[list[0]])}' with the home country '${nodeLabel(g.nodes[home])}'`,
    );
  });
}
