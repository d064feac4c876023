// Three kinds of name a reader would correct by eye. A body left before a person's name when the copy drops the title
// ("House Minority Nancy Vale", "Homeland Security Kit Vale") is the person, the body a name of its own; a state's
// demonym alone ("a proud Arizonan", "Ohioans") is a demonym, not a name of unknown kind; and the untyped names a
// plural of organisations introduces ("firms including Mobil, Shell and Caltex") are organisations. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { doc, entityWith, expectTypes, idOf, run, typeOf } from './helpers/entities.js';
import { extractEntities } from '../lib/entities/entities.js';

describe('a body left before a name without its title', () => {
  const r = run(
    'House Minority Nancy Quillan said no on Tuesday.',
    'The bill passed, and Homeland Security Kevin Marburn said the wall would work.',
    'House Republican Conference Chair Lynn Dorsay agreed with the plan.',
    'Foreign Affairs Committee Chairwoman Ileana Harcourt-Vey spoke on Friday.',
  );

  it('gives the person a row of their own, without the body', () => {
    for (const name of ['Nancy Quillan', 'Kevin Marburn', 'Lynn Dorsay', 'Ileana Harcourt-Vey']) {
      expect(entityWith(r, name)?.type).toBe('person');
    }
    expectTypes(r, { 'Homeland Security': 'org', 'House Republican Conference': 'org' });
    expect(r.entities.some((e) => /Minority|Chair\b/.test(e.name))).toBe(false);
  });

  it('keeps a body whose name ends in a given name and a company word whole', () => {
    const b = run('A consortium including the Bank Rozwoju Exportu SA plans to bid.');
    expect(b.entities.map((e) => e.name)).toContain('Bank Rozwoju Exportu SA');
  });
});

describe("a state's demonym alone", () => {
  const r = extractEntities([
    doc('d0', 'The senator, a proud Arizonan, said Ohioans and Floridians would pay more.'),
    doc('d1', 'As a native Virginian, I have watched the state change. A Marylander replied.'),
    doc('d2', 'In 2006, the New Yorker called it a crisis, and New Yorkers agreed.'),
  ]);

  it('is a demonym', () => {
    for (const w of ['Arizonan', 'Ohioans', 'Floridians', 'Virginian', 'Marylander', 'New Yorkers'])
      expect(typeOf(r, w)).toBe('demonym');
  });

  it('leaves a singular that also names a publication alone', () => {
    expect(typeOf(r, 'New Yorker')).not.toBe('demonym');
  });
});

describe('names a plural of organisations introduces', () => {
  const r = run(
    'Multinational firms including Mobil, Shell and Caltex were attracted to Tianjin. ' +
      'Banks such as Mercantile did not comment.',
  );

  it('are organisations', () => {
    for (const w of ['Mobil', 'Shell', 'Caltex', 'Mercantile']) expect(typeOf(r, w)).toBe('org');
  });

  it('types nothing after a plural of people', () => {
    const p = run('Players including Dorsay, Marburn and Quillan were fined.');
    expect(idOf(p, 'Dorsay') === undefined || typeOf(p, 'Dorsay') !== 'org').toBe(true);
  });
});
