// `npm run eval -- framing [path]`: run framing on a corpus (default the AllSides multi-outlet set under
// ../shared/dev/) and print, per event, each outlet's top own-voice terms, the labels each outlet uses for the
// same actors, and who speaks — for a person to read. There is no gold here: read it as a journalist would.
import { join } from 'node:path';
import { loadCorpus } from '../../lib/corpus/load.js';
import { analyseCorpus } from '../../lib/pipeline.js';
import { projectRoot } from '../../lib/paths.js';
import { byString } from '../../lib/text/counts.js';
import { poolLabelRows } from '../../lib/framing/labels.js';
import { labelContrasts } from '../../lib/framing/label-contrast.js';
import { labelShares } from '../../lib/framing/label-shares.js';
import { actShares, type ActNameRow } from '../../lib/framing/act-names.js';
import { distancingContrasts } from '../../lib/framing/distancing.js';

const DEFAULT = join(projectRoot(), '..', 'shared', 'dev', 'multi-outlet-allsides', 'articles.jsonl');

/** Run framing on the corpus at `path` and print each event's outlets, labels and speakers. */
export async function run(path = DEFAULT): Promise<void> {
  const t0 = performance.now();
  const corpus = await loadCorpus(path);
  const a = analyseCorpus(corpus, { onStage: (s, ms) => process.stderr.write(`${s}: ${ms} ms\n`) });
  const f = a.framing;
  const events = a.events!;
  const members = new Map<string, string[]>();
  for (const x of events.assignments) (members.get(x.event) ?? members.set(x.event, []).get(x.event)!).push(x.doc);
  const docById = new Map(corpus.articles.map((x) => [x.id, x]));
  const multi = [...members].filter(([, ds]) => new Set(ds.map((d) => docById.get(d)!.outlet)).size >= 2);
  multi.sort((x, y) => y[1].length - x[1].length || byString(x[0], y[0]));
  const out: string[] = [];
  out.push(
    `${corpus.articles.length} articles, ${members.size} events, ${multi.length} covered by 2+ outlets ` +
      `(events from: ${events.source}); framing ${a.ms.framing} ms, total ${Math.round(performance.now() - t0)} ms`,
  );
  const show = Number(process.env.EVAL_EVENTS ?? 25);
  for (const [ev, ds] of multi.slice(0, show)) {
    out.push(
      '',
      `== event ${ev}: ${ds.length} articles, outlets ${[...new Set(ds.map((d) => docById.get(d)!.outlet))].sort(byString).join(', ')}`,
    );
    for (const d of ds.slice(0, 6))
      out.push(
        `   ${docById.get(d)!.date ?? '----------'}  ${docById.get(d)!.outlet}: ${docById.get(d)!.title.slice(0, 90)}`,
      );
    if (ds.length > 6) out.push(`   … ${ds.length - 6} more`);
    const labels = f.labels.filter((r) => r.event === ev && r.kind !== 'name');
    const byActor = new Map<string, typeof labels>();
    for (const r of labels) (byActor.get(r.entity) ?? byActor.set(r.entity, []).get(r.entity)!).push(r);
    for (const [actor, rows] of [...byActor]
      .sort((x, y) => sum(y[1]) - sum(x[1]) || byString(x[0], y[0]))
      .slice(0, 8)) {
      const outlets = [...new Set(rows.map((r) => r.outlet))].sort(byString);
      if (outlets.length < 2 && rows.length < 2) continue;
      out.push(`  actor ${actor}:`);
      for (const o of outlets) {
        const rs = rows
          .filter((r) => r.outlet === o)
          .sort((x, y) => y.count - x.count || byString(x.label, y.label))
          .slice(0, 6);
        out.push(`    ${o}: ${rs.map((r) => `"${r.label}" ${r.count} (${Math.round(r.share * 100)}%)`).join('; ')}`);
      }
    }
    const speakers = new Map<string, number>();
    for (const s of f.detail.sourceMentions)
      if (s.event === ev && s.kind === 'named')
        speakers.set(`${s.name} (${s.outlet})`, (speakers.get(`${s.name} (${s.outlet})`) ?? 0) + 1);
    if (speakers.size) {
      const top = [...speakers].sort((x, y) => y[1] - x[1] || byString(x[0], y[0])).slice(0, 10);
      out.push(`  speakers: ${top.map(([k, c]) => `${k} ${c}`).join('; ')}`);
    }
  }
  const unresolved = f.detail.sourceMentions.filter((m) => m.kind === 'unresolved').length;
  const named = f.detail.sourceMentions.filter((m) => m.kind === 'named');
  out.push(
    '',
    `speakers: ${named.length} named (${named.filter((m) => m.entity_id).length} with an entity id), ${unresolved} pronouns unresolved`,
  );
  const names = new Map<string, number>();
  for (const m of named) names.set(m.name, (names.get(m.name) ?? 0) + 1);
  out.push(
    'most frequent named speakers: ' +
      [...names]
        .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
        .slice(0, 40)
        .map(([n, c]) => `${n} ${c}`)
        .join('; '),
  );
  const groups = new Map<string, Map<string, number>>();
  for (const r of f.labels)
    if (r.entity.startsWith('the ') || r.kind === 'group') {
      const g = groups.get(r.entity) ?? groups.set(r.entity, new Map()).get(r.entity)!;
      g.set(`${r.outlet}: ${r.label}`, (g.get(`${r.outlet}: ${r.label}`) ?? 0) + r.count);
    }
  out.push('', 'group labels pooled over events (top outlets × labels):');
  for (const [g, m] of [...groups].sort((x, y) => total(y[1]) - total(x[1]) || byString(x[0], y[0])).slice(0, 10)) {
    out.push(
      `  ${g}: ` +
        [...m]
          .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
          .slice(0, 12)
          .map(([k, c]) => `${k} ${c}`)
          .join('; '),
    );
  }
  // the largest groups, per outlet, pooled over events: what each outlet calls the same group most often
  const pooled = poolLabelRows(f.labels.filter((r) => r.kind === 'group' && r.entity_id.startsWith('group:')));
  const size = new Map<string, number>();
  for (const r of pooled) size.set(r.entity, (size.get(r.entity) ?? 0) + r.count);
  for (const g of [...size]
    .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
    .slice(0, 3)
    .map(([g]) => g)) {
    out.push(
      '',
      `group "${g}" per outlet (outlets with 20+ references; top labels with modifiers, share of the outlet's references):`,
    );
    const rows = pooled.filter((r) => r.entity === g);
    for (const o of [...new Set(rows.map((r) => r.outlet))].sort(byString)) {
      const mine = rows.filter((r) => r.outlet === o);
      if (sum(mine) < 20) continue;
      const mod = mine
        .filter((r) => r.label.includes(' '))
        .sort((x, y) => y.count - x.count || byString(x.label, y.label))
        .slice(0, 3);
      out.push(`  ${o} (${sum(mine)}): ${mod.map((r) => `"${r.label}" ${Math.round(r.share * 100)}%`).join('; ')}`);
    }
  }
  out.push('', "competing labels (own narration, pooled over events; labelContrasts, as in the report's findings):");
  for (const c of labelContrasts(f.labels).slice(0, 12)) {
    const side = (i: 0 | 1) =>
      `"${c.sides[i].labels[0]}" (${c.sides[i].outlets
        .slice(0, 4)
        .map((x) => `${x.outlet} ${x.own}`)
        .join(', ')})`;
    const by = c.by === 'role' ? ' (role noun)' : '';
    out.push(
      `  ${c.entity}${by}: ${side(0)} against ${side(1)}; both ${c.both.length}, evidence ${c.evidence}, chance ${c.chance}`,
    );
  }
  out.push('', "label shares (own narration; each outlet's share of the judging label, 6+ uses; labelShares):");
  for (const s of labelShares(f.labels).slice(0, 12)) {
    const by = s.by === 'role' ? ' (role noun)' : '';
    const outlets = s.outlets.map((x) => `${x.outlet} ${Math.round(x.share * 100)}% of ${x.uses}`).join(', ');
    out.push(
      `  ${s.entity}${by}: "${s.judging.variant}" vs "${s.describing.variant}": ${outlets}; gap ${s.gap}, z ${s.z}` +
        fewArticles(s.fewArticles),
    );
  }
  out.push('', 'act names per family (own narration, all events; uses of each head, outlets writing it):');
  out.push(...actFamilyLines(f.detail.actNames));
  out.push('', 'act names (own narration, events where both nouns are written; data/act-nouns.json; actShares):');
  for (const s of actShares(f.detail.actNames)) {
    const outlets = s.outlets.map((x) => `${x.outlet} ${Math.round(x.share * 100)}% of ${x.uses}`).join(', ');
    out.push(
      `  ${s.entity}: "${s.judging.variant}" vs "${s.describing.variant}": ${outlets}; gap ${s.gap}, z ${s.z}` +
        fewArticles(s.fewArticles),
    );
  }
  const far = distancingContrasts(f.detail.distancing);
  out.push('', `phrases bare in some outlets' narration, only quoted in others' (${far.length}; distancingContrasts):`);
  for (const c of far.slice(0, 15)) {
    const side = (xs: [string, number][]) => xs.map(([o, n]) => `${o} ${n}`).join(', ');
    out.push(`  "${c.written}": bare ${side(c.bare)}; quoted ${side(c.quoted)}; evidence ${c.evidence}`);
  }
  out.push('', ...distinctiveLines(f.distinctive, corpus.articles));
  process.stdout.write(out.join('\n') + '\n');
}

