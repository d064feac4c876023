import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { findQuotes } from '../lib/framing/quotes.js';
import { docVoice, voiceMask } from '../lib/framing/voice.js';
import {
  distinctiveTerms,
  dunningG2,
  houseStyleMask,
  logOddsDirichlet,
  outletTermTable,
} from '../lib/framing/distinctive.js';
import { loadedHits, loadedRows } from '../lib/framing/loaded.js';
import { classifySource, personName } from '../lib/framing/sources.js';
import { conceptMentions, entityLabelMentions, labelRows } from '../lib/framing/labels.js';
import { afinnScore } from '../lib/framing/tone.js';
import { analyseFraming, type Framing } from '../lib/framing/framing.js';
import { runFraming, reusedSpans } from '../lib/framing/run.js';
import { readFrames, readLexicon } from '../lib/framing/data.js';
import { loadCorpus } from '../lib/corpus/load.js';
import type { Article, Doc } from '../lib/types.js';
import { main } from '../lib/cli/index.js';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { growth } from './helpers/scaling.js';

/** The mention span of the first `s` at or after `from` in doc `id`'s `text`. */
const spanIn =
  (id: string, text: string) =>
  (s: string, from = 0) => {
    const i = text.indexOf(s, from);
    return { doc: id, start: i, end: i + s.length };
  };
const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });
const inner = (d: Doc, q: { inner: [number, number] }) => d.text.slice(q.inner[0], q.inner[1]);

describe('quotes and speakers', () => {
  it('finds straight and curly quotes with the speaker after, before, inverted and via "according to"', () => {
    const d = doc(
      'q',
      'X',
      [
        'The talks ended. "We will stay in Damascus," the minister said on Friday.',
        'Al-Sudani said: “Iraq is committed to stability.”',
        'According to a senior official, the talks “were productive and frank.”',
        '“Nothing was agreed,” said the spokesperson.',
      ].join('\n\n'),
    );
    const qs = findQuotes(d).filter((q) => q.depth === 0);
    expect(qs.map((q) => [inner(d, q), q.speaker])).toEqual([
      ['We will stay in Damascus,', 'the minister'],
      ['Iraq is committed to stability.', 'Al-Sudani'],
      ['were productive and frank.', 'a senior official'],
      ['Nothing was agreed,', 'the spokesperson'],
    ]);
    // the speaker span points at the words in the text
    for (const q of qs) expect(d.text.slice(q.speakerSpan!.start, q.speakerSpan!.end)).toBe(q.speaker);
  });

  it('finds nested single quotes, and does not take apostrophes for quote marks', () => {
    const d = doc(
      'n',
      'X',
      "“He told me ‘never again’ yesterday,” Ahmed Al-Shara told reporters.\n\nSyria’s new rulers don’t agree with al-Shatri’s aide, who didn't comment.",
    );
    const qs = findQuotes(d);
    expect(qs.map((q) => [q.depth, inner(d, q)])).toEqual([
      [0, 'He told me ‘never again’ yesterday,'],
      [1, 'never again'],
    ]);
    expect(qs[0].speaker).toBe('Ahmed Al-Shara');
    expect(qs[1].speaker).toBe('Ahmed Al-Shara');
  });

  it('joins a multi-paragraph quote (opened again, not closed, at each paragraph) under one speaker', () => {
    const d = doc(
      'm',
      'X',
      'Basim Al-Awadi said: “This is the first paragraph of a long statement.\n\n“This is the second paragraph, and it goes on.\n\n“This is the last one.”\n\nThen the press conference ended.',
    );
    const qs = findQuotes(d).filter((q) => q.depth === 0);
    expect(qs).toHaveLength(3);
    expect(new Set(qs.map((q) => q.group)).size).toBe(1);
    expect(qs.map((q) => q.speaker)).toEqual(['Basim Al-Awadi', 'Basim Al-Awadi', 'Basim Al-Awadi']);
    const v = docVoice(d);
    // the closing narration is the outlet's own
    expect(v.spans.own.map((s) => d.text.slice(s.start, s.end))).toContain('Then the press conference ended.');
  });

  it('resolves "he added" to the last named speaker, and leaves scare quotes without a speaker', () => {
    const d = doc(
      'p',
      'X',
      '“The first thing is security,” Hamid al-Shatri said. “The second is trade,” he added.\n\nThe delegation drew “red lines” for the talks.',
    );
    const qs = findQuotes(d).filter((q) => q.depth === 0);
    expect(qs.map((q) => q.speaker)).toEqual(['Hamid al-Shatri', 'Hamid al-Shatri', null]);
    expect(qs[1].via).toBe('pronoun');
  });

  it('finds every quote on the seeds with the speakers the text names', async () => {
    const c = await loadCorpus('seeds');
    const d = analyse(c.articles.find((a) => a.outlet === 'The Cradle')!);
    const got = findQuotes(d)
      .filter((q) => q.depth === 0)
      .map((q) => [inner(d, q).slice(0, 20), q.speaker]);
    expect(got).toContainEqual(['Al-Shatri will infor', 'Shafaq News']);
    expect(got).toContainEqual(['I usually hate this ', 'an unnamed US official']);
    expect(got).toContainEqual(['If [Turkiye] doesn’t', 'an unnamed US official']);
    expect(got).toContainEqual(['[Iraqi] Prime Minist', 'Lawmaker Issam al-Kreiti']);
    expect(got).toContainEqual(['were security-relate', 'informed sources']);
    expect(got).toContainEqual(['red lines', null]);
  });
});

