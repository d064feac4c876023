// Error classes of entity extraction found on wire news (branch ents5): words for peoples and faiths, names listed
// in title-case lines, family names in headlines. Each on a fixture written for it, with invented names.
import { describe, expect, it } from 'vitest';
import { entityWith, expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

describe('peoples and faiths are no named actors', () => {
  it('an ethnic group, a former state or a faith, singular or plural, is a demonym', () => {
    const r = run(
      'Serb police said 40 Moslems crossed the line near Tarvic, where Chechen fighters and a Briton were seen.\n' +
        'The Yugoslav envoy met Anglicans and Hutu refugees on Friday.',
    );
    for (const w of ['Serb', 'Moslems', 'Chechen', 'Briton', 'Yugoslav', 'Anglicans', 'Hutu'])
      expect(typeOf(r, w)).toBe('demonym');
  });

  it('a people word inside a longer name does not split it', () => {
    const r = run('The Catholic Church and the Serb Democratic Party issued statements.');
    expect(typeOf(r, 'Catholic Church')).toBe('org');
    // a faith before its body stays in the name; before a person's name it is split off
    const b = run('Methodist Relief Services helped, said Serb envoy Peter Valic and Serb Paul Marek.');
    expect(typesOf(b, 'Methodist Relief Services')).toHaveLength(1);
    expect(typeOf(b, 'Paul Marek')).toBe('person');
  });
});

describe('names listed in title-case lines', () => {
  it('a comma list of names is a table of people, not a headline', () => {
    const r = run(
      'Leading scores after the first round:\n67 Tom Varga\n68 Lisa Brandt, Oskar Helm, Peter Quist,\n' +
        'Ryan Moller, Ivan Toms, Carl Benning',
    );
    for (const n of ['Lisa Brandt', 'Oskar Helm', 'Peter Quist', 'Ryan Moller', 'Ivan Toms', 'Carl Benning'])
      expect(typeOf(r, n)).toBe('person');
  });

  it('a name with its country in brackets starts a results line', () => {
    const r = run('Second round results:\nHenrik Salvo (Ruritania) beat Tomas Kvell (Utopia)\n');
    expectTypes(r, { 'Henrik Salvo': 'person', 'Tomas Kvell': 'person' });
  });

  it('a byline of one name with a known given name is a person; a title-case headline still is not read', () => {
    const r = run('Markets Brace For Quiet Week\nTraders expected little movement on Monday.\nMartin Oskarsson');
    expect(typeOf(r, 'Martin Oskarsson')).toBe('person');
    expect(typesOf(r, 'Markets Brace')).toEqual([]);
    expect(typesOf(r, 'Quiet Week')).toEqual([]);
  });
});

describe('family names in headlines', () => {
  it('a headline in capitals names a person of the article by the family name', () => {
    const r = run(
      'TENNIS - VARNESS BEATS HOLT IN FIVE SETS.\nFLUSHING 1996-08-30\nPaul Varness beat Milo Holt 6-4 3-6 6-2 2-6 7-5 on Friday.',
    );
    expectTypes(r, { VARNESS: 'person', HOLT: 'person' });
  });

  it('a club or firm read from the body lends no family name to a town in the headline', () => {
    const r = run('SOCCER - FANS CLASH IN TARVIC.\nReal Tarvic lost 2-0 at home, and fans fought police in Tarvic.');
    expect(typeOf(r, 'TARVIC')).not.toBe('person');
  });
});

describe('a person called by the given name alone', () => {
  it('a known given name with nothing else to go on is a person', () => {
    const r = run('"I am sure Derek is the man for the job," the coach said. His wife Helen agreed.');
    expectTypes(r, { Derek: 'person', Helen: 'person' });
  });
});

describe("the parts of a person's name", () => {
  it('lowercase family-name particles, one or two, stay inside the name', () => {
    const r = run(
      'Fly-half Kees van der Hoek scored twice. Anna den Bosma won, and Luis del Prado lost to Joao dos Reis.',
    );
    expectTypes(r, {
      'Kees van der Hoek': 'person',
      'Anna den Bosma': 'person',
      'Luis del Prado': 'person',
      'Joao dos Reis': 'person',
    });
  });

  it('a role, rank or form of address before a given name and a family name is left out of the name', () => {
    const r = run(
      'The fullback was hurt. Fullback Peter Quist scored, Major-General Paul Renko said, and Mr Tavo Marek agreed.',
    );
    expectTypes(r, { 'Peter Quist': 'person', 'Paul Renko': 'person', 'Tavo Marek': 'person' });
    // a known place whose second word is a given name keeps its first word
    const p = run('The south was hot. South Carolina GOP voters agreed.');
    expect(typeOf(p, 'South Carolina')).toBe('place');
  });

  it('a title word alone is the family name of a person the article named in full, but not after "the"', () => {
    const r = run('Captain Ann Lee King spoke. "We will win," King said. The King met aides.');
    const kings = r.mentions.flat().filter((m) => m.text === 'King');
    expect(kings.map((m) => m.type)).toEqual(['person']);
  });

  it('a name joined by an assimilated Arabic article is one person', () => {
    const r = run('The selectors picked Nadim-ul-Rafiq and Tariq-ur-Sami, and US-occupied areas were calm.');
    expectTypes(r, { 'Nadim-ul-Rafiq': 'person', 'Tariq-ur-Sami': 'person', US: 'place' });
  });

  it('a title word after a given name is the family name; an abbreviated title after a place is not', () => {
    const r = run('Prime Minister John Major spoke, and captain Ann Lee King agreed. Former Utah Gov. Mark Dale left.');
    expectTypes(r, { 'John Major': 'person', 'Ann Lee King': 'person', 'Mark Dale': 'person', Utah: 'place' });
  });
});

describe('words that look like names but are not', () => {
  it("a region's demonym and a nation's adjective are demonyms, not a person or a place", () => {
    const r = run('Latin American and Roman Catholic leaders met English county officials.');
    expectTypes(r, { 'Latin American': 'demonym', 'Roman Catholic': 'demonym', English: 'demonym' });
    // the plural is the same demonym
    const p = run('Central American migrants arrived; many Central Americans stayed.');
    const ids = new Set(
      p.mentions
        .flat()
        .filter((m) => m.type === 'demonym')
        .map((m) => m.entity),
    );
    expect(ids.size).toBe(1);
  });

  it('time zones, sports statistics and economic measures in capitals are no organisations', () => {
    const r = run('At 1400 GMT he had his 90th RBI, a 2.10 ERA, while the PMI rose and GDP fell; the WTO met.');
    for (const w of ['GMT', 'RBI', 'ERA', 'PMI', 'GDP']) expect(typesOf(r, w)).toEqual([]);
    expect(typeOf(r, 'WTO')).toBe('org');
  });

  it('an ordinal alone is no name; inside a longer name it stays', () => {
    const r = run(
      'Tour itinerary:\nJune 5-9 Third test (at Kelby)\nJuly 1 Second one-day match\nShares of First Harbour Bank rose.',
    );
    expect(typesOf(r, 'Third')).toEqual([]);
    expect(typesOf(r, 'Second')).toEqual([]);
    expect(typesOf(r, 'First Harbour Bank')).toHaveLength(1);
  });

  it('a town named like a common word is that word in a capitals headline', () => {
    const r = run('RUGBY UNION - HALE SIGNS.\nThe rugby union side signed Tom Hale.');
    expect(typesOf(r, 'RUGBY')).toEqual([]);
    expect(typesOf(r, 'UNION')).toEqual([]);
  });
});

describe('places known from history or from the words around them', () => {
  it('a former state or an old spelling is a place', () => {
    const r = run('Talks between Yugoslavia and the Soviet Union began; Zaire and Kazakstan sent observers.');
    for (const w of ['Yugoslavia', 'Soviet Union', 'Zaire', 'Kazakstan']) expect(typeOf(r, w)).toBe('place');
  });

  it('"the town of X" and "X province" make a place; an adjective before "town" and "X county council" do not', () => {
    const r = run(
      'Rebels left the town of Varsk for the eastern province of Telmar and Dunsk province. ' +
        'The Ruthenian town was calm, and the Kelby county council met.',
    );
    expectTypes(r, { Varsk: 'place', Telmar: 'place', Dunsk: 'place' });
    expect(typeOf(r, 'Ruthenian')).not.toBe('place');
    expect(typeOf(r, 'Kelby')).not.toBe('place');
  });
});

describe('organisations named by their kind', () => {
  it('a name before "newspaper" or "editor" is a paper, but not after a possessive', () => {
    const r = run(
      "The Morvan Courier newspaper said, and Velton Gazette editor Ann Body agreed. Tom Kessa's newspaper closed.",
    );
    expectTypes(r, { 'Morvan Courier': 'org', 'Velton Gazette': 'org', 'Tom Kessa': 'person' });
    // before the paper's own name, the first name is what the paper is of
    const p = run('He was quoted by the Capitol Hill newspaper Roll Call as saying so.');
    expect(typeOf(p, 'Capitol Hill')).not.toBe('org');
  });

  it('a force or a treasury is an organisation; humanitarian bodies are known by name', () => {
    const r = run('Air Force crews flew, the Treasury sold bonds, and Amnesty International and the Red Cross spoke.');
    expectTypes(r, { 'Air Force': 'org', Treasury: 'org', 'Amnesty International': 'org', 'Red Cross': 'org' });
  });
});

describe("a person's display name", () => {
  it('is the full name the outlets write most, not the longest one a page ran together or wrote once', () => {
    const r = run(
      'Senator Dalia Morvane Quist spoke first. Dalia Quist said the bill would pass.',
      'Dalia Quist met the governor on Monday. Later Dalia Quist left for the capital.',
      'Dalia Quist Dalia Morvane QuistDalia Quist drops out of the forum. Quist declined to comment.',
      'Reporters asked Dalia Quist about the vote; Quist did not answer.',
    );
    const e = entityWith(r, 'Dalia Quist');
    expect(e?.name).toBe('Dalia Quist');
    // the longer spellings are still its aliases, merged, not lost
    expect(entityWith(r, 'Dalia Morvane Quist')?.id).toBe(e?.id);
  });
});
