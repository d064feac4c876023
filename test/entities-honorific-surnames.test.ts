// A title word that is a person's family name: "Dr. King" after "Martin Luther King Jr.", "Steve King of Iowa".
// Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { idsIn, run, texts, typeOf } from './helpers/entities.js';

describe('a title word as a family name', () => {
  const r = run(
    'Martin Luther King Jr. led the march in Selma in 1965 .',
    'Dr. King spoke of a dream . Mr. President , thank you , said the host .',
  );
  const two = run('Rep. Tom King of Iowa said so on Tuesday . The King of Jordan met him .');

  it('reads "Dr. King" as the person named in full elsewhere', () => {
    const full = idsIn(r, 'd0', 'Martin Luther King Jr.')[0];
    expect(idsIn(r, 'd1', 'King')).toEqual([full]);
    expect(texts(r)).not.toContain('President');
  });

  it('ends a person\'s name before "of" and the place', () => {
    const t = texts(two);
    expect(t).toContain('Tom King');
    expect(t).not.toContain('Tom');
    expect(typeOf(two, 'Tom King')).toBe('person');
    expect(t).toContain('Iowa');
  });
});
