// The subject of a clause, the noun phrase that speaks before a verb of saying: the end of the text before the verb
// (subjectBefore), a coordinated predicate's subject, a relative's antecedent, a sentence's first name (sentenceSubject).
// Pure: offsets into the string given.
import { listAfterOpener, taggedCommaList } from './speaker-list-openers.js';
import { coordinatedHead, finiteVerbStarts } from './coordination.js';
import {
  APPOSITIVE,
  TAG_IN_BRACKETS_END,
  TRAILING_CONNECTIVE,
  dropAppositive,
  withoutTrailingTag,
} from './subject-appositives.js';
import { ACT_WORDS, CUE_WORDS, VERB_WORDS } from './speech-verbs.js';
import { NOT_A_SPEAKER_WORDS, cleanSpeaker, notASpeaker } from './speaker-cleaning.js';

const NEXT_LOWER_WORD = /^\s+(\p{Ll}+)/u;
const CAPITAL_ING = /^\p{Lu}\p{Ll}+ing$/u;
const COMMA_THEN_CAPITAL = /^,\s*(?:the\s+)?\p{Lu}/u;
/** A clause, then "and"/"but" before a subject: a determiner, a capital, or a plural closing the phrase. */
const CLAUSE_AND_SUBJECT =
  /^(.*)\s(?:and|but)\s+(?=(?:the|a|an|some|many|several|other|most|\p{Lu})\S*\s|(?:\p{Ll}+\s+)?\p{Ll}+s$)/su;
/** Conjunctions and adverbs opening a comma segment ("and later", "also", "quickly"). */
const OPENING_ADVERBS = /^(?:(?:and|but|also|then|later|again|still|\p{Ll}+ly)\s+)+/u;
const LOWER_ING = /^\p{Ll}+ing\b/u;

