// A surname that is also a given name, written alone in a list of surnames ("McConnell , or Ryan , or Trump"): typed a
// given name alone by the mention reader, it was kept apart from the person the corpus names; in the list it is a
// surname like its neighbours. A word alone in a list of full names is a person known by one name (ents55). Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

describe('a surname listed beside surnames', () => {
  const senator = (k: number) =>
    `Sen. Harlan Wesley , South Carolina Republican , said on Monday that the bill would pass . Wesley said the ` +
    `vote was close ${k} .`;
  const r = run(
    senator(1),
    senator(2),
    senator(3),
    'Pastor Jonas Wesley , president of the seminary , said he was hopeful . Wesley said the churches would help .',
    'It is possible that Senator Mitch Corlan would decide . So Corlan , or Wesley , or Tanner could decide .',
  );

  it('is the senator the corpus names', () => {
    expect(namesIn(r, 4, 'Wesley')).toEqual(['Harlan Wesley']);
  });
});

describe('a word alone in a list of full names', () => {
  const pollster = (k: number) =>
    `Terry Marisol , a pollster at the college , said on Monday that the race was close . Marisol said turnout ` +
    `would decide it ${k} .`;
  const r = run(
    pollster(1),
    pollster(2),
    pollster(3),
    'The singer Kathy Marlow spoke . Critics named Marisol , Kathy Marlow , Johnny Brisk and others who joked about it .',
  );

  it('is no namesake’s surname (guard: fails when full names count as list neighbours)', () => {
    expect(namesIn(r, 3, 'Marisol')).not.toContain('Terry Marisol');
  });
});

describe('a given name beside a full name, out of any list', () => {
  const r = run(
    'Sen. Harlan Wesley said on Monday that the bill would pass . Wesley said the vote was close .',
    'Sen. Harlan Wesley said on Tuesday that he would vote . Wesley spoke in Columbia .',
    'Pastor Jonas Wesley said he was hopeful . Wesley said the churches would help .',
    'When we met , Wesley told me about his father . Wesley is nine .',
  );

  it('stays a given name (guard)', () => {
    expect(namesIn(r, 3, 'Wesley')).not.toContain('Harlan Wesley');
  });
});
