// Junk rows of the entity table on an American corpus: tags beside names read as names, names cut at "and" or "of",
// given names typed places. Fixtures invented, modelled on the failure patterns.
import { describe, expect, it } from 'vitest';
import { entityWith, expectTypes, run, texts, typeOf, typesOf } from './helpers/entities.js';

/** Every mention's text in the result. */

describe('party-and-state tags, state abbreviations and spaced titles', () => {
  const r = run(
    'Sen. Ada Quarrel , R-Texas , said so . Rep. Ivo Penrith ( D-N.Y. ) agreed , and Rep. Lena Ostby (D-Calif.) too .',
    'Rep. Ola Brenner ( R. , Calif . ) spoke in Palo Alto , Calif . , on Friday . Sen. Tom Vasko , I-Vt. , left .',
    'Vasko was joined by Sens . Ada Quarrel , R-S.C. , and Ivo Penrith . “ It is over , ” Mr . Penrith said .',
    'They attended Mass . The D-Day landings were remembered . Reps. Ola Brenner and Tom Vasko ( D-Illinois ) met .',
  );

  it('reads no tag as a name', () => {
    const t = texts(r);
    for (const junk of ['R-Texas', 'D-N', 'D-Calif', 'I-Vt', 'R-S', 'Sens', 'Mr', 'Reps', 'D-Illinois']) {
      expect(t).not.toContain(junk);
    }
    // a legislator's state in brackets is a tag; after a town the abbreviation names the state
    expect(t.filter((x) => x === 'Calif')).toHaveLength(1);
    expect(entityWith(r, 'Calif')?.name).toBe('California');
    expect(typeOf(r, 'Calif')).toBe('place');
  });

  it('keeps the people beside the tags and words that only look like tags', () => {
    const t = texts(r);
    for (const name of ['Ada Quarrel', 'Ivo Penrith', 'Lena Ostby', 'Ola Brenner', 'Palo Alto', 'Mass']) {
      expect(t).toContain(name);
    }
  });
});

describe('names cut at "and" or "of" at a sentence start, and chamber leaders', () => {
  const r = run(
    'The rules changed . Health and Welfare Services said 40 children waited . Chamber of Trade members met in Oslo .',
    'The Departments of Labor and Health and Welfare Services agreed . The Cardale Chamber of Trade disagreed .',
    'Senate Majority Leader Ann Pelham spoke first . House Minority Leader Ivo Strand replied .',
  );

  it('keeps the whole name when the run goes on over "and" or "of"', () => {
    const t = texts(r);
    expect(t.filter((x) => x === 'Health and Welfare Services')).toHaveLength(2);
    expect(t).toContain('Chamber of Trade');
    expect(t).toContain('Cardale Chamber of Trade');
    expect(t).not.toContain('Welfare Services');
    expect(t).not.toContain('Trade');
    expect(typeOf(r, 'Health and Welfare Services')).toBe('org');
  });

  it('reads "Majority Leader" and "Minority Leader" as titles', () => {
    const t = texts(r);
    expect(t).not.toContain('Senate Majority');
    expect(t).not.toContain('House Minority');
    expect(typeOf(r, 'Ann Pelham')).toBe('person');
    expect(r.mentions[2].find((m) => m.text === 'Ann Pelham')?.title).toBe('majority leader');
  });
});

describe('a given name after a preposition and before a possessive', () => {
  const r = run(
    'Agents took Tavio to a shelter . Lawyers in Tavio ’ s case said the boy was ill . Tavio cried .',
    'Questions in Tavio’s death went unanswered , lawyers for Tavio said . Rulings in Tavio and Mareth ’ s case came .',
    'Voters in Cardale chose a new mayor .',
  );

  it('does not type the possessor a place by the preposition', () => {
    expect(typesOf(r, 'Tavio').filter((x) => x === 'place')).toEqual([]);
  });

  it('still reads a place after "in" without a possessive', () => {
    expect(typeOf(r, 'Cardale')).toBe('place');
  });
});

