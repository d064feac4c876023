// Merges and types on multi-event political news (issue 16, item 3), each on a small fixture written for it:
// surnames that stand alone in some articles, party adjectives before titles, "X of Y" names, institution heads.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, expectApart, expectSameEntity, run } from './helpers/entities.js';

const entityOf = entityWith;

describe('a surname alone joins the full name', () => {
  it('joins the one person with that surname in its article, though the corpus has several', () => {
    const r = run(
      'Senator Dana Whitcombe spoke on Monday. Whitcombe said the bill would pass.',
      'Dana Whitcombe and her husband Michael Whitcombe attended the gala.',
      'Critics of Whitcombe say the bill is weak. Whitcombe did not reply.',
      'Senator Dana Whitcombe voted no. Whitcombe later called it a mistake.',
      // a stray capitalised word before the surname makes a third "full name" in one article
      'Watch Whitcombe on the floor. Dana Whitcombe spoke for an hour, and Whitcombe won.',
    );
    const e = entityOf(r, 'Dana Whitcombe');
    expect(e?.type).toBe('person');
    expect(entityOf(r, 'Whitcombe')?.id).toBe(e?.id);
    expect(entityOf(r, 'Michael Whitcombe')?.id).not.toBe(e?.id);
    expect(e?.merged_because.some((w) => w.includes("surname 'whitcombe'"))).toBe(true);
  });

  it('an article without the full name follows its event', () => {
    const docs = [
      doc('a', 'Governor Pell Arkwright signed the order.'),
      doc('b', 'Arkwright defended the order on Tuesday.'),
      doc('c', 'Mayor Tess Arkwright opened the bridge.'),
      doc('d', 'Arkwright cut the ribbon.'),
      doc('e', 'The bridge cost more than Arkwright had said.'),
    ];
    const events = { a: 'order', b: 'order', c: 'bridge', d: 'bridge', e: 'bridge' };
    const r = extractEntities(docs, { events });
    const tess = r.entities.find((e) => e.name === 'Tess Arkwright');
    const bare = r.entities.find((e) => e.aliases.includes('Arkwright'));
    // two of the three articles naming "Arkwright" alone belong to the bridge event: it goes to Tess Arkwright
    expect(bare?.id).toBe(tess?.id);
  });

  it('two people with the surname in every article naming it alone: no merge', () => {
    const r = run(
      'Kip Varnell and Rosa Varnell argued. Varnell left.',
      'Kip Varnell met Rosa Varnell. Varnell stayed.',
    );
    expectApart(r, 'Varnell', 'Kip Varnell');
    expectApart(r, 'Varnell', 'Rosa Varnell');
  });
});

describe('party words', () => {
  it('a party adjective before a title or a noun is the party, not a person', () => {
    const r = run(
      'Republican Sen. Dana Whitcombe met Republican leaders. Senator Michael Republican was not there.',
      'The Republican Party met, and later the Republicans said no, and Democratic Sen. Kip Varnell agreed.',
      'Ohio Republican Mary Tollan spoke for an hour, then the Ohio Democrat replied.',
    );
    const party = entityOf(r, 'Republican Party');
    expect(party?.type).toBe('group');
    expect(entityOf(r, 'Republican')?.id).toBe(party?.id);
    expect(entityOf(r, 'Republicans')?.id).toBe(party?.id);
    expect(entityOf(r, 'Democratic')?.type).toBe('group');
    // a party word between a place and a name is split off both
    expect(entityOf(r, 'Mary Tollan')?.type).toBe('person');
    expect(entityOf(r, 'Ohio')?.type).toBe('place');
    expect(entityOf(r, 'Democrat')?.type).toBe('group');
    // longer names that start with a party word stay whole
    const w = run('The Democratic Republic of Congo and the Republican National Committee.');
    expect(entityOf(w, 'Democratic Republic of Congo')?.type).toBe('place');
    expect(entityOf(w, 'Republican National Committee')?.type).toBe('org');
  });
});

