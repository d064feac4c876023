// Outlet contrast marks judging words only (lib/framing/contrast-words.ts): a word one outlet leans on where the
// others on the same story do not is its vocabulary (distinctive terms), loaded only when it also judges. Invented
// outlets and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedHits } from '../lib/framing/loaded.js';
import { docVoice } from '../lib/framing/voice.js';
import { readLexicon } from '../lib/framing/data.js';

const towns = ['Portville', 'Kellbrook', 'Marrow', 'Ostend Bay', 'Linhaven', 'Corrie', 'Tolland', 'Brenmouth'];
// the Harbour Times leans on "political", "base" and "weak" where the Gazette does not
const harbour = towns
  .map(
    (t) =>
      `In ${t}, Mayor Lind courted her political base with weak promises and weak excuses on ferry fares, and the base cheered.`,
  )
  .join(' ');
const gazette = towns
  .map((t) => `In ${t}, Mayor Lind met commuters with a promise on ferry fares, and the commuters cheered.`)
  .join(' ');

/** Own-voice loaded terms of each outlet when both cover one event. */
function loadedOf(): Map<string, string[]> {
  const docs = [
    analyse({ id: 'h', outlet: 'Harbour Times', date: '2026-03-02', text: harbour, paragraphs: [] }),
    analyse({ id: 'g', outlet: 'Island Gazette', date: '2026-03-02', text: gazette, paragraphs: [] }),
  ];
  const events = new Map([
    ['h', 'ferry'],
    ['g', 'ferry'],
  ]);
  const hits = loadedHits(
    docs,
    docs.map((d) => docVoice(d)),
    readLexicon(),
    { events },
  );
  const out = new Map<string, string[]>();
  for (const h of hits) if (h.voice === 'own') out.set(h.outlet, [...(out.get(h.outlet) ?? []), h.term]);
  return out;
}

describe('outlet contrast as loaded language', () => {
  it('leaves an outlet’s own topic words and a noun the adjective lexicon lists in another sense unmarked', () => {
    const terms = loadedOf().get('Harbour Times') ?? [];
    expect(terms).not.toContain('political');
    expect(terms).not.toContain('base');
  });

  it('still marks a word of blame only that outlet writes on the story', () => {
    expect(loadedOf().get('Harbour Times')).toContain('weak');
  });
});
