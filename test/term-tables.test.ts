// termTables counts by word-id tuples (lib/text/term-ids.ts); these fixtures hold it to the string counting it replaced:
// same terms, same counts, same Map order, with masks, possessives, figures, clause words, stemming and long n-grams.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { termText, visitTerms } from '../lib/text/ngrams.js';
import { isTermToken } from '../lib/text/tokenize.js';
import type { TermOptions } from '../lib/text/types.js';
import type { Doc } from '../lib/types.js';
import { CLAUSE_WORDS, termTables } from '../lib/framing/term-tables.js';
import { idTuples, addTuple, tupleId } from '../lib/util/id-tuples.js';
import { normIds } from '../lib/text/term-ids.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

const CLAUSE = CLAUSE_WORDS;

/** The string counting termTables did before: visitTerms per doc, a string per n-gram, phrases seen once left out. */
function reference(
  docs: readonly Doc[],
  group: (d: Doc) => string,
  masks: ReadonlyMap<string, Uint8Array>,
  opts: TermOptions,
): { outlets: string[]; counts: [string, number][][]; totals: number[]; words: number[] } {
  const each = (d: Doc, f: (t: string, n: number) => void) => {
    const mask = masks.get(d.id);
    visitTerms(d, opts, (run, s, n) => {
      if (!opts.numbers) for (let k = s; k < s + n; k++) if (run.number[k]) return;
      for (let k = s + 1; k < s + n - 1; k++) if (CLAUSE.has(run.norms[k])) return;
      if (mask) {
        let seen = 0;
        for (let i = run.index[s]; i < d.tokens.length && seen < n; i++) {
          if (!mask[i]) return;
          if (isTermToken(d.tokens[i])) seen++;
        }
      }
      f(termText(run, s, n), n);
    });
  };
  const seen = new Map<string, number>();
  for (const d of docs) each(d, (t, n) => n > 1 && seen.set(t, (seen.get(t) ?? 0) + 1));
  const outlets = [...new Set(docs.map(group))].sort();
  const counts = outlets.map(() => new Map<string, number>());
  const totals = outlets.map(() => 0);
  const words = outlets.map(() => 0);
  for (const d of docs) {
    const c = outlets.indexOf(group(d));
    const mask = masks.get(d.id);
    d.tokens.forEach((t, i) => t.kind === 'word' && (!mask || mask[i]) && words[c]++);
    each(d, (t, n) => {
      totals[c]++;
      if (n > 1 && (seen.get(t) ?? 0) < 2) return;
      counts[c].set(t, (counts[c].get(t) ?? 0) + 1);
    });
  }
  return { outlets, counts: counts.map((m) => [...m]), totals, words };
}

const TEXTS = [
  [
    'a',
    'Daily Wire',
    "The minister's new border plan drew fierce criticism. Critics said the border plan was reckless.",
  ],
  ['b', 'Morning Post', 'Officials and critics met on 12 March to discuss the border plan and the 3,000 new guards.'],
  ['c', 'Daily Wire', "The border plan's critics called it reckless. The US said the plan was not guilty of anything."],
  ['d', 'Evening Star', 'Reckless spending, critics say, is not the border plan that voters wanted when they voted.'],
  ['e', 'Morning Post', 'The new border plan drew fierce criticism from critics who said the guards were reckless.'],
  ['f', 'Evening Star', "Voters' anger at the minister's reckless border plan grew; the minister's allies said no."],
  ['g', 'Daily Wire', 'They told us the US border plan was reckless, and the US border plan drew fierce criticism.'],
] as const;

describe('termTables', () => {
  const docs = TEXTS.map(([id, outlet, text]) => doc(id, outlet, text));
  // a mask that drops every fifth token (possessive 's included) and the whole of doc d's second half
  const masks = new Map(
    docs.map((d) => {
      const m = new Uint8Array(d.tokens.length).fill(1);
      d.tokens.forEach((_, i) => (i % 5 === 4 || (d.id === 'd' && i > d.tokens.length / 2)) && (m[i] = 0));
      return [d.id, m];
    }),
  );
  const cases: [string, ReadonlyMap<string, Uint8Array>, TermOptions][] = [
    ['no mask, 1-3-grams', new Map(), { ngrams: [1, 3] }],
    ['masked, 1-3-grams', masks, { ngrams: [1, 3] }],
    ['masked, 2-5-grams, stemmed', masks, { ngrams: [2, 5], stem: true }],
    ['figures kept, stopwords kept', new Map(), { ngrams: [1, 3], numbers: true, stopwords: false }],
  ];
  for (const [name, m, opts] of cases)
    it(`counts as the string counting did: ${name}`, () => {
      const byOutlet = (d: Doc) => d.outlet;
      const byFirst = (d: Doc) => (d.id < 'd' ? 'early' : 'late') + d.outlet;
      const [t, u] = termTables(docs, [byOutlet, byFirst], m, opts);
      // with the norms as numbers (as framing passes them): the same tables
      const [v] = termTables(docs, [byOutlet], m, { ...opts, norms: normIds(docs) });
      for (const [table, group] of [
        [t, byOutlet],
        [u, byFirst],
        [v, byOutlet],
      ] as const) {
        const want = reference(docs, group, m, opts);
        expect(table.outlets).toEqual(want.outlets);
        expect(table.counts.map((c) => [...c])).toEqual(want.counts);
        expect(table.totals).toEqual(want.totals);
        expect(table.words).toEqual(want.words);
      }
    });

  it('keeps a phrase seen twice in the corpus and drops one seen once', () => {
    const [t] = termTables(docs, [(d) => d.outlet], new Map(), { ngrams: [1, 3] });
    const all = new Map<string, number>();
    for (const c of t.counts) c.forEach((n, w) => all.set(w, (all.get(w) ?? 0) + n));
    expect(all.get('border plan')).toBe(9);
    expect(all.get('u.s. border plan')).toBe(2); // "US" is the country, "us" a stopword
    expect(all.has('fierce criticism')).toBe(true);
    expect(all.has('voters wanted')).toBe(false);
  });
});

describe('idTuples', () => {
  it('numbers tuples in order of first insertion, across growth', () => {
    const t = idTuples(16);
    for (let i = 0; i < 1000; i++) expect(addTuple(t, i % 97, i, i % 3 ? -1 : i * 7)).toBe(i);
    for (let i = 0; i < 1000; i++) expect(tupleId(t, i % 97, i, i % 3 ? -1 : i * 7)).toBe(i);
    expect(tupleId(t, 5, 5, 5)).toBe(-1);
    expect(addTuple(t, 0, 0, 0)).toBe(0);
  });
});
