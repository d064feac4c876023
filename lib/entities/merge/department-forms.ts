// Merge rule: news copy names one ministry three ways, "Department of Labor", "Labor Department" and, in headlines and
// tight copy, "Labor Dept." or "Dept. of Labor" ("the Department of the Interior" = "the Interior Department"), with or without the home
// country before it ("U.S. Justice Department"). All of them say "department" outright, so even a field of one word
// ("Labor", "State", "Justice") names the ministry here, unlike the field written alone (department.ts).
import { nodeLabel, type MergeGraph } from './graph.js';
import { homeCountry } from './home-country.js';

/** The head word and its abbreviations, as the core words write them. */
const DEPT: ReadonlySet<string> = new Set(['department', 'dept', 'dept.']);

/** The field of a department's name ("labor", "homeland security"), the home country's words left off; or ''. */
export function departmentField(core: readonly string[], home: readonly string[] = []): string {
  let words = core;
  if (home.length && words.length > home.length + 1 && home.every((w, k) => words[k] === w))
    words = words.slice(home.length);
  let field: readonly string[] = [];
  if (words.length >= 3 && DEPT.has(words[0]) && words[1] === 'of') field = words.slice(2);
  else if (words.length >= 2 && DEPT.has(words[words.length - 1])) field = words.slice(0, -1);
  if (field[0] === 'the') field = field.slice(1);
  // a field with a head or an "of" of its own names something else ("Department of Justice Office of …")
  if (!field.length || field.some((w) => DEPT.has(w) || w === 'of')) return '';
  return field.join(' ');
}

/**
 * Join the department names of one field ("Department of Labor", "Labor Department", "Labor Dept."). The head word
 * makes each a body: a name the corpus typed a place or a group by its field ("Department of State") still joins, a
 * person never does.
 */
export function mergeDepartmentForms(g: MergeGraph): void {
  const home = homeCountry(g);
  const prefix = home < 0 ? [] : g.nodes[home].core;
  const byField = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    const f = g.types[i].type === 'person' || g.types[i].type === 'demonym' ? '' : departmentField(n.core, prefix);
    if (f) (byField.get(f) ?? byField.set(f, []).get(f)!).push(i);
  });
  for (const list of byField.values()) {
    if (list.length < 2) continue;
    // the most named form hosts the others
    const host = list.reduce((a, b) => (g.nodes[b].mentions.length > g.nodes[a].mentions.length ? b : a));
    for (const i of list)
      if (i !== host && g.uf.find(i) !== g.uf.find(host))
        g.join(host, i, `'${nodeLabel(g.nodes[i])}' and '${nodeLabel(g.nodes[host])}' name one department`);
  }
}
