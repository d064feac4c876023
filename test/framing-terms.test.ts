// Fixtures for the failure patterns of distinctive terms, loaded language and tone on real coverage (issue 17).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens, outletContrast } from '../lib/framing/loaded.js';
import { sentenceLoadedness } from '../lib/framing/loaded-sentences.js';
import { readLexicon } from '../lib/framing/data.js';
import { afinnScore, toneRows, type SentenceTone } from '../lib/framing/tone.js';
import { boilerplateMasks } from '../lib/framing/boilerplate.js';
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import type { Doc } from '../lib/types.js';
import { houseStyleMask, nameMask, nameNorms, ownNameVariants } from '../lib/framing/distinctive.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { termChartFigure } from '../lib/figures/framing.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });
const marked = (d: Doc, opts: Parameters<typeof loadedTokens>[1] = {}) =>
  loadedTokens(d, { lexicon: readLexicon(), ...opts }).map((m) => d.tokens[m.index].norm);

describe('loaded language in context', () => {
  it('marks evaluative words of any beat: bizarre adjectives, attacking speech verbs, labels', () => {
    const d = doc('a', 'X', 'The senator slammed the bizarre and radical plan as a disastrous scheme.');
    expect(marked(d)).toEqual(expect.arrayContaining(['slammed', 'bizarre', 'radical', 'disastrous', 'scheme']));
    expect(marked(d)).not.toContain('senator');
    expect(marked(d)).not.toContain('plan');
  });

  it('marks editorialising adverbs, condemning adjectives and dehumanising metaphors, not their neutral neighbours', () => {
    const d = doc(
      'e',
      'X',
      'The mayor shamelessly defended the despicable order, warning of a swarm of newcomers at the city hall.',
    );
    expect(marked(d)).toEqual(expect.arrayContaining(['shamelessly', 'despicable', 'swarm']));
    for (const w of ['mayor', 'defended', 'order', 'newcomers', 'city', 'hall']) expect(marked(d)).not.toContain(w);
  });

  it('marks judging compounds, ideology labels and motive adverbs, not neutral compounds or manner', () => {
    const d = doc(
      'j',
      'X',
      'The council clumsily pushed an ill-conceived, self-serving rule past tone-deaf critics and their flag-waving ideology.',
    );
    expect(marked(d)).toEqual(
      expect.arrayContaining(['clumsily', 'ill-conceived', 'self-serving', 'tone-deaf', 'flag-waving', 'ideology']),
    );
    for (const w of ['council', 'pushed', 'rule', 'critics']) expect(marked(d)).not.toContain(w);
    const n = doc('k', 'X', 'A knife-wielding man was held by well-trained officers who acted quickly and calmly.');
    expect(marked(n)).toEqual([]);
  });

  it('marks blunders, servility, waste and stock partisan phrases, not the plain account of the same acts', () => {
    const d = doc(
      'w',
      'X',
      'The board botched the rollout, its cowering members squandered the fund on a boondoggle and decried a nanny state.',
    );
    expect(marked(d)).toEqual(expect.arrayContaining(['botched', 'cowering', 'squandered', 'boondoggle', 'nanny']));
    const n = doc(
      'n',
      'X',
      'The board delayed the rollout and its members spent the fund on a new bridge for the state.',
    );
    expect(marked(n)).toEqual([]);
  });

  it('marks fear words and politics called theatre, not the plain account', () => {
    const d = doc('f', 'X', 'The hearing was a circus and the new rules a dystopian nightmare for the town.');
    expect(marked(d)).toEqual(expect.arrayContaining(['circus', 'dystopian', 'nightmare']));
    for (const w of ['hearing', 'rules', 'town']) expect(marked(d)).not.toContain(w);
  });

  it('marks verdicts on temper and fitness, taunts and a place-named disease, not a plain report of them', () => {
    const d = doc(
      'v',
      'X',
      'In a rambling speech the smug governor swiped at critics of his handling of the Ruritania virus.',
    );
    expect(marked(d)).toEqual(expect.arrayContaining(['rambling', 'smug', 'swiped']));
    const e = doc('e', 'X', 'Officials tracked the Wuhan virus as the governor spoke for an hour to the press.');
    expect(marked(e)).toEqual(expect.arrayContaining(['wuhan']));
    for (const w of ['governor', 'spoke', 'hour', 'press']) expect(marked(e)).not.toContain(w);
  });

  it('does not mark neutral officialese: administration, diplomatic, officials', () => {
    const d = doc('b', 'X', 'Administration officials held diplomatic talks with the new government on Tuesday.');
    expect(marked(d)).toEqual([]);
  });

  it('marks a word of blame only when one outlet stands out for it on the same event, and never officialese', () => {
    const texts: [string, string, string][] = [];
    for (let i = 0; i < 6; i++) {
      texts.push([
        'a' + i,
        'A',
        'The administration said the weak plan of the administration would pass. The administration set weak terms.',
      ]);
      texts.push([
        'b' + i,
        'B',
        'The government said the government would talk. The government agreed to new talks soon.',
      ]);
      texts.push(['c' + i, 'C', 'The government met. Officials would talk. The government agreed to talks in March.']);
    }
    const docs = texts.map(([id, o, t]) => doc(id, o, t));
    const events = new Map(docs.map((d) => [d.id, 'e1']));
    const z = outletContrast(docs, events);
    const a = docs[0];
    expect(marked(a, { contrast: z.get('e1')!.get('A') })).toContain('weak');
    // "administration" stands out as much, but judges nothing: the outlet's vocabulary (distinctive terms), not loaded
    expect(marked(a, { contrast: z.get('e1')!.get('A') })).not.toContain('administration');
    // the same outlet, on an event where everybody writes as it does: not loaded
    const same = texts.filter(([, o]) => o !== 'A').map(([id, o]) => doc(id, o, texts[0][2]));
    const z2 = outletContrast([a, ...same], new Map([a, ...same].map((d) => [d.id, 'e2'])));
    expect(marked(a, { contrast: z2.get('e2')!.get('A') })).not.toContain('weak');
    // contrast is computed within events: one outlet alone on an event has no contrast
    expect(outletContrast([a], new Map([[a.id, 'solo']])).get('solo')).toBeUndefined();
  });

  it('framing marks words of blame by contrast only when it is told the events', () => {
    const docs: Doc[] = [];
    for (let i = 0; i < 6; i++) {
      docs.push(
        doc(
          'a' + i,
          'Alpha Daily',
          'The administration met. The administration set weak terms. The administration agreed to weak rules.',
        ),
      );
      docs.push(
        doc('b' + i, 'Beta News', 'The government met. The government would talk. The government agreed to new talks.'),
      );
      docs.push(
        doc(
          'c' + i,
          'Gamma Post',
          'The government met. Officials would talk. The government agreed to talks in March.',
        ),
      );
    }
    const events = Object.fromEntries(docs.map((d) => [d.id, 'e1']));
    const loadedOf = (f: ReturnType<typeof analyseFraming>) =>
      f.loaded.filter((r) => r.outlet === 'Alpha Daily').map((r) => [r.term, r.theme]);
    expect(loadedOf(analyseFraming({ docs, lexicon: readLexicon() }))).toEqual([]);
    expect(loadedOf(analyseFraming({ docs, lexicon: readLexicon(), events }))).toEqual([['weak', 'outlet contrast']]);
  });

  it('never lets a wildcard term match a name ("bash*" is not Bashar)', () => {
    const d = doc('c', 'X', 'Supporters of Bashar al-Assad gathered.');
    expect(marked(d)).toEqual([]);
  });

  it('scores a sentence of loaded words above a factual one', () => {
    const loaded = doc('d', 'X', 'The radical senator slammed the outrageous, disgraceful scheme.');
    const plain = doc('e', 'X', 'The senator voted against the bill on Tuesday afternoon.');
    const score = (d: Doc) => sentenceLoadedness(d, loadedTokens(d, { lexicon: readLexicon() }));
    expect(score(loaded)).toBeGreaterThan(score(plain));
    expect(score(plain)).toBeLessThanOrEqual(0);
  });
});

