// Page debris inside scraped article text: a name card (the person's full name, glued to the next related link's
// headline) after a name, and social-media handles. Fixtures invented, modelled on the failure pattern.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';

const names = (r: ReturnType<typeof run>) => r.entities.map((e) => e.name);

describe('a name card after a name', () => {
  const r = run(
    'The plan was backed by Interior Secretary Dana Korvell Dana Maribel KorvellLawmakers weigh new budget rules on Friday .',
    'Senate leader Walter Brisk Walter ( Wally ) Ames BriskBrisk : a long week ahead , aides said .',
    'Dana Korvell said the budget would pass , and Walter Brisk agreed with Korvell .',
  );

  it('keeps the name as written, without the card or the glued headline', () => {
    expect(names(r)).toContain('Dana Korvell');
    expect(names(r)).toContain('Walter Brisk');
    const glued = r.entities.filter((e) => /\p{Ll}\p{Lu}/u.test(e.name) || /Maribel|Ames/.test(e.name));
    expect(glued.map((e) => e.name)).toEqual([]);
  });

  it('counts the person once per real mention', () => {
    const dana = r.entities.find((e) => e.name === 'Dana Korvell');
    expect(dana?.mentions.length).toBe(3);
  });
});

describe('a name that repeats one of its words is no card', () => {
  const r = run('Afghan leader Abdullah Abdullah met Faiz Ahmad Faiz in Kabul on Monday .');

  it('keeps both names whole', () => {
    expect(names(r)).toContain('Abdullah Abdullah');
    expect(names(r)).toContain('Faiz Ahmad Faiz');
  });
});

describe('handles and run-together hashtags', () => {
  const r = run(
    'The senator wrote ( @ SenMarlow ) that the vote was near , and posted #StopTheRaids with #Texas .',
    'Senator Marlow said the vote was near in Texas .',
  );

  it('makes no entity of a handle or a hashtag phrase; a one-word hashtag still names', () => {
    expect(names(r)).not.toContain('SenMarlow');
    expect(names(r)).not.toContain('StopTheRaids');
    expect(r.mentions[0].some((m) => m.text === 'Texas')).toBe(true);
  });
});
