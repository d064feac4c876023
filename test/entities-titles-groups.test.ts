// Rows of the entity table a journalist reads on US copy: seats of government, a region's adjective, Arabic group
// names, state forms, names with a place's possessive inside, and broadcast programmes. Fixtures invented, modelled on
// the failure patterns.
import { describe, expect, it } from 'vitest';
import { entityWith, expectTypes, idsIn, run, typeOf } from './helpers/entities.js';

describe('seats of government and a region adjective', () => {
  const r = run(
    'Many Middle Eastern envoys lobbied on Capitol Hill on Monday , and aides at Downing Street listened .',
  );

  it('types Capitol Hill and Downing Street places, Middle Eastern a demonym', () => {
    expectTypes(r, { 'Capitol Hill': 'place', 'Downing Street': 'place', 'Middle Eastern': 'demonym' });
  });
});

describe('Arabic group names open with their group word', () => {
  const r = run(
    'Fighters of Ansar al-Qadr attacked the post . Ansar al-Qadr said it would go on . Jaish al-Nour joined them .',
    'Jabhat al-Wadi took the town . Its leader praised Jabhat al-Wadi .',
    'Al-Wadi said it held the road , and al-Wadi fighters stayed .',
    'In another town al-Wadi shelled the market .',
  );

  it('types them groups, not people with a particle name', () => {
    expectTypes(r, { 'Ansar al-Qadr': 'group', 'Jaish al-Nour': 'group', 'Jabhat al-Wadi': 'group' });
  });

  it('joins the name without its group word to the group', () => {
    const group = entityWith(r, 'Jabhat al-Wadi')?.id;
    expect(group).toBeDefined();
    expect(idsIn(r, 'd3', 'al-Wadi')).toEqual([group]);
  });
});

describe('a state named by its form', () => {
  const r = run(
    'A granddaughter of the founder of the Islamic Republic spoke . The Federal Republic of Korvia signed the deal .',
  );

  it('types "the Islamic Republic" and "Federal Republic of Korvia" places', () => {
    expectTypes(r, { 'Islamic Republic': 'place', 'Federal Republic of Korvia': 'place' });
  });
});

describe("a place's possessive inside a name", () => {
  const r = run(
    'Sara Lind , director of Canada ’ s Voice , said the voice of reason was lost . Iran ’ s Parliament voted .',
    "Canada's Voice , an advocacy group , disagreed . Ola Berg said his voice was heard .",
  );

  it('keeps "Canada’s Voice" whole, one entity in both spellings', () => {
    const e = entityWith(r, 'Canada ’ s Voice');
    expect(e).toBeDefined();
    expect(e?.name).toBe('Canada’s Voice');
    expect(entityWith(r, "Canada's Voice")?.id).toBe(e?.id);
  });

  it("leaves a place's body apart from the place", () => {
    expectTypes(r, { Iran: 'place', Parliament: 'org' });
  });
});

describe("a broadcaster's programme opened by a capitalised determiner", () => {
  const r = run(
    'Ann Vo said on ABC ’ s “ This Week , ” that it was over . Ola Berg said on ABC ’ s This Week that it was not .',
    'This week the senate met .',
  );

  it('keeps the title whole, a work rather than a person or a place', () => {
    expect(typeOf(r, 'This Week')).toBe('event');
    expect(idsIn(r, 'd0', 'This Week').length).toBe(2);
  });
});

describe("a name that owns its 's", () => {
  const r = run(
    "Harrow Bancorp bought Quillmen's for $9 billion . Quillmen's was the prize of the region , analysts said . " +
      "Harrow paid a premium for Quillmen's stock .",
    "The plan was Ann Vole's . Ann Vole's plan failed , and Germany's economy grew . The choice was Germany's .",
  );

  it("keeps the 's of a firm that stands without a noun, in every mention of the article", () => {
    const t = r.mentions[0].map((m) => m.text);
    expect(t.filter((x) => x === "Quillmen's").length).toBe(3);
    expect(t).not.toContain('Quillmen');
  });

  it("leaves a person's and a known place's possessive apart", () => {
    const t = r.mentions[1].map((m) => m.text);
    expect(t).toContain('Ann Vole');
    expect(t).toContain('Germany');
    expect(t).not.toContain("Germany's");
  });
});

describe("a monarch's regnal number one", () => {
  const r = run(
    '1540 - Queen Maribel I of Corvania was crowned . 1610 - Emperor Tovan I born .',
    'When King Olaf arrived I left the hall . Ann Vo , I think , agreed .',
  );

  it('keeps "I" after a monarch\'s name in the name', () => {
    expectTypes(r, { 'Maribel I': 'person', 'Tovan I': 'person' });
  });

  it('leaves the pronoun apart', () => {
    expect(typeOf(r, 'Olaf')).toBe('person');
    expect(typeOf(r, 'Olaf I')).toBeUndefined();
  });
});

describe('a body named with "and" before its title and holder', () => {
  const r = run(
    'On Monday , Customs and Border Protection Commissioner Kevin Dalworth said the agency was strained . The customs rules stay .',
    'He said Health and Human Services Secretary Alma Ferro met Brisk and House Speaker Ann Vale , and UN High Commissioner Ivo Marten spoke .',
    'A report by the UN High Commissioner for Refugees on health care came out .',
    'Their customs duties , customs checks , customs fees , customs staff and customs rules rose , as did health care , health costs , health plans , health rules and health aides .',
  );

  it('keeps the body whole and the holder a person', () => {
    expectTypes(r, {
      'Customs and Border Protection': 'org',
      'Kevin Dalworth': 'person',
      'Health and Human Services': 'org',
      'Ivo Marten': 'person',
    });
    expect(r.entities.some((e) => e.name.endsWith('High Commissioner for Refugees'))).toBe(true);
  });

  it('does not join a name before "and" to the next body', () => {
    expect(typeOf(r, 'Ann Vale')).toBe('person');
    expect(r.entities.some((e) => e.name.includes('Brisk and'))).toBe(false);
    expect(r.entities.some((e) => e.name === 'High' || e.name === 'Customs')).toBe(false);
  });
});
