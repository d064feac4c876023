// "lie" as the verb of place in more shapes (lib/framing/verification-senses.ts): an inverted sentence opened by a
// conjunction or after a quote's close the splitter left in the sentence ("But underneath it lies …", "… . '' With them
// lies …"), a relative or "it" as its subject before a word of place ("the trust that lies at the heart of …"), and a
// surface it lies on ("Bodies lie on the ground"). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('lie as a verb of place', () => {
  it('is no accusation after a conjunction or a quote before the word of place', () => {
    expect(marked('But underneath that calm lies a web of old feuds .')).toEqual([]);
    expect(marked("This is the harbour 's `` Group of Five . '' With them lies the best hope for the quays .")).toEqual(
      [],
    );
  });

  it('is no accusation with a relative or "it" before a word of place', () => {
    expect(marked('It is the give and take that lies at the heart of the council .')).toEqual([]);
    expect(marked('Kell is a busy town that lies on the main ferry route .')).toEqual([]);
    expect(marked('Given Valdor ’ s location it lies on the northern border of Lorn .')).toEqual([]);
  });

  it('is no accusation on a surface', () => {
    expect(marked('Bodies lie on the ground in the square of Tarrow .')).toEqual([]);
    expect(marked('A wounded man lies on a bed at the harbour clinic .')).toEqual([]);
  });

  it('stays loaded as the accusation (guard)', () => {
    expect(marked('The mayor lies on television about the ferry levy .')).toContain('lies');
    expect(marked('That lie in the advert misled the islanders .')).toContain('lie');
    expect(marked('But the minister lies to voters about the harbour .')).toContain('lies');
  });
});
