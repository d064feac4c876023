// Words that describe a cited outlet between the citing cue and its name: "quoted by Iran's Press TV", "according to
// Iranian state-funded Press TV", "according to the official Middle East News Agency", "told Israel TV's Channel 10".
// The cue governs the name across them. Read on real coverage, where only a hyphenated descriptor ("state-run") was
// passed over, and a place's possessive, a demonym or a plain qualifier left the outlet uncited.
import { worldGazetteer } from '../entities/world.js';
import { OUTLET_WORD } from './outlet-words.js';

/** Qualifiers of a newsroom written without a hyphen ("the official …", "Iran's semiofficial …"). */
const QUALIFIER =
  '(?:state|official|semiofficial|private|independent|leading|main|popular|influential|conservative|liberal|' +
  'reformist|hardline|opposition|national|regional|local|public|investigative|nonprofit|online|digital)';
/** A describing word: a qualifier, a hyphenated descriptor ("state-funded", "Arabic-language"), or a capitalised
 * word (kept only when it is a demonym, below). */
const WORD = `(?:${QUALIFIER}|[\\p{L}.]+-[\\p{L}-]+|\\p{Lu}\\p{L}+)`;
/** The owner before them: a place's or a channel's possessive ("Iran 's", "Israel TV 's"), or the country's own. */
const OWNER =
  "(?:(?:\\p{Lu}\\p{L}+\\s+)?\\p{Lu}\\p{L}+|(?:the\\s+)?(?:country|nation|kingdom|republic))\\s?['\\u2019]\\s?s";
const DESCRIPTION = new RegExp(`(?<![\\p{L}\\p{N}.'\\u2019-])(?:(${OWNER})\\s+)?((?:${WORD}\\s+){0,3})$`, 'u');
const OWNER_OUTLET = new RegExp(`\\s${OUTLET_WORD}$`);

/**
 * The length of the description right before a name at `start` (0 when none): a place's or a channel's possessive
 * and up to three describing words, each a qualifier, a hyphenated descriptor or a demonym. A capitalised word that is
 * no demonym ends it there ("told Congress CNN …" has none), and an owner that is no place nor a channel is none
 * ("Smith's").
 */
export function descriptionBefore(text: string, start: number): number {
  const m = DESCRIPTION.exec(text.slice(Math.max(0, start - 80), start));
  if (!m) return 0;
  const world = worldGazetteer();
  const words = m[2].split(/\s+/).filter(Boolean);
  // the describing words that hold, read back from the name: a capitalised word must be a demonym
  let kept = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/^\p{Lu}/u.test(w) && !w.includes('-') && world.get(w)?.type !== 'demonym') break;
    kept++;
  }
  const tail = words.slice(words.length - kept);
  const length = (ws: readonly string[]) => {
    const re = new RegExp(`${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}\\s+$`, 'u');
    return re.exec(m[0])?.[0].length ?? 0;
  };
  const wordsLength = kept ? length(tail) : 0;
  if (!m[1] || kept < words.length) return wordsLength;
  const owner = m[1].replace(/\s?['\u2019]\s?s$/u, '').replace(/^the\s+/, '');
  const place = /^\p{Ll}/u.test(owner) || world.has(owner) || OWNER_OUTLET.test(` ${owner}`);
  return place ? m[0].length : wordsLength;
}
