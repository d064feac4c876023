// The three kinds of shared text on fixtures modelled on false accusations seen on real coverage: a shared interview
// quote with statute text, a social post printed without quote marks after "via X:", stock place phrases across five
// outlets, party-tag titles shared by articles about different events; and real copied narration, which must stay
// uncredited reuse.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap, outletReuse, type OverlapResult } from '../lib/overlap/overlap.js';
import { attributionReason, quotedBeyondAttribution, reportedSpeech } from '../lib/overlap/attribution.js';
import { blockQuote, reportedContent } from '../lib/overlap/kinds.js';
import { paragraphsOf } from '../lib/text/paragraphs.js';
import { overlapFindings } from '../lib/report/findings.js';
import { reuseNetwork, EDGE_COLOR } from '../lib/figures/overlap.js';
import type { Doc } from '../lib/types.js';
import { seededProse } from './helpers/prose.js';

const WORDS = (
  'orchard lantern quarry meadow ribbon falcon harbor velvet timber copper glacier marble saddle thistle beacon ' +
  'willow canyon ember parcel lagoon summit tavern walnut cobble prairie anchor ferry violet basket kettle plume granite ' +
  'hollow mirror pepper signal island ladder tunnel cradle shadow ginger ivory jasper kiln locket mosaic nectar oyster ' +
  'pebble quill raven spindle tulip umber vessel wicker yarrow zephyr acorn bramble cinder dapple fennel gable heron ' +
  'indigo juniper kestrel linden mallow nettle osprey pippin quince russet sorrel tansy upland vale warren yew alder ' +
  'birch cedar dune elm fjord grove heath inlet jetty knoll loch marsh nook oasis peat ridge shoal tor weir'
).split(' ');

/** Deterministic filler prose (test/helpers/prose.ts), sentences of 11 words. */
const prose = (seed: number, words: number): string => seededProse(WORDS, seed, words, 11);
const doc = (id: string, outlet: string, date: string | null, text: string, event?: string): Doc =>
  Object.assign(analyse({ id, outlet, date, text, paragraphs: [] }), event ? { event } : {});
const uncredited = (r: OverlapResult) => r.pairs.filter((p) => p.credit === 'uncredited');

