// A plural noun that is also a verb of saying opening the sentence ("The states argued that …"), and media no word
// of the name shows, read from how the corpus writes them. Fixtures written for these tests (invented names).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';

describe('a subject whose head is a plural noun also read as a verb of saying', () => {
  it('speaks through the verb after it: "The states argued that …"', () => {
    const d = fixtureDoc(
      'states-argued',
      'The suit was filed by six states . The states argued that the governor never had the authority to create ' +
        'the program . Some reports on Saturday suggested that the talks would end .',
    );
    const r = rows(d);
    expect(r).toContainEqual(['The states', 'institution', 'states']);
    expect(r.map((x) => x[0])).toContain('Some reports');
  });
});