describe('tone with its sample size', () => {
  const tone = (outlet: string, score: number, n: number, doc0 = 0): SentenceTone[] =>
    Array.from({ length: n }, (_, i) => ({ doc: `${outlet}${doc0 + i}`, outlet, start: 0, end: 1, score, words: 5 }));

  it('a tone cell of one sentence carries n = 1, is shrunk toward zero and is not read as a tone', () => {
    const rows = toneRows([...tone('A', -0.19, 1), ...tone('B', -0.19, 40)], []);
    const a = rows.find((r) => r.outlet === 'A')!,
      b = rows.find((r) => r.outlet === 'B')!;
    expect(a.sentences).toBe(1);
    expect(a.mean).toBe(-0.19);
    expect(Math.abs(a.shrunk)).toBeLessThan(Math.abs(a.mean) / 4);
    expect(a.enough).toBe(false);
    expect(b.enough).toBe(true);
    expect(Math.abs(b.shrunk)).toBeGreaterThan(Math.abs(a.shrunk) * 4);
  });
});

describe('distinctive own-voice terms that are framing, not house style', () => {
  const kept = (d: Doc, names: ReadonlySet<string> = new Set()) => {
    const h = houseStyleMask(d),
      n = nameMask(d, names);
    return d.tokens.filter((t, i) => h[i] && n[i] && t.kind === 'word').map((t) => t.norm);
  };

  it('drops honorifics and titles, dotted acronyms and party-state tags', () => {
    const d = doc(
      'h1',
      'Daily Planet',
      'Sen. Rob Portman (R-Ohio) and Representative Jane Doe, D-N.Y., told Mr. Smith the f.b.i. report was bizarre.',
    );
    const words = kept(d);
    for (const w of ['sen.', 'representative', 'mr.', 'f.b.i.', 'r-ohio', 'd-n', 'y']) expect(words).not.toContain(w);
    expect(words).toEqual(expect.arrayContaining(['told', 'report', 'bizarre']));
  });

  it('drops the outlet\'s own name and its variants: HuffPost as "Huffington Post", The New York Times as "The Times"', () => {
    expect(ownNameVariants('HuffPost').map((v) => v.words.join(' '))).toEqual(['huffpost', 'huff post']);
    const h = doc('h2', 'HuffPost', 'A spokesman told the Huffington Post and HuffPost readers that the plan failed.');
    for (const w of ['huffington', 'post', 'huffpost']) expect(kept(h)).not.toContain(w);
    expect(kept(h)).toContain('readers');
    const t = doc('h3', 'The New York Times', 'The Times reported that the times were hard for The New York Times.');
    expect(kept(t).filter((w) => w === 'times')).toEqual(['times']); // only the lower-case "the times" stays
  });

  it('leaves names to the entities analysis: words written capitalised inside sentences are dropped', () => {
    const docs = [
      doc('n1', 'A', 'Yesterday the caravan reached Tijuana, and Trump said the migrants were illegal.'),
      doc('n2', 'B', 'On Monday the caravan of migrants left San Pedro Sula, according to al-Jazeera.'),
    ];
    const names = nameNorms(docs);
    for (const w of ['tijuana', 'trump', 'san', 'pedro', 'sula', 'al-jazeera']) expect(names.has(w)).toBe(true);
    for (const w of ['caravan', 'migrants', 'illegal', 'yesterday']) expect(names.has(w)).toBe(false);
    expect(kept(docs[0], names)).not.toContain('tijuana');
  });

  it('counts the country written "US" as house style, as "U.S." is: no distinctive term of the outlet writing so', () => {
    const a = Array.from({ length: 4 }, (_, i) =>
      doc('a' + i, 'Alpha Daily', 'Families in the US wait. The US border is closed. The reckless plan failed us.'),
    );
    const b = Array.from({ length: 4 }, (_, i) =>
      doc(
        'b' + i,
        'Beta News',
        'Families in the U.S. wait. Let us see. The U.S. border is closed to us. It failed us.',
      ),
    );
    const f = analyseFraming({ docs: [...a, ...b], lexicon: readLexicon() });
    const alpha = f.distinctive.filter((r) => r.outlet === 'Alpha Daily').map((r) => r.term);
    expect(alpha.some((t) => t.includes('reckless'))).toBe(true);
    expect(alpha.filter((t) => t.split(' ').some((w) => w === 'u.s.' || w === 'us'))).toEqual([]);
  });

  it('ranks evaluative words above topic words of the same contrast, with rates per 1,000 words', () => {
    const a = Array.from({ length: 4 }, (_, i) =>
      doc(
        'a' + i,
        'Alpha Daily',
        'The reckless plan was a disaster. A reckless caravan moved north. The caravan rested.',
      ),
    );
    const b = Array.from({ length: 4 }, (_, i) =>
      doc('b' + i, 'Beta News', 'The group of families walked north. The families rested overnight.'),
    );
    const f = analyseFraming({ docs: [...a, ...b], lexicon: readLexicon() });
    const top = f.distinctive.filter((r) => r.outlet === 'Alpha Daily').map((r) => r.term);
    expect(top.indexOf('reckless')).toBeGreaterThanOrEqual(0);
    expect(top.indexOf('reckless')).toBeLessThan(top.indexOf('caravan'));
    const row = f.distinctive.find((r) => r.outlet === 'Alpha Daily' && r.term === 'reckless')!;
    expect(row.per_1000).toBeCloseTo((8 / 56) * 1000, 0); // 8 uses in 56 own-voice words (14 per article)
  });
});

