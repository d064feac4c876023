// Competing labels for one group ("illegal" / "undocumented" immigrants): the contrast a journalist reads in the
// report's framing findings and in notebook 04, on rows and on small articles written for it.
import { describe, expect, it } from 'vitest';
import { labelContrasts, labelVariant, type ContrastRow } from '../lib/framing/label-contrast.js';
import { labelFindings } from '../lib/report/label-findings.js';
import { chanceOdds, splitChance } from '../lib/framing/split-chance.js';
import { runFraming } from '../lib/framing/run.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const row = (outlet: string, label: string, own: number, event?: string): ContrastRow => ({
  entity: 'immigrants',
  outlet,
  label,
  kind: 'group',
  own,
  ...(event ? { event } : {}),
});

describe('label variants', () => {
  it('are the words before the head noun, or the head lemma of a one-word label', () => {
    expect(labelVariant('illegal immigrants')).toBe('illegal');
    expect(labelVariant('the undocumented immigrant')).toBe('undocumented');
    expect(labelVariant('illegal immigrant parents')).toBe('illegal immigrant');
    expect(labelVariant('adults')).toBe(labelVariant('adult'));
  });
});

describe('labelContrasts', () => {
  const split = [
    row('Ledger', 'illegal immigrants', 4),
    row('Ledger', 'illegal immigrant', 1),
    row('Courier', 'illegal immigrants', 2),
    row('Tribune', 'undocumented immigrants', 3),
    row('Observer', 'undocumented migrants', 2),
    row('Observer', 'immigrants', 5),
    row('Ledger', 'immigrants', 2),
  ];

  it('finds the two labels the outlets split over, with who uses which in its own narration', () => {
    const [c] = labelContrasts(split);
    expect(c.entity).toBe('immigrants');
    expect(c.sides.map((s) => s.variant)).toEqual(['illegal', 'undocumented']);
    expect(c.sides[0].outlets).toEqual([
      { outlet: 'Ledger', own: 5 },
      { outlet: 'Courier', own: 2 },
    ]);
    expect(c.sides[1].labels).toEqual(['undocumented immigrants', 'undocumented migrants']);
    expect(c.both).toEqual([]);
    expect(c.evidence).toBe(5);
  });

  it('does not count quotes: an outlet quoting "illegal immigrants" has not chosen the label', () => {
    const quoted = split.map((r) => (r.outlet === 'Courier' || r.outlet === 'Ledger' ? { ...r, own: 0 } : r));
    expect(labelContrasts(quoted)).toEqual([]);
  });

  it('needs each side to rest on repeated use, not single uses scattered over outlets', () => {
    const thin = [
      row('A', 'illegal immigrants', 1),
      row('B', 'illegal immigrants', 1),
      row('C', 'illegal immigrants', 1),
      row('D', 'undocumented immigrants', 3),
    ];
    expect(labelContrasts(thin)).toEqual([]);
  });

  it('keeps no contrast most outlets use both sides of', () => {
    const mixed = ['A', 'B', 'C'].flatMap((o) => [
      row(o, 'illegal immigrants', 3),
      row(o, 'undocumented immigrants', 3),
    ]);
    expect(labelContrasts(mixed)).toEqual([]);
  });

  it('leaves names and house spellings to the entity merges', () => {
    const names = [
      row('A', 'ISIS fighters', 4),
      row('B', 'Islamic State fighters', 4),
      row('C', 'GOP nominee', 3),
      row('D', 'Republican nominee', 3),
    ];
    expect(labelContrasts(names)).toEqual([]);
  });

  it('with events, keeps only labels that meet in one story: farm workers and tech workers are different people', () => {
    const apart = [row('A', 'farm workers', 4, 'e1'), row('B', 'tech workers', 4, 'e2'), row('A', 'workers', 1, 'e2')];
    expect(labelContrasts(apart)).toEqual([]);
    const together = [row('A', 'illegal immigrants', 4, 'e1'), row('B', 'undocumented immigrants', 4, 'e1')];
    expect(labelContrasts(together)[0].events).toBe(1);
  });

  it('with judgement weights, keeps only sides that differ in judgement: two neutral words name two kinds of people', () => {
    const w = (r: ContrastRow, evaluative: number) => ({ ...r, entity: 'workers', evaluative });
    const kinds = [
      w(row('A', 'farm workers', 4, 'e1'), 0),
      w(row('B', 'low-paid workers', 3, 'e1'), 0),
      w(row('C', 'seasonal workers', 3, 'e1'), 0.05),
    ];
    expect(labelContrasts(kinds)).toEqual([]);
    // without weights (rows from elsewhere) the same rows still split the outlets
    expect(labelContrasts(kinds.map(({ evaluative: _, ...r }) => r))).toHaveLength(1);
    const judged = [...kinds, w(row('D', 'exploited workers', 4, 'e1'), 0.6)];
    const [c] = labelContrasts(judged);
    expect(c.sides.map((s) => s.variant)).toContain('exploited');
    expect(c.judgement).toBeGreaterThanOrEqual(0.25);
  });

  it('becomes a finding that names both sides and links to the label table', () => {
    const [f] = labelFindings(split);
    expect(f.text).toContain('what to call immigrants');
    expect(f.text).toContain('“illegal immigrants” / “illegal immigrant” (Ledger 5, Courier 2)');
    expect(f.text).toContain('against “undocumented immigrants” / “undocumented migrants” (Tribune 3, Observer 2)');
    expect(f.evidence).toEqual([{ href: '#labels', label: 'labels by outlet' }]);
  });
});

