// A person's name set off by commas after a medium word: "According to the Iranian newspaper, Smith, who was there,
// the port closed" names the paper's source, not the paper. A newsroom's name stands there too ("Libya's state news
// agency, LANA, said"), so the name is taken for a person only on a person's marks: a relative clause of persons or
// an age right after it, or the article writing the same name after an honorific or a given name elsewhere ("Mr.
// Smith", "John Smith").
import { givenNames } from '../entities/world.js';
import { HONORIFICS } from '../entities/evidence.js';

/** After the name: "who", "whom", "whose", or an age set off by commas (", 52 ,"). */
const PERSON_AFTER = /^\s*,\s*(?:(?:who|whom|whose)\b|\d{1,3}\s*,)/;
/** The capitalised word right before another writing of the name ("Mr. Smith", "John Smith"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{L}*)(\s?\.)?\s+$/u;
/** Words that open sentences or months and are given names too ("May", "June", "Will"): no person's mark. */
const NOT_GIVEN: ReadonlySet<string> = new Set(['may', 'june', 'april', 'will', 'august', 'al', 'el', 'le', 'la']);
/** At most this many other writings of the name are read (a long article repeating it stays linear). */
const MAX_WRITINGS = 50;

/** Whether the name at [start, end) of `text`, set off by commas, is a person's (see the file's head). */
export function personSetOff(text: string, start: number, end: number): boolean {
  if (PERSON_AFTER.test(text.slice(end, end + 12))) return true;
  const name = text.slice(start, end);
  // an acronym is a newsroom's or a body's, never a person's
  if (/^\p{Lu}+$/u.test(name)) return false;
  let at = text.indexOf(name);
  for (let n = 0; at >= 0 && n < MAX_WRITINGS; n++, at = text.indexOf(name, at + name.length)) {
    const next = text.charAt(at + name.length);
    if (at === start || /[\p{L}\p{N}]/u.test(next)) continue;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (!m) continue;
    const before = m[1].toLowerCase();
    // tokenised text sets the dot off ("Mr . Smith")
    if (HONORIFICS.has(m[2] ? before + '.' : before)) return true;
    if (!m[2] && !NOT_GIVEN.has(before) && givenNames().has(before)) return true;
  }
  return false;
}
