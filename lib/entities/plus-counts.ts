// "the P5+1", "the E3+3", "the P-5+1": a negotiating group is named by a short capitals code and a count glued to it by
// a plus sign (the five permanent Security Council members plus Germany). The tokens split at the "+", so the name
// would stop at "P5": the count is part of the name.
import type { Doc } from '../types.js';

/** A short code of capitals and digits, with at most one hyphen ("P5", "E3", "P-5", "EU3"). */
const CODE = /^[A-Z][A-Z0-9]{0,3}(?:-[A-Z0-9]{1,3})?$/;
/** A count of one or two digits. */
const COUNT = /^\d{1,2}$/;

/**
 * The end offset of a "+N" glued right after the code at token k ("P5+1": the end of "1"), or -1: the code is short
 * capitals with a digit in it, the plus sign and the count follow with no space, and no word or digit is glued after
 * the count ("P5+1s" or "3+12" is no group's name).
 */
export function gluedPlusCount(d: Doc, k: number): number {
  const t = d.tokens[k];
  const plus = d.tokens[k + 1];
  const n = d.tokens[k + 2];
  if (!plus || !n || plus.start !== t.end || n.start !== plus.end) return -1;
  const code = d.text.slice(t.start, t.end);
  if (!CODE.test(code) || !/\d/.test(code) || d.text.slice(plus.start, plus.end) !== '+') return -1;
  if (!COUNT.test(d.text.slice(n.start, n.end))) return -1;
  const after = d.tokens[k + 3];
  if (after && after.start === n.end && /^[\p{L}\p{N}]/u.test(d.text.slice(after.start, after.end))) return -1;
  return n.end;
}
