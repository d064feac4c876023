// Words glued before or after a person's name that are no part of it: a title written before a lone family name
// ("Justice Lund wrote"), an abbreviated body head ("the Justice Dept."), a title word that is the family name
// ("Nadeer Sheikh"). Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, texts } from './helpers/entities.js';

describe('a title before a lone family name', () => {
  it('cuts "Justice" off a family name that ends the run', () => {
    const r = run(
      'Justice Hollis Marwick wrote the opinion. Justice Marwick wrote that the rule was too broad, and Justice ' +
        'Tavener agreed in part.',
    );
    expect(texts(r)).not.toContain('Justice Marwick');
    expect(texts(r)).not.toContain('Justice Tavener');
    expectTypes(r, { Marwick: 'person', Tavener: 'person' });
  });

  it('keeps the body: a head word, also abbreviated, after "Justice"', () => {
    const r = run(
      'Officials spoke on Monday. The Justice Department declined to comment, but Justice Dept lawyers said they ' +
        'would appeal, and State Dept officials agreed.',
    );
    expectTypes(r, { 'Justice Department': 'org', 'Justice Dept': 'org', 'State Dept': 'org' });
  });
});

describe('a title word that is the family name', () => {
  it('keeps "Sheikh" after a given name the lists lack', () => {
    const r = run('Officials met on Monday. Nadeer Sheikh , who was born in Leeds , said the talks had stalled.');
    expectTypes(r, { 'Nadeer Sheikh': 'person', Nadeer: undefined });
  });
});

describe('a body glued before a person', () => {
  it('cuts a family name off a body whose sentence lost its stop, or a chamber before it', () => {
    const r = run(
      'Officials met on Monday. Vance would end the program , according to The Harlow Journal Vance was not ' +
        'changing his policy , said Tom Vance. Speaker House Lund , R-Ohio , has not said. Ann Lund spoke.',
    );
    expect(texts(r)).not.toContain('Harlow Journal Vance');
    expect(texts(r)).not.toContain('House Lund');
    expectTypes(r, { 'Harlow Journal': 'org', Vance: 'person', Lund: 'person' });
  });

  it('keeps a county named like a given name out of the sheriff after it', () => {
    const r = run(
      'Officials met on Monday. He cited Travis County Sheriff Ann Vale and Dallam County Sheriff Tom Lund.',
    );
    expectTypes(r, { 'Travis County': 'place', 'Ann Vale': 'person', 'Tom Lund': 'person' });
  });
});
