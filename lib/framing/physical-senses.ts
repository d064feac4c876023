// Words of attack and injury in their physical sense: "Iran blasted a drone out of the sky" (shot down), crews
// "digging , blasting and bulldozing through" a forest (explosives), "photos of bloodied victims" (wounded, with
// blood on them). The figures stay loaded: "Trump blasted the asylum system", "a bloodied party". General knowledge of
// English, no corpus words.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Verbs of earthworks a physical "blasting" is listed with ("digging , blasting and bulldozing"). */
const EARTHWORKS: ReadonlySet<string> = new Set(
  'digging drilling bulldozing excavating tunneling tunnelling mining dynamiting clearing dredging'.split(' '),
);

/**
 * "blasted … out of the sky" / "out of the air" within eight words, or "blasting" beside a verb of earthworks (two
 * words either side): a shot or a charge, not the verb of attacking words.
 */
export function physicalBlast(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  const w = d.tokens[i].norm;
  if (!/^blast(?:ed|s|ing)?$/.test(w)) return false;
  for (let k = i + 1; k <= i + 8; k++) {
    if (wordAt(d, k, s) === 'out' && wordAt(d, k + 1, s) === 'of' && wordAt(d, k + 2, s) === 'the') {
      const what = wordAt(d, k + 3, s);
      if (what === 'sky' || what === 'air') return true;
    }
  }
  for (let k = i - 2; k <= i + 2; k++) if (k !== i && EARTHWORKS.has(wordAt(d, k, s) ?? '')) return true;
  return false;
}

/** Nouns of people, bodies and clothing that "bloodied" describes as wounded ("bloodied victims", "bloodied shirts"). */
const WOUNDED: ReadonlySet<string> = new Set(
  (
    'victim victims protester protesters demonstrator demonstrators people man men woman women child children boy ' +
    'boys girl girls body bodies face faces head heads hand hands shirt shirts clothes clothing survivor survivors ' +
    'patient patients soldier soldiers student students worker workers passenger passengers bandage bandages'
  ).split(' '),
);

/** "bloodied" right before a noun of people, bodies or clothing (WOUNDED): blood on them, not a beaten party. */
export function woundedBloodied(d: Doc, i: number): boolean {
  return d.tokens[i].norm === 'bloodied' && WOUNDED.has(wordAt(d, i + 1, d.tokens[i].sentence) ?? '');
}
