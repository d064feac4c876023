// Unnamed media of a country written by any demonym or country name ("French TV", "Turkish television", "Mauritanian
// news agency", "Norway's news agency", "the nation's semi-official news agency"): a channel, no outlet. The citation
// reader's fixed qualifiers ("Iraqi", "state", "local") miss most countries, so "told French TV" was a cited outlet
// called "French TV". The country is read through the gazetteer (lib/entities/world.ts), not a list: a place that is
// no country's demonym or name keeps its named channel ("Dubai TV", "Hamas TV", "Press TV").
import { worldGazetteer } from '../entities/world.js';

/** A phrase of country media in a text: its bounds and its label as a generic citation. */
export interface CountryMedium {
  start: number;
  end: number;
  label: string;
}

/** Qualifiers that may stand between the country and the medium ("Egyptian state television"). */
const QUALIFIER =
  '(?:(?:state|government)(?:-(?:run|owned|controlled|backed|affiliated))?|semi-official|official|public|private|independent|local)';
const memo = new Map<string, RegExp>();

function countryMediumRe(head: string): RegExp {
  let re = memo.get(head);
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}'\\u2019-])(?:(?:the\\s+)?(nation|country)\\s?['\\u2019]\\s?s|(\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?)\\s?['\\u2019]\\s?s|(\\p{Lu}\\p{L}+))` +
        `\\s+(?:${QUALIFIER}\\s+)?${head}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    memo.set(head, re);
  }
  return re;
}

/** Whether the words before the medium name a country: a possessive of a place or "the nation's", or a demonym. */
function isCountry(m: RegExpMatchArray): boolean {
  if (m[1]) return true;
  const world = worldGazetteer();
  if (m[2]) return world.get(m[2].replace(/\s+/g, ' '))?.type === 'place';
  return world.get(m[3])?.type === 'demonym';
}

/** Country media phrases in `text` whose medium is one of `head` (a regex source), outside the spans `taken` covers. */
export function countryMedia(
  text: string,
  head: string,
  taken: (start: number, end: number) => boolean,
): CountryMedium[] {
  const out: CountryMedium[] = [];
  for (const m of text.matchAll(countryMediumRe(head))) {
    const start = m.index,
      end = m.index + m[0].length;
    if (taken(start, end) || !isCountry(m)) continue;
    const phrase = m[0].replace(/\s+/g, ' ').replace(/ ?['\u2019] ?s /u, "'s ");
    out.push({ start, end, label: phrase.charAt(0).toUpperCase() + phrase.slice(1) });
  }
  return out;
}
