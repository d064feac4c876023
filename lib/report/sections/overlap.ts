// The report's source-overlap section: pair and outlet reuse tables, citations, findings and the passage viewer.
import type { Doc } from '../../types.js';
import type { Analysis } from '../../pipeline.js';
import {
  pairRows,
  passageRows,
  citationRows,
  outletReuse,
  type OverlapPair,
  type OverlapResult,
} from '../../overlap/overlap.js';
import { escapeHtml } from '../html.js';
import { reuseTable } from '../../explore/reuse-table.js';
import { overlapFindings } from '../overlap-findings.js';
import { pairAnchor } from '../overlap-pairs.js';
import { eventMap } from '../../events/events.js';
import { passageViewFor } from '../passages.js';
import { passageKey, passageQuery } from '../../explore/passage-query.js';
import { evidenceAt, viewerPairs } from '../viewer-pairs.js';
import type { Finding } from '../types.js';
import { coverageHeatmap, reuseNetwork } from '../../figures/overlap.js';
import type { ReportSection } from '../types.js';

export { VIEWER_PAIRS } from '../viewer-pairs.js';

/** The explorer key of every passage of a pair (`#passage=<key>` opens the articles that carry it). */
export function passageKeys(pair: Pick<OverlapPair, 'passages'>): string[] {
  return pair.passages.map((p) => passageKey(passageQuery(p)));
}

/** The anchors of the pairs the findings link to, in the findings' order. */
function namedPairs(findings: readonly Finding[]): string[] {
  return findings.flatMap((f) => (f.evidence ?? []).map((e) => e.href)).filter((h) => h.startsWith('#pair-'));
}

/** What the overlap section reads of an analysis. */
type OverlapInput = Pick<Analysis, 'overlap' | 'docs'> & Partial<Pick<Analysis, 'corpus' | 'events'>>;

/** The section's findings as the report states them: with the articles' headlines and, when known, their events. */
function sectionFindings(analysis: OverlapInput, titles: ReadonlyMap<string, string>): Finding[] {
  return overlapFindings(analysis.overlap, {
    titles,
    eventOf: analysis.events ? eventMap(analysis.events) : undefined,
  });
}

/** Each article's headline by id. */
function titlesOf(analysis: OverlapInput): Map<string, string> {
  return new Map((analysis.corpus?.articles ?? []).map((a) => [a.id, a.title]));
}

/**
 * The passages the viewer links, for the explorer: key -> the words looked up (first passage of each key wins). The
 * viewer's pairs (viewerPairs), named by the same findings as the section's, so both list the same pairs.
 */
export function viewerPassages(analysis: OverlapInput): Map<string, string> {
  const out = new Map<string, string>();
  const named = namedPairs(sectionFindings(analysis, titlesOf(analysis)));
  for (const pair of viewerPairs(analysis.overlap.pairs, named))
    for (const p of pair.passages) {
      const q = passageQuery(p);
      const k = passageKey(q);
      if (k && !out.has(k)) out.set(k, q);
    }
  return out;
}

/**
 * The passage viewer: each of its pairs (viewerPairs: those the findings name (`named`), the uncredited, the strongest
 * rewritten, the most overlapping) as a collapsible block anchored #pair-<a>-<b>, the first one open (static HTML, no
 * script). Each passage's number links to its contexts in the explorer (`#passage=…`).
 */
