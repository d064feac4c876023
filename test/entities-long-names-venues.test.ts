// Entity classes of ents19: long names cut at a function word ("Committee to Protect Journalists", "United We Dream",
// "U.N. Interim Force in Lebanon", "Court of Appeals for the 9th Circuit"), an acronym spelling the first part of a
// long name ("... and Lawful Permanent Residents ( DAPA )"), armed groups named like provinces, broadcast shows, and
// the venue of a fixture line. Own fixtures.
import { describe, expect, it } from 'vitest';
import { matchesAcronym } from '../lib/entities/acronyms.js';
import { entityWith, expectTypes, run, texts, typeOf } from './helpers/entities.js';

describe('long names cut at a function word', () => {
  it('reads "to" and a verb after a body\'s head as its purpose, not a place after "to"', () => {
    const r = run(
      'The Paris-based Committee to Protect Journalists ( CPJ ) condemned the arrest . CPJ said reporters must be protected .',
      'Unions vowed to protect workers . The Commission to Brussels trip was cancelled .',
    );
    expect(typeOf(r, 'Committee to Protect Journalists')).toBe('org');
    expect(entityWith(r, 'CPJ')?.name).toBe('Committee to Protect Journalists');
    expect(texts(r)).not.toContain('Protect Journalists');
    expect(texts(r)).toContain('Brussels');
  });

  it('keeps a capitalised pronoun inside a name written as a phrase, which is no person', () => {
    const r = run(
      'Ann Vale , a spokeswoman for the advocacy group United We Dream , said the list was cruel .',
      'A member of Fight for Our Dream spoke . We met them later .',
    );
    expect(texts(r)).toContain('United We Dream');
    expect(texts(r)).toContain('Fight for Our Dream');
    expect(typeOf(r, 'United We Dream')).toBe('org');
    expect(typeOf(r, 'Fight for Our Dream')).not.toBe('person');
    expect(texts(r)).not.toContain('Dream');
  });

  it('joins a body named for its place when its acronym or an "X-based" says so', () => {
    const r = run(
      'Shells hit the headquarters of the U.N. Interim Force in Lebanon ( UNIFIL ) on Friday . UNIFIL said two were hurt .',
      'The New York-based International Campaign for Human Rights in Iran said the trial was unfair .',
      'The campaign for human rights is international , she said . The FBI in Boston declined to comment .',
    );
    expect(typeOf(r, 'U.N. Interim Force in Lebanon')).toBe('org');
    expect(entityWith(r, 'UNIFIL')?.name).toBe('U.N. Interim Force in Lebanon');
    expectTypes(r, { 'International Campaign for Human Rights in Iran': 'org', 'New York': 'place' });
    expect(texts(r)).toContain('Boston');
  });

  it("spells an acronym with a joiner's letter or an abbreviation's letters only when it needs them", () => {
    expect(matchesAcronym(['U.N.', 'Interim', 'Force', 'in', 'Lebanon'], 'UNIFIL')).toBe(5);
    expect(matchesAcronym(['Joint', 'Comprehensive', 'Plan', 'of', 'Action'], 'JCPOA')).toBe(5);
    expect(matchesAcronym(['The', 'Iraqi', 'National', 'Intelligence', 'Service'], 'INIS')).toBe(4);
    expect(matchesAcronym(['Syrian', 'Democratic', 'Forces'], 'PMU')).toBe(0);
  });

  it('reads a court "for the 9th Circuit" whole, one court with the short forms its articles use', () => {
    const r = run(
      'The case went to the U.S. Court of Appeals for the 9th Circuit , based in California . The 9th Circuit ruled on Monday . The circuit court is busy .',
      'The Fourth Circuit heard a similar case .',
      'The Ninth Circuit Court of Appeals agreed , and the Ninth Circuit will not hear it again .',
    );
    expect(texts(r)).toContain('U.S. Court of Appeals for the 9th Circuit');
    const court = entityWith(r, 'U.S. Court of Appeals for the 9th Circuit');
    expect(court?.aliases).toContain('9th Circuit');
    expect(entityWith(r, 'Ninth Circuit Court of Appeals')?.id).toBe(court?.id);
    expect(entityWith(r, 'Fourth Circuit')?.id).not.toBe(court?.id);
  });
});

describe('an acronym that spells the first part of a long name', () => {
  it('joins the long name, its short form and the acronym as one programme', () => {
    const r = run(
      'The Deferred Action for Parents of Americans and Lawful Permanent Residents ( DAPA ) covers parents . DAPA was blocked .',
      'Deferred Action for Parents of Americans would shield millions , and DAPA is popular .',
    );
    const dapa = entityWith(r, 'DAPA');
    expect(dapa?.type).toBe('event');
    expect(entityWith(r, 'Deferred Action for Parents of Americans')?.id).toBe(dapa?.id);
    expect(entityWith(r, 'Deferred Action for Parents of Americans and Lawful Permanent Residents')?.id).toBe(dapa?.id);
    expect(texts(r)).not.toContain('Lawful Permanent Residents');
  });
});

describe('groups named like places, shows named like people', () => {
  it("types a province that a group's word follows or an armed group's possessive precedes as the group", () => {
    const r = run(
      'Most attacks were carried out by Sinai Province group , which is tied to the Islamic State .',
      "Islamic State 's Sinai Province claimed the attack . Iraq 's Anbar Province was calm .",
    );
    expect(typeOf(r, 'Sinai Province')).toBe('group');
    expect(entityWith(r, 'Sinai Province')?.type).toBe('group');
    expect(typeOf(r, 'Anbar Province')).toBe('place');
  });

  it("types a host's show as a programme, not a person", () => {
    const r = run(
      "On Wednesday 's episode of `` The Glenn Beck Radio Program , '' the host reacted .",
      'He listened to The Rush Limbaugh Show every day .',
    );
    expectTypes(r, { 'Glenn Beck Radio Program': 'event', 'Rush Limbaugh Show': 'event' });
  });
});

describe('fixture lines', () => {
  it('reads the name after "AT" in a fixture line as the venue, the side before it as a team', () => {
    const r = run(
      [
        'BASEBALL - MAJOR LEAGUE RESULTS',
        'Results on Thursday :',
        'DETROIT 4 Kansas City 1',
        'TORONTO 5 Chicago 3',
        'Scheduled on Friday :',
        'KANSAS CITY AT DETROIT',
        'CHICAGO AT TORONTO',
      ].join('\n'),
    );
    expectTypes(r, { 'KANSAS CITY': 'org', DETROIT: 'org' });
    const venues = r.mentions.flat().filter((m) => m.cue === 'venue of a fixture');
    expect(venues.map((m) => [m.text, m.type])).toEqual([
      ['DETROIT', 'place'],
      ['TORONTO', 'place'],
    ]);
  });
});
