// A column that answers a colleague names him in full once and then by his given name alone ("When Rich says …", "I
// agree entirely with Rich"); the entity stage does not resolve the bare given name, so those uses stayed as the word
// ("rich") among the outlet's frequent terms: only the uses inside the full name left the count. Now the uses alone,
// written as a name, in an article naming the person in full, leave it too; the word in lower case still counts, and
// a capitalised word opening sentences, in an article that never names the person alone inside a sentence ("Hope is
// fading …" beside Hope Arno), stays a word. Invented people.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { extractEntities } from '../lib/entities/entities.js';
import { shownTermRows } from '../lib/report/term-rows.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const DOCS = [
  doc(
    'c1',
    'Pier Review',
    'Mark Tolland and Ada Kerrow wrote about the harbour last week. When Mark says the harbour needs a new pier, he ' +
      'means the board should pay for it. I agree with Mark on the pier. Mark is a keen student of harbours, and ' +
      'Tolland knows the board. Tolland wrote that the pier would mark a new era; the board left its mark on the vote. ' +
      'Tolland said the pier would mark the town. Tolland is right about the harbour, Kerrow said.',
  ),
  doc(
    'c2',
    'Harbour Voice',
    'Hope Arno leads the ferry union in Quayside. Hope is fading for the ferry, the union said on Monday. Arno said ' +
      'the vote was lost. Arno spoke to workers, and Arno left the hall. Hope remains for the pier, Arno said. Arno ' +
      'will speak again on Friday, and Arno thanked the workers.',
  ),
];

const rows = shownTermRows(countTerms(DOCS), 30, DOCS, extractEntities(DOCS));
const countOf = (outlet: string, term: string) => rows.find((r) => r.outlet === outlet && r.term === term)?.count;

describe('a person named alone by the given name', () => {
  it('leaves the word count in an article that names the person in full; the word in lower case counts', () => {
    expect(countOf('Pier Review', 'mark')).toBe(3);
    expect(countOf('Pier Review', 'tolland')).toBe(5);
  });

  it('keeps a capitalised word opening sentences when the article never names the person alone inside one', () => {
    // both uses opening a sentence count (the full name's own use may count or not, as the entity stage reads it)
    expect(countOf('Harbour Voice', 'hope')).toBeGreaterThanOrEqual(2);
  });
});