describe('common-source text is never an uncredited pair', () => {
  it('an embedded post, signed with its handle and date, that both outlets print without quote marks', () => {
    const post =
      'Any deal that does not include STRONG harbor security and the desperately needed WALL is a total waste of time and everybody in the valley knows it';
    const signed = `${post}! \u2014 Mayor Dana Pell (@MayorPell) March 5, 2025`;
    // pre-tokenised corpora space the brackets and the at sign out
    const spaced = `${post} ! \u2014 Mayor Dana Pell ( @ MayorPell ) March 5 , 2025`;
    const A = doc('pb-1', 'River Weekly', '2025-03-05', `${prose(21, 70)}\n${signed}\n${prose(22, 60)}`);
    const B = doc('cn-1', 'Harbor Daily', '2025-03-06', `${prose(23, 80)}\n${spaced}\n${prose(24, 50)}`);
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/embedded social-media post, signed "Mayor Dana Pell/);
    expect(uncredited(r)).toEqual([]);
    // quoted in one paragraph and embedded in the next, on both sides: one long passage, all of it the post
    const both = (seed: number, outlet: string, id: string) =>
      doc(
        id,
        outlet,
        '2025-03-05',
        `${prose(seed, 60)}\n“${post}!” the mayor wrote.\n${signed}\n${prose(seed + 1, 50)}`,
      );
    const r3 = overlap([both(31, 'River Weekly', 'pb-3'), both(33, 'Harbor Daily', 'cn-3')], { outlets: [] });
    expect(r3.pairs[0].passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(uncredited(r3)).toEqual([]);
    // the same words as narration, with no signature on either side, stay reuse
    const C = doc('pb-2', 'River Weekly', '2025-03-05', `${prose(21, 70)}\n${post}.\n${prose(22, 60)}`);
    const D = doc('cn-2', 'Harbor Daily', '2025-03-06', `${prose(23, 80)}\n${post}.\n${prose(24, 50)}`);
    expect(overlap([C, D], { outlets: [] }).pairs[0].passages.map((x) => x.kind)).toEqual(['reuse']);
  });

  it('an interview quote, a statute and a short partial quote shared by two outlets', () => {
    const interview =
      'we are going to look at it very strongly because the people who come here have to follow the rules like everybody else';
    const statute =
      'All persons born or naturalized in the Republic, and subject to the jurisdiction thereof, are citizens of the Republic and of the province wherein they reside';
    const A = doc(
      'times-1',
      'Morning Ledger',
      '2025-03-01',
      `${prose(1, 70)}\n\nIn an interview on Sunday the governor said: "${interview}."\n\n${prose(2, 50)}\n\n` +
        `The amendment reads: ${statute}.\n\n${prose(3, 40)} She called the plan "a reckless attack on the settled order of things" and left.`,
    );
    const B = doc(
      'fox-1',
      'Evening Dispatch',
      '2025-03-02',
      `${prose(4, 60)}\n\n“${interview[0].toUpperCase() + interview.slice(1)},” the governor told the program.\n\n${prose(5, 50)}\n\n` +
        `Section 1 of the amendment states: "${statute}."\n\n${prose(6, 40)} Critics said the plan was a reckless attack on the settled order of things.`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0];
    expect(p.passages.length).toBeGreaterThanOrEqual(2);
    expect(p.passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(p.credit).toBe('none-needed');
    expect(p.passages.find((x) => /born or naturalized/.test(x.text))!.kind_because).toMatch(/quote marks|attributed/);
    const texts = overlapFindings(r)
      .map((f) => f.text)
      .join('\n');
    expect(texts).not.toMatch(/never names/);
    expect(texts).toMatch(/common sources/);
  });

  it('a social post printed without quote marks after "via X:" by one outlet and quoted by the other', () => {
    const post =
      'I have had it with the people in this office who think they can walk all over the rest of us and never answer for a single thing they do';
    const A = doc(
      'hp-1',
      'Capital Wire',
      '2025-05-01',
      `${prose(11, 80)}\n\nRead the full rant via Chatterbox:\n\n${post}.\n\n${prose(12, 60)}`,
    );
    const B = doc(
      'fx-1',
      'Nightly Courier',
      '2025-05-02',
      `${prose(13, 70)}\n\nIn the post, the aide wrote: “${post}.”\n\n${prose(14, 60)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(uncredited(r)).toEqual([]);
    // without quote marks on either side, the cue beside the text decides
    const plain = doc(
      'fx-2',
      'Nightly Courier',
      '2025-05-02',
      `${prose(15, 70)}\n\nThe aide posted the message on Friday:\n\n${post}.\n\n${prose(16, 60)}`,
    );
    const r2 = overlap([A, plain], { outlets: [] });
    expect(r2.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r2.pairs[0].credit).toBe('none-needed');
  });

  it("a post quoted in PTB-style `` '' marks (pre-tokenised scraped text) by both outlets", () => {
    // scraped corpora write quotes as `` ... '' with spaces before punctuation; the quote is still a third party's text
    const OPEN = '``';
    const post = prose(61, 40).replace(/\.$/, '').replace(/\./g, ' .');
    const A = doc(
      'ptb-1',
      'Coast Standard',
      '2025-09-01',
      `${prose(62, 70)}\n\nThe senator wrote on Friday : ${OPEN} ${post} . ''\n\n${prose(63, 60)}`,
    );
    const B = doc(
      'ptb-2',
      'Plains Record',
      '2025-09-02',
      `${prose(64, 70)}\n\n${OPEN} ${post} , '' the senator posted .\n\n${prose(65, 60)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].passages.length).toBeGreaterThan(0);
    expect(r.pairs[0].passages.every((x) => x.kind === 'common-source')).toBe(true);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/quote marks/);
    expect(uncredited(r)).toEqual([]);
  });

  it('a statement quoted in German „ “ marks by one outlet and in guillemets by the other', () => {
    const said = prose(71, 40).replace(/\.$/, '');
    const A = doc(
      'de-1',
      'Rhein Blatt',
      '2025-09-01',
      `${prose(72, 70)}\n\nDer Minister sagte: „${said}.“ Dann ging er.\n\n${prose(73, 60)}`,
    );
    const B = doc(
      'de-2',
      'Alpen Zeitung',
      '2025-09-02',
      `${prose(74, 70)}\n\nEr erklärte: »${said}«, so der Minister.\n\n${prose(75, 60)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(uncredited(r)).toEqual([]);
  });

  it('the same passage carried by three outlets is a common source between any two of them', () => {
    const release = prose(21, 45).replace(/\.$/, '');
    const docs = ['Alpha Star', 'Beta Herald', 'Gamma Voice'].map((o, i) =>
      doc(`r${i}`, o, `2025-06-0${i + 1}`, `${prose(30 + i, 60)}\n\n${release}.\n\n${prose(40 + i, 60)}`),
    );
    const r = overlap(docs, { outlets: [] });
    expect(r.pairs).toHaveLength(3);
    for (const p of r.pairs) {
      expect(p.passages.map((x) => x.kind)).toEqual(['common-source']);
      expect(p.passages[0].kind_because).toMatch(/3 or more outlets/);
    }
    expect(uncredited(r)).toEqual([]);
  });

  it('wire copy credited to the same agency on both sides', () => {
    const wire = prose(51, 60);
    const A = doc(
      'w1',
      'Lakeside Times',
      '2025-02-01',
      `${prose(52, 40).replace(/\.$/, '')}, Northwire reported.\n\n${wire}\n\n${prose(53, 40)}`,
    );
    const B = doc(
      'w2',
      'Hill Gazette',
      '2025-02-01',
      `According to Northwire, ${prose(54, 30)}\n\n${wire}\n\n${prose(55, 40)}`,
    );
    const r = overlap([A, B], { outlets: [{ name: 'Northwire', aliases: [] }] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/Northwire/);
    expect(r.pairs[0].credit).toBe('none-needed');
  });
});

describe('short shared text that is not copied narration (seen on real coverage)', () => {
  it('names with their titles, an institution and a list of states are stock, not reuse', () => {
    const names = [
      'Senate Appropriations Chair Marta Quillan of the Northern Province Assembly',
      'the United Harbour Authority and the Coastal Pilots Guild of Marrow Point',
      'Alder, Birchmont, Cedar Falls, Dune Valley, Elmhurst, Fjordham and Grovetown',
    ];
    const A = doc(
      'n1',
      'Daily Lamp',
      '2025-10-01',
      `${prose(401, 60)} ${names[0]} spoke.\n\n${prose(402, 40)} ${names[1]} met.\n\n${prose(403, 40)} Ports of call include ${names[2]}.`,
    );
    const B = doc(
      'n2',
      'Metro Signal',
      '2025-10-02',
      `${prose(404, 50)} Then ${names[0]} left.\n\n${prose(405, 40)} So ${names[1]} agreed.\n\n${prose(406, 30)} They are ${names[2]}.`,
    );
    const r = overlap([A, B], { outlets: [] });
    const kinds = r.pairs.flatMap((p) => p.passages.map((x) => [x.kind, x.kind_because]));
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kinds.every(([k, why]) => k === 'stock' && /names and titles/.test(why))).toBe(true);
    expect(uncredited(r)).toEqual([]);
  });

  it('one phrase repeated in both articles counts once towards credit', () => {
    const phrase = 'the new berthing rules for visiting cruise vessels take effect';
    const body = (seed: number) =>
      [0, 1, 2].map((k) => `${prose(seed + k, 40).replace(/\.$/, '')} and ${phrase}.`).join('\n\n');
    const r = overlap([doc('r1', 'Daily Lamp', null, body(410)), doc('r2', 'Metro Signal', null, body(420))], {
      outlets: [],
    });
    const p = r.pairs[0];
    expect(p.passages.filter((x) => x.kind === 'reuse').length).toBeGreaterThanOrEqual(2);
    expect(p.credit).toBe('none-needed');
  });

  it('a partial quote with a short lead-in of its own is a common source', () => {
    const said =
      'officials said splitting the crews was "certainly not an attractive thing and it does look bad to everyone"';
    const r = overlap(
      [
        doc('q1', 'Daily Lamp', null, `${prose(431, 60)}\n\nOn Monday ${said} in the capital.\n\n${prose(432, 50)}`),
        doc('q2', 'Metro Signal', null, `${prose(433, 60)}\n\nLater ${said}, and left.\n\n${prose(434, 50)}`),
      ],
      { outlets: [] },
    );
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/mostly a quote/);
    expect(uncredited(r)).toEqual([]);
  });

  it('the end of a quote with its speaker, the opening marks differing, is a common source', () => {
    // one outlet opens the quote with a curly mark, the other with PTB ``: the shared run starts inside the quote
    const quote =
      'It is an embarrassment for the ministry to have so many junior clerks sign the harbour letter , " a former ministry adviser';
    const r = overlap(
      [
        doc(
          'e1',
          'Daily Lamp',
          null,
          `${prose(441, 60)}

“ ${quote} who served two terms told the Ledger .

${prose(442, 50)}`,
        ),
        doc(
          'e2',
          'Metro Signal',
          null,
          `${prose(443, 60)}

\`\` ${quote.replace('"', "''")} told the Ledger .

${prose(444, 50)}`,
        ),
      ],
      { outlets: [] },
    );
    const kinds = r.pairs[0].passages.map((x) => [x.kind, x.kind_because]);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([k]) => k === 'common-source')).toBe(true);
    expect(uncredited(r)).toEqual([]);
  });
});

