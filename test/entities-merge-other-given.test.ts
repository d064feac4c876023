// One row per entity on real news (ents51): a different given name is a different person (a credit cut short, "Nora
// Baxter for the Daily Ledger"; an untyped full name the article names); a quoted nickname is its person's name; a
// campus's town is not the university; the display name leaves a quoted nickname out; a country before a body's name
// is no other name of it. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityWith, expectApart, expectSameEntity, idsIn, run } from './helpers/entities.js';
import { distinctNames } from '../lib/entities/alias-kinds.js';

const SENATOR = [
  'Senator Harold Baxter of Ohio spoke on Monday . Baxter said the bill would pass . Mr. Baxter later left .',
  'Harold Baxter voted no . Baxter said he would try again .',
  'The senate vote failed . Harold Baxter blamed the leaders , and Baxter said so twice .',
];

describe('a listed given name right before a bare surname', () => {
  const r = run(
    ...SENATOR,
    'Workers wash cars on Tuesday in Dayton . Nora Baxter for The Daily Ledger\nThe shift is partly due to wages .',
  );

  it('keeps the credit apart from the senator, shown in full', () => {
    const k = r.docs.findIndex((d) => d.id === 'd3');
    const m = r.mentions[k].find((x) => x.text === 'Baxter' || x.text === 'Nora Baxter');
    expect(m).toBeDefined();
    const e = r.entities.find((x) => x.id === m!.entity);
    expect(e?.name).toBe('Nora Baxter');
  });

  it('still gives the senator his own bare surname', () => {
    expectSameEntity(r, 'Baxter', 'Harold Baxter');
  });
});

describe('an article naming another holder of the surname in full', () => {
  const r = run(
    ...SENATOR,
    'But Ilsabet Baxter , director of the Riverside Housing Project , disagreed . Baxter said families would suffer .',
  );

  it('gives the bare surname to that holder, not to the senator', () => {
    const senator = entityWith(r, 'Harold Baxter')?.id;
    expect(idsIn(r, 'd3', 'Baxter')).not.toContain(senator);
    expect(idsIn(r, 'd3', 'Baxter')).toEqual([entityWith(r, 'Ilsabet Baxter')?.id]);
  });
});

describe('a nickname quoted inside a full name', () => {
  const r = run(
    "The drug lord Ramon `` El Toro '' Valdez was extradited on Friday . El Toro had escaped twice .",
    'Prosecutors said El Toro ran the cartel for decades .',
    'El Toro will stand trial in Brooklyn .',
  );

  it('joins the bare nickname to its person', () => {
    expectSameEntity(r, 'El Toro', "Ramon `` El Toro '' Valdez");
  });

  it('shows the person without the quoted nickname', () => {
    expect(entityWith(r, "Ramon `` El Toro '' Valdez")?.name).toBe('Ramon Valdez');
  });
});

describe("a campus's town", () => {
  const r = run(
    'Students at the University of Montana Kalispell protested on Monday . Kalispell residents joined them in Kalispell .',
  );

  it('is not the university', () => {
    expectApart(r, 'Kalispell', 'University of Montana Kalispell');
  });
});

describe('a common word as the subject of "said"', () => {
  const r = run(
    'Shares of Dockside Anchor fell on Friday , and Dockside Anchor shares fell again on Monday . “ We will recover , ” Anchor said in a statement .',
    'The ship dropped its anchor near the pier .',
  );

  it('is the short form of the one name it ends', () => {
    expectSameEntity(r, 'Anchor', 'Dockside Anchor');
  });
});

describe('a country before a body’s name', () => {
  it('is no other name of the body', () => {
    expect(distinctNames(['House', 'U.S. House', 'House of Representatives'])).toBe(2);
    expect(distinctNames(['Senate', 'US Senate'])).toBe(1);
  });
});
