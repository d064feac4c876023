// Act names: the nouns outlets choose for the same kind of act ("coup" or "ouster", "massacre" or "shooting",
// "amnesty" or "legalization"), from families of competing nouns (data/act-nouns.json). Each outlet's own-narration
// uses of each head are counted, and where outlets divide differently between a judging and a describing head of one
// family, each outlet's share of the judging one is stated. Pure: docs, voices and families in, rows and shares out.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import type { Voice } from './types.js';
import { byString } from '../util/compare.js';
import { labelShares, type LabelShare, type ShareOptions } from './label-shares.js';
import { otherSense, type SenseCue } from './act-senses.js';
import { mentionedLabel } from './label-mentions.js';
import { reportedCharacterisation } from './label-characterisations.js';
import { sameActUses, type SameAct } from './act-reference.js';
import { unrealAct } from './act-modality.js';
import { otherPlaceAct, otherSiteAct, stateOfSite, storyNames, type StoryNames } from './act-places.js';

/** One family of competing nouns for one kind of act. */
export interface ActFamily {
  id: string;
  /** how a finding names the act ("the seizure of power") */
  name: string;
  /** singular lower-case heads; a head of several words matches those words in a row */
  heads: readonly string[];
  /** words around a head that mark another sense of it ("mob boss", "smuggling operation"; lib/framing/act-senses.ts) */
  otherSenses?: readonly SenseCue[];
  /**
   * heads that judge whatever their weight in the lexicon: the name the act's critics give it and its authors reject
   * ("ban" for an order its authors say bans no one); they weigh 1, the other heads as the lexicon says
   */
  judging?: readonly string[];
  /**
   * for a family of one act named by heads that name many ("the order", "the ban"): the words telling which act a
   * use names; only uses naming the family's act count (lib/framing/act-reference.ts)
   */
  sameAct?: SameAct;
  /**
   * count only uses naming an act that took place or is under way: not one that may come, is feared or is denied ("a
   * possible invasion", "the threat of invasion", "no mob protest"; lib/framing/act-modality.ts)
   */
  actual?: boolean;
  /**
   * count only uses naming the story's act by its place: the states of the head's phrase ("of Kuwait", "the Libyan",
   * "Saddam Hussein's") against those the story's headline and lede name (lib/framing/act-places.ts)
   */
  placed?: boolean;
  /**
   * count only uses whose crowd stands in the story's place: the states of the head's complement or modifiers, cities
   * read as their states ("a rally in Phoenix", "the Benghazi mob"), against those of the story's headline and lede
   * (lib/framing/act-places.ts otherSiteAct)
   */
  sited?: boolean;
  /**
   * lower-case words that, right before a head, make with it the name an outlet writes ("travel" ban, "executive"
   * order): the act table shows each name so formed beside the head
   */
  nameWords?: readonly string[];
}

/** Uses of one head of a family in one outlet's own narration, in one event. */
export interface ActNameRow {
  /** the event of these uses ('' when events are not known: the corpus is one story) */
  event: string;
  family: string;
  /** the family's name, for tables and findings */
  name: string;
  outlet: string;
  head: string;
  own: number;
  /** the names written, with their uses: the head with the family's name words before it ("travel ban": 12) */
  forms: Record<string, number>;
  /** the ids of the articles these uses come from, in first-use order (a share leaves out an outlet of one article) */
  ownDocs: string[];
  /** evaluative weight of the head, 0..1 (the weigher framing uses for labels); absent without one */
  evaluative?: number;
}

/** A head of a family as the index keeps it. */
interface HeadEntry {
  family: ActFamily;
  words: string[];
  head: string;
  cues: SenseCue[];
  nameWords: ReadonlySet<string>;
}

/** Head words -> head, keyed by the first word; a head matches its words in a row, the last one also plural. */
function headIndex(families: readonly ActFamily[]): Map<string, HeadEntry[]> {
  const out = new Map<string, HeadEntry[]>();
  for (const family of families)
    for (const head of family.heads) {
      const words = head.split(' ');
      const cues = (family.otherSenses ?? []).filter((c) => c.head === head);
      const nameWords = new Set(family.nameWords ?? []);
      const forms = words.length === 1 ? [head, head + 's', head + 'es'] : [words[0]];
      for (const f of forms) {
        const list = out.get(f) ?? out.set(f, []).get(f)!;
        list.push({ family, words, head, cues, nameWords });
      }
    }
  return out;
}

/** Whether tokens from i hold the head's words (the first already matched), the last one singular or plural. */
function holds(d: Doc, i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = d.tokens[i + k];
    if (!t || t.sentence !== d.tokens[i].sentence) return false;
    const last = k === words.length - 1;
    if (t.norm !== words[k] && !(last && (t.norm === words[k] + 's' || t.norm === words[k] + 'es'))) return false;
  }
  return true;
}

/** One use counted: its family, head and the name as written ("travel ban", "executive order", "ban"). */
interface Use {
  family: ActFamily;
  head: string;
  form: string;
}

