import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import {
  comparePair,
  foldToken,
  formTable,
  lightStem,
  pairGrader,
  rewriteView,
  wordRarity,
} from '../lib/overlap/rewrite.js';
import { overlap } from '../lib/overlap/overlap.js';
import {
  NARRATION_SENTENCES,
  NARRATION_WORDS,
  narrationWording,
  REWRITE_SIMILARITY,
  rewrittenNarration,
  RUN_WORDS,
} from '../lib/overlap/narration.js';
import { isStopword } from '../lib/text/stopwords.js';
import type { AlignedSentence } from '../lib/overlap/rewrite.js';
import { buildIndex } from '../lib/overlap/fingerprints.js';
import { passageEvidence, EVIDENCE_MIN } from '../lib/overlap/evidence.js';
import type { Doc, Span } from '../lib/types.js';

const doc = (id: string, text: string, outlet = id): Doc => analyse({ id, outlet, date: null, text, paragraphs: [] });

// A source story and versions of it, written for these tests.
const SOURCE =
  'A father-of-four from Kelmscott was rescued on Tuesday after his fishing boat capsized near the Rottnest breakwater. ' +
  'The 43-year-old clung to an esky for nearly three hours before a passing ferry spotted him. ' +
  'Sea rescue volunteers said the swell had reached 1,905 millimetres by midday and warned skippers to stay in port. ' +
  'His wife told reporters the family was relieved and grateful to the ferry crew. ' +
  'Police are investigating why the emergency beacon on the vessel failed to activate.';
// clauses reordered, compound split, number words, small substitutions: no run of seven words survives
const REWRITE =
  'After clinging to an esky for almost three hours, a Kelmscott father of four was pulled from the water on Tuesday. ' +
  'His fishing boat had capsized close to the Rottnest breakwater, and a passing ferry spotted him. ' +
  "Police are looking into why the vessel's emergency beacon did not activate. " +
  'Sea rescue volunteers warned skippers to stay in port, saying the swell reached 1905 millimetres by midday. ' +
  'The family was relieved, his wife told reporters, and grateful to the crew of the ferry.';
// the same event told independently: shared names and topic words, but no shared wording
const INDEPENDENT =
  'Ferry passengers watched on Tuesday as deckhands hauled a soaked angler aboard off Rottnest Island. ' +
  'The man, from Kelmscott, had spent the morning alone on the water when heavy seas rolled his dinghy. ' +
  'Passengers described waves breaking over the breakwater and said the crew acted within minutes. ' +
  'Authorities have not said what caused the accident, and the man was taken to hospital for observation.';
const FILLER = [
  'The council approved a new library budget on Monday after a long debate about opening hours and staff numbers.',
  'Farmers in the wheatbelt expect a smaller harvest this year because the winter rains arrived late and stopped early.',
  'A local theatre company will stage a revival of a forgotten comedy in the town hall during the spring festival.',
  'Train services on the northern line were delayed for an hour after a signal fault near the central station.',
];

function graded(a: string, _b?: string) {
  const docs = [doc('src', SOURCE), doc('x', a), ...FILLER.map((t, i) => doc(`f${i}`, t))];
  return pairGrader(docs)(0, 1);
}

describe('word folding for graded reuse', () => {
  it('splits compounds, reads number words as digits and drops digit separators', () => {
    expect(foldToken('father-of-four').map(([p]) => p)).toEqual(['father', 'of', '4']);
    expect(foldToken('four').map(([p]) => p)).toEqual(['4']);
    expect(foldToken('1,905').map(([p]) => p)).toEqual(['1905']);
    expect(foldToken('no-holds-barred').map(([p]) => p)).toEqual(['no', 'holds', 'barred']);
  });
  it('meets inflections of one word at one stem and leaves short words alone', () => {
    expect(new Set(['reported', 'reports', 'reporting', 'report'].map(lightStem)).size).toBe(1);
    expect(lightStem('quoted')).toBe(lightStem('quote'));
    expect(lightStem('policies')).toBe(lightStem('policy'));
    expect(lightStem('bus')).toBe('bus');
  });
  it('keeps each piece of a split compound pointing at its own characters', () => {
    const d = doc('d', 'A father-of-four spoke.');
    const v = rewriteView(d, wordRarity([d]), formTable());
    const pieces = Array.from(v.start, (s, i) => d.text.slice(s, v.end[i]));
    expect(pieces).toEqual(['A', 'father', 'of', 'four', 'spoke']);
  });
});

