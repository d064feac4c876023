// A link card glued after a politician's name ("Rep. Ivo McAdam Ivo Paul McAdamSenate panel ... MORE") is cut from the
// card's first name word. A surname with an inner capital ("McAdam") was read as glued at "Mc|Adam", so the cut began
// inside the shown name and left "Ivo Mc ( R-Utah )". Fixtures invented.
import { describe, expect, it } from 'vitest';
import { linkCards } from '../lib/corpus/link-cards.js';

/** The line with its link cards cut. */
function cut(line: string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of linkCards(line)) {
    out += line.slice(at, a);
    at = b;
  }
  return out + line.slice(at);
}

describe('link cards after a surname with an inner capital', () => {
  it('keeps the shown name whole', () => {
    const line =
      'House Majority Leader Ivo McAdam Ivo Paul McAdamSenate panel rejects water bill Budget talks stall MORE ( R-Utah ) said so .';
    expect(cut(line)).toBe('House Majority Leader Ivo McAdam ( R-Utah ) said so .');
  });

  it('keeps "DeSoto" and "LaRue" whole too', () => {
    const a = 'Sen. Ann DeSoto Ann Marie DeSotoGovernor signs bill MORE ( D-Ohio ) spoke .';
    const b = 'Rep. Kit LaRue Kit LaRueVoters weigh plan MORE ( R-Iowa ) spoke .';
    expect(cut(a)).toBe('Sen. Ann DeSoto ( D-Ohio ) spoke .');
    expect(cut(b)).toBe('Rep. Kit LaRue ( R-Iowa ) spoke .');
  });
});