describe('wire copy marked by a dateline', () => {
  const wire = prose(451, 60);
  const outlets = [{ name: 'Northwire', aliases: ['NW'] }];
  it('one article opening "CITY (AGENCY) —" carries agency copy: shared with another outlet, it is common-source', () => {
    const A = doc('d1', 'Lakeside Times', '2025-02-01', `HARBOURTON ( NW ) — ${wire}\n\n${prose(452, 40)}`);
    const B = doc('d2', 'Hill Gazette', '2025-02-01', `${prose(453, 40)}\n\n${wire}\n\n${prose(454, 40)}`);
    const r = overlap([A, B], { outlets });
    expect(r.citations.map((c) => [c.doc, c.cited])).toEqual([['d1', 'Northwire']]);
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/Northwire wire copy/);
    expect(r.pairs[0].credit).toBe('none-needed');
  });
  it("the agency's own article and an outlet printing it without credit stay uncredited reuse", () => {
    const A = doc('d3', 'Northwire', '2025-02-01', `HARBOURTON ( NW ) — ${wire}\n\n${prose(455, 40)}`);
    const B = doc('d4', 'Hill Gazette', '2025-02-02', `${prose(456, 40)}\n\n${wire}\n\n${prose(457, 40)}`);
    expect(overlap([A, B], { outlets }).pairs[0].credit).toBe('uncredited');
  });
});

