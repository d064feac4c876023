// Act names: the nouns outlets choose for the same kind of act ("coup" or "ouster", "massacre" or "shooting",
// "amnesty" or "legalization"), from families of competing nouns (data/act-nouns.json). Each outlet's own-narration
// uses of each head are counted, and where outlets divide differently between a judging and a describing head of one
// family, each outlet's share of the judging one is stated. Pure: docs, voices and families in, rows and shares out.
import type { Doc } from '../types.js';
import type { Voice } from './types.js';
import { byString } from '../util/compare.js';
import { labelShares, type LabelShare, type ShareOptions } from './label-shares.js';
import { otherSense, type SenseCue } from './act-senses.js';
import { mentionedLabel } from './label-mentions.js';
import { sameActReader, type SameAct } from './act-reference.js';

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
  /** evaluative weight of the head, 0..1 (the weigher framing uses for labels); absent without one */
  evaluative?: number;
}

/** A head of a family as the index keeps it. */
interface HeadEntry {
  family: ActFamily;
  words: string[];
  head: string;
  cues: SenseCue[];
}

/** Head words -> head, keyed by the first word; a head matches its words in a row, the last one also plural. */
function headIndex(families: readonly ActFamily[]): Map<string, HeadEntry[]> {
  const out = new Map<string, HeadEntry[]>();
  for (const family of families)
    for (const head of family.heads) {
      const words = head.split(' ');
      const cues = (family.otherSenses ?? []).filter((c) => c.head === head);
      const forms = words.length === 1 ? [head, head + 's', head + 'es'] : [words[0]];
      for (const f of forms) {
        const list = out.get(f) ?? out.set(f, []).get(f)!;
        list.push({ family, words, head, cues });
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

/**
 * Per family, outlet and head: uses in the outlet's own narration (token voice 0), headlines included when their docs
 * are given, uses in another sense left out (lib/framing/act-senses.ts: names, verbs, the family's sense cues), the
 * word mentioned rather than used left out ("calling it a coup", lib/framing/label-mentions.ts), site
 * furniture left out (`keep`: doc id -> keep-mask over its tokens, 1 = keep, as boilerplateMasks
 * gives), and for a family of one act (`sameAct`) the uses naming another act left out ("the order" of the wall
 * when the family is the travel ban; lib/framing/act-reference.ts). Rows sorted by family, outlet, head.
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
  const counts = new Map<string, { event: string; family: ActFamily; outlet: string; head: string; own: number }>();
  const voiceOf = new Map(voices.map((v) => [v.doc, v]));
  for (const d of docs) {
    const v = voiceOf.get(d.id);
    const k = keep.get(d.id);
    const event = eventOf(d.id) ?? '';
    const readers = new Map<ActFamily, (i: number, head: string) => boolean>();
    const namesAct = (f: ActFamily, i: number, head: string) =>
      !f.sameAct || (readers.get(f) ?? readers.set(f, sameActReader(d, f.sameAct)).get(f)!)(i, head);
    d.tokens.forEach((t, i) => {
      const cands = t.kind === 'word' ? index.get(t.norm) : undefined;
      if (!cands) return;
      for (const c of cands) {
        if (c.words.length > 1 && !holds(d, i, c.words)) continue;
        // "a mob boss", "a smuggling operation", "Amnesty International", "to protest the ruling": no act of the family
        if (otherSense(d, i, c.words[0], c.cues)) continue;
        // "the order" naming the wall order, not the travel ban; read in every voice, as a reference crosses quotes
        if (!namesAct(c.family, i, c.head) || (v && v.tokenVoice[i] !== 0) || (k && !k[i])) continue;
        // "stopped short of calling it a coup", "the amnesty charge": the word reported or weighed, not chosen
        if (mentionedLabel(d, i, i + c.words.length)) continue;
        const key = `${event}\u0000${c.family.id}\u0000${d.outlet}\u0000${c.head}`;
        const x =
          counts.get(key) ??
          counts.set(key, { event, family: c.family, outlet: d.outlet, head: c.head, own: 0 }).get(key)!;
        x.own++;
      }
    });
  }
  return [...counts.values()]
    .map((x) => ({
      event: x.event,
      family: x.family.id,
      name: x.family.name,
      outlet: x.outlet,
      head: x.head,
      own: x.own,
      ...(weigh ? { evaluative: x.family.judging?.includes(x.head) ? 1 : weigh(x.head) } : {}),
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

/** The rows pooled over events: per family, outlet and head, own uses (a table a reader scans). */
export function actNameTable(rows: readonly ActNameRow[]): Omit<ActNameRow, 'event'>[] {
  const by = new Map<string, Omit<ActNameRow, 'event'>>();
  for (const { event: _event, ...r } of rows) {
    const k = `${r.family}\u0000${r.outlet}\u0000${r.head}`;
    const x = by.get(k);
    if (x) x.own += r.own;
    else by.set(k, { ...r });
  }
  return [...by.values()].sort(
    (a, b) => byString(a.family, b.family) || byString(a.outlet, b.outlet) || b.own - a.own || byString(a.head, b.head),
  );
}
