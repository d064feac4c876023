// A title before a name holds no coined noun written in mixed case ("The DREAMer Governor X highlighted …": the
// title is "Governor", no label); and the first of two titles joined by "and" before one name ("Journalist and
// activist X included …") is the person's title, no head of a group of journalists. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityLabelMentions } from '../lib/framing/labels.js';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The DREAMer Governor Ivo Brenn highlighted in his speech said she felt calm. Critics met Foreign Minister Ivo ' +
      'Brenn later.\nJournalist and activist Lena Ortiz shared the photo. The reporter and writer Lena Ortiz said ' +
      'more. The journalists who came said little, and the journalists left.',
  ],
  [
    'South Wire',
    'Many journalists said the tower was calm. Local journalists who stayed were fined. The activists who came ' +
      'said little, and the activists left. A reporter who waited said the journalists were tired.',
  ],
];

describe('a title before a name', () => {
  const docs = outletDocs('tn', TEXTS);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');

  it('holds no mixed-case noun', () => {
    const titles = entityLabelMentions(docs, [brenn], ['governor', 'minister', 'foreign'])
      .filter((m) => m.kind === 'title')
      .map((m) => m.label);
    expect(titles).toEqual(['Foreign Minister']);
  });

  it('joined to another by “and” is the person’s title, no group’s head', () => {
    const north = groupsOf(docs, []).filter((m) => m.outlet === 'North Post');
    const at = (w: string) => docs[0].text.indexOf(w);
    expect(north.filter((m) => m.start === at('Journalist and') || m.start === at('reporter and'))).toEqual([]);
    expect(north.map((m) => m.label)).toContain('journalists');
  });
});
