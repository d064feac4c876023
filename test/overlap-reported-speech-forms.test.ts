// Reported speech written without "that" ("An official said the new measures were …") or with the attribution after
// the clause ("The ministry will suspend …, harbour minister Ada Moss said on Friday.") is a third party's statement,
// as "X said that …" is: two outlets that retell one statement in their own sentences share its wording, and took it
// from the speaker, not from each other. Modelled on two outlets' stories of one visa order; fixtures written for
// these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { reportedContent, reportedOnBoth } from '../lib/overlap/reported-content.js';
import type { Citation } from '../lib/overlap/types.js';
import { seededProse } from './helpers/prose.js';

const WORDS = (
  'orchard lantern quarry meadow ribbon falcon velvet timber copper glacier marble saddle thistle beacon willow canyon ' +
  'ember parcel lagoon summit tavern walnut cobble prairie anchor violet basket kettle plume granite hollow mirror'
).split(' ');
const prose = (seed: number, words: number): string => seededProse(WORDS, seed, words, 11);

const doc = (id: string, outlet: string, date: string, text: string) =>
  analyse({ id, outlet, date, text, paragraphs: [] });

/** reportedContent with every form, for `phrase` placed between `lead` and `rest`. */
const oneSide = (lead: string, phrase: string, rest: string, cites: Citation[] = []) => {
  const text = `${lead}${phrase}${rest}`;
  return reportedContent(text, [lead.length, lead.length + phrase.length], cites, 'all');
};

const side = (lead: string, phrase: string, rest: string) => {
  const text = `${lead}${phrase}${rest}`;
  return { text, span: [lead.length, lead.length + phrase.length] as const, cites: [] };
};

const PHRASE = 'to meet federal safety and inspection standards';
const ORDER = 'suspend the issuance of permits that can lead to permanent moorings for owners of';

describe('reported speech without "that", and with the attribution after the clause', () => {
  it('reads "<speaker> said <clause>" and "<clause>, <speaker> said on Friday." on one side', () => {
    expect(
      oneSide('Intro . An official said the rules followed failures of six harbour boards ', PHRASE, ' .'),
    ).toMatch(/reported speech: 7 of the \d+ words reported after \u201CAn official said\u201D/);
    expect(
      oneSide(
        'Intro . The six harbour boards failed ',
        PHRASE,
        ' over three years of checks at every quay , harbour minister Ada Moss said on Friday .',
      ),
    ).toMatch(/reported before \u201C, harbour minister Ada Moss said on Friday\u201D/);
  });

  it('not the speaker of a quote just closed, an outlet\u2019s own interview, a relative clause or an outlet as speaker', () => {
    // "…, '' he said in a statement": the verb attributes the quote before it
    expect(
      oneSide("Intro . `` We will act , '' he said ", PHRASE, ' in a statement issued by his office .'),
    ).toBeNull();
    // "told us": the outlet's own interview, its text
    expect(oneSide('Intro . The mayor told us the boards had failed ', PHRASE, ' .')).toBeNull();
    // a relative clause after the comma attributes nothing before it
    expect(oneSide('Intro . The boards failed ', PHRASE, ' , which the minister announced last year .')).toBeNull();
    // a verb with a clause of its own after the comma: the group's plan, not an attribution of what comes before
    expect(oneSide('Intro . The boards failed ', PHRASE, ' , the union said it intends to sue .')).toBeNull();
    // an outlet named as the speaker reports its own text
    const lead = 'Intro . The Harbour Post said the boards failed ';
    const cite: Citation = {
      doc: 'x',
      cited: 'Harbour Post',
      kind: 'outlet',
      text: 'The Harbour Post said',
      start: 8,
      end: 29,
      name: { start: 12, end: 24 },
      article: null,
    };
    expect(oneSide(lead, PHRASE, ' at every quay since the spring .')).toMatch(/reported speech/);
    expect(oneSide(lead, PHRASE, ' at every quay since the spring .', [cite])).toBeNull();
  });

  it('a clause set off by a comma before the phrase has left the report, dashes or not', () => {
    expect(
      oneSide(
        'Intro . Moss , who argued that the boards \u2014 not the ministry \u2014 write the rules , helped persuade them ',
        PHRASE,
        ' .',
      ),
    ).toBeNull();
    // a list between dashes is an aside: the phrase is still what the administration maintains
    expect(
      oneSide(
        'Intro . The administration maintains that the six boards - Ash , Birch , Cedar , Elm , Fir and Oak - failed ',
        PHRASE,
        ' .',
      ),
    ).toMatch(/after \u201Cmaintains that\u201D/);
  });

  it('a whole reported clause is the statement when both sides attribute it, each its own way', () => {
    const a = side('Intro . The ministry said it would ', ORDER, ' Ash , Birch , Cedar and Elm .');
    const b = side(
      'Intro . The ministry will ',
      ORDER,
      ' Birch , Ash , Elm and Cedar , harbour minister Ada Moss said on Friday .',
    );
    // one side alone: the phrase is most of what it reports, so it could be a sentence copied
    expect(reportedContent(a.text, a.span, [], 'all')).toBeNull();
    expect(reportedContent(b.text, b.span, [], 'all')).toBeNull();
    expect(reportedOnBoth(a, b)).toMatch(
      /reported speech in both articles, each attributed its own way \(\u201CThe ministry said\u201D, \u201C, harbour minister Ada Moss said on Friday\u201D\)/,
    );
    // the same cue on both sides is the sign of a sentence copied whole
    expect(reportedOnBoth(a, side('Intro . The ministry said it would ', ORDER, ' Fir and Oak .'))).toBeNull();
    // unattributed on one side: narration
    expect(reportedOnBoth(a, side('Intro . Boats will no longer ', ORDER, ' Fir and Oak .'))).toBeNull();
  });

  it('two outlets retelling one order, each naming its source its own way, took nothing from each other', () => {
    const A = doc(
      'bbc',
      'Coast Times',
      '2026-02-01',
      `${prose(701, 60)} An official said the new rules followed failures by the six harbour boards ${PHRASE} . ` +
        `${prose(702, 40)} The ministry said it would ${ORDER} Ash , Birch , Cedar and Elm . ${prose(703, 40)}`,
    );
    const B = doc(
      'aj',
      'Bay Courier',
      '2026-02-01',
      `${prose(704, 60)} The administration maintains that the six boards - Ash , Birch , Cedar , Elm , Fir and Oak - ` +
        `failed ${PHRASE} , which led to the new rules . ${prose(705, 40)} The ministry will ${ORDER} Birch , Ash , ` +
        `Elm and Cedar , harbour minister Ada Moss said on Friday . ${prose(706, 40)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0];
    expect(p.passages.map((x) => x.kind)).toEqual(['common-source', 'common-source']);
    expect(p.passages.map((x) => x.kind_because).join(' | ')).toMatch(
      /maintains that.*\| reported speech in both articles/,
    );
    expect(p.credit).toBe('none-needed');
  });
});
