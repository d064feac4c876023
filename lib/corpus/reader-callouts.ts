// Pure: a line of page furniture that speaks to the reader: a call for readers' stories or photos ("Are you in
// <place>? Send us your experiences, but please stay safe."), a newsletter sign-up ("Daily news delivered to your inbox:
// sign up for our newsletter", "Email Sign Up By signing up you agree to receive …"), a "follow us" or "join the
// conversation" line, a "click here" promotion. News sites print the same box in every article of a series or of a
// section; scraped into the text, it is not a sentence of the article. Left in, one outlet "reuses its own text" in
// each pair of its articles that carry it, and its words count as the outlet's own voice.
//
// What marks it: the line holds a call to the reader in a form prose does not use (an imperative addressed to the
// reader, "sign up for our newsletter", "your inbox", "follow us on"), most of its sentences speak to the reader ("you",
// "your", "us", "our", "please"), it is short, nobody is quoted in it (a memo quoted in a story, "please tell us
// about your experience", stays), and it does not say where the text comes from ("This piece was originally published
// in …", a credit the overlap analysis reads). Only a whole line of that shape is a call-out. A sign-up form's list
// of options printed in the line ("Choose your country United States … Zimbabwe") is not counted in its size.

/** A call-out line holds at most this many words, and this many characters (read first: a long line costs nothing). */
export const MAX_CALLOUT_WORDS = 120;
const MAX_CALLOUT_CHARS = 1200;

/** The longest line read: a sign-up form's list of countries fits (its list is not counted against the call-out's size). */
const MAX_FORM_CHARS = 8000;

/** The fewest words of a form's list of options ("Choose your country United States … Zimbabwe"). */
const MIN_OPTION_WORDS = 12;

/** Words that may stand inside a list of capitalised options ("Antigua and Barbuda", "Congo , Democratic Republic of"). */
const OPTION_JOINS: ReadonlySet<string> = new Set(['and', 'of', 'the', '&', ',', '-', '(', ')']);

/**
 * `t` (single-spaced) with each run of MIN_OPTION_WORDS or more capitalised words (joins inside allowed) cut to "…": a
 * sign-up form's drop-down list of countries or states, printed as text, is the form's, not a paragraph of words.
 */
function withoutOptionLists(t: string): string {
  const words = t.split(' ');
  const out: string[] = [];
  let run: string[] = [];
  let caps = 0;
  const flush = () => {
    if (caps >= MIN_OPTION_WORDS) out.push('…');
    else out.push(...run);
    run = [];
    caps = 0;
  };
  for (const w of words) {
    if (/^\p{Lu}/u.test(w)) {
      run.push(w);
      caps++;
    } else if (run.length && (OPTION_JOINS.has(w) || /^\p{Ll}['’]\p{Lu}/u.test(w)))
      run.push(w); // "d'Ivoire"
    else {
      flush();
      out.push(w);
    }
  }
  flush();
  return out.join(' ');
}

/** Calls to the reader that prose does not write; each is read inside one sentence. */
const CALLS: readonly RegExp[] = [
  // an imperative opening a sentence: send us / share / tell us / contact us / join / follow us
  /^(?:please |now |so )?(?:send us|e-?mail us|write to us|contact us|tell us (?:your|about|what|how|if|whether|where|why)|share (?:your|with us)|join (?:the conversation|our (?:\S+ )?(?:community|discussion|mailing list|group))|follow us|like us|subscribe (?:here|now|today|to (?:our|the)))\b/i,
  // a sign-up: "sign up here", "sign up for our daily newsletter", "sign up to receive", "Email Sign Up", "by signing up"
  /\bsign up (?:here|now|today|below|for free|to (?:receive|get)|for (?:\S+ ){0,6}?(?:newsletters?|e-?mails?|alerts|briefing|updates))\b/i,
  /\b(?:e-?mail|newsletter) sign[- ]?up\b|\bby signing up\b|\bthank you for subscribing\b/i,
  // delivery to the reader's inbox, or "get our newsletter"
  /\b(?:get|delivered|straight|sent|right|directly)\b[^.?!]{0,80}?\b(?:to|in|into) your inbox\b/i,
  /\b(?:get|receive) (?:our|the) (?:\S+ ){0,3}?newsletters?\b/i,
  // "Subscribe to the Big Story newsletter" after a promo's own title, not at a sentence's start
  /\bsubscribe to (?:our|the) (?:\S+ ){0,4}?newsletters?\b/i,
  // a link or a network
  /\byou can (?:also )?(?:contact|reach|e-?mail|write to) us\b/i,
  /\bclick here\b|\b(?:follow|like|find) us (?:on|at)\b|\bjoin the conversation\b|\bwe (?:want|would like|'d like|would love|'d love) to hear from you\b/i,
];

/** A word that speaks to the reader ("us" in lower case only: "US" is a country). */
const ADDRESS = /\b(?:[Yy]ou(?:rs?|rself)?|[Oo]urs?|[Ww]e|[Pp]lease|us)\b/;

/** Quote marks of speech (a straight or curly double quote, or the `` '' of tokenised text). */
const SPEECH = /["“”„«»]|``|''/;

/** Where the text comes from ("originally published in …", "contributed to this report"): a credit, kept. */
const PROVENANCE =
  /\b(?:originally|first) (?:published|appeared|ran)\b|\b(?:republished|reprinted|co-published)\b|\bcontributed to this report\b|\bwith permission\b/i;

/** The sentences of a line: a break after . ? ! before a capital, a digit or a mark, so "the U.S. open" stays one. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.?!])\s+(?=[\p{Lu}\d*█[(])/u).filter((s) => /\p{L}/u.test(s));
}

const calls = (s: string) => CALLS.some((re) => re.test(s));

/**
 * Whether `line` (trimmed or not) is a whole reader call-out: at most MAX_CALLOUT_WORDS words, no speech quoted, a
 * call to the reader in one of its sentences, no word on where the text comes from (a credit), and at least half of its sentences calling or speaking to the reader.
 */
export function isReaderCallout(line: string): boolean {
  if (line.length > MAX_FORM_CHARS) return false;
  const t = withoutOptionLists(line.trim().replace(/\s+/g, ' '));
  if (
    !t ||
    SPEECH.test(t) ||
    PROVENANCE.test(t) ||
    t.length > MAX_CALLOUT_CHARS ||
    t.split(' ').filter((w) => /\p{L}/u.test(w)).length > MAX_CALLOUT_WORDS
  )
    return false;
  const ss = sentences(t);
  if (!ss.some(calls)) return false;
  const speaking = ss.filter((s) => calls(s) || ADDRESS.test(s)).length;
  return speaking * 2 >= ss.length;
}
