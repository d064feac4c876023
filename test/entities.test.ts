import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyse, analyseAll } from '../lib/text/analyse.js';
import { extractEntities, type EntityResult } from '../lib/entities/entities.js';
import { skeleton, wordVariant, parseAliasRules } from '../lib/entities/aliases.js';
import { matchesAcronym } from '../lib/entities/acronyms.js';
import { entityFrequencyByOutlet } from '../lib/entities/frequency.js';
import { coMentions } from '../lib/entities/comention.js';
import { mergeAccuracy, scoreMentions } from '../lib/entities/evaluate.js';
import { heldOutGold, seedGold } from '../bench/entities-gold.js';
import type { Doc } from '../lib/types.js';

const corpus = await loadCorpus('seeds');
const docs = analyseAll(corpus.articles);
const result = extractEntities(docs);
const entityOf = (r: EntityResult, text: string) => r.mentions.flat().find((m) => m.text === text)?.entity;
const doc = (id: string, text: string): Doc => analyse({ id, outlet: id, date: null, text, paragraphs: [] });

describe('entities on the seeds', () => {
  it('the intelligence chief is one entity, in all five articles, every spelling merged, with reasons', () => {
    const e = result.entities.find((x) => x.aliases.includes('Hamid Al-Shatri'))!;
    expect(e.type).toBe('person');
    expect(new Set(e.mentions.map((m) => m.doc)).size).toBe(5);
    for (const s of ['Hamid Al-Shatri', 'Hamid al-Shatri', 'Al-Shatri', 'al-Shatri', 'Shatri'])
      expect(e.aliases).toContain(s);
    expect(e.merged_because.join(' ')).toMatch(/surname 'shatri'/);
    expect(result.entities.filter((x) => /shatri/i.test(x.name))).toHaveLength(1);
  });

  it('every acronym defined in a seed resolves to its expansion, in every article', () => {
    expect(new Set(result.definitions.map((d) => d.acronym))).toEqual(new Set(['INIS', 'SDF', 'HTS', 'INA', 'PMU']));
    for (const d of result.definitions) {
      const expansion = result.mentions.flat().find((m) => m.doc === d.doc && m.start === d.start && m.end === d.end)!;
      const bare = result.mentions.flat().filter((m) => m.text === d.acronym);
      expect(bare.length).toBeGreaterThan(0);
      for (const m of bare) expect(m.entity).toBe(expansion.entity);
      // defined in the article, or known to the list of well-known organisations
      expect(result.entities.find((e) => e.id === expansion.entity)!.merged_because.join(' ')).toMatch(
        new RegExp(`${d.acronym} = |'${d.acronym}' = `),
      );
    }
  });

  it('both spellings of the spokesperson merge, as a documented transliteration variant', () => {
    expect(entityOf(result, 'Basim Al-Awadi')).toBe(entityOf(result, 'Bassem Al-Awadi'));
    const e = result.entities.find((x) => x.id === entityOf(result, 'Basim Al-Awadi'))!;
    expect(e.merged_because.join(' ')).toMatch(/basim~bassem/);
  });

  it('Shia/Shiite Coordination Framework, Sudani with the bracketed insertion, Assad and the US forms merge', () => {
    expect(entityOf(result, 'Shiite Coordination Framework')).toBe(entityOf(result, 'Shia Coordination Framework'));
    const sudani = entityOf(result, 'Mohammed Shia al-Sudani');
    for (const s of ['Mohammed Shia Al-Sudani', 'Al-Sudani', 'al-Sudani', '[Mohammed Shia al-] Sudani'])
      expect(entityOf(result, s)).toBe(sudani);
    expect(entityOf(result, 'Assad')).toBe(entityOf(result, 'Bashar al-Assad'));
    expect(entityOf(result, 'U.S.')).toBe(entityOf(result, 'United States'));
    expect(entityOf(result, 'US')).toBe(entityOf(result, 'United States'));
    // "Shia" inside the prime minister's name is not the Shia community
    expect(entityOf(result, 'Shia')).not.toBe(sudani);
  });

  it('no sentence-initial common word, weekday, month or byline becomes an entity', () => {
    const texts = new Set(result.mentions.flat().map((m) => m.text));
    for (const w of [
      'Earlier',
      'Addressing',
      'Regarding',
      'According',
      'While',
      'Despite',
      'First',
      'High',
      'New',
      'The',
      'Thursday',
      'Dec.',
      'December',
      'Friday',
      'NEWSROOM',
      'News Desk',
      'These',
      'This',
      'On',
      'Syrian rebels',
    ])
      expect(texts.has(w), w).toBe(false);
    // generally: a mention at a sentence start never starts with a word seen in lower case elsewhere in the corpus
    const lower = new Set(
      docs.flatMap((d) => d.tokens.filter((t) => /^[a-z]/.test(d.text[t.start])).map((t) => t.norm)),
    );
    for (const [i, list] of result.mentions.entries()) {
      const d = docs[i];
      const firsts = new Set(
        d.sentences.map((s) => d.tokens.slice(s.tokenStart, s.tokenEnd).find((t) => t.kind === 'word')?.start),
      );
      for (const m of list)
        if (firsts.has(m.start) && m.type !== 'demonym' && !/^(al|el)-/i.test(m.text))
          expect(lower.has(d.tokens.find((t) => t.start === m.start)!.norm), m.text).toBe(false);
    }
  });

  it('every mention span indexes the loaded article text', () => {
    const byId = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const e of result.entities)
      for (const m of e.mentions) expect(byId.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
  });

  it('frequency shares sum to 1 per outlet and demonyms are not counted by default', () => {
    const rows = entityFrequencyByOutlet(result);
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r.outlet as string, (sums.get(r.outlet as string) ?? 0) + (r.share as number));
    expect(sums.size).toBe(4);
    for (const s of sums.values()) expect(s).toBeCloseTo(1, 9);
    expect(rows.some((r) => r.type === 'demonym')).toBe(false);
    const shatri = rows.filter((r) => r.name === 'Hamid Al-Shatri');
    expect(shatri.reduce((n, r) => n + (r.articles as number), 0)).toBe(5);
  });

  it('co-mentions pair entities named in one sentence', () => {
    const pairs = coMentions(result);
    const p = pairs.find(
      (r) => [r.name_a, r.name_b].includes('Hamid Al-Shatri') && [r.name_a, r.name_b].includes('Damascus'),
    );
    expect(p && (p.sentences as number)).toBeGreaterThanOrEqual(4);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractEntities(analyseAll(corpus.articles)).entities)).toBe(JSON.stringify(result.entities));
  });
});