describe('voice', () => {
  it('is linear on one 1 MB paragraph full of quote marks and apostrophes', async () => {
    const unit =
      'The minister said “we stay,” he added, and ‘maybe’ don’t the source noted that "it is" fine, states\' rights. ';
    const v = docVoice(doc('big', 'X', unit.repeat(10_000)));
    expect(v.quotes.filter((q) => q.depth === 0)).toHaveLength(30_000); // “we stay,” ‘maybe’ "it is" per repeat
    // 4x the paragraph costs about 4x, not 16x: a ratio measured in this test, not a time limit (was 4 s, failed at 4.4 s)
    const docs = new Map([2_500, 10_000].map((n) => [n, doc(`p${n}`, 'X', unit.repeat(n))]));
    expect(await growth((n) => docVoice(docs.get(n)!), 2_500, 10_000, 2)).toBeLessThan(9);
  }, 60_000);

  it('splits direct quotes, reported speech, reused text and own narration, quoted first', () => {
    const text =
      'The delegation arrived in Damascus on Thursday. Addressing the ISIS issue, the source noted that Al-Shatri will inform the new administration. "We are ready," the source said. Copied words sit here in this sentence.';
    const d = doc('v', 'X', text);
    const from = text.indexOf('Copied');
    const v = docVoice(d, [{ doc: 'v', start: from, end: text.length }]);
    const of = (w: string) => v.tokenVoice[d.tokens.findIndex((t) => t.norm === w)];
    expect(of('arrived')).toBe(0); // own
    expect(of('ready')).toBe(1); // quoted
    expect(of('inform')).toBe(2); // reported
    expect(of('copied')).toBe(3); // reused
    const sum = v.shares.own + v.shares.quoted + v.shares.reported + v.shares.reused;
    expect(sum).toBeCloseTo(1, 10);
    expect(v.reported[0].speaker).toBe('the source');
    const keep = voiceMask(v, ['own']);
    // the desk's words of a reported sentence are its own (reported-statements.ts): the opening phrase, the reporter
    // and its verb; an attributed quote's speaker and verb
    expect(d.tokens.filter((_, i) => keep[i]).map((t) => t.norm)).toEqual([
      ...'the delegation arrived in damascus on thursday .'.split(' '),
      ...'addressing the isis issue , the source noted that'.split(' '),
      ...'the source said'.split(' '),
    ]);
  });
});