describe('party words without the party’s full name', () => {
  it('"Democratic" and "Democrats" are one party even where no article writes "Democratic Party"', () => {
    const r = run(
      'Democrats in the House blocked the bill. Democratic leaders said the vote would wait.',
      'The Democrats want a deal, and Democratic senators met on Monday. Republicans said no.',
    );
    expect(entityOf(r, 'Democratic')?.type).toBe('group');
    expectSameEntity(r, 'Democratic', 'Democrats');
    expectApart(r, 'Republicans', 'Democrats');
  });

  it('a party written mostly as an adjective is shown by its plural: "Democrats", not "Democratic"', () => {
    const r = run(
      'Democratic leaders met. Democratic senators agreed, and Democratic aides wrote the bill, and the Democrats cheered.',
      'Republican senators and Republican governors objected; the Republican plan failed, and the Republicans regrouped.',
      'ISIS claimed the attack. Two Isis fighters fled, and ISIS lost the town.',
    );
    expect(r.entities.find((e) => e.aliases.includes('Democratic'))?.name).toBe('Democrats');
    expect(r.entities.find((e) => e.aliases.includes('Republican'))?.name).toBe('Republicans');
    // an acronym is no singular of its mixed-case spelling
    expect(r.entities.find((e) => e.aliases.includes('Isis'))?.name).toBe('ISIS');
  });
});

describe('"X of Y" names and institution heads', () => {
  it('a capitalised common noun, "of" and a capitalised or number word stay one name', () => {
    const r = run(
      'The Gang of Eight wrote the bill. Sen. Dana Whitcombe of Ohio, a member of the Gang of Eight, spoke.',
      'A gang of teenagers was seen near the Rock of Ages chapel, and the rock was wet.',
    );
    expect(entityOf(r, 'Gang of Eight')?.type).toBe('group');
    expect(r.entities.map((e) => e.name)).not.toContain('Eight');
    expect(entityOf(r, 'Rock of Ages')).toBeDefined();
    // a person "of" a place stays two names
    expect(entityOf(r, 'Dana Whitcombe')?.type).toBe('person');
    expect(entityOf(r, 'Ohio')?.type).toBe('place');
  });

  it('institutions named by a building or a service are organisations; a surname head after a given name is not', () => {
    const r = run(
      'The White House said the Border Patrol would hire agents, and Immigration and Customs Enforcement agreed.',
      'Mary House, a nurse, said the Highway Patrol stopped her.',
    );
    expect(entityOf(r, 'White House')?.type).toBe('org');
    expect(entityOf(r, 'Border Patrol')?.type).toBe('org');
    expect(entityOf(r, 'Highway Patrol')?.type).toBe('org');
    expect(entityOf(r, 'Immigration and Customs Enforcement')?.type).toBe('org');
    expect(entityOf(r, 'Mary House')?.type).toBe('person');
  });
});

describe('the head of an "X of Y" name', () => {
  it('joins the one "X of Y" name it heads, and not when two share the head', () => {
    const r = run(
      'The Gang of Eight met on Monday. Later the Gang released its bill.',
      'Critics said the Gang had moved too fast.',
    );
    expectSameEntity(r, 'Gang', 'Gang of Eight');
    const two = run('The Council of Elders and the Council of Ten met; the Council adjourned.');
    expectApart(two, 'Council', 'Council of Elders');
    expectApart(two, 'Council', 'Council of Ten');
  });

  it('counts every spelling of a rival: "the Department" of a Justice Department statement is not Homeland Security', () => {
    const r = run(
      'The Department of Homeland Security said agents would carry out the order. DHS officials agreed.',
      'Justice Department lawyers argued the order was lawful. A spokeswoman said the Department will defend it.',
      'The Department of Justice asked the court to act.',
    );
    const dhs = entityOf(r, 'Department of Homeland Security');
    expect(entityOf(r, 'Department')?.id).not.toBe(dhs?.id);
    expectSameEntity(r, 'Department', 'Justice Department');
  });

  it('with rivals, an article joins the head to the "X of Y" name only when it names no other body ending in it', () => {
    const r = run(
      'The House of Representatives passed the bill. The House then adjourned.',
      'The White House praised the vote. The House will take up the next bill in May.',
      'The House of Commons debated the treaty; the House voted late.',
    );
    const reps = entityOf(r, 'House of Representatives');
    const house = r.entities.find((e) => e.name === 'House');
    expect(reps?.mentions.length).toBe(2);
    expect(entityOf(r, 'House of Commons')?.mentions.length).toBe(2);
    expect(house?.id).not.toBe(entityOf(r, 'White House')?.id);
    expect(house?.mentions.length).toBe(1);
  });
});