describe('graded pair score', () => {
  it('grades an edited, reordered rewrite as rewritten, though no run of seven words is shared', () => {
    const g = graded(REWRITE, SOURCE);
    expect(g.grade).toBe('rewritten');
    expect(g.rewriteScore).toBeGreaterThan(0.1);
    // today's exact passages miss it: no shared run reaches seven words
    const r = overlap([doc('src', SOURCE), doc('x', REWRITE), ...FILLER.map((t, i) => doc(`f${i}`, t))]);
    const pair = r.pairs.find((p) => [p.a, p.b].sort().join() === 'src,x');
    expect(pair?.passages.length ?? 0).toBe(0);
  });
  it('aligns each rewritten sentence with the source sentence it came from, in spite of the new order', () => {
    const g = graded(REWRITE, SOURCE);
    const src = doc('src', SOURCE),
      x = doc('x', REWRITE);
    const text = (s: { doc: string; start: number; end: number }) =>
      (s.doc === 'src' ? src : x).text.slice(s.start, s.end);
    const byDerived = new Map(
      g.alignedSentences.map((s) => [text(s.a.doc === 'x' ? s.a : s.b), text(s.a.doc === 'src' ? s.a : s.b)]),
    );
    expect(byDerived.get("Police are looking into why the vessel's emergency beacon did not activate.")).toMatch(
      /^Police are investigating/,
    );
    expect(
      byDerived.get('The family was relieved, his wife told reporters, and grateful to the crew of the ferry.'),
    ).toMatch(/^His wife told reporters/);
    expect(g.alignedSentences.length).toBeGreaterThanOrEqual(4);
  });
  it('grades independent coverage of the same event as independent, with score 0', () => {
    const g = graded(INDEPENDENT, SOURCE);
    expect(g.grade).toBe('independent');
    expect(g.rewriteScore).toBe(0);
  });
  it('grades a verbatim copy as a near-copy, above the rewrite', () => {
    const copy = SOURCE.split('. ').slice(0, 4).join('. ') + '.';
    const g = graded(copy, SOURCE);
    expect(g.grade).toBe('near-copy');
    expect(g.rewriteScore).toBeGreaterThan(graded(REWRITE, SOURCE).rewriteScore);
  });
  it('is symmetric in the order of the two articles', () => {
    const docs = [doc('src', SOURCE), doc('x', REWRITE)];
    const r = wordRarity(docs),
      f = formTable();
    const [a, b] = docs.map((d) => rewriteView(d, r, f));
    const ab = comparePair(a, b),
      ba = comparePair(b, a);
    expect(ab.rewriteScore).toBe(ba.rewriteScore);
    expect(ab.grade).toBe(ba.grade);
  });
});

