// Merge rule: the user's data/aliases.json adds merges and vetoes any merge (a veto wins over every automatic rule).
import type { AliasRules } from '../aliases.js';
import type { MergeGraph } from './graph.js';

/** Apply the user's vetoes, then the user's merges; `lookup` finds the node of a name as written. */
export function applyUserRules(g: MergeGraph, rules: AliasRules, lookup: (name: string) => number | undefined): void {
  for (const v of rules.veto ?? []) {
    const ids = v.names.map(lookup).filter((x): x is number => x !== undefined);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) g.uf.veto(ids[i], ids[j]);
  }
  for (const r of rules.merge ?? []) {
    const ids = r.names.map(lookup).filter((x): x is number => x !== undefined);
    const why = `aliases.json: add ${r.names.map((n) => `'${n}'`).join(' = ')}` + (r.note ? ` (${r.note})` : '');
    for (let i = 1; i < ids.length; i++) g.join(ids[0], ids[i], why);
  }
}
