// Merge rule: a body named "X for the Y" is the body the copy calls "the Y" in the same article ("the U.S. Court of
// Appeals for the 9th Circuit ... the 9th Circuit ruled", "the District Court for the Southern District of Texas ... the
// Southern District of Texas"), and so is "the Ninth Circuit Court of Appeals" of "the Ninth Circuit". A court or a
// district office is named in full once, then by its subject.
import { nodeLabel, type MergeGraph } from './graph.js';

const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group']);

/** "Ninth Circuit Court of Appeals", "5th U.S. Circuit Court of Appeals": a circuit's name (the country between
 * its ordinal and "Circuit" left out) before its court's, which names the same court. */
const CIRCUIT_COURT = /^(.+?)(?: U\.S(?: ?\.)?| US)? Circuit Court(?: of Appeals)?$/;

/** The subject after "for the" in a body's name of four or more words ("9th Circuit"), or the circuit before "Court
 * of Appeals", or ''. */
function subjectOf(text: string): string {
  const at = text.lastIndexOf(' for the ');
  if (at < 0) {
    const circuit = CIRCUIT_COURT.exec(text);
    return circuit ? circuit[1] + ' Circuit' : '';
  }
  const subject = text.slice(at + ' for the '.length);
  return subject.indexOf(' ') > 0 ? subject : '';
}

/**
 * Join each body "X for the Y" to the node of "Y" (a body too, of two or more words) when some article names both:
 * `nodeOf` finds a name's node.
 */
export function mergeComplements(g: MergeGraph, nodeOf: (name: string) => number | undefined): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length < 3 || n.acronymOf || !BODY_TYPES.has(g.types[i].type)) return;
    const subject = subjectOf(n.mentions[0].text);
    const y = subject ? nodeOf(subject) : undefined;
    if (y === undefined || y === i || !BODY_TYPES.has(g.types[y].type) || g.uf.find(y) === g.uf.find(i)) return;
    const docs = new Set(n.mentions.map((m) => m.doc));
    if (!g.nodes[y].mentions.some((m) => docs.has(m.doc))) return;
    g.join(y, i, `'${nodeLabel(g.nodes[y])}' named in full as '${nodeLabel(n)}' in the same article`);
  });
}
