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
