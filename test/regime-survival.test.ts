// "regime" after a noun of what survives a fallen government ("remnants of the Varga regime", "holdovers from",
// "vestiges of Varga's regime") names that government as history, even where the article never says it fell; a
// regime in power ("the remnants of the army fought the Varga regime") keeps the label. Invented names.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded-marks.js';

describe('the regime after a word of survival', () => {
  it('is the name of a government of the past', () => {
    expect(marked('The court freed several holdovers from the Varga regime on Monday.')).toEqual([]);
    expect(marked('Protesters blamed remnants of the Varga regime for the unrest.')).toEqual([]);
    expect(marked('The vestiges of Varga\u2019s regime are still in the ministries.')).toEqual([]);
  });

  it('is still a label when the survivors fight the regime', () => {
    expect(marked('The remnants of the rebel army fought the Varga regime for a year.')).toEqual(['regime']);
    expect(marked('Officials of the Varga regime met in Lorn.')).toEqual(['regime']);
  });
});
