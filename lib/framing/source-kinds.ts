// What kind of source a speaker phrase is by its words alone: named, anonymous, institution, media, document, other,
// unresolved (a pronoun). Pure; `sourceKindOf` remembers each phrase's answer per outlet list.
import type { SourceKind } from './types.js';
import { namedBody } from './institutions.js';
import { describedKind, documentHeaded, peopleHead, possessedOffice } from './speaker-heads.js';
import { personName } from './person-names.js';
import { isPersonTitle } from './unknown-people.js';
import { ANON_HEADS, MEDIA_NAMES, MEDIA_WORDS, PRONOUN_SPEAKER } from './speaker-words.js';

const THE_MINISTER = /^the\s+(?:[A-Z][\p{L}-]*\s+)*(?:Prime Minister|President|[A-Z][\p{L}-]*\s+Minister)$/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Offices written with a word that also names media: "vice president" (the outlet Vice), "press secretary". */
const OFFICE_WITH_MEDIA_WORD =
  /\b(?:vice[\s-]+(?:president|chair(?:man|woman)?|admiral)|press\s+(?:secretar(?:y|ies)|aides?|officers?|office|spokes(?:man|woman|person)|assistants?|attach[eé]s?))\b/gi;

/** Documents written with a word that also names media: "a press release", "the news release" (no medium speaks). */
const DOCUMENT_WITH_MEDIA_WORD = /\b(?:press|news)\s+(releases?)\b/gi;

/** The outlet names as a speaker phrase is searched for them: lower case, a leading "the " cut (empty names left out). */
export function outletForms(outlets: readonly string[]): string[] {
  return outlets.filter((o) => o).map((o) => o.toLowerCase().replace(/^the\s+/, ''));
}

/**
 * Classify a speaker phrase; `outlets` are the corpus's outlet names (a speaker naming one is media). `forms`:
 * outletForms(outlets), when the caller classifies many phrases (a corpus of 60 outlets lower-cased every name for
 * every speaker).
 */
export function classifySource(
  phrase: string,
  outlets: readonly string[] = [],
  forms: readonly string[] = outletForms(outlets),
): SourceKind {
  const p = phrase.trim();
  // "the vice president", "the press secretary": an office whose words name no medium (the outlet Vice, "press")
  // ("a press release": a document, read as "a release")
  const office = p.replace(OFFICE_WITH_MEDIA_WORD, 'office').replace(DOCUMENT_WITH_MEDIA_WORD, '$1');
  const lower = office.toLowerCase();
  // "The Facebook post", "a blog post": a document, the media word "post" written in lower case as its head
  if (LOWER_POST_END.test(p) && documentHeaded(p)) return 'document';
  if (forms.some((o) => holdsWords(lower, o))) return 'media';
  if (MEDIA_WORDS.test(office) && !/\b(?:bureau)\b/i.test(p)) return 'media';
  // "a spokeswoman for Ivo Brenn", "the statement from the ministry": the head speaks, not the name after it
  const described = describedKind(p);
  if (described) return described;
  // "a White House statement", "the agency report": the document, not who made it
  if (documentHeaded(p)) return 'document';
  if (MEDIA_NAMES.test(p)) return 'media'; // after the description and document readings: "a statement carried by IRNA"
  // "Britain's foreign minister": an unnamed holder of the place's office, not the place
  if (possessedOffice(p)) return 'anonymous';
  // "a senior member of …", "Another official", "Many analysts", "a Hamas spokesman": unnamed
  if (
    /^(?:a|an|one|some|several|multiple|two|three|another|many|most|other|few|those|these|someone|somebody)\s/i.test(
      p,
    ) &&
    (ANON_HEADS.test(p) || SPOKES_END.test(p))
  )
    return 'anonymous';
  // "Another leader said", "A federal judge ruled", "one community leader": a title with an indefinite determiner is
  // someone unnamed, not a holder the text may name ("the judge")
  // (a title written as a common noun: "a step King said" is Mr. King)
  const last = p.slice(p.lastIndexOf(' ') + 1);
  if (INDEFINITE_TITLE.test(p) && /^\p{Ll}/u.test(last) && isPersonTitle(last)) return 'anonymous';
  // "Trump administration officials", "British officials": capitalised words before an unnamed head name no one
  if (ANON_HEAD_END.test(p)) return 'anonymous';
  // "protesters", "a soldier", "lawyers for the family": people the phrase does not name
  if (peopleHead(p)) return 'anonymous';
  // "“…,” one user wrote . “…,” another said": one more unnamed person of those just quoted
  if (/^another$/i.test(p)) return 'anonymous';
  if (PRONOUN_SPEAKER.test(p)) return 'unresolved';
  if (!/\s/.test(p) && ANON_HEADS.test(p)) return 'anonymous'; // "Officials said", capitalised by the sentence
  if (namedBody(p)) return 'institution'; // "the Valdor Observatory for Human Rights": no person's name after "for"
  if (personName(p)) return 'named';
  if (
    ANON_HEADS.test(p) &&
    !/^(?:the\s+)?(?:[A-Z]\S*\s+)*(?:Prime Minister|President|Minister|Foreign Minister)$/.test(p)
  )
    return 'anonymous';
  if (THE_MINISTER.test(p)) return 'named';
  return 'other';
}

/** A phrase ending on "post" or "posts" in lower case: a posting, not a newspaper named "… Post". */
const LOWER_POST_END = /\sposts?$/;

/** An indefinite determiner and up to five words of a description: "a federal judge", "one Jewish community leader". */
const INDEFINITE_TITLE = /^(?:a|an|one|another)(?:\s+[\p{L}-]+){1,5}$/iu;

/** classifySource's answers per outlet-forms list, by phrase: a corpus's speakers repeat ("officials", "he", a name). */
const kindsByForms = new WeakMap<readonly string[], Map<string, SourceKind>>();

/** classifySource(phrase, _, forms), asked once per phrase and forms list (it reads nothing else). */
export function sourceKindOf(phrase: string, forms: readonly string[]): SourceKind {
  let kinds = kindsByForms.get(forms);
  if (!kinds) kindsByForms.set(forms, (kinds = new Map()));
  let kind = kinds.get(phrase);
  if (kind === undefined) kinds.set(phrase, (kind = classifySource(phrase, [], forms)));
  return kind;
}

/** A spokesman or -woman ending a phrase: "a Hamas spokesman", "an IDF spokeswoman" (one unnamed person, not the body). */
const SPOKES_END = /\bspokes(?:man|woman|men|women)$/;

/** Lower-case heads of unnamed sources that end a phrase: "White House aides", "Border officials". */
const ANON_HEAD_END =
  /(?:^|\s)(?:sources?|officials?|diplomats|insiders|aides|members|people|observers|analysts|experts|residents|witnesses|lawmakers|spokespersons)$/;

/**
 * Whether `lower` holds the words `form` (both lower case): an outlet name as whole words, so the outlet "Vice" is not
 * in "services" and "The Hill" not in "Hillary".
 */
function holdsWords(lower: string, form: string): boolean {
  for (let i = lower.indexOf(form); i >= 0; i = lower.indexOf(form, i + 1)) {
    const before = i === 0 ? ' ' : lower[i - 1];
    const after = i + form.length >= lower.length ? ' ' : lower[i + form.length];
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}
