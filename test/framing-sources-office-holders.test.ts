// Who speaks: a bare title ("the senator", "the attorney general") is the one holder the article names with that
// title, in any of its written forms ("Sen. Ana Doe"), and also when the article names the holder only after the
// title; offices written with a media word ("the vice president", "the press secretary") are no medium; plural titles
// ("Sens. Ana Doe and Ivo Brenn") give each person of the list. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe('a bare title', () => {
  it('is the holder named later in the article', () => {
    const d = fixtureDoc(
      'oh1',
      'The secretary said the new rules would start in March.\n\n' +
        'Harbour Security Secretary Lena Varkoni announced the rules in a memo to staff on Monday.',
    );
    expect(rows(d, [person(d, 'Lena Varkoni')])).toContainEqual(['The secretary', 'named', 'Lena Varkoni']);
  });

  it('reads the abbreviated title the article wrote before the name', () => {
    const d = fixtureDoc(
      'oh2',
      'Sen. Orrin Maldive opened the hearing on Tuesday.\n\n' +
        "`` The provision is dangerous , '' the senator argued .\n\n" +
        'Rep. Tomas Ekwall spoke at the rally in the afternoon.\n\n' +
        "`` We will not back down , '' the congressman said .",
    );
    const r = rows(d, [person(d, 'Orrin Maldive'), person(d, 'Tomas Ekwall')]);
    expect(r).toContainEqual(['the senator', 'named', 'Orrin Maldive']);
    expect(r).toContainEqual(['the congressman', 'named', 'Tomas Ekwall']);
  });

  it('is the attorney general or the ambassador the article titled so', () => {
    const d = fixtureDoc(
      'oh3',
      'Attorney General Ruth Calloway visited the border on Friday. Ambassador Piet Lommers joined her.\n\n' +
        "`` The system is broken , '' the attorney general said .\n\n" +
        "`` We talked for an hour , '' the ambassador added .",
    );
    const r = rows(d, [person(d, 'Ruth Calloway'), person(d, 'Piet Lommers')]);
    expect(r).toContainEqual(['the attorney general', 'named', 'Ruth Calloway']);
    expect(r).toContainEqual(['the ambassador', 'named', 'Piet Lommers']);
  });

  it('stays unresolved when two holders are named only later', () => {
    const d = fixtureDoc(
      'oh4',
      'The senator said the bill would pass.\n\n' +
        'Sen. Orrin Maldive and Sen. Dana Kyrie met on Tuesday to talk about the bill.',
    );
    const r = rows(d, [person(d, 'Orrin Maldive'), person(d, 'Dana Kyrie')]);
    expect(r.find((x) => x[0] === 'The senator')?.[1]).toBe('unresolved');
  });

  it('stays unresolved when the title also stands before a name no person entity holds', () => {
    const d = fixtureDoc(
      'oh11',
      'Police chief Brig-Gen Hossein Varadi said his officers did not fire.\n\n' +
        'Gen Amir Tavassoli said on Saturday that the air defences were on alert .\n\n' +
        'The operator mistook the flight for a missile , according to the general .',
    );
    // the entity stage typed only the first as a person
    const r = rows(d, [person(d, 'Hossein Varadi')]);
    expect(r.find((x) => x[0].startsWith('the general'))?.[1]).not.toBe('named');
  });

  it('is not a deputy or vice holder', () => {
    const d = fixtureDoc(
      'oh5',
      'Deputy Attorney General Ruth Calloway visited the border on Friday.\n\n' +
        "`` The system is broken , '' the attorney general said .",
    );
    expect(rows(d, [person(d, 'Ruth Calloway')]).filter((x) => x[1] === 'named')).toEqual([]);
  });
});

describe('an office written with a media word', () => {
  it('is the vice president or press secretary, not a medium', () => {
    const d = fixtureDoc(
      'oh6',
      'Vice President Colm Ardery met the king on Monday.\n\n' +
        "`` This is a fair deal , '' the vice president said .\n\n" +
        "`` The president 's actions are legal , '' the press secretary said .",
    );
    const r = rows(d, [person(d, 'Colm Ardery')]);
    expect(r).toContainEqual(['the vice president', 'named', 'Colm Ardery']);
    expect(r.filter((x) => x[1] === 'media')).toEqual([]);
  });
});

describe('a plural title before a list', () => {
  it('gives each senator or representative of the list', () => {
    const d = fixtureDoc(
      'oh7',
      "`` The order is unacceptable , '' said Sens . Ana Dorrit and Ivo Brenholt , both Illinois Democrats .\n\n" +
        "`` It will end , '' said Reps. Luis Varga and Zoe Lindqvist , two leading Democrats .",
    );
    const names = ['Ana Dorrit', 'Ivo Brenholt', 'Luis Varga', 'Zoe Lindqvist'];
    const r = rows(
      d,
      names.map((n) => person(d, n)),
    );
    for (const n of names) expect(r.filter((x) => x[1] === 'named').map((x) => x[2])).toContain(n);
  });
});

describe('a plural title opening a long list', () => {
  it('keeps both people when their states follow their names', () => {
    const d = fixtureDoc(
      'oh8',
      'Republican lawmakers were quick to praise the increase in aid . Sens . Ana Dorrit of South Carolina and Ivo ' +
        "Brenholt of Arizona said in a joint statement : `` The red line has been crossed . ''",
    );
    const r = rows(d, [person(d, 'Ana Dorrit'), person(d, 'Ivo Brenholt')]);
    expect(r.filter((x) => x[1] === 'named').map((x) => x[2])).toEqual(['Ana Dorrit', 'Ivo Brenholt']);
  });
});

describe('a source cited between commas', () => {
  it('leaves the reporter before it speaking', () => {
    const d = fixtureDoc(
      'oh9',
      'The program ends in March.\n\n' +
        'Valdor Wire , citing sources familiar with the situation , said the president will give lawmakers six ' +
        'months to act .\n\n' +
        "A spokesperson for Harbourland 's Foreign Office , citing the Valdorian government , said a national was " +
        'among the dead .',
    );
    const r = rows(d);
    expect(r.map((x) => x[0])).toContain('Valdor Wire');
    expect(r.map((x) => x[0])).toContain("A spokesperson for Harbourland 's Foreign Office");
  });

  it('is no reporter when no verb of saying follows it', () => {
    const d = fixtureDoc(
      'oh10',
      'The statements came amid media reports , citing Valdorian officials , that the weapons had been moved .',
    );
    expect(rows(d).map((x) => x[0])).not.toContain('The statements came amid media');
  });
});
