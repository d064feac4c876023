// Side-by-side view of two articles with their shared passages highlighted and citations underlined (HTML string, all
// text escaped).
import type { Doc } from '../types.js';
import type { OverlapPair, OverlapResult } from '../overlap/overlap.js';
import { escapeHtml } from './html.js';
import { plural } from './finding-words.js';
import { partitionPoint } from '../util/search.js';
import type { Citation } from '../overlap/types.js';
import { quotedHeadline, theArticle } from '../overlap/article-names.js';
import { rewritePairsHtml } from './rewrites.js';
import { STRONG_EVIDENCE, STRONG_WORDS } from '../overlap/reuse-strength.js';

/** An article as the viewer reads it: a Doc's fields, and the headline when the caller has it (a corpus Article). */
type ViewDoc = Pick<Doc, 'id' | 'outlet' | 'date' | 'text'> & { title?: string };

/** How the viewer names an article: its headline and its outlet, or its outlet and date when it has no headline. */
function named(d: ViewDoc): string {
  if (d.title?.trim()) return `${quotedHeadline(d.title)} (${d.outlet})`;
  return d.date ? `${theArticle(d.outlet)} of ${d.date}` : theArticle(d.outlet, 'undated ');
}

/**
 * The viewer's summary line. A likely source is named only when reuse passages stand: a pair sharing only a third
 * party's text or stock phrases took nothing from each other, whatever the dates say.
 */
function summaryHtml(pair: OverlapPair, A: ViewDoc, B: ViewDoc): string {
  const shares =
    `${Math.round(pair.a_in_b * 100)}% of the first and ${Math.round(pair.b_in_a * 100)}% of the second lie in ` +
    plural(pair.passages.length, 'shared passage');
  const both = `<b>${escapeHtml(named(A))}</b> and <b>${escapeHtml(named(B))}</b>`;
  if (!pair.passages.length)
    return (
      `<p class="pl-sum">${both} share no passage word for word, but ${pair.alignedSentences.length} of their ` +
      `sentences align: the graded score finds one ${escapeHtml(pair.grade)} from the other (score ` +
      `${pair.rewriteScore}). The aligned sentences are set side by side below the texts.</p>`
    );
  if (!pair.passages.some((p) => p.kind === 'reuse') && !pair.rewritten_words)
    return (
      `<p class="pl-sum">${both} share only text of a third party or stock phrases: ${escapeHtml(shares)}. ` +
      `Neither took it from the other, so no credit is due.</p>`
    );
  const source = pair.direction === 'unknown' ? null : pair.direction === 'a→b' ? A : B;
  const from = source
    ? `likely source: ${escapeHtml(named(source))} (${escapeHtml(pair.because)})`
    : `which came first stays undecided (${escapeHtml(pair.because)})`;
  const why = pair.credit_because ? ` (${escapeHtml(pair.credit_because)})` : '';
  const credit = `credit: ${escapeHtml(pair.credit)}${why}`;
  return `<p class="pl-sum">${both} (${escapeHtml(pair.kind)}): ${escapeHtml(shares)}; ${from}; ${credit}.</p>`;
}

const KIND_COLOR: Record<string, string> = {
  reuse: '#ffd8a8',
  'weak reuse': '#fff4e6',
  'common-source': '#d0ebff',
  stock: '#e9ecef',
};

/**
 * How the viewer shows a passage's kind. Reuse of a pair across outlets that reaches no credit verdict (under the
 * evidence floor: STRONG_WORDS matched words and STRONG_EVIDENCE) is "weak reuse", drawn paler, as the tables give
 * such a pair `none-needed`: a newsroom formula two unrelated articles of a small corpus share ("spoke on condition of
 * anonymity because they were not authorized to discuss") is reuse by the counts, and no count on the corpus can tell
 * it from a sentence one took from the other, so the viewer must not draw it as the evidence of copying it is not.
 */