/** The subject noun phrase at the end of a clause: "The source, speaking on condition of anonymity," → "The source". */
export function subjectBefore(pre: string): { text: string; offset: number } | null {
  // "the candidates -- Doe , Brenn and Loft (said)", "five senators including Doe ( D. , Calif. ) and Brenn": the list
  // "Sen. Ana Doe , R-Val. , and Sen. Ivo Brenn , D-Orl. , members of the panel , (said)": the tagged list
  const tagged = taggedCommaList(pre);
  const listed = listAfterOpener(pre.trimEnd()) ?? (tagged && { text: tagged.text, offset: tagged.offset });
  if (listed) return listed;
  const included = includedSubject(pre);
  if (included !== undefined) return included;
  // "Doe condemned the attack and (called on …)": the cue verb continues a predicate; its clause's subject speaks
  const head = coordinatedHead(pre.trimEnd());
  const co = head && clauseSubject(head);
  if (co) return co;
  // "The House Deputy Whip ( Rep. Ivo Doe R-Val. )": a title, then the name in brackets, which speaks
  const named = NAME_IN_BRACKETS_END.exec(pre);
  const inBrackets = named && (named[1] ?? named[2]);
  if (named && inBrackets) return { text: inBrackets, offset: named.index + named[0].indexOf(inBrackets) };
  // a party or state tag in brackets after the name: "Rep. Tom Cole ( R-Okla. )"
  let s = pre.replace(/\s+$/, '').replace(TAG_IN_BRACKETS_END, '');
  // drop a trailing parenthetical clause set off by commas (a participle and its preposition too: "Another, traveling
  // with her husband, (told)" is no speaker "traveling with her husband")
  const paren = /,\s*[^,]{1,80},?$/.exec(s);
  if (paren && PARENTHETICAL_OPENING.test(paren[0]))
    // an open relative is the verb's subject and stands for the noun phrase before it ("… with Sen. Ana Dorr, who
    // told him"); a closed one describes the subject before it ("Ana Dorr, who chairs the panel, said")
    s = /^,\s*who\b[^,]*$/i.test(paren[0]) ? antecedentOnly(s.slice(0, paren.index)) : s.slice(0, paren.index);
  // a connective set off by commas belongs to the clause, not the subject: "Ryan, meanwhile, said"; a party tag or an
  // appositive after a name is not the subject either: "Rep. Ana Dorr, R-Utah, a member of the panel, said"
  s = s.replace(/[,\s]+$/, '').replace(TRAILING_CONNECTIVE, '');
  s = withoutTrailingTag(dropAppositive(withoutTrailingTag(s))).replace(TAG_IN_BRACKETS_END, '');
  // (a party or state tag in brackets after a name ends no clause: "Sen. Ana Doe ( R-Val. ) and Sen. Ivo Brenn")
  const b = /(?:^|[,;:.!?]\s+|\b(?:and|but|while|as|that|when|after|before|because|although)\s+)(?=[^,;:.!?]*$)/i.exec(
    s.replace(TAG_AFTER_NAME, (m, name: string, tag: string) => name + ' '.repeat(tag.length)),
  );
  const start = b ? b.index + b[0].length : 0;
  const cut = afterSubordinator(s, start);
  // (the cut kept only when it leaves a speaker: "… address - and the White House" stays whole)
  const from = cut > start && cleanSpeaker(s.slice(cut)) ? cut : start;
  const phrase = s.slice(from);
  // "the Valdor Centre for Civil Rights, which called for …": a relative that is its clause's subject stands for the
  // noun phrase before the comma, which speaks
  if (
    b &&
    b[0].startsWith(',') &&
    /^(?:who|which)\s+(?!(?:he|she|it|they|we|i|you|the|a|an|his|her|their)\b)/i.test(phrase)
  )
    return subjectBefore(/^who\b/i.test(phrase) ? antecedentOnly(s.slice(0, b.index)) : s.slice(0, b.index));
  // an introductory adverbial ("Earlier on Thursday") is not a speaker: a clause boundary above already removed most
  const text = cleanSpeaker(phrase);
  if (!text) return clauseAfterAnd(phrase, from);
  // (the first word as a word: "an equal share" in "and an equal share" starts after "and", not inside it)
  const offset = from + wordAt(phrase, text.split(' ')[0]);
  return { text, offset };
}

/**
 * A subordinator, then the subject of its clause: a capitalised word or a determiner ("The bill got a boost when Leader
 * Ivo Brenn (said)", "Loft 's comments came as House Speaker Ivo Brenn (said)", "… comes a day after Ana Doe (said)").
 * Not "such as", "as well as", "as much as" (a list or a comparison: "leaders such as Doe").
 */
