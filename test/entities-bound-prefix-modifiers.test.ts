// "Ex-Yankee Randy Velarde hit his 11th homer": after "Ex-", the former team was read into the name ("Yankee Randy
// Velarde"). After an office's prefix, one word that is no title before a listed given name is a modifier: the name
// starts after it. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a modifier after a role prefix before a full name', () => {
  it('starts the name after a former team', () => {
    const r = run('Ex-Mariner Randy Volland hit his 11th homer , his most at any level .');
    expectTypes(r, { 'Randy Volland': 'person', 'Mariner Randy Volland': undefined });
  });

  it('keeps a title after the prefix with the name (guard)', () => {
    const r = run('Ex-Congressman Joe Wallby spoke , and then-Sen. Ann Vale listened .');
    expectTypes(r, { 'Joe Wallby': 'person', 'Ann Vale': 'person' });
  });
});