describe('distinctive terms within events, pooled', () => {
  // Alpha covers a storm alone and two border stories beside Beta; every Alpha article ends with its newsletter line
  const corpus = () => {
    const texts: [string, string, string, string][] = [];
    const sign = ' Sign up for the morning newsletter today.';
    const lead = (t: string) => 'Story highlights ' + t[0].toLowerCase() + t.slice(1);
    for (let i = 0; i < 3; i++) {
      texts.push(['s' + i, 'Alpha', 'storm', 'The storm flooded the coastal towns and the harbour.' + sign]);
      for (const ev of ['border1', 'border2']) {
        const who = ['immigrants', 'workers', 'families'][i];
        texts.push([ev + 'a' + i, 'Alpha', ev, lead(`The illegal ${who} crossed the river near the town.`) + sign]);
        texts.push([ev + 'b' + i, 'Beta', ev, `The undocumented ${who} crossed the river near the town.`]);
      }
    }
    for (let i = 0; i < 3; i++)
      for (const ev of ['budget', 'school']) {
        texts.push([ev + 'a' + i, 'Alpha', ev, lead(`The ${ev} vote passed in the council chamber.`) + sign]);
        texts.push([ev + 'b' + i, 'Beta', ev, `The ${ev} vote passed in the council chamber.`]);
      }
    const docs = texts.map(([id, o, , t]) => doc(id, o, t));
    const events = Object.fromEntries(texts.map(([id, , ev]) => [id, ev]));
    return { docs, events };
  };

  it('finds the word choice on shared events and not the topic an outlet covered alone', () => {
    const { docs, events } = corpus();
    const f = analyseFraming({ docs, lexicon: readLexicon(), events });
    const alpha = f.distinctive.filter((r) => r.outlet === 'Alpha').map((r) => r.term);
    const beta = f.distinctive.filter((r) => r.outlet === 'Beta').map((r) => r.term);
    expect(alpha).toContain('illegal');
    expect(beta).toContain('undocumented');
    for (const topic of ['storm', 'flooded', 'coastal', 'harbour']) expect(alpha).not.toContain(topic);
    const illegal = f.distinctive.find((r) => r.outlet === 'Alpha' && r.term === 'illegal')!;
    expect(illegal.events).toBe(2);
    expect(illegal.count).toBe(6);
  });

  it('drops words an outlet alone prints on every event (site furniture), and keeps its evaluative words', () => {
    const { docs, events } = corpus();
    const f = analyseFraming({ docs, lexicon: readLexicon(), events });
    const alpha = f.distinctive.filter((r) => r.outlet === 'Alpha').map((r) => r.term);
    expect(alpha.filter((t) => t.includes('newsletter') || t.includes('highlights'))).toEqual([]);
    expect(alpha).toContain('illegal');
    // without events the same corpus is one contrast: the repeated newsletter sentence is still furniture (five
    // articles), but the "Story highlights" lead, glued to a different sentence each time, shows as Alpha's wording
    const wide = analyseFraming({ docs, lexicon: readLexicon() });
    const wideAlpha = wide.distinctive.filter((r) => r.outlet === 'Alpha').map((r) => r.term);
    expect(wideAlpha.some((t) => t.includes('highlights'))).toBe(true);
    expect(wideAlpha.some((t) => t.includes('newsletter'))).toBe(false);
  });
});

