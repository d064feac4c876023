// The entity table a reader sees on a corpus the project was not written for: undotted honorifics, display names,
// one-word names beside longer ones, names joined by "for", and platforms named without a cue. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, expectApart, expectTypes, idOf, idsIn, run } from './helpers/entities.js';

describe('undotted honorifics (British house style)', () => {
  const r = run(
    'Anna Quenby, the finance minister, met Peter Vantorre on Monday. Mr Vantorre said Ms Quenby was right.',
    'Mr Vantorre flew to Oslo. Dr Ilse Marwick, a surgeon, joined him. Dr Marwick spoke first.',
    'Peter Vantorre denied it. Mrs Quenby said nothing. Anna Quenby left.',
    'Patients with MS met at 4 Dr Halvard Road, near the clinic of Ilse Marwick.',
  );

  it('keeps "Mr", "Ms", "Mrs" and "Dr" out of the name and joins the bare surname to the person', () => {
    expect(r.entities.some((e) => /^(Mr|Mrs|Ms|Dr) /.test(e.name))).toBe(false);
    const piers = idOf(r, 'Peter Vantorre');
    expect(idsIn(r, 'd0', 'Vantorre')).toEqual([piers]);
    expect(idsIn(r, 'd1', 'Vantorre')).toEqual([piers]);
    expect(idsIn(r, 'd2', 'Quenby')).toEqual([idOf(r, 'Anna Quenby')]);
    expect(idsIn(r, 'd1', 'Marwick')).toEqual([idOf(r, 'Ilse Marwick')]);
  });

  it("keeps the honorific as the mention's title", () => {
    const m = r.mentions[0].find((x) => x.text === 'Quenby');
    expect(m?.title).toBe('ms');
  });

  it('reads no title in an all-capitals "MS" or in a street address', () => {
    expect(r.mentions[3].some((m) => m.title === 'ms' || m.title === 'dr')).toBe(false);
  });
});

describe('display names', () => {
  const docs = [
    doc('a1', 'Troops from Turkey crossed the border. Turkey said the operation was over.', 'Ledger'),
    doc('a2', 'Turkey and Greece met in Athens. The United States and the U.S. Navy watched.', 'Courier'),
  ];
  const r = extractEntities(docs);

  it('shows a gazetteer entity by the spelling the corpus writes, keeping the gazetteer id', () => {
    const e = entityWith(r, 'Turkey');
    expect(e?.name).toBe('Turkey');
    expect(e?.id).toBe('turkiye');
  });

  it('keeps the canonical name when the corpus writes it', () => {
    expect(entityWith(r, 'United States')?.name).toBe('United States');
  });
});

describe('a one-word name beside a longer name named in far fewer articles', () => {
  const r = run(
    'The rebels include Kataib al-Noor and Liwa al-Sabr, according to their leaders.',
    'Sabr is a virtue in the old texts. Scholars of Sabr disagree.',
    'He wrote a book on Sabr and patience.',
    'Critics of Sabr were loud at the meeting.',
    'Teachers of Sabr met in Leeds.',
    'A lecture on Sabr drew a crowd in Hull.',
  );

  it('stays apart, except in the article that names the longer one', () => {
    const brigade = idOf(r, 'Liwa al-Sabr');
    const word = entityWith(r, 'Sabr');
    expect(word?.id).not.toBe(brigade);
    expect(word?.mentions.length).toBeGreaterThanOrEqual(6);
  });
});

describe('short forms of organisation names', () => {
  const r = run(
    'The Harbour Brotherhood said it would govern. The Brotherhood won the vote. They said al‑Qaeda did it.',
    'The Harbour Brotherhood said it had won. The Brotherhood denied the report. Police blamed Al- Qaeda for it.',
    'The Harbour Brotherhood and al Qaeda were named in the report. Al-Qaeda denied it.',
  );

  it('joins the last word to the one organisation it ends, named in the same articles', () => {
    expect(entityWith(r, 'Brotherhood')?.id).toBe(idOf(r, 'Harbour Brotherhood'));
    expect(entityWith(r, 'Brotherhood')?.merged_because.join(' ')).toMatch(/last word 'Brotherhood'/);
  });

  it('folds non-breaking and spaced hyphens into the gazetteer name', () => {
    const q = entityWith(r, 'Al-Qaeda');
    expect(entityWith(r, 'al‑Qaeda')?.id).toBe(q?.id);
    expect(entityWith(r, 'Al- Qaeda')?.id).toBe(q?.id);
    // "al Qaeda" with the lowercase article: one mention, the whole name (ents24), in the same entity
    expect(entityWith(r, 'al Qaeda')?.id).toBe(q?.id);
    expect(entityWith(r, 'Qaeda')).toBeUndefined();
  });

  it('leaves a head word that names a kind of body on its own', () => {
    const h = run('The House voted. The White House objected.', 'The House met again. The White House was silent.');
    expectApart(h, 'House', 'White House');
  });
});

describe('a name joined by "for"', () => {
  const r = run(
    'The Temporary Shelter for Coastal Families program ended. TSCF covered 900 people.',
    'Lawyers for TSCF families sued. Temporary Shelter for Coastal Families had been popular.',
  );

  it('is one name when the corpus writes the acronym of the whole', () => {
    expect(entityWith(r, 'Temporary Shelter for Coastal Families')).toBeDefined();
    expect(r.entities.some((e) => e.name === 'Temporary Shelter' || e.name === 'Coastal Families')).toBe(false);
  });

  it('joins the acronym written as a word ("Tscf") to the defined acronym\'s expansion', () => {
    const d = run(
      'The Temporary Shelter for Coastal Families (TSCF) program ended. TSCF covered 900 people.',
      'Tscf payments stopped in May. The Tscf office closed.',
    );
    const e = entityWith(d, 'Temporary Shelter for Coastal Families');
    expect(entityWith(d, 'Tscf')?.id).toBe(e?.id);
    expect(entityWith(d, 'TSCF')?.id).toBe(e?.id);
  });

  it('still splits at "for" when no acronym of the whole is written', () => {
    const s = run('The Temporary Shelter for Coastal Families program ended. TSC covered 900 people.');
    expect(s.entities.some((e) => e.name === 'Temporary Shelter for Coastal Families')).toBe(false);
  });
});

describe('platforms and companies', () => {
  it('types the major platforms an organisation with no cue around them', () => {
    const r = run('Vantorre wrote on Twitter that the YouTube clip was fake. Instagram removed it.');
    expectTypes(r, { Twitter: 'org', YouTube: 'org', Instagram: 'org' });
  });
});
