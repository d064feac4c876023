// Reported speech that goes on after an attribution. Seen on real coverage: "… told reporters on Monday, adding that
// the group, the largest … in the country, would …" and "X acknowledged the situation is nearing a ''catastrophe'' and
// said Obama has demonstrated a willingness to use military force …": the clause after "adding that" or "and said" is
// the speaker's, so a phrase both articles carry inside it is the speaker's wording, not one outlet's narration. A
// quote's own attribution after its closing mark (", '' he said") reports no clause. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

const SHARED = 'crews would reopen the northern ferry terminal';
const TAIL = 'before the summer timetable begins and that fares would stay the same';

const sharedKind = (sentence: string) => {
  const docs = [
    doc('a1', 'Lakeside Times', '2025-03-01', `${fillerProse(1, 90)}\n\n${sentence}\n\n${fillerProse(2, 70)}`),
    doc('b1', 'Harbour Gazette', '2025-03-02', `${fillerProse(3, 80)}\n\nBy May ${SHARED} .\n\n${fillerProse(4, 60)}`),
    doc('c1', 'Plains Herald', '2025-03-02', fillerProse(7, 120)),
  ];
  const p = overlap(docs, { outlets: [] }).pairs.find((q) => [q.a, q.b].sort().join() === 'a1,b1')!;
  return p.passages.find((x) => x.text.includes('ferry terminal'))!;
};

describe('reported speech after an attribution', () => {
  it('"adding that" reports the clause after it', () => {
    const x = sharedKind(
      `\u201C We are nearly there , \u201D the harbour master told reporters on Monday , adding that ${SHARED} ${TAIL} .`,
    );
    expect(x.kind).toBe('common-source');
    expect(x.kind_because).toMatch(/adding that/);
  });

  it('"and said" after a closing quote reports the clause after it', () => {
    const x = sharedKind(`The harbour master called the delays \u201C regrettable \u201D and said ${SHARED} ${TAIL} .`);
    expect(x.kind).toBe('common-source');
    expect(x.kind_because).toMatch(/and said/);
  });

  it('a quote attribution after the closing mark reports no clause', () => {
    const x = sharedKind(`\u201C We are nearly there , \u201D he said , and ${SHARED} ${TAIL} .`);
    expect(x.kind).toBe('reuse');
  });
});
