// How news copy introduces people, bodies and places, on text the project was not written for (branch ents9).
// Fixtures invented, modelled on the failure patterns of held-out wire text.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, idsIn, run, typesOf } from './helpers/entities.js';

describe('a family name that is also a place, after the full name', () => {
  const r = run(
    'Film director Vera Lisbon says the epic took her ten years . " I never slept , " Lisbon said . ' +
      'Critics who saw the cut praised Lisbon , whose last film won a prize .',
    'Seeded player Tavi Oslo lost in three sets . Oslo served well but faded . Fans in Oslo were sad .',
    'Trade talks opened in Lisbon on Monday . Police in Lisbon said so .',
  );

  it('reads the bare family name as the person the article named in full', () => {
    expect(typesOf(r, 'Lisbon').slice(0, 2)).toEqual(['person', 'person']);
    expect(entityWith(r, 'Lisbon')?.name).toBe('Vera Lisbon');
    expect(idsIn(r, 'd2', 'Lisbon')).toEqual(['lisbon', 'lisbon']);
  });

  it('leaves the place alone where the article also places something in it, or names no such person', () => {
    expect(typesOf(r, 'Oslo')).toEqual(['place', 'place']);
    expect(typesOf(r, 'Lisbon').slice(2)).toEqual(['place', 'place']);
  });
});

describe('wire datelines', () => {
  const r = run(
    'Harbour strike ends.\nOrla Brenk\nKELDORA 1996-08-30\nDock workers in the port went back to work on Friday.',
    'Aid convoy stopped.\nMARSKET, West Bank 1996-08-30\nSoldiers turned the trucks back at a checkpoint.',
    'Council meets.\nUNITED NATIONS 1996-08-29\nThe Security Council met on Thursday.',
  );

  it('reads a capitals name before the date as the place the story was filed from, known or not', () => {
    expect(typesOf(r, 'KELDORA')).toEqual(['place']);
    expect(typesOf(r, 'MARSKET')).toEqual(['place']);
  });

  it('keeps a body that files from its own seat a body', () => {
    expect(typesOf(r, 'UNITED NATIONS')).toEqual(['org']);
  });
});

describe('church, crown and team titles before a name', () => {
  const r = run(
    'Bishop Tomas Vell led the service . Archbishop Vell later met Emperor Ivo II and Pastor Ada Brenk .',
    'Fullback Oren Maddick scored twice before Winger Jory Pell added a third .',
  );

  it('leaves the title out of the person', () => {
    const t = r.mentions.flat().map((m) => m.text);
    for (const name of ['Tomas Vell', 'Vell', 'Ivo II', 'Ada Brenk', 'Oren Maddick', 'Jory Pell'])
      expect(t).toContain(name);
    for (const junk of ['Bishop Tomas Vell', 'Archbishop Vell', 'Fullback Oren Maddick']) expect(t).not.toContain(junk);
    expect(entityWith(r, 'Vell')?.name).toBe('Tomas Vell');
  });
});

describe("a company's legal form written without its dot", () => {
  const r = run(
    'The Varrow Chemical Co of Utopia will build a plant . The film was released by Pellam Bros on Friday .',
  );

  it('makes the name an organisation', () => {
    expect(typesOf(r, 'Varrow Chemical Co')).toEqual(['org']);
    expect(typesOf(r, 'Pellam Bros')).toEqual(['org']);
  });
});

describe('a person called by the first name the article gave in full', () => {
  const r = run(
    'World champion Darvesh Khan lost in the final . Darvesh said later he was tired . Fans cheered Darvesh .',
    'Pilgrims marked Eid al-Adha in the city . Eid prayers were held at dawn .',
  );

  it('types the bare first name a person', () => {
    expect(typesOf(r, 'Darvesh')).toEqual(['person', 'person']);
  });

  it('leaves a feast or group named like a particle name alone', () => {
    expect(typesOf(r, 'Eid')).not.toContain('person');
  });
});

describe('a headline in capitals that names a person by the family name', () => {
  const r = run(
    'GOLF - STRAND TAKES LEAD IN DUNMERE .\nDUNMERE , Utopia 1996-08-31\n' +
      'Torvik Strand shot a 64 on Thursday to take the lead . Strand said the greens were fast .',
  );

  it('reads the capitals family name as the person the body names in full and alone', () => {
    expect(typesOf(r, 'STRAND')).toEqual(['person']);
  });
});

describe('title-case words that open with an ordinary word', () => {
  const r = run(
    'The radio said the gold price fell . A minor row followed . The radio station and the gold mine closed .',
    'On the radio , a gold trader spoke . Miners heard it on the radio and on a second radio .',
    'Miners at Gold Tarrow struck , said Radio Vell . Bill Vasko told Radio Vell the strike was over .',
  );

  it('makes no person of a common word and a name', () => {
    expect(typesOf(r, 'Radio Vell')).not.toContain('person');
    expect(typesOf(r, 'Gold Tarrow')).not.toContain('person');
  });

  it('keeps given names that are also words', () => {
    expect(typesOf(r, 'Bill Vasko')).toEqual(['person']);
  });
});

