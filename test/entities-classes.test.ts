// Error classes of entity extraction on real news, each on a small fixture written for it (issue 16).
import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityResult } from '../lib/entities/entities.js';
import { coMentions as coMentionsOf } from '../lib/entities/comention.js';
import { doc, expectTypes, run, texts, typeOf } from './helpers/entities.js';

const mentionOf = (r: EntityResult, text: string) => r.mentions.flat().find((m) => m.text === text);
const entityOf = (r: EntityResult, text: string) => mentionOf(r, text)?.entity;

describe('types from evidence', () => {
  it('a name with no evidence is unknown, never an organisation', () => {
    const r = run('Officials met Zorvath on Tuesday to discuss the harvest.');
    expect(typeOf(r, 'Zorvath')).toBe('unknown');
    // two title-case words are a person's name only when the last is not a common noun of the corpus
    const ev = run('Fans gathered for the Harvest Cup final. The cup was silver, and Talmo Brisk lifted it.');
    expect(typeOf(ev, 'Harvest Cup')).not.toBe('person');
    expect(typeOf(ev, 'Talmo Brisk')).toBe('person');
  });

  it('honorifics and titles make a person, and the title is not part of the name', () => {
    const r = run(
      'Mr. Quellby said the plan was sound. Border Patrol Agent Rodney Vask said crossings fell. Sen. Adlow agreed.',
    );
    expectTypes(r, { Quellby: 'person', 'Rodney Vask': 'person' });
    expect(texts(r)).not.toContain('Border Patrol Agent Rodney Vask');
    expect(typeOf(r, 'Adlow')).toBe('person');
  });

  it('"in X" and "X-based" make a place', () => {
    const r = run('Protesters gathered in Velmora on Sunday. A Dravenport-based charity sent food.');
    expectTypes(r, { Velmora: 'place', Dravenport: 'place' });
  });

  it('organisation heads make an organisation', () => {
    const r = run('Shares of Trevane Holdings Inc. rose after Ostrel Corp. reported earnings.');
    expectTypes(r, { 'Trevane Holdings Inc.': 'org', 'Ostrel Corp.': 'org' });
  });

  it('one type per name per article: one strong cue types every mention, and a lone surname is the person', () => {
    const r = run(
      'Police said Halvor Brennick, 34, was arrested. Brennick denied the charge. Brennick will appear in court.',
    );
    expect(typeOf(r, 'Halvor Brennick')).toBe('person');
    expect(
      r.mentions
        .flat()
        .filter((m) => m.text === 'Brennick')
        .every((m) => m.type === 'person'),
    ).toBe(true);
    expect(entityOf(r, 'Brennick')).toBe(entityOf(r, 'Halvor Brennick'));
  });

  it('the gazetteers know countries, cities with population and US states', () => {
    const r = run('Aid reached Guatemala and Tijuana before trucks left San Diego for Ohio and Scotland.');
    for (const p of ['Guatemala', 'Tijuana', 'San Diego', 'Ohio', 'Scotland']) expect(typeOf(r, p), p).toBe('place');
  });

  it('a full name with a common given name is a person ("Donald John Trump")', () => {
    const r = run('The lawsuit named Donald John Trump and Maribel Okonkwo as defendants.');
    expectTypes(r, { 'Donald John Trump': 'person', 'Maribel Okonkwo': 'person' });
  });
});

describe('spans', () => {
  it('multi-word places are one mention', () => {
    const r = run('Rain fell across South Africa and the West Indies while New York stayed dry.');
    for (const p of ['South Africa', 'West Indies', 'New York']) expect(typeOf(r, p), p).toBe('place');
    expect(texts(r)).not.toContain('Africa');
  });

  it('a demonym before a name is not part of it and never takes the mention', () => {
    const r = run('Moroccan Hassim Belkadi won the race. North Korean leader Kim Jong Un watched.');
    expect(texts(r)).toContain('Hassim Belkadi');
    expect(texts(r)).not.toContain('Moroccan Hassim Belkadi');
    expectTypes(r, { 'Kim Jong Un': 'person', 'North Korean': 'demonym' });
    expect(entityOf(r, 'Kim Jong Un')).not.toBe(entityOf(r, 'North Korean'));
  });

  it('ALL-CAPS lines yield only names confirmed elsewhere or by a gazetteer', () => {
    const r = run(
      'FOOTBALL - LATE EQUALISER RESCUES OSKERBY AGAINST ENGLAND.\nRESULTS\n\nThe club drew with the visitors.',
    );
    expect(texts(r)).not.toContain('LATE EQUALISER');
    expect(texts(r)).not.toContain('RESULTS');
    expect(texts(r)).not.toContain('FOOTBALL');
    expect(typeOf(r, 'ENGLAND')).toBe('place');
  });

  it('table lines are read as lists of names', () => {
    const r = run('Weekend results:\n\nHalmere 2 Oskerby 1\nTrevane 0 Lindqvist Rovers 3\n\nHalmere stay top.');
    for (const n of ['Halmere', 'Oskerby', 'Trevane', 'Lindqvist Rovers']) expect(texts(r), n).toContain(n);
    // a one-word name that scores in a results line is a team
    for (const n of ['Oskerby', 'Trevane']) expect(typeOf(r, n), n).toBe('org');
  });

  it('contractions and time abbreviations are never entities', () => {
    const r = run('"I’m not leaving," she said. "I\'m staying." The vote closed at 9 P.M. GMT, and I\'ll wait.');
    for (const w of ['I’m', "I'm", "I'll", 'GMT', 'P.M.']) expect(texts(r), w).not.toContain(w);
  });

  it('"May" is a month only in date context', () => {
    const r = run('Theresa May spoke on May 3. Mrs. May said in May that talks would go on. Later, May said so too.');
    expect(typeOf(r, 'Theresa May')).toBe('person');
    const may = r.mentions.flat().filter((m) => m.text === 'May');
    // "Mrs. May" and "Later, May said" are the person; "May 3" and "in May" are dates
    expect(may.length).toBe(2);
    for (const m of may) expect(m.entity).toBe(entityOf(r, 'Theresa May'));
  });
});

