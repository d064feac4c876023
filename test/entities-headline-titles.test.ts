// A title before a headline's verb, titles written without their dot, and party tags whose state is two words: each
// made a false person or a junk row in the entity table. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { expectTypes, idOf, run, typeOf } from './helpers/entities.js';

describe("a title before a title-case headline's verb", () => {
  const r = run(
    'President Vale signed the order on Monday . The court can block such orders , and a judge did .\n' +
      "Federal Judge Blocks Vale 's Executive Orders On Trade Listen · 3:49 3:49\n" +
      'A federal judge in Texas ruled against Vale on Tuesday , saying Vale overstepped .',
  );

  it('reads "Blocks" as the verb, not the given name of a person "Blocks Vale"', () => {
    expect(idOf(r, 'Blocks Vale')).toBeUndefined();
    expect(typeOf(r, 'Vale')).toBe('person');
  });

  it('keeps a given name after a title in a title-case line', () => {
    const t = run('Senator Will Dorran Signs The Trade Pact Listen · 2:10 2:10\nDorran said the pact would pass .');
    const people = t.mentions[0].filter((m) => m.type === 'person').map((m) => m.text);
    expect(people.some((x) => x.startsWith('Will Dorran'))).toBe(true);
  });
});

describe('titles written without their dot', () => {
  const r = run(
    'Sen John Dorran spoke on Monday . Dorran said the bill was dead .',
    'Rep Will Hurdle agreed , and Lt Gen Mark Holt said so too .',
  );

  it('keeps the title out of the name', () => {
    expect(idOf(r, 'Sen John Dorran')).toBeUndefined();
    expectTypes(r, { 'John Dorran': 'person', 'Mark Holt': 'person' });
  });

  it('reads "Will" after an undotted title as a given name', () => {
    expect(typeOf(r, 'Will Hurdle')).toBe('person');
  });

  it('leaves "Gen" before a word that is no given name', () => {
    const t = run('Gen Z voters turned out .');
    expect(idOf(t, 'Z')).toBeUndefined();
  });
});

describe('a party tag whose state is two words', () => {
  const r = run(
    'The bill was backed by Sen. Ann Vell ( R-South Carolina ) and Rep. Ivo Brand , D-New York , who spoke .',
  );

  it('is no entity of its own', () => {
    expect(idOf(r, 'R-South Carolina')).toBeUndefined();
    expect(idOf(r, 'D-New York')).toBeUndefined();
    expectTypes(r, { 'Ann Vell': 'person', 'Ivo Brand': 'person' });
  });
});
