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
  'The administration calls its approach “zero tolerance.”\n\nParents were charged under the “zero tolerance” rule.',
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