describe('distinctive terms', () => {
  it('z equals the log-odds formula with informative Dirichlet prior, computed by hand', () => {
    // yi = 3 of ni = 100, yj = 1 of nj = 300, alpha0 = 10, alpha_w = 10 * 4 / 400 = 0.1
    const delta = Math.log(3.1 / (100 + 10 - 3 - 0.1)) - Math.log(1.1 / (300 + 10 - 1 - 0.1));
    const z = delta / Math.sqrt(1 / 3.1 + 1 / 1.1);
    expect(z).toBeCloseTo(1.8897, 3); // ln(3.1/106.9) − ln(1.1/308.9) = −3.5405 + 5.6377 = 2.0972; σ = √(0.3226 + 0.9091) = 1.1098
    const r = logOddsDirichlet(3, 100, 1, 300, 0.1, 10);
    expect(r.delta).toBeCloseTo(delta, 12);
    expect(r.z).toBeCloseTo(z, 12);
  });

  it('distinctiveTerms applies the formula per outlet against the rest, prior from the whole corpus', () => {
    const a = doc('a', 'Alpha', 'coup coup coup army army. army rulers.');
    const b = doc('b', 'Beta', 'rulers rulers rulers rulers army. transition transition.');
    const table = outletTermTable([a, b]);
    const rows = distinctiveTerms(table, { positiveOnly: false });
    const coup = rows.find((r) => r.outlet === 'Alpha' && r.term === 'coup')!;
    // Alpha: 7 terms (coup 3, army 3, rulers 1); Beta: 7 terms; corpus 14; alpha0 = 14, alpha_coup = 14 * 3/14 = 3
    expect([coup.count, coup.count_rest, coup.n, coup.n_rest]).toEqual([3, 0, 7, 7]);
    const delta = Math.log((3 + 3) / (7 + 14 - 3 - 3)) - Math.log((0 + 3) / (7 + 14 - 0 - 3));
    expect(coup.z).toBeCloseTo(delta / Math.sqrt(1 / 6 + 1 / 3), 3);
    // Beta: rulers 4 of 7 against 1 of 7 in Alpha; alpha_rulers = 14 * 5/14 = 5
    const rulers = rows.find((r) => r.outlet === 'Beta' && r.term === 'rulers')!;
    expect(rulers.z).toBeCloseTo((Math.log(9 / 12) - Math.log(6 / 15)) / Math.sqrt(1 / 9 + 1 / 6), 3);
    // with the default (over-used terms only), Alpha's list has coup and not rulers
    const alpha = distinctiveTerms(table)
      .filter((r) => r.outlet === 'Alpha')
      .map((r) => r.term);
    expect(alpha).toContain('coup');
    expect(alpha).not.toContain('rulers');
    // Dunning G2 by hand: a=10 of 1000, b=5 of 2000: E1=5, E2=10, G2 = 2(10 ln 2 + 5 ln .5) = 10 ln 2
    const g = dunningG2(10, 1000, 5, 2000);
    expect(g.g2).toBeCloseTo(10 * Math.log(2), 10);
    expect(g.log2ratio).toBeCloseTo(2, 10);
  });

  it("drops house style: the outlet's own name, honorifics, datelines and bylines", () => {
    const d = doc(
      'h',
      'The Cradle',
      'Friday, December 27, 2024\n\nNews Desk - The Cradle\n\nERBIL (Kurdistan24) - Mr. Smith told The Cradle about the coup.',
    );
    const keep = houseStyleMask(d);
    const kept = d.tokens.filter((_, i) => keep[i]).map((t) => t.norm);
    expect(kept).toEqual(['smith', 'told', 'about', 'the', 'coup', '.']);
  });
});

