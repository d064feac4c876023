// A body's name glued before a family name with no mark between ("Pilgrims to the Islamic State Velantio told me") is
// cut off it when the article names the person in full with a given name no list holds ("Tarik Velantio") and writes
// the family name alone; a gazetteer name after a body ("Migration Institute Europe") is not cut. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectSameEntity, expectTypes, run, texts } from './helpers/entities.js';

describe('a family name glued after a body', () => {
  it('cuts the family name of a person the article names in full', () => {
    const r = run(
      'In May I flew to Perth to meet Tarik Velantio , a preacher . Pilgrims to the Islamic State Velantio told me ' +
        'he was sad . Velantio grew up there .',
    );
    expect(texts(r)).not.toContain('State Velantio');
    expectTypes(r, { 'Islamic State': 'group', Velantio: 'person' });
    expectSameEntity(r, 'Velantio', 'Tarik Velantio');
  });

  it('leaves a gazetteer name after a body in the name', () => {
    const r = run(
      'Ann Lowe , director of the Global Migration Institute Europe in Brussels , spoke . Europe was calm , and ' +
        'Zorn Europe said so .',
    );
    expect(texts(r)).toContain('Global Migration Institute Europe');
  });

  it("leaves a party's members after a chamber in the name", () => {
    const r = run(
      'Rep. Ann Vale said House Republicans balked . Fourteen Republicans joined , and Republicans agreed .',
    );
    expect(texts(r)).toContain('House Republicans');
  });
});
