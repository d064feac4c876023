// The entities of a corpus: mentions found, names merged across the corpus into entities, each merge explained.
import { typeOutletNames } from './outlet-names.js';
import type { Doc, Span } from '../types.js';
import { byString } from '../text/counts.js';
import { slug } from '../util/names.js';
import { firstStartingAt } from '../util/search.js';
import { isAcronymShape, localAcronyms, resolveAcronyms, type AcronymDefinition } from './acronyms.js';
import type { AliasRules } from './aliases.js';
import { readNicknames } from './files.js';
import type { NicknameTable } from './nicknames.js';
import { writtenSpelling } from './written-spelling.js';
import { gazetteerMaps, demonymTargets, PATRONYM_PARTICLES, type GazetteerEntry } from './gazetteer.js';
import { harmoniseTypes } from './consistency.js';
import { typeListedNames } from './coordination.js';
import { ownPossessives } from './possessive-names.js';
import { spelledAcronyms } from './spelled-acronyms.js';
import { splitHyphenPrefixes } from './hyphen-prefixes.js';
import { coreParts, extractMentions, nameParts, type EntityType, type Mention } from './mentions.js';
import { mergeAcronymCase } from './merge/acronym-case.js';
import { mergeBodyTails } from './merge/body-tail.js';
import { mergeComplements } from './merge/complement.js';
import { mergeAcronymDots } from './merge/acronym-dots.js';
import { rollUpDemonyms } from './merge/demonym-rollup.js';
import { distinct, mergeGraph, nodeLabel, voteType, type MergeGraph, type MergeNode } from './merge/graph.js';
import { mergeGazetteerWords } from './merge/gazetteer-words.js';
import { mergeGivenNames } from './merge/given-name.js';
import { mergeFamilyFirst } from './merge/family-first.js';
import { mergeHyphenVariants } from './merge/hyphen-space.js';
import { mergeLastWords } from './merge/last-word.js';
import { mergeNicknames } from './merge/nickname.js';
import { mergeOfHeads } from './merge/of-head.js';
import { mergePatronyms } from './merge/patronym.js';
import { mergeCaucusForms } from './merge/caucus.js';
import { mergeDepartmentFields } from './merge/department.js';
import { mergeDepartmentForms } from './merge/department-forms.js';
import { mergeHomeChamber } from './merge/home-chamber.js';
import { mergeHomeCountry } from './merge/home-country.js';
import { mergePartyForms, pluralSpelling } from './merge/party-forms.js';
import { personIndex } from './merge/person-index.js';
import { mergeSpellingVariants } from './merge/spelling-variant.js';
import { mergeShorterForms } from './merge/shorter-form.js';
import { mergeGenerationSuffixes } from './merge/generation-suffix.js';
import { mergeSurnames } from './merge/surname.js';
import { mergeAddressTitles } from './merge/address-titles.js';
import { mergeDoubleSurnames } from './merge/double-surname.js';
import { mergeArmedForces } from './merge/armed-forces.js';
import { mergeWorkSubtitles } from './merge/work-subtitle.js';
import type { Whereabouts } from './merge/surname-namesakes.js';
import { pronounGenders } from './pronoun-gender.js';
import { kinMentions, pluralMentions } from './kin-plurals.js';
import { typeFamilies } from './family-types.js';
import { relativeMentions } from './relative-names.js';
import { givenNamesBefore, wordsAfter, wordsBefore } from './word-before.js';
import type { Gender } from './name-gender.js';
import { mergeTransliterations } from './merge/transliteration.js';
import { mergeUntypedFirstWords } from './merge/untyped-first-word.js';
import { mergeQuotedNicknames, withoutQuotedNickname } from './merge/quoted-nickname.js';
import { applyUserRules } from './merge/user-rules.js';

/** A mention as reported: a span into Article.text and the text at it. */
export interface EntityMention extends Span {
  text: string;
}

