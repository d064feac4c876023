// One row per entity on real news (ents47): the home country's chamber called by its head word alone ("the House
// voted") is the chamber the corpus names in full, though its articles name "the White House" too; a one-word body or
// place keeps apart from its plural ("State" the department, "the States"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';

/** Enough mentions of the home country for it to be the corpus's most named place. */
const HOME = 'The United States and the U.S. economy grew , the United States said , and U.S. firms agreed .';

describe("the home country's chamber by its head word", () => {
  const r = run(
    HOME,
    'The House of Representatives passed the farm bill on Tuesday . The White House said the House acted in haste .',
    'The White House urged the House to vote . Republicans in the House refused , and the White House backed down .',
    'The House voted 230 to 190 on the measure , a day after talks at the White House failed .',
    'Virginia lawmakers in the House of Delegates met on Monday . The House then adjourned , and the White House was silent .',
  );

  it('joins "House" of articles naming the White House to the House of Representatives', () => {
    const id = entityWith(r, 'House of Representatives')?.id;
    expect(idsIn(r, 'd1', 'House')).toEqual([id]);
    expect(idsIn(r, 'd2', 'House')).toEqual([id, id]);
    expect(idsIn(r, 'd3', 'House')).toEqual([id]);
  });

  it('keeps the White House a body of its own', () => {
    expectApart(r, 'White House', 'House of Representatives');
  });

  it('leaves "House" of an article naming another chamber with that head', () => {
    expect(idsIn(r, 'd4', 'House')[0]).not.toBe(entityWith(r, 'House of Representatives')?.id);
  });
});

describe('a chamber the corpus never names in full', () => {
  const r = run(HOME, 'The House voted on the bill , and the White House said the House acted in haste .');

  it('leaves the head word alone', () => {
    expect(r.entities.some((e) => e.name === 'House of Representatives')).toBe(false);
  });
});

describe('a one-word body or place and its plural', () => {
  const r = run(
    'Officials at State said the cable was genuine . The departments of State and Commerce agreed .',
    'A spokesman for State declined to comment on the visa policy .',
    'Migrants coming to the States often cross at night . Life in the States was hard , he said .',
    'The embassy was guarded by Marines from the fleet , and one Marine stood at the gate .',
  );

  it('keeps "the States" apart from the department', () => {
    expectApart(r, 'State', 'States');
  });

  it('still joins a group word and its plural', () => {
    expectSameEntity(r, 'Marine', 'Marines');
  });
});

describe('a given name no list holds, written alone without a cue', () => {
  const r = run(
    'Tuyet Okonkwo arrived in Portland in 2009 . Years later , Tuyet still kept the ticket , and Tuyet smiled at it .',
    'Under Tuyet , the shop grew , a neighbour said .',
  );

  it('joins it to the one person the article names in full with that first word', () => {
    const id = entityWith(r, 'Tuyet Okonkwo')?.id;
    expect(idsIn(r, 'd0', 'Tuyet')).toEqual([id, id]);
  });

  it('leaves it apart in an article that never names the person in full', () => {
    expect(idsIn(r, 'd1', 'Tuyet')[0]).not.toBe(entityWith(r, 'Tuyet Okonkwo')?.id);
  });
});

describe('a three-letter given name spelled two ways', () => {
  const r = run(
    'Former foreign minister Amr Zoubeidi , now an opposition figure , joined the march .',
    'Opposition party leader Amre Zoubeidi said the vote was a sham .',
    'Ann Corrigan , a nurse , spoke first . Her sister Anne Corrigan , a teacher , spoke later .',
  );

  it('joins two unlisted spellings of the sole bearer of a family name', () => {
    expectSameEntity(r, 'Amr Zoubeidi', 'Amre Zoubeidi');
  });

  it('keeps two listed given names apart', () => {
    expectApart(r, 'Ann Corrigan', 'Anne Corrigan');
  });
});

describe('the Pentagon', () => {
  const r = run(
    'The Pentagon said the troops would stay . A Department of Defense spokesman confirmed the plan .',
    'The Pentagon and Homeland Security briefed the committee . Department officials said the money was spent .',
    'The Department of Homeland Security and the Department of Defense shared the cost .',
  );

  it('is the Department of Defense', () => {
    expectSameEntity(r, 'Pentagon', 'Department of Defense');
  });

  it('does not lend "Department" of an article naming it to the Department of Defense', () => {
    expect(idsIn(r, 'd1', 'Department')[0]).not.toBe(entityWith(r, 'Department of Defense')?.id);
  });
});
