// A named massacre against the same name with a neutral noun of attack in the other outlets
// (lib/framing/contested-names.ts): the outlet's choice of name for the event, while named massacres the other
// outlets also call massacres, and massacres reported with a toll, stay plain. Invented outlets and places.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedHits } from '../lib/framing/loaded.js';
import { docVoice } from '../lib/framing/voice.js';
import { readLexicon } from '../lib/framing/data.js';

const articles: [string, string][] = [
  [
    'Harbour Times',
    'Critics still want answers about the Portville massacre, in which four guards were killed. ' +
      'Relatives marked the anniversary of the Kellbrook massacre on Sunday. ' +
      'Mourners recalled the Harbour Guard massacre at the quay.',
  ],
  [
    'Island Gazette',
    'The inquiry into the Portville attack heard from two guards who survived it. Harbour attacks on the budget drew replies.',
  ],
  ['Coast Ledger', 'A report on the Portville attack blamed the consulate’s thin security.'],
  ['Valley Post', 'Schools teach the Kellbrook massacre of 1931, when soldiers killed 40 dockers.'],
  ['Valley Post', 'A gunman carried out a massacre that killed 12 people at the Marrow fair.'],
];

/** The own-voice "massacre" hits per outlet. */
function massacres(): Map<string, number> {
  const docs = articles.map(([outlet, text], i) =>
    analyse({ id: 'a' + i, outlet, date: '2014-05-01', text, paragraphs: [] }),
  );
  const out = new Map<string, number>();
  for (const h of loadedHits(
    docs,
    docs.map((d) => docVoice(d)),
    readLexicon(),
  ))
    if (h.term.startsWith('massacre') && h.voice === 'own') out.set(h.outlet, (out.get(h.outlet) ?? 0) + 1);
  return out;
}

describe('contested names of a killing', () => {
  it('marks a named massacre the other outlets call an attack, toll or not', () => {
    expect(massacres().get('Harbour Times')).toBe(1); // Portville; not Kellbrook, not the Harbour Guard
  });

  it('leaves a name other outlets also write as a massacre, and a massacre with its toll, unmarked', () => {
    expect(massacres().get('Valley Post')).toBeUndefined();
  });
});