/** One actor or place, however spelled. */
export interface Entity {
  /** stable slug of the name ("hamid-al-shatri") */
  id: string;
  /** the display name: the most frequent full spelling */
  name: string;
  type: EntityType;
  /** every distinct spelling, most frequent first */
  aliases: string[];
  mentions: EntityMention[];
  /** outlet -> number of mentions */
  by_outlet: Record<string, number>;
  /** why the spellings were merged, one line per rule that fired */
  merged_because: string[];
}

/** A mention with its entity, for per-sentence and per-article analyses. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** What extractEntities returns. */
export interface EntityResult {
  /** entities, most mentioned first (ties by name) */
  entities: Entity[];
  /** per doc, in input order: mentions with their entity id */
  mentions: ResolvedMention[][];
  /** doc id and outlet of each doc, in input order */
  docs: { id: string; outlet: string }[];
  definitions: AcronymDefinition[];
}

/** Options of extractEntities. */
export interface EntityOptions {
  /** user rules (data/aliases.json) */
  aliases?: AliasRules;
  /** merge demonyms into their country ("Iraqi" -> Iraq); off by default */
  rollupDemonyms?: boolean;
  /** site furniture to leave out (doc id -> token keep-mask, 0 = furniture, from boilerplateMasks): a video teaser
   *  ("JUST WATCHED Obama ...") or a newsletter box names nobody the outlet covers */
  furniture?: ReadonlyMap<string, Uint8Array>;
  /** the event of each article (article id -> event), when the input names them: a bare surname in an article
   *  without the full name then follows the person its event names */
  events?: Readonly<Record<string, string>>;
  /** given name -> the formal names it stands for (nicknames.ts); default: data/nicknames.json */
  nicknames?: NicknameTable;
}

type Acronyms = ReturnType<typeof resolveAcronyms>;
type Gazetteer = ReadonlyMap<string, GazetteerEntry>;

/**
 * A name that starts with a known acronym, spelled out: "U.N. Security Council" and "UN Security Council" ->
 * "United Nations Security Council", "U.S. Army" -> "United States Army". Other names are returned as they are.
 */
function expandLeadingAcronym(gaz: Gazetteer, written: string): string {
  // "U.S . Army", its period spaced off by the copy, is "U.S. Army"
  const spaced = SPACED_INITIALISM_HEAD.exec(written);
  const text = spaced ? spaced[1] + '.' + written.slice(spaced[0].length) : written;
  const sp = text.indexOf(' ');
  if (sp < 2) return text;
  const head = text.slice(0, sp);
  const g = isAcronymShape(head) ? gaz.get(head) : undefined;
  return g && (g.type === 'org' || g.type === 'place') ? g.canonical + text.slice(sp) : text;
}

/** A name's leading dotted initialism whose last period is spaced off: "U.S ." of "U.S . Army". */
const SPACED_INITIALISM_HEAD = /^((?:\p{Lu}\.)+\p{Lu}) \.(?= )/u;

/** The node key of a name: gazetteer canonical, demonym, or its core name words. */
function keyOf(
  gaz: Gazetteer,
  text: string,
  type: EntityType,
  canonical?: string,
): { key: string; core: string[]; gaz: boolean } {
  if (type === 'demonym')
    return {
      key: 'demonym:' + (canonical ?? text).toLowerCase(),
      core: [(canonical ?? text).toLowerCase()],
      gaz: true,
    };
  const entry = canonical ? undefined : gaz.get(text);
  // a person's family name spelled like a place ("Jordan said" after "Neil Jordan") is no spelling of the place
  const g = canonical ?? (type === 'person' && entry?.type === 'place' ? undefined : entry?.canonical);
  if (g) return { key: 'gaz:' + g.toLowerCase(), core: coreParts(nameParts(g)), gaz: true };
  const long = expandLeadingAcronym(gaz, text);
  if (long !== text) return keyOf(gaz, long, type);
  const parts = nameParts(text);
  const words = GIVEN_ASH.test(text) ? ['ash', ...coreParts(parts.slice(1))] : patronymCore(parts);
  const core = words.some((w) => ORDINALS.has(w)) ? words.map((w) => ORDINALS.get(w) ?? w) : words;
  return { key: 'name:' + core.join(' '), core, gaz: false };
}