describe('loaded language and sources', () => {
  it('matches wildcard and phrase terms, split by voice', () => {
    const d = doc('l', 'X', 'The Turkish-backed coup shocked Damascus. "It is a ticking time bomb," an official said.');
    const v = docVoice(d);
    const lex = {
      themes: [
        { theme: 'foreign hand', terms: ['*-backed'] },
        { theme: 'threat', terms: ['ticking time bomb', 'time bomb'] },
        { theme: 'power', terms: ['coup'] },
      ],
    };
    const rows = loadedRows(loadedHits([d], [v], lex));
    expect(rows.map((r) => [r.term, r.own, r.quoted, r.forms])).toEqual([
      ['shocked', 1, 0, 'shocked'], // general evaluative vocabulary, no lexicon entry needed
      ['*-backed', 1, 0, 'turkish-backed'],
      ['coup', 1, 0, 'coup'],
      ['ticking time bomb', 0, 1, 'ticking time bomb'],
    ]);
  });

  it('classifies speakers as named, anonymous or media', () => {
    expect(classifySource('Iraqi government spokesperson Basim Al-Awadi')).toBe('named');
    expect(personName('Iraqi government spokesperson Basim Al-Awadi')).toBe('Basim Al-Awadi');
    expect(classifySource('a well-informed government source')).toBe('anonymous');
    expect(classifySource('an unnamed US official')).toBe('anonymous');
    expect(classifySource('Another senior official')).toBe('anonymous'); // not the name "Another"
    expect(classifySource('Many analysts')).toBe('anonymous');
    expect(classifySource('the Iraqi News Agency')).toBe('media');
    expect(classifySource('Shafaq News', ['Shafaq News'])).toBe('media');
  });

  it('scores tone with AFINN', () => {
    expect(afinnScore(['good', 'talks'])).toBeGreaterThan(0);
    expect(afinnScore(['terrible', 'attack'])).toBeLessThan(0);
  });
});