function shownKind(pair: OverlapPair, p: OverlapPair['passages'][number]): { kind: string; because: string } {
  const because = `${p.kind}: ${p.kind_because ?? ''}`;
  const weak = p.kind === 'reuse' && pair.kind === 'cross-outlet' && pair.credit === 'none-needed';
  if (!weak) return { kind: p.kind, because };
  const under = `the pair's reuse is under the evidence floor (${STRONG_WORDS} matched words and evidence ${STRONG_EVIDENCE})`;
  return {
    kind: 'weak reuse',
    because: `${because}; weak: ${under}, too little to say one outlet took it from the other, and a formula unrelated articles share reads the same`,
  };
}

/**
 * HTML of two columns (article a, article b) with the pair's passages marked (numbered, coloured by kind) and citations
 * underlined. With `links` (one per passage), each passage's number links there (the report: its contexts in every
 * outlet). Articles are named by headline and outlet when `title` is given (pass corpus Articles), else by id.
 */
export function passageViewHtml(
  pair: OverlapPair,
  docA: ViewDoc,
  docB: ViewDoc,
  citations: readonly Citation[] = [],
  links: readonly (string | undefined)[] = [],
): string {
  const side = (d: ViewDoc, which: 'a' | 'b') => {
    const marks = pair.passages.map((p, i) => {
      const shown = shownKind(pair, p);
      return {
        start: p[which][0],
        end: p[which][1],
        n: i + 1,
        kind: shown.kind,
        dir: p.direction,
        because: `${p.because}; ${shown.because}`,
        href: links[i],
      };
    });
    const cites = citations.filter((c) => c.doc === d.id);
    const title = d.title?.trim() ? quotedHeadline(d.title) : 'no headline';
    const other = which === 'a' ? docB.id : docA.id;
    return `<div class="pl-col"><h4 title="${escapeHtml(d.id)}">${escapeHtml(title)} · ${escapeHtml(d.outlet)} · ${escapeHtml(d.date ?? 'no date')}</h4><div class="pl-text">${markup(d.text, marks, cites, other)}</div></div>`;
  };
  const head = summaryHtml(pair, docA, docB);
  const weak = pair.passages.some((p) => shownKind(pair, p).kind === 'weak reuse');
  const legend = `<p class="pl-legend">${Object.entries(KIND_COLOR)
    .filter(([k]) => weak || k !== 'weak reuse')
    .map(([k, c]) => `<span style="background:${c};padding:0 4px">${escapeHtml(k)}</span>`)
    .join(
      ' ',
    )} <span style="text-decoration:underline dotted;text-decoration-thickness:2px">citation of an outlet</span></p>`;
  const style =
    '<style>.pl-view{font-family:Helvetica,Arial,sans-serif;font-size:13px}.pl-cols{display:flex;gap:16px}.pl-col{flex:1;min-width:0}.pl-text{white-space:pre-wrap;line-height:1.5}.pl-view mark{padding:0 1px;border-radius:2px}.pl-view sup{color:#555;font-size:10px}.pl-cite{text-decoration:underline dotted;text-decoration-thickness:2px}</style>';
  return `<div class="pl-view">${style}${head}${legend}<div class="pl-cols">${side(docA, 'a')}${side(docB, 'b')}</div>${alignedHtml(pair, docA, docB)}</div>`;
}

/**
 * The evidence of a pair graded rewritten or near-copy: its aligned sentence pairs side by side (lib/report/rewrites.ts),
 * with how many of them are rewritten narration; '' for a pair graded independent or without aligned sentences.
 */
