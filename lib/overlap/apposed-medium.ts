// A name the text calls a medium after it: an apposition ("according to a report by RT , a network that broadcasts
// Russian views", "carried by IRNA , a state-run news agency", "his interview with Univision , a Spanish-language
// network") or a web address ("according to a report from BNA.com"). The words after the name say it is a newsroom's,
// so an acronym no table knows takes every cue a newsroom takes, and a capitalised name no reader guessed is a
// candidate. "a report by the GAO" stays a body's: nothing there calls it a medium.
import { givenNames, worldGazetteer } from '../entities/world.js';
import { NOT_FIRST, type CandidateName, type NameContext } from './described-names.js';
import { ANY_MEDIUM, STRONG_MEDIUM, WEAK_MEDIUM } from './medium-words.js';

/** A person's noun after a medium word: "Smith , a former radio host" is a person, not a newsroom. */
const PERSON_NOUN =
  '(?:host|anchor|reporter|correspondent|journalist|personality|commentator|columnist|editor|publisher|owner|' +
  'executive|producer|star|veteran|critic|contributor|writer)s?(?![\\p{L}])';
/**
 * A comma, an article and a medium word within three words ("a state-run news agency", "the Russian state-owned news
 * agency"); a weak medium word ("network", "channel") bare or behind a hyphenated descriptor only ("a network that …",
 * "a Spanish-language network": "a human rights network" is an advocacy group's).
 */
const APPOSITION = new RegExp(
  `^\\s?,\\s{1,3}(?:an?|the)\\s{1,3}(?:(?:[\\p{L}.'\\u2019-]{1,30}\\s{1,3}){0,3}?(?:${STRONG_MEDIUM})|` +
    `(?:[\\p{L}]{1,30}-[\\p{L}-]{1,30}\\s{1,3})?(?:${WEAK_MEDIUM}))(?![\\p{L}\\p{N}])(?!\\s{1,3}${PERSON_NOUN})`,
  'u',
);
/** A commercial web address closing the name ("BNA.com"): a website's. */
const WEB_ADDRESS = /^\.(?:com|net)(?![\p{L}\p{N}])/u;
/** Capitalised words right before a comma, "of" allowed between two ("Voice of America"): the name an apposition
 * describes (bounded words and spaces). */
const NAME_BEFORE_COMMA =
  /(?<![\p{L}\p{N}'\u2019.-])(?:\p{Lu}[\p{L}\p{N}'\u2019-]{0,39}\s{1,3}(?:of\s{1,3})?){0,3}\p{Lu}[\p{L}\p{N}-]{0,39}\s?$/u;

/** Whether the text right after [.., end) calls the name there a medium. */
function calledMedium(text: string, end: number): boolean {
  const after = text.slice(end, end + 90);
  return APPOSITION.test(after) || WEB_ADDRESS.test(after);
}

/** A capitalised name right before an apposition calling it a medium, as a new candidate, or null when it is a
 * person's, a place's or opens with a function word. */
function apposedRun(ctx: NameContext, comma: number): CandidateName | null {
  const m = NAME_BEFORE_COMMA.exec(ctx.text.slice(Math.max(0, comma - 160), comma));
  if (!m) return null;
  const written = m[0].trim().replace(/\s+/g, ' ');
  const words = written.split(' ');
  if (NOT_FIRST.has(words[0].toLowerCase()) || worldGazetteer().has(written)) return null;
  if (words.length > 1 && givenNames().has(words[0].toLowerCase())) return null;
  const start = comma - m[0].length;
  const cited = ctx.resolve(written) ?? written;
  return { start, end: start + m[0].trimEnd().length, cited, kind: ctx.kindOf(cited), strict: false, rank: 2 };
}

/**
 * The candidates with the names an apposition or web address calls a medium: an acronym guess there is no longer
 * strict, and a capitalised name no reader guessed before such an apposition is added.
 */
export function apposedMedia(ctx: NameContext, names: readonly CandidateName[]): CandidateName[] {
  const { text } = ctx;
  if (!text.includes('.com') && !text.includes('.net') && !ANY_MEDIUM.test(text)) return [...names];
  const out = names.map((n) => (n.strict && !n.known && calledMedium(text, n.end) ? { ...n, strict: false } : n));
  // where a name the readers guessed ends, right before a comma ("RT ,"): that name is read above
  const ends = new Set(names.filter((n) => n.kind !== 'generic').map((n) => n.end));
  for (const m of text.matchAll(/,/g)) {
    if (ends.has(m.index) || ends.has(m.index - 1) || !APPOSITION.test(text.slice(m.index, m.index + 90))) continue;
    const run = apposedRun(ctx, m.index);
    if (run) out.push(run);
  }
  return out;
}
