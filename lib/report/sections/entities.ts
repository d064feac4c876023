// The report's entities section: who and what each outlet names, spellings merged, with the reasons for each merge.
import type { Figure } from '../../types.js';
import type { Entity, EntityResult } from '../../entities/entities.js';
import type { Analysis } from '../../pipeline.js';
import { entityFrequencyByOutlet } from '../../entities/frequency.js';
import { entityOutletHeatmap, topEntitiesByOutletFigure } from '../../figures/entities.js';
import { escapeHtml } from '../html.js';
import { wordsPerOutlet } from '../../explore/rates.js';
import { articlesPerOutlet } from '../../explore/one-article.js';
import { entityAnchor, entityFindings, mainActors, readerSpellings } from '../entity-findings.js';
import { expectedMentions, type ExpectedMentions } from '../../entities/expected.js';
import { eventMap } from '../../events/events.js';
import type { ReportSection } from '../types.js';
import { byString } from '../../util/compare.js';
import { newsEntities } from '../outlet-mentions.js';
import { silenceBasis, silenceEvents, type SilenceBasis } from '../silence-basis.js';

/**
 * A static list of the main entities: spellings as a reader tells them apart (the finding's: "U.S ." is "U.S."), mentions
 * per outlet and why spellings were merged.
 */
function entityList(entities: readonly Entity[], outlets: readonly string[]): string {
  const items = entities.map((e) => {
    const counts = outlets.map((o) => `${escapeHtml(o)}: ${e.by_outlet[o] ?? 0}`).join(' · ');
    const why = e.merged_because.length
      ? `<ul class="why">${e.merged_because.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`
      : '';
    return (
      `<li id="${escapeHtml(entityAnchor(e.id))}"><b>${escapeHtml(e.name)}</b> <span class="muted">(${escapeHtml(e.type)}, ${e.mentions.length} mentions)</span>${e.type === 'demonym' ? '' : ` <a href="#entity=${escapeHtml(encodeURIComponent(e.id))}">contexts</a>`}<br>` +
      `<span class="muted">Spellings:</span> ${readerSpellings(e.aliases)
        .map((a) => `“${escapeHtml(a)}”`)
        .join(', ')}<br><span class="muted">By outlet:</span> ${counts}${why}</li>`
    );
  });
  return `<h3>The main actors and places, and how their spellings were merged</h3><style>ol.entities li{margin:8px 0}ol.entities .muted{color:#57606a}ol.entities ul.why{font-size:14px;color:#57606a;margin:2px 0}</style><ol class="entities">${items.join('')}</ol>`;
}

/**
 * One row of the entity table: name, id, type, mentions, one count column per outlet, spellings, merge reasons.
 * Written key by key rather than spread from Object.fromEntries: the same keys, order and values (an outlet named like
 * a column overwrites it in place; "__proto__" stays a plain column), without two intermediate objects per entity.
 */
function entityRow(e: Entity, outlets: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = { entity: e.name, id: e.id, type: e.type, mentions: e.mentions.length };
  for (const o of outlets) setColumn(row, o, e.by_outlet[o] ?? 0);
  setColumn(row, 'spellings', e.aliases.join('; '));
  setColumn(row, 'merged_because', e.merged_because.join('; '));
  return row;
}

/** row[key] = value as an own data property, as an object literal or spread defines it (even for "__proto__"). */
function setColumn(row: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(row, key, { value, writable: true, enumerable: true, configurable: true });
  else row[key] = value;
}

/**
 * The default entity charts: top entities by outlet (grouped bars) and the entity x outlet heatmap of mention shares.
 */
function entityFigures(
  r: EntityResult,
  words: Readonly<Record<string, number>>,
  articles: Readonly<Record<string, number>>,
): Figure[] {
  const freq = entityFrequencyByOutlet(r);
  return freq.length
    ? [topEntitiesByOutletFigure(freq, { words, articles }), entityOutletHeatmap(freq, { words })]
    : [];
}

/**
 * Mentions of the main actors each outlet was to be expected to make in the events it covered, and the basis of each
 * silence (none without events). An article without a date stands alone here unless the input named its story and
 * the story has no dated article (lib/report/silence-basis.ts: silenceEvents): an undated 2018 piece clustered into a
 * 2016 story made the 2016 outlets "silent" about a president of 2018, and undated articles grouped by the names they
 * share alone made one "story" of the 2014 Iran talks and 2019's tanker seizures.
 */
function silenceOfMain(analysis: Pick<Analysis, 'corpus' | 'docs' | 'entities' | 'events'>): {
  expected?: ExpectedMentions;
  silence?: SilenceBasis;
} {
  if (!analysis.events) return {};
  const main = mainActors(analysis.entities.entities);
  const eventOf = silenceEvents(analysis.corpus.articles, eventMap(analysis.events));
  const ids = main.map((e) => e.id);
  const byId = new Map(analysis.corpus.articles.map((a) => [a.id, a]));
  const articles = analysis.docs.map((d) => byId.get(d.id) ?? { id: d.id, outlet: d.outlet, title: '', url: null });
  return {
    expected: expectedMentions(analysis.docs, analysis.entities.mentions, ids, eventOf),
    silence: silenceBasis(articles, analysis.entities.mentions, main, eventOf),
  };
}

/** The entities section: findings, charts, the entity table and the list of main entities with their merge reasons. */
export function entitiesSection(
  analysis: Pick<Analysis, 'corpus' | 'docs' | 'entities' | 'events'> & Partial<Pick<Analysis, 'overlap'>>,
  opts: { figures?: (r: EntityResult) => Figure[]; top?: number } = {},
): ReportSection {
  const { corpus, docs } = analysis;
  const r = analysis.entities;
  // who each outlet covers: a news outlet counted where it is news, not where it names itself or is credited as a source
  const news = analysis.overlap ? newsEntities({ entities: r, docs, overlap: analysis.overlap }).entities : r;
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet))].sort(byString);
  const top = news.entities.slice(0, opts.top ?? 25);
  const words = wordsPerOutlet(docs);
  const rows = r.entities.map((e) => entityRow(e, outlets));
  const mentions = r.mentions.flatMap((ms, i) =>
    ms.map((m) => ({
      doc: r.docs[i].id,
      outlet: r.docs[i].outlet,
      entity: m.entity,
      start: m.start,
      end: m.end,
      text: docs[i].text.slice(m.start, m.end),
    })),
  );
  return {
    id: 'entities',
    title: 'Entities: who and what each outlet names',
    intro:
      'People, organisations, groups and places found in the article text, with different spellings of one name merged (for example transliterations from Arabic). ' +
      'Every merge lists the rule that made it; counts are mentions per outlet.',
    findings: entityFindings(news.entities, outlets, { words, ...silenceOfMain({ ...analysis, entities: news }) }),
    figures: opts.figures ? opts.figures(news) : entityFigures(news, words, articlesPerOutlet(docs)),
    tables: [
      { name: 'entities', caption: 'Entities by mentions, per outlet', rows, show: 25 },
      {
        name: 'entity-mentions',
        caption: 'Every entity mention with offsets into the article text',
        rows: mentions,
        show: 0,
      },
    ],
    html: top.length ? entityList(top, outlets) : undefined,
  };
}