describe('house style on real pages', () => {
  it('masks a sentence one outlet prints on several events, not one repeated inside an event', () => {
    const furniture = 'Get the stories you care about delivered to your inbox.';
    const docs: Doc[] = [];
    const events = new Map<string, string>();
    for (let i = 0; i < 4; i++) {
      const topic = ['roads', 'schools', 'taxes', 'parks'][i];
      docs.push(doc('m' + i, 'Monitor', `The council met on ${topic}. ${furniture}`));
      events.set('m' + i, 'e' + i);
    }
    // the same sentence in three articles of one event: a story's repeated line, not furniture
    for (let i = 0; i < 3; i++) {
      docs.push(doc('w' + i, 'Wire', 'The storm hit the coast. The storm hit the coast hard today.'));
      events.set('w' + i, 'storm');
    }
    const masks = boilerplateMasks(docs, { events });
    const m0 = masks.get('m0')!;
    const kept = docs[0].tokens.filter((t, k) => m0[k] && t.kind === 'word').map((t) => t.norm);
    expect(kept).toEqual(['the', 'council', 'met', 'on', 'roads']);
    expect(masks.has('w0')).toBe(false);
  });

  it('drops page furniture in capitals ("JUST WATCHED", "MUST WATCH") but not a lone acronym', () => {
    const d = doc(
      'v',
      'X',
      'JUST WATCHED Aid to the region Replay. The NATO summit ended. MUST WATCH Aid to the region.',
    );
    const keep = houseStyleMask(d);
    const kept = d.tokens.filter((t, k) => keep[k] && t.kind === 'word').map((t) => t.norm);
    for (const w of ['just', 'watched', 'must', 'watch']) expect(kept).not.toContain(w);
    expect(kept).toEqual(expect.arrayContaining(['aid', 'region', 'nato', 'summit']));
  });

  it('drops contraction stems split at a spaced apostrophe ("didn ’ t")', () => {
    const d = doc('c', 'X', 'They didn ’ t know and we ’ ll see, he said.');
    const keep = houseStyleMask(d);
    const kept = d.tokens.filter((t, k) => keep[k] && t.kind === 'word').map((t) => t.norm);
    expect(kept).not.toContain('didn');
    expect(kept).not.toContain('ll');
    expect(kept).toContain('know');
  });
});

