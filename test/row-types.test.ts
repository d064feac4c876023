// Row types are precise per table: `row.mentions` is a number, a column that does not exist is a type error.
// The type assertions are checked by `npm run typecheck` (tsc reads test/); the runtime checks confirm the
// values have the types the declarations promise.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { countTerms, termByOutletRows, type TermByOutletRow } from '../lib/text/counts.js';
import { overlap, pairRows, passageRows, citationRows } from '../lib/overlap/overlap.js';
import type { PairRow, PassageRow, CitationRow } from '../lib/overlap/overlap.js';
import type { DirectionBasis } from '../lib/overlap/direction.js';
import { extractEntities } from '../lib/entities/entities.js';
import {
  entityFrequencyByOutlet,
  entityFrequencyByArticle,
  entityRows,
  mentionRows,
} from '../lib/entities/frequency.js';
import type { EntityOutletRow, EntityArticleRow, EntityRow, MentionRow } from '../lib/entities/frequency.js';
import { coMentions, type CoMentionRow } from '../lib/entities/comention.js';
import { articleRows, termRows, type ArticleRow, type TermRow } from '../lib/export/tables.js';
import { frame, rowsOf } from '../lib/tables/frame.js';
import type { Article } from '../lib/types.js';

const story =
  'Minister Hana Delric of the Farmers Union met the Port Authority in Velmora on Monday. Delric said the drought ' +
  'had cut the wheat harvest by a third, and the Port Authority promised cheaper fuel for the ferries of Velmora.';
const articles: Article[] = ['North Wire', 'Coast Herald'].map((outlet, i) => ({
  id: `a${i}`,
  outlet,
  date: `2024-05-0${i + 1}`,
  title: `Drought talks in Velmora (${outlet})`,
  url: null,
  language: null,
  text: `${i ? 'Reporters were told that ' : ''}${story}`,
  paragraphs: [],
  provenance: {} as Article['provenance'],
}));
const docs = articles.map(analyse);
const ents = extractEntities(docs);
const ov = overlap(docs, { outlets: [] });

describe('row types per table', () => {
  it('entity tables: counts are numbers, ids and names strings, a misspelt column does not compile', () => {
    const rows = entityFrequencyByOutlet(ents);
    expectTypeOf(rows).toEqualTypeOf<EntityOutletRow[]>();
    expectTypeOf(rows[0].mentions).toEqualTypeOf<number>();
    expectTypeOf(rows[0].share).toEqualTypeOf<number>();
    expectTypeOf(rows[0].entity).toEqualTypeOf<string>();
    // @ts-expect-error: there is no column "mention" (it is "mentions")
    void rows[0]?.mention;
    expectTypeOf(entityFrequencyByArticle(ents)).toEqualTypeOf<EntityArticleRow[]>();
    expectTypeOf(entityRows(ents)).toEqualTypeOf<EntityRow[]>();
    expectTypeOf(mentionRows(ents)).toEqualTypeOf<MentionRow[]>();
    expectTypeOf(coMentions(ents)).toEqualTypeOf<CoMentionRow[]>();
    expectTypeOf<MentionRow['start']>().toEqualTypeOf<number>();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(typeof r.mentions).toBe('number');
      expect(typeof r.share).toBe('number');
      expect(Object.keys(r).sort()).toEqual(['articles', 'entity', 'mentions', 'name', 'outlet', 'share', 'type']);
    }
  });

  it('overlap tables: shares and offsets are numbers, kinds are their literal unions', () => {
    const pairs = pairRows(ov);
    expectTypeOf(pairs).toEqualTypeOf<PairRow[]>();
    expectTypeOf<PairRow['a_in_b']>().toEqualTypeOf<number>();
    expectTypeOf<PairRow['direction']>().toEqualTypeOf<'a→b' | 'b→a' | 'unknown'>();
    expectTypeOf<PairRow['source']>().toEqualTypeOf<string | null>();
    expectTypeOf<PairRow['direction_by']>().toEqualTypeOf<DirectionBasis>();
    expectTypeOf<PassageRow['direction_by']>().toEqualTypeOf<DirectionBasis>();
    // @ts-expect-error: a typo in a column name is caught
    void pairs[0]?.a_in_c;
    expectTypeOf(passageRows(ov)).toEqualTypeOf<PassageRow[]>();
    expectTypeOf<PassageRow['a_start']>().toEqualTypeOf<number>();
    expectTypeOf(citationRows(ov)).toEqualTypeOf<CitationRow[]>();
    expect(pairs.length).toBe(1);
    expect(typeof pairs[0].a_in_b).toBe('number');
    expect(typeof pairs[0].direction_by).toBe('string');
    for (const p of passageRows(ov)) expect(articles[0].text.slice(p.a_start, p.a_end)).toBe(p.text);
  });

  it('export and term tables are typed, and a wide table keeps its fixed columns typed', () => {
    expectTypeOf(articleRows(articles)).toEqualTypeOf<ArticleRow[]>();
    expectTypeOf<ArticleRow['words']>().toEqualTypeOf<number>();
    const counts = countTerms(docs);
    expectTypeOf([...termRows(counts)]).toEqualTypeOf<TermRow[]>();
    const wide = termByOutletRows(counts, 3);
    expectTypeOf(wide).toEqualTypeOf<TermByOutletRow[]>();
    expectTypeOf(wide[0].total).toEqualTypeOf<number>();
    expect(typeof wide[0].total).toBe('number');
    expect(articleRows(articles).map((r) => r.words)).toEqual(docs.map((d) => d.words));
  });

  it('a DataFrame built from typed rows gives the same typed rows back', () => {
    const rows = entityFrequencyByOutlet(ents);
    const back = rowsOf(frame(rows));
    expectTypeOf(back).toEqualTypeOf<EntityOutletRow[]>();
    expect(back).toEqual(rows);
  });
});