describe('quality against the hand-annotated gold', () => {
  it('gold spans index the loaded text, and mention precision/recall stay high on seeds and held-out text', () => {
    const seeds = seedGold(process.cwd(), corpus.articles);
    const byId = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const g of seeds.gold) expect(byId.get(g.doc)!.slice(g.start, g.end)).toBe(g.text);
    const pred = (r: EntityResult) =>
      r.mentions
        .flat()
        .filter((m) => m.type !== 'demonym')
        .map((m) => ({ doc: m.doc, start: m.start, end: m.end, type: m.type, entity: m.entity }));
    const s = scoreMentions(
      seeds.gold.filter((g) => g.type !== 'demonym'),
      pred(result),
    );
    expect(s.exactTyped.precision).toBeGreaterThan(0.95);
    expect(s.exactTyped.recall).toBeGreaterThan(0.95);
    expect(
      mergeAccuracy(
        seeds.gold.filter((g) => g.type !== 'demonym'),
        pred(result),
      ).pairPrecision,
    ).toBeGreaterThan(0.98);
    const held = heldOutGold(process.cwd());
    const h = scoreMentions(
      held.gold.filter((g) => g.type !== 'demonym'),
      pred(extractEntities(held.docs)),
    );
    expect(h.exactUntyped.f1).toBeGreaterThan(0.8);
  });

  it('the gold file format catches drift', () => {
    const raw = readFileSync('test/gold/entities/000_a7964a0096ed1a45.txt', 'utf8');
    expect(() =>
      seedGold(process.cwd(), [{ ...corpus.articles[0], text: corpus.articles[0].text.replace('Damascus', 'Aleppo') }]),
    ).toThrow(/does not match/);
    expect(raw).toContain('⟦');
  });
});

