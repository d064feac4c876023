// A programme named in quote marks after "told" or "said on" is where the statement was made, and the sentence is
// still its subject's reported speech when no "that" follows: "Doe told “Harbour Sunday” he now believes …", "Doe said
// on “Meet the Harbour” recently, this was …", and with an appositive between the subject and the verb ("Sen. Ana Doe,
// a Valdor Republican who helped write the bill, told …"). A trailing attribution after a clause stays the name's after
// the verb. Fixtures written for these tests (invented people and programmes).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The named speakers of a one-sentence doc. */
function named(text: string): string[] {
  const d = fixtureDoc('tp', text);
  const entities = ['Ana Doe', 'Ivo Brenn'].filter((n) => text.includes(n)).map((n) => person(d, n));
  return rows(d, entities)
    .filter((r) => r[1] === 'named')
    .map((r) => r[2] as string);
}

describe('a programme in quote marks after "told" or "said on"', () => {
  it('leaves the subject speaking when a pronoun, an adverb and a verb follow', () => {
    expect(named('Ana Doe told “ Harbour News Sunday ” she now believes legalization can only come later .')).toEqual([
      'Ana Doe',
    ]);
  });

  it('leaves the subject speaking after a time and a comma', () => {
    expect(named('Ana Doe said on “ Meet the Harbour ” recently , this was a mistake .')).toEqual(['Ana Doe']);
  });

  it('reads the subject past an appositive before the verb', () => {
    expect(
      named(
        'Sen. Ana Doe , a Valdor Republican who was part of the group of senators that wrote the bill , told ' +
          '“ Harbour News Sunday ” he now believes legalization can only come later .',
      ),
    ).toEqual(['Ana Doe']);
    expect(
      named('Ivo Brenn , Republican of Valdor , who helped write the bill , said recently it was hooey .'),
    ).toEqual(['Ivo Brenn']);
  });

  it('gives a clause closed by an appositive no speaker', () => {
    // the speaker of "…, a town under rebel control, said Valdor TV" is after the verb, not the clause before it
    const d = fixtureDoc(
      'tp2',
      'More than 100 buses took the fighters and their families to Harbourton , a town under rebel control , ' +
        'said Valdor TV .',
    );
    expect(rows(d, []).map((r) => r[0])).not.toContain('their families to Harbourton');
  });
});
