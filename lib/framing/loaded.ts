// Loaded language: hits of the project's themed lexicon (data/loaded-lexicon.json) and of general evaluative
// vocabulary (lib/framing/evaluative.ts) per outlet, in the outlet's own voice and in quotes. The combiner: where each
// idea lives —
//   loaded-lexicon.ts   the lexicon compiled into matchers and indexed by first word
//   lexicon-match.ts    the longest term at a position (words adjacent, one sentence)
//   loaded-tokens.ts    which tokens of a doc are loaded (sense rules, general vocabularies, outlet contrast)
//   anti-wrongs.ts      "anti-" words against a wrong
//   name-tokens.ts      name masks shared with other framing readers
//   outlet-contrast.ts  words an outlet writes more than others on the same event
//   term-weigher.ts     the evaluative weight of a term, for distinctive terms
//   loaded-rows.ts      hits summed per outlet and term, and per theme
import type { Doc } from '../types.js';
import { VOICES } from './voice.js';
import { isTermToken } from '../text/tokenize.js';
import { contestedMassacreNames } from './contested-names.js';
import type { LoadedLexicon, Voice } from './types.js';
import type { NormIds } from '../text/term-ids.js';
import { lexIndex } from './loaded-lexicon.js';
import { loadedScratch, loadedTokens, type LoadedOptions } from './loaded-tokens.js';
import { outletContrast } from './outlet-contrast.js';
import type { LoadedHit } from './loaded-rows.js';

export { wordWeight } from './evaluative.js';
export { compileLexicon, WildcardIndex } from './loaded-lexicon.js';
export { isNameToken, outsideNames } from './name-tokens.js';
export {
  loadedScratch,
  loadedTokens,
  MIN_WEIGHT,
  type LoadedOptions,
  type LoadedScratch,
  type LoadedToken,
} from './loaded-tokens.js';
export { outletContrast } from './outlet-contrast.js';
export { termWeigher } from './term-weigher.js';
export { loadedRows, loadedThemeRows, type LoadedHit, type LoadedRow } from './loaded-rows.js';

/**
 * Every loaded hit in the docs, with the voice it is in (voices aligned with docs by id; a doc without one counts as own
 * voice). With `events` (doc id -> event), outlet contrast on each doc's event (outletContrast over the own voice) can
 * make a word loaded too; without it only the lexicon and the general vocabularies mark words.
 */
export function loadedHits(
  docs: readonly Doc[],
  voices: readonly Voice[],
  lex?: LoadedLexicon,
  opts: Omit<LoadedOptions, 'lexicon' | 'mask' | 'contrast' | 'voice' | 'contested'> & {
    events?: ReadonlyMap<string, string>;
    /** the docs' norm numbers (normIds, `of` aligned with `docs`), when the caller has them */
    norms?: NormIds;
  } = {},
): LoadedHit[] {
  const lx = lexIndex(lex);
  const sc = loadedScratch(opts.norms?.norms.length ?? 0);
  const vById = new Map(voices.map((v) => [v.doc, v]));
  let contrast: Map<string, Map<string, Map<string, number>>> | null = null;
  if (opts.events?.size) {
    const own = new Map<string, Uint8Array>();
    for (const v of voices)
      own.set(
        v.doc,
        v.tokenVoice.map((c) => (c === 0 ? 1 : 0)),
      );
    contrast = outletContrast(docs, opts.events, own);
  }
  const contested = contestedMassacreNames(docs, voices);
  const hits: LoadedHit[] = [];
  docs.forEach((d, di) => {
    const v = vById.get(d.id);
    const z = contrast?.get(opts.events!.get(d.id) ?? '')?.get(d.outlet);
    if (opts.norms) sc.of = opts.norms.of[di];
    const o = { ...opts, contrast: z, voice: v?.tokenVoice, contested: contested.get(d.outlet) };
    for (const m of loadedTokens(d, o, lx, opts.norms ? sc : undefined)) {
      const first = d.tokens[m.index];
      let last = first;
      for (let i = m.index, seen = 0; i < d.tokens.length && seen < m.length; i++) {
        const t = d.tokens[i];
        if (isTermToken(t) && t.norm !== "'s") {
          seen++;
          last = t;
        }
      }
      hits.push({
        doc: d.id,
        outlet: d.outlet,
        term: m.term,
        theme: m.theme,
        weight: m.weight,
        text: d.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        voice: v ? VOICES[v.tokenVoice[m.index]] : 'own',
      });
    }
  });
  return hits;
}
