// Act names: outlets that call the same seizure of power a "coup" or an "ouster" in their own narration. The nouns a
// source uses inside a quote are the source's, and two nouns never written on one story name two acts.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { actNameTable, actShares } from '../lib/framing/act-names.js';
import { actFindings } from '../lib/report/label-findings.js';
import { article } from './report-helpers.js';
import { actRows } from './helpers/acts.js';
import { analyse as analyseText } from '../lib/text/analyse.js';
import { mentionedLabel } from '../lib/framing/label-mentions.js';

const COUP = 'The army coup in Veldara deposed the president on Monday.';
const OUSTER = 'The ouster of the president in Veldara came on Monday.';
const QUOTED = 'Critics said: "This is a coup, plain and simple." The ouster of the president came on Monday.';

/** Eight sentences per article, `coups` of them written with "coup" and the rest with "ouster". */
const story = (coups: number, other = OUSTER) =>
  Array.from({ length: 8 }, (_, i) => (i < coups ? COUP : other)).join('\n\n');

function analyse(texts: Record<string, string>, event = (_: string) => 'veldara') {
  const docs = analyseAll(
    Object.entries(texts).map(([outlet, text], i) => article(`d${i}`, outlet, null, 'Veldara', text)),
  );
  return actRows(docs, (d) => event(d));
}

describe('act names', () => {
  it('states each outlet’s share of the judging noun, highest first, when outlets differ', () => {
    const rows = analyse({ 'Harbor Post': story(7), 'Valley News': story(4), 'Coast Daily': story(1) });
    const [s] = actShares(rows);
    expect(s).toMatchObject({
      entity: 'the seizure of power',
      judging: { variant: 'coup' },
      describing: { variants: ['ouster'] },
    });
    expect(s.outlets.map((x) => [x.outlet, x.judging, x.uses])).toEqual([
      ['Harbor Post', 7, 8],
      ['Valley News', 4, 8],
      ['Coast Daily', 1, 8],
    ]);
    expect(actFindings(rows)[0].text).toBe(
      'Outlets differ in how often they call the seizure of power “coup” rather than “ouster” in their own narration: ' +
        'Harbor Post 88% of 8, Valley News 50% of 8 and Coast Daily 13% of 8 (share of “coup” among their uses of the two).',
    );
    expect(actNameTable(rows).find((r) => r.outlet === 'Harbor Post' && r.head === 'coup')!.own).toBe(7);
  });

  it('counts no noun a source says inside a quote, and says nothing when outlets choose alike', () => {
    const rows = analyse({ 'Harbor Post': story(0, QUOTED), 'Valley News': story(0, QUOTED), 'Coast Daily': story(1) });
    expect(rows.filter((r) => r.head === 'coup').map((r) => [r.outlet, r.own])).toEqual([['Coast Daily', 1]]);
    expect(actShares(rows)).toEqual([]);
  });

  it('compares two nouns only in events where both are written', () => {
    const texts = { 'Harbor Post': story(8), 'Valley News': story(8), 'Coast Daily': story(0) };
    // every "coup" article is on one story and every "ouster" article on another: two acts, no choice between words
    const rows = analyse(texts, (d) => (d === 'd2' ? 'other-story' : 'veldara'));
    expect(actShares(rows)).toEqual([]);
  });

  it('counts no noun the writer mentions rather than uses: a naming verb, "so-called", a charge', () => {
    const mentions = [
      'The White House stopped short of calling it a coup on Monday.',
      'Critics were quick to raise the coup charge against the generals.',
      'The so-called coup in Veldara deposed the president on Monday.',
      'Anything that smacks of a coup worries the donors.',
    ];
    const text = [...mentions, OUSTER, OUSTER, OUSTER, OUSTER].join('\n\n');
    const rows = analyse({ 'Harbor Post': story(7), 'Valley News': text });
    const own = (outlet: string, head: string) =>
      actNameTable(rows).find((r) => r.outlet === outlet && r.head === head)?.own ?? 0;
    expect(own('Valley News', 'coup')).toBe(0);
    expect(own('Valley News', 'ouster')).toBe(4);
    expect(own('Harbor Post', 'coup')).toBe(7);
  });

  it('reads a noun in the complement of a naming verb over modifiers, or of the writer\'s "what X called", as mentioned', () => {
    const d = analyseText({
      id: 'm',
      outlet: 'X',
      date: null,
      paragraphs: [],
      text:
        'Many were calling it a military coup against the elected leader. Analysts called it the most severe crackdown ' +
        'in years. Rivals will call the bill a blanket amnesty. Marchers denounced what critics called a renewal of its ' +
        'aggressive offensive. The army ended what the ministry described as a limited operation. The council ' +
        'ordered a military crackdown. Officials made a call for more protest marshals. The brand new offensive began.',
    });
    const at = (w: string, from = 0) => d.tokens.findIndex((t, i) => i >= from && t.norm === w);
    for (const w of ['coup', 'crackdown', 'amnesty', 'offensive', 'operation'])
      expect(mentionedLabel(d, at(w)), w).toBe(true);
    // the writer's own nouns: an object of another verb, a noun after "call for", "brand new"
    const own = at('ordered');
    expect(mentionedLabel(d, at('crackdown', own))).toBe(false);
    expect(mentionedLabel(d, at('protest'))).toBe(false);
    expect(mentionedLabel(d, at('offensive', at('brand')))).toBe(false);
  });

  it('reads the object of a naming verb, named by a quoted complement, as a use of its words', () => {
    const d = analyseText({
      id: 'm',
      outlet: 'X',
      date: null,
      paragraphs: [],
      text: 'He called illegal immigrants “ criminals ” once. They call it a coup now.',
    });
    const at = (w: string) => d.tokens.findIndex((t) => t.norm === w);
    expect(mentionedLabel(d, at('illegal'), at('immigrants') + 1)).toBe(false);
    expect(mentionedLabel(d, at('coup'))).toBe(true);
  });
});