describe('tone', () => {
  it("scores AFINN exactly as natural's analyzer does, negation included", () => {
    const analyzer = new SentimentAnalyzer('English', null, 'afinn');
    for (const s of [
      'the plan is good',
      'this is not a good or happy day',
      'bad bad terrible outcome',
      'plain words here',
    ])
      expect(afinnScore(s.split(' '))).toBe(analyzer.getSentiment(s.split(' ')));
  });
});

describe('term chart', () => {
  it('does not draw terms of equal counts as a diagonal streak in alphabetical order', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      term: 'term' + String(i).padStart(2, '0'),
      z: 0.1,
      count: 2,
      count_rest: 3,
      n: 1000,
      n_rest: 3000,
    }));
    const fig = termChartFigure(rows, 'A');
    const pts = fig.data.find(
      (t) => Array.isArray((t as { x?: unknown }).x) && (t as { x: unknown[] }).x.length === 30,
    ) as { x: number[]; y: number[]; text?: string[] };
    const rank = (v: number[]) => v.map((_, i) => i).sort((a, b) => v[a] - v[b]);
    expect(rank(pts.x)).not.toEqual(rows.map((_, i) => i)); // not alphabetical along x
    expect(rank(pts.x)).not.toEqual(rank(pts.y)); // x and y orders are independent: a cloud, not a line
  });
});
