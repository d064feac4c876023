// One row per entity on real news (ents49): the report's list of an entity's spellings says what they are. A party's
// members and adjective ("Republicans", "Republican") are counted with the party but are no spelling of its name; a
// country's other name ("America") is another name, not a spelling. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityFindings } from '../lib/report/entity-findings.js';
import { distinctNames, memberForms } from '../lib/entities/alias-kinds.js';

const entity = (id: string, name: string, type: string, aliases: string[]) => ({
  id,
  name,
  type,
  aliases,
  mentions: new Array(40).fill({}),
  by_outlet: { A: 40 },
});

const spellingFinding = (e: ReturnType<typeof entity>) =>
  entityFindings([e], ['A']).find((f) => f.text.includes(' appears under '))?.text ?? '';

describe("a party's members beside its names", () => {
  const party = entity('whig-party', 'Whig Party', 'group', ['Whigs', 'Whig', 'Whig Party', 'WP', 'Grand Whig Party']);

  it('lists the party names apart from the members and the adjective', () => {
    const t = spellingFinding(party);
    expect(t).toContain('Whig Party appears under 3 spellings of 2 names: “Whig Party”, “WP” and “Grand Whig Party”');
    expect(t).toContain('and so are its members and adjective (“Whigs”, “Whig”)');
  });

  it('reads the members of a party with an -ic adjective', () => {
    expect(memberForms('Liberal Party', ['Liberals', 'Liberal', 'Liberal Party']).members).toEqual([
      'Liberals',
      'Liberal',
    ]);
    expect(memberForms('Bolivarian Party', ['Bolivarians', 'Bolivaric']).members).toEqual(['Bolivarians']);
  });
});

describe('spellings of one name and other names', () => {
  it('counts dots, case and initials as spellings of one name', () => {
    expect(distinctNames(['F.B.I.', 'FBI', 'Federal Bureau of Investigation'])).toBe(1);
    expect(distinctNames(['U.K.', 'UK', 'United Kingdom', 'UNITED KINGDOM'])).toBe(1);
  });

  it('counts a country called by another name as two names', () => {
    const t = spellingFinding(entity('freedonia', 'Freedonia', 'place', ['Freedonia', 'F.R.', 'FR', 'Fredland']));
    expect(t).toContain('Freedonia appears under 4 spellings of 3 names');
    expect(distinctNames(['Freedonia', 'Fredland'])).toBe(2);
  });

  it('keeps "spellings" for one name written several ways', () => {
    expect(spellingFinding(entity('fbi', 'FBI', 'org', ['FBI', 'F.B.I.']))).toContain(
      'FBI appears under 2 spellings: “FBI” and “F.B.I.”',
    );
  });
});
