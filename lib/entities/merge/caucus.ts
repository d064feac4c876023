// Merge rule: a party's members in one body, in the forms copy uses ("House Republicans" = "House Republican" (as in
// "House Republican leaders") = "House GOP"; "Senate Democrats" = "Senate Democratic"). The plural is the name; the
// adjective and the party's other name (the gazetteer's alias, "GOP") are the same caucus.
import { gazetteerMaps } from '../gazetteer.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** "Democrats", "Democratic", "Democrat" -> "democrat"; "Republicans" -> "republican" (as merge/party-forms.ts). */
function stem(word: string): string {
  const w = word.endsWith('s') && !word.endsWith('ss') && word.length > 4 ? word.slice(0, -1) : word;
  return w.endsWith('ic') && w.length > 6 ? w.slice(0, -2) : w;
}

/** The stems of the parties the corpus names as "<X> Party". */
function partyStems(g: MergeGraph): Set<string> {
  const out = new Set<string>();
  g.nodes.forEach((n, i) => {
    if (g.types[i].type === 'group' && n.core.length === 2 && n.core[1] === 'party') out.add(stem(n.core[0]));
  });
  return out;
}

/** The party stem of a word: a form of a party's name, or the gazetteer's other name for it ("gop"); '' otherwise. */
function partyOf(word: string, stems: ReadonlySet<string>): string {
  const alias = gazetteerMaps().lower.get(word);
  if (alias?.type === 'group' && alias.canonical.endsWith(' Party'))
    return stem(alias.canonical.split(' ')[0].toLowerCase());
  return stems.has(stem(word)) ? stem(word) : '';
}

/** Join "<body> <party adjective or alias>" to "<body> <party plural>". */
export function mergeCaucusForms(g: MergeGraph): void {
  const stems = partyStems(g);
  if (!stems.size) return;
  const byKey = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    // a person or place by title case alone may take part ("House Republican leaders": two capitalised words)
    const t = g.types[i];
    if (
      n.core.length !== 2 ||
      n.core[1] === 'party' ||
      ((t.type === 'person' || t.type === 'place') && t.strength >= 2)
    )
      return;
    const p = partyOf(n.core[1], stems);
    if (p) (byKey.get(n.core[0] + ' ' + p) ?? byKey.set(n.core[0] + ' ' + p, []).get(n.core[0] + ' ' + p)!).push(i);
  });
  for (const list of byKey.values()) {
    const anchor = list.find(
      (i) => g.nodes[i].core[1].endsWith('s') && stem(g.nodes[i].core[1]) !== g.nodes[i].core[1],
    );
    if (anchor === undefined) continue;
    for (const i of list)
      if (i !== anchor && g.compatible(anchor, i))
        g.join(anchor, i, `the same party's caucus: '${nodeLabel(g.nodes[anchor])}' = '${nodeLabel(g.nodes[i])}'`);
  }
}
