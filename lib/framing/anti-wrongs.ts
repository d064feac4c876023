// "anti-" words against a wrong ("anti-war", "anti-trafficking"): the name of a cause or a campaign, not a label.
import { evaluative } from './evaluative.js';
import { candidates, type LexIndex } from './loaded-lexicon.js';

/**
 * Crimes and harms the general vocabularies give no valence ("anti-trafficking", "anti-discrimination", "anti-drug"):
 * what a law, a unit or a campaign is against, named as plainly as "anti-corruption".
 */
const WRONGS = new Set(
  'discrimination trafficking traffickers poaching piracy gang gangs drug drugs narcotics graft bribery cartel cartels obesity smoking addiction lynching genocide littering counterfeiting kidnapping kidnappings hijacking extortion plagiarism sabotage espionage insurgency'.split(
    ' ',
  ),
);

/**
 * True when an "anti-" word opposes a wrong: its stem is a word of blame in the general vocabularies ("anti-war",
 * "anti-corruption", "anti-violence"), a crime or harm of WRONGS ("anti-trafficking") or a label of the lexicon on its
 * own ("anti-fascist", "anti-racist"). Such a word names a cause or a campaign, while "anti-*" is a label when it sets
 * someone against a group or a good ("anti-immigrant", "anti-science"). On BABE's tuning topics none of 12 such marks
 * was an annotated word. Asked once per distinct word.
 */
export function opposesWrong(lx: LexIndex, norm: string): boolean {
  if (!norm.startsWith('anti-')) return false;
  let v = lx.opposes.get(norm);
  if (v === undefined) {
    const stem = norm.slice(5);
    v =
      WRONGS.has(stem) ||
      evaluative(stem).valence < 0 ||
      candidates(lx, stem).some((c) => c.words.length === 1 && !c.term.startsWith('anti'));
    lx.opposes.set(norm, v);
  }
  return v;
}
