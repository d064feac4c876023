// Findings on labels: the groups outlets name in competing ways, each side with the outlets choosing it, and the
// actors outlets name with one judging word more often than others do (a proportion, where most outlets use both).
import { labelContrasts, type ContrastRow, type ContrastSide, type LabelContrast } from '../framing/label-contrast.js';
import { chanceOdds } from '../framing/split-chance.js';
import { labelShares, type LabelShare } from '../framing/label-shares.js';
import { actShares, type ActNameRow } from '../framing/act-names.js';
import { distancingContrasts, type DistancingRow } from '../framing/distancing.js';
import { listWords } from './finding-words.js';
import { byString } from '../util/compare.js';
import type { Finding } from './types.js';

function sideText(s: ContrastSide): string {
  const labels = s.labels
    .slice(0, 2)
    .map((l) => `“${l}”`)
    .join(' / ');
  const shown = s.outlets.slice(0, 3).map((x) => `${x.outlet} ${x.own}`);
  const more = s.outlets.length - shown.length;
  return `${labels} (${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

/**
 * "Fox News 64% of 33": each outlet's share of the judging word among its uses of it and the describing words, and
 * how many outlets were left out because their uses all come from one article.
 */
function shareText(what: string, s: LabelShare): string {
  const [judging, describing, o] = [s.judging.variant, s.describing.variants, s.outlets];
  const shown = o.length <= 5 ? o : [...o.slice(0, 2), ...o.slice(-2)];
  const parts = shown.map((x) => `${x.outlet} ${Math.round(x.share * 100)}% of ${x.uses}`);
  if (o.length > 5) parts.splice(2, 0, `${o.length - 4} more between`);
  const others = describing.map((v) => `“${v}”`).join(' or ');
  const n = describing.length === 1 ? 'the two' : `the ${describing.length + 1}`;
  const few = s.fewArticles?.length ?? 0;
  const left = few
    ? `; ${few === 1 ? 'one outlet' : `${few} outlets`} whose uses all come from one article left out`
    : '';
  return (
    `Outlets differ in how often they call ${what} “${judging}” rather than ${others} ` +
    `in their own narration: ${listWords(parts)} (share of “${judging}” among their uses of ${n}${left}).`
  );
}

/** A label share as a sentence. */
function labelShareText(s: LabelShare): string {
  return shareText(s.entity, s);
}

/**
 * The names written with one head of an act family, most used first, up to three with their uses and how many more
 * ("“travel ban” 210, “ban” 180, “Muslim ban” 12": every outlet's own narration; the act table has them by outlet);
 * '' when the head is all that was written.
 */
function writtenForms(rows: readonly ActNameRow[], family: string, head: string): string {
  const forms = new Map<string, number>();
  for (const r of rows)
    if (r.name === family && r.head === head)
      for (const [f, k] of Object.entries(r.forms)) forms.set(f, (forms.get(f) ?? 0) + k);
  if ([...forms.keys()].every((f) => f === head)) return '';
  const sorted = [...forms].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  const shown = sorted.slice(0, 3).map(([f, k]) => `“${f}” ${k}`);
  if (sorted.length > 3) shown.push(`${sorted.length - 3} more`);
  return listWords(shown);
}

/**
 * An act share as a sentence, then the names the outlets wrote for each noun: "… Written as “travel ban” 11, “ban”
 * 4 for “ban”; as “executive order” 13 for “order”." (none when every noun was written bare).
 */
function actShareText(s: LabelShare, rows: readonly ActNameRow[]): string {
  const [judging, describing] = [s.judging.variant, s.describing.variants];
  const text = shareText(s.entity, s);
  const heads = [judging, ...describing].map((h) => [h, writtenForms(rows, s.entity, h)] as const);
  if (heads.every(([, f]) => !f)) return text;
  const parts = heads.map(([h, f]) => `as ${f || `“${h}”`} for “${h}”`);
  return `${text} Written ${parts.join('; ')} (uses in own narration).`;
}

/**
 * Up to `n` findings on acts that outlets name with a judging noun more often than others do ("coup" rather than
 * "ouster", "amnesty" rather than "path to citizenship"; lib/framing/act-names.ts), most divided first, each with the
 * names the outlets wrote for each noun ("travel ban", "Muslim ban"; "executive order").
 */
export function actFindings(rows: readonly ActNameRow[], n = 2): Finding[] {
  return actShares(rows)
    .slice(0, n)
    .map((s) => ({
      text: actShareText(s, rows),
      evidence: [{ href: '#table-act-names', label: 'act names by outlet' }],
    }));
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/**
 * "; CNN writes “illegal immigrants” once too": the outlets of a side that write the other side now and then, the
 * first three (by their uses of their side, the first side's first) and how many more.
 */
function leaningText(c: LabelContrast): string {
  const parts = c.sides.flatMap((s, i) =>
    s.outlets.filter((x) => x.other).map((x) => `${x.outlet} writes “${c.sides[1 - i].labels[0]}” ${times(x.other!)}`),
  );
  if (!parts.length) return '';
  if (parts.length <= 3) return `; ${listWords(parts)} too`;
  const more = parts.length - 3;
  return `; ${parts.slice(0, 3).join(', ')} too, and ${more} more of these outlets write the other side a fifth of the time or less`;
}

/**
 * A contrast as a sentence a reader can check against the label table: each side's words and the outlets choosing
 * them with their uses, those of them that write the other side now and then with those uses, the outlets writing
 * both with their uses of each, and how unlikely the split is by chance.
 */
export function contrastText(c: LabelContrast): string {
  return (
    `Outlets split over what to call ${c.entity} in their own narration: ${sideText(c.sides[0])} against ` +
    `${sideText(c.sides[1])}${leaningText(c)}${bothText(c)}. Uses in the outlets' own narration; if every outlet chose between the two ` +
    `alike, a split this clean would come about by chance ${chanceOdds(c.chance)} times.`
  );
}