describe('a politician with a spokesman is still a person', () => {
  it('"Whitcombe spokesman …" does not outvote "Mr. Whitcombe" and the full name', () => {
    const r = run(
      'House Speaker Dana Whitcombe spoke on Monday. Whitcombe spokesman Al Reyes said the vote would wait.',
      'Whitcombe spokesman Al Reyes declined to comment.',
      'Mr. Whitcombe said the bill was dead.',
      'Speaker Dana Whitcombe, Ohio Republican, said no.',
    );
    const e = entityOf(r, 'Dana Whitcombe');
    expect(e?.type).toBe('person');
    expect(entityOf(r, 'Whitcombe')?.id).toBe(e?.id);
  });

  it('a middle initial stays inside the name: "John Q. Whitcombe" is one person with "Whitcombe"', () => {
    const r = run('House Speaker John Q. Whitcombe, Ohio Republican, said no. Later Mr. Whitcombe left.');
    const e = entityOf(r, 'John Q. Whitcombe');
    expect(e?.type).toBe('person');
    expect(entityOf(r, 'Whitcombe')?.id).toBe(e?.id);
  });
});

describe('titles with an "of" complement and titles with a department', () => {
  it('"Secretary of State John Kerry" is John Kerry, never "State John Kerry"', () => {
    const r = run(
      'Secretary of State John Kerry said the talks would resume.',
      'Kerry spoke in Geneva. John Kerry met his counterpart.',
      'U.S. Secretary of State John F. Kerry spoke on Friday.',
    );
    const names = r.entities.map((e) => e.name);
    expect(names.some((n) => n.startsWith('State'))).toBe(false);
    const e = entityOf(r, 'John Kerry');
    expect(e?.name).toBe('John Kerry');
    expect(entityOf(r, 'John F. Kerry')?.id).toBe(e?.id);
    expect(e?.mentions.length).toBe(4);
  });

  it('a title and its complement with no name after them name nobody', () => {
    const r = run('The Secretary of State said the talks would resume. The Minister of Defence said no.');
    expect(r.entities.map((e) => e.name)).toEqual([]);
  });

  it('"Homeland Security Secretary Janet Napolitano": the department is not a person', () => {
    const r = run('Homeland Security Secretary Janet Napolitano visited the border.');
    expect(entityOf(r, 'Homeland Security')?.type).not.toBe('person');
    expect(entityOf(r, 'Janet Napolitano')?.type).toBe('person');
  });
});

describe('an institution that shares a surname stays apart', () => {
  it('"the House" is not the spokesman Matt House, though he is the one person with that surname', () => {
    const r = run(
      'The House passed the bill on Tuesday. Senate leaders said the House had gone too far.',
      'The House will vote again next week, leaders said.',
      'A House committee held hearings. The House Judiciary Committee chairman spoke.',
      '"We will not take it up," said Matt House, a spokesman for the Senate leader.',
    );
    const house = entityOf(r, 'House');
    expect(house?.name).toBe('House');
    expect(house?.id).not.toBe(entityOf(r, 'Matt House')?.id);
  });
});