describe('labels on constructed text', () => {
  it('collects titles, appositions, "led by" and "the <title>" co-references for an entity', () => {
    const text =
      'The head of the intelligence service, Hamid al-Shatri, arrived. Intelligence Chief Hamid al-Shatri met Ahmed Al-Shara, de facto leader of Syria’s new administration, on Thursday. The chief left later.';
    const d = doc('e', 'X', text);
    const span = spanIn('e', text);
    const shatri = {
      id: 'shatri',
      name: 'Hamid al-Shatri',
      type: 'person',
      mentions: [span('Hamid al-Shatri'), span('Hamid al-Shatri', 60)],
    };
    const shara = { id: 'shara', name: 'Ahmed Al-Shara', type: 'person', mentions: [span('Ahmed Al-Shara')] };
    const rows = labelRows(entityLabelMentions([d], [shatri, shara], readFrames().titles), [d], { names: false });
    expect(rows.map((r) => [r.entity, r.label, r.kind])).toEqual([
      ['Ahmed Al-Shara', 'de facto leader of Syria’s new administration', 'apposition'],
      ['Hamid al-Shatri', 'Intelligence Chief', 'title'],
      ['Hamid al-Shatri', 'The chief', 'coreference'],
      ['Hamid al-Shatri', 'The head of the intelligence service', 'apposition'],
    ]);
  });

  it('a clause after a fronted name, or the next item of a list of people, is no apposition', () => {
    const text =
      'Like Marta Quill, the governor did not soften her words. At the Harbour Board, spokesman Ivo Brenn told reporters Monday that talks would go on. ' +
      'Two staff -- Dara Lenz, deputy director Tomas Ferro and a driver -- were hurt. Dara Lenz, the deputy director, spoke later. ' +
      'Ivo Brenn, the ambassador to the United States, flew home. Nils Ode, a member of the Harbour Board and a former pilot, ' +
      'agreed. Unlike the Harbour Board, the governor acted alone. ' +
      'She called President Ada Vex, Northern Prime Minister Oren Pask, Coastal President Lia Moor and others.';
    const d = doc('l', 'X', text);
    const span = spanIn('l', text);
    const ents = [
      { id: 'q', name: 'Marta Quill', type: 'person', mentions: [span('Marta Quill')] },
      { id: 'hb', name: 'Harbour Board', type: 'org', mentions: [span('Harbour Board'), span('Harbour Board', 360)] },
      { id: 'no', name: 'Nils Ode', type: 'person', mentions: [span('Nils Ode')] },
      { id: 'dl', name: 'Dara Lenz', type: 'person', mentions: [span('Dara Lenz'), span('Dara Lenz', 200)] },
      { id: 'ib', name: 'Ivo Brenn', type: 'person', mentions: [span('Ivo Brenn', 250)] },
      { id: 'av', name: 'Ada Vex', type: 'person', mentions: [span('Ada Vex')] },
    ];
    const rows = labelRows(entityLabelMentions([d], ents, readFrames().titles), [d], { names: false });
    expect(rows.filter((r) => r.kind === 'apposition').map((r) => [r.entity, r.label])).toEqual([
      ['Dara Lenz', 'the deputy director'],
      ['Ivo Brenn', 'the ambassador'],
      ['Nils Ode', 'a member of the Harbour Board'],
    ]);
  });

  it('a clause with a name as subject, an item of a list, or a name that modifies a title gives no apposition', () => {
    const text =
      'Shortly after the Harbour Summit, Telva received a request from the governor’s office. ' +
      'As Coastal Institute Director Mara Quint writes, Ada Vex is wrong. ' +
      'Power is split among the governor, the Harbour Board, and the courts. ' +
      'Visitors met the police, the Harbour Board, the port authority, and the mayor. ' +
      'He met that province’s governor, Harbour Board deputy chairman Ivo Brenn said. ' +
      'Lia Moor, the deputy director, spoke later.';
    const d = doc('c', 'X', text);
    const span = spanIn('c', text);
    const ents = [
      { id: 'hs', name: 'Harbour Summit', type: 'event', mentions: [span('Harbour Summit')] },
      { id: 'av', name: 'Ada Vex', type: 'person', mentions: [span('Ada Vex')] },
      {
        id: 'hb',
        name: 'Harbour Board',
        type: 'org',
        mentions: [span('Harbour Board'), span('Harbour Board', 200), span('Harbour Board', 270)],
      },
      { id: 'lm', name: 'Lia Moor', type: 'person', mentions: [span('Lia Moor')] },
    ];
    const rows = labelRows(entityLabelMentions([d], ents, readFrames().titles), [d], { names: false });
    expect(rows.filter((r) => r.kind === 'apposition').map((r) => [r.entity, r.label])).toEqual([
      ['Lia Moor', 'the deputy director'],
    ]);
  });

  it('finds concept labels from frames.json head nouns, not from any list of phrases', () => {
    const frames = {
      concepts: [
        {
          id: 'rulers',
          name: 'new rulers',
          heads: ['administration', 'authorities'],
          requireAny: ['new', 'de facto'],
          exclude: ['iraqi'],
        },
      ],
      titles: [],
    };
    const d = doc(
      'c',
      'X',
      'Officials met the de facto authorities from Hayat Tahrir al-Sham (HTS) and the new Syrian administration, but not the Iraqi authorities or the old administration.',
    );
    const got = conceptMentions([d], frames).map((m) => m.label);
    expect(got).toEqual(['the de facto authorities from Hayat Tahrir al-Sham (HTS)', 'the new Syrian administration']);
  });
});