describe('overlap() with graded reuse and evidence', () => {
  const corpus = () => [
    doc('src', SOURCE, 'Coast Times'),
    doc('rw', REWRITE, 'Harbour Post'),
    doc('ind', INDEPENDENT, 'Island News'),
    ...FILLER.map((t, i) => doc(`f${i}`, t, `Outlet ${i}`)),
  ];
  it('gives every pair a grade, a score, aligned sentences and an evidence number on it and its passages', () => {
    const r = overlap(corpus());
    expect(r.pairs.length).toBeGreaterThan(0);
    for (const p of r.pairs) {
      expect(['near-copy', 'rewritten', 'independent']).toContain(p.grade);
      expect(p.evidence).toBeGreaterThanOrEqual(0);
      for (const x of p.passages) expect(x.evidence).toBeGreaterThanOrEqual(EVIDENCE_MIN);
    }
    const rw = r.pairs.find((p) => [p.a, p.b].sort().join() === 'rw,src');
    expect(rw?.grade).toBe('rewritten');
    expect(r.pairs.find((p) => [p.a, p.b].includes('ind') && [p.a, p.b].includes('src'))?.grade ?? 'independent').toBe(
      'independent',
    );
  });
  const pairOf = (r: ReturnType<typeof overlap>, x: string, y: string) =>
    r.pairs.find((p) => [p.a, p.b].sort().join() === [x, y].sort().join());
  it('without the graded score (grade: false) only exact passages are found, the same ones, every pair independent', () => {
    const docs = [...corpus(), doc('cp', `${SOURCE} Lifeboat crews will review the search next week.`, 'Bay Daily')];
    const graded = overlap(docs),
      plain = overlap(docs, { grade: false });
    expect(pairOf(graded, 'src', 'rw')?.grade).toBe('rewritten');
    expect(pairOf(plain, 'src', 'rw')).toBeUndefined();
    for (const p of plain.pairs) {
      expect(p.grade).toBe('independent');
      expect(p.rewriteScore).toBe(0);
      expect(p.alignedSentences).toEqual([]);
    }
    const copy = pairOf(plain, 'src', 'cp')!;
    expect(copy.passages.length).toBeGreaterThan(0);
    expect(copy.passages).toEqual(pairOf(graded, 'src', 'cp')!.passages);
  });
  it('a rewritten narration pair (no exact passage) that never names the other outlet is uncredited reuse', () => {
    const p = pairOf(overlap(corpus()), 'src', 'rw')!;
    expect(p.passages).toHaveLength(0);
    expect(p.credit).toBe('uncredited');
    expect(p.credit_because).toMatch(/rewritten narration in [2-9] aligned sentences/);
    expect(p.reuse_by).toBe('rewritten-narration');
  });
  it('the same rewrite naming the source outlet is credited', () => {
    const docs = corpus();
    docs[1] = doc('rw', `${REWRITE} The rescue was first reported by the Coast Times.`, 'Harbour Post');
    expect(pairOf(overlap(docs), 'src', 'rw')!.credit).toBe('credited');
  });
  it('same-event sentences aligned on the names they share accuse nobody', () => {
    // two outlets naming the same people, bodies and places in each sentence, in their own words
    const A =
      'Rescuers from Kelmscott Marine and Rottnest Volunteer Sea Rescue found Darren Pulford near Wadjemup Point. ' +
      'Premier Alannah Veck thanked Fremantle Harbour Patrol and the Cottesloe Surf Club crews. ' +
      'Senior Constable Marisa Oduya of Waterways Command will brief Parliament House on Thursday.';
    const B =
      'Darren Pulford owes his life to Kelmscott Marine and Rottnest Volunteer Sea Rescue, who reached Wadjemup Point. ' +
      'Fremantle Harbour Patrol and Cottesloe Surf Club got a call from Premier Alannah Veck later. ' +
      'Parliament House hears from Senior Constable Marisa Oduya of Waterways Command next.';
    const r = overlap([doc('a', A, 'Island News'), doc('b', B, 'West Wire'), ...FILLER.map((t, i) => doc(`f${i}`, t))]);
    const p = pairOf(r, 'a', 'b')!;
    expect(p.grade).not.toBe('independent');
    expect(p.credit).not.toBe('uncredited');
  });
  it('sentences aligned on shared names alone, or on a shared quote, accuse nobody', () => {
    // same event, independent wording: names and a quote of the skipper in common, no narration taken
    const quote = '"We were lucky the ferry came past when it did, and the swell was huge," the skipper said.';
    const A = `${INDEPENDENT} ${quote}`;
    const B =
      'Kelmscott angler Rottnest breakwater rescue: Tuesday crews answered the call. ' +
      `Volunteers at Rottnest praised the Kelmscott community. ${quote}`;
    const r = overlap([doc('a', A, 'Island News'), doc('b', B, 'West Wire'), ...FILLER.map((t, i) => doc(`f${i}`, t))]);
    for (const p of r.pairs) expect(p.credit).not.toBe('uncredited');
  });
});

