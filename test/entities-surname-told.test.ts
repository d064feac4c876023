// A bare surname in articles that never name its person in full. The title it is written after tells who it is
// ("President Okonkwo" is the person the corpus names in full as President Amara Okonkwo), and when nearly every
// article that tells who the surname is points to one person, the articles that say nothing mean that person too:
// a one-article headline slip ("Federal Judge Blocks Okonkwo's Order" read as a person "Blocks Okonkwo") must not
// leave the most named actor split in two rows. Invented names only.
import { describe, expect, it } from 'vitest';
import { idsIn, idOf, run } from './helpers/entities.js';

describe('a bare surname told by its title', () => {
  it('nearly every article telling who "Okonkwo" is names one person: every bare "Okonkwo" is that person', () => {
    const texts = [
      'President Amara Okonkwo signed the order on Monday. Okonkwo said it would stand.',
      'President Amara Okonkwo met the governors. Okonkwo thanked them.',
      'Federal Judge Blocks Okonkwo Order\nThe ruling came late on Friday, and Okonkwo said he would appeal.',
      ...Array.from(
        { length: 9 },
        (_, k) => `President Okonkwo spoke in Port ${k} on Tuesday. Okonkwo said the plan works.`,
      ),
      ...Array.from(
        { length: 6 },
        (_, k) => `Okonkwo said the levy would rise by ${k + 2} percent. Critics faulted Okonkwo.`,
      ),
    ];
    const r = run(...texts);
    const amara = idOf(r, 'Amara Okonkwo');
    expect(amara).toBeDefined();
    for (const k of [3, 8, 12, 15, 17]) expect(idsIn(r, 'd' + k, 'Okonkwo')).toEqual([amara, amara]);
    expect(r.entities.filter((e) => e.name === 'Okonkwo')).toHaveLength(0);
  });

  it('a titled surname goes to the holder of the title; untitled ones stay apart when two people share it', () => {
    const texts = [
      ...[0, 1, 2].map((k) => `Governor Ruth Ellery signed bill ${k} into law. Ellery said it was overdue.`),
      ...[0, 1, 2].map((k) => `Coach Dan Ellery won game ${k} at home. Ellery praised the defence.`),
      ...[0, 1].map((k) => `Governor Ellery vetoed measure ${k}. Ellery called it reckless.`),
      ...Array.from({ length: 8 }, (_, k) => `Ellery was not available on day ${k}. Ellery will speak later.`),
    ];
    const r = run(...texts);
    const ruth = idOf(r, 'Ruth Ellery');
    expect(idsIn(r, 'd6', 'Ellery')).toEqual([ruth, ruth]);
    expect(idsIn(r, 'd7', 'Ellery')).toEqual([ruth, ruth]);
    // neither person dominates: the articles that say nothing stay apart
    const bare = idsIn(r, 'd9', 'Ellery')[0];
    expect(bare).not.toBe(ruth);
    expect(bare).not.toBe(idOf(r, 'Dan Ellery'));
  });
});