/** Per family, each head's own-narration uses on the whole corpus and the outlets writing it, most used first. */
function actFamilyLines(rows: readonly ActNameRow[]): string[] {
  const by = new Map<string, Map<string, { uses: number; outlets: Set<string> }>>();
  for (const r of rows) {
    const heads = by.get(r.name) ?? by.set(r.name, new Map()).get(r.name)!;
    const h = heads.get(r.head) ?? heads.set(r.head, { uses: 0, outlets: new Set() }).get(r.head)!;
    h.uses += r.own;
    h.outlets.add(r.outlet);
  }
  return [...by].map(
    ([name, heads]) =>
      `  ${name}: ` +
      [...heads]
        .sort((a, b) => b[1].uses - a[1].uses || byString(a[0], b[0]))
        .map(([h, x]) => `${h} ${x.uses} (${x.outlets.size})`)
        .join(', '),
  );
}

/** Each of the largest outlets' top own-voice distinctive terms, with count, rate per 1,000 words and events. */
function distinctiveLines(
  rows: readonly { outlet: string; term: string; count: number; per_1000: number; events?: number }[],
  articles: readonly { outlet: string }[],
): string[] {
  const size = new Map<string, number>();
  for (const a of articles) size.set(a.outlet, (size.get(a.outlet) ?? 0) + 1);
  const outlets = [...size]
    .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
    .slice(0, Number(process.env.EVAL_OUTLETS ?? 8))
    .map(([o]) => o);
  const out = ['distinctive own-voice terms (within events, pooled; count, per 1,000 words, events):'];
  for (const o of outlets) {
    const top = rows.filter((r) => r.outlet === o).slice(0, 25);
    out.push(
      `  ${o} (${size.get(o)} articles): ` +
        top.map((r) => `${r.term} ${r.count}/${r.per_1000.toFixed(2)}/${r.events ?? '-'}`).join(', '),
    );
  }
  return out;
}

/** "; left out, uses in one article: A, B": the outlets a share leaves out (LabelShare.fewArticles). */
function fewArticles(outlets: readonly string[] | undefined): string {
  return outlets?.length ? `; left out, uses in one article: ${outlets.join(', ')}` : '';
}

function sum(rows: readonly { count: number }[]): number {
  return rows.reduce((n, r) => n + r.count, 0);
}

function total(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
