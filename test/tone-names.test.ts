// A name's words carried tone: AFINN scores "Supreme" +4 and "Justice" +2, so an outlet's plain sentences about the
// Supreme Court or the Justice Department read as praise of it. The words of a target's name now leave the tone masks;
// the writer's own words still count. Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { maskNames, sentenceTones, toneRows } from '../lib/framing/tone.js';

const doc = analyse({
  id: 'd1',
  outlet: 'Quayside Post',
  date: null,
  text:
    'The Supreme Court heard the harbour case on Monday. The Supreme Court will rule in June on the pier. ' +
    'Lawyers for the Supreme Court filed papers about the ferry. The Supreme Court met again on the harbour case. ' +
    'The Supreme Court clerk read the docket. The Supreme Court was praised as wonderful by the mayor.',
  paragraphs: [],
});
const at = (s: string) =>
  [...doc.text.matchAll(new RegExp(s, 'g'))].map((m) => ({ doc: 'd1', start: m.index!, end: m.index! + s.length }));
const court = { id: 'e1', name: 'Supreme Court', mentions: at('Supreme Court') };

const tone = (masked: boolean) => {
  const masks = new Map<string, Uint8Array>();
  if (masked) maskNames([doc], masks, [court]);
  return toneRows(sentenceTones([doc], masks), [doc], [court]).find((r) => r.entity === 'Supreme Court')!;
};

describe('tone toward an actor whose name holds a scored word', () => {
  it('does not count the name: plain sentences are neutral, the praise still counts', () => {
    const before = tone(false);
    const after = tone(true);
    expect(before.positive).toBe(1); // every sentence read positive on "Supreme"
    expect(after.positive).toBeCloseTo(1 / 6, 3); // only the sentence calling it wonderful
    expect(after.mean).toBeGreaterThan(0);
    expect(after.mean).toBeLessThan(before.mean);
  });
});

describe('tone toward the Supreme Court in a corpus', () => {
  it('is not praise when the outlets only report what the court did', async () => {
    const { corpusFromRecords } = await import('../lib/corpus/load.js');
    const { analyseCorpus } = await import('../lib/pipeline.js');
    const text = (town: string, n: number) =>
      `The Supreme Court heard the ${town} harbour case on day ${n}. The Supreme Court will rule in June on the ${town} pier. ` +
      `Lawyers asked the Supreme Court to hear the ${town} ferry case. The Supreme Court met again on case ${n + 40}. ` +
      `The Supreme Court clerk read docket ${n + 7} in ${town}. The Supreme Court set a hearing on the ${town} pier.`;
    const towns = ['Varna', 'Ruse', 'Pleven', 'Sliven'];
    const records = towns.map((t, i) => ({
      id: `a${i}`,
      outlet: i % 2 ? 'Quayside Post' : 'Harbour Voice',
      date: '2026-03-01',
      text: text(t, i + 2),
    }));
    const a = analyseCorpus(corpusFromRecords(records));
    const rows = a.framing.tone.filter((r) => r.entity === 'Supreme Court');
    expect(rows.length).toBe(2);
    for (const r of rows) expect(r.positive).toBe(0);
  });
});