describe('titles, number signs, programmes and joined acronyms read as names', () => {
  const r = run(
    'White House Deputy Press Secretary Ola Tarrant said so . National Security Adviser Ivo Kessel agreed .',
    'Kessel said on the NBC programme “ Greet the Nation ” that he would . We greet the voters , and greet them again .',
    'The Senate ’ s No . 2 , Dag Orvik , spoke . It is our No. 1 priority , Orvik said .',
    'The UFW-ILA accord was signed . The UFW-ILA said wages would rise .',
    'A gang of rivals formed . Orvik , a member of the Posse of 8 , and the posse agreed . The Posse of 12 met .',
  );

  it('keeps "Press Secretary" and "National Security Adviser" out of the names', () => {
    const t = texts(r);
    expect(t).not.toContain('Press');
    expect(t).not.toContain('Security');
    expect(r.mentions[0].find((m) => m.text === 'Ola Tarrant')?.title).toBe('press secretary');
    expect(r.mentions[0].find((m) => m.text === 'Ivo Kessel')?.title).toBe('national security adviser');
  });

  it('reads a programme title "Verb the Noun" whole', () => {
    const t = texts(r);
    expect(t).toContain('Greet the Nation');
    expect(t).not.toContain('Nation');
  });

  it('reads the number sign "No." as no name', () => {
    expect(texts(r)).not.toContain('No');
  });

  it('keeps the number of a counted group in digits ("Gang of 8")', () => {
    const t = texts(r);
    expect(t).toContain('Posse of 8');
    expect(t).toContain('Posse of 12');
    expect(t).not.toContain('Posse');
  });

  it('types two acronyms joined by a hyphen an organisation', () => {
    expect(typesOf(r, 'UFW-ILA')).toEqual(['org', 'org']);
  });
});

describe('a hyphenated pair of places or peoples', () => {
  const r = run(
    'Trucks queued at the Norway-Sweden border for days. Turkish-Greek talks resumed in Athens.',
    'The Norway-Sweden Transit Board met on Monday. Voters in Guinea-Bissau went to the polls.',
    'Many Norwegian-Americans voted early.',
  );

  it('is two places or two peoples, not one entity (a border, a relation)', () => {
    expect(texts(r)).not.toContain('Norway-Sweden');
    expect(typesOf(r, 'Norway')).toEqual(['place']);
    expect(typesOf(r, 'Sweden')).toEqual(['place']);
    expect(typesOf(r, 'Turkish')).toEqual(['demonym']);
    expect(typesOf(r, 'Greek')).toEqual(['demonym']);
  });

  it('stays whole as the start of a longer name or a place the gazetteer knows whole', () => {
    expect(texts(r)).toContain('Norway-Sweden Transit Board');
    expect(texts(r)).toContain('Guinea-Bissau');
    expect(texts(r)).toContain('Norwegian-Americans');
  });
});

describe('a given name alone is no surname', () => {
  const r = run(
    'Juan Carlos , the king , visited Madrid .',
    'Agents held Carlos at a shelter . Carlos was ill . Carlos died .',
    'Carlos had a fever , a nurse said .',
  );

  it('keeps a person called by the given name apart from a longer name ending in it', () => {
    const carlos = r.entities.find((e) => e.name === 'Carlos');
    expect(carlos?.type).toBe('person');
    expect(r.entities.find((e) => e.name === 'Juan Carlos')?.mentions).toHaveLength(1);
  });
});

describe('an ordinal in digits before a common noun', () => {
  const r = run(
    'The circuit is long and the fleet is old . The appeals court for the 4th Circuit ruled , and the 7th Fleet sailed .',
    'On March 3rd Ivo Kessel said the 4th Circuit Court of Appeals agreed .',
  );

  it('keeps the ordinal in the name ("the 9th Circuit")', () => {
    const t = texts(r);
    expect(t).toContain('4th Circuit');
    expect(t).toContain('7th Fleet');
    expect(t).toContain('4th Circuit Court of Appeals');
    expect(t).not.toContain('Circuit');
    expect(typeOf(r, '4th Circuit')).toBe('org');
  });

  it('leaves a date before a name alone', () => {
    expect(texts(r)).toContain('Ivo Kessel');
  });
});

