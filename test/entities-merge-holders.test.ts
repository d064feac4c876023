// A bare surname in an article that names another holder of it in full (ents53): the holder whose given name is also
// a common word ("Bill", "Cliff", "Ray"), where the article types that full name a person, takes the article's bare
// surname; a titled bare surname whose title the candidate carries elsewhere ("Dr. X") stays the candidate's.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityWith, idsIn, run } from './helpers/entities.js';

const PROFESSOR = [
  'Professor Oswin Tarrow of Kings College said on Monday that the group recruits online . Tarrow said the threat grew .',
  'Oswin Tarrow , a researcher , studies extremism . Tarrow said recruits are young .',
  'The report by Oswin Tarrow was published . Tarrow said it took a year .',
];

const COMMON_WORDS = 'the new bill passed . a bill to fund roads . he paid the bill . the bill died in committee .';

describe('a holder whose given name is also a common word', () => {
  const r = run(
    ...PROFESSOR,
    'On his show over the weekend , Bill Tarrow said the party had lost its way . Tarrow mocked the senators , and Tarrow laughed .',
    COMMON_WORDS,
  );

  it('takes the bare surname of the article that names him in full', () => {
    const professor = entityWith(r, 'Oswin Tarrow')?.id;
    const ids = [...new Set(idsIn(r, 'd3', 'Tarrow'))];
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(professor);
    expect(ids).toEqual([entityWith(r, 'Bill Tarrow')?.id]);
  });

  it('leaves the professor his own bare surname', () => {
    const professor = entityWith(r, 'Oswin Tarrow')?.id;
    expect(new Set(idsIn(r, 'd2', 'Tarrow'))).toEqual(new Set([professor]));
  });
});

describe('a titled bare surname in an article naming an ancestor in full', () => {
  const r = run(
    'Writing in a magazine , Dr. Nathaniel Pellow , a neurologist , recalled his family . Pellow said his nephew forgot them .',
    'Nathaniel Pellow wrote the essay . Pellow said he was horrified .',
    'Dr. Nathaniel Pellow spoke again on Friday . Pellow said he would keep writing .',
    'Writing in a magazine , his uncle , Dr. Pellow , expressed horror and noted that their ancestor , Ezra-Moss Pellow , arrived at the port after fleeing pogroms .',
  );

  it('stays with the doctor the corpus names with that title', () => {
    const doctor = entityWith(r, 'Nathaniel Pellow')?.id;
    expect(idsIn(r, 'd3', 'Pellow')).toEqual([doctor]);
  });
});

describe('an epithet before a well-known surname', () => {
  const r = run(
    ...PROFESSOR,
    'The mayor said Russia is responsible for backing Animal Tarrow . Tarrow said nothing , and the animal shelter closed .',
  );

  it('is no holder of the surname: the bare surname stays the professor’s', () => {
    const professor = entityWith(r, 'Oswin Tarrow')?.id;
    expect(idsIn(r, 'd3', 'Tarrow')).toEqual([professor]);
  });
});