describe('label contrasts from articles', () => {
  // the fields runFraming reads; provenance and the rest matter only to the loader and the tables
  const art = (id: string, outlet: string, text: string): Article =>
    ({ id, outlet, date: '2024-06-10', title: '', text, paragraphs: paragraphsOf(text) }) as Article;
  const articles = [
    art(
      'l1',
      'Ledger',
      'Border agents detained dozens of illegal immigrants near the river on Monday.\n\n' +
        'The illegal immigrants who were caught were taken to a processing centre in the town.\n\n' +
        'Officials counted the illegal immigrants who crossed this month.',
    ),
    art(
      't1',
      'Tribune',
      'Border agents detained dozens of undocumented immigrants near the river on Monday.\n\n' +
        'The undocumented immigrants who were caught were taken to a processing centre in the town.\n\n' +
        'Advocates saw the undocumented immigrants waiting for hours without water.',
    ),
    art(
      'q1',
      'Courier',
      'The mayor spoke on Monday. "We will not house illegal immigrants here," she said.\n\n' +
        'The immigrants who arrived were moved to a shelter outside the town by evening, and the immigrants will stay a week.',
    ),
  ];

  it('sets the outlets that write each label apart, and leaves out the one that only quotes it', () => {
    const { framing } = runFraming(articles, { withOverlap: false, events: { l1: 'e', t1: 'e', q1: 'e' } });
    const [c] = labelContrasts(framing.labels);
    expect(c?.entity).toBe('immigrants');
    const sides = Object.fromEntries(c.sides.map((s) => [s.variant, s.outlets.map((x) => x.outlet)]));
    expect(sides).toEqual({ illegal: ['Ledger'], undocumented: ['Tribune'] });
    expect(c.judgement).toBeGreaterThanOrEqual(0.25); // "illegal" judges, "undocumented" describes
  });

  it('finds no competing label where outlets only name two kinds of people in neutral words', () => {
    const kinds = articles.map((a) => ({
      ...a,
      text: a.text
        .replace(/illegal immigrants/g, 'rural immigrants')
        .replace(/undocumented immigrants/g, 'urban immigrants'),
    }));
    const { framing } = runFraming(kinds, { withOverlap: false, events: { l1: 'e', t1: 'e', q1: 'e' } });
    expect(framing.labels.some((r) => r.label === 'rural immigrants' && r.own > 0)).toBe(true);
    expect(labelContrasts(framing.labels)).toEqual([]);
  });
});

