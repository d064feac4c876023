// "Justice" is a judge's title before a name ("Supreme Court Justice Antonin Vale") and a body's word elsewhere ("the
// Justice Department"): before a given name it is cut off the name as other titles are. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

describe('"Justice" before a name', () => {
  const r = run(
    'Supreme Court Justice Mary Vale wrote the opinion . Chief Justice Antonin Lund agreed with Justice Mary Vale . ' +
      'The Justice Department and the Justice Kennedy Center said nothing .',
  );
  const texts = r.mentions.flat().map((m) => m.text);

  it('is a title, and the person is the name after it', () => {
    expect(texts.filter((t) => t === 'Mary Vale').length).toBe(2);
    expect(texts).toContain('Antonin Lund');
    expect(texts.join('|')).not.toMatch(/Justice (Mary|Antonin)/);
    expect(r.mentions.flat().find((m) => m.text === 'Antonin Lund')?.type).toBe('person');
  });

  it("stays a body's word before no name", () => {
    expect(texts).toContain('Justice Department');
    expect(texts).toContain('Justice Kennedy Center');
  });
});