/**
 * The name a use of a head writes: the head with the family's name words right before it ("travel ban", "Muslim
 * travel ban", "executive order"); a name word keeps its capital only where the head is in lower case and the word
 * opens no sentence ("Muslim ban"; not "Travel Ban" of a headline or "TRAVEL BAN"); else the head alone.
 */
function writtenForm(d: Doc, i: number, head: string, words: ReadonlySet<string>): string {
  const toks = d.tokens;
  const lowerHead = STARTS_LOWER.test(d.text[toks[i].start]);
  const out = [head];
  for (let k = i - 1; k >= Math.max(0, i - 2) && toks[k].sentence === toks[i].sentence; k--) {
    const t = toks[k];
    if (t.kind !== 'word' || !words.has(t.norm)) break;
    const written = d.text.slice(t.start, t.end);
    const first = k === 0 || toks[k - 1].sentence !== t.sentence;
    out.unshift(first || !lowerHead || written === written.toUpperCase() ? t.norm : written);
  }
  return out.join(' ');
}

/**
 * One doc's uses of the families' heads in its own narration (token voice 0), in token order: uses in another sense
 * left out (lib/framing/act-senses.ts), site furniture left out (`k`: the doc's keep-mask), the word mentioned rather
 * than used left out ("calling it a coup"), and for a family of one act the uses naming another act left out (read
 * over every voice, as a reference crosses quotes; lib/framing/act-reference.ts).
 */
function docUses(
  d: Doc,
  v: Voice | undefined,
  k: Uint8Array | undefined,
  index: Map<string, HeadEntry[]>,
  story: (sites: boolean) => StoryNames,
): Use[] {
  const found: { i: number; c: HeadEntry }[] = [];
  d.tokens.forEach((t, i) => {
    const cands = t.kind === 'word' ? index.get(t.norm) : undefined;
    for (const c of cands ?? []) {
      if (c.words.length > 1 && !holds(d, i, c.words)) continue;
      // "a mob boss", "a smuggling operation", "Amnesty International", "to protest the ruling": no act of the family
      if (otherSense(d, i, c.words[0], c.cues)) continue;
      // "a possible ground invasion", "no spontaneous mob protest", "Saddam Hussein's invasion of Kuwait": no act the
      // story reports
      if (c.family.actual && unrealAct(d, i)) continue;
      if (c.family.placed && otherPlaceAct(d, i, story(false))) continue;
      // "a mob of Libyans … in Benghazi" in a story opening on Cairo: another crowd than the story's
      if (!(c.family.sited && otherSiteAct(d, i, story(true)))) found.push({ i, c });
    }
  });
  const names = new Map<ActFamily, boolean[]>(); // per family of one act, whether each of its uses names it
  for (const f of new Set(found.map((x) => x.c.family)))
    if (f.sameAct) {
      const mine = found.filter((x) => x.c.family === f).map((x) => ({ i: x.i, head: x.c.head }));
      names.set(f, sameActUses(d, f.sameAct, mine));
    }
  const nth = new Map<ActFamily, number>();
  const out: Use[] = [];
  for (const { i, c } of found) {
    const n = nth.get(c.family) ?? 0;
    nth.set(c.family, n + 1);
    if (names.has(c.family) && !names.get(c.family)![n]) continue;
    if ((v && v.tokenVoice[i] !== 0) || (k && !k[i])) continue;
    // "stopped short of calling it a coup", "the amnesty charge": the word reported or weighed, not chosen
    if (mentionedLabel(d, i, i + c.words.length)) continue;
    // "blamed on a 'spontaneous' mob", "saying that the attack was mob violence": someone else's account of the act
    if (reportedCharacterisation(d, i)) continue;
    out.push({ family: c.family, head: c.head, form: writtenForm(d, i, c.head, c.nameWords) });
  }
  return out;
}

/** A headline doc's id ends so (lib/framing/framing.ts `titleDocId`): "<article id>#title". */
const TITLE_SUFFIX = '#title';

/**
 * Per doc, what its story's headline and lede name (lib/framing/act-places.ts), read once per article; `sites`: with
 * cities read as their states (for crowds).
 */
function storiesOf(docs: readonly Doc[]): (d: Doc, sites: boolean) => StoryNames {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const cache = new Map<string, StoryNames>();
  return (d, sites) => {
    const id = d.field === 'title' && d.id.endsWith(TITLE_SUFFIX) ? d.id.slice(0, -TITLE_SUFFIX.length) : d.id;
    const key = sites ? id + TITLE_SUFFIX + TITLE_SUFFIX : id;
    const body = byId.get(id);
    const headline = d.field === 'title' ? d : byId.get(id + TITLE_SUFFIX);
    const read = () =>
      storyNames(body?.field === 'title' ? undefined : body, headline, sites ? stateOfSite : undefined);
    return cache.get(key) ?? cache.set(key, read()).get(key)!;
  };
}

/**
 * Per family, outlet and head: uses in the outlet's own narration, headlines included when their docs are given
 * (`docUses`; `keep`: doc id -> keep-mask over its tokens, 1 = keep, as boilerplateMasks gives), with the names
 * written (`forms`). Rows sorted by family, outlet, head.
 */