describe('label contrasts on a one-story corpus', () => {
  const g = (outlet: string, label: string, own: number, evaluative: number): ContrastRow => ({
    ...row(outlet, label, own, 'e1'),
    evaluative,
  });
  // one story, five outlets: the head alone is every outlet's re-mention, "illegal" and "undocumented" the choice
  const story = [
    g('Ledger', 'illegal immigrants', 9, 0.625),
    g('Courier', 'illegal immigrants', 4, 0.625),
    g('Tribune', 'undocumented immigrants', 4, 0),
    g('Observer', 'undocumented immigrants', 3, 0),
    g('Tribune', 'immigrants', 12, 0),
    g('Observer', 'immigrants', 9, 0),
    g('Herald', 'immigrants', 14, 0),
  ];

  it('sets no bare head against a modifier of the same head: "immigrants" re-mentions, it does not choose', () => {
    const cs = labelContrasts(story);
    expect(cs).toHaveLength(1);
    expect(cs[0].sides.map((s) => s.variant).sort()).toEqual(['illegal', 'undocumented']);
    // without the describing modifier, the head alone is no side at all
    expect(labelContrasts(story.filter((r) => !r.label.startsWith('undocumented')))).toEqual([]);
  });

  it('keeps a bare head of another noun as a side: "migrants" against "illegal immigrants" is a choice of noun', () => {
    const nouns = [
      g('Ledger', 'illegal immigrants', 5, 0.625),
      g('Courier', 'illegal immigrants', 3, 0.625),
      g('Tribune', 'migrants', 8, 0),
      g('Herald', 'migrants', 6, 0),
    ];
    const [c] = labelContrasts(nouns);
    expect(c.sides.map((s) => s.variant).sort()).toEqual(['illegal', 'migrant']);
  });

  it('states how unlikely the split is by chance, and puts the least likely first', () => {
    const lopsided = [
      { ...row('Ledger', 'illegal workers', 3, 'e1'), entity: 'workers' },
      { ...row('Tribune', 'undocumented workers', 60, 'e1'), entity: 'workers' },
      { ...row('Observer', 'undocumented workers', 40, 'e1'), entity: 'workers' },
    ];
    const even = [row('Ledger', 'illegal immigrants', 5, 'e1'), row('Tribune', 'undocumented immigrants', 5, 'e1')];
    const cs = labelContrasts([...even, ...lopsided]);
    expect(cs.map((c) => c.entity)).toEqual(['workers', 'immigrants']);
    expect(cs[0].chance).toBeGreaterThan(5); // 3 uses all in the one outlet of 103 uses that never writes the other
    expect(cs[1].chance).toBeCloseTo(2.4, 1); // 1 in 252
  });

  it('becomes a finding with the uses of the outlets that write both and the odds', () => {
    const mixed = [
      ...story,
      g('Gazette', 'illegal immigrants', 2, 0.625),
      g('Gazette', 'undocumented immigrants', 6, 0),
    ];
    const [f] = labelFindings(mixed);
    expect(f.text).toContain('Gazette uses both, “illegal” twice and “undocumented” 6 times');
    const two = [
      ...mixed,
      g('Sentinel', 'illegal immigrants', 2, 0.625),
      g('Sentinel', 'undocumented immigrants', 2, 0),
    ];
    expect(labelFindings(two)[0].text).toContain(
      'outlets using both: Gazette (“illegal” twice and “undocumented” 6 times) and Sentinel (twice each)',
    );
    expect(f.text).toMatch(/by chance (?:less than )?1 in [\d,a-z ]+ times/);
  });

  it('names the three outlets using both most and counts the rest, as the slip list does', () => {
    // four outlets a side and four writing both (at most a third of the twelve): the finding lists three of them
    const sides = ['Ledger', 'Courier', 'Beacon', 'Record'].flatMap((o, k) => [
      g(o, 'illegal immigrants', 10 + k, 0.625),
      g(o.replace(/^./, 'T'), 'undocumented immigrants', 10 + k, 0),
    ]);
    const mixing = [
      ['Gazette', 2, 6],
      ['Sentinel', 9, 9],
      ['Mercury', 3, 3],
      ['Clarion', 4, 5],
    ].flatMap(([o, a, b]) => [
      g(o as string, 'illegal immigrants', a as number, 0.625),
      g(o as string, 'undocumented immigrants', b as number, 0),
    ]);
    const text = labelFindings([...sides, ...mixing])[0].text;
    expect(text).toContain(
      'outlets using both: Sentinel (9 times each), Clarion (“illegal” 4 times and “undocumented” 5 times), Gazette (“illegal” twice and “undocumented” 6 times) and 1 more outlet.',
    );
    expect(text).not.toContain('Mercury');
  });

  it('counts an outlet writing the other side once against twenty as choosing its side, and says so', () => {
    // Tribune writes "illegal" once against 20 "undocumented", Observer once against 6: neither writes both sides
    // alike, so the split is stated, not sunk by the one-third guard (two of four outlets "using both")
    const leaning = [
      g('Ledger', 'illegal immigrants', 40, 0.625),
      g('Tribune', 'undocumented immigrants', 20, 0),
      g('Tribune', 'illegal immigrants', 1, 0.625),
      g('Observer', 'undocumented immigrants', 6, 0),
      g('Observer', 'illegal immigrants', 1, 0.625),
      g('Herald', 'undocumented immigrants', 3, 0),
    ];
    const [c] = labelContrasts(leaning);
    expect(c.both).toEqual([]);
    expect(c.sides[1].outlets).toEqual([
      { outlet: 'Tribune', own: 20, other: 1 },
      { outlet: 'Observer', own: 6, other: 1 },
      { outlet: 'Herald', own: 3 },
    ]);
    expect(labelFindings(leaning)[0].text).toContain(
      '(Tribune 20, Observer 6, Herald 3); Tribune writes “illegal immigrants” once and Observer writes “illegal immigrants” once too',
    );
    // one in three of an outlet's uses is a mix: it writes both
    const mixing = leaning.map((r) => (r.outlet === 'Observer' && r.own === 1 ? { ...r, own: 3 } : r));
    expect(labelContrasts(mixing)[0].both).toEqual(['Observer']);
  });
});

describe('splitChance', () => {
  it('is -log10 of the chance of the table when the words fall on the outlets at random', () => {
    expect(
      splitChance([
        [4, 0],
        [0, 4],
      ]),
    ).toBeCloseTo(Math.log10(70), 2);
    expect(
      splitChance([
        [1, 0],
        [0, 1],
      ]),
    ).toBeCloseTo(Math.log10(2), 2);
    // an outlet writing both words makes the split less remarkable
    expect(
      splitChance([
        [4, 0],
        [0, 4],
        [2, 2],
      ]),
    ).toBeLessThan(
      splitChance([
        [6, 0],
        [0, 6],
      ]),
    );
    expect(chanceOdds(Math.log10(70))).toBe('1 in 70');
    expect(chanceOdds(8)).toBe('less than 1 in a million');
  });
});
