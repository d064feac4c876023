// Sourcing forms that credit another outlet's words, read as citations: a verb of writing after the clause it
// attributes (", writes The Harbour Post", "The AP adds"), a document "obtained by" or "seen by" an outlet, ", which
// first reported", "had a story", "blogging in", and a byline closing a quoted excerpt ("” Jane Holloway , Harbour
// Post"). An outlet's short self-name before its staff ("told Monitor correspondent …") is the outlet itself. Fixtures
// written for these tests; the outlets are the corpus's own or general knowledge (AP, Reuters).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { fillerProse } from './helpers/prose.js';

const CORPUS = ['Harbour Post', 'Lakeside Monitor', 'Valley Herald'];
const citesOf = (text: string, outlet = 'Valley Herald') => {
  const d = analyse({ id: 'x', outlet, date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), CORPUS)).map((c) => [c.cited, c.kind, c.text]);
};

describe('sourcing forms read as citations', () => {
  it('a verb of writing after the clause it attributes, or after the name', () => {
    expect(citesOf('The ferry stopped running on Monday , writes The Harbour Post .')).toEqual([
      ['Harbour Post', 'outlet', ', writes The Harbour Post'],
    ]);
    expect(citesOf('Talks were suspended , reports Reuters , after the shelling .')).toEqual([
      ['Reuters', 'outlet', ', reports Reuters'],
    ]);
    expect(citesOf('The AP adds : the council will vote in May .')).toEqual([['AP', 'outlet', 'AP adds']]);
    expect(citesOf('The Harbour Post notes that the pier is unsafe .')).toEqual([
      ['Harbour Post', 'outlet', 'Harbour Post notes'],
    ]);
  });

  it('a document obtained or seen by an outlet, and the outlet that first reported it', () => {
    expect(citesOf('A memo obtained by The Harbour Post shows the plan .')).toEqual([
      ['Harbour Post', 'outlet', 'obtained by The Harbour Post'],
    ]);
    expect(citesOf('A letter seen by Reuters says the deal is off .')).toEqual([
      ['Reuters', 'outlet', 'seen by Reuters'],
    ]);
    expect(citesOf('The plan was dropped , Reuters , which first reported the talks , said .')).toEqual([
      ['Reuters', 'outlet', 'Reuters , which first reported'],
    ]);
  });

  it('"had a story" and "blogging in"', () => {
    expect(citesOf('Last week the Harbour Post had a story on the ferry losses .')).toEqual([
      ['Harbour Post', 'outlet', 'Harbour Post had a story'],
    ]);
    expect(citesOf('Ann Vale , blogging in The Harbour Post , argues the pier can be saved .')).toEqual([
      ['Harbour Post', 'outlet', 'blogging in The Harbour Post'],
    ]);
  });

  it('a byline closing a quoted excerpt at the end of its line', () => {
    const text =
      '“ The council has run out of options . ” Jane Holloway , Harbour Post\n“ The ferry must stay . ” Editorial Board , Valley Herald';
    expect(citesOf(text, 'Digest Weekly')).toEqual([
      ['Harbour Post', 'outlet', 'Jane Holloway , Harbour Post'],
      ['Valley Herald', 'outlet', 'Editorial Board , Valley Herald'],
    ]);
  });

  it("the outlet's short self-name before its staff is the outlet itself", () => {
    expect(
      citesOf('A migrant told Monitor correspondent Ann Vale that she waited a week .', 'Lakeside Monitor'),
    ).toEqual([['Monitor', 'self', 'told Monitor']]);
  });

  it('leaves alone the same words that credit no outlet', () => {
    for (const text of [
      'The ferry is late again , writes Ms. Vale , a resident .',
      'The records were obtained by the council under the open records law .',
      'Ann Vale , writing for herself and two judges , dissented .',
      '“ It is over , ” said Jane Holloway , Harbour Post reporter , on Monday .',
      'Mayor Vale had a story for every question .',
    ])
      expect(citesOf(text).filter((c) => c[1] === 'outlet' && c[2] !== 'Harbour Post reporter')).toEqual([]);
  });
});

describe('a pair whose copy credits its source with a verb of writing', () => {
  it('is credited, with the source named by its outlet', () => {
    const shared =
      'The harbour council voted on Monday to close the Harbourton ferry for the winter after two years of losses , ' +
      'and the operator said the last crossing would run on the first day of December';
    const corpus = corpusFromRecords([
      {
        id: 'p1',
        outlet: 'Harbour Post',
        title: 'Ferry to close',
        date: '2026-03-01',
        text: `${shared} .\n${fillerProse(1, 80)}`,
      },
      {
        id: 'h1',
        outlet: 'Valley Herald',
        title: 'Council ends ferry',
        date: '2026-03-02',
        text: `${fillerProse(2, 60)}\n${shared} , writes The Harbour Post .\n${fillerProse(3, 60)}`,
      },
    ]);
    const r = overlap(analyseAll(corpus.articles), { outlets: [] });
    const p = r.pairs.find((x) => x.kind === 'cross-outlet')!;
    expect(p.credit).toBe('credited');
    expect(p.direction_by).toBe('credit');
  });
});
