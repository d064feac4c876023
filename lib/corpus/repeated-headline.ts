// Pure: the record's own title repeated at the start of its text, with the page furniture printed above it on the same
// line. A news page flattened to one line per block puts the photo caption, its credit, the section label and the
// headline on the first line ("Donald Trump said … | AP Photo Cruz copying me on border wall , Trump says"; "In The
// Arena The Fantasy of a Better Iran Deal The critics are dreaming …"). Left in, the caption and the headline count as
// the outlet's own sentences; a headline alone on the first line ("Iran 's Hope Is Sanctions Relief …") counts twice.
//
// The match is blind to spacing, case and punctuation (letters and digits only): the text is tokenised ("Trump 's",
// "Mexico :"), the title is not ("Trump's", "Mexico,"). Read only on the first line, within PRE_WINDOW characters of
// its start. What stands before the title must be furniture: nothing; a short label of capitalised words or numbers
// ("In The Arena", "2016"); or a sentence closed by its punctuation (a caption or a standfirst), followed at once by
// the title or by a credit after a bar ("| AP Photo", "| Jane Doe/AP Photo employment & immigration"). A title inside a
// sentence ("Get ready for Operation Smear …") is not furniture. What follows the title must be nothing but closing
// punctuation (the whole line goes), or a new sentence (the standfirst or the lead, kept): a capital, a digit or a
// quote mark first, not a weekday or a month that would carry the headline's sentence on ("Obama meets Netanyahu
// Tuesday at …").

/** Characters of the first line read for the title's start: a caption, its credit and a section label fit. */
const PRE_WINDOW = 600;

/** Folded title lengths read: a title is a line, not a paragraph. */
const MIN_TITLE = 12;
const MAX_TITLE = 400;

/** The most words a section label or kicker before the title holds ("In The Arena", "Dozens Of"). */
const MAX_LABEL_WORDS = 4;

/** The most words of a credit after its bar, with the section label printed after it. */
const MAX_CREDIT_WORDS = 12;

/** Day and month names: a capitalised word after a title that carries the title's sentence on. */
const CARRY_ON: ReadonlySet<string> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
  ]
    .join(' ')
    .split(' '),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Letters and digits of `s` (up to `limit` characters read), lower-cased, with each one's index in `s`. */
function folded(s: string, limit: number): { f: string; at: number[] } {
  let f = '';
  const at: number[] = [];
  const end = Math.min(s.length, limit);
  for (let i = 0; i < end; i++) {
    const ch = s[i];
    if (!WORD_CHAR.test(ch)) continue;
    const low = ch.toLowerCase();
    f += low;
    for (let k = 0; k < low.length; k++) at.push(i);
  }
  return { f, at };
}

/** A sentence closed by its punctuation and closing quote marks, at the end of `s`. */
const SENTENCE_END = /[.?!…](?:\s*(?:''|["'”’»]))?$/;

/** Whether the text before the title is page furniture (see above). */
function furnitureBefore(pre: string): boolean {
  const p = pre.trim();
  if (!p) return true;
  const words = p.split(/\s+/).filter((w) => WORD_CHAR.test(w));
  if (words.length <= MAX_LABEL_WORDS && !/[.?!…]/.test(p) && words.every((w) => /^[\p{Lu}\p{N}'"‘“`]/u.test(w)))
    return true;
  if (SENTENCE_END.test(p)) return true;
  const bar = p.lastIndexOf('|');
  if (bar < 0) return false;
  const credit = p.slice(bar + 1).trim();
  return credit.split(/\s+/).length <= MAX_CREDIT_WORDS && SENTENCE_END.test(p.slice(0, bar).trim());
}

/** Only closing punctuation and quote marks. */
const CLOSING_ONLY = /^[\s.?!…'"”’»)\]:]*$/u;

/** A new sentence's first word: a capital, a digit or an opening quote mark. */
const NEW_SENTENCE = /^\s*(?:[\p{Lu}\p{N}]|[`'"‘“«])/u;

/**
 * The span [0, end) of the first line `line` to cut as the repeated title and the furniture above it, or null; `end` is
 * the line's length when nothing but closing punctuation follows the title. `title` is the record's title.
 */
export function repeatedHeadline(line: string, title: string): [number, number] | null {
  const t = folded(title, MAX_TITLE * 4).f;
  if (t.length < MIN_TITLE || t.length > MAX_TITLE || title.trim().split(/\s+/).length < 3) return null;
  const { f, at } = folded(line, PRE_WINDOW + MAX_TITLE * 4);
  const i = f.indexOf(t);
  if (i < 0 || at[i] > PRE_WINDOW) return null;
  const start = at[i];
  const end = at[i + t.length - 1] + 1;
  if ((start > 0 && WORD_CHAR.test(line[start - 1])) || (end < line.length && WORD_CHAR.test(line[end]))) return null;
  if (!furnitureBefore(line.slice(0, start))) return null;
  const rest = line.slice(end);
  if (CLOSING_ONLY.test(rest)) return [0, line.length];
  if (!NEW_SENTENCE.test(rest)) return null;
  const next = /^\s*([\p{L}]+)/u.exec(rest);
  if (next && CARRY_ON.has(next[1].toLowerCase())) return null;
  return [0, end + (rest.length - rest.trimStart().length)];
}

/** The most words of a share or print box's label before the title ("Share All sharing options for"). */
const MAX_BOX_LABEL_WORDS = 6;

/**
 * Whether `line` is a page widget naming the article: a short label closed by a colon, then the record's title and
 * nothing else ("Share All sharing options for : <title>", "Print : <title>"). The label holds no sentence punctuation
 * and at most MAX_BOX_LABEL_WORDS words; the title is matched as repeatedHeadline matches it.
 */
export function isTitleBox(line: string, title: string): boolean {
  if (line.length > PRE_WINDOW + MAX_TITLE * 4) return false;
  const colon = line.indexOf(':');
  if (colon < 0) return false;
  const label = line.slice(0, colon).trim();
  const words = label.split(/\s+/).filter((w) => WORD_CHAR.test(w));
  if (!words.length || words.length > MAX_BOX_LABEL_WORDS || /[.?!…]/.test(label)) return false;
  const t = folded(title, MAX_TITLE * 4).f;
  if (t.length < MIN_TITLE || t.length > MAX_TITLE) return false;
  return folded(line.slice(colon + 1), MAX_TITLE * 4 + 200).f === t;
}
