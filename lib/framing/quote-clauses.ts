// A partial quote the quote finder gives no speaker can still be someone's word, by the clause it stands in: a verb of
// calling with its object between ("called Morsi a “new pharaoh”", "calls its policy “prosecutorial discretion”"), a
// demand ("Some are insisting on a “better deal”", "called for “extreme vetting”") or a clause of what someone said or
// ruled ("the Supreme Court ruled on June 26 that … visa applicants with a “bona fide relationship” …"). Pure: a doc
// and the opening quote mark's token in, the cue out; each test reads a bounded stretch before the quote.
import type { Doc } from '../types.js';

/** Verbs that name a thing by the quoted words, with the thing between: "call it “…”", "dubbed the plan “…”". */
const CALLING = new Set(
  'call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling brand brands branded'.split(
    ' ',
  ),
);
/** Verbs of demanding whose object is the demander's word: "demand a “better deal”". */
const DEMANDING = new Set(['demand', 'demands', 'demanded', 'demanding']);
/** Verbs taking "on" or "for" before a demanded thing: "insisting on a “…”", "called for “…”", "pushed for a “…”". */
const ASKING = new Set(
  'insist insists insisted insisting call calls called calling push pushes pushed pushing ask asks asked asking press presses pressed pressing'.split(
    ' ',
  ),
);
/** Verbs of saying or ruling that open a "that" clause whose words are the subject's. */
const SAYING = new Set(
  'said says told ruled held found finds decided decides concluded concludes determined argued argues insisted insists contended contends claimed claims maintained maintains wrote writes stated'.split(
    ' ',
  ),
);
/** Words of referring to a phrase as someone's word: "what hawks refer to as “…”", "his reference to a “…”". */
const REFERRING = new Set(['refer', 'refers', 'referring', 'reference', 'references']);
/** Verbs putting the quoted words on a thing with "as", the thing between: "referred to the attacks as a “…”". */
const AS_VERBS = new Set(
  'refer refers referred referring describe describes described label labels labeled labelled brand brands branded characterize characterizes characterized portray portrays portrayed cast casts dismiss dismisses dismissed denounce denounces denounced deride derides derided regard regards regarded'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('on of to in at with by from about for into over under against'.split(' '));
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Whether the clause before the quote at token `first` gives its words to someone: a verb of calling with its object
 * between, a demand, a verb of referring ("refer to as", "reference to"), or a "that" clause of saying or ruling in
 * the same sentence.
 */
export function clauseSpeaks(d: Doc, first: number): boolean {
  const words: number[] = []; // word tokens before the quote up to the nearest punctuation, nearest first
  for (let j = first - 1; j >= 0 && words.length < 10; j--) {
    const t = d.tokens[j];
    if (t.kind !== 'word') break;
    words.push(j);
  }
  let k = 0;
  while (k < words.length && ARTICLES.has(d.tokens[words[k]].norm)) k++;
  const last = d.tokens[words[k]]?.norm ?? '';
  const prev = d.tokens[words[k + 1]]?.norm ?? '';
  if (DEMANDING.has(last) || ((last === 'on' || last === 'for') && ASKING.has(prev))) return true;
  if (referring(d, words, k, last, prev) || calledAs(d, words)) return true;
  return callingWithObject(d, words, k, last) || saidThat(d, first);
}

/** "what hawks refer to as “…”", "his reference to a “…”" ("referred to as" names a term: quote-mark-kinds). */
function referring(d: Doc, words: readonly number[], k: number, last: string, prev: string): boolean {
  if (last === 'to') return prev === 'reference' || prev === 'references';
  return last === 'as' && prev === 'to' && REFERRING.has(d.tokens[words[k + 2]]?.norm ?? '');
}

/** "referred to the use of chemical weapons as a “…”": "as" up to three words before the quote, a verb of calling as
 * up to seven words before "as", the thing between. */
function calledAs(d: Doc, words: readonly number[]): boolean {
  for (let a = 0; a < Math.min(3, words.length); a++) {
    if (d.tokens[words[a]].norm !== 'as') continue;
    for (let m = a + 2; m < words.length && m <= a + 7; m++) if (AS_VERBS.has(d.tokens[words[m]].norm)) return true;
    return false;
  }
  return false;
}

/** "calls its approach “…”": a verb of calling two to seven words back, not "call on", and no preposition before the quote. */
function callingWithObject(d: Doc, words: readonly number[], k: number, last: string): boolean {
  if (PREPOSITIONS.has(last)) return false;
  for (let m = k + 1; m < words.length; m++) {
    if (!CALLING.has(d.tokens[words[m]].norm)) continue;
    const next = d.tokens[words[m] + 1]?.norm;
    return next !== 'on' && next !== 'upon' && next !== 'for';
  }
  return false;
}

/** Whether a "that" after a verb of saying or ruling (up to four words between) opens the quote's clause. */
function saidThat(d: Doc, first: number): boolean {
  const s = d.tokens[first].sentence;
  for (let j = first - 1, n = 0; j >= 0 && n < 30 && d.tokens[j].sentence === s; j--) {
    if (d.tokens[j].kind !== 'word') continue;
    n++;
    if (d.tokens[j].norm !== 'that') continue;
    for (let i = j - 1, m = 0; i >= 0 && m < 4 && d.tokens[i].sentence === s; i--)
      if (d.tokens[i].kind === 'word' && (m++, SAYING.has(d.tokens[i].norm))) return true;
  }
  return false;
}
