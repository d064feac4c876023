// One row per entity on real news (ents45): a person whose family name comes first is called by it alone ("Ban
// said", "Mr. Ban"), even where the corpus writes the rest of the name as a word ("moon", "in"); a month after an
// opening bracket or quote is no surname; a long name whose last word follows "and", "wal" or "of" lends that word to
// nobody; a given name spelled with and without a silent "h" in one article is one person. Fixtures written for these
// tests.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';

/** Ordinary prose writing "ban" and "moon" in lower case, as news does ("the travel ban", "the moon landing"). */
const PROSE = Array.from(
  { length: 12 },
  (_, k) => `The ban on exports was lifted in week ${k} , and the moon rose over the harbour .`,
).join(' ');

describe('a family name written first', () => {
  const r = run(
    PROSE,
    'U.N. Secretary-General Ban Ki-moon flew to Cairo on Monday . After talks with the foreign minister , Ban said the fighting must stop .',
    'Secretary-General Ban Ki-moon urged restraint . In Vienna , Ban told reporters the inspectors needed time .',
    'When Mr. Ban asked the envoy to be brief , the envoy went on . Mr. Ban later lamented the speech .',
    'Secretary-General Ban reiterated the call for a truce , and the council agreed .',
    'South Korean President Moon Jae-in met the envoy in Seoul . Later , Moon said talks would go on .',
  );

  it('keeps the hyphened given name in the name, though the corpus writes its syllable as a word', () => {
    expect(entityWith(r, 'Ban Ki-moon')?.name).toBe('Ban Ki-moon');
    expect(entityWith(r, 'Moon Jae-in')?.name).toBe('Moon Jae-in');
  });

  it('keeps "Ban said" a mention of the person, in the article naming him in full', () => {
    expect(idsIn(r, 'd1', 'Ban')).toEqual([entityWith(r, 'Ban Ki-moon')?.id]);
    expect(idsIn(r, 'd2', 'Ban')).toEqual([entityWith(r, 'Ban Ki-moon')?.id]);
    expectSameEntity(r, 'Moon Jae-in', 'Moon');
  });

  it('joins "Mr. Ban" of articles that never name him in full', () => {
    const id = entityWith(r, 'Ban Ki-moon')?.id;
    expect(idsIn(r, 'd3', 'Ban')).toEqual([id, id]);
    expect(idsIn(r, 'd4', 'Ban')).toEqual([id]);
  });
});

describe('a family name written first, beside a word the corpus mostly writes in lower case', () => {
  const prose = Array.from({ length: 25 }, (_, k) => `The ban on imports held in week ${k} .`).join(' ');
  const r = run(
    prose,
    'U.N. Secretary-General Ban Ki-moon flew to Cairo on Monday . After talks with the foreign minister , Ban said the fighting must stop .',
  );

  it('keeps "Ban said" as a mention of the person the article names in full', () => {
    expect(idsIn(r, 'd1', 'Ban')).toEqual([entityWith(r, 'Ban Ki-moon')?.id]);
  });
});

describe('a given name after a title is no family name written first', () => {
  const r = run(
    'Carlos Ruiz , a 16-year-old migrant , arrived in May . Carlos told the nurse he was hungry .',
    'Mr. Carlos , the principal , declined to comment .',
    'Coach Carlos praised the team . Mr. Carlos said the season was over .',
  );

  it('leaves "Mr. Carlos" of other articles apart from Carlos Ruiz', () => {
    expect(idsIn(r, 'd0', 'Carlos')).toEqual([entityWith(r, 'Carlos Ruiz')?.id]);
    expect(idsIn(r, 'd1', 'Carlos')[0]).not.toBe(entityWith(r, 'Carlos Ruiz')?.id);
    expect(idsIn(r, 'd2', 'Carlos')[0]).not.toBe(entityWith(r, 'Carlos Ruiz')?.id);
  });
});

describe('a month after an opening bracket or quote', () => {
  const r = run(
    'Prime Minister Theresa May met the envoy . May said the deal was done .',
    'The court ruled on Tuesday . ( In May , the former leader was sentenced to three years . )',
    'The sheikh told me : `` In May of 2006 , I worked closely with the army . ``',
  );

  it('is no mention of the person named with it', () => {
    expect(idsIn(r, 'd1', 'May')).toEqual([]);
    expect(idsIn(r, 'd2', 'May')).toEqual([]);
  });
});

describe('a long name whose last word follows a joiner', () => {
  const r = run(
    'The radical website Minbar al-Tawhid Wal Jihad posted guidelines for women .',
    'Jihad , a day laborer , drove his nephew to the camp . Jihad said the boy cried at night .',
    'The Prophet is our leader ; Jihad is our way , the pamphlet read .',
  );

  it('lends that word to nobody', () => {
    expectApart(r, 'Minbar al-Tawhid Wal Jihad', 'Jihad');
  });
});

describe('one given name spelled with and without a silent "h" in one article', () => {
  const r = run(
    'Police charged a man identified as Cristhian Rosales with murder . Rosales used a false identity .',
    'Cristhian Rosales , 24 , was charged on Monday . Christhian Rosales , his lawyer said , is innocent .',
    'Mario Tellez and his sister Maria Tellez ran the shop . Maria Tellez said sales fell .',
    'Dana Rosales , a teacher , spoke at the school board meeting .',
  );

  it('joins the two spellings of the one person', () => {
    expectSameEntity(r, 'Cristhian Rosales', 'Christhian Rosales');
  });

  it('keeps relatives named together apart', () => {
    expectApart(r, 'Mario Tellez', 'Maria Tellez');
  });
});
