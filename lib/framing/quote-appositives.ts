// A speaker after a quote set off with a description: "…,” Ana Doe, a Valdor Republican, said; "…,” Doe, who chairs
// the panel, said; "…,” the mayor's spokesman, Ivo Brenn, told reporters. The name speaks; the description is the
// speaker's role, not part of who speaks. Pure.

/** Where the speaking name lies in the phrase, and the description segments around it ([start, end] offsets). */
export interface Apposed {
  start: number;
  end: number;
  role: [number, number][];
}

/** A bracket and what it holds: its commas split nothing ("Ivo Doe (R., Utah), a member of the panel"). */
const BRACKETED = /\([^()]*\)/g;
/** A segment that joins another item to a list, or opens a clause: no appositive ("…, and Brenn, of Orlin"). */
const JOINING = /^\s*(?:and|or|but|nor|while|whereas|he|she|they|we|I|it)\b/u;
/** A segment that only places the statement ("in a statement", "for his part", "however"): neither role nor name. */
const ADVERBIAL =
  /^\s*(?:in|on|at|during|after|before|from|via|speaking|writing|however|meanwhile|though|too|instead|for (?:example|instance|(?:his|her|their|its) part))\b/u;
/** An age ("Mehdi, 77, says"). */
const AGE = /^\s*\d{1,3}\s*$/;
/** Capitalised words, then a lower-case word that is no conjunction: "Pentagon press secretary", "Democrat of Orlin". */
const CAPITALISED_ROLE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+)+(?!(?:and|or)\b)\p{Ll}/u;
/** A description opening a phrase: a determiner or possessive, or a name's possessive ("Valdor ’s prime minister"). */
const DESCRIPTION =
  /^\s*(?:(?:the|a|an|his|her|their|its|our|one|another)\s+\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*\s?['’]\s?s\s+\p{Ll})/u;
/** Capitalised words that open no name: determiners, prepositions, pronouns, connectives. */
const NO_NAME_OPENING = new Set(
  (
    'the a an in on at by to for of with from as if when while after before but and or so yet this that these those ' +
    'it he she they we i his her their its our my your some one there here then now still even also however ' +
    'meanwhile earlier later yesterday today'
  ).split(' '),
);
/** Lower-case words a name may hold: particles and "of" phrases ("Ana de Valdor", "Ivo Doe of the Harbour Fund"). */
const NAME_PARTICLES = new Set(
  'of the for de del della la le da di du al el bin ibn van von der den ter y and'.split(' '),
);
/** Lower-case words that cannot open a speaker's title before a name ("so that Doe", "because of Doe"). */
const NO_TITLE_WORD = new Set(
  (
    'the a an to for of in on at by with from because so that was is were are be been and but or as if when while ' +
    'his her their its our my your this these those some one who which what not even also still just only than ' +
    'then there here it he she they we i you said says told'
  ).split(' '),
);
const LETTERS_ONLY = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED = /^[\p{Lu}'’]/u;

/** The comma segments of `phrase` as [start, end] offsets (a bracket's commas split nothing). */
function segments(phrase: string): [number, number][] {
  const blanked = phrase.replace(BRACKETED, (m) => ' '.repeat(m.length));
  const out: [number, number][] = [];
  let from = 0;
  for (let i = blanked.indexOf(','); i >= 0; i = blanked.indexOf(',', from)) {
    out.push([from, i]);
    from = i + 1;
  }
  out.push([from, phrase.length]);
  return out;
}

/**
 * Whether `seg` reads as a name: capitalised words (particles and "of" phrases between them) closing on a capital,
 * after at most three lower-case title words when `titled` ("former Mayor Ana Doe", "correspondent Ivo Brenn").
 */
function nameShaped(seg: string, titled: boolean): boolean {
  const words = seg.trim().split(/\s+/);
  if (!words[0] || words.length > 9 || !CAPITALISED.test(words[words.length - 1])) return false;
  let c = 0;
  while (c < words.length && LETTERS_ONLY.test(words[c])) c++;
  if (c > (titled ? 3 : 0) || words.slice(0, c).some((w) => NO_TITLE_WORD.has(w))) return false;
  if (NO_NAME_OPENING.has(words[c].toLowerCase())) return false;
  return words.slice(c).every((w) => CAPITALISED.test(w) || NAME_PARTICLES.has(w) || /^\p{Lu}?[.\u2024]$/u.test(w));
}

/** A segment describing the person: an appositive (`appositive`, the caller's test), an age, a capitalised role. */
function describes(seg: string, appositive: (seg: string) => boolean): boolean {
  return AGE.test(seg) || CAPITALISED_ROLE.test(seg) || appositive(seg);
}

/**
 * The speaker of `phrase`, the words between a quote and its verb of saying when they hold commas: a name first and
 * descriptions after it ("Ana Doe, a Valdor Republican"; "Doe, 77"), or a description and then the name ("the
 * mayor's spokesman, Ivo Brenn"). Segments that only place the statement ("in a statement") are neither. Null when
 * the segments read otherwise: a list ("Doe, of Valdor, and Brenn"), a clause, a phrase that is no name.
 */
export function apposedSpeaker(phrase: string, appositive: (seg: string) => boolean): Apposed | null {
  const segs = segments(phrase);
  if (segs.length < 2 || segs.length > 4) return null;
  const text = ([a, b]: [number, number]) => phrase.slice(a, b);
  if (segs.slice(1).some((s) => JOINING.test(text(s)) || !text(s).trim())) return null;
  let name = 0;
  if (!nameShaped(text(segs[0]), true)) {
    if (!DESCRIPTION.test(text(segs[0])) || !nameShaped(text(segs[1]), false)) return null;
    name = 1;
  }
  const role: [number, number][] = [];
  for (let i = 0; i < segs.length; i++) {
    if (i === name) continue;
    const t = text(segs[i]);
    if (ADVERBIAL.test(t)) continue;
    if (i < name || describes(t, appositive)) role.push(segs[i]);
    else return null;
  }
  return { start: segs[name][0], end: segs[name][1], role };
}

/**
 * After a speaker's name, one comma segment closed by a comma, a sentence's end or a quote mark (read on the masked
 * text, where the periods of initialisms and titles close nothing).
 */
const SEGMENT_AFTER = /^[ \t]*,[ \t]*([^,;:!?"“”«»`\n]{1,160}?)[ \t]*(?=,|\.(?:[ \t]|$)|\.?[ \t]*(?:''|”|“)|$)/u;
/**
 * A segment that goes on with the statement rather than describing the speaker: a participle or adverb ("adding
 * that …", "quickly"), a preposition or conjunction ("in a statement", "as he left", "according to …"), a pronoun.
 */
const NO_DESCRIPTION =
  /^(?:\p{Ll}+(?:ing|ly)\b|(?:in|on|at|during|after|before|from|via|with|without|by|for|to|as|when|while|if|because|and|but|or|so|though|although|according|however|meanwhile|too|instead|also|then|now|later|earlier|again|he|she|they|it|we|i|you|this|that|there|not|even|just)\b)/u;

/**
 * The description set off by a comma after the speaker's name that ends at `end`: "said Ana Doe, a Valdor Republican."
 * → "a Valdor Republican"; "Doe, R-Utah, said" → "R-Utah" (`tag` reads a party tag at an offset and gives its end);
 * "" when the name is followed by no description ("Doe, in a statement, said"; "said Doe, adding …").
 */
export function roleAfterName(
  text: string,
  masked: string,
  end: number,
  appositive: (seg: string) => boolean,
  tag: (at: number) => number | null,
): string {
  const comma = /^[ \t]*,[ \t]*/.exec(text.slice(end, end + 4));
  const tagEnd = comma ? tag(end + comma[0].length) : null;
  if (tagEnd !== null) {
    const more = roleAfterName(text, masked, tagEnd, appositive, tag);
    return text.slice(end + comma![0].length, tagEnd) + (more ? ', ' + more : '');
  }
  const m = SEGMENT_AFTER.exec(masked.slice(end, end + 170));
  if (!m) return '';
  const seg = m[1];
  if (NO_DESCRIPTION.test(seg) || !(AGE.test(seg) || CAPITALISED_ROLE.test(seg) || appositive(seg))) return '';
  const from = end + m[0].indexOf(seg);
  return text
    .slice(from, from + seg.length)
    .replace(/\s+/g, ' ')
    .trim();
}