describe('evidence of a shared passage', () => {
  it('is lower for a phrase many unrelated articles carry than for a run only the pair shares', () => {
    const stock = 'at the main border crossing on the southern side of the river';
    const unique = 'clung to an esky for nearly three hours before a ferry came';
    const docs = [
      doc('a', `Officials met ${stock} and then someone ${unique} today.`),
      doc('b', `Reporters gathered ${stock} where a man ${unique} this morning.`),
      ...Array.from({ length: 8 }, (_, i) => doc(`s${i}`, `${FILLER[i % 4]} Traffic stopped ${stock} again.`)),
    ];
    const index = buildIndex(docs);
    const len = stock.split(' ').length;
    const pos = (d: Doc, phrase: string) => d.text.slice(0, d.text.indexOf(phrase)).split(/\s+/).filter(Boolean).length;
    const ia = pos(docs[0], stock),
      ib = pos(docs[1], stock);
    const ua = pos(docs[0], unique),
      ub = pos(docs[1], unique);
    const stockEv = passageEvidence(index, 0, { a0: ia, a1: ia + len, b0: ib, b1: ib + len, matched: len });
    const uniqueEv = passageEvidence(index, 0, { a0: ua, a1: ua + len, b0: ub, b1: ub + len, matched: len });
    expect(uniqueEv).toBeGreaterThan(stockEv);
    expect(uniqueEv).toBeGreaterThanOrEqual(EVIDENCE_MIN);
  });
});

describe('rewritten sentence pairs side by side', () => {
  it('marks the words each side lacks, folds compounds, and escapes the text', async () => {
    const { rewritePairsHtml } = await import('../lib/report/rewrites.js');
    const a = doc('a', 'A father-of-four <b>was</b> rescued near the breakwater.');
    const b = doc('b', 'A father of four was pulled from the water near the breakwater.');
    const html = rewritePairsHtml(
      [
        {
          a: { doc: 'a', start: 0, end: a.text.length },
          b: { doc: 'b', start: 0, end: b.text.length },
          similarity: 0.5,
        },
      ],
      [a, b],
    );
    expect(html).toContain('<del>rescued</del>');
    expect(html).toContain('<ins>pulled</ins>');
    expect(html).not.toContain('<del>father-of-four</del>');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/&lt;(<del>)?b(<\/del>)?&gt;/);
  });
});

/**
 * The token walk narrationWording replaced, kept here as its reference: each aligned pair at REWRITE_SIMILARITY shares
 * NARRATION_WORDS distinct folded, stemmed, non-stopword words written in lower case (half of the shorter side's), and
 * a run of RUN_WORDS folded pieces; all zero under NARRATION_SENTENCES similar pairs.
 */
function wordingByTokens(aligned: readonly AlignedSentence[], A: Doc, B: Doc): Uint8Array {
  const out = new Uint8Array(aligned.length);
  if (aligned.filter((x) => x.similarity >= REWRITE_SIMILARITY).length < NARRATION_SENTENCES) return out;
  const tokensIn = (d: Doc, s: Span) =>
    d.tokens.filter((t) => (t.kind === 'word' || t.kind === 'number') && t.start >= s.start && t.end <= s.end);
  const pieces = (d: Doc, s: Span, plain: boolean) =>
    tokensIn(d, s).flatMap((t) => {
      const c = d.text[t.start];
      if (plain && c !== c.toLowerCase()) return [];
      return foldToken(t.norm)
        .filter(([p]) => !plain || !isStopword(p))
        .map(([p]) => lightStem(p));
    });
  const longest = (x: string[], y: string[]) => {
    let best = 0;
    for (let i = 0; i < x.length; i++)
      for (let j = 0; j < y.length; j++) {
        let k = 0;
        while (i + k < x.length && j + k < y.length && x[i + k] === y[j + k]) k++;
        best = Math.max(best, k);
      }
    return best;
  };
  aligned.forEach(({ a, b, similarity }, k) => {
    if (similarity < REWRITE_SIMILARITY) return;
    const x = new Set(pieces(A, a, true)),
      y = new Set(pieces(B, b, true));
    const both = [...x].filter((w) => y.has(w)).length;
    const shares = both >= NARRATION_WORDS && 2 * both >= Math.min(x.size, y.size);
    if (shares && longest(pieces(A, a, false), pieces(B, b, false)) >= RUN_WORDS) out[k] = 1;
  });
  return out;
}

