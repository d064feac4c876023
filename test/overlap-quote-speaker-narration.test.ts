// A statement both outlets quote, where one goes on after the closing mark with its speaker and a few words of its own
// ("...,'' Romney wrote , an apparent reference to a statement") and the other narrates the same few words ("Mr. Romney
// was making an apparent reference to a statement"). Seen on real coverage: the shared run held 32 words, three
// quarters of them inside quote marks on both sides, and the pair was "uncredited reuse" over a candidate's statement.
// The speaker and the verb of saying are the quote's attribution, so only the six narrated words count as narration.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { withoutSpeakers } from '../lib/overlap/attribution.js';
import { unquotedWords } from '../lib/overlap/quoted-share.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const prose = fillerProse;
const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

const said =
  'It is shameful that the harbour board chose to blame the ferry crews for the storm damage instead of ' +
  'repairing the north pier before the winter';

describe('a quote, its speaker, and a few narrated words after it', () => {
  it('sets the speaker and the verb of saying after a closing mark apart from the narration', () => {
    const text = `${said} , '' Pell wrote , an apparent reference to a statement`;
    expect(unquotedWords(text)).toBe(8);
    expect(unquotedWords(withoutSpeakers(text))).toBe(6);
    expect(unquotedWords(withoutSpeakers(`${said} \u201D said the harbour minister , adding that talks go on`))).toBe(
      5,
    );
  });

  const pair = (after: string, narrated: string) => {
    const A = doc(
      'a1',
      'River Weekly',
      '2025-03-05',
      `${prose(1, 90)}\n\`\` ${said} , '' Dana Pell wrote , ${after}\n${prose(2, 70)}`,
    );
    const B = doc(
      'b1',
      'Harbor Daily',
      '2025-03-05',
      `${prose(3, 80)}\n\u201C ${said} . \u201D\n${narrated}\n${prose(4, 60)}`,
    );
    return overlap([A, B], { outlets: [] }).pairs[0];
  };

  it('is common-source, and the pair is not uncredited, when six narrated words follow', () => {
    const p = pair(
      'an apparent reference to a statement by the board on Monday .',
      'Ms. Pell was making an apparent reference to a statement the board issued .',
    );
    const x = p.passages.find((y) => y.text.includes('shameful'));
    expect(x?.kind).toBe('common-source');
    expect(p.credit).not.toBe('uncredited');
  });

  it('stays reuse when a full clause of the same narration follows the quote on both sides', () => {
    const clause =
      'an apparent reference to a statement the board issued after the ferry crews walked off the north pier';
    const p = pair(`${clause} .`, `Ms. Pell was making ${clause} .`);
    const x = p.passages.find((y) => y.text.includes('shameful'));
    expect(x?.kind).toBe('reuse');
  });
});
