// Web furniture that a page prints around its story: time stamps ("Update at 2:50 p.m. ET", "4:20 p.m. ET."), notes
// about the article itself ("We most recently updated this post at 9:10 a.m. ET.", "This article was amended on 20 June
// 2018 to correct …", "Correction: This posting has been updated"), a live blog's promises to update ("We'll update as
// more news comes in."), photo credits ("Wilson Ring/AP Photo"), related-story labels ("Related Story") and a video
// player's notice ("Your browser does not support the video tag"). They are house style of the page, not the outlet's
// wording of the story, so distinctive terms leave them out (a keep-mask over tokens, as houseStyleMask's others are).
// The text is kept; only the term counts skip these tokens.
import type { Doc } from '../types.js';
import { isUpperChar } from '../text/tokenize.js';

type Token = Doc['tokens'][number];

/** A clock time as the tokenizer gives it: "2:50", "10", "9am", "11.24pm". */
const CLOCK = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.?|p\.m\.?)?$/;
/** A clock time with its meridiem written on it: "9am", "11.24pm". */
const CLOCK_MERIDIEM = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.?|p\.m\.?)$/;
/** Meridiem tokens: "a.m.", "p.m" (its period spaced off), "am", "pm". */
const MERIDIEM = new Set(['a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm']);
/** Time zones news pages stamp times with, written in capitals after a time ("2 p.m. ET", "3 a.m. EST"). */
const ZONES = new Set(
  'et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet eest ist jst aest'.split(' '),
);
/** Words that open a stamp line when a time or a date follows them ("Update at 2:50 p.m.", "Posted on May 3"). */
const STAMP_LABELS = new Set(['update', 'updated', 'updates', 'posted', 'published', 'clarification', 'correction']);
/** Words that open a notice about the article itself ("Correction: …", "CLARIFICATION: …"). */
const NOTICE_LABELS = new Set(['correction', 'corrections', 'clarification', 'editor', "editor's", 'editors']);
/** Nouns of the page itself after "this" or "our" ("this post", "our original post"). */
const PAGE_NOUNS = new Set([
  'post',
  'posting',
  'article',
  'story',
  'page',
  'blog',
  'item',
  'report',
  'piece',
  'version',
]);
/** What a note about the page says was done to it ("updated", "amended", "rewrote the top of"). */
const EDIT_WORDS =
  /^(?:updat\w*|amend\w*|correct\w*|rewr\w*|revis\w*|contribut\w*|written|clarif\w*|refresh\w*|enjoyed|incorrectly|misstated|misidentified|misspelled|earlier)$/;
/** Quote marks: a sentence quoting someone is no note of the page. */
const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''"]);
/** Months, for a stamp's date ("Updated on May 3"). */
const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.?$/;
/** Sources of photos a credit names before "Photo" ("AP Photo", "Getty Images"). */
const PHOTO_SOURCES = new Set(['ap', 'afp', 'reuters', 'getty', 'epa', 'file', 'pool', 'upi']);
/** Nouns a "Related" label stands before ("Related Story", "Related Content"). */
const RELATED = new Set([
  'story',
  'stories',
  'content',
  'coverage',
  'articles',
  'article',
  'reading',
  'links',
  'video',
]);

/** Drop web furniture from `keep` (0 = drop): stamps, notes about the page, photo credits, player notices. */
export function maskWebFurniture(doc: Doc, keep: Uint8Array): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'number' || t.norm === 'noon' || t.norm === 'midnight') maskClock(doc, i, keep);
    else if (t.norm === 'photo' || t.norm === 'photos' || t.norm === 'images') maskPhotoCredit(doc, i, keep);
    else if (t.norm === 'related' && RELATED.has(toks[i + 1]?.norm ?? '') && capitalised(doc, t))
      keep.fill(0, i, i + 2);
  }
  for (const s of doc.sentences) if (pageNote(doc, s.tokenStart, s.tokenEnd)) keep.fill(0, s.tokenStart, s.tokenEnd);
  maskStampLabels(doc, keep);
}

/** True when a token is written with a capital first. */
function capitalised(doc: Doc, t: Token): boolean {
  return isUpperChar(doc.text[t.start]);
}

/** The index after the meridiem that starts at token j ("p.m.", or "p" "." "m" "." spaced), or j when there is none. */
function meridiemEnd(doc: Doc, j: number): number {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t) return j;
  if (MERIDIEM.has(t.norm)) return toks[j + 1]?.norm === '.' ? j + 2 : j + 1;
  // "p . m ." of pre-tokenised copy: letters and periods as tokens of their own
  if ((t.norm === 'a' || t.norm === 'p') && toks[j + 1]?.norm === '.' && toks[j + 2]?.norm === 'm') {
    return toks[j + 3]?.norm === '.' ? j + 4 : j + 3;
  }
  return j;
}

/**
 * A time of day at token i ("2:50 p.m. ET", "9am ET", "noon ET", "3 a.m. EST"): the time with its meridiem, and a
 * capitalised time zone after them, are dropped. A bare number is a time only with a meridiem or a zone after it.
 */
