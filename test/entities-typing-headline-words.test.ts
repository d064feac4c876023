// A headline capitalises every word, so a common noun there can look like a person the corpus names elsewhere ("Trump
// Travel Ban Blocked" and Ban Ki-moon): one headline word that is a person's name only in other articles, and a noun
// the corpus writes in lower case, is the noun when the article names no one by it. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts } from './helpers/entities.js';

const envoy =
  'Secretary-General Fence Ho-jin said the talks must go on . Later , Fence said he was hopeful . ' +
  'Mr. Fence met the delegates on Monday .';
const wall = [
  'Border Fence Plan Stalls Again In Senate\n',
  'Senators blocked money for the fence on Friday . The fence would run for miles .',
  'Critics of the fence said it would fail , and a second fence was dropped .',
  ' A fence is costly , and the fence builders want more . No fence will stop them .',
].join('');

describe('headline words borrowed from other articles', () => {
  it('reads a common noun in a headline as the noun, not a person named in another article', () => {
    const r = run(envoy, wall);
    const k = r.docs.findIndex((d) => d.id === 'd1');
    expect(r.mentions[k].map((m) => m.text)).not.toContain('Fence');
  });

  it('keeps the person in a headline of an article that names him', () => {
    const r = run(envoy, 'Fence Urges Calm In Talks\nSecretary-General Fence Ho-jin urged calm . The fence stays .');
    expect(texts(r).filter((t) => t === 'Fence').length).toBeGreaterThan(1);
  });
});
