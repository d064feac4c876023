// A statute (or another legal text) printed bare by one outlet and quoted by the other. Seen on real coverage: a column
// sets the statute off after "The applicable statute, 8 U.S.C. 1182(f), is broad and clear:" and later quotes it in
// pieces ("entry of a 'class of aliens' would be 'detrimental to ...'"), while a news story paraphrases the ruling in
// the statute's own words; the two "shared reused text". The statute is their common source.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { unquotedWords } from '../lib/overlap/quoted-share.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const prose = fillerProse;
const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

const statute =
  'Whenever the harbour board finds that the mooring of any vessel or of any class of vessels in the inner basin ' +
  'would be harmful to the safety of the port , it may by notice suspend the mooring of all vessels or any class ' +
  'of vessels for such period as it shall deem necessary .';

describe('a statute printed bare by one side and quoted by the other', () => {
  it('is common-source when one side sets it off after a lead-in naming the statute and its code', () => {
    const A = doc('a1', 'Coast Daily', '2025-06-12', `${prose(1, 90)}\n${statute}\n${prose(2, 70)}`);
    const B = doc(
      'b1',
      'Valley Review',
      '2025-06-12',
      `${prose(3, 80)}\n\nThe applicable statute , 12 H.C . 401 ( b ) , is broad and clear :\n\n${statute}\n\n${prose(4, 60)}`,
    );
    const p = overlap([A, B], { outlets: [] }).pairs[0];
    expect(p.passages.length).toBeGreaterThan(0);
    expect(p.passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(p.credit).not.toBe('uncredited');
  });

  it('is common-source when one side quotes it in pieces, the passage ending inside the second quote', () => {
    const bare = 'the mooring of a class of vessels in the inner basin would be harmful to the safety of the port';
    const quoted =
      'the mooring of a \u201C class of vessels in the inner basin \u201D would be \u201C harmful to the safety of the port , \u201D the board decides';
    const A = doc('a1', 'Coast Daily', '2025-06-12', `${prose(5, 90)}\nIn short , ${bare} .\n${prose(6, 70)}`);
    const B = doc(
      'b1',
      'Valley Review',
      '2025-06-12',
      `${prose(7, 80)}\nWhen it comes to whether ${quoted} .\n${prose(8, 60)}`,
    );
    const p = overlap([A, B], { outlets: [] }).pairs[0];
    const x = p.passages.find((y) => y.b_text.includes('harmful'));
    expect(x?.kind).toBe('common-source');
  });

  it('counts every word outside quote marks, between two quotes too', () => {
    expect(unquotedWords('\u201C a b \u201D he said on Monday that the plan would \u201C c d \u201D')).toBe(8);
    expect(unquotedWords("c d '' the minister said")).toBe(3);
    expect(unquotedWords("the mooring of a `` class of vessels '' would be `` harmful to the port")).toBe(6);
    expect(unquotedWords('no marks at all')).toBeNull();
  });
});
