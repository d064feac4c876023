// When "X never names E" says something about X (pure). The sentence is true of the text in three cases where a
// journalist would not print it:
// - X's articles are not on the stories in which the others name E: articles without a date that were grouped into a
//   "story" by the names they share alone (one such story held the 2014 Iran talks and 2019's tanker seizures);
// - X has one article on those stories: one writer's piece, not an outlet's habit;
// - E is named in X's own metadata: its headline, its address or a byline cleaning removed. The New York Times ran
//   Vladimir Putin's op-ed ("A Plea for Caution From Russia"); its text never names him because he wrote it, and only
//   its address says so (/opinion/putin-plea-for-caution-…);
// - X's text names E in a way the entity stage does not read as a name: a house style in lower case (The Guardian's
//   "the supreme court", "the justice department"). Only E's spellings of two words or more are looked for in the
//   text, blind to case (one word in lower case is a common word: "justice", "state").
import type { Article, Removal } from '../types.js';

/** An article as the basis reads it: where it sits, and the words around its text. */
type MetaArticle = Pick<Article, 'id' | 'outlet' | 'title' | 'url'> & {
  text?: string;
  provenance?: { removed: readonly Removal[] };
};

/** Articles an outlet needs on the stories in which the others name E before its silence about E is a finding. */
export const SILENCE_ARTICLES = 2;

/** One entity as the basis reads it. */
export interface SilenceEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
}

/** Why an outlet's silence about an entity is or is not a finding. */
export interface SilenceBasis {
  /** entity id -> outlet -> its articles on stories in which another outlet names the entity */
  articles: Map<string, Map<string, number>>;
  /**
   * entity id -> outlet -> the title of its article whose headline, address or byline names the entity, or whose text
   * names it in lower case
   */
  namedInMeta: Map<string, Map<string, string>>;
}

/**
 * Each article's story for a silence finding: its event when the article has a date or the input named its event;
 * an undated article in a story found by clustering stands alone (its story is a subject, possibly years wide), and
 * so does an undated article in a story of dated ones (its period is unknown).
 */
export function silenceEvents(
  articles: readonly Pick<Article, 'id' | 'date' | 'event'>[],
  eventOf: Readonly<Record<string, string>>,
): Record<string, string> {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const dated = (id: string) => !!byId.get(id)?.date;
  const withDates = new Set(Object.entries(eventOf).flatMap(([doc, ev]) => (dated(doc) ? [ev] : [])));
  return Object.fromEntries(
    Object.entries(eventOf).filter(([doc, ev]) => dated(doc) || (!!byId.get(doc)?.event && !withDates.has(ev))),
  );
}

/**
 * The basis of every silence about `entities`: per outlet, its articles on stories (`eventOf`, from silenceEvents) in
 * which another outlet's article names the entity, and an article of its own whose metadata names it.
 * `mentions[i]` are the entity ids named in articles[i].
 */
export function silenceBasis(
  articles: readonly MetaArticle[],
  mentions: readonly (readonly { entity: string }[])[],
  entities: readonly SilenceEntity[],
  eventOf: Readonly<Record<string, string>>,
): SilenceBasis {
  const namers = new Map<string, Set<string>>(); // entity \0 event -> outlets naming it there
  articles.forEach((a, i) => {
    const ev = eventOf[a.id];
    if (ev === undefined) return;
    for (const m of mentions[i] ?? []) {
      const k = m.entity + '\u0000' + ev;
      const s = namers.get(k) ?? new Set<string>();
      namers.set(k, s.add(a.outlet));
    }
  });
  const basis: SilenceBasis = { articles: new Map(), namedInMeta: new Map() };
  const naming = outletsNaming(articles, mentions);
  const lower = new Map<MetaArticle, string>(); // article -> its text in lower case, made when first read
  const lowerText = (a: MetaArticle) => lower.get(a) ?? lower.set(a, (a.text ?? '').toLowerCase()).get(a)!;
  for (const e of entities) {
    const counts = new Map<string, number>();
    const meta = new Map<string, string>();
    const forms = metaForms(e);
    const textForms = forms.filter((f) => /\s/.test(f));
    const names = naming.get(e.id);
    for (const a of articles) {
      const ev = eventOf[a.id];
      const by = ev === undefined ? undefined : namers.get(e.id + '\u0000' + ev);
      if (by && [...by].some((o) => o !== a.outlet)) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
      if (meta.has(a.outlet)) continue;
      if (namesIn(metaText(a), forms)) meta.set(a.outlet, a.title);
      else if (!names?.has(a.outlet) && textForms.length && namesIn(lowerText(a), textForms))
        meta.set(a.outlet, a.title);
    }
    basis.articles.set(e.id, counts);
    basis.namedInMeta.set(e.id, meta);
  }
  return basis;
}

/** Entity id -> the outlets whose articles the entity stage found naming it. */
function outletsNaming(
  articles: readonly MetaArticle[],
  mentions: readonly (readonly { entity: string }[])[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  articles.forEach((a, i) => {
    for (const m of mentions[i] ?? []) (out.get(m.entity) ?? out.set(m.entity, new Set()).get(m.entity)!).add(a.outlet);
  });
  return out;
}

/** An article's words outside its text: headline, the words of its address, bylines removed at loading. */
function metaText(a: MetaArticle): string {
  const url = (a.url ?? '').replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/[-_/.+=?&%]+/g, ' ');
  const bylines = (a.provenance?.removed ?? []).filter((r) => r.kind === 'byline').map((r) => r.text);
  return [a.title, url, ...bylines].join(' \n ').toLowerCase();
}

/** The forms of E to look for in metadata: its spellings, and a person's surname, of four letters or more. */
function metaForms(e: SilenceEntity): string[] {
  const forms = new Set(e.aliases.map((x) => x.toLowerCase()));
  forms.add(e.name.toLowerCase());
  if (e.type === 'person') for (const f of [...forms]) forms.add(f.split(/\s+/).pop()!);
  return [...forms].filter((f) => f.replace(/[^a-z]/g, '').length >= 4);
}

/** Whether `text` holds one of `forms` as whole words. */
function namesIn(text: string, forms: readonly string[]): boolean {
  return forms.some((f) => {
    let at = text.indexOf(f);
    while (at >= 0) {
      const before = text[at - 1] ?? ' ',
        after = text[at + f.length] ?? ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
      at = text.indexOf(f, at + 1);
    }
    return false;
  });
}
