// "the P5+1": a negotiating group named by a short code of capitals and digits and a count glued to it by a plus sign is
// one name; the tokens split at the "+", so the mention used to stop at the code. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe('group codes with a glued count', () => {
  it('keeps the "+N" in the name of a code group', () => {
    const r = run('Negotiators from Iran and the Q4+2 group met in Vienna . Q4+2 members said little .');
    expect(texts(r)).toContain('Q4+2');
    expect(texts(r)).not.toContain('Q4');
    expect(typeOf(r, 'Q4+2')).toBe('org');
  });

  it('does not join a score or a sum to a name', () => {
    const r = run('The Q4 team won 3+1 on Sunday , and the Q4s+2 scheme failed .');
    expect(texts(r)).not.toContain('Q4s+2');
    expect(texts(r).some((t) => t.includes('+'))).toBe(false);
  });
});