describe('agency reporting named inside the shared text', () => {
  const outlets = [{ name: 'Northwire', aliases: ['NW', 'The Northwire Agency'], agency: true }];
  const shared = (verb: string) =>
    `${prose(461, 30).replace(/\.$/, '')}. A senior official ${verb} The Northwire Agency that ${prose(462, 40)}`;
  it('"… told The Northwire Agency that …" on both sides: both carry the agency\'s copy, no one is accused', () => {
    const A = doc('n1', 'Lakeside Times', '2025-02-01', `${prose(463, 40)}\n\n${shared('told')}\n\n${prose(464, 40)}`);
    const B = doc('n2', 'Hill Gazette', '2025-02-01', `${prose(465, 40)}\n\n${shared('told')}\n\n${prose(466, 40)}`);
    const r = overlap([A, B], { outlets });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/names Northwire on both sides/);
    expect(uncredited(r)).toEqual([]);
  });
  it('the same text naming an outlet that is no agency stays reuse', () => {
    const plain = [{ name: 'Northwire', aliases: ['NW', 'The Northwire Agency'] }];
    const A = doc('n3', 'Lakeside Times', '2025-02-01', `${prose(463, 40)}\n\n${shared('told')}\n\n${prose(464, 40)}`);
    const B = doc('n4', 'Hill Gazette', '2025-02-02', `${prose(465, 40)}\n\n${shared('told')}\n\n${prose(466, 40)}`);
    expect(overlap([A, B], { outlets: plain }).pairs[0].credit).toBe('uncredited');
  });
});

describe('stock phrases are not reuse', () => {
  // five outlets on one story, each written independently, all using the same place formulas
  const STOCK = [
    'at the Marrow Point crossing on the northern bank of the river',
    'on the far side of the old customs wall near the Marrow Point crossing',
    'where the coastal highway meets the border fence south of the city',
  ];
  const outlets = ['North Post', 'South Bulletin', 'East Chronicle', 'West Observer', 'Central Record'];
  const docs = outlets.map((o, i) => {
    const parts = [prose(100 + i, 50)];
    STOCK.forEach((s, k) => {
      if ((i + k) % 5 < 3) parts.push(`${prose(200 + 10 * i + k, 12).replace(/\.$/, '')} ${s}.`);
    });
    parts.push(prose(300 + i, 50));
    return doc(`s${i}`, o, `2025-04-0${i + 1}`, parts.join('\n\n'));
  });
  const r = overlap(docs, { outlets: [] });

  it('place formulas shared across five outlets are stock, and no pair is uncredited', () => {
    const kinds = r.pairs.flatMap((p) => p.passages.map((x) => x.kind));
    expect(kinds.length).toBeGreaterThan(5);
    expect(kinds.every((k) => k === 'stock')).toBe(true);
    expect(uncredited(r)).toEqual([]);
  });

  it('the network draws such edges in the common-source colour, never green or red', () => {
    const f = reuseNetwork(r);
    const colors = ((f.layout.annotations ?? []) as { arrowcolor?: string }[])
      .filter((a) => a.arrowcolor) // the note under the title has no arrow
      .map((a) => a.arrowcolor);
    expect(colors.length).toBeGreaterThan(0);
    expect(new Set(colors)).toEqual(new Set([EDGE_COLOR.common]));
    expect(outletReuse(r).every((e) => e.credited === 0 && e.uncredited === 0)).toBe(true);
  });
});

