// State media as a citation: "Egypt 's state news agency", "state-run television", "the official news agency" are a
// channel, no outlet; where a name follows ("state news agency MENA", "the official news agency IRNA") the name is the
// outlet, and the cue may stand before the description ("citing the state news agency …"). Seen on real coverage,
// where such phrases were read as no citation or as an outlet called "TV". Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('state media in the citations table', () => {
  it('reads a country possessive or demonym and state-run media as a generic channel', () => {
    expect(citesOf("The talks resumed , according to Norway 's state news agency .")).toEqual([
      ['generic', "Norway's state news agency"],
    ]);
    expect(citesOf('The general told Chilean state television that the vote was fair .')).toEqual([
      ['generic', 'Chilean state television'],
    ]);
    expect(citesOf('Twelve were hurt , state-run TV reported on Monday .')).toEqual([['generic', 'State-run TV']]);
  });

  it('cites the named agency, not the channel, when a name follows the description', () => {
    expect(citesOf('Crowds filled the square , state news agency KNA reported .')).toEqual([['outlet', 'KNA']]);
    expect(citesOf('Ten were hurt , the daily said , citing the official news agency PNA .')).toEqual([
      ['outlet', 'PNA'],
    ]);
  });
});