function maskClock(doc: Doc, i: number, keep: Uint8Array): void {
  const toks = doc.tokens;
  const t = toks[i];
  if (t.kind === 'number' && !CLOCK.test(t.norm)) return;
  const end = meridiemEnd(doc, i + 1);
  const zone = toks[end];
  const zoned = zone !== undefined && ZONES.has(zone.norm) && isUpperChar(doc.text[zone.start]);
  const meridiem = end > i + 1 || CLOCK_MERIDIEM.test(t.norm);
  // "noon" and "midnight" are words of the story; only a zone after them makes a stamp
  if (t.kind === 'number' ? !meridiem && !zoned : !zoned) return;
  if (t.kind === 'number') keep.fill(0, i, zoned ? end + 1 : end);
  else keep[end] = 0;
}

/** "AP Photo", "Wilson Ring/AP Photo", "Getty Images", "(File Photo)": a credit, not the story's words. */
function maskPhotoCredit(doc: Doc, i: number, keep: Uint8Array): void {
  const toks = doc.tokens;
  const prev = toks[i - 1];
  if (!prev || !capitalised(doc, toks[i]) || !PHOTO_SOURCES.has(prev.norm)) return;
  keep[i] = 0;
  keep[i - 1] = 0;
}

/** A word token's norm at j within [from, to), else ''. */
function wordIn(doc: Doc, j: number, from: number, to: number): string {
  const t = doc.tokens[j];
  return j >= from && j < to && t.kind === 'word' ? t.norm : '';
}

/**
 * A sentence about the page itself: one that opens with a notice label ("Correction :"), one that names the page
 * ("this post", "our original post", "earlier updates") with a word of editing it ("updated", "amended", "contributed
 * to this article"), or a live blog's "we" promising updates ("We'll update as more news comes in").
 */
function pageNote(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  let first = from;
  while (first < to && toks[first].kind !== 'word') first++;
  if (NOTICE_LABELS.has(wordIn(doc, first, from, to)) && [':', 'note', "'s"].includes(toks[first + 1]?.norm ?? ''))
    return true;
  let page = false,
    edit = false,
    we = false,
    update = false,
    quoted = false,
    links = false;
  for (let j = from; j < to; j++) {
    // a quote mark, or the two apostrophes pre-tokenised copy makes of one ("` `")
    if (QUOTE_MARKS.has(toks[j].norm) || (toks[j].norm === "'" && toks[j + 1]?.norm === "'")) quoted = true;
    const w = wordIn(doc, j, from, to);
    if (!w) continue;
    const prev = wordIn(doc, j - 1, from, to);
    // "this post", "our original post", "this version corrects": the page itself ("the original version" of an order is not)
    if (PAGE_NOUNS.has(w) && (prev === 'this' || prev === 'our')) page = true;
    // a live blog's links to its earlier parts: "Our original post and earlier updates", "the latest updates"
    if ((w === 'post' && prev === 'original') || (w === 'updates' && (prev === 'earlier' || prev === 'latest')))
      links = true;
    if (EDIT_WORDS.test(w)) edit = true;
    if (w === 'we' || w === "we'll" || w === 'we’ll') we = true;
    if (w === 'browser' && prev === 'your') return true; // "Your browser does not support the video tag"
    if (w === 'update' || w === 'updates') update = updatePromise(doc, j, to) || update;
  }
  // a source's words about the article ("told Breitbart this article “directly misstated …”") are no note of the page
  return (page && (edit || we) && !quoted) || (we && update) || links;
}

/** "update" at j followed by what a live blog promises ("update as …", "update this post", "update when"). */
function updatePromise(doc: Doc, j: number, to: number): boolean {
  const next = j + 1 < to ? doc.tokens[j + 1].norm : '.';
  return ['as', 'this', 'with', 'throughout', 'when', 'if', '.', 'that', 'emerge'].includes(next);
}

/** Stamp labels opening a line or a bracket ("Update at 2:50 p.m.", "( Update at 2 p.m. ET :", "Posted on May 3"). */
function maskStampLabels(doc: Doc, keep: Uint8Array): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!STAMP_LABELS.has(toks[i].norm) || !capitalised(doc, toks[i]) || !lineOpener(doc, i)) continue;
    for (let j = i + 1; j <= i + 3 && j < toks.length; j++) {
      const n = toks[j].norm;
      if (toks[j].kind === 'number' || n === 'noon' || n === 'midnight' || MONTHS.test(n)) {
        keep.fill(0, i, j);
        break;
      }
      if (n !== 'at' && n !== 'on' && n !== ':' && n !== 'last') break;
    }
  }
}

/** True when token i opens a line, or follows an opening bracket or a bullet at a line's start. */
function lineOpener(doc: Doc, i: number): boolean {
  let k = doc.tokens[i].start - 1;
  const text = doc.text;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '(' || text[k] === '[' || text[k] === '•')) k--;
  return k < 0 || text[k] === '\n';
}
