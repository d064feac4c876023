// Who speaks when copy names a newspaper by its short name ("The Harbour Times reported … The paper adds …") and when
// a single person is described and never named ("the ferry captain said"). Fixtures written for these tests (invented
// people, papers and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { kinds } from './helpers/speakers.js';
import type { Doc, EntityRef } from '../lib/types.js';

const org = (d: Doc, name: string): EntityRef => ({ id: name, name, type: 'org', mentions: spansOf(d, name) });

describe('"the paper" and "the newspaper"', () => {
  it('is the newspaper the article named before', () => {
    const d = fixtureDoc(
      'paper-named',
      'The Harbour Times reported that the port will close . The paper adds that no date was set .\n\n' +
        'Workers were told on Friday , the Orlin Gazette reported . The layoffs are the first since 1990 , the newspaper said .',
    );
    expect(kinds(d, [org(d, 'Harbour Times'), org(d, 'Orlin Gazette')]).filter((x) => x[0] === 'media')).toEqual([
      ['media', 'Harbour Times'],
      ['media', 'Harbour Times'],
      ['media', 'Orlin Gazette'],
      ['media', 'Orlin Gazette'],
    ]);
  });

  it("skips a paper named only as someone's employer", () => {
    const d = fixtureDoc(
      'paper-possessive',
      'The Orlin Journal reported the deal on Monday . Talks began after the arrest of Ana Doe , The Harbour Post ’ s ' +
        'bureau chief , in 2014 . The newspaper said the cash was flown in .',
    );
    const media = kinds(d).filter((x) => x[0] === 'media');
    expect(media[media.length - 1]).toEqual(['media', 'Orlin Journal']);
  });
});

describe('a medium the entity stage typed as an organisation', () => {
  it('is media, with a word before it or not', () => {
    const d = fixtureDoc(
      'medium-org',
      'At least 12 people died in the clashes , state-run ValdorNews reported . The toll may rise , ValdorNews said .\n\n' +
        'The Harbour Journal said the port would close , and the HJ added that talks had failed .',
    );
    const hj = org(d, 'Harbour Journal');
    hj.mentions.push(...spansOf(d, 'HJ'));
    expect(kinds(d, [org(d, 'ValdorNews'), hj]).map((x) => x.join(':'))).toEqual([
      'media:ValdorNews',
      'media:ValdorNews',
      'media:Harbour Journal',
      'media:Harbour Journal',
    ]);
  });
});

describe('a single person described and never named', () => {
  it('is an unnamed person, not an unplaced phrase', () => {
    const d = fixtureDoc(
      'described-people',
      'Traffic stopped at the bridge for an hour . “ I have never seen this , ” the traffic policeman said .\n\n' +
        'The ferry ran aground at dawn . The captain said the fog had come in fast .\n\n' +
        '“ Prices are too high , ” a survey respondent wrote .',
    );
    expect(kinds(d)).toEqual([
      ['anonymous', 'traffic policeman'],
      ['anonymous', 'captain'],
      ['anonymous', 'survey respondent'],
    ]);
  });

  it('leaves the title of an office read as a title (guard)', () => {
    const d = fixtureDoc('office-title', 'The port will close , the spokesman said .');
    expect(kinds(d)).toEqual([['unresolved', 'spokesman']]);
  });
});
