import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { tokenize } from '../lib/text/tokenize.js';
import { auxiliaryOf, termStop } from '../lib/text/stopwords.js';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { docTerms } from '../lib/text/ngrams.js';
import {
  countTerms,
  countsByOutlet,
  docTermRows,
  outletTermRows,
  termByOutletRows,
  tfidf,
  topTerms,
} from '../lib/text/counts.js';
import { splitSentences } from '../lib/text/sentences.js';
import { csvRecord, toCsv, neutraliseCell } from '../lib/io/csv.js';
import { stringify } from 'csv-stringify/sync';
import { toFrame, fromFrame } from '../lib/tables/frame.js';

const norms = (s: string) => tokenize(s).map((t) => t.norm);
const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

describe('tokenize', () => {
  it('keeps names with particles, initialisms, abbreviations and numbers whole', () => {
    expect(
      norms('Hamid al-Shatri met Al-Qaeda veterans in the U.S. on Dec. 8 with 1,905 officers and £5.5bn.'),
    ).toEqual([
      'hamid',
      'al-shatri',
      'met',
      'al-qaeda',
      'veterans',
      'in',
      'the',
      'u.s.',
      'on',
      'dec.',
      '8',
      'with',
      '1,905',
      'officers',
      'and',
      '£5.5bn',
      '.',
    ]);
  });

  it('splits possessives the same way for straight and curly apostrophes, and keeps contractions', () => {
    expect(norms("Syria's Iraq’s al-Shatri’s doesn’t")).toEqual([
      'syria',
      "'s",
      'iraq',
      "'s",
      'al-shatri',
      "'s",
      "doesn't",
    ]);
  });

  it('reads a clitic written apart from its word, as pre-tokenised text has it, like the attached one', () => {
    const spaced = tokenize("TRUMP 'S WARNING: Trump ’s plan , they 're sure , I 've seen .");
    const attached = tokenize("TRUMP'S WARNING: Trump’s plan , they're sure , I've seen .");
    const words = (ts: ReturnType<typeof tokenize>) => ts.filter((t) => t.kind === 'word').map((t) => t.norm);
    expect(words(spaced)).toEqual(['trump', 'warning', 'trump', 'plan', 'they', 'sure', 'i', 'seen']);
    expect(words(attached)).toEqual(['trump', 'warning', 'trump', 'plan', "they're", 'sure', "i've", 'seen']);
    expect(spaced.filter((t) => t.norm === "'s").map((t) => t.kind)).toEqual(['punct', 'punct']);
    expect(spaced.filter((t) => t.norm === "'s")).toHaveLength(attached.filter((t) => t.norm === "'s").length);
    // an opening quote is not a clitic
    expect(norms("He said 'so what' at the 'S' key")).toEqual([
      'he',
      'said',
      "'",
      'so',
      'what',
      "'",
      'at',
      'the',
      "'",
      's',
      "'",
      'key',
    ]);
  });

  it('reads a contraction spaced off on both sides of its mark ("don ’ t", "it ’ s") as the joined one', () => {
    const text = "We don ’ t know , it ’ s Dana ’ s plan and we ’ re told they can ' t stay . Don said no .";
    const toks = tokenize(text);
    const words = toks.filter((t) => t.kind === 'word').map((t) => t.norm);
    expect(words).toEqual([
      'we',
      "don't",
      'know',
      'it',
      'dana',
      'plan',
      'and',
      'we',
      'told',
      'they',
      "can't",
      'stay',
      'don',
      'said',
      'no',
    ]);
    expect(toks.filter((t) => t.norm === "'s").map((t) => text.slice(t.start, t.end))).toEqual(['’ s', '’ s']);
    expect(toks.find((t) => t.norm === "'re")?.kind).toBe('punct');
    // offsets still index the text as written, spaces and all
    const dont = toks.find((t) => t.norm === "don't")!;
    expect(text.slice(dont.start, dont.end)).toBe('don ’ t');
    // a closing quote before a word is no clitic: "’ said" and "’ sure" stay apart
    expect(norms("the 'best ’ said she , and ‘ fine ’ sure")).toContain('said');
    expect(norms("the 'best ’ said she , and ‘ fine ’ sure")).toContain('sure');
  });

  it('reads a negative contraction a tokeniser split before its n ("wo n\'t", "ca n\'t") as the joined word', () => {
    const text = "They wo n't go , Mayor Hale ca n't stay and Do n't Look Back is a film .";
    const toks = tokenize(text);
    const words = toks.filter((t) => t.kind === 'word').map((t) => t.norm);
    expect(words).toEqual([
      'they',
      "won't",
      'go',
      'mayor',
      'hale',
      "can't",
      'stay',
      'and',
      "don't",
      'look',
      'back',
      'is',
      'a',
      'film',
    ]);
    const wont = toks.find((t) => t.norm === "won't")!;
    expect(text.slice(wont.start, wont.end)).toBe("wo n't");
    expect(termStop("won't")).toBe('negation'); // so "wo" and "ca" are no terms of an outlet
    expect(auxiliaryOf("won't")).toBe('will');
    expect(auxiliaryOf("didn't")).toBe('did');
    expect(auxiliaryOf('said')).toBe('said');
  });

  it('term lists read contractions as function words, negative ones as negations', () => {
    expect(termStop("don't")).toBe('negation');
    expect(termStop("won't")).toBe('negation');
    expect(termStop("we're")).toBe('stop');
    expect(termStop("they'll")).toBe('stop');
    // a title abbreviated before a name is house style, as "mr." is
    expect(termStop('gen.')).toBe('stop');
    expect(termStop('sen.')).toBe('stop');
    expect(termStop('general')).toBe('content');
    // a word with an apostrophe that is no contraction stays a term
    expect(termStop("o'neill")).toBe('content');
    expect(termStop("rock'n'roll")).toBe('content');
    expect(termStop('not')).toBe('negation');
    expect(termStop('notice')).toBe('content');
    expect(termStop("it's")).toBe('stop');
    expect(termStop("brexit's")).toBe('content');
  });

  it('folds dash and quote variants in norm but offsets point at the original characters', () => {
    const text = '“Iraqi–Syrian border” said al‑Shatri';
    const toks = tokenize(text);
    for (const t of toks)
      expect(t.norm).toBe(text.slice(t.start, t.end).toLowerCase().replace(/[“”]/g, '"').replace(/[–‑]/g, '-'));
    expect(toks.map((t) => t.norm)).toContain('al-shatri');
  });

  it('offsets index the text for every seed', () => {
    for (const f of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync('seeds/' + f, 'utf8');
      const d = doc(f, 'x', text);
      expect(d.tokens.length).toBeGreaterThan(300);
      for (const t of d.tokens) {
        expect(t.end).toBeGreaterThan(t.start);
        expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end));
      }
    }
  });

  it('is linear on a long line with no newline (1 MB)', () => {
    const text = 'word al-Shatri, U.S. 1,905 '.repeat(40_000);
    const d = doc('long', 'x', text);
    expect(d.tokens.length).toBe(5 * 40_000);
    expect(d.sentences.length).toBe(1);
  });
});

