// Speakers written as a list of people: "Sens. Ana Doe and Ivo Brenn said", "House Speaker Kira Loft and Senate Leader
// Ivo Brenn said in a statement". Each person in the list speaks; filing the statement under one of them (the entity
// found first or last) drops the others. Pure.
import type { Span } from '../types.js';
import { startingIn } from '../util/search.js';

/** What may stand between two people of a list: separators, titles, places after "of", tags in brackets; a party tag
 * out of brackets ("R-Ohio", "D-N.Y.") is a capitalised word of this pattern. */
const BETWEEN = /^(?:\s*(?:,|and|&|of|the|\p{Lu}[\p{L}.’'-]*|\(\s*[^()]{0,20}\))\s*)*$/u;
/** The last separator between two people: the next item starts after it. */
const LAST_SEPARATOR = /(?:,|\band\b|&)(?!.*(?:,|\band\b|&))/su;
/** A word opening the list that belongs to no item: "both Ana Doe and Ivo Brenn". */
const LIST_LEAD = /^(?:both|either)\s+/i;

/**
 * The items of a speaker phrase at `span` that lists two or more people (`people`: the doc's person mentions, sorted
 * by start), each as its text and span, from the item's first word to the end of its person's name; null when the
 * phrase is no such list (one person, or other words between the names: "Doe cut off Brenn").
 */
export function listedPeople(
  text: string,
  span: Span,
  people: readonly { start: number; end: number }[],
): { text: string; span: Span }[] | null {
  const inside = startingIn(people, span.start, span.end).filter((m) => m.end <= span.end);
  if (inside.length < 2) return null;
  const sep: number[] = [];
  for (let i = 0; i + 1 < inside.length; i++) {
    const gap = text.slice(inside[i].end, inside[i + 1].start);
    if (!BETWEEN.test(gap)) return null;
    const last = LAST_SEPARATOR.exec(gap);
    if (!last) return null; // "Senate Leader Ivo Brenn" holds no separator: one name, not two
    sep.push(inside[i].end + last.index + last[0].length);
  }
  const lead = LIST_LEAD.exec(text.slice(span.start, inside[0].start));
  const starts = [span.start + (lead ? lead[0].length : 0), ...sep];
  return inside.map((m, i) => {
    let from = starts[i];
    while (from < m.start && /\s/.test(text[from])) from++;
    return { text: text.slice(from, m.end), span: { doc: span.doc, start: from, end: m.end } };
  });
}
