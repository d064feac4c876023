// Who speaks: a poll whose maker opens the phrase with no article ("new Harbour Daily poll Sunday found", "Valdor
// polling conducted last week") is its maker's poll; a people named by a plural demonym alone ("Peruvians say") is
// unnamed people of it, not a name. Fixtures written for these tests (invented pollsters; real demonyms).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import { pollMaker } from '../lib/framing/polls.js';
import type { Doc } from '../lib/types.js';

const rows = (d: Doc) => sourceMentions([d], [docVoice(d)], []).map((m) => [m.text.trim(), m.kind, m.name]);

describe('a poll maker with no article', () => {
  it('is read from the opening of the phrase', () => {
    expect(pollMaker('new Harbour Daily poll Sunday found')).toBe('Harbour Daily');
    expect(pollMaker('Valdor polling conducted last week .')).toBe('Valdor');
    expect(pollMaker('a very recent Harbour public opinion poll .')).toBe('Harbour');
    expect(pollMaker('A Harbour Daily/Valdor News poll from March showed')).toBe('Harbour Daily');
    expect(pollMaker('Ivo Brenn said the poll')).toBeNull();
  });

  it('names the poll that speaks', () => {
    const d = fixtureDoc(
      'pm1',
      'The race is close, according to Valdor polling conducted last week.\n\n' +
        'Most voters back the plan, new Harbour Daily poll Sunday found.',
    );
    const r = rows(d);
    expect(r).toContainEqual(['Valdor polling conducted last week.', 'document', 'Valdor poll']);
  });
});

describe('a plural demonym alone', () => {
  it('is unnamed people, not a name', () => {
    const d = fixtureDoc('pm2', 'Peruvians say the border should stay open.\n\n“We are tired,” Chileans said.');
    const r = rows(d);
    expect(r).toContainEqual(['Chileans', 'anonymous', 'chileans']);
  });
});