describe('sentences', () => {
  it('does not split at abbreviations or initialisms, does split at line breaks and after closing quotes', () => {
    const text = 'Talks began on Dec. 26 in the U.S. embassy. He said: "We agree." Then he left\nNew headline line';
    const d = doc('s', 'x', text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Talks began on Dec. 26 in the U.S. embassy.',
      'He said: "We agree."',
      'Then he left',
      'New headline line',
    ]);
  });

  it('never crosses paragraphs and assigns every token a sentence', () => {
    const text = 'First paragraph without a period\n\nSecond one. Two sentences.';
    const d = doc('p', 'x', text);
    expect(d.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(d.tokens.every((t) => t.sentence >= 0)).toBe(true);
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First paragraph without a period',
      'Second one. Two sentences.',
    ]);
  });

  it('does not split at a middle initial, a party-state tag or before a comma, and still splits after "plan B."', () => {
    const text =
      'House Speaker John A. Boehner, Ohio Republican, said no. Gen. Martin E. Dempsey agreed. ' +
      'Sen. John McCain , R-Ariz. , and Sen. Chuck Schumer ( D-N.Y. ) objected. They chose plan B. Then they left.';
    const d = doc('m', 'x', text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'House Speaker John A. Boehner, Ohio Republican, said no.',
      'Gen. Martin E. Dempsey agreed.',
      'Sen. John McCain , R-Ariz. , and Sen. Chuck Schumer ( D-N.Y. ) objected.',
      'They chose plan B.',
      'Then they left.',
    ]);
  });

  it('ends a sentence at a word that kept its period when a function word opens the next', () => {
    const text =
      'He moved to the U.S. He said he liked it. Talks with the U.S . Although they failed, the U.S. Army stayed. ' +
      'It opened in Washington, D.C." The next day it closed. Papers, e.g. The Times, said so. It was World War I. ' +
      'The war ended.';
    const d = doc('k', 'x', text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'He moved to the U.S.',
      'He said he liked it.',
      'Talks with the U.S .',
      'Although they failed, the U.S. Army stayed.',
      'It opened in Washington, D.C."',
      'The next day it closed.',
      'Papers, e.g. The Times, said so.',
      'It was World War I.',
      'The war ended.',
    ]);
  });

  it('does not end a sentence at a title whose period pre-tokenised copy spaced off', () => {
    const text = 'The plan came from Gov . Lena Vale , who backs it . Mr . Oduya said no .';
    const d = doc('g', 'x', text);
    expect(d.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The plan came from Gov . Lena Vale , who backs it .',
      'Mr . Oduya said no .',
    ]);
  });

  it('handles a text of only punctuation or nothing', () => {
    expect(splitSentences('', [], [])).toEqual([]);
    expect(doc('e', 'x', '... !!! ???').sentences.length).toBeGreaterThan(0);
  });
});

