// Fixtures for lexicon words that are loaded in one reading and plain in another (loaded10): words made from a
// thinker's name, "so-called" before a term the article adopts, enforcement "crackdowns", armies' invasions.
// Invented wording; each case failed on the code before its rule.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import type { Doc } from '../lib/types.js';

const doc = (text: string): Doc => analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
/** The marked words as written, in text order. */
const marked = (text: string): string[] => {
  const d = doc(text);
  return loadedTokens(d, { lexicon: readLexicon() }).map((m) =>
    d.text.slice(d.tokens[m.index].start, d.tokens[m.index].end),
  );
};

describe('words made from a thinker\'s name ("Marxist", "Stalinist")', () => {
  it("marks them as the writer's label mid-sentence, capital and all", () => {
    expect(marked('The ferry union is a dangerous Marxist outfit, the column said.')).toContain('Marxist');
    expect(marked('The harbour board ran the port with Stalinist discipline.')).toContain('Stalinist');
  });

  it('leaves a school of thought named before a trade or a body of thought', () => {
    expect(marked('The festival invited a Marxist historian from the islands.')).not.toContain('Marxist');
    expect(marked('Students may read Marxist doctrines in the library.')).not.toContain('Marxist');
    expect(marked('Marxist historians from the islands met in the hall.')).not.toContain('Marxist');
  });

  it('still keeps other wildcard terms off names ("Bashar" is no "bash*")', () => {
    expect(marked('The envoy met Bashar on Tuesday.')).toEqual([]);
  });
});