/**
 * "; Reuters uses both, “illegal” twice and “undocumented” once" ("once each" when alike), or the outlets using both,
 * each with its uses of each word: up to three listed, and when there are more, the three with the most uses and how
 * many more (the label table lists them all).
 */
function bothText(c: LabelContrast): string {
  const xs = c.bothUses;
  if (xs.length === 1) return `; ${xs[0].outlet} uses both, ${eachSide(c, xs[0].own)}`;
  if (!xs.length) return '';
  const uses = (x: (typeof xs)[number]) => x.own[0] + x.own[1];
  const shown =
    xs.length <= 3 ? xs : [...xs].sort((x, y) => uses(y) - uses(x) || byString(x.outlet, y.outlet)).slice(0, 3);
  // each outlet with its words said out ("Gazette (“illegal” twice and “undocumented” 6 times)"): a bare list of
  // number pairs ("Gazette 2 and 6") left the reader to work out which number was which word
  const list = shown.map((x) => `${x.outlet} (${eachSide(c, x.own)})`);
  const more = xs.length - shown.length;
  if (more) list.push(`${more} more ${more === 1 ? 'outlet' : 'outlets'}`);
  return `; outlets using both: ${listWords(list)}`;
}

/** "“illegal” twice and “undocumented” once", or "once each": one outlet's uses of each side, as a reader says them. */
function eachSide(c: LabelContrast, [a, b]: readonly [number, number]): string {
  if (a === b) return `${times(a)} each`;
  return `“${c.sides[0].variant}” ${times(a)} and “${c.sides[1].variant}” ${times(b)}`;
}

/**
 * Up to `n` findings, least likely by chance first: a group the outlets name in two competing ways in their own
 * narration; then up to `shares` findings on actors whose outlets mostly use both labels but in clearly different
 * proportions (entities with a contrast already stated are left out).
 */
export function labelFindings(rows: readonly ContrastRow[], n = 3, shares = 2): Finding[] {
  const contrasts = labelContrasts(rows).slice(0, n);
  const stated = new Set(contrasts.map((c) => c.entity));
  const out: Finding[] = contrasts.map((c) => ({
    text: contrastText(c),
    evidence: [{ href: '#labels', label: 'labels by outlet' }],
  }));
  for (const s of labelShares(rows)
    .filter((x) => !stated.has(x.entity))
    .slice(0, shares))
    out.push({ text: labelShareText(s), evidence: [{ href: '#labels', label: 'labels by outlet' }] });
  return out;
}

/** "The Guardian 7, Vox 7 and 3 more": the first outlets of a side with their uses. */
function outletsText(xs: readonly [string, number][]): string {
  const shown = xs.slice(0, 3).map(([o, n]) => `${o} ${n}`);
  return listWords(xs.length > 3 ? [...shown, `${xs.length - 3} more`] : shown);
}

/**
 * Up to `n` findings on phrases some outlets write as their own words and others only inside scare quotes or after
 * "so-called" (lib/framing/distancing.ts), most evidence first. Quote marks around a speaker's word ("what Trump called a
 * “Muslim ban”"), an owner's coined name ("Obama's “red line”") or a term being introduced are no side of it.
 */
export function distancingFindings(rows: readonly DistancingRow[], n = 2): Finding[] {
  return distancingContrasts(rows)
    .slice(0, n)
    .map((c) => ({
      text:
        `Outlets differ in putting “${c.written}” in quote marks: ${outletsText(c.bare)} ` +
        `${c.bare.length === 1 ? 'writes' : 'write'} it without them in ${c.bare.length === 1 ? 'its' : 'their'} own narration; ` +
        `${outletsText(c.quoted)} only inside quote marks of their own or after “so-called” (uses; quote marks that report ` +
        `a speaker's word or an owner's coined name, or introduce a term, left out).`,
      evidence: [{ href: '#table-distancing', label: 'quoted phrases by outlet' }],
    }));
}