describe('framing on the seeds', () => {
  let articles: Article[];
  let f: Framing;
  beforeAll(async () => {
    articles = (await loadCorpus('seeds')).articles;
    f = runFraming(articles).framing;
  });
  const cradle = 'The Cradle';

  it('the outlet that calls the change of power a coup has "coup" among its distinctive own-voice terms (from its headline)', () => {
    const mine = f.distinctive.filter((r) => r.outlet === cradle);
    const coup = mine.find((r) => r.term === 'coup');
    expect(coup).toBeDefined();
    expect(coup!.z).toBeGreaterThan(0);
    expect(coup!.count_rest).toBe(0);
    expect(f.distinctive.filter((r) => r.outlet !== cradle && r.term.split(' ').includes('coup'))).toEqual([]);
    // the word is in the headline, which the loader keeps apart from the body: without headlines it is gone
    const noTitles = analyseFraming({
      docs: f.detail.voices.map((v) => analyse(articles.find((a) => a.id === v.doc)!)),
    });
    expect(noTitles.distinctive.find((r) => r.outlet === cradle && r.term === 'coup')).toBeUndefined();
  });

  it('words an outlet only quotes from another outlet do not count as its own voice', () => {
    // The Cradle quotes al-Kreiti via Shafaq News: "under pressure from both the United States and Gulf states", "external pressures played a significant role"
    const own = f.distinctive.filter((r) => r.outlet === cradle).map((r) => r.term);
    for (const t of ['gulf', 'gulf states', 'external pressures', 'significant role', 'significant'])
      expect(own).not.toContain(t);
    const loaded = f.loaded.find((r) => r.outlet === cradle && r.term === 'ticking time bomb')!;
    expect([loaded.own, loaded.quoted]).toEqual([0, 1]);
    // with quotes switched in, the same words count
    const withQuotes = runFraming(articles, { include: ['own', 'quoted', 'reported'] }).framing;
    // ("gulf" itself is a name now, left to entities). Counted, not distinctive: within the event Shafaq News, whom
    // The Cradle quotes, uses the same words, so the contrast inside the event does not credit them to The Cradle.
    const counted = (x: typeof f) => x.detail.termTable.counts[x.detail.termTable.outlets.indexOf(cradle)];
    expect(counted(f).get('significant') ?? 0).toBe(0);
    expect(counted(withQuotes).get('significant')).toBeGreaterThan(0);
  });

  it("marks the later Shafaq article's copy of the earlier one as reused, from overlap", () => {
    const v = f.voice.find((r) => r.doc.startsWith('001'))!;
    expect(v.reused).toBeGreaterThan(0.15);
    expect(f.voice.find((r) => r.doc.startsWith('000'))!.reused).toBe(0);
    for (const r of f.voice) expect(r.own + r.quoted + r.reported + r.reused).toBeCloseTo(1, 3);
  });

  it("shows how each outlet names Syria's new rulers and the fall of the previous government", () => {
    const labels = (concept: string, outlet: string) =>
      f.labels
        .filter((r) => r.entity === concept && r.outlet === outlet)
        .map((r) => r.label.toLowerCase().replace(/’/g, "'"));
    const rulers = "Syria's new rulers",
      fall = 'the fall of the previous government';
    expect(labels(rulers, 'Shafaq News')).toContain('the new syrian administration');
    expect(labels(rulers, 'Kurdistan24')).toContain("syria's new administration");
    expect(labels(rulers, '964media')).toContain("syria's new leadership");
    expect(labels(rulers, cradle)).toEqual(
      expect.arrayContaining([
        'de facto government authorities from hayat tahrir al-sham (hts)',
        'the former al-qaeda commanders',
        "syria's transitional government",
      ]),
    );
    expect(labels(fall, cradle)).toContain('turkish-backed coup');
    expect(labels(fall, '964media')).toEqual(
      expect.arrayContaining(['the fall of the assad regime', 'the regime fell']),
    );
    expect(labels(fall, 'Kurdistan24')).toContain('a momentous political shift');
    // the scare-quoted "transitional government" is the Cradle's quote, not its own narration
    expect(f.labels.find((r) => r.outlet === cradle && /transitional/.test(r.label))!.own).toBe(0);
  });

  it('names the sources of each outlet: named, anonymous, other media', () => {
    const src = (o: string, kind: string) =>
      f.sources.filter((r) => r.outlet === o && r.kind === kind).map((r) => r.name);
    expect(src(cradle, 'media')).toEqual(expect.arrayContaining(['Shafaq News', 'POLITICO', 'Iraqi News Agency']));
    expect(src('964media', 'named')).toContain('Basim Al-Awadi');
    expect(src('Shafaq News', 'anonymous')[0]).toBe('source');
    expect(src('Shafaq News', 'media')).not.toContain('Shafaq News'); // an outlet is not its own source
  });

  it('gives tone per outlet and toward entities and concepts, in own voice', () => {
    const outlets = new Set(articles.map((a) => a.outlet));
    expect(new Set(f.tone.filter((r) => r.entity === '(all)').map((r) => r.outlet))).toEqual(outlets);
    expect(f.tone.some((r) => r.entity === "Syria's new rulers" && r.outlet === cradle)).toBe(true);
    for (const r of f.tone) expect(r.sentences).toBeGreaterThan(0);
  });

  it('reusedSpans marks the passage in the article that took it', () => {
    const spans = reusedSpans({
      pairs: [
        {
          a: 'x',
          b: 'y',
          passages: [
            { a: [0, 5], b: [10, 15], direction: 'a→b' },
            { a: [20, 25], b: [30, 35], direction: 'b→a' },
          ],
        },
      ],
    });
    expect(spans).toEqual([
      { doc: 'x', start: 20, end: 25 },
      { doc: 'y', start: 10, end: 15 },
    ]);
  });

  it('reads the data files', () => {
    expect(readLexicon().themes.length).toBeGreaterThan(5);
    expect(readFrames().concepts.map((c) => c.id)).toEqual(['new-syrian-rulers', 'fall-of-assad']);
  });
});

