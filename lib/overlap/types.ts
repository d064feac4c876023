// Types the overlap modules hand each other: aligned word passages, citations, credit, shared passages.
// What overlap() returns (OverlapResult, OverlapPair, the row types) stays in overlap.ts, the entry; FingerprintIndex
// stays in fingerprints.ts and the rewrite types in rewrite.ts.

/** A passage as word-index ranges: words [a0, a1) of doc A match words [b0, b1) of doc B; `matched` words of A are exact matches. */
export interface WordPassage {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
  matched: number;
}

/** One citation of an outlet by an article. `text` is doc.text.slice(start, end): the cue and the name. */
export interface Citation {
  /** id of the citing article */
  doc: string;
  /** the cited outlet, normalised (the corpus spelling when the outlet is in the corpus), or the generic phrase ("Iraqi media") */
  cited: string;
  /** 'outlet': another named outlet; 'self': the article's own outlet (its own reporting); 'generic': unnamed media */
  kind: 'outlet' | 'self' | 'generic';
  text: string;
  start: number;
  end: number;
  /** the cited name as written, and where */
  name: { start: number; end: number };
  /** the corpus article of the cited outlet this citation most likely points to (set by overlap()), or null */
  article: string | null;
}

/** How a pair stands on credit: reuse credited or not, nothing that needs credit, or one outlet reusing itself. */
export type Credit = 'credited' | 'uncredited' | 'none-needed' | 'same-outlet';

/** How a passage sits in the two texts: quoted in both (a shared quote of the same statement), in one only, or in neither. */
export type QuoteKind = 'shared-quote' | 'quoted' | 'narration';

/**
 * What a shared passage is (see kinds.ts): reuse between the two outlets (copied or rewritten narration), text of a
 * common third-party source (a quote, statement, statute, post, wire copy), or a stock phrase unrelated articles share.
 */
export type PassageKind = 'reuse' | 'common-source' | 'stock';

/**
 * What decided a direction, as data (the `direction_by` column), so readers need not parse `because`, whose wording
 * may change (lib/overlap/direction.ts decides it). In the order pairEvidence and passageDirection weigh the evidence:
 * - 'credit': one article credits the other's outlet beside the passage (and the dates do not contradict it);
 * - 'agency': exactly one side is a news agency, whose copy others run (dates equal, missing, or one day apart): weak;
 * - 'dates': the article dated earlier is the source;
 * - 'containment': across outlets, the article mostly inside the other is its cut-down copy: weak;
 * - 'extended': within one outlet, the longer article is the shorter one extended or updated: weak;
 * - 'conflict': the evidence points both ways (a credit against the dates, or passages one way and the other), so the
 *   direction is unknown;
 * - 'none': no evidence decides (same or missing dates, no credit, containment not lopsided): direction unknown.
 */
export type DirectionBasis = 'credit' | 'agency' | 'dates' | 'containment' | 'extended' | 'conflict' | 'none';

/** A shared passage: a.text.slice(...a) matches b.text.slice(...b), allowing small edits inside. */
export interface Passage {
  /** [start, end) in doc a's text */
  a: [number, number];
  /** [start, end) in doc b's text */
  b: [number, number];
  /** the passage as doc a has it */
  text: string;
  /** the passage as doc b has it */
  b_text: string;
  /** words of the passage in a and in b */
  words_a: number;
  words_b: number;
  /** words matched exactly (the rest are edits bridged inside the passage) */
  matched: number;
  /** share of the passage's characters inside quotation marks, in a and in b */
  quoted_a: number;
  quoted_b: number;
  /** how the passage sits in quote marks: in both texts, in one, or in neither */
  quote: QuoteKind;
  /** reuse, common-source or stock (only reuse can make a pair uncredited) */
  kind: PassageKind;
  /** why the passage has its kind */
  kind_because: string;
  /**
   * reuse that one side prints as a block quote (the paragraph after a lead-in that ends in a colon and points at a
   * report: "Democrats are reportedly pleased with the bill:", lib/overlap/attribution.ts) while the other
   * narrates it: that side quotes the other's article, in its text without naming it when the pair is uncredited
   * (online, such a block usually links its source, which article text does not keep). Absent otherwise.
   */
  block?: { side: 'a' | 'b'; lead: string };
  /** how unlikely the shared text is by chance: -log10 of the chance an unrelated article holds it (lib/overlap/evidence.ts) */
  evidence: number;
  /** likely source of this passage: 'a→b' (b took it from a), 'b→a', or 'unknown' */
  direction: 'a→b' | 'b→a' | 'unknown';
  /** what kind of evidence decided the direction (see DirectionBasis) */
  direction_by: DirectionBasis;
  /** what decided the direction, in words */
  because: string;
}
