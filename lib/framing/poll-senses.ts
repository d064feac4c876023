// A poll's answer option printed with its share: "Right Track // Wrong Track – 62.2 percent", "Strongly Disapprove :
// 41 %", "Very Unfavorable 38%". The pollster's label names the option respondents picked; the outlet reporting the
// numbers does not use the word as its own judgment.
import type { Doc } from '../types.js';

/** How many tokens after the hit's last word its share may start ("Wrong Track – 62.2 percent": three). */
const REACH = 4;

/**
 * True when the lexicon hit at tokens [i, end) is capitalised inside its line ("Wrong", not a sentence's first word
 * after a full stop) and a number with "percent" or "%" follows within REACH tokens of the same sentence, with no
 * verb-like lower-case word between (only capitalised words, dashes and colons): an answer option and its share.
 */
export function pollOption(d: Doc, i: number, end: number): boolean {
  const t = d.tokens[i];
  if (!/^\p{Lu}/u.test(d.text.slice(t.start, t.end))) return false;
  for (let k = end; k < end + REACH && k < d.tokens.length; k++) {
    const x = d.tokens[k];
    if (x.sentence !== t.sentence) return false;
    if (x.kind === 'number') return /^(?:percent|per|pct|%)$/i.test(d.tokens[k + 1]?.norm ?? '');
    const raw = d.text.slice(x.start, x.end);
    if (x.kind === 'word' && !/^\p{Lu}/u.test(raw)) return false;
  }
  return false;
}
