// A person named by initials after the full name ("Crown Prince Mohammed bin Salman … MBS", "Franklin D. Roosevelt …
// FDR"): the capitals are the person, not an organisation of their own. Fixtures invented for the pattern.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, run } from './helpers/entities.js';

describe('initials of a person named in full in the article', () => {
  it('joins the initials of a three-word name, particles and hyphenated parts counted', () => {
    const r = run(
      'Crown Prince Khalid bin Nasser met the envoy on Monday. Critics say KBN has tightened his grip, and KBN denies it.',
      'Senator Alma Ruiz-Castro spoke for an hour. Supporters of ARC cheered when ARC promised a vote.',
    );
    const prince = entityWith(r, 'Khalid bin Nasser');
    expect(prince?.type).toBe('person');
    expect(entityWith(r, 'KBN')?.id).toBe(prince?.id);
    expectSameEntity(r, 'ARC', 'Alma Ruiz-Castro');
  });

  it('a two-word name gives no initials, and an article without the full name keeps the capitals apart', () => {
    const r = run(
      'Dana Whitcombe spoke to DW reporters on Monday, and DW aired the speech.',
      'Crown Prince Khalid bin Nasser met the envoy. KBN left on Tuesday.',
      'The KBN index rose for a third day, the KBN said.',
    );
    expectApart(r, 'DW', 'Dana Whitcombe');
    const kbn = r.entities.filter((e) => e.aliases.includes('KBN'));
    expect(kbn.length).toBe(2);
  });
});