describe('articles about different events', () => {
  // 60 events x 3 outlets; every article names two politicians with a party tag, from a pool of 40, so articles of
  // different events share title phrases; one article of event 0 copies 45 words of narration from another outlet
  const first = ['Marta', 'Olan', 'Dessa', 'Pieter', 'Runa', 'Tobin', 'Ilse', 'Caro'];
  const last = ['Quillan', 'Brask', 'Fennimore', 'Ostrander', 'Vyle'];
  const offices = [
    'Senate Minority Leader',
    'House Majority Whip',
    'Senate Appropriations Chair',
    'House Speaker pro tempore',
  ];
  const states = ['D-Vt.', 'R-Ore.', 'D-N.M.', 'R-Kan.', 'I-Me.'];
  const tag = (k: number) => `${offices[k % 4]} ${first[k % 8]} ${last[k % 5]} (${states[k % 5]})`;
  const copied = prose(999, 45).replace(/\.$/, '');
  const docs: Doc[] = [];
  const outletsOf = ['Daily Lamp', 'Metro Signal', 'Valley Press'];
  for (let e = 0; e < 60; e++) {
    for (let o = 0; o < 3; o++) {
      const i = e * 3 + o;
      const t1 = tag((i * 7) % 40),
        t2 = tag((i * 13 + 5) % 40);
      let text = `${prose(1000 + i, 40)}\n\n${t1} said ${prose(2000 + i, 15)}\n\n${prose(3000 + i, 40)}\n\nAsked about it, ${t2} told reporters ${prose(4000 + i, 15)}`;
      if (e === 0 && o === 0) text += `\n\n${copied}.`;
      if (e === 0 && o === 1) text = `${prose(5000, 30)}\n\n${copied}.\n\n` + text;
      docs.push(
        doc(`e${e}-${o}`, outletsOf[o], `2025-07-${String(1 + (e % 28)).padStart(2, '0')}`, text, `event-${e}`),
      );
    }
  }
  const r = overlap(docs, { outlets: [] });
  const eventOf = new Map(docs.map((d) => [d.id, (d as Doc & { event: string }).event]));

  it('never call a pair of different-event articles uncredited reuse, however many party tags they share', () => {
    const across = r.pairs.filter((p) => p.kind === 'cross-outlet' && eventOf.get(p.a) !== eventOf.get(p.b));
    expect(across.length).toBeGreaterThan(10);
    expect(across.filter((p) => p.credit === 'uncredited')).toEqual([]);
    expect(across.flatMap((p) => p.passages).some((x) => x.kind === 'stock')).toBe(true);
  });

  it('the same rule holds without event labels: only the stock-phrase statistics decide', () => {
    const bare = docs.map((d) => ({ ...d, event: undefined }));
    const r2 = overlap(bare, { outlets: [] });
    const across = r2.pairs.filter((p) => p.kind === 'cross-outlet' && eventOf.get(p.a) !== eventOf.get(p.b));
    expect(across.filter((p) => p.credit === 'uncredited')).toEqual([]);
  });

  it('articles of different events need twice the reuse evidence; event labels can come as an option', () => {
    const shared = prose(777, 25).replace(/\.$/, '');
    const A = doc('x1', 'Daily Lamp', '2025-08-01', `${prose(778, 60)}\n\n${shared}.\n\n${prose(779, 60)}`);
    const B = doc('x2', 'Metro Signal', '2025-08-03', `${prose(780, 60)}\n\n${shared}.\n\n${prose(781, 60)}`);
    expect(overlap([A, B], { outlets: [] }).pairs[0].credit).toBe('uncredited');
    const apart = overlap([A, B], { outlets: [], events: { x1: 'flood', x2: 'election' } }).pairs[0];
    expect(apart.credit).toBe('none-needed');
    expect(apart.credit_because).toMatch(/different events/);
    expect(overlap([A, B], { outlets: [], events: { x1: 'flood', x2: 'flood' } }).pairs[0].credit).toBe('uncredited');
  });

  it('real copied narration stays uncredited reuse', () => {
    const p = r.pairs.find((x) => (x.a === 'e0-0' && x.b === 'e0-1') || (x.a === 'e0-1' && x.b === 'e0-0'))!;
    expect(p.credit).toBe('uncredited');
    const reuse = p.passages.filter((x) => x.kind === 'reuse');
    expect(reuse).toHaveLength(1);
    expect(reuse[0].text).toContain(copied.slice(0, 40));
    const f = overlapFindings(r).find((x) => /Daily Lamp .*Metro Signal .*neither names the other/.test(x.text));
    expect(f).toBeDefined();
    // same date, no direction: the reader is told a source outside the corpus may explain it
    expect(f!.text).toMatch(/which came first is unclear.*source outside the corpus, such as wire copy/);
  });
});

