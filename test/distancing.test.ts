// Distancing quotes: a label one outlet writes as its own words and another only inside quote marks or after
// "so-called". A speaker's longer quote holding the phrase is the speaker's, not the outlet's; a name in title case
// inside quote marks is house style, not distance; a phrase no article quotes is not read.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { docVoice } from '../lib/framing/voice.js';
import { distancingContrasts, distancingRows, distancingTable } from '../lib/framing/distancing.js';
import { distancingFindings } from '../lib/report/label-findings.js';
import { article } from './report-helpers.js';

function rows(texts: [outlet: string, text: string][]) {
  const docs = analyseAll(texts.map(([outlet, text], i) => article(`d${i}`, outlet, null, 'Border', text)));
  return distancingRows(
    docs,
    docs.map((d) => docVoice(d)),
  );
}

const ADOPTS: [string, string] = [
  'Harbor Post',
  'The zero tolerance policy took effect in May.\n\nUnder zero tolerance, every adult crossing was charged.',
];
const QUOTES: [string, string] = [
  'Valley News',
  'Parents now face “zero tolerance.”\n\nParents were charged under the “zero tolerance” rule.',
];
const SO_CALLED: [string, string] = ['Valley News', 'Under the so-called zero tolerance policy, parents were charged.'];

describe('distancing quotes', () => {
  it('sets an outlet writing a phrase as its own words against one writing it only in quote marks', () => {
    const r = rows([ADOPTS, QUOTES, SO_CALLED]);
    expect(distancingTable(r).map((x) => [x.phrase, x.outlet, x.bare, x.quoted])).toEqual([
      ['zero tolerance', 'Harbor Post', 2, 0],
      ['zero tolerance', 'Valley News', 0, 3],
    ]);
    const [c] = distancingContrasts(r);
    expect(c).toMatchObject({ written: 'zero tolerance', bare: [['Harbor Post', 2]], quoted: [['Valley News', 3]] });
    const [f] = distancingFindings(r);
    expect(f.text).toContain('Harbor Post 2 writes it without them in its own narration');
    expect(f.text).toContain('Valley News 3 only inside quote marks');
  });

  it('counts a bare phrase the writer gives to someone else ("what critics call …") as attributed, not adopted', () => {
    const named: [string, string] = [
      'Lake Ledger',
      'Parents were charged under what critics called zero tolerance.\n\nThe rule, which officials call zero tolerance, stood.',
    ];
    const r = rows([named, named, ADOPTS, QUOTES]);
    expect(distancingTable(r).find((x) => x.outlet === 'Lake Ledger')).toMatchObject({ bare: 0, attributed: 4 });
    expect(distancingContrasts(r).map((c) => c.bare)).toEqual([[['Harbor Post', 2]]]);
  });

  it('reads a bare phrase after a "called" with no one calling as a term introduced, and "in charge of" as a use', () => {
    const named: [string, string] = [
      'Lake Ledger',
      'Parents face a rule called zero tolerance.\n\nThe office in charge of zero tolerance grew.',
    ];
    const r = rows([named, ADOPTS, QUOTES]);
    expect(distancingTable(r).find((x) => x.outlet === 'Lake Ledger')).toMatchObject({ bare: 1, introduced: 1 });
  });

  it('leaves a speaker’s quote holding the phrase to the speaker', () => {
    const speaker: [string, string] = [
      'Harbor Post',
      '“We will enforce zero tolerance at the border,” the attorney general said.\n\nThe policy took effect in May.',
    ];
    const r = rows([speaker, QUOTES]);
    expect(distancingContrasts(r)).toEqual([]);
    expect(r.filter((x) => x.outlet === 'Harbor Post')).toEqual([]);
  });

  it('reads no name in title case and no phrase that no article quotes', () => {
    const r = rows([
      ['Harbor Post', 'The Gang of Eight met. The Gang of Eight wrote a border wall bill. The border wall grew.'],
      ['Valley News', 'The “Gang of Eight” met. The “Gang of Eight” wrote a bill. The border wall grew.'],
    ]);
    expect(r).toEqual([]);
  });
});

/** Each outlet's [bare, quoted (distance), attributed, introduced] uses of the phrase. */
function columns(r: ReturnType<typeof rows>, phrase: string) {
  return distancingTable(r)
    .filter((x) => x.phrase === phrase)
    .map((x) => [x.outlet, x.bare, x.quoted, x.attributed, x.introduced]);
}

