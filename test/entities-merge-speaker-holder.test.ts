// A holder of a surname whose given name is also a common word ("Dean Browning , chairman of ..."), typed nothing by
// its article, and the article's bare surname written as a speaker ("Browning said"): the bare surname is that
// holder's, not a namesake's named elsewhere in the corpus (ents55). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

describe('an untyped holder with a common-word given name', () => {
  const r = run(
    "Reuters ' Noah Fielding posts that there was an explosion near the crossing . Noah Fielding is in Gaza .",
    'The dean of the law school spoke first . The dean said little . A dean and a provost met . The dean left .',
    'The new dean of students resigned . Each dean signed the letter . The fielding was poor .',
    'The deal drew doubts . Dean Fielding , chairman of the county committee , raised an eyebrow . `` We have to ' +
      "build it , '' Fielding said . `` I would not be happy , '' said Fielding .",
  );

  it('takes the bare surname its article writes as a speaker', () => {
    const names = namesIn(r, 3, 'Fielding');
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((n) => n === 'Dean Fielding')).toBe(true);
  });
});

describe('an epithet before a surname', () => {
  const r = run(
    'The crowd chanted about Animal Hollis . Hollis said nothing .',
    'The animal was lost . An animal shelter opened .',
    'Governor Martin Hollis said on Monday that the state would sue . Hollis said the law was clear .',
  );

  it('is no holder, though the surname speaks (guard)', () => {
    expect(namesIn(r, 0, 'Hollis')).not.toContain('Animal Hollis');
  });
});

describe('an untyped holder whose bare surname speaks', () => {
  const r = run(
    "Reuters ' Noah Quenby posts that there was an explosion near the crossing . Noah Quenby is in Gaza .",
    'The dean of the law school spoke first . The dean said little . A dean and a provost met . The dean left .',
    'The new dean of students resigned . Each dean signed the letter . The quenby was poor .',
    'The deal drew doubts . Dean Quenby , chairman of the county committee , raised an eyebrow . `` We have to ' +
      "build it , '' Quenby said . `` I would not be happy , '' said Quenby .",
  );

  it('is a person: only a person speaks', () => {
    const row = r.entities.find((e) => e.name === 'Dean Quenby');
    expect(row?.type).toBe('person');
  });
});