describe('attribution beside a passage', () => {
  it('reads cues before and after a passage, and not plain narration', () => {
    const t = (before: string, after = ' Then the rain came.') => {
      const text = `${before}the bridge will close for repairs next week${after}`;
      const s = before.length;
      return attributionReason(text, [s, s + 'the bridge will close for repairs next week'.length]);
    };
    expect(t('Read the full statement via the council website: ')).not.toBeNull();
    expect(t('The order reads: ')).not.toBeNull();
    expect(t('It was announced that ', ', the ministry said in a statement.')).not.toBeNull();
    expect(t('Residents were told on Monday that ')).toBeNull();
    expect(t('Traffic was heavy. ')).toBeNull();
  });
});

describe('a quote whose speaker follows it without a verb', () => {
  // a shared run that ends after the closing mark on the speaker's title and name ("..., '' Council spokesman Tom
  // Vale said" in one article, "said Council spokesman Tom Vale" in the other): the quote is the shared text
  const quote = "As the mayor said , the bridge will close for repairs before the winter storms arrive , ''";
  it('counts the speaker phrase as attribution, not as shared narration', () => {
    const q = (quote.length - 20) / (quote.length + 30);
    expect(quotedBeyondAttribution(`${quote} Harbor Council spokesman Tom Vale`, q)).toBeGreaterThanOrEqual(0.8);
  });
  it('does not take narration after the quote for a speaker', () => {
    const text = `${quote} and the council then voted to close it`;
    expect(quotedBeyondAttribution(text, 0.6)).toBeLessThan(0.8);
  });
});

describe('block quotes: the paragraph after a lead-in that ends in a colon', () => {
  // a speech printed as a block by one outlet (after "The mayor continued:") and as narration-like transcript by the
  // other; and a lead-in with no speech cue whose block speaks in the first person
  const speech =
    'Every ferry route on the north shore will run through the winter , and the harbor board will pay for the new piers out of the toll fund rather than the city budget';
  const firstPerson =
    'Anyone who moors a boat here without a permit will be towed . That is what it means to keep our harbor open for the people who work in it';
  const article = (id: string, outlet: string, seed: number, body: string) =>
    doc(id, outlet, '2025-10-02', `${prose(seed, 60)}\n\n${body}\n\n${prose(seed + 1, 50)}`);

  it('after a speech cue ("The mayor continued:") the block is the speaker\u2019s text, carried by both', () => {
    // the shared run starts inside the block, so no cue sits right before it
    const A = article(
      'bq-1',
      'Shore Gazette',
      501,
      `The mayor continued :\n\nThank you all for coming out in the cold . ${speech} .`,
    );
    const B = article('bq-2', 'Inland Times', 503, `At the pier on Tuesday . ${speech} .`);
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/a block quote after \u201CThe mayor continued :\u201D/);
    expect(uncredited(r)).toEqual([]);
  });

  it('after any colon lead-in, a block in the first person outside quote marks is a speaker\u2019s text', () => {
    const A = article(
      'bq-3',
      'Shore Gazette',
      511,
      `The harbor master made clear that no one would be spared :\n\n${firstPerson} .`,
    );
    const B = article('bq-4', 'Inland Times', 513, `Later in the evening . ${firstPerson} .`);
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(r.pairs[0].passages[0].kind_because).toMatch(/a block quote after \u201C\u2026 .*spared :\u201D/);
    expect(uncredited(r)).toEqual([]);
  });

  it('pre-tokenised "Here \u2019 s the key quote :" is a cue', () => {
    const text = `${prose(521, 30)}\n\nHere \u2019 s the key quote :\n\n${speech} .\n\n${prose(522, 20)}`;
    const s = text.indexOf(speech);
    expect(blockQuote(text, paragraphsOf(text), [s, s + speech.length])).toMatch(/key quote/);
  });

  it('narration after a colon that is not a quote stays reuse ("The plan has three parts:")', () => {
    const own =
      'the ferry routes on the north shore run through the winter , the harbor board pays for the new piers from the toll fund , and the old customs shed becomes a market hall';
    const A = article(
      'bq-5',
      'Shore Gazette',
      531,
      `The plan has three parts :\n\n${own[0].toUpperCase() + own.slice(1)} .`,
    );
    const B = article('bq-6', 'Inland Times', 533, `Under the plan , ${own} .`);
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['reuse']);
    expect(r.pairs[0].credit).toBe('uncredited');
    expect(r.pairs[0].passages[0].block).toBeUndefined();
    // a block in the first person but inside quote marks is not first person by this rule (the quote rules decide)
    const text = `Three parts :\n\nThe board said \u201Cwe will pay\u201D and the piers follow in spring with the toll fund paying .`;
    const s = text.indexOf('and the piers');
    expect(blockQuote(text, paragraphsOf(text), [s, text.length - 2])).toBeNull();
  });
});

