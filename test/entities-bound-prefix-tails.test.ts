// "its post-World War II origins", "pre-Great Recession levels": a prefix of stance or time glued to a name's first
// word made a modifier the tokenizer keeps whole, and the name's other words ("War II", "Recession") were read as a
// war or a name of their own. Words after such a compound that are ordinary words of the corpus are its tail, no
// mention; a name there ("anti-Vale Republicans") stays. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

const texts = (r: ReturnType<typeof run>) => r.mentions.flat().map((m) => m.text);

/** A corpus that writes "war" and "recession" in lower case. */
const WORDS = 'The war ended , and a recession followed . The war was long , and the recession deep , said Ann Vale .';

describe('the tail of a name after a prefix of stance or time', () => {
  it('reads no war or recession in "post-World War II" and "pre-Great Recession"', () => {
    const r = run(
      WORDS,
      'The system lost its post-World War II origins , and wages fell to pre-Great Recession levels .',
    );
    expect(texts(r)).not.toContain('War II');
    expect(texts(r)).not.toContain('Recession');
  });

  it('keeps a name after the compound (guard)', () => {
    const r = run(WORDS, 'Many anti-Vale Republicans met the pro-Orr Anti-Coup National Alliance in Ohio on Monday .');
    expect(texts(r)).toContain('Republicans');
    expect(texts(r)).toContain('Anti-Coup National Alliance');
  });
});
