// A name as a reader writes it, from a mention's text in pre-tokenised copy: the spaces a tokeniser put inside a name
// closed ("O ’ Rourke" → "O’Rourke", "U.S ." → "U.S.", "“ Tony ”" → "“Tony”"), the brackets an editor put into a
// quotation dropped ("( Donald ) Trump", "[ Bashar ] Assad": the name is "Donald Trump", "Bashar Assad"), a quote mark
// left without its pair by a cut dropped ("John “ Boehner"), and typewriter quotes (`` '') made curly. Letters, dots,
// hyphens and word order are kept: "F.B.I." and "FBI" stay two spellings.
import { joinNamePrefix } from '../text/normalize.js';

/** A possessive whose apostrophe the tokeniser spaced off ("America ’ s", "Senate 's", "KATE 'S LAW"). */
const SPACED_POSSESSIVE = /(\p{L})[ \t]+(['\u2019])[ \t]*([sS])\b/gu;
/** A plural's possessive whose apostrophe the tokeniser spaced off ("Kurdistan Workers ' Party"), before a space. */
const SPACED_PLURAL_POSSESSIVE = /(\p{Ll}s)[ \t]+(['\u2019])(?=[ \t])/gu;
/** A dotted initialism whose last period the copy spaced off ("U.S .", "H.W ."), before a space or the end. */
const SPACED_INITIALISM = /((?:\p{Lu}\.)+\p{Lu})[ \t]+\.(?=\s|$)/gu;
/** Round and square brackets, which an editor puts around words added to a quotation. */
const BRACKETS = /[()[\]]/g;
/** Typewriter double quotes of pre-tokenised copy. */
const OPEN_TICKS = /``/g;
const CLOSE_TICKS = /''/g;
/** Spaces inside a pair of curly double quotes ("“ Tony ”"); a quote holds no other quote mark. */
const SPACED_QUOTE = /\u201c[ \t]*([^\u201c\u201d]*?)[ \t]*\u201d/g;

/** Longer texts are no name: only their spaces are tidied (the patterns stay short on hostile input). */
const MAX_NAME = 200;

/** The name as written (see above). */
export function writtenSpelling(text: string): string {
  if (text.length > MAX_NAME) return text.replace(/\s+/g, ' ').trim();
  let s = text.replace(BRACKETS, ' ').replace(OPEN_TICKS, '\u201c').replace(CLOSE_TICKS, '\u201d');
  s = joinNamePrefix(s)
    .replace(SPACED_POSSESSIVE, '$1$2$3')
    .replace(SPACED_PLURAL_POSSESSIVE, '$1$2')
    .replace(SPACED_INITIALISM, '$1.');
  const opens = s.split('\u201c').length - 1;
  const closes = s.split('\u201d').length - 1;
  if (opens !== closes) s = s.replace(/[\u201c\u201d]/g, ' ');
  else s = s.replace(SPACED_QUOTE, '\u201c$1\u201d');
  return s.replace(/\s+/g, ' ').trim();
}

/** A final possessive ("Senate's", "O’Rourke’s"), or null: the name without it. */
export function withoutPossessive(name: string): string | null {
  const m = /^(.*\p{L})['\u2019][sS]$/u.exec(name);
  return m ? m[1] : null;
}

/** Apostrophes and quote marks of either style, which a reader does not tell apart ("O’Rourke", "O'Rourke"). */
const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/**
 * The key two spellings share when a reader sees one spelling: letter case, spaces and the style of an apostrophe
 * set aside ("IRAN" and "Iran", "O’Rourke" and "O'Rourke"); dots kept ("F.B.I." and "FBI" differ).
 */
export function spellingKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '').replace(APOSTROPHES, "'");
}