describe('term counts', () => {
  const a = doc('a', 'Outlet A', 'The coup in Syria. The coup leaders met the Iraqi delegation.');
  const b = doc('b', 'Outlet B', 'The new Syrian administration met the Iraqi delegation in Damascus.');
  const c = doc('c', 'Outlet B', 'The Iraqi delegation returned to Baghdad.');

  it('drops stopwords and numbers, keeps n-grams inside sentences and clauses', () => {
    const { terms } = docTerms(a, { ngrams: [1, 2] });
    expect(terms).toContain('coup');
    expect(terms).toContain('coup leaders');
    expect(terms).not.toContain('the');
    expect(terms).not.toContain('syria coup'); // would cross a sentence end
  });

  it('counts per doc and per outlet, with document frequencies', () => {
    const counts = countTerms([a, b, c]);
    expect(counts.byDoc[0].get('coup')).toBe(2);
    expect(counts.df.get('delegation')).toBe(3);
    const per = countsByOutlet(counts);
    expect([...per.keys()]).toEqual(['Outlet A', 'Outlet B']);
    expect(per.get('Outlet B')!.get('iraqi')).toBe(2);
    expect(outletTermRows(counts, 1)).toEqual([
      { outlet: 'Outlet A', term: 'coup', count: 2, share: 2 / counts.totals[0] },
      { outlet: 'Outlet B', term: 'delegation', count: 2, share: 2 / (counts.totals[1] + counts.totals[2]) },
    ]);
    expect(termByOutletRows(counts, 1)[0]).toEqual({ term: 'delegation', total: 3, 'Outlet A': 1, 'Outlet B': 2 });
  });

  it('tf-idf ranks a term unique to one doc above one in every doc', () => {
    const counts = countTerms([a, b, c]);
    const w = tfidf(counts);
    expect(w[0].get('coup')!).toBeGreaterThan(w[0].get('delegation')!);
    expect(topTerms(w[1], 1)[0][0]).not.toBe('delegation');
    const rows = docTermRows(counts, 3);
    expect(rows.filter((r) => r.doc === 'a').map((r) => r.term)[0]).toBe('coup');
  });

  it('leaves negations and bare titles out of the term list, keeps a phrase a negation opens', () => {
    const text =
      'Mr Hale pleaded not guilty. Mr Hale said there was no evidence, not a single witness. ' +
      'The jury did not agree, nor did the judge. He was not convicted, not at all, and there was no retrial. ' +
      'Hale denied any link to al Qaeda. "Let us go," he told US officials, and the U.S. agreed.';
    const counts = countTerms([doc('n', 'Outlet N', text)], { ngrams: [1, 2] });
    const terms = [...counts.byDoc[0].keys()];
    for (const w of ['not', 'no', 'nor', 'mr', 'al']) expect(terms).not.toContain(w);
    expect(terms).toContain('qaeda');
    // the country counts once however it is written; the pronoun is no term
    expect(counts.byDoc[0].get('u.s.')).toBe(2);
    expect(terms).not.toContain('us');
    expect(terms).not.toContain('mr hale');
    expect(counts.byDoc[0].get('hale')).toBe(3);
    expect(terms).toEqual(expect.arrayContaining(['not guilty', 'no evidence', 'guilty', 'evidence', 'jury']));
    expect(outletTermRows(counts, 1)[0].term).toBe('hale');
  });

  it('keeps terms in order of first sight: per doc, per outlet and in the document frequencies', () => {
    const d1 = doc('d1', 'Outlet B', 'Delegation talks. Border talks resumed.');
    const d2 = doc('d2', 'Outlet A', 'Border guards and talks.');
    const d3 = doc('d3', 'Outlet B', 'Guards at the border. Delegation left.');
    const counts = countTerms([d1, d2, d3], { ngrams: [1, 2] });
    expect([...counts.byDoc[0]]).toEqual([
      ['delegation', 1],
      ['talks', 2],
      ['delegation talks', 1],
      ['border', 1],
      ['resumed', 1],
      ['border talks', 1],
      ['talks resumed', 1],
    ]);
    expect([...counts.df.keys()].slice(0, 3)).toEqual(['delegation', 'talks', 'delegation talks']);
    expect(counts.df.get('border')).toBe(3);
    expect(counts.df.get('guards')).toBe(2);
    // an outlet's sums: its docs in corpus order, each term where the outlet first used it
    const b = countsByOutlet(counts).get('Outlet B')!;
    expect([...b.keys()].slice(0, 8)).toEqual([
      'delegation',
      'talks',
      'delegation talks',
      'border',
      'resumed',
      'border talks',
      'talks resumed',
      'guards',
    ]);
    expect(b.get('delegation')).toBe(2);
    expect(b.get('border')).toBe(2);
    // a copy of the counts (as a cache gives back) sums to the same Maps, key order included
    const copy = { ...counts, byDoc: counts.byDoc.map((m) => new Map(m)) };
    expect([...countsByOutlet(copy)].map(([o, m]) => [o, [...m]])).toEqual(
      [...countsByOutlet(counts)].map(([o, m]) => [o, [...m]]),
    );
  });

  it('stems on request', () => {
    const counts = countTerms([doc('s', 'x', 'Officials visited. The official visits.')], { stem: true });
    expect(counts.byDoc[0].get('offici')).toBe(2);
    expect(counts.byDoc[0].get('visit')).toBe(2);
  });
});

