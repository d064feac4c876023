// "X said it" types a body ("Vexacorp said it would appeal"), but a name shaped like a person's says a clause after
// "said" as often ("Zivko Marrandel said it was late"): two or three title-case words that no list of given names holds,
// none of them an ordinary word or a place, the last written alone in the article as a family name is; and the form of
// address "Miss". Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('"said it" after a person-shaped name', () => {
  it('keeps two title-case words a person', () => {
    const r = run(
      'The talks collapsed on Friday . Zivko Marrandel said it was a setback . Marrandel added that more talks would come .',
    );
    expectTypes(r, { 'Zivko Marrandel': 'person' });
  });

  it('keeps two title-case words after a role word a person', () => {
    const r = run('The talks stalled . EU policy chief Orsolya Vantanen said it was not a time to act .');
    expectTypes(r, { 'Orsolya Vantanen': 'person' });
  });

  it('keeps "Miss" and a name a person, with or without "said it"', () => {
    const r = run(
      'The class was loud . Their teacher , Miss Brackenfold , was new . Later Miss Brackenfold said it was time . ' +
        'Miss Brackenfold began to shout .',
    );
    expectTypes(r, { 'Miss Brackenfold': 'person' });
  });

  it('still types a one-word company that said it a body', () => {
    const r = run('Shares fell on Tuesday . Vexacorp said it would cut 400 jobs in the spring .');
    expectTypes(r, { Vexacorp: 'org' });
  });
});
