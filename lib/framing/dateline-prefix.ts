// Datelines that open a paragraph: the place a story was filed from, and often the agency, before a dash
// ("WASHINGTON ( AP ) — ", "BEIRUT — ", "WASHINGTON/RIYADH ( Reuters ) - ", "GAZA CITY , Gaza Strip ( AP ) — ",
// "CAMBRIDGE , Md . — ", "Damascus , Syria ( CNN ) -- ", and CNN's "Washington ( CNN ) President …" without a
// dash, or its bare "( CNN ) President …"). The filing place is no word of the outlet's: a wire that files from Washington every day would otherwise
// have "washington" among its most frequent and most distinctive terms. One reader for every term count: the framing
// reader's house-style mask and the corpus's frequent-term counts both drop these tokens. The text is kept (the entity
// tables still count the place, lib/entities/datelines.ts types it).
import type { Doc } from '../types.js';

// a place in capitals, one to four words ("WASHINGTON", "EL PASO", "WHITE SULPHUR SPRINGS"), or several over slashes
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}`;
const CAPS_PLACES = String.raw`${CAPS_PLACE}(?:\s*/\s*${CAPS_PLACE})*`;
// a place in title case, up to four words ("Washington", "Lake Buena Vista"): a dateline only with an agency's bracket
const TITLE_PLACE = String.raw`[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,3}`;
// a state, province or country after a comma (", Va.", ", Md .", ", W. Va.", ", United Arab Emirates", ", TEXAS")
const REGION = String.raw`(?:\s*,\s*[A-Z][\p{L}'’]*(?:\s*\.)?(?:\s*[A-Z][\p{L}'’]*(?:\s*\.)?){0,3})?`;
// a date after the place, as wires print it (", Oct. 5")
const DATE = String.raw`(?:\s*,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\s*\.?\s*\d{1,2})?`;
const BRACKET = String.raw`\s*\(\s*[^()\n]{1,40}\)`;
// a party tag is no agency ("Speaker John Boehner ( R-Ohio ) — who …")
const NO_PARTY = String.raw`(?!\s*\(\s*[RDI]\s*[-.,])`;
// the dash, then the story's first sentence, not a clause ("ICE — in a jab at …" is no dateline)
const DASH = String.raw`\s*(?:--|[-—–])\s+(?![a-z])`;

/** Capitals: a dateline with or without an agency's bracket, closed by a dash. */
const CAPS_DATELINE = new RegExp(
  String.raw`^\s*(?<place>${CAPS_PLACES})(?<more>${REGION}${DATE}(?:${BRACKET})?)${DASH}`,
  'u',
);
/** Title case: an agency's bracket is needed, then a dash. */
const TITLE_DATELINE = new RegExp(String.raw`^\s*${TITLE_PLACE}${REGION}${DATE}${NO_PARTY}${BRACKET}${DASH}`, 'u');
/** Title case, an agency in capitals in the bracket and no dash, the story's first sentence after it ("( CNN ) The"). */
const DASHLESS_DATELINE = new RegExp(
  String.raw`^\s*${TITLE_PLACE}${REGION}\s*\(\s*[A-Z]{2,8}\s*\)\s+(?=[A-Z"“‘'])`,
  'u',
);

/** No place, the agency's bracket alone opening the story ("( CNN ) In the most …", "( AP ) — The"). */
const BRACKET_DATELINE = /^\s*\(\s*[A-Z]{2,8}\s*\)\s*(?:(?:--|[-—–])\s+)?(?=[A-Z"“‘])/;

/** A dateline is shorter than this many characters. */
const MAX_DATELINE = 80;
/** A dateline in title case is looked for only in the first paragraphs, where a story opens. */
const OPENING_PARAGRAPHS = 3;
/**
 * Read alone (the article's other openings unknown), past these first paragraphs a bare place in capitals before a
 * dash is a subhead ("WALLACE WISDOM - ", a newsletter's heading) unless a region or an agency's bracket follows it
 * ("LAS CRUCES , N.M. — "); maskDatelines knows the article and reads a bare place by its other openings (capsPlace).
 */
const BARE_PLACE_PARAGRAPHS = 6;
/** Words a subhead has and a place name does not ("SHOT ACROSS THE BOW - ", "OBAMA TWEETS FOR OBAMACARE - "). */
const SUBHEAD_WORD = /\b(?:THE|A|AN|AND|TO|FOR|IS|ARE|NO|NOT|ACROSS|WITH|FROM)\b/;
/**
 * A paragraph opening with words in capitals before a dash and nothing between (no region, no agency's bracket): a
 * bare dateline ("BEIRUT — ") or a subhead ("EGYPT CRACKDOWN CONTINUES - "). A picture's "FILE -" is a caption's. A
 * newsroom's lone label ("UPDATE - ", a video player's "JUST WATCHED - ") is read as a dateline: masked, no word of the
 * outlet's prose either.
 */
const BARE_CAPS_OPENING = new RegExp(
  String.raw`^\s*(?!FILE\b)[A-Z][A-Z0-9.'’&-]*(?:\s+[A-Z0-9][A-Z0-9.'’&-]*){0,7}${DASH}`,
  'u',
);

/**
 * The length of the dateline opening `para` (a paragraph's text, or its first characters), 0 when there is none.
 * `paragraph`: the paragraph's index in the article. A place in capitals needs three capitals ("EL PASO", not "A —")
 * and no word of a sentence; a dateline in title case ("Washington ( CNN ) -", or without the dash) stands only in
 * the article's first paragraphs, where a story opens. `bareOpenings`, when known: how many paragraphs of the article
 * open with capitals before a bare dash (BARE_CAPS_OPENING); without it a bare place counts in the first paragraphs.
 */
export function datelineLength(para: string, paragraph = 0, bareOpenings?: number): number {
  const head = para.slice(0, MAX_DATELINE + 40);
  const caps = CAPS_DATELINE.exec(head);
  if (caps && caps[0].length < MAX_DATELINE && capsPlace(caps.groups!, paragraph, bareOpenings)) return caps[0].length;
  if (paragraph >= OPENING_PARAGRAPHS) return 0;
  const title = TITLE_DATELINE.exec(head) ?? DASHLESS_DATELINE.exec(head) ?? BRACKET_DATELINE.exec(head);
  return title && title[0].length < MAX_DATELINE ? title[0].length : 0;
}

/**
 * A place in capitals (`more`: its region, date and bracket) read as a dateline, not a subhead or an acronym. A bare
 * place (no region, no bracket) is a dateline when it is the article's one bare opening in capitals, wherever the page
 * put it (a scraped page may print pull quotes before the lede's "SAN FRANCISCO — "); never when the article opens two
 * or more paragraphs so (a newsletter's subheads, "EGYPT CRACKDOWN CONTINUES - ", come in sets and a story has one
 * dateline); and, not knowing, only in the first paragraphs.
 */
function capsPlace(
  { place, more }: Record<string, string>,
  paragraph: number,
  bareOpenings: number | undefined,
): boolean {
  if (!/[A-Z]{3}/.test(place.replace(/[^A-Z]/g, '')) || SUBHEAD_WORD.test(place)) return false;
  if (more.trim() !== '') return true;
  // a picture's "FILE -" is read where captions open, as before: the caption reader masks the rest
  if (bareOpenings === undefined || /^FILE\b/.test(place)) return paragraph < BARE_PLACE_PARAGRAPHS;
  return bareOpenings === 1;
}

/**
 * Set to 0, in `keep`, the tokens of the dateline opening each paragraph of `doc`; true when any was found. A
 * paragraph is read from its first sentence's start to its line's end (a dateline's "D.C." may end a sentence).
 */
export function maskDatelines(doc: Doc, keep: Uint8Array): boolean {
  const toks = doc.tokens;
  const openings = paragraphOpenings(doc);
  const bare = openings.filter((o) => BARE_CAPS_OPENING.test(o.head)).length;
  let found = false;
  for (const { s, head } of openings) {
    const n = datelineLength(head, s.paragraph, bare);
    if (!n) continue;
    found = true;
    for (let i = s.tokenStart; i < toks.length && toks[i].start < s.start + n; i++) keep[i] = 0;
  }
  return found;
}

/** Each paragraph's first sentence and its opening characters, read to the line's end (a dateline's "D.C." may end a sentence). */
function paragraphOpenings(doc: Doc): { s: Doc['sentences'][number]; head: string }[] {
  const out: { s: Doc['sentences'][number]; head: string }[] = [];
  let last = -1;
  for (const s of doc.sentences) {
    if (s.paragraph === last) continue;
    last = s.paragraph;
    const nl = doc.text.indexOf('\n', s.start);
    out.push({
      s,
      head: doc.text.slice(s.start, Math.min(nl < 0 ? doc.text.length : nl, s.start + MAX_DATELINE + 40)),
    });
  }
  return out;
}

/**
 * Term-count masks without datelines: `masks` (doc id -> keep-mask, e.g. site furniture) with each doc's datelines set
 * to 0, a mask made for a doc that had none. The masks given are not changed.
 */
export function datelineFreeMasks(
  docs: readonly Doc[],
  masks: ReadonlyMap<string, Uint8Array>,
): Map<string, Uint8Array> {
  const out = new Map(masks);
  for (const d of docs) {
    const given = masks.get(d.id);
    const keep = given ? given.slice() : new Uint8Array(d.tokens.length).fill(1);
    if (maskDatelines(d, keep)) out.set(d.id, keep);
  }
  return out;
}
