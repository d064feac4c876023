// "regime" of a government the article says has fallen (loaded15): once a leader is ousted, "the Varga regime", "the
// old regime" are its standard names. A government the article does not say fell keeps the label. Invented names; the
// fallen cases fail on the code before this rule.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('the regime of a fallen government', () => {
  it('leaves the name of a fallen government unmarked', () => {
    expect(marked('Prosecutors charged officials of the old regime.')).toEqual([]);
    expect(marked('The party was banned by the previous regime.')).toEqual([]);
    expect(
      marked('Former President Anton Varga was ousted in 2011. Police abuse under the Varga regime was common.'),
    ).toEqual([]);
    expect(marked('Crowds gathered as anger grew about the regime of then-President Anton Varga.')).toEqual([]);
    expect(marked('The uprising that toppled the Varga regime began in the port.')).toEqual([]);
  });

  it('still marks a regime in power', () => {
    expect(marked('The Varga regime jailed two reporters this week.')).toEqual(['regime']);
    expect(marked('Rebels fight to topple the Varga regime. Talks will go on if Varga is ever deposed.')).toEqual([
      'regime',
    ]);
    expect(marked('A former Ostrian official spoke. The Ostrian regime denied it.')).toEqual(['regime']);
  });
});