describe('distancing quotes: partial quotes and terms introduced are no distance', () => {
  const ADOPTS2: [string, string] = [
    'Harbor Post',
    'The harbor tax passed in May.\n\nUnder the harbor tax, every ferry pays twice.',
  ];

  it('counts a word given to a speaker apart from scare quotes, and sets no contrast on it', () => {
    const r = rows([
      ADOPTS2,
      [
        'Valley News',
        'Critics derided it as a “harbor tax.”\n\nMayor Ivo Dorn insisted he had not proposed a “harbor tax,” aides said.\n\n' +
          'The council passed what Dorn called a “harbor tax” last week.',
      ],
      [
        'Ridge Courier',
        '“Keep the harbor tax,” Dorn said.\n\n“We will never pay a ‘harbor tax,’” said the ferry owner.',
      ],
    ]);
    expect(columns(r, 'harbor tax')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Ridge Courier', 0, 0, 1, 0],
      ['Valley News', 0, 0, 3, 0],
    ]);
    expect(distancingContrasts(r)).toEqual([]);
  });

  it('keeps scare quotes and “so-called” as distance beside attributed uses', () => {
    const r = rows([
      ADOPTS2,
      [
        'Valley News',
        'The “harbor tax” took effect in May.\n\nThe so-called harbor tax hit ferries first.\n\n' +
          'The mayor called it a “harbor tax” on Friday.',
      ],
    ]);
    expect(columns(r, 'harbor tax')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Valley News', 0, 2, 1, 0],
    ]);
    const [c] = distancingContrasts(r);
    expect(c).toMatchObject({ bare: [['Harbor Post', 2]], quoted: [['Valley News', 2]] });
    expect(distancingFindings(r)[0].text).toContain('Valley News 2 only inside quote marks');
  });

  it('reads "so-called" on a first use the article then writes bare as a term introduced, not distance', () => {
    const r = rows([
      ADOPTS2,
      ['Valley News', 'The “harbor tax” took effect in May.\n\nThe harbor tax hit ferries first.'],
      ['Ridge Courier', 'The so-called harbor tax took effect in May.\n\nThe harbor tax hit ferries first.'],
    ]);
    expect(columns(r, 'harbor tax').find((x) => x[0] === 'Ridge Courier')).toEqual(['Ridge Courier', 1, 0, 0, 1]);
  });

  it('reads a term introduced in quote marks and then written bare as no distance', () => {
    const r = rows([
      ADOPTS2,
      [
        'Valley News',
        'Migrants first face a screening known as a “tidal review.”\n\nFew pass the tidal review.\n\n' +
          'The “harbor tax” funds it.\n\nThe harbor tax was raised twice.',
      ],
      ['Ridge Courier', 'Ferries pay a “harbor tax,” under which each crossing costs ten dollars.'],
    ]);
    expect(columns(r, 'harbor tax')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Ridge Courier', 0, 0, 0, 1],
      ['Valley News', 1, 0, 0, 1],
    ]);
    expect(distancingContrasts(r)).toEqual([]);
  });
});

describe('distancing quotes: terms of art', () => {
  it('sets no contrast on a phrase the corpus names as a term and no one is said to call anything', () => {
    const r = rows([
      ['Harbor Post', 'Few pass the tidal review.\n\nThe tidal review takes a day.'],
      ['Valley News', 'Few pass the “tidal review.”\n\nThe “tidal review” takes a day.'],
      ['Ridge Courier', 'Migrants face a screening known as a “tidal review,” at the pier.'],
    ]);
    expect(r.every((x) => x.termOfArt)).toBe(true);
    expect(columns(r, 'tidal review')).toContainEqual(['Valley News', 0, 2, 0, 0]);
    expect(distancingContrasts(r)).toEqual([]);
  });

  it('keeps a label someone is said to call a thing, even when another article names it as a term', () => {
    const r = rows([
      ['Harbor Post', 'The harbor tax passed.\n\nThe harbor tax hit ferries.'],
      ['Valley News', 'The “harbor tax” passed.\n\nThe “harbor tax” hit ferries.'],
      [
        'Ridge Courier',
        'A levy known as a “harbor tax” passed.\n\nFerry owners opposed what critics call a “harbor tax.”',
      ],
    ]);
    expect(r.some((x) => x.termOfArt)).toBe(false);
    expect(distancingContrasts(r)[0]).toMatchObject({ bare: [['Harbor Post', 2]], quoted: [['Valley News', 2]] });
  });
});

