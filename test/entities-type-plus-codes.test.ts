// "the P-5+1": a hyphenated code with a glued count spans right but was typed nothing, as "P-5" alone has no acronym's
// shape; "P5+1" was an organisation. A code and a glued count name a group of states at talks. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('codes with a glued count', () => {
  it('types "Q-4+2" an organisation, as "Q4+2" is', () => {
    const r = run('Talks between Veland and the Q-4+2 produced no agreement , and the Q4+2 met again .');
    expect(typeOf(r, 'Q-4+2')).toBe('org');
    expect(typeOf(r, 'Q4+2')).toBe('org');
  });
});