describe('a given name that is also a country or a place', () => {
  const r = run(
    'Vasko homered off Chad Ulvang in the first . Jordan Peterson spoke later . The Jordan Times said so .',
  );

  it('reads a person, not an organisation named after the place', () => {
    expect(typesOf(r, 'Chad Ulvang')).toEqual(['person']);
    expect(typesOf(r, 'Jordan Peterson')).toEqual(['person']);
    expect(typesOf(r, 'Jordan Times')).toEqual(['org']);
  });
});

describe('a law named over "and", and a person\'s earnings', () => {
  const r = run(
    'Under the Settlement and Residency Act , judges may review a case . Critics of the Residency Act spoke .',
    'Mayor Ivo Brenk and Utopia City Mayor Bill Tarrow met . Lena relied on Orsa’s earnings . Orsa held her son .',
  );

  it('keeps the whole law and leaves its first word no name of its own', () => {
    const t = r.mentions.flat().map((m) => m.text);
    expect(t).toContain('Settlement and Residency Act');
    expect(t).not.toContain('Settlement');
    expect(t.some((x) => x.includes('Brenk and'))).toBe(false);
  });

  it('takes no organisation from what a person earns', () => {
    expect(typesOf(r, 'Orsa')).not.toContain('org');
  });
});

describe('an ordinary word capitalised after a preposition', () => {
  const r = run(
    'Interested in Farming ? Add Farming to your topics . Farm policy and farming subsidies matter .',
    'The farming lobby met . Farming groups said farming was hard and farming paid little .',
  );

  it('makes no place of it', () => {
    expect(typesOf(r, 'Farming')).not.toContain('place');
  });
});

describe('a name with a spaced O’ or D’ prefix, as pre-tokenised text writes it', () => {
  const r = run(
    'Rep. Conal O ’ Brannock , D-Ore. , spoke on Monday . O ’ Brannock said the bill was weak .',
    "Conal O'Brannock toured the port . Lawyer Nina D ’ Vale said the case would go on .",
    'Sen. Tomas Vale met the mayor . Vale said the talks went well .',
  );
  it('is one name: the spaced and the joined spellings are one person, shown joined', () => {
    const e = entityWith(r, 'Conal O ’ Brannock');
    expect(e?.name).toBe('Conal O’Brannock');
    expect(entityWith(r, "Conal O'Brannock")?.id).toBe(e?.id);
    expect(entityWith(r, 'O ’ Brannock')?.id).toBe(e?.id);
  });
  it('"D ’ Vale" is not the surname Vale of someone else', () => {
    expectApart(r, 'Nina D ’ Vale', 'Tomas Vale');
    expect(entityWith(r, 'Tomas Vale')?.mentions).toHaveLength(2);
  });
});

describe('dates, generation suffixes, numbered wars and asking headlines', () => {
  it('"In May" opening a sentence is the month, not a place', () => {
    const r = run('In May , the envoy travelled to Moscow and met the minister .\n\nThe talks ended in June .');
    expect(typesOf(r, 'May')).toEqual([]);
  });
  it('"Martin Luther King Jr." is one person, and "King" alone is him', () => {
    const r = run('Crowds recalled how Dorian Lucas King Jr. marched in Selma .\n\nKing said the march would go on .');
    const e = entityWith(r, 'Dorian Lucas King Jr.');
    expect(e?.type).toBe('person');
    expect(entityWith(r, 'King')?.id).toBe(e?.id);
    expect(r.entities.some((x) => x.name === 'Jr.')).toBe(false);
  });
  it('"Tomas Vale Jr." and his father "Tomas Vale" stay two people; "Vale" alone may join either', () => {
    const r = run('Tomas Vale Jr. spoke at the port . His father Tomas Vale listened .');
    expectApart(r, 'Tomas Vale Jr.', 'Tomas Vale');
  });
  it('"World War I" and "World War II" are events, numeral kept', () => {
    const r = run('World War I proved costly . World War II followed within a generation .');
    expect(entityWith(r, 'World War I')?.type).toBe('event');
    expect(entityWith(r, 'World War II')?.type).toBe('event');
  });
  it('a title-case headline that asks yields only names known elsewhere', () => {
    const r = run("Varnia 's Turn On Ostrava : A Show Of Strength Or Fear ?\nOfficials in Varnia met on Monday .");
    expect(r.mentions[0].map((m) => m.text)).not.toContain('Show');
    expect(r.mentions[0].map((m) => m.text)).not.toContain('Fear');
  });
});