describe('rewritten narration on the graded views', () => {
  // a lightly edited copy whose names include capitalised compounds and number words, written for this test
  const EDITED =
    'A Father-Of-Four from Kelmscott was rescued on Tuesday after his fishing boat capsized near the Rottnest breakwater. ' +
    'The 43-year-old man clung to an esky for nearly three hours before a passing ferry spotted him. ' +
    'Sea rescue volunteers said the swell had reached 1,905 millimetres by noon and warned skippers to stay in port. ' +
    'His wife told reporters that the family was relieved and grateful to the ferry crew. ' +
    'Police are investigating why the emergency beacon on the vessel had failed to activate.';
  it.each([
    ['rewrite', REWRITE],
    ['edited copy', EDITED],
    ['independent', INDEPENDENT],
  ])('tests the wording of aligned sentences as the token walk does (%s)', (_, text) => {
    const docs = [doc('src', SOURCE), doc('x', text), ...FILLER.map((t, i) => doc(`f${i}`, t))];
    const grade = pairGrader(docs);
    for (const [i, j] of [
      [0, 1],
      [1, 0],
    ]) {
      const g = grade(i, j);
      const wording = narrationWording(g.alignedSentences, grade.view(i), grade.view(j));
      const reference = wordingByTokens(g.alignedSentences, docs[i], docs[j]);
      expect([...wording]).toEqual([...reference]);
      const words = [docs[i], docs[j]].map(
        (d) => d.tokens.filter((t) => t.kind === 'word' || t.kind === 'number').length,
      );
      const byTokens = rewrittenNarration(g.alignedSentences, docs[i], docs[j], [], {
        wording: reference,
        words: [words[0], words[1]],
      });
      const known = { wording, words: [words[0], words[1]] as const };
      expect(rewrittenNarration(g.alignedSentences, docs[i], docs[j], [], known)).toEqual(byTokens);
    }
  });
  it('finds the narration of an edited copy', () => {
    const docs = [doc('src', SOURCE), doc('x', EDITED), ...FILLER.map((t, i) => doc(`f${i}`, t))];
    const grade = pairGrader(docs);
    const g = grade(0, 1);
    const wording = narrationWording(g.alignedSentences, grade.view(0), grade.view(1));
    const known = { wording, words: [100, 100] as const };
    expect(rewrittenNarration(g.alignedSentences, docs[0], docs[1], [], known).sentences).toBeGreaterThanOrEqual(2);
  });
  it('counts the aligned sentences that lie in copied passages on both sides as verbatim, the edited ones not', () => {
    const docs = [doc('src', SOURCE), doc('x', EDITED), ...FILLER.map((t, i) => doc(`f${i}`, t))];
    const grade = pairGrader(docs);
    const g = grade(0, 1);
    const known = {
      wording: narrationWording(g.alignedSentences, grade.view(0), grade.view(1)),
      words: [100, 100] as const,
    };
    const edited = rewrittenNarration(g.alignedSentences, docs[0], docs[1], [], known);
    expect(edited.verbatim).toBe(0);
    // the same sentences, each inside a reuse passage on both sides: a copy that aligns sentence by sentence
    const whole = (d: Doc): [number, number] => [0, d.text.length];
    const copied = rewrittenNarration(
      g.alignedSentences,
      docs[0],
      docs[1],
      [{ a: whole(docs[0]), b: whole(docs[1]), kind: 'reuse' }],
      known,
    );
    expect(copied.words).toBe(edited.words);
    expect(copied.verbatim).toBe(copied.words);
  });
});

