// The loaded-language evaluation reads sets in BABE's layout that are not its SG2 file: MBIC-style files with a
// `sentence` column, `Label_bias`, comma separators. A held-out set in such a layout must be read, not come out empty.
import { describe, expect, it } from 'vitest';
import { readBabe } from '../../bench/eval/loaded.js';

describe('reading word-level loaded-language sets', () => {
  it('reads a semicolon file with BABE column names', () => {
    const csv = 'text;outlet;topic;label_bias;biased_words\n"A reckless plan";Gazette;roads;Biased;"[\'reckless\']"\n';
    const [r] = readBabe(csv);
    expect([r.text, r.outlet, r.topic, r.biased, [...r.words]]).toEqual([
      'A reckless plan',
      'Gazette',
      'roads',
      true,
      ['reckless'],
    ]);
  });

  it('reads a comma file with a sentence column, other capitals, and skips rows without agreement', () => {
    const csv = [
      'sentence,outlet,topic,Label_bias,biased_words',
      "\"The council's shameful vote, again\",Courier,budget,Biased,\"['shameful', 'again']\"",
      'The council voted.,Courier,budget,Non-biased,[]',
      'Unclear case,Courier,budget,No agreement,[]',
    ].join('\n');
    const rows = readBabe(csv);
    expect(rows.map((r) => [r.biased, [...r.words].sort()])).toEqual([
      [true, ['again', 'shameful']],
      [false, []],
    ]);
  });
});
