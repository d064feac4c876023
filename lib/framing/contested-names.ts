// Contested names of a killing: "the Benghazi massacre" against "the Benghazi attack". A name of a massacre with a
// place ("the Tiananmen Square massacre", "the Pulse nightclub massacre") names a killing that happened and is plain
// (violence-senses.ts namedMassacre). When the other outlets of the corpus name the same place's event with a neutral
// noun of an attack ("the Benghazi attack", "the El Paso shooting") and none of them writes "massacre" beside that
// name, the word is this outlet's choice of name for the event: loaded, whatever the toll in its sentence says. A
// massacre counted or told without a name ("the massacre of 22 people", "a massacre that killed 58") is a report and
// is not touched here; a name every outlet that names it writes with "massacre" stays plain.
import type { Doc } from '../types.js';
import type { Voice } from './types.js';
import { isUpperChar } from '../text/tokenize.js';

/** Neutral nouns of a violent event that outlets put after a place's name instead of "massacre". */
const ATTACK_NOUNS = new Set(
  'attack attacks shooting shootings bombing bombings raid raids assault siege killings rampage'.split(' '),
);

/** Capitalised words that are no name of a place: months, days and a sentence's opening article. */
const NOT_NAMES = new Set(
  'the a an this that january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** Token j is a capitalised word of sentence s that can name a place or an event (not a month or "The"). */
function nameWordAt(d: Doc, j: number, s: number): string | undefined {
  const t = d.tokens[j];
  if (!t || t.sentence !== s || t.kind !== 'word' || !isUpperChar(d.text[t.start]) || NOT_NAMES.has(t.norm))
    return undefined;
  return t.norm;
}

/** Capitalised words of a name read, at most. */
const MAX_NAME = 3;

/**
 * The names of the event noun at token i, lower case: the run of capitalised words right before it ("the Benghazi
 * massacre" gives "benghazi", "the Republican Guard massacre" "republican guard", never "republican" alone) and a
 * capitalised place after "in" or "at" ("the massacre in Benghazi" gives "benghazi").
 */
export function eventNames(d: Doc, i: number): string[] {
  const s = d.tokens[i].sentence;
  const out: string[] = [];
  const before: string[] = [];
  for (let j = i - 1; before.length < MAX_NAME; j--) {
    const w = nameWordAt(d, j, s);
    if (!w) break;
    before.unshift(w);
  }
  if (before.length) out.push(before.join(' '));
  const next = d.tokens[i + 1];
  if (next && next.sentence === s && (next.norm === 'in' || next.norm === 'at')) {
    const after: string[] = [];
    for (let j = i + 2; after.length < MAX_NAME; j++) {
      const w = nameWordAt(d, j, s);
      if (!w) break;
      after.push(w);
    }
    if (after.length) out.push(after.join(' '));
  }
  return out;
}

/** Add `outlet` under each of `names`. */
function addAll(m: Map<string, Set<string>>, names: readonly string[], outlet: string): void {
  for (const w of names) (m.get(w) ?? m.set(w, new Set()).get(w)!).add(outlet);
}

/**
 * Per outlet, the names whose "massacre" is contested for it: it writes "<name> massacre" in its own or reported
 * narration, another outlet writes "<name> attack" (or shooting, bombing, raid …) and no other outlet writes
 * "<name> massacre". Quoted words are a source's and count on neither side. Voices aligned with docs by id.
 */
export function contestedMassacreNames(docs: readonly Doc[], voices: readonly Voice[]): Map<string, Set<string>> {
  const vById = new Map(voices.map((v) => [v.doc, v.tokenVoice]));
  const massacre = new Map<string, Set<string>>(); // name word -> outlets writing "<name> massacre"
  const attack = new Map<string, Set<string>>(); // name word -> outlets writing "<name> attack"
  for (const d of docs) {
    const voice = vById.get(d.id);
    d.tokens.forEach((t, i) => {
      if (t.kind !== 'word' || (voice && voice[i] === 1)) return; // 1: quoted
      if (t.norm.startsWith('massacre')) addAll(massacre, eventNames(d, i), d.outlet);
      else if (ATTACK_NOUNS.has(t.norm)) addAll(attack, eventNames(d, i), d.outlet);
    });
  }
  const out = new Map<string, Set<string>>();
  for (const [w, outlets] of massacre)
    for (const o of outlets) {
      const othersMassacre = outlets.size > 1;
      const othersAttack = [...(attack.get(w) ?? [])].some((x) => x !== o);
      if (!othersMassacre && othersAttack) (out.get(o) ?? out.set(o, new Set()).get(o)!).add(w);
    }
  return out;
}