describe('distancing quotes: a coined phrase given to its owner', () => {
  const BARE: [string, string] = ['Harbor Post', 'The steel line held.\n\nThe steel line was tested again in May.'];

  it('reads a possessor, a relative clause naming its author and an “X-imposed” modifier as attribution', () => {
    const r = rows([
      BARE,
      [
        'Valley News',
        'Chancellor Halvorsen’s “steel line” was tested in May.\n\nThe ministry defended its “steel line” policy.\n\n' +
          'Rebels crossed the “steel line” Halvorsen laid down last year.\n\nThey mocked a Ministry-imposed “steel line” on Friday.',
      ],
    ]);
    expect(columns(r, 'steel line')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Valley News', 0, 0, 4, 0],
    ]);
    expect(distancingContrasts(r)).toEqual([]);
  });

  it('keeps scare quotes around an owner’s claim, and a possessor of no coined name, as distance', () => {
    const r = rows([
      ['Harbor Post', 'The camps are humane and orderly.\n\nThe pier checks are humane and orderly too.'],
      [
        'Valley News',
        'The ministry’s “humane and orderly” camps drew protests.\n\nIts “humane and orderly” pier checks went on.',
      ],
    ]);
    expect(columns(r, 'humane and orderly')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Valley News', 0, 2, 0, 0],
    ]);
    expect(distancingContrasts(r)[0]).toMatchObject({ quoted: [['Valley News', 2]] });
  });
});

describe('distancing quotes: partial quotes given to a clause’s subject', () => {
  it('reads a demand, a verb of calling with its object and a ruling’s “that” clause as attribution', () => {
    const r = rows([
      ['Harbor Post', 'The better bargain never came.\n\nA better bargain was not on offer.'],
      [
        'Valley News',
        'Some are insisting on a “better bargain” with the league.\n\nOthers demand a “better bargain” now.\n\n' +
          'Mayor Dorn called the offer a “better bargain” on Friday.\n\n' +
          'The high court ruled on Monday that owners with a “better bargain” may stay.\n\n' +
          'Aides referred to the new fee as a “better bargain” for ferries.',
      ],
    ]);
    expect(columns(r, 'better bargain')).toEqual([
      ['Harbor Post', 2, 0, 0, 0],
      ['Valley News', 0, 0, 5, 0],
    ]);
    expect(distancingContrasts(r)).toEqual([]);
  });
});

describe('distancing quotes: a term of art by corpus evidence', () => {
  it('reads a phrase quoted only on first mention, then bare, and bare in other outlets, as a term of art', () => {
    const r = rows([
      ['Harbor Post', 'The tide window opened.\n\nThe tide window closed.'],
      ['Ridge Courier', 'The tide window is short.\n\nThe tide window sets the ferry times.'],
      ['Cove Ledger', 'The tide window moved.\n\nThe tide window is an hour.'],
      ['Valley News', 'Ferries wait for the “tide window.”\n\nThe tide window is an hour.'],
      ['Valley News', 'Captains watch the “tide window.”\n\nThe tide window shrank.'],
      ['Valley News', 'Only one ferry left in the “tide window” on Friday.'],
    ]);
    expect(r.every((x) => x.termOfArt)).toBe(true);
    expect(columns(r, 'tide window')).toContainEqual(['Valley News', 2, 0, 0, 3]);
    expect(distancingContrasts(r)).toEqual([]);
  });

  it('keeps a label some article quotes past its first mention', () => {
    const r = rows([
      ['Harbor Post', 'The tide tax passed.\n\nThe tide tax hit ferries.'],
      ['Ridge Courier', 'The tide tax is new.\n\nThe tide tax is high.'],
      ['Cove Ledger', 'The tide tax rose.\n\nThe tide tax fell.'],
      ['Valley News', 'Ferries pay the “tide tax.”\n\nThe tide tax is high.'],
      ['Valley News', 'Captains fight the “tide tax.”\n\nThe tide tax is steep.'],
      ['Valley News', 'The “tide tax” rose.\n\nThe “tide tax” is steep.'],
    ]);
    expect(r.some((x) => x.termOfArt)).toBe(false);
  });
});
