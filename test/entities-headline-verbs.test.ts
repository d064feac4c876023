// A title-case line's verb right after a name ("Obama Authorizes Deploying ...", "Assad Visits Moscow"): the run of
// capitals went on into the verb and its object and made one junk name. Fixtures invented, modelled on the pattern.
import { describe, expect, it } from 'vitest';
import { expectTypes, idOf, run, typeOf } from './helpers/entities.js';

const body =
  'President Halvorsen said the order authorizes the deployment , and he visits the troops often . ' +
  'Halvorsen also signs the bills that the Senate passed . Aide Mira Tolland signed it too .';

describe("a title-case line's verb after a name", () => {
  const r = run(
    'Halvorsen Authorizes Deploying Up To 450 More Troops To Iraq Listen · 3:49 3:49\n' + body,
    "Syria 's Halvorsen Visits Moscow To Meet Allies Listen · 3:09 3:09\n" + body,
    "Ambassador Tolland Signs `` The Trade Pact '' In Her Post-Attack Remarks , Senator Says .\n" + body,
  );

  it('ends the name before the verb', () => {
    expect(idOf(r, 'Halvorsen Authorizes Deploying')).toBeUndefined();
    expect(idOf(r, 'Halvorsen Visits Moscow')).toBeUndefined();
    expect(idOf(r, 'Tolland Signs')).toBeUndefined();
    expectTypes(r, { Halvorsen: 'person', Tolland: 'person' });
  });

  it("keeps a known name in the verb's object, not the capitals around it", () => {
    expect(typeOf(r, 'Moscow')).toBe('place');
    expect(idOf(r, 'Deploying')).toBeUndefined();
  });

  it('keeps a surname that looks like a plural, and a family firm', () => {
    const t = run(
      'Rep. Maxine Brambles On The Trade Pact Listen · 2:10 2:10\n' +
        'She slams it , said Maxine Brambles , and Maxine Brambles left . The brambles , the brambles , the brambles .',
      'The Koch Brothers Fund Ads Listen · 1:10 1:10\nKoch said the brothers fund the ads .',
    );
    // the headline's name is the full name: "Brambles" is no verb after a given name the corpus writes in full
    expect(t.mentions[0].find((m) => m.start === 5)?.text).toBe('Maxine Brambles');
    expect(t.mentions[1].some((m) => m.text === 'Koch' && m.start === 4)).toBe(false);
  });
});
