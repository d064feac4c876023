// A person named in full once by title case alone ("MaliVai Washington", no listed given name) and by the family name
// after that, which is a place ("Washington , who climbed back", "said Washington"): the bare name stayed the place.
// When the bare name speaks or is spoken of as a person in the article, the full name is a person's for sure and the
// bare name is his. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

describe('a family name that is a place, speaking in the article', () => {
  it('types the bare name the person', () => {
    const r = run(
      'The 11th-seeded Orlanne Conway lost in five sets on Sunday . Conway , who climbed back from a 1-5 deficit , ' +
        'looked poised for a comeback . " I got a little tight , " said Conway .',
    );
    expect(typesOf(r, 'Conway')).toEqual(['person', 'person']);
  });

  it('leaves the place where no bare mention speaks (guard)', () => {
    const r = run('Ravit Washington writes on trade . Talks in Washington resumed on Monday .');
    expect(typesOf(r, 'Washington')).toEqual(['place']);
  });
});