function alignedHtml(pair: OverlapPair, A: ViewDoc, B: ViewDoc): string {
  const aligned = pair.alignedSentences;
  if (pair.grade === 'independent' || !aligned.length) return '';
  const n = aligned.length;
  const narration = pair.rewritten_words
    ? `${pair.rewritten_sentences} of them rewritten narration (${pair.rewritten_words} words), the rest quotes, ` +
      'passages marked above or one fact told in other words'
    : 'none of them rewritten narration as a sentence of its own: each is a quote, a passage marked above or one fact ' +
      'told in other words, and the grade rests on how many align';
  const intro =
    `<p class="pl-rw-intro">Why the pair is graded ${escapeHtml(pair.grade)}: ${n} sentence pair${n === 1 ? '' : 's'} ` +
    `aligned by their rare words, ${escapeHtml(narration)}. Struck through: words of the left sentence the right one ` +
    'lacks; highlighted: words the right one adds.</p>';
  const heads = { [A.id]: named(A), [B.id]: named(B) };
  return `<h5>Aligned sentences</h5>${intro}${rewritePairsHtml(aligned, [A, B], heads)}`;
}

/** The side-by-side view of one pair of a result, by ids (either order), or '' when the pair shares nothing. */
export function passageViewFor(
  result: OverlapResult,
  docs: readonly ViewDoc[],
  a: string,
  b: string,
  links: (pair: OverlapPair) => readonly (string | undefined)[] = () => [],
): string {
  const pair = result.pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
  if (!pair) return '';
  const A = docs.find((d) => d.id === pair.a),
    B = docs.find((d) => d.id === pair.b);
  if (!A || !B) return '';
  return passageViewHtml(pair, A, B, result.citations, links(pair));
}

/**
 * For each piece between cut points `pts` (sorted), the index of the first range of `ranges` that contains it, or
 * -1: each range paints its pieces, the later ones first, so one pass over the ranges replaces a search per piece.
 */
function paint(pts: readonly number[], ranges: readonly { start: number; end: number }[]): Int32Array {
  const out = new Int32Array(Math.max(0, pts.length - 1)).fill(-1);
  const at = (x: number) => partitionPoint(pts.length, (i) => pts[i] >= x);
  for (let i = ranges.length - 1; i >= 0; i--)
    for (let k = at(ranges[i].start), end = Math.min(at(ranges[i].end), out.length); k < end; k++) out[k] = i;
  return out;
}

/**
 * Where a citation points, as a reader reads it (never an id): the other article of the pair, another article of the
 * cited outlet that shares text with this one, or none of the corpus (lib/overlap/citation-links.ts).
 */
function citeLink(c: Citation, other: string): string {
  if (c.kind !== 'outlet') return '';
  if (!c.article) return ': not linked to any article of the corpus';
  return c.article === other ? ': points to the other article of this pair' : `: points to another ${c.cited} article`;
}

/** Text with non-overlapping marks: passages as <mark>, citations as underlined spans; every piece escaped. */
function markup(
  text: string,
  marks: { start: number; end: number; n: number; kind: string; dir: string; because: string; href?: string }[],
  cites: readonly Citation[],
  other = '',
): string {
  // boundaries where styling changes
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  for (const c of cites) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const pts = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((x, y) => x - y);
  const markOf = paint(pts, marks);
  const citeOf = paint(pts, cites);
  let html = '';
  for (let k = 0; k + 1 < pts.length; k++) {
    const s = pts[k],
      e = pts[k + 1];
    const m = markOf[k] < 0 ? undefined : marks[markOf[k]];
    const c = citeOf[k] < 0 ? undefined : cites[citeOf[k]];
    let piece = escapeHtml(text.slice(s, e));
    if (c)
      piece = `<span class="pl-cite" title="${escapeHtml(`cites ${c.cited} (${c.kind})${citeLink(c, other)}`)}">${piece}</span>`;
    if (m) {
      const first = m.start === s;
      const num = m.href
        ? `<a class="xl" href="${escapeHtml(m.href)}" title="every article that carries this passage">[${m.n}]</a>`
        : `[${m.n}]`;
      piece =
        (first ? `<sup>${num}</sup>` : '') +
        `<mark style="background:${KIND_COLOR[m.kind] ?? '#fff3bf'}" title="${escapeHtml(`passage ${m.n} (${m.kind}); ${m.dir}: ${m.because}`)}">${piece}</mark>`;
    }
    html += piece;
  }
  return html;
}
