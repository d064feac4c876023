// A quote two outlets both carried, with its speaker's name and office set off by commas before "said": the shared run
// goes on past the closing mark into the attribution, so under half of it sat inside quote marks and the passage read
// as copied narration. Seen on real coverage: one outlet "takes 3% of its words" from another over an official's
// quoted line and ", <name>, acting director of <agency>, said".
import { describe, expect, it } from 'vitest';
import { quotedBeyondAttribution } from '../lib/overlap/attribution.js';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const prose = fillerProse;
const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

const quote = "`` Give every harbor family a fair hearing before the winter piers close to the boats , ''";
const tail = ' Dana Pell , acting director of the Northern Harbor Ferry Authority of N.H . , said';
const share = (text: string) => quote.length / text.length;

describe('a quote followed by its speaker, name and office set off by commas', () => {
  it('counts the name, the office and the verb as attribution', () => {
    const text = quote + tail;
    expect(share(text)).toBeLessThan(0.8);
    expect(quotedBeyondAttribution(text, share(text))).toBeGreaterThanOrEqual(0.8);
  });

  it('does not take a narrated clause that only ends in a verb of saying for a speaker', () => {
    const text = `${quote} and the two ferry companies walked out of the talks on Monday and never came back , officials said`;
    expect(quotedBeyondAttribution(text, share(text))).toBeLessThan(0.8);
  });

  it('two outlets carrying the quote and its attribution share a common source, not reuse', () => {
    const A = doc('a1', 'River Weekly', '2025-03-05', `${prose(1, 80)}\n${quote}${tail} .\n${prose(2, 60)}`);
    const B = doc('b1', 'Harbor Daily', '2025-03-06', `${prose(3, 70)}\n${quote}${tail} on Tuesday .\n${prose(4, 60)}`);
    const p = overlap([A, B], { outlets: [] }).pairs[0];
    expect(p.passages.length).toBeGreaterThan(0);
    expect(p.passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(p.credit).not.toBe('uncredited');
  });

  it('counts where the words were said or written ("said in a letter to …") as attribution', () => {
    const text = `${quote} the senators said in a letter to Secretary of State Jane Holloway .`;
    expect(share(text)).toBeLessThan(0.8);
    expect(quotedBeyondAttribution(text, share(text))).toBeGreaterThanOrEqual(0.8);
    const narrated = `${quote} he said in a rare show of anger at the ferry companies that walked out .`;
    expect(quotedBeyondAttribution(narrated, share(narrated))).toBeLessThan(0.8);
  });

  it('two outlets quoting one letter, each naming whom it was written to, share a common source', () => {
    const letter = (o: string, c: string) =>
      `${o} We feel strongly that any easing of the mooring rules along the lines the harbour board is reportedly ` +
      `considering should require the ferry companies to repair the inner piers first , ${c}`;
    const A = doc(
      'a1',
      'River Weekly',
      '2025-03-05',
      `${prose(1, 80)}\nSenators warned the board . ${letter('\u201C', '\u201D')} the senators said in a letter to ` +
        `Secretary of State Jane Holloway .\n${prose(2, 60)}`,
    );
    const B = doc(
      'b1',
      'Harbor Daily',
      '2025-03-05',
      `${prose(3, 70)}\n${letter('``', "''")} the lawmakers wrote in a letter to Secretary of State Jane Holloway .` +
        `\n${prose(4, 60)}`,
    );
    const p = overlap([A, B], { outlets: [] }).pairs[0];
    expect(p.passages.length).toBeGreaterThan(0);
    expect(p.passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(p.credit).not.toBe('uncredited');
  });
});
