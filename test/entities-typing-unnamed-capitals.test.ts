// Capitals headlines glued in from another story: "RICE STUDENTS DEMAND ..." read RICE as Susan Rice and "'BLACK
// HOUSE'" read HOUSE as the House, since the corpus capitalises those words far more often than it writes them in lower
// case. A one-word name in capitals beside a plain capitals word, which the corpus also writes in lower case and which
// the article's body never names alone, is the plain word there. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

/** A corpus that capitalises Barley ten times as often as it writes "barley" in lower case, and writes "students". */
const KNOWN =
  Array.from(
    { length: 16 },
    (_, i) => `Ambassador Barley met officials on day ${i + 1} , and Ambassador Barley said so .`,
  ).join(' ') +
  ' Farmers sold barley , and barley prices rose as the barley crop failed .' +
  ' The students said the students would march , and students did . Many students left .';

describe('one-word names in capitals the article does not name', () => {
  it('reads BARLEY beside STUDENTS as the word where the body never names Barley', () => {
    const r = run(
      KNOWN,
      'The college said classes would go online .\nBARLEY STUDENTS DEMAND NEW DORMS\nThe college did not reply .',
    );
    expect(typesOf(r, 'BARLEY')).toEqual([]);
  });

  it('keeps BARLEY the person where the body names her (guard)', () => {
    const r = run(
      KNOWN,
      'On Monday , Barley spoke to the college .\nBARLEY STUDENTS DEMAND NEW DORMS\nThe college did not reply .',
    );
    expect(typesOf(r, 'BARLEY')).toEqual(['person']);
  });
});