describe('tables', () => {
  it('CSV neutralises formula cells but keeps numbers', () => {
    expect(neutraliseCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseCell('+cmd')).toBe("'+cmd");
    expect(neutraliseCell('-5')).toBe('-5');
    expect(neutraliseCell(-5)).toBe('-5');
    expect(toCsv([{ a: 'x,y', b: 'line\nbreak' }])).toBe('a,b\n"x,y","line\nbreak"\n');
  });

  it('writes a CSV record as the table export always has (the same text as csv-stringify)', () => {
    const cells = [
      'plain',
      '',
      'x,y',
      'say "no"',
      'line\nbreak',
      'cr\ronly',
      '"',
      ',',
      "'=1+1",
      'al-Shatri’s',
      ' pad ',
    ];
    expect(csvRecord(cells)).toBe(stringify([cells], { record_delimiter: '\n' }));
    expect(csvRecord(['x,y', 'say "no"', ''])).toBe('"x,y","say ""no""",\n');
    expect(csvRecord([])).toBe(stringify([[]], { record_delimiter: '\n' }));
  });

  it('rows round-trip through a danfo DataFrame', () => {
    const rows = [
      { outlet: 'A', n: 2 },
      { outlet: 'B', n: 3 },
    ];
    const df = toFrame(rows);
    expect(df.shape).toEqual([2, 2]);
    expect(fromFrame(df)).toEqual(rows);
  });
});

describe('a name prefix spaced apart in pre-tokenised text', () => {
  it('"O ’ Reilly" and "D \' Souza" are one word each, with the joined norm and the span as written', () => {
    const text = "Bill O ’ Reilly met Dinesh D ' Souza . Plan B ’ s fate .";
    const toks = tokenize(text);
    expect(toks.map((t) => t.norm).slice(0, 5)).toEqual(['bill', "o'reilly", 'met', 'dinesh', "d'souza"]);
    expect(text.slice(toks[1].start, toks[1].end)).toBe('O ’ Reilly');
    expect(toks.some((t) => t.norm === "b's")).toBe(false); // a letter and a clitic stay apart
  });
});
