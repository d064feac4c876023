// Who is quoted: speaker phrases seen wrong on real coverage (a conjunction, an adverb, a day, the first letter of
// "U.S.", the bracket of a party tag, a masked name). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/text/analyse.js';
import { findQuotes } from '../../lib/framing/quotes.js';

const speakers = (text: string) =>
  findQuotes(analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] }))
    .filter((q) => q.depth === 0)
    .map((q) => q.speaker);

const spans = (text: string) =>
  findQuotes(analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] }))
    .filter((q) => q.depth === 0 && q.speakerSpan)
    .map((q) => text.slice(q.speakerSpan!.start, q.speakerSpan!.end));

describe('speaker phrases', () => {
  it('the speaker span covers the name, not the marks or the conjunction dropped before it', () => {
    expect(spans("`` We will rebuild the bridge , '' and Mayor Lin Osei said on Monday .")).toEqual(['Mayor Lin Osei']);
  });

  it('a name with an initialism is not cut at its first period ("said U.S. Sen. Ann Ward")', () => {
    expect(speakers('"The fence will be painted black, plain and simple," said U.S. Sen. Ann Ward, in May.')).toEqual([
      'U.S. Sen. Ann Ward',
    ]);
  });

  it('a party tag in brackets is not the speaker ("Rep. Tom Vale (R-Okla.) said")', () => {
    expect(
      speakers('Before the vote, Rep. Tom Vale ( R-Okla. ) said he would "probably be leaning no" today.'),
    ).toEqual(['Rep. Tom Vale']);
  });

  it('a conjunction or an adverb between the quote and the verb is not a speaker', () => {
    const t =
      'The spokesman Dev Mally said the ruling was "good news," but said it showed overreach. ' +
      'The president, who once called the group a "junior team," also acknowledged the advance.';
    expect(speakers(t)).not.toContain('but');
    expect(speakers(t)).not.toContain('also');
  });

  it('a day, a quantifier, a mark or a masked name is not a speaker', () => {
    const t =
      'Senate Leader Hal Reed, D-Nev., Monday, argued that "the facts have exposed a weakness." ' +
      'Some said the mayor was "provoking a crisis." ' +
      '"He rose and told him to stop," \u2588\u2588\u2588 reported at the time.';
    const s = speakers(t);
    for (const bad of ['Monday', 'Some', '\u2588\u2588\u2588']) expect(s).not.toContain(bad);
    // an initialism inside the sentence's subject is not cut at its first period
    expect(speakers('Meanwhile, one U.S. lawmaker is warning, saying: "The line will not hold."')).not.toContain('U');
    // a sentence opening with a quantifier before a participle
    expect(speakers('One border agent can be heard saying: "We have an orchestra here."')).not.toContain('One');
  });

  it('PTB closing marks before a pronoun are not part of the speaker ("\'\' he said")', () => {
    const t =
      "Mayor Lin Osei spoke first . `` We will rebuild , '' she said . `` And we will do it soon , '' '' he said .";
    for (const s of speakers(t)) expect(s ?? '').not.toMatch(/^['`\u201D]/);
  });
});
