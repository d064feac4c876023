// Where a capital says nothing about a word: at the opening of a sentence, a line or a clause. Its own module so that
// the term counts (lib/text/name-phrases*.ts) read it without the case counts of lib/text/word-case.ts.
import type { Doc } from '../types.js';

/** Whether token i opens its sentence, its line or a clause after a bracket, colon, dash or quote mark ("( Unlike X"). */
export function opensSentence(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const p = d.tokens[i - 1];
  if (!p || p.sentence !== t.sentence || (p.kind === 'punct' && p.norm !== ',' && p.norm !== "'s")) return true;
  for (let k = p.end; k < t.start; k++) if (d.text.charCodeAt(k) === 10) return true;
  return false;
}
