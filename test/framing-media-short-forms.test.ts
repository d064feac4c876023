// A medium named in full and then by its last word ("The Harbour Journal reported … the Journal said") is one source in
// the who-speaks table, not a second medium called "Journal". Fixture invented for the pattern.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { article } from './report-helpers.js';

describe('media speakers named by a short form', () => {
  it('counts "the Journal" after "The Harbour Journal" as the Harbour Journal', () => {
    const text =
      'The Harbour Journal reported on Monday that the port would close for a month. ' +
      'The Journal said the mayor had agreed to the plan. ' +
      'The Valley Times and the Coast Times both reported the vote, the Times said.';
    const { framing } = runFraming([article('m1', 'Daily Example', '2026-04-02', 'Port closes', text)], {
      withOverlap: false,
    });
    const media = framing.sources.filter((r) => r.kind === 'media');
    const names = media.map((r) => r.name);
    expect(names).not.toContain('Journal');
    expect(media.find((r) => r.name === 'Harbour Journal' || r.name === 'The Harbour Journal')?.count).toBe(2);
  });
});
