// Who speaks: "he said" opening a paragraph after one that names two people refers to the one the paragraph before
// opened on as its subject ("Sen. Tomas Venn urged Ivo Brenn to … ¶ “…,” he said"); a phrase opening on a sentence's
// adverbial ("Despite …", "Asked about …") is no speaker. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { cannotSpeak } from '../lib/framing/non-speakers.js';

describe('a pronoun after a paragraph naming two people', () => {
  it('is the subject the paragraph before opened on', () => {
    const d = fixtureDoc(
      'ps1',
      'Sen. Tomas Venn on Tuesday urged Ivo Brenn to explain the plan to the public.\n\n' +
        '“The council needs to explain what is at stake,” he said in a statement.',
    );
    const r = rows(d, [person(d, 'Tomas Venn'), person(d, 'Ivo Brenn')]);
    expect(r).toContainEqual(['he', 'named', 'Tomas Venn']);
  });

  it('stays unresolved when the subject has the other gender', () => {
    const d = fixtureDoc(
      'ps2',
      'Ms. Lena Varga on Tuesday urged Ivo Brenn to explain the plan to the public.\n\n' +
        '“The council needs to explain what is at stake,” he said in a statement.',
    );
    const r = rows(d, [person(d, 'Lena Varga'), person(d, 'Ivo Brenn')]);
    expect(r).toContainEqual(['he', 'unresolved', 'he']);
  });
});

describe('a sentence opening adverbial', () => {
  it('is no speaker', () => {
    expect(cannotSpeak('Despite')).toBe(true);
    expect(cannotSpeak('Asked about details of his plan')).toBe(true);
    expect(cannotSpeak('Outside')).toBe(true);
  });
});
