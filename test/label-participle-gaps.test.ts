// An "-ed" word is the verb, not a modifier of the group's head after it, when its subject stands before a time phrase
// ("A federal warden on Wednesday ordered tenants to leave") or before an apposition closed by a comma ("Ivo Brenn ,
// the interim housing minister , claimed unlawful tenants were …"); and a word before a possessor's name modifies the
// possessor, not the head ("The clerk recognized Brenn's tenants"). Past a relative clause closed by a comma ("Ivo
// Brenn , who ran the board , disputed …"), an adverb in brackets ("He ( quietly ) barred tenants"), and after a
// sentence's singular demonstrative before a plural head ("That required children to leave") the "-ed" word is the verb
// too. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'A federal warden on Wednesday ordered tenants to leave the tower. Ivo Brenn , the interim housing minister , ' +
      'claimed unlawful tenants were to blame. Ivo Brenn , who ran the board , disputed unlawful tenants on Friday. He ( quietly ) barred tenants from the roof. That required children to leave. The clerk recognized Brenn ’ s tenants at once. Later Brenn ’ s tenants left. The warden who ' +
      'spoke said the tenants who stayed were calm.',
  ],
  [
    'South Wire',
    'The children who came said little, and the children said more. The board has claimed the roof, and it has ordered repairs. The council has claimed more and had ordered ' +
      'less. Many tenants said the wardens who came were calm. Indeed , the cap on permits ( for temporary , detained tenants ) held. The detained tenants left, and the unlawful tenants ' +
      'said little. The claimed savings, an ordered list, the disputed claims, the barred windows, the required forms and the recognized experts were cited.',
  ],
];

describe('an "-ed" word after a subject the phrase is not next to', () => {
  const docs = outletDocs('pg', TEXTS);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Brenn');
  const labels = groupsOf(docs, [brenn]).map((m) => `${m.outlet}: ${m.label}`);

  it('is the verb, or a word of the possessor', () => {
    expect(labels.filter((l) => /ordered|claimed|recognized|disputed|barred|required/.test(l))).toEqual([]);
    expect(labels).toContain('North Post: unlawful tenants');
    expect(labels).toContain('North Post: children');
    expect(labels.filter((l) => l.endsWith('Brenn ’ s tenants'))).toHaveLength(2);
  });

  it('stays a modifier after an article or in a bracket’s list', () => {
    expect(labels.filter((l) => l === 'South Wire: detained tenants')).toHaveLength(2);
  });
});
