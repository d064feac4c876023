// A capitals link headline glued into an article: "HOUSE PASSES KATE 'S LAW AS PART OF ...". HOUSE is a word the
// corpus also writes in lower case, and the article's body never names the House, so the rule for headlines glued in
// from another story read it as the plain word. A capitals verb right after it ("PASSES": the corpus writes "passed"
// and "passing") makes it the headline's subject, a name; a plural noun after it ("STUDENTS") does not. Fixtures
// invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

/** A corpus that names the House often, writes "house" in lower case, and writes the verb's other forms. */
const CORPUS =
  Array.from({ length: 20 }, (_, i) => `Many House supporters of bill ${i + 1} voted , and the House adjourned .`).join(
    ' ',
  ) +
  ' She sold her house , the house was old , and a house burned .' +
  ' The bill passed , and the passing of the bill was news . The students said the students would march .';

describe('a capitals word before a capitals verb', () => {
  it('keeps HOUSE the chamber in a glued headline where a verb follows it', () => {
    const r = run(
      CORPUS,
      'The county jail held him for a week .\nHOUSE PASSES MARA VALE ACT AS PART OF BORDER BILL\nHe was freed later .',
    );
    expect(typesOf(r, 'HOUSE')).toEqual(['org']);
  });

  it('reads HOUSE before a plural noun as the plain word (guard)', () => {
    const r = run(
      CORPUS,
      'The county jail held him for a week .\nHOUSE STUDENTS DEMAND NEW DORMS\nHe was freed later .',
    );
    expect(typesOf(r, 'HOUSE')).toEqual([]);
  });
});