const SUBORDINATOR =
  /(?<!\b(?:such|well|much|many|long|soon|far|same)\s{1,4})\b(?:when|as(?!\s+an?\s)|after|before|because|although|though|while|since|until|once|whereas)\s+(?=(?:the|a|an|his|her|its|their|some|many|several|two|three|\p{Lu}[\p{L}’'\u2024-]*)\s)/gu;

/**
 * Where the subject before a verb starts in `s`, read from `from` (the clause's start): after the last subordinator of
 * the clause when one opens a subject, else at `from`. Not when the main clause before it reports or judges ("Doe added
 * the port has lost … though the state has not described …", "Doe condemned the plan as a …": Doe speaks), nor when a
 * quote mark follows (the words are quoted, no subject).
 */
function afterSubordinator(s: string, from: number): number {
  let last: RegExpExecArray | null = null;
  SUBORDINATOR.lastIndex = from;
  for (let m = SUBORDINATOR.exec(s); m; m = SUBORDINATOR.exec(s)) last = m;
  if (!last) return from;
  const at = last.index + last[0].length;
  const main = s.slice(from, last.index).trimEnd().split(/\s+/);
  // "as" after a participle is a role ("a sailor that state TV dubbed as the commander"), no clause
  if (/^as\s/.test(last[0]) && /(?:ed|en|wn)$/.test(main[main.length - 1])) return from;
  // (the subordinate subject holds no verb of its own: "while the review is underway and a spokeswoman" is read as it was)
  const rest = s.slice(at);
  return NOT_A_SUBJECT_AFTER.test(rest) ||
    finiteVerbStarts(rest, CUE_WORDS).length > 0 ||
    main.some((w) => MAIN_CLAUSE_OWNS.test(w) || VERB_WORDS.has(w) || ACT_WORDS.has(w))
    ? from
    : at;
}
/** Quote marks or a dash after the subordinator's subject: quoted words or an aside, no subject of its own. */
const NOT_A_SUBJECT_AFTER = /["“”]|``|''|\s(?:-|--|—)\s/;
/** A relative in the main clause: the subordinator is the relative's ("a colleague who spoke … hours before his death"). */
const MAIN_CLAUSE_OWNS = /^(?:who|which|that|whose|whom)$/i;

/** ", including Ana Doe" closing the words before a verb, with the comma after it when one is written. */
const INCLUDED_END = /,\s*(?:including|among them|notably)\s+([^,;:.!?]{2,80}?)\s*(,?)\s*$/i;

/**
 * The subject before a verb whose words end on ", including X": "Several senators , including Doe and Roe , (said)"
 * is the senators (the phrase set off by commas); "his allies in Congress , including Sen. Ana Doe (called)", the
 * second comma dropped, is Doe, the one the verb follows. Undefined when the words end otherwise.
 */
function includedSubject(pre: string): { text: string; offset: number } | null | undefined {
  const m = INCLUDED_END.exec(pre);
  if (!m) return undefined;
  if (m[2]) return subjectBefore(pre.slice(0, m.index));
  const t = cleanSpeaker(m[1]);
  return t ? { text: t, offset: m.index + m[0].indexOf(m[1]) + m[1].indexOf(t.split(' ')[0]) } : null;
}

/** A title's abbreviation ("Rep.", "Sen.", masked or not) and two or three capitalised words of a name. */
const TITLE_ABBREVIATION = '\\p{Lu}\\p{Ll}{1,4}[.\u2024]\\s*';
const NAME_WORDS = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}";

/**
 * A title, then in brackets a person's name (two or three capitalised words after a title abbreviation, or after a
 * lower-case noun; maybe a party tag) closing the text: "The House Deputy Whip ( Rep. Ivo Doe R-Val. )", "the group's leader ( Ana Doe )". A tag or a state alone is no name.
 */
const NAME_IN_BRACKETS_END = new RegExp(
  `(?:(?<!\\p{L})\\p{Ll}{3,}\\s*\\(\\s*((?:${TITLE_ABBREVIATION})?${NAME_WORDS})|\\p{L}{3,}\\s*\\(\\s*(${TITLE_ABBREVIATION}${NAME_WORDS}))` +
    `(?:\\s*,?\\s*[RDI]\\s*[-,]\\s*[\\p{L}.\u2024]{1,8})?\\s*\\)\\s*$`,
  'u',
);

/**
 * The opening of a parenthetical set off by commas after a subject: "speaking …", "who …", "according to …", and a
 * participle of where or how the person is ("traveling with her husband", "reporting from Harbour", "writing in …"), a
 * passive participle and its agent ("Valdor leaders , buoyed by their win after the vote , warned": the leaders speak).
 */
const PARENTHETICAL_OPENING =
  /^,\s*(?:speaking|who|according|citing|in|on|asked|quoted|requesting|declining|adding|(?:travell?ing|standing|sitting|walking|living|working|reporting|writing|blogging|appearing|campaigning|visiting|testifying|returning)\s+(?:with|to|from|in|on|at|for|through|across|along|near|by|alongside|before)\b|[a-z]+(?:ed|en)\s+by\b)\b/i;

/** A name's last word and a short bracket after it: a party and state tag, a state ("Ana Doe ( R-Val. )", "County ( Val. )"). */
const TAG_AFTER_NAME = /(\p{Lu}[\p{L}.'’\u2024-]*\s*)(\([^()]{1,24}\))/gu;

/**
 * "Police closed the bridge and officials (said)": a clause before "and" (one with a verb) leaves the subject of the
 * one after it, a name or a noun phrase opened by a determiner ("and My position has been and will", "India and
 * China" are no such clauses).
 */
function clauseAfterAnd(phrase: string, from: number): { text: string; offset: number } | null {
  const m = CLAUSE_AND_SUBJECT.exec(phrase);
  const text = m && finiteVerbStarts(m[1], CUE_WORDS).length > 0 && cleanSpeaker(phrase.slice(m[0].length));
  return text ? { text, offset: from + m[0].length + phrase.slice(m[0].length).indexOf(text.split(' ')[0]) } : null;
}

/**
 * The subject of the clause that `head` ends, read by comma segments from the last (`segmentKind`): predicates of a
 * series (", blamed Democrats"), comment clauses (", Doe recounted,") and items of a list (", and Libya") are passed
 * over; a relative speaks as the noun phrase before it; in a segment with a subject and a verb, the subject before its
 * first verb speaks ("On Friday, Doe condemned …", "He was here … and"); noun phrases before a predicate are its
 * subject ("Sen. Ana Dorr, Utah Republican, blasted …"). A segment with words but no verb found ("Nadia cuts her off")
 * ends the search: null. Brackets are blanked first ("Rep. Ana Dorr (R., Utah) on Thursday condemned").
 */
function clauseSubject(head: string): { text: string; offset: number } | null {
  const blank = head.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const b = /^.*[.;:!?]["”'’`]*\s+/s.exec(blank);
  const from = b ? b[0].length : 0;
  const clause = blank.slice(from);
  const cuts = [...clause.matchAll(/,/g)].map((m) => m.index);
  const at = (subj: { text: string; offset: number } | null) =>
    subj && !SUBORDINATE.test(subj.text) ? { text: subj.text, offset: from + subj.offset } : null;
  let predicate = -1;
  for (let k = cuts.length; k >= 0; k--) {
    const start = k ? cuts[k - 1] + 1 : 0;
    const seg = clause.slice(start, k < cuts.length ? cuts[k] : clause.length);
    const kind = segmentKind(seg);
    if (kind === 'predicate') predicate = start;
    else if (kind === 'relative')
      return at(
        subjectBefore(/^\s*who\b/i.test(seg) ? antecedentOnly(clause.slice(0, start - 1)) : clause.slice(0, start - 1)),
      );
    else if (kind === 'clause') {
      for (const v of finiteVerbStarts(seg, CUE_WORDS).slice(0, 4)) {
        const subj = at(subjectBefore(clause.slice(0, start + v)));
        if (subj) return subj;
      }
      return null;
    } else if (kind === 'phrase' && predicate >= 0) return at(subjectBefore(clause.slice(0, predicate - 1)));
    else if (kind === 'phrase' && CONTENT_WORD.test(seg)) return null;
  }
  return null;
}

/**
 * What a comma segment of a clause is: a relative ("who …"), a predicate continuing the subject before it (it opens,
 * after "and" or an adverb, on a verb or a participle), a comment clause ("Doe recounted"), a clause with its own
 * verb, or a phrase with no verb found.
 */
function segmentKind(seg: string): 'relative' | 'predicate' | 'comment' | 'clause' | 'phrase' {
  const t = seg.trim();
  if (/^(?:who|which)\b/i.test(t)) return 'relative';
  const bare = t.replace(OPENING_ADVERBS, '');
  const verbs = finiteVerbStarts(bare, CUE_WORDS);
  if (verbs[0] === 0 || LOWER_ING.test(bare)) return 'predicate';
  if (!verbs.length) return 'phrase';
  const words = t.split(/\s+/);
  return words.length <= 4 && verbs[verbs.length - 1] === bare.lastIndexOf(' ') + 1 ? 'comment' : 'clause';
}
/** A lower-case word that is no conjunction or article: a segment holding one is more than an item of a list. */
const CONTENT_WORD = /(?:^|\s)(?!(?:and|or|the|of|a|an)\b)\p{Ll}{2,}/u;
/**
 * The noun phrase a relative "who" after `s` refers to: the words after the last verb or preposition of `s`, the rest
 * blanked (same length): "Kerry clashed with Sen. Ana Dorr, who told him …" → "Sen. Ana Dorr".
 */
function antecedentOnly(s: string): string {
  // appositives closing the phrase describe the antecedent: "Rep. Ana Dorr, a lawyer from Harbourton"
  let end = s.length;
  for (
    let c = s.lastIndexOf(',', end - 1);
    c > 0 && APPOSITIVE.test(s.slice(c + 1, end));
    c = s.lastIndexOf(',', c - 1)
  )
    end = c;
  const verbs = finiteVerbStarts(s.slice(0, end), CUE_WORDS);
  let cut = verbs.length ? s.indexOf(' ', verbs[verbs.length - 1]) : -1;
  for (const m of s
    .slice(0, end)
    .matchAll(/\s(?:with|to|by|for|from|on|at|into|over|against|about|like|including|among|alongside|between|than)\s/g))
    cut = Math.max(cut, m.index + m[0].length - 1);
  return cut > 0 && /\S/.test(s.slice(cut)) ? ' '.repeat(cut) + s.slice(cut) : s;
}
/** Words of a subordinate clause: a phrase holding one is no subject. */
const SUBORDINATE = /\b(?:why|whether|how|what|if|because|who|which|whom)\b/i;

const NAME_SKIP =
  /^(?:On|In|At|Earlier|Later|Last|This|Meanwhile|However|The|A|An|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** A capitalised -ing word followed by a lower-case word that is no verb or adverb of its own clause ("Addressing reporters"). */
function participleOpener(word: string, rest: string): boolean {
  const next = NEXT_LOWER_WORD.exec(rest)?.[1];
  return (
    CAPITAL_ING.test(word) && !!next && !VERB_WORDS.has(next) && !NOT_A_SPEAKER_WORDS.has(next) && !/ly$/.test(next)
  );
}

/** The first run of capitalised words that can be a sentence's subject ("On Dec. 8, Bassem Al-Awadi reiterated …" → "Bassem Al-Awadi"). */
export function sentenceSubject(s: string): { text: string; offset: number } | null {
  // \u2024: the masked periods of honorifics and initialisms ("U.S.", "Sen.") stay inside their word
  const re =
    /(?:^|[\s,(])((?:(?:[A-Z][\p{L}’'\u2024-]*|al-[\p{L}’'-]+)\s+){0,4}(?:[A-Z][\p{L}’'\u2024-]*|al-[\p{L}’'-]+))/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    // "On Valdor TV ’ s “Morning Harbour”, Doe said": the names after a preposition are its object, not the subject
    if (PREPOSITION_OPENING.test(m[1])) continue;
    const words = m[1].split(/\s+/).filter((w) => !NAME_SKIP.test(w));
    // a capitalised quantifier or day opening the sentence ("One border agent", "Some conservatives") is no name
    if (!words.length || (words.length === 1 && notASpeaker(words[0]))) continue;
    const before = s.slice(0, m.index + m[0].indexOf(m[1]));
    // "Addressing reporters on Monday, he said": a participle opening the sentence before its object is no name
    if (words.length === 1 && !before.trim() && participleOpener(words[0], s.slice(m.index + m[0].length))) {
      const comma = s.indexOf(',', re.lastIndex); // its clause runs to the comma; the subject comes after it
      if (comma < 0 || !COMMA_THEN_CAPITAL.test(s.slice(comma))) return null;
      re.lastIndex = comma;
      continue;
    }
    if (/\b(?:of|to|with|from|in|by|for|at|on)\s*$/i.test(before)) continue;
    // "A U.S. intelligence official disputed …": an article, a modifier in capitals and lower-case words before the
    // verb are one noun phrase, an unnamed speaker (not "U.S.")
    const phrase = ARTICLE_THEN_CAPITALS.test(m[1]) ? nounPhraseOn(s, m.index + m[0].indexOf(m[1])) : null;
    if (phrase) return phrase;
    // "Treasury secretary Ivo Brenn downplayed …": a body, a lower-case title, then the name is one subject
    const titled = TITLE_THEN_NAME.exec(s.slice(m.index + m[0].length));
    const t = (titled ? words.join(' ') + titled[0] : words.join(' ')).replace(/[’']s$/, '');
    return { text: t, offset: s.indexOf(words[0], m.index) };
  }
  return null;
}
/** An article opening a run of capitalised words: "A U.S. intelligence official", "The Valdor Bar association". */
const ARTICLE_THEN_CAPITALS = /^(?:A|An|The)\s+\S/;
/** The article and the run's capitalised words, then up to three lower-case words (a head noun and its modifiers). */
const NOUN_PHRASE_ON = /^(?:A|An|The)(?:\s+\p{Lu}[\p{L}’'\u2024-]*)+((?:\s+\p{Ll}[\p{Ll}-]*){1,3})/u;

/**
 * The noun phrase opening at `at` in `s` when it is an article, capitalised words and lower-case words closed by the
 * clause's verb ("A U.S. intelligence official disputed"): the phrase up to the verb, else null.
 */
function nounPhraseOn(s: string, at: number): { text: string; offset: number } | null {
  const m = NOUN_PHRASE_ON.exec(s.slice(at));
  if (!m) return null;
  const lower = m[1].trim().split(/\s+/);
  const head = m[0].length - m[1].length;
  for (let k = 1; k <= lower.length; k++) {
    const w = lower[k - 1];
    // (an adverb belongs to the verb: "The White House steadfastly stood by …" is read as before)
    if (VERB_WORDS.has(w) || NOT_A_SPEAKER_WORDS.has(w) || /ly$/.test(w)) return null;
    const text = m[0].slice(0, head) + ' ' + lower.slice(0, k).join(' ');
    // the words after the phrase open on a verb ("disputed the account"): the phrase is the clause's subject
    const rest = s
      .slice(at + m[0].slice(0, head).length)
      .replace(/^\s+/, '')
      .split(/\s+/)
      .slice(k)
      .join(' ');
    if (finiteVerbStarts(rest, CUE_WORDS)[0] === 0) return { text, offset: at };
  }
  return null;
}

/** A preposition opening a run of capitalised words: "On Valdor TV", "In Harbourton". */
const PREPOSITION_OPENING = /^(?:On|In|At|From|For|With|By|Under|During)\s+\S/;
/** A lower-case title after a body's name and the name after it: " spokeswoman Kira Loft", " press secretary Ivo Doe". */
const TITLE_THEN_NAME =
  /^(?:\s+\p{Ll}+)?\s+(?:secretary|spokesman|spokeswoman|spokesperson|director|minister|adviser|advisor|aide|chief|official|ambassador|commissioner|chairman|chairwoman)(?:\s+[A-Z][\p{L}’'\u2024-]*){2,3}(?=[\s,.]|$)/u;

/** Where `word` first stands as a whole word in `s` (no letter before or after it), else its first occurrence. */
function wordAt(s: string, word: string): number {
  // (a whole word: "a" of "and a friend" is the second word, not the start of "and")
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1))
    if (!letter(s[i - 1]) && !letter(s[i + word.length])) return i;
  return Math.max(0, s.indexOf(word));
}