/** The core words of a name, keeping a leading patronymic particle when one word follows it ("bin salman"); within a
 * longer name the particle is dropped as before ("Abu Bakr al-Baghdadi" -> bakr baghdadi). */
function patronymCore(parts: readonly string[]): string[] {
  const core = coreParts(parts);
  return core.length === 1 && parts.length > 1 && PATRONYM_PARTICLES.has(parts[0]) && core[0] !== parts[0]
    ? [parts[0], core[0]]
    : core;
}

/**
 * Ordinal words as digits in a name's key: "the Ninth Circuit" and "the 9th Circuit", "Second Amendment" and "2nd
 * Amendment" are one name in two house styles (AP spells out first to ninth, others write digits).
 */
const ORDINALS: ReadonlyMap<string, string> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'
    .split(' ')
    .map((w, i) => [w, String(i + 1) + (i === 0 ? 'st' : i === 1 ? 'nd' : i === 2 ? 'rd' : 'th')]),
);

/**
 * "Ash" written apart and capitalised before a name is the English given name ("Ash Carter"), not the Arabic article,
 * which English copy joins with a hyphen ("ash-Sham"): folded as a particle, "Ash Carter" was the bare "Carter", and
 * joined whichever Carter the corpus names most.
 */
const GIVEN_ASH = /^Ash \p{Lu}\p{Ll}+$/u;

const LOCAL_NOTE = ' (in the articles that define it: the corpus uses it undefined far more often)';
const SPELLED_NOTE = ' (its initials, in the articles that name it in full: it holds there only)';

/** acronym -> the ids of the articles with a bare mention of it. */
function acronymUse(mentions: readonly Mention[][], docs: readonly Doc[]): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  mentions.forEach((list, di) => {
    for (const m of list)
      if (m.acronym) (used.get(m.acronym) ?? used.set(m.acronym, new Set()).get(m.acronym)!).add(docs[di].id);
  });
  return used;
}

/** One node per name key; a bare defined acronym goes to its expansion's node (in its own articles only, when the
 * corpus uses it undefined far more often, or when only spelled out without brackets: see localAcronyms). */
function buildNodes(
  mentions: readonly Mention[][],
  docs: readonly Doc[],
  gaz: Gazetteer,
  acronyms: Acronyms,
  spelled: ReadonlySet<string>,
): { nodes: MergeNode[]; byKey: Map<string, number> } {
  const local = localAcronyms(acronyms, acronymUse(mentions, docs), spelled);
  const nodes: MergeNode[] = [];
  const byKey = new Map<string, number>();
  // one key per distinct spelling, type and canonical form; the common plain spelling is looked up without building
  // a composite string
  const plain = new Map<string, ReturnType<typeof keyOf>>();
  const keys = new Map<string, ReturnType<typeof keyOf>>();
  for (let di = 0; di < mentions.length; di++) {
    for (const m of mentions[di]) {
      const scope = m.acronym ? local.get(m.acronym) : undefined;
      const acr =
        m.acronym && !m.canonical && acronyms.has(m.acronym) && (!scope || scope.has(docs[di].id))
          ? m.acronym
          : undefined;
      const simple = !acr && !m.canonical && m.type !== 'demonym';
      const ck = simple
        ? m.text
        : acr
          ? '\u0001' + acr
          : m.text + '\u0000' + (m.type === 'demonym' ? 'd' : '') + (m.canonical ?? '');
      const cache = simple ? plain : keys;
      let k = cache.get(ck);
      if (!k) {
        k = acr ? keyOf(gaz, acronyms.get(acr)!.expansion, 'org') : keyOf(gaz, m.text, m.type, m.canonical);
        cache.set(ck, k);
      }
      let i = byKey.get(k.key);
      if (i === undefined) {
        i = nodes.length;
        byKey.set(k.key, i);
        nodes.push({ key: k.key, core: k.core, mentions: [], reasons: [], gazetteer: k.gaz, acronymOf: undefined });
      }
      const n = nodes[i];
      n.mentions.push(m);
      if (acr && !n.acronymOf) {
        const def = acronyms.get(acr)!;
        const why = `acronym defined in ${def.definitions[0].doc}: ${acr} = ${def.expansion}`;
        // a definition local to its articles leaves the node unmarked, so the bare acronym elsewhere stays apart
        if (!scope) n.acronymOf = acr;
        const note = spelled.has(acr) ? SPELLED_NOTE : LOCAL_NOTE;
        if (!scope || !n.reasons.includes(why + note)) n.reasons.push(scope ? why + note : why);
      }
    }
  }
  // node-level reasons: several spellings folded into one key
  for (const n of nodes) {
    if (sameText(n.mentions)) continue; // the common case: one spelling, nothing folded
    const forms = distinct(n.mentions.filter((m) => !(n.acronymOf && m.acronym === n.acronymOf)).map((m) => m.text));
    if (forms.length < 2) continue;
    const list = forms.map((f) => `'${f}'`).join(' = ');
    if (n.gazetteer) n.reasons.push(`gazetteer: ${list} (${n.key.slice(n.key.indexOf(':') + 1)})`);
    else n.reasons.push(`same name words up to case, particles and brackets: ${list}`);
  }
  return { nodes, byKey };
}

