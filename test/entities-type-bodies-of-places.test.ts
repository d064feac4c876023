// A body's head, "of" and a place's head word ("Department of State", "Council of State", "Ministries of State") name
// the body: the place word is its field, not its head. A building named after a body ("Bank of Avalon Plaza") and a
// place's own form ("Port of Avalon") stay places. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a body of a place word', () => {
  it('types a department or council of State an organisation', () => {
    const r = run(
      'An official of the Department of State met the Council of State in Cardale , and the Ministries of State and Finance agreed .',
    );
    expectTypes(r, { 'Department of State': 'org', 'Council of State': 'org', 'Ministries of State': 'org' });
  });

  it('types a university of the district an organisation', () => {
    const r = run('Ann Vale , a professor at the University of the District , said the rule was new .');
    expectTypes(r, { 'University of the District': 'org' });
  });

  it("keeps a place's own form and a building a place", () => {
    const r = run('Voters met at Bank of Avalon Plaza on Friday , and ships left the Port of Avalon .');
    expectTypes(r, { 'Bank of Avalon Plaza': 'place', 'Port of Avalon': 'place' });
  });
});