describe('merge rules on constructed text', () => {
  it('a bare surname stays apart when two full names share it', () => {
    const r = extractEntities([
      doc('a', 'Ali Hassan al-Maliki met Nouri al-Maliki in Baghdad. Later, al-Maliki left for Basra.'),
    ]);
    expect(entityOf(r, 'al-Maliki')).not.toBe(entityOf(r, 'Nouri al-Maliki'));
    expect(entityOf(r, 'al-Maliki')).not.toBe(entityOf(r, 'Ali Hassan al-Maliki'));
  });

  it('different names with the same consonants do not merge (Mahmoud / Mohammed)', () => {
    expect(wordVariant('mahmoud', 'mohammed', new Map())).toBeNull();
    expect(wordVariant('basim', 'bassem', new Map())).not.toBeNull();
    expect(skeleton('Sharaa')).toBe(skeleton('Shara'));
    const r = extractEntities([doc('a', 'Mahmoud al-Hashimi spoke. Mohammed al-Hashimi did not.')]);
    expect(entityOf(r, 'Mahmoud al-Hashimi')).not.toBe(entityOf(r, 'Mohammed al-Hashimi'));
  });

  it('users add and veto merges through the aliases file', () => {
    const d = [
      doc(
        'a',
        'The head of Iraqi Intelligence spoke. The Iraqi National Intelligence Service (INIS) said so. Basim Al-Awadi and Bassem Al-Awadi agreed.',
      ),
    ];
    const rules = parseAliasRules({
      merge: [{ names: ['Iraqi Intelligence', 'INIS'] }],
      veto: [{ names: ['Basim Al-Awadi', 'Bassem Al-Awadi'] }],
    });
    const r = extractEntities(d, { aliases: rules });
    expect(entityOf(r, 'Iraqi Intelligence')).toBe(entityOf(r, 'Iraqi National Intelligence Service'));
    expect(r.entities.find((e) => e.id === entityOf(r, 'Iraqi Intelligence'))!.merged_because.join(' ')).toContain(
      'aliases.json: add',
    );
    expect(entityOf(r, 'Basim Al-Awadi')).not.toBe(entityOf(r, 'Bassem Al-Awadi'));
    expect(() => parseAliasRules({ merge: [{ names: ['only one'] }] })).toThrow(/at least two/);
  });

  it('demonyms roll up to their country only when asked', () => {
    const d = [doc('a', 'Iraqi officials visited Syria. Iraq said the talks went well.')];
    expect(entityOf(extractEntities(d), 'Iraqi')).not.toBe(entityOf(extractEntities(d), 'Iraq'));
    const r = extractEntities(d, { rollupDemonyms: true });
    expect(entityOf(r, 'Iraqi')).toBe(entityOf(r, 'Iraq'));
  });

  it('acronym initials skip particles and function words', () => {
    expect(matchesAcronym(['Hayat', 'Tahrir', 'al-Sham'], 'HTS')).toBe(3);
    expect(matchesAcronym(['The', 'Iraqi', 'National', 'Intelligence', 'Service'], 'INIS')).toBe(4);
    expect(matchesAcronym(['Syrian', 'Democratic', 'Forces'], 'PMU')).toBe(0);
  });

  it('headline-case lines only yield names known from the body', () => {
    const r = extractEntities([
      doc('a', 'Minister Warns Of Rising Costs In Baghdad\n\nThe minister, Ali Allawi, said costs in Baghdad rose.'),
    ]);
    const texts = r.mentions.flat().map((m) => m.text);
    expect(texts).not.toContain('Warns');
    expect(texts).not.toContain('Rising Costs');
    expect(texts.filter((t) => t === 'Baghdad')).toHaveLength(2);
  });
});

describe('entity figures', () => {
  it('escape outlet and entity names and keep one colour per outlet', async () => {
    const { topEntitiesByOutletFigure, entityOutletHeatmap } = await import('../lib/figures/entities.js');
    const r = extractEntities([
      analyse({
        id: 'x',
        outlet: '<b>Evil</b> Times',
        date: null,
        text: 'Hamid al-Shatri visited Damascus. Al-Shatri met officials in Damascus.',
        paragraphs: [],
      }),
    ]);
    const freq = entityFrequencyByOutlet(r);
    const bars = topEntitiesByOutletFigure(freq);
    const heat = entityOutletHeatmap(freq);
    expect(JSON.stringify(bars)).not.toContain('<b>Evil');
    expect(JSON.stringify(heat)).not.toContain('<b>Evil');
    expect((heat.data[0].z as number[][]).length).toBe(2);
    expect(bars.data[0].y).toEqual([2, 2]);
  });

  it('the grouped bars cover the outlets with the most text, so a one-article columnist cannot swing the rates', async () => {
    const { topEntitiesByOutletFigure } = await import('../lib/figures/entities.js');
    const outlets = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];
    const freq = outlets.map((o) => ({ outlet: o, entity: 'syria', name: 'Syria', mentions: 3, share: 0.5 }));
    // J wrote one short piece that names Syria three times in 100 words
    const words = Object.fromEntries(outlets.map((o, i) => [o, o === 'J' ? 100 : 10_000 + i]));
    const bars = topEntitiesByOutletFigure(freq, { words });
    expect(bars.data.map((t) => t.name)).toEqual(['C', 'D', 'E', 'F', 'G', 'H', 'I', 'B'].sort());
    expect(JSON.stringify(bars.layout)).toContain('the 8 of 10 outlets with the most text');
  });

  it('the heatmap of a hundred outlets draws the 30 with the most text and says so', async () => {
    const { entityOutletHeatmap } = await import('../lib/figures/entities.js');
    const outlets = Array.from({ length: 100 }, (_, i) => `Outlet ${String(i).padStart(3, '0')}`);
    const freq = outlets.map((o) => ({ outlet: o, entity: 'syria', name: 'Syria', mentions: 3, share: 0.5 }));
    const words = Object.fromEntries(outlets.map((o, i) => [o, 1000 + i]));
    const heat = entityOutletHeatmap(freq, { words });
    expect(heat.data[0].x).toEqual(outlets.slice(70));
    const { figureTitle } = await import('../lib/report/export.js');
    expect(figureTitle(heat)).toContain('the 30 of 100 outlets with the most text');
  });
});
