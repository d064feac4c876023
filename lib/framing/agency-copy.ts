// Agency copy: the part of an article that is another outlet's text run under its dateline ("SANAA, Yemen (AP) —") or
// its copyright line ("© Copyright 2019 The Associated Press. All rights reserved."). Its narration is the agency's,
// not the outlet's own: framing counts it as reused text (lib/framing/voice.ts), so it leaves the outlet's own-voice
// loaded terms, distinctive terms and tone.
import { fromDateline } from '../overlap/citations.js';
import { Tally } from '../util/tally.js';

/** One article's agency copy: [start, end) of its body, the agency and the words that say so. */
export interface AgencyCopy {
  doc: string;
  outlet: string;
  /** the outlet whose copy it is, as the outlet table or the corpus names it */
  agency: string;
  start: number;
  end: number;
  /** the dateline or copyright line ("SANAA , Yemen ( AP ) —") */
  cue: string;
}

/** A citation of an outlet as the overlap stage finds it (lib/overlap/types.ts Citation); 'self' is the doc's own. */
export interface CitationLike {
  doc: string;
  cited: string;
  kind: string;
  text: string;
  start: number;
}

/** A doc as agency copy reads it. */
export interface AgencyDoc {
  id: string;
  outlet: string;
  text: string;
}

/** What names an outlet: its canonical name, and whether it is a news agency (lib/overlap/outlets.ts OutletResolver). */
export interface AgencyNames {
  resolve(name: string): string | null;
  isAgency(name: string): boolean;
}

// a line "© Copyright 2019 The Associated Press . All rights reserved": the whole article is that holder's
const COPYRIGHT =
  /(?:^|\n)[ \t(]*(?:TM and )?(?:©|\(c\))?\s*(?:Copyright\s*)?(?:©\s*)?(?:\d{4}\s+)([A-Z][\p{L}\p{N}&'’ .-]{1,60}?)\s*\.\s*[Aa]ll [Rr]ights [Rr]eserved/gu;

/**
 * Each doc's agency copy, at most one span per doc: from its first wire dateline naming another outlet (the overlap
 * stage's citations of kind 'outlet' read from datelines) to the end of the body, or the whole body when a copyright
 * line gives the text to a news agency that is not the doc's outlet. An outlet's own dateline ("Washington (CNN) —" in
 * CNN) is no agency copy, nor is a credit such as "The Associated Press contributed to this report" (the outlet's
 * article with the agency's help). Docs in input order.
 */
export function agencyCopy(
  docs: readonly AgencyDoc[],
  citations: readonly CitationLike[],
  names?: AgencyNames,
): AgencyCopy[] {
  const firstDateline = new Map<string, CitationLike>();
  for (const c of citations) {
    if (c.kind !== 'outlet' || !fromDateline(c)) continue;
    const seen = firstDateline.get(c.doc);
    if (!seen || c.start < seen.start) firstDateline.set(c.doc, c);
  }
  const out: AgencyCopy[] = [];
  for (const d of docs) {
    const held = names ? copyrightHolder(d, names) : null;
    const c = firstDateline.get(d.id);
    const end = d.text.length;
    if (held) out.push({ doc: d.id, outlet: d.outlet, agency: held.agency, start: 0, end, cue: held.cue });
    else if (c) out.push({ doc: d.id, outlet: d.outlet, agency: c.cited, start: c.start, end, cue: c.text });
  }
  return out;
}

const RESERVED = /all rights reserved/i;

/** The news agency a copyright line of the doc gives its text to, when it is not the doc's own outlet. */
function copyrightHolder(d: AgencyDoc, names: AgencyNames): { agency: string; cue: string } | null {
  if (!RESERVED.test(d.text)) return null;
  const own = names.resolve(d.outlet) ?? d.outlet;
  for (const m of d.text.matchAll(COPYRIGHT)) {
    const holder = m[1].trim();
    const agency = names.resolve(holder);
    if (agency && agency !== own && names.isAgency(holder)) return { agency, cue: m[0].trim() };
  }
  return null;
}

/** The agency-copy spans by doc id, as docVoice takes them. */
export function agencySpansByDoc(
  copy: readonly AgencyCopy[],
): Map<string, { doc: string; start: number; end: number }[]> {
  const out = new Map<string, { doc: string; start: number; end: number }[]>();
  for (const c of copy)
    (out.get(c.doc) ?? out.set(c.doc, []).get(c.doc)!).push({ doc: c.doc, start: c.start, end: c.end });
  return out;
}

/**
 * One sentence saying how many articles were set aside as agency copy, by outlet and by agency, with one cue as it is
 * written ("14 articles are another outlet's copy …"); '' when none.
 */
export function agencyCopyNote(copy: readonly Pick<AgencyCopy, 'outlet' | 'agency' | 'cue'>[]): string {
  if (!copy.length) return '';
  const tally = (key: (c: (typeof copy)[number]) => string) => {
    const n = new Tally();
    for (const c of copy) n.add(key(c));
    return [...n.into(new Map())]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  };
  const cue = copy[0].cue.replace(/\s+/g, ' ');
  const one = copy.length === 1;
  return (
    `${copy.length} ${one ? 'article is' : 'articles are'} another outlet's copy by ${one ? 'its' : 'their'} ` +
    `dateline or copyright line (${tally((c) => c.outlet)}; copy of ${tally((c) => c.agency)}; e.g. “${cue}”): ` +
    `${one ? 'its' : 'their'} narration counts as reused text, not as the outlet's own words, in the loaded and ` +
    'distinctive terms, the labels and the tone.'
  );
}