describe('merges', () => {
  it('dotted and undotted acronyms are one entity (F.A.A. = FAA), also for acronyms no list knows', () => {
    const r = run(
      'The F.A.A. opened an inquiry.',
      'The FAA declined to comment, and the N.T.S.B. said the NTSB knew nothing.',
    );
    expect(entityOf(r, 'F.A.A.')).toBe(entityOf(r, 'FAA'));
    expect(entityOf(r, 'N.T.S.B.')).toBe(entityOf(r, 'NTSB'));
    const e = r.entities.find((x) => x.id === entityOf(r, 'FAA'))!;
    expect(e.merged_because.join(' ')).toMatch(/with and without dots/);
  });

  it('party plurals, adjectives and known aliases merge (Republican = Republicans = GOP)', () => {
    const r = run(
      'On Monday, Republicans in the Senate objected. The GOP leader said the Republican Party would vote no.',
      'A Republican aide disagreed.',
    );
    const id = entityOf(r, 'Republicans');
    expect(entityOf(r, 'GOP')).toBe(id);
    expect(entityOf(r, 'Republican Party')).toBe(id);
    expect(entityOf(r, 'Republican')).toBe(id);
  });

  it('hyphen and space variants of a name merge (Kim Jong-un = Kim Jong Un = Kim Jong - un)', () => {
    const r = run('Kim Jong-un met envoys.', 'Kim Jong Un left.', 'Leader Kim Jong - un returned.');
    const id = entityOf(r, 'Kim Jong Un');
    expect(entityOf(r, 'Kim Jong-un')).toBe(id);
    expect(entityOf(r, 'Kim Jong - un')).toBe(id);
    expect(r.entities.find((e) => e.id === id)!.merged_because.join(' ')).toMatch(/hyphen and space/);
  });

  it('a lone surname joins the one full name in its article even when another article has a namesake', () => {
    const r = run(
      'Talia Vornholt spoke first. Vornholt said taxes would fall.',
      'Bram Vornholt coached the team. Vornholt was pleased.',
    );
    expect(entityOf(r, 'Talia Vornholt')).not.toBe(entityOf(r, 'Bram Vornholt'));
    const lone = r.mentions[0].find((m) => m.text === 'Vornholt')!;
    expect(lone.entity).toBe(entityOf(r, 'Talia Vornholt'));
  });
});

describe('one key', () => {
  it('framing labels, sources and tone rows carry the entity id beside the display name', async () => {
    const { runFraming } = await import('../lib/framing/run.js');
    const text =
      'Finance Minister Orla Vantree said the budget was a disaster. "We will fix it," Vantree told reporters in Velmora.';
    const article = {
      id: 'a1',
      outlet: 'Daily Example',
      date: null,
      title: '',
      url: null,
      language: 'en',
      text,
      paragraphs: [],
    };
    const d = doc('a1', text, 'Daily Example');
    const ents = extractEntities([d]);
    const ids = new Map(ents.entities.map((e) => [e.name, e.id]));
    const { framing } = runFraming([article as never], { docs: [d], entities: ents, withOverlap: false });
    const label = framing.labels.find((r) => r.entity === 'Orla Vantree');
    expect(label?.entity_id).toBe(ids.get('Orla Vantree'));
    const source = framing.sources.find((r) => r.name === 'Orla Vantree');
    expect(source?.entity_id).toBe(ids.get('Orla Vantree'));
    const tone = framing.tone.find((r) => r.entity === 'Orla Vantree');
    if (tone) expect(tone.entity_id).toBe(ids.get('Orla Vantree'));
    for (const r of coMentionsOf(ents)) expect(ents.entities.some((e) => e.id === r.a)).toBe(true);
  });
});