export function passageViewer(
  result: OverlapResult,
  articles: readonly (Pick<Doc, 'id' | 'outlet' | 'date' | 'text'> & { title?: string })[],
  opts: { maxPairs?: number; named?: readonly string[] } = {},
): string {
  const chosen = viewerPairs(result.pairs, opts.named);
  const pairs = opts.maxPairs === undefined ? chosen : chosen.slice(0, opts.maxPairs);
  const links = (p: OverlapPair) => passageKeys(p).map((k) => (k ? `#passage=${encodeURIComponent(k)}` : undefined));
  if (!pairs.length) return '';
  const blocks = pairs.map((p, i) => {
    const dir = !p.passages.some((x) => x.kind === 'reuse')
      ? 'neither took it from the other'
      : p.direction === 'unknown'
        ? 'order unclear'
        : `likely source ${p.outlet_a === p.outlet_b ? p.source : p.source === p.a ? p.outlet_a : p.outlet_b}`;
    const credit =
      p.credit === 'none-needed'
        ? 'common-source or stock text only, no credit needed'
        : p.credit === 'same-outlet'
          ? 'same outlet'
          : p.credit;
    const summary = `${p.outlet_a} (${p.a}) ↔ ${p.outlet_b} (${p.b}): ${p.passages.length === 1 ? '1 shared passage' : `${p.passages.length} shared passages`}, ${dir}, ${credit}`;
    return `<details class="pv" id="${escapeHtml(pairAnchor(p.a, p.b))}"${i === 0 ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>${passageViewFor(result, articles, p.a, p.b, links)}</details>`;
  });
  const css =
    '<style>.pv{border:1px solid #d0d7de;border-radius:6px;margin:10px 0;padding:6px 12px}.pv summary{cursor:pointer;font-weight:600;padding:4px 0}.pv:target{outline:3px solid #0b5cad}.pv .pl-view{font-size:14px}@media (max-width:800px){.pv .pl-cols{flex-direction:column}}</style>';
  const which =
    pairs.length < result.pairs.length
      ? ` Shown here: ${pairs.length} of the ${result.pairs.length} pairs — those the findings name, every uncredited pair, the pairs most strongly graded rewritten or near-copy, then the most overlapping, in that order; the pair table says where each other pair’s evidence is.`
      : '';
  return `<h3 id="passages">Shared passages, side by side</h3><p>Each block shows both articles with the text they share marked and numbered; citations of an outlet are underlined. Open a block to read it; click a passage’s number to see every article of the corpus that carries it.${which}</p>${css}${blocks.join('\n')}`;
}

/** The source-overlap section: findings, outlet reuse and pair tables, citations, and the passage viewer. */
export function overlapSection(analysis: OverlapInput): ReportSection {
  const r = analysis.overlap;
  const docs = analysis.docs;
  const titles = titlesOf(analysis);
  const findings = sectionFindings(analysis, titles);
  const named = namedPairs(findings);
  const shown = new Set(viewerPairs(r.pairs, named));
  // the pair table says where each pair's evidence is: the viewer's block, the passages table, or the JSON
  const pairTable = pairRows(r).map((row, i) => ({
    ...row,
    evidence_at: evidenceAt(r.pairs[i], shown.has(r.pairs[i])),
  }));
  return {
    id: 'overlap',
    title: 'Source overlap: who reused whose text',
    intro:
      'Passages two articles share word for word (allowing small edits), found by shingle fingerprints and local alignment; ' +
      'how much of each article they cover; which article likely came first and why; and whether the reusing outlet credits the source. ' +
      'Three kinds of shared text are kept apart: reuse (copied or rewritten narration), common-source text (quotes, ' +
      'statements, official or wire texts both carry) and stock phrases (formulas unrelated articles share); only reuse can be uncredited. ' +
      'Evidence is how unlikely the shared text is by chance, from how many articles of the corpus hold its word sequences: ' +
      'an evidence of 10 means about one chance in 10^10 that unrelated articles share it. A pair is called uncredited only ' +
      'with evidence 10 or more in its reuse passages (20 for articles of different events).',
    findings,
    figures: r.pairs.length ? [reuseNetwork(r), coverageHeatmap(r, { titles })] : [coverageHeatmap(r, { titles })],
    tables: [
      {
        name: 'reuse-by-outlet',
        caption:
          'Outlet to outlet: the words of the reusing outlet (after the arrow) found in passages shared with the source, and their share of all its words',
        rows: reuseTable(outletReuse(r)),
      },
      {
        name: 'outlet-reuse',
        caption:
          'The same rows with the fields scripts read: from, to, directed (false: which came first is unknown), pairs, words, share, credited, uncredited, noneNeeded (pairs that need no credit)',
        rows: outletReuse(r),
        show: 0,
      },
      {
        name: 'overlap-pairs',
        caption:
          'Article pairs with shared passages (a_in_b = share of a inside passages shared with b; evidence_at = where to read the pair’s evidence)',
        rows: pairTable,
      },
      {
        name: 'passages',
        caption: 'Every shared passage with offsets in both articles',
        rows: passageRows(r),
        show: 0,
      },
      { name: 'citations', caption: 'Outlets cited in the articles', rows: citationRows(r) },
    ],
    html: passageViewer(
      r,
      docs.map((d) => ({ ...d, title: titles.get(d.id) })),
      { named },
    ),
  };
}