describe('presslens framing CLI', () => {
  it('prints the documented JSON and writes one CSV per table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presslens-framing-'));
    let out = '';
    const write = process.stdout.write.bind(process.stdout);
    const errWrite = process.stderr.write.bind(process.stderr);
    (process.stdout as { write: unknown }).write = (s: string) => {
      out += s;
      return true;
    };
    (process.stderr as { write: unknown }).write = () => true;
    let code: number;
    try {
      code = await main(['framing', 'seeds', '--json', '--csv', dir]);
    } finally {
      (process.stdout as { write: unknown }).write = write;
      (process.stderr as { write: unknown }).write = errWrite;
    }
    expect(code).toBe(0);
    const j = JSON.parse(out);
    expect(Object.keys(j)).toEqual(['voice', 'distinctive', 'labels', 'loaded', 'sources', 'tone']);
    expect(Object.keys(j.voice[0])).toEqual(expect.arrayContaining(['doc', 'own', 'quoted', 'reported', 'reused']));
    expect(Object.keys(j.distinctive[0])).toEqual(
      expect.arrayContaining(['outlet', 'term', 'z', 'count', 'count_rest']),
    );
    expect(Object.keys(j.labels[0])).toEqual(
      expect.arrayContaining(['entity', 'outlet', 'label', 'count', 'examples']),
    );
    expect(Object.keys(j.loaded[0])).toEqual(expect.arrayContaining(['outlet', 'term', 'theme', 'own', 'quoted']));
    expect(Object.keys(j.sources[0])).toEqual(expect.arrayContaining(['outlet', 'kind', 'name', 'count']));
    expect(Object.keys(j.tone[0])).toEqual(expect.arrayContaining(['outlet', 'entity', 'mean', 'sentences']));
    expect(
      j.distinctive.some((r: { outlet: string; term: string }) => r.outlet === 'The Cradle' && r.term === 'coup'),
    ).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'framing-distinctive.csv',
      'framing-labels.csv',
      'framing-loaded.csv',
      'framing-sources.csv',
      'framing-tone.csv',
      'framing-voice.csv',
    ]);
    expect(readFileSync(join(dir, 'framing-voice.csv'), 'utf8').split('\n')[0]).toBe(
      'doc,own,quoted,reported,reused,words',
    );
  });

  it('rejects an unknown voice', async () => {
    const errWrite = process.stderr.write.bind(process.stderr);
    let err = '';
    (process.stderr as { write: unknown }).write = (s: string) => {
      err += s;
      return true;
    };
    try {
      expect(await main(['framing', 'seeds', '--include', 'own,gossip'])).toBe(2); // bad usage
    } finally {
      (process.stderr as { write: unknown }).write = errWrite;
    }
    expect(err).toContain('gossip');
  });
});