describe('numbers in names are no spelling variants', () => {
  const r = run('The circuit is long . The 4th Circuit ruled . The 5th Circuit ruled too .');

  it('keeps "the 4th Circuit" and "the 5th Circuit" apart', () => {
    const e4 = r.entities.find((e) => e.name === '4th Circuit');
    const e5 = r.entities.find((e) => e.name === '5th Circuit');
    expect(e4).toBeDefined();
    expect(e5).toBeDefined();
    expect(e4?.id).not.toBe(e5?.id);
  });
});

describe('what the new titles must not cost', () => {
  const r = run(
    'Harbourhall Press Secretary Ola Vik said the Harbourhall would review it .',
    'Troops from North Marevia crossed the border . Aid reached North Marevia .',
  );

  it('types the one word before "Press Secretary" the institution', () => {
    expectTypes(r, { Harbourhall: 'org', 'Ola Vik': 'person' });
  });

  it('reads no person in a compass word and a name', () => {
    expect(typesOf(r, 'North Marevia')).not.toContain('person');
  });
});

describe('a people and a season', () => {
  const r = run(
    'Protests spread in spring . Since the Arab Spring , and the Marevian Spring before it , rulers fell .',
  );

  it('reads "Arab Spring" as one event, not a demonym and a place', () => {
    expect(typeOf(r, 'Arab Spring')).toBe('event');
    expect(texts(r)).not.toContain('Spring');
  });
});

describe('a state abbreviation inside an adjective', () => {
  const r = run('Kansas City , Mo.-based Ardent Bancshares grew . Officials in Tulsa , Okla . , agreed on Monday .');

  it('types the state after a town, not the one in "-based"', () => {
    const t = r.mentions.flat().map((m) => m.text);
    expect(t).not.toContain('Mo');
    expect(entityWith(r, 'Okla')?.name).toBe('Oklahoma');
  });
});

describe('a portfolio before "secretary" or "minister" is part of the title', () => {
  const r = run(
    'Defense Secretary Ivo Penrith met Foreign Minister Ada Quarrel in Oslo . Treasury Secretary Ola Brenner agreed .',
    'Health Minister Tom Vasko said the clinics would reopen , and Homeland Security Secretary Lena Ostby agreed .',
  );

  it('lists no lone portfolio word as an entity, and keeps the people', () => {
    const t = texts(r);
    for (const junk of ['Defense', 'Foreign', 'Treasury', 'Health']) expect(t).not.toContain(junk);
    for (const name of ['Ivo Penrith', 'Ada Quarrel', 'Ola Brenner', 'Tom Vasko', 'Lena Ostby', 'Oslo'])
      expect(t).toContain(name);
    expect(typeOf(r, 'Ivo Penrith')).toBe('person');
  });

  it('still reads a field of two words as its department', () => {
    expect(texts(r)).toContain('Homeland Security');
  });
});

describe('a word of geography opens the name of a place', () => {
  const r = run(
    'Refugees fled to Mount Tarsal as the army shelled the town . Troops at Fort Vellin were put on alert .',
    'Tankers crossed the Strait of Ormen and the Gulf of Kessa , and talks moved to Lake Dunmore .',
    'The Gulf Cartel moved its routes , and the Fort Vellin Courier-Gazette reported the change .',
  );

  it('types the mountain, the fort, the strait, the gulf and the lake as places', () => {
    for (const p of ['Mount Tarsal', 'Fort Vellin', 'Strait of Ormen', 'Gulf of Kessa', 'Lake Dunmore'])
      expect(typeOf(r, p)).toBe('place');
  });

  it('leaves "Gulf" without "of" and longer names to other cues', () => {
    expect(typeOf(r, 'Gulf Cartel')).not.toBe('place');
  });
});

describe('a pronoun a headline-case line capitalises', () => {
  // read on a blog's list of headlines: "They Lied to Us Then" counted "Us" as the United States
  const r = run(
    'The group listed the columns it had run .\n* “ They Lied to Us Then About the Border , They Are Lying Now ”\nThe US economy grew , US officials said .',
    'Senators said the US border plan would pass .',
  );
  it('is no mention of the all-caps name of the same letters, which keeps its own mentions', () => {
    expect(texts(r)).not.toContain('Us');
    expect(texts(r).filter((x) => x === 'US')).toHaveLength(3);
    expect(entityWith(r, 'US')?.name).toBe('United States');
  });
});
