// A web page's link card on a politician's name (full legal name, the latest headlines about them, "MORE"), scraped
// into the middle of a sentence, is cut before any analysis and listed in the cleaning log: otherwise its headlines
// about other stories count as the outlet's own words, "Dorr MORE" speaks, and "DorrSenate" is an entity.
import { describe, expect, it } from 'vitest';
import { cleanPlain, cleanText } from '../lib/corpus/clean.js';
import { linkCards } from '../lib/corpus/link-cards.js';
import { rawOffset } from '../lib/corpus/provenance.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';

const CARD_1 =
  "Ivo Anton DorrSenate panel rejects water bill Dorr slams 'reckless' spending plan Five takeaways from the budget fight MORE";
const CARD_2 = "Marta ( Meg ) Louise VeldtVeldt : 'We will not fold' on tariffs MORE";
const CARD_3 = 'Paul Okafor-LindPaul Okafor-LindGovernor signs ferry deal MORE';
const SENTENCE_1 = `Sen. Ivo Dorr ${CARD_1} ( R-Utah ) said on Monday that the harbour bill would pass .`;
const SENTENCE_2 = `Rep. Meg Veldt ${CARD_2} said the vote was close , and Mayor Paul Okafor-Lind${CARD_3} agreed .`;
const RAW = `${SENTENCE_1}\n${SENTENCE_2}`;

describe('link cards', () => {
  it('finds the card after the shown name, up to its MORE, with the space before it', () => {
    const spans = linkCards(SENTENCE_1);
    expect(spans.map(([a, b]) => SENTENCE_1.slice(a, b))).toEqual([` ${CARD_1}`]);
    // a surname glued to the card's first name: the card starts inside the word
    const s = `Mayor Paul Okafor-Lind${CARD_3} agreed .`;
    expect(linkCards(s).map(([a, b]) => s.slice(a, b))).toEqual([CARD_3]);
  });

  it('leaves ordinary text alone: capitals, glued brand names and a MORE with no card', () => {
    for (const s of [
      'Officials at YouTube and PayPal said NO MORE DACA DEAL was possible , McConnell added .',
      'READ MORE : What is in the McCarthy plan ?',
      'The iPhone maker , led by Tim Cook , said sales rose . LEARN MORE',
      'Sen. Ivo Dorr said the DorrTech deal of the city council was dead , MORE or less .',
    ])
      expect(linkCards(s)).toEqual([]);
  });

  for (const [name, clean] of [
    ['cleanPlain', cleanPlain],
    ['cleanText', (s: string) => cleanText(s, { keepFirstLine: true })],
  ] as const)
    it(`${name}: the sentences read as written, each card is logged verbatim, and offsets map back`, () => {
      const c = clean(RAW);
      expect(c.text).toContain('Sen. Ivo Dorr ( R-Utah ) said on Monday that the harbour bill would pass .');
      expect(c.text).toContain('Rep. Meg Veldt said the vote was close , and Mayor Paul Okafor-Lind agreed .');
      const cards = c.removed.filter((r) => r.kind === 'link-card');
      expect(cards.map((r) => r.text)).toEqual([CARD_1, CARD_2, CARD_3]);
      for (const r of cards) expect(RAW.slice(r.rawStart, r.rawStart! + r.text.length)).toBe(r.text);
      // every character but the paragraph breaks the cleaning writes maps back to itself in the raw text
      for (let o = 0; o < c.text.length; o++) if (c.text[o] !== '\n') expect(RAW[rawOffset(c, o)]).toBe(c.text[o]);
    });

  it("the card's headlines are no speaker, entity or term of the outlet", () => {
    const a = analyseCorpus(
      corpusFromRecords([
        { id: 'h1', outlet: 'Capitol Daily', title: 'Harbour bill', text: RAW },
        { id: 'h2', outlet: 'Harbour Times', title: 'Harbour bill', text: 'Sen. Ivo Dorr said the bill would pass .' },
      ]),
    );
    const speakers = a.framing.detail.sourceMentions.filter((s) => s.doc === 'h1').map((s) => s.name);
    expect(speakers).toContain('Ivo Dorr');
    expect(speakers.join(' ')).not.toMatch(/MORE|Senate panel/);
    const names = a.entities.entities.map((e) => e.name);
    expect(names).toContain('Ivo Dorr');
    expect(names.join(' ')).not.toMatch(/DorrSenate|VeldtVeldt|MORE/);
    const words = a.docs.find((d) => d.id === 'h1')!.tokens.map((t) => t.norm);
    expect(words).not.toContain('reckless');
    expect(words).not.toContain('takeaways');
  });
});

describe('video player labels', () => {
  const RAW2 =
    'CLOSE Obama says the talks will go on . ( May 3 ) AP\nMr. Obama spoke in Harbourton .\nWe will CLOSE the office .';
  for (const [name, clean] of [
    ['cleanPlain', cleanPlain],
    ['cleanText', (s: string) => cleanText(s, { keepFirstLine: true })],
  ] as const)
    it(`${name}: a player's "CLOSE" opening a caption line is cut and logged; "CLOSE" elsewhere stays`, () => {
      const c = clean(RAW2);
      expect(c.text.startsWith('Obama says the talks will go on .')).toBe(true);
      expect(c.text).toContain('We will CLOSE the office .');
      const log = c.removed.filter((r) => r.kind === 'player-label');
      expect(log.map((r) => [r.text, r.rawStart])).toEqual([['CLOSE', 0]]);
      for (let o = 0; o < c.text.length; o++) if (c.text[o] !== '\n') expect(RAW2[rawOffset(c, o)]).toBe(c.text[o]);
    });

  it('no "CLOSE Obama" person: the caption names Obama', () => {
    const a = analyseCorpus(
      corpusFromRecords([
        { id: 'v1', outlet: 'Capitol Daily', title: 'Talks', text: RAW2.split('\n').slice(0, 2).join('\n') },
        {
          id: 'v2',
          outlet: 'Harbour Times',
          title: 'Talks',
          text: 'President Barack Obama said the talks would go on .',
        },
      ]),
    );
    const names = a.entities.entities.map((e) => e.name);
    expect(names.join('|')).not.toMatch(/CLOSE/);
  });
});
