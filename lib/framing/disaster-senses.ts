// "catastrophe" and "catastrophic" as the plain word for a natural disaster or an accident ("the country's bushfire
// catastrophe", "the river floods, sometimes catastrophically", "a dam failure would be catastrophic, flooding …"), as
// the insurance term ("catastrophic coverage", "a catastrophic plan"), or as a name ("what Palestinians call the
// Nakba, or Catastrophe"): a description of damage, not the writer's charge that a policy or an opponent is a
// catastrophe ("the bill would be a total catastrophe", "a catastrophic decision").
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Words of nature's disasters and of accidents; near "catastrophe" they say what kind of catastrophe it is. */
const DISASTERS = new Set(
  (
    'flood floods flooding flooded hurricane hurricanes earthquake earthquakes quake tsunami tsunamis storm storms ' +
    'typhoon cyclone tornado tornadoes wildfire wildfires bushfire bushfires fire fires blaze drought droughts ' +
    'eruption volcano volcanic landslide landslides mudslide avalanche dam levee crash crashes derailment collapse ' +
    'meltdown spill spills explosion accident accidents shipwreck sinking'
  ).split(' '),
);

/** Nouns of insurance after "catastrophic": the name of a kind of cover. */
const COVER = new Set('coverage cover insurance plan plans policy policies health'.split(' '));

/** How many words either side of the hit a disaster word may stand. */
const NEAR = 8;

/**
 * True when the "catastroph*" word at token i is a natural disaster or an accident (a DISASTERS word within NEAR
 * words of the same sentence), the insurance term ("catastrophic coverage", "coverage … or catastrophic"), or a name
 * (capitalised inside its sentence: "the Nakba or Catastrophe").
 */
export function disasterCatastrophe(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const s = t.sentence;
  const w = t.norm;
  if (w.startsWith('catastrophic') && COVER.has(wordAt(d, i + 1, s) ?? '')) return true;
  if (/^\p{Lu}/u.test(d.text.slice(t.start, t.end)) && lowerBefore(d, i)) return true;
  for (let k = -NEAR; k <= NEAR; k++) {
    const x = wordAt(d, i + k, s);
    if (k !== 0 && x !== undefined && (DISASTERS.has(x) || (k < 0 && x === 'coverage'))) return true;
  }
  return false;
}

/** Whether a lower-case word of the same line stands right before token i (so its capital is no headline's). */
function lowerBefore(d: Doc, i: number): boolean {
  const prev = d.tokens[i - 1];
  if (!prev || prev.sentence !== d.tokens[i].sentence || prev.kind !== 'word') return false;
  return /^\p{Ll}/u.test(d.text.slice(prev.start, prev.end)) && !/\n/.test(d.text.slice(prev.end, d.tokens[i].start));
}
