// A name set off by commas beside a description of its bearer: "Kica Doe, a spokeswoman for the group, said" (the
// description is the speaker phrase, the name before it who speaks) and "said the spokesman, Don Doe." (a bare title,
// the name after it). Pure: offsets into the doc's text.

/** Two or more capitalised words: a full name ("Ben Marter", "Gehad el-Haddad" is read as far as "Gehad"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:al|el|bin|ibn|abu|de|van|von)-?)?\p{Lu}[\p{L}'’.-]*)+`;
const BEFORE = new RegExp(String.raw`(?<![\p{L}'’.-])(${NAME})[ \t]*,[ \t]*$`, 'u');
const AFTER = new RegExp(String.raw`^[ \t]*,[ \t]*(${NAME})(?=[ \t]*[,.;])`, 'u');

/** Where the name beside a speaker phrase at [start, end) is written: before it or after it, between commas. */
export function apposedName(
  text: string,
  start: number,
  end: number,
  side: 'before' | 'after',
): [number, number] | null {
  if (side === 'before') {
    const from = Math.max(0, start - 60);
    const m = BEFORE.exec(text.slice(from, start));
    return m ? [from + m.index, from + m.index + m[1].length] : null;
  }
  const m = AFTER.exec(text.slice(end, end + 60));
  if (!m) return null;
  const at = end + m[0].length - m[1].length;
  return [at, at + m[1].length];
}