describe('a blog quoting another outlet\u2019s story as a block', () => {
  // the newspaper narrates; a day later a blog prints three of its sentences after a lead-in pointing at a report
  const story =
    'The harbor board approved a plan that was far more generous to ferry workers than the union had expected . The plan keeps every winter route and pays for the new piers out of the toll fund , a concession the board had refused twice last year';
  it('is reuse the blog quotes, not text it passes off as its own, and the finding says so', () => {
    const A = doc('paper', 'Shore Gazette', '2025-10-02', `${prose(601, 60)}\n\n${story} .\n\n${prose(602, 50)}`);
    const B = doc(
      'blog',
      'Harbor Watch',
      '2025-10-03',
      `${prose(603, 40)} Ferry workers are reportedly pleased with what the board approved :\n\n${story} .\n\n${prose(604, 40)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    const p = r.pairs[0];
    expect(p.passages.map((x) => x.kind)).toEqual(['reuse']);
    expect(p.credit).toBe('uncredited');
    expect(p.passages[0].block).toEqual({
      side: 'b',
      lead: '\u2026 workers are reportedly pleased with what the board approved :',
    });
    const [f] = overlapFindings(r, {});
    expect(f.text).toMatch(
      /^Harbor Watch \(2025-10-03\) takes \d+% of its words \(\d+ matched words\) from Shore Gazette's earlier article \(2025-10-02\), printed as a block quote after \u201C\u2026 workers .* approved :\u201D, and never names Shore Gazette in its text \(evidence [\d.]+; online, a block quote usually links its source\)\.$/,
    );
  });

  it('a block quoting a third outlet is that outlet\u2019s text, which the other article carries too', () => {
    const A = doc(
      'paper',
      'Shore Gazette',
      '2025-10-02',
      `${prose(611, 60)}\n\nThe Coast Tribune , citing board members , said ${story} .\n\n${prose(612, 50)}`,
    );
    const B = doc(
      'blog',
      'Harbor Watch',
      '2025-10-03',
      `${prose(613, 40)} Details were reported Tuesday evening by the Coast Tribune :\n\n${story} .\n\n${prose(614, 40)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['common-source']);
    // "The Coast Tribune , citing board members , said" is a citation too (the outlet's own sourcing after its name),
    // so both sides credit the Tribune
    expect(r.pairs[0].passages[0].kind_because).toMatch(
      /block quote of Coast Tribune|both articles credit Coast Tribune/,
    );
    expect(uncredited(r)).toEqual([]);
  });
});

describe('reported speech: "X said that ..." before a short shared phrase', () => {
  // two outlets paraphrase the same inspection memo differently; the memo's own phrases survive in both
  const memoA =
    'The harbor inspector said that after the storm the north crane had failed two load tests in the spring and that cracked welds on its boom were never repaired before the harbor reopened to freight .';
  const memoB =
    'By then the north crane had failed two load tests in the spring , and inspectors found cracked welds on its boom that were left as they were .';
  const tellA =
    'Harbor engineer Lida Marsh told the port committee that the night crews had been cut to three workers over the summer , even though the freight volumes kept rising week after week .';
  const tellB =
    'Marsh said the night crews had been cut to three workers over the summer , a decision the committee never voted on .';

  it('is the third party\u2019s wording when the shared phrase is a short part of what is reported', () => {
    const A = doc(
      'rs-1',
      'Quay Herald',
      '2025-11-04',
      `${prose(601, 60)}\n\n${memoA}\n\n${tellA}\n\n${prose(602, 40)}`,
    );
    const B = doc(
      'rs-2',
      'Bay Courier',
      '2025-11-05',
      `${prose(603, 60)}\n\n${memoB}\n\n${tellB}\n\n${prose(604, 40)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0];
    expect(p.passages.map((x) => x.kind)).toEqual(['common-source', 'common-source']);
    expect(p.passages[0].kind_because).toMatch(
      /reported speech: \d+ of the \d+ words reported after \u201Csaid that\u201D/,
    );
    expect(p.passages[1].kind_because).toMatch(/told the port committee that/);
    expect(p.credit).toBe('none-needed');
  });

  it('does not hold for passive "were told that", nor for a whole reported clause shared word for word', () => {
    const claim = 'the north crane had failed two load tests in the spring';
    const at = (lead: string, rest = ' and the port stayed open .') => {
      const text = `${lead}${claim}${rest}`;
      return reportedContent(text, [lead.length, lead.length + claim.length]);
    };
    expect(
      at('The inspection memo said that ', ' and that cracked welds on its boom were never repaired in time .'),
    ).toMatch(/reported speech/);
    expect(
      at('Residents were told on Monday that ', ' and that cracked welds on its boom were never repaired in time .'),
    ).toBeNull();
    // the whole report shared: one outlet's sentence, copied
    expect(at('The inspection memo said that ', ' .')).toBeNull();
    // the cue must be in the same sentence, and not an outlet's own interview
    expect(
      at('The memo said so . Then ', ' and that cracked welds on its boom were never repaired in time .'),
    ).toBeNull();
    expect(
      at('The engineer told the newspaper that ', ' and that cracked welds on its boom were never repaired in time .'),
    ).toBeNull();
    expect(reportedSpeech('It said that\nthe crane failed', [13, 28])).toBeNull();
  });

  it('copied narration around a report stays reuse', () => {
    const copied =
      'The port authority said that the north crane had failed two load tests in the spring . It reopened the harbor to freight anyway , and the night crews were cut to three workers';
    const A = doc('rs-3', 'Quay Herald', '2025-11-04', `${prose(611, 60)}\n\n${copied} .\n\n${prose(612, 40)}`);
    const B = doc('rs-4', 'Bay Courier', '2025-11-05', `${prose(613, 60)}\n\n${copied} .\n\n${prose(614, 40)}`);
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].passages.map((x) => x.kind)).toEqual(['reuse']);
    expect(r.pairs[0].credit).toBe('uncredited');
  });
});

describe('an outlet named with its edition is that outlet', () => {
  const copy = prose(471, 70);
  it('"according to Lakeside Times" credits an article filed as "Lakeside Times - News"', () => {
    const A = doc('e1', 'Lakeside Times - News', '2025-02-01', `${prose(472, 40)}\n\n${copy}\n\n${prose(473, 40)}`);
    const B = doc(
      'e2',
      'Hill Gazette',
      '2025-02-02',
      `${prose(474, 40)}\n\nAccording to Lakeside Times, ${copy}\n\n${prose(475, 40)}`,
    );
    const r = overlap([A, B], { outlets: [] });
    expect(r.pairs[0].credit).toBe('credited');
    expect(uncredited(r)).toEqual([]);
  });
  it('its news desk and its editorial page ("X (Web News)", "X - Editorial") are one outlet', () => {
    const A = doc('e3', 'Lakeside Times (Web News)', '2025-02-01', `${prose(476, 40)}\n\n${copy}`);
    const B = doc('e4', 'Lakeside Times - Editorial', '2025-02-03', `${copy}\n\n${prose(477, 40)}`);
    const p = overlap([A, B], { outlets: [] }).pairs[0];
    expect([p.kind, p.credit]).toEqual(['same-outlet', 'same-outlet']);
  });
});

// read6: a newsletter box an outlet prints under every story aligned as "reuse" between any two of its articles, so the
// report said the outlet reused its own text; a background paragraph carried by two follow-ups of one story stays reuse
describe('site furniture of one outlet is stock, however long', () => {
  const box =
    'Get the Harbor Ledger stories you care about delivered to your inbox each morning . By signing up , you agree to our Privacy Policy and our Terms of Use .';
  const background =
    'After talks that ran for eleven months , the two ferry companies reached a deal aimed at sharing the northern piers between them for a decade';
  const docs = [
    ...Array.from({ length: 6 }, (_, i) =>
      doc(`hl-${i}`, 'Harbor Ledger', `2025-04-0${i + 1}`, `${prose(60 + i, 90)}\n${box}\n${prose(70 + i, 40)}`),
    ),
    doc('hl-a', 'Harbor Ledger', '2025-05-01', `${prose(80, 60)}\n${background} .\n${prose(81, 60)}`),
    doc('hl-b', 'Harbor Ledger', '2025-05-03', `${prose(82, 70)}\n${background} .\n${prose(83, 50)}`),
  ];
  // the rest of a corpus: the box is in under 5% of its articles, so the shingle index keeps it (above, it is dropped
  // as boilerplate before any passage is aligned)
  const others = Array.from({ length: 130 }, (_, i) =>
    doc(`o-${i}`, `Other ${i % 7}`, '2025-04-01', prose(200 + i, 60)),
  );
  const r = overlap([...docs, ...others], { outlets: [] });
  const passagesOf = (a: string, b: string) =>
    r.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))?.passages ?? [];

  it('the box shared by any two articles is stock, as site furniture', () => {
    const xs = passagesOf('hl-0', 'hl-3');
    expect(xs.length).toBeGreaterThan(0);
    expect(xs.every((x) => x.kind === 'stock' && /site furniture/.test(x.kind_because ?? ''))).toBe(true);
    expect(overlapFindings(r).some((f) => f.text.includes('reuses its own text: ') && f.text.includes('hl-0'))).toBe(
      false,
    );
  });

  it('a background paragraph two articles of the outlet share stays reuse', () => {
    const xs = passagesOf('hl-a', 'hl-b');
    expect(xs.some((x) => x.kind === 'reuse')).toBe(true);
  });
});
