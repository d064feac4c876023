// Speakers written as a list of people: "Sens. Ana Doe and Ivo Brenn said", "House Speaker Kira Loft and Senate Leader
// Ivo Brenn said in a statement". Each person in the list speaks; filing the statement under one of them (the entity
// found first or last) drops the others. Pure.
import type { Span } from '../types.js';
import { firstStartingAt, startingIn } from '../util/search.js';

/** What may stand between two people of a list: separators, titles (their period spaced off or not), places after
 * "of", tags in brackets; a party tag out of brackets ("R-Ohio", "D-N.Y.") is a capitalised word of this pattern. */
const BETWEEN = /^(?:\s*(?:,|and|&|of|the|\p{Lu}[\p{L}.’'-]*(?:\s\.)?|\(\s*[^()]{0,20}\))\s*)*$/u;
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

/** What may stand between two people of a list written with commas: a comma, a party tag set off by commas ("McCain ,
 * R-Ariz. , and Coons"), "and", and titles before the next name ("and Sen. Ivo Brenn"). */
const LIST_GAP =
  /^\s*(?:,\s*(?:[RDI]-[\p{L}.\s]{1,16}?\s*,\s*)?(?:and\s+)?|(?:and|&)\s+)(?:\p{Lu}\p{L}*\s?\.?\s+){0,2}$/u;
/** A gap that holds the last separator of a list: "and". */
const AND_IN_GAP = /(?:^|\s)(?:and|&)\s/;
/** A preposition or comparison before a list: its people are objects, not speakers ("as Doe , Brenn and Loft"). */
const OBJECT_BEFORE = /\b(?:as|than|of|with|by|to|for|from|like|about|against|at|on|between|among)\s+$/i;
/** A possessive after a name: "Doe , Brenn 's lawyer" is one person and another's description. */
const POSSESSIVE_AFTER = /^\s*['’]\s*s\b|^['’]s\b/;

/**
 * The span of a speaker phrase widened to the whole list of people it opens or closes, when the list is written with
 * commas and closes on "and": "said Ana Doe , Ivo Brenn and Kira Loft" (the finder stopped at the first comma),
 * "Doe , R-Val. , and Brenn , D-Orl. , said", "Doe , Brenn , Loft and Vann say" (found as "Loft and Vann"). `people`:
 * the doc's person mentions, sorted by start. Null when no list is written there.
 */
export function listSpan(text: string, span: Span, people: readonly { start: number; end: number }[]): Span | null {
  const i = firstStartingAt(people, span.start);
  // the people the phrase holds, the first starting at its start (after a title) and the last ending at its end or later
  const inside = startingIn(people, span.start, span.end);
  if (!inside.length) return null;
  const first = inside[0];
  const last = inside[inside.length - 1];
  let end = Math.max(span.end, last.end);
  let start = span.start;
  let k = i + inside.length;
  let and = inside.length > 1 && AND_IN_GAP.test(text.slice(inside[0].end, last.start));
  let grown = false;
  for (; k < people.length; k++) {
    const gap = text.slice(end, people[k].start);
    if (!LIST_GAP.test(gap) || gap.trim() === '') break;
    if (AND_IN_GAP.test(gap)) and = true;
    end = people[k].end;
    grown = true;
    if (AND_IN_GAP.test(gap)) break; // "and" closes the list
  }
  // "Doe , Brenn , Loft and Vann": people before the phrase, each followed by a comma only; not the objects of a
  // preposition or comparison ("as critical as Doe , Brenn and Loft")
  if (and && !/\S/.test(text.slice(span.start, first.start).replace(/^(?:\p{Lu}\p{L}*\s?\.?\s+){0,2}/u, ''))) {
    let from = start;
    for (let j = i - 1; j >= 0 && /^\s*,\s*$/.test(text.slice(people[j].end, from)); j--) from = people[j].start;
    if (from < start && !OBJECT_BEFORE.test(text.slice(Math.max(0, from - 12), from))) {
      start = from;
      grown = true;
    }
  }
  if (!grown || !and || POSSESSIVE_AFTER.test(text.slice(end, end + 4))) return null;
  return { doc: span.doc, start, end };
}
