// Group and company names that title case alone typed persons: a name right before "party" in lower case is the
// party's ("the centrist Vered Hadash party"), a name after "contractor" a company's ("defense contractor Morrow
// Kestrel"), unless a given name opens it or the article names a person so. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a party or a contractor named by title case', () => {
  it('types a name before "party" a group', () => {
    const r = run('The minister , a member of the centrist Vered Hadash party , resigned on Monday .');
    expectTypes(r, { 'Vered Hadash': 'group' });
  });

  it('keeps a person before "party" when the article names him so', () => {
    const r = run('Harold Ostrander won the vote . Critics called it the Ostrander party of the future .');
    expectTypes(r, { Ostrander: 'person' });
  });

  it('types a name after "contractor" a company, a person after it a person', () => {
    const r = run(
      'The jets are built by defense contractor Morrow Kestrel in Texas . A former contractor Ed Lundqvist spoke .',
    );
    expectTypes(r, { 'Morrow Kestrel': 'org', 'Ed Lundqvist': 'person' });
  });
});
