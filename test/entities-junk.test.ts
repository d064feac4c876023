// Junk rows of the entity table on an American corpus: tags beside names read as names, names cut at "and" or "of",
// given names typed places. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

/** Every mention's text in the result. */
const texts = (r: ReturnType<typeof run>) => r.mentions.flat().map((m) => m.text);

describe('party-and-state tags, state abbreviations and spaced titles', () => {
  const r = run(
    'Sen. Ada Quarrel , R-Texas , said so . Rep. Ivo Penrith ( D-N.Y. ) agreed , and Rep. Lena Ostby (D-Calif.) too .',
    'Rep. Ola Brenner ( R. , Calif . ) spoke in Palo Alto , Calif . , on Friday . Sen. Tom Vasko , I-Vt. , left .',
    'Vasko was joined by Sens . Ada Quarrel , R-S.C. , and Ivo Penrith . “ It is over , ” Mr . Penrith said .',
    'They attended Mass . The D-Day landings were remembered .',
  );

  it('reads no tag as a name', () => {
    const t = texts(r);
    for (const junk of ['R-Texas', 'D-N', 'D-Calif', 'Calif', 'I-Vt', 'R-S', 'Sens', 'Mr']) expect(t).not.toContain(junk);
  });

  it('keeps the people beside the tags and words that only look like tags', () => {
    const t = texts(r);
    for (const name of ['Ada Quarrel', 'Ivo Penrith', 'Lena Ostby', 'Ola Brenner', 'Palo Alto', 'Mass']) {
      expect(t).toContain(name);
    }
  });
});