let groupTermCache: ReadonlyMap<string, string> | undefined;

/** Demonym words (lowercase, no apostrophes) -> their group term; built once from the static gazetteer. */
function groupTerms(): ReadonlyMap<string, string> {
  if (!groupTermCache) {
    const m = new Map<string, string>();
    for (const [k, v] of demonymTargets()) m.set(k.toLowerCase().replace(/'/g, ''), v);
    groupTermCache = m;
  }
  return groupTermCache;
}

/** Run every merge rule (one per file under merge/), in order. */
function runMerges(
  g: MergeGraph,
  opts: EntityOptions,
  gaz: Gazetteer,
  acronyms: Acronyms,
  where: Whereabouts,
  lowerWords: ReadonlyMap<string, number>,
  said: ReadonlyMap<Mention, Gender>,
): void {
  const lookup = (name: string): number | undefined => {
    const t = gaz.get(name);
    const k = keyOf(gaz, name, t?.type ?? 'org', t?.canonical);
    if (g.byKey.has(k.key)) return g.byKey.get(k.key);
    if (acronyms.has(name)) return g.byKey.get(keyOf(gaz, acronyms.get(name)!.expansion, 'org').key);
    return undefined;
  };
  const groupTerm = groupTerms();
  const { eventOf } = where;
  applyUserRules(g, opts.aliases ?? {}, lookup);
  mergeAcronymDots(g);
  mergeAcronymCase(g, {
    expansionOf: (a) => {
      const def = acronyms.get(a);
      return def && g.byKey.get(keyOf(gaz, def.expansion, 'org').key);
    },
    gazetteerOf: (a) => {
      const t = gaz.get(a);
      return t && g.byKey.get(keyOf(gaz, a, t.type, t.canonical).key);
    },
    lowerUses: lowerWords,
  });
  mergeHyphenVariants(g);
  mergeGazetteerWords(g);
  mergePartyForms(g, lowerWords);
  mergeCaucusForms(g);
  mergeOfHeads(g);
  mergeDepartmentForms(g);
  mergeHomeCountry(g);
  mergeHomeChamber(g, where.after);
  mergeArmedForces(g);
  mergeWorkSubtitles(g);
  mergeBodyTails(g);
  mergeComplements(g, lookup);
  mergeDepartmentFields(g);
  mergeTransliterations(g, groupTerm);
  const idx = personIndex(g);
  mergeLastWords(g, idx, { lower: lowerWords, before: where.before ?? new Map(), after: where.after });
  mergeShorterForms(g, idx);
  mergeAddressTitles(g, idx);
  mergeGenerationSuffixes(g, idx, where.relatives);
  mergePatronyms(g);
  const nicknames = opts.nicknames ?? readNicknames();
  mergeNicknames(g, idx, nicknames, eventOf, where.relatives);
  mergeQuotedNicknames(g, idx);
  mergeSpellingVariants(g, idx, nicknames, eventOf);
  mergeSurnames(g, idx, groupTerm, { ...where, nicknames }, said);
  mergeDoubleSurnames(g, where);
  mergeGivenNames(g);
  mergeFamilyFirst(g, idx);
  mergeUntypedFirstWords(g, lowerWords);
  if (opts.rollupDemonyms) rollUpDemonyms(g);
}

/** One entity per set of merged nodes, most mentioned first, with unique ids. */
function buildEntities(g: MergeGraph, docs: readonly Doc[]): { entities: Entity[]; entityOfNode: Int32Array } {
  const groups = new Map<number, number[]>();
  g.nodes.forEach((_, i) => {
    const r = g.uf.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  const reasonsOf = new Map<number, string[]>();
  for (const e of g.edges) {
    const r = g.uf.find(e.a);
    (reasonsOf.get(r) ?? reasonsOf.set(r, []).get(r)!).push(e.why);
  }
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const rankOf = docRanks(docs);
  const drafts: { members: number[]; entity: Entity; base: string }[] = [];
  for (const members of groups.values()) {
    const joined = reasonsOf.get(g.uf.find(members[0]));
    const reasons: string[] = [];
    for (const i of members) for (const r of g.nodes[i].reasons) reasons.push(r);
    if (joined) for (const r of joined) reasons.push(r);
    const ns = members.length === 1 ? [g.nodes[members[0]]] : members.map((i) => g.nodes[i]);
    const entity = draftEntity(ns, reasons, outletOf, rankOf);
    // a gazetteer entity keeps its canonical id whatever spelling the corpus shows
    const base = (entity.type !== 'demonym' && gazetteerCanonical(ns)) || entity.name;
    drafts.push({ members, entity, base });
  }
  drafts.sort(
    (a, b) =>
      b.entity.mentions.length - a.entity.mentions.length ||
      byString(a.entity.name, b.entity.name) ||
      byString(a.entity.type, b.entity.type),
  );
  const used = new Set<string>();
  const entities: Entity[] = [];
  const entityOfNode = new Int32Array(g.nodes.length);
  for (const d of drafts) {
    let id = slug(d.base) || 'entity';
    if (used.has(id)) {
      id = `${id}-${d.entity.type}`;
      for (let k = 2; used.has(id); k++) id = `${slug(d.base)}-${k}`;
    }
    used.add(id);
    d.entity.id = id;
    for (const i of d.members) entityOfNode[i] = entities.length;
    entities.push(d.entity);
  }
  return { entities, entityOfNode };
}

/** All mentions have the same text (one spelling). */
function sameText(ms: readonly Mention[]): boolean {
  for (let k = 1; k < ms.length; k++) if (ms[k].text !== ms[0].text) return false;
  return true;
}

/** Each doc id's rank in code-point order of the ids, so mentions sort by number instead of by string. */
function docRanks(docs: readonly Doc[]): Map<string, number> {
  const ids = [...new Set(docs.map((d) => d.id))].sort(byString);
  const rank = new Map<string, number>();
  for (let r = 0; r < ids.length; r++) rank.set(ids[r], r);
  return rank;
}

/** Mentions in order of doc id (code points), then start; stable. */
function byPlace(ms: readonly Mention[], rankOf: ReadonlyMap<string, number>): readonly Mention[] {
  const n = ms.length;
  const key = new Float64Array(n); // rank * 2^32 + start: exact below 2^53
  let ordered = true;
  for (let k = 0; k < n; k++) {
    key[k] = (rankOf.get(ms[k].doc) ?? 0) * 4294967296 + ms[k].start;
    if (k && key[k] < key[k - 1]) ordered = false;
  }
  if (ordered) return ms;
  const idx = new Uint32Array(n);
  for (let k = 0; k < n; k++) idx[k] = k;
  idx.sort((x, y) => key[x] - key[y] || x - y);
  const out = new Array<Mention>(n);
  for (let k = 0; k < n; k++) out[k] = ms[idx[k]];
  return out;
}

/** Mentions per outlet; a Map, since outlets named "constructor" or "__proto__" are data. */
function outletCounts(ms: readonly Mention[], outletOf: ReadonlyMap<string, string>): Map<string, number> {
  const first = outletOf.get(ms[0].doc) ?? '';
  let k = 1;
  while (k < ms.length && (outletOf.get(ms[k].doc) ?? '') === first) k++;
  if (k === ms.length) return new Map([[first, ms.length]]); // the common case: one outlet
  const byOutlet = new Map<string, number>();
  for (const m of ms) {
    const o = outletOf.get(m.doc) ?? '';
    byOutlet.set(o, (byOutlet.get(o) ?? 0) + 1);
  }
  return byOutlet;
}

/** An entity (without its id) from its nodes. */
function draftEntity(
  ns: readonly MergeNode[],
  reasons: string[],
  outletOf: ReadonlyMap<string, string>,
  rankOf: ReadonlyMap<string, number>,
): Entity {
  const ms = ns.length === 1 ? ns[0].mentions : ns.flatMap((n) => n.mentions);
  const t = voteType(ms);
  const sorted = ms.length === 1 ? ms : byPlace(ms, rankOf);
  const byOutlet = outletCounts(sorted, outletOf);
  let aliases: string[];
  if (sameText(ms)) aliases = [ms[0].text];
  else {
    const aliasCounts = new Map<string, number>();
    for (const m of ms) aliasCounts.set(m.text, (aliasCounts.get(m.text) ?? 0) + 1);
    aliases = [...aliasCounts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])).map(([s]) => s);
  }
  const mentions = sorted.map((m) => ({ doc: m.doc, start: m.start, end: m.end, text: m.text }));
  return {
    id: '',
    name: chooseName(ns, t),
    type: t,
    aliases,
    mentions,
    by_outlet: sortKeys(byOutlet),
    merged_because: reasons,
  };
}

/**
 * Each mention with its entity id. A mention's type follows its entity (a bare "Assad" becomes a person once merged
 * with "Bashar al-Assad"), except where its own article gives good evidence for another type (a town's team).
 */
function resolveMentions(
  mentions: readonly Mention[][],
  g: MergeGraph,
  entities: readonly Entity[],
  entityOfNode: Int32Array,
): ResolvedMention[][] {
  // each mention is in exactly one node, and the mentions are this call's own objects: resolve them in place
  for (let i = 0; i < g.nodes.length; i++) {
    const e = entities[entityOfNode[i]];
    for (const m of g.nodes[i].mentions) {
      const keep = m.strength >= 2 && m.type !== 'unknown' && m.type !== 'demonym' && e.type !== 'demonym';
      if (!keep) m.type = e.type;
      (m as ResolvedMention).entity = e.id;
    }
  }
  return mentions as ResolvedMention[][];
}

/** Find mentions in every doc and merge them into entities across the corpus. */
export function extractEntities(input: readonly Doc[], opts: EntityOptions = {}): EntityResult {
  const docs = input.map(splitHyphenPrefixes);
  const rules = opts.aliases ?? {};
  const extra = new Map<string, GazetteerEntry>();
  for (const e of rules.entities ?? []) extra.set(e.name, { type: e.type, canonical: e.canonical ?? e.name });
  const gaz = gazetteerMaps(extra).exact;
  const ignore = new Set((rules.ignore ?? []).map((s) => s.toLowerCase()));
  const { mentions, definitions, lowerWords } = extractMentions(docs, { gazetteer: extra, ignore });
  if (opts.furniture) dropFurniture(docs, mentions, opts.furniture);
  typeOutletNames(docs, mentions, lowerWords);
  typeListedNames(docs, mentions);
  typeFamilies(docs, mentions);
  harmoniseTypes(mentions);
  ownPossessives(docs, mentions);
  const spelled = spelledAcronyms(docs, mentions, definitions);
  const acronyms = resolveAcronyms([...definitions, ...spelled]);
  const { nodes, byKey } = buildNodes(mentions, docs, gaz, acronyms, new Set(spelled.map((x) => x.acronym)));
  const g = mergeGraph(nodes, byKey);
  const eventOf = new Map<string, string>();
  for (const d of docs) if (opts.events?.[d.id] !== undefined) eventOf.set(d.id, opts.events[d.id]);
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const kin = kinMentions(docs, mentions);
  const plurals = pluralMentions(docs, mentions);
  const before = wordsBefore(docs, mentions);
  const after = wordsAfter(docs, mentions);
  const given = givenNamesBefore(docs, mentions, lowerWords);
  const relatives = relativeMentions(docs, mentions);
  const paragraphs = new Map(docs.map((d) => [d.id, d.sentences.map((s) => s.paragraph)]));
  const where = { eventOf, outletOf, kin, plurals, before, after, given, lower: lowerWords, relatives, paragraphs };
  runMerges(g, opts, gaz, acronyms, where, lowerWords, pronounGenders(docs, mentions));
  const { entities, entityOfNode } = buildEntities(g, docs);
  const resolved = resolveMentions(mentions, g, entities, entityOfNode);
  return { entities, mentions: resolved, docs: docs.map((d) => ({ id: d.id, outlet: d.outlet })), definitions };
}

/** Leave out, in place, the mentions that start on a furniture token. */
function dropFurniture(docs: readonly Doc[], mentions: Mention[][], furniture: ReadonlyMap<string, Uint8Array>): void {
  docs.forEach((d, k) => {
    const keep = furniture.get(d.id);
    if (!keep) return;
    mentions[k] = mentions[k].filter((m) => keep[firstStartingAt(d.tokens, m.start)] !== 0);
  });
}

/**
 * Display name: the gazetteer's canonical name, else the most frequent full name (two or more name words; initials do
 * not count, no brackets, no bare acronyms), the longer on a tie; a one-word name only when no full name is written.
 * Frequency before length: one page's run-together name card ("Kirstjen Nielsen Kirstjen Michele NielsenKirstjen
 * Nielsen", 1 of 139 mentions) or a once-written middle name is not what the outlets call the person. A group shown by
 * a one-word singular or adjective is shown by its plural when the corpus writes it ("Republicans", not "Republican").
 */
function chooseName(ns: readonly MergeNode[], type: EntityType): string {
  const name = displayName(ns, type);
  if (type !== 'group') return name;
  return pluralSpelling(name, spellingsOf(ns)) ?? name;
}

/** Each spelling of the entity's mentions, once. */
function spellingsOf(ns: readonly MergeNode[]): Set<string> {
  const out = new Set<string>();
  for (const n of ns) for (const m of n.mentions) out.add(m.text);
  return out;
}

/** The display name before a group's plural is preferred (see chooseName). */
function displayName(ns: readonly MergeNode[], type: EntityType): string {
  if (ns.length === 1 && ns[0].display) return ns[0].display;
  // "Beto O ’ Rourke" as pre-tokenised text spaces it is shown as written elsewhere: O’Rourke
  // and a possessive inside a name ("America ’ s Voice"): America’s Voice
  // and an initialism with its period spaced off ("George H.W . Bush", "5th U.S . Circuit"): George H.W. Bush
  // and brackets an editor added or a quoted nickname's spaces ("Juan “ Tony ” Reyes"): Juan “Tony” Reyes
  return writtenSpelling(chooseSpelling(ns, type));
}

function chooseSpelling(ns: readonly MergeNode[], type: EntityType): string {
  if (type === 'demonym') return nodeLabel(ns.find((n) => n.key.startsWith('demonym:')) ?? ns[0]);
  const canonical = gazetteerCanonical(ns);
  if (canonical) return corpusSpelling(ns, canonical);
  if (ns.length === 1 && sameText(ns[0].mentions) && !ns[0].mentions[0].acronym) return ns[0].mentions[0].text;
  const counts = new Map<string, { n: number; len: number }>();
  for (const n of ns) {
    for (const m of n.mentions) {
      if (m.acronym) continue;
      // a nickname quoted inside the name is no part of it: "Joaquin `` El Chapo '' Guzman" counts as "Joaquin Guzman"
      const text = withoutQuotedNickname(m.text);
      let c = counts.get(text);
      if (!c) {
        const clean = text.indexOf('[') < 0 && text.indexOf(']') < 0;
        // a middle initial adds no length: "John Kerry" stays the name when it is more frequent than "John F. Kerry"
        const words = text === m.text ? coreParts(m.parts).filter((w) => w.replace(/\./g, '').length > 1).length : 2;
        c = { n: 0, len: words * 2 + (clean ? 1 : 0) };
        counts.set(text, c);
      }
      c.n++;
    }
  }
  if (!counts.size) return ns[0].mentions[0].text;
  const full = (len: number) => Math.min(len >> 1, 2); // 0 no name word, 1 one, 2 a full name
  // a spelling with a name word in lower case ("the Israeli military") gives way to the name ("Israel Defense Forces")
  const cased = (t: string) => (LOWER_NAME_WORD.test(t) ? 0 : 1);
  const best = [...counts].sort(
    (a, b) =>
      full(b[1].len) - full(a[1].len) ||
      cased(b[0]) - cased(a[0]) ||
      b[1].n - a[1].n ||
      b[1].len - a[1].len ||
      byString(a[0], b[0]),
  )[0];
  return acronymSpelling(ns, best[0], best[1].n) ?? best[0];
}

/** A word of three or more letters all in lower case, other than a particle or joiner of names ("of", "bin"). */
const LOWER_NAME_WORD =
  /(?:^|\s)(?!(?:and|for|the|von|van|der|den|bin|ibn|del|des|dos|das)(?:\s|$))\p{Ll}{3,}(?=\s|$)/u;

/** The gazetteer's canonical name of a merged entity, if a gazetteer entry is among its nodes. */
function gazetteerCanonical(ns: readonly MergeNode[]): string | undefined {
  const g = ns.find((n) => n.gazetteer && n.key.startsWith('gaz:'));
  return g?.mentions.find((m) => m.canonical)?.canonical;
}

/**
 * The gazetteer's canonical name when the corpus writes it at all, else the corpus's most frequent spelling (no
 * acronym, not all capitals, written twice or more): an entity every article calls "Turkey" is not shown as "Türkiye", while "United States"
 * stays the name of a corpus that mostly writes "U.S.". The id keeps the canonical name (see
 * `buildEntities`), so it is the same across corpora.
 */
function corpusSpelling(ns: readonly MergeNode[], canonical: string): string {
  const counts = new Map<string, number>();
  for (const n of ns)
    for (const m of n.mentions) {
      if (m.text === canonical) return canonical;
      if (m.acronym || m.text.toUpperCase() === m.text) continue;
      counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    }
  let best = canonical;
  let bestN = 0;
  for (const [t, n] of counts) {
    // a spelling written once is too little to name the entity by (a stray alias hit, "Island" for Iceland)
    if (n > 1 && (n > bestN || (n === bestN && byString(t, best) < 0))) [best, bestN] = [t, n];
  }
  return best;
}

/**
 * The bare acronym a name is only a case variant of ("Daca" of "DACA", "Nato" of "NATO"), when the acronym is written
 * more often: a house style or a title-cased headline is not the name. An expansion ("Federal Bureau of
 * Investigation") keeps the display; only a spelling with the acronym's letters gives way.
 */
function acronymSpelling(ns: readonly MergeNode[], name: string, n: number): string | null {
  const letters = (t: string) => t.replace(/[.\s]/g, '').toLowerCase();
  const key = letters(name);
  const acr = new Map<string, number>();
  for (const node of ns)
    for (const m of node.mentions)
      if (m.acronym && letters(m.text) === key) acr.set(m.text, (acr.get(m.text) ?? 0) + 1);
  const top = [...acr].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))[0];
  return top && top[1] > n ? top[0] : null;
}

function sortKeys(o: ReadonlyMap<string, number>): Record<string, number> {
  // no prototype: by_outlet["constructor"] is a count or undefined, never Object's own function
  const out: Record<string, number> = Object.create(null);
  if (o.size === 1) for (const [k, v] of o) out[k] = v;
  else for (const [k, v] of [...o].sort((a, b) => byString(a[0], b[0]))) out[k] = v;
  return out;
}