export function actNameRows(
  docs: readonly Doc[],
  voices: readonly Voice[],
  families: readonly ActFamily[],
  weigh?: (term: string) => number,
  keep: ReadonlyMap<string, Uint8Array> = new Map(),
  eventOf: (doc: string) => string = () => '',
): ActNameRow[] {
  const index = headIndex(families);
  const counts = new Map<string, Omit<ActNameRow, 'name' | 'family' | 'evaluative'> & { family: ActFamily }>();
  const voiceOf = new Map(voices.map((v) => [v.doc, v]));
  const stories = storiesOf(docs);
  for (const d of docs) {
    const event = eventOf(d.id) ?? '';
    for (const u of docUses(d, voiceOf.get(d.id), keep.get(d.id), index, (sites) => stories(d, sites))) {
      const key = `${event}\u0000${u.family.id}\u0000${d.outlet}\u0000${u.head}`;
      const x =
        counts.get(key) ??
        counts
          .set(key, { event, family: u.family, outlet: d.outlet, head: u.head, own: 0, forms: {}, ownDocs: [] })
          .get(key)!;
      x.own++;
      if (!x.ownDocs.includes(d.id)) x.ownDocs.push(d.id); // a headline is its article's
      x.forms[u.form] = (x.forms[u.form] ?? 0) + 1;
    }
  }
  return [...counts.values()]
    .map(({ family, ...x }) => ({
      ...x,
      family: family.id,
      name: family.name,
      ...(weigh ? { evaluative: family.judging?.includes(x.head) ? 1 : weigh(x.head) } : {}),
    }))
    .sort(
      (a, b) =>
        byString(a.event, b.event) ||
        byString(a.family, b.family) ||
        byString(a.outlet, b.outlet) ||
        byString(a.head, b.head),
    );
}

/**
 * Families whose outlets divide differently between a judging and describing heads, most divided first: labelShares
 * (lib/framing/label-shares.ts) on the rows as labels of the family, each head a variant, counted only in events
 * where a judging and a describing head of the family are both written (by any outlet; heads whose weights differ by
 * the role-pair judgement gap): a noun alone on its story may name another act ("the invasion of Iraq", "a rescue
 * operation"), and an outlet's describing nouns on stories where no judging one is written ("rally" on an immigration
 * march) are no choice against it ("mob" on the Benghazi attack). The share's `entity` is the family's name. Rows
 * without weights give none.
 */
export function actShares(rows: readonly ActNameRow[], opts: Omit<ShareOptions, 'kinds'> = {}): LabelShare[] {
  const gap = opts.minRoleJudgement ?? 0.5;
  const weights = new Map<string, number[]>(); // event + family -> weights of the heads written
  for (const r of rows) {
    const k = r.event + '\u0000' + r.family;
    (weights.get(k) ?? weights.set(k, []).get(k)!).push(r.evaluative ?? 0);
  }
  const chosen = (k: string) => {
    const w = weights.get(k)!;
    return Math.max(...w) - Math.min(...w) >= gap;
  };
  const labels = rows
    .filter((r) => chosen(r.event + '\u0000' + r.family))
    .map((r) => ({ ...r, entity: r.name, label: r.head, variant: r.head, kind: 'act' }));
  return labelShares(labels, { ...opts, kinds: ['act'] });
}

/** One row of the act table: a head's uses in an outlet's own narration, with the names written. */
export interface ActTableRow {
  family: string;
  name: string;
  outlet: string;
  head: string;
  own: number;
  /** the articles these uses come from */
  articles: number;
  /** the names written, most used first, each with its uses ("travel ban 12, ban 5, Muslim ban 2") */
  forms: string;
  evaluative?: number;
}

/** Names and their uses, most used first (ties in code-point order): "travel ban 12, ban 5". */
function formsText(forms: Record<string, number>): string {
  return Object.entries(forms)
    .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
    .map(([f, n]) => `${f} ${n}`)
    .join(', ');
}

/** The rows pooled over events: per family, outlet and head, own uses and the names written (a table a reader scans). */
export function actNameTable(rows: readonly ActNameRow[]): ActTableRow[] {
  const by = new Map<string, Omit<ActNameRow, 'event' | 'ownDocs'> & { articles: number }>();
  for (const r of rows) {
    const k = `${r.family}\u0000${r.outlet}\u0000${r.head}`;
    const x = by.get(k) ?? by.set(k, { ...r, own: 0, articles: 0, forms: {} }).get(k)!;
    x.own += r.own;
    x.articles += r.ownDocs?.length ?? 0; // an article is in one event: rows of two events share none
    for (const [f, n] of Object.entries(r.forms)) x.forms[f] = (x.forms[f] ?? 0) + n;
  }
  return [...by.values()]
    .map(({ family, name, outlet, head, own, articles, forms, evaluative }) => ({
      family,
      name,
      outlet,
      head,
      own,
      articles,
      forms: formsText(forms),
      ...(evaluative !== undefined ? { evaluative } : {}),
    }))
    .sort(
      (a, b) =>
        byString(a.family, b.family) || byString(a.outlet, b.outlet) || b.own - a.own || byString(a.head, b.head),
    );
}
