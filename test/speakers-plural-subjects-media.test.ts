// A plural noun that is also a verb of saying opening the sentence ("The states argued that …"), and media no word
// of the name shows, read from how the corpus writes them. Fixtures written for these tests (invented names).
import { describe, expect, it } from 'vitest';
import { rows } from './helpers/speakers.js';
import { fixtureDoc as doc, spansOf } from './helpers/fixture-docs.js';
import type { Doc, EntityRef } from '../lib/types.js';

const ent = (d: Doc, name: string, type: EntityRef['type']): EntityRef => ({
  id: name,
  name,
  type,
  mentions: spansOf(d, name),
});

describe('a subject whose head is a plural noun also read as a verb of saying', () => {
  it('speaks through the verb after it: "The states argued that …"', () => {
    const d = doc(
      'states-argued',
      'The suit was filed by six states . The states argued that the governor never had the authority to create ' +
        'the program . Some reports on Saturday suggested that the talks would end .',
    );
    const r = rows(d);
    expect(r).toContainEqual(['The states', 'institution', 'states']);
    expect(r.map((x) => x[0])).toContain('Some reports');
  });
});

describe('a medium no word of its name shows', () => {
  it('is a medium where the corpus writes its staff and its columns', () => {
    const d = doc(
      'quarterly',
      'In a column for Harbour Quarterly , Ana Doe argued that the treaty failed . Harbour Quarterly writer Ivo ' +
        'Brenn agreed . According to Harbour Quarterly , the envoy resigned . Harbour Quarterly reported that the ' +
        'talks had collapsed .',
    );
    const r = rows(d, [ent(d, 'Ana Doe', 'person'), ent(d, 'Harbour Quarterly', 'org')]);
    expect(r.filter((x) => x[0] === 'Harbour Quarterly').map((x) => x[1])).toEqual(['media', 'media']);
  });

  it('is no medium on one mention, nor a place an essay was written in (guards)', () => {
    const d = doc(
      'one-column',
      'In a column for Harbour Quarterly , Ana Doe argued that the treaty failed . Harbour Quarterly reported that ' +
        'the talks had collapsed . In an essay in Valdor , Ivo Brenn wrote that the port had closed ; in another ' +
        'essay in Valdor he said more . Valdor said that the port would reopen .',
    );
    const r = rows(d, [
      ent(d, 'Ana Doe', 'person'),
      ent(d, 'Ivo Brenn', 'person'),
      ent(d, 'Harbour Quarterly', 'org'),
      ent(d, 'Valdor', 'place'),
    ]);
    expect(r.filter((x) => x[0] === 'Harbour Quarterly' || x[0] === 'Valdor').map((x) => x[1])).not.toContain('media');
  });
});