describe('pair grader', () => {
  it('grades a pair after its bound as comparePair does on fresh views', () => {
    const docs = [
      doc('src', SOURCE),
      doc('x', REWRITE),
      doc('y', INDEPENDENT),
      ...FILLER.map((t, i) => doc(`f${i}`, t)),
    ];
    const grade = pairGrader(docs);
    const r = wordRarity(docs),
      f = formTable();
    const views = docs.map((d) => rewriteView(d, r, f));
    for (const [i, j] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ]) {
      const bound = grade.mayReuse(i, j);
      const g = grade(i, j);
      expect(g).toEqual(comparePair(views[i], views[j]));
      if (!bound) expect(g.grade).toBe('independent');
    }
  });
});

describe('a short edited article that keeps one run of five words', () => {
  // agency copy, and a 65-word brief rewritten from it: clauses reordered, "father-of-four", one 5-word run
  // ("reach the valley by Thursday") and many of three or four; below the floor of three shared 5-word shingles
  const AGENCY =
    'Floodwater swept through the market town of Harrowgate on Tuesday night after the River Lune burst its banks, forcing more than two hundred residents from their homes. Emergency crews worked through the night to rescue families trapped on upper floors, and a father of four was pulled from his car by firefighters near the old stone bridge. The county council said that temporary shelters had been opened in the school hall and the leisure centre. Forecasters warned that a second band of heavy rain would reach the valley by Thursday, and the Environment Office issued three severe flood warnings for the lower river. Local shopkeepers said the water rose faster than at any time in living memory, destroying stock worth thousands of pounds. The council leader, Maria Holm, described the damage as devastating and promised that every household would receive help with the clean-up. Engineers will inspect the bridge on Wednesday morning before deciding whether it can reopen to traffic.';
  const BRIEF =
    'More than two hundred people were forced from their homes in Harrowgate when the Lune burst its banks on Tuesday. Firefighters pulled a father-of-four from his car near the old bridge. Shelters have been opened at the school hall and leisure centre, the county council said. Council leader Maria Holm called the damage devastating. Forecasters say more heavy rain will reach the valley by Thursday.';
  const OWN =
    'Harrowgate residents spent the day clearing mud from shops and cellars. Volunteers from nearby villages brought food and dry clothes, and the parish church opened its doors overnight. Insurers said claims could take weeks to settle. Farmers upstream fear the rain will reach the valley by Thursday.';
  const others = [
    doc(
      'c',
      'The city orchestra opened its winter season on Friday with a programme of Baltic folk songs and a new cello concerto. Tickets sold out within a day.',
    ),
    doc(
      'd',
      'Shares in the regional ferry operator fell sharply on Monday after it reported a loss for the third quarter running, blaming fuel prices and a strike.',
    ),
  ];
  it('is graded rewritten from the agency copy', () => {
    const r = overlap([doc('a', AGENCY, 'Northwire'), doc('b', BRIEF, 'Vale Courier'), ...others], { outlets: [] });
    expect(r.pairs.map((p) => [p.a, p.b, p.grade])).toEqual([['a', 'b', 'rewritten']]);
    // the rule off: the pair is no candidate and the rewrite is missed
    const off = overlap([doc('a', AGENCY, 'Northwire'), doc('b', BRIEF, 'Vale Courier'), ...others], {
      outlets: [],
      shortWords: 0,
    });
    expect(off.pairs).toEqual([]);
  });
  it('a short article written on its own, sharing that one run, is not', () => {
    const r = overlap([doc('a', AGENCY, 'Northwire'), doc('e', OWN, 'Hill Gazette'), ...others], { outlets: [] });
    expect(r.pairs.filter((p) => p.grade !== 'independent' || p.credit === 'uncredited')).toEqual([]);
  });
});
