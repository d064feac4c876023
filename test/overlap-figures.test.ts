import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { coverageHeatmap, reuseNetwork } from '../lib/figures/overlap.js';
import { passageViewFor } from '../lib/report/passages.js';

const story =
  'The council approved the new harbour budget after a long debate about fuel prices, ferry routes and the winter storm shelters on the island coast.';
const docs = [
  analyse({
    id: 'a1',
    outlet: '<img src=x onerror=alert(1)>',
    date: '2024-01-01',
    text: 'Morning report. ' + story + ' More later <script>alert(2)</script>.',
    paragraphs: [],
  }),
  analyse({
    id: 'b1',
    outlet: 'Second & Co',
    date: '2024-01-02',
    text: 'Our reporter adds that ' + story + ' Officials declined to comment.',
    paragraphs: [],
  }),
  analyse({
    id: 'c1',
    outlet: 'Third',
    date: null,
    text: 'A football match ended in a draw on a rainy evening in the capital stadium.',
    paragraphs: [],
  }),
];
const r = overlap(docs, { outlets: [] });

describe('overlap figures', () => {
  it('heatmap cells are the directional reuse shares, rows read "share of row article reused in column"', () => {
    const f = coverageHeatmap(r);
    const z = f.data[0].z as number[][];
    const p = r.pairs[0];
    expect(z[0][1]).toBe(p.reuse_a_in_b);
    expect(z[1][0]).toBe(p.reuse_b_in_a);
    expect(z[0][2]).toBe(0);
    expect(JSON.stringify(f)).not.toMatch(/<img|<script/);
  });

  it('names heatmap rows by outlet, date and headline when headlines are given, else by id and outlet', () => {
    const titles = new Map([
      ['a1', 'Council passes the harbour budget after a long night of talks'],
      ['b1', 'Harbour budget passes'],
    ]);
    const y = coverageHeatmap(r, { titles }).data[0].y as string[];
    // outlet (escaped, cut), date, the start of the headline; an article without one keeps its id
    expect(y).toEqual([
      '&lt;img src=x onerro… · 2024-01-01 · Council passes the harbour…',
      'Second &amp; Co · 2024-01-02 · Harbour budget passes',
      'c1 · Third',
    ]);
  });

  it('a capped heatmap shows the pair with the most reuse across outlets, not articles sharing a site widget', () => {
    // six short articles of one site each share a "related stories" widget with two others (most of their words, so
    // summed over partners they outweigh any single pair); one article elsewhere is a trimmed copy of another outlet's
    const widgets = [
      'Related stories this week: the budget vote, the stadium plan, the ferry timetable and the library hours on the coast road.',
      'More from the site today: a museum reopening, two new cycle lanes, a harbour dredging contract and the autumn fair dates.',
    ];
    const topics = ['rain', 'bus fares', 'a school fete', 'parking', 'a bridge', 'street lights'];
    const site = topics.map((t, i) =>
      analyse({
        id: `site${i}`,
        outlet: 'Site',
        date: `2024-01-0${i + 1}`,
        text: `Ward notes: ${t} came up on day ${i}. ${widgets[i < 3 ? 0 : 1]}`,
        paragraphs: [],
      }),
    );
    const wire =
      'Fishermen on the northern shore said the early frost had cut their catch by half and that prices at the market had doubled within a week.';
    const all = [
      ...site,
      analyse({
        id: 'w1',
        outlet: 'Wire',
        date: '2024-01-03',
        text: `${wire} Officials promised help.`,
        paragraphs: [],
      }),
      analyse({ id: 'p1', outlet: 'Paper', date: '2024-01-03', text: wire, paragraphs: [] }),
    ];
    const res = overlap(all, { outlets: [] });
    const summed = (id: string) =>
      res.pairs.reduce((x, p) => x + (p.a === id ? p.a_in_b : p.b === id ? p.b_in_a : 0), 0);
    // the trap: by summed shares three site articles outrank the copied one
    expect(site.filter((d) => summed(d.id) > summed('p1')).length).toBeGreaterThanOrEqual(3);
    const y = coverageHeatmap(res, { maxArticles: 3 }).data[0].y as string[];
    expect(y.some((l) => l.includes('w1'))).toBe(true);
    expect(y.some((l) => l.includes('p1'))).toBe(true);
  });

  it('network has one node per linked outlet and an arrow from the earlier outlet to the reusing one, hostile names escaped', () => {
    const f = reuseNetwork(r);
    const nodes = f.data.find((t) => t.mode === 'markers+text')!;
    expect((nodes.x as number[]).length).toBe(2); // "Third" shares nothing: named in the note, not drawn
    expect((f.layout.annotations as { arrowcolor?: string }[]).filter((a) => a.arrowcolor).length).toBe(1);
    expect(JSON.stringify(f)).not.toMatch(/<img/);
    expect(JSON.stringify(f)).toMatch(/1 not credited/);
    expect(JSON.stringify(f)).toMatch(/Not drawn: 1 outlet that shares no text with another;/);
  });

  it('side-by-side view marks the shared passage in both texts and escapes all text', () => {
    const html = passageViewFor(r, docs, 'b1', 'a1');
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect(html).toMatch(/&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
    expect((html.match(/<mark /g) ?? []).length).toBe(2);
    expect(html).toMatch(/<sup>\[1\]<\/sup><mark[^>]*>The council approved/);
    expect(passageViewFor(r, docs, 'a1', 'c1')).toBe('');
  });
});

describe('the heatmap axis, for a folder per topic', () => {
  it('names each article by what tells it apart, not by the folder they share', () => {
    const a =
      'The harbour council approved the ferry budget on Monday after a long debate about winter fuel and shelters.';
    const mk = (id: string, outlet: string) => analyse({ id, outlet, date: null, text: a, paragraphs: [] });
    const fig = coverageHeatmap(
      overlap([
        mk('harbour-budget/council-approves-ferry-budget', 'Coast Daily'),
        mk('harbour-budget/clips#2', 'Valley Post'),
      ]),
    );
    const names = (fig.data[0] as { x: string[] }).x;
    expect(names).toEqual(['council-approve… · Coast Daily', 'clips#2 · Valley Post']);
  });
});

describe('the heatmap keeps reuse apart from common-source text', () => {
  it('draws a pair that shares only a quoted statement grey, with no reuse, and copied narration blue', () => {
    const quote =
      '“We will rebuild every bridge the flood took from this valley before the first snow falls on the passes,” the regional governor Ilse Marrow said on Tuesday.';
    const copied =
      'Engineers from three counties spent the weekend surveying the damaged crossings along the river road and counting the ferries still able to run.';
    const mk = (id: string, outlet: string, date: string, text: string) =>
      analyse({ id, outlet, date, text, paragraphs: [] });
    const res = overlap([
      mk('q1', 'Valley Post', '2024-03-01', `Rain stopped at last. ${quote} Shops reopened slowly.`),
      mk('q2', 'Hill Courier', '2024-03-02', `The mood in town was grim. ${quote} Schools stay shut.`),
      mk('c1', 'Valley Post', '2024-03-01', `${copied} Most crossings will reopen in May.`),
      mk('c2', 'Lake Ledger', '2024-03-03', `${copied} The county paid for the survey.`),
    ]);
    const f = coverageHeatmap(res);
    const names = f.data[0].y as string[];
    const at = (id: string) => names.findIndex((n) => n.startsWith(id));
    const [reuse, grey] = [f.data[0].z as number[][], f.data[1].z as (number | null)[][]];
    const quotePair = res.pairs.find((p) => p.a === 'q1' && p.b === 'q2')!;
    expect(quotePair.credit).toBe('none-needed');
    // the quote pair: nothing reused, its shared share on the grey layer
    expect(reuse[at('q1')][at('q2')]).toBe(0);
    expect(grey[at('q1')][at('q2')]).toBe(quotePair.a_in_b);
    expect(quotePair.a_in_b).toBeGreaterThan(0.3);
    // the copied narration: blue, not grey
    expect(reuse[at('c2')][at('c1')]).toBeGreaterThan(0.5);
    expect(grey[at('c2')][at('c1')]).toBeNull();
    expect(String(f.layout.title && (f.layout.title as { text: string }).text)).toMatch(/grey: common-source/);
  });
});
