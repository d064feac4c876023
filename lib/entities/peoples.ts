// Peoples and faiths: words for the members of an ethnic group, a nation without a state, a former state or a
// religion ("Serbs", "Chechen", "Briton", "Yugoslav", "Moslem", "Anglicans"). They name no person, organisation or
// place, so they are typed 'demonym' like "Iraqi" or "Shiite" (kept apart, counted only when asked). Neither
// world-countries nor compromise's demonyms have them: world-countries knows today's states only, and compromise
// lists adjectives of countries. Written from general knowledge; words that are also common given names or surnames
// ("Christian" is already a demonym; "Black", "Scot", "Roma") are left out, as are words that mostly start a
// group's or party's name ("Tamil Tigers", "Orthodox Church" would be fine, "Evangelical" is mostly an adjective).

/** Singular forms; the plural (+s) is added for each unless it ends in a sibilant or the word is its own plural. */
const PEOPLES = [
  // peoples of the Balkans, the Caucasus, Central Asia and Africa often in the news
  'Serb',
  'Bosniak',
  'Slav',
  'Chechen',
  'Ingush',
  'Ossetian',
  'Abkhaz',
  'Tatar',
  'Cossack',
  'Tajik',
  'Uzbek',
  'Kyrgyz',
  'Turkoman',
  'Azeri',
  'Pashtun',
  'Hazara',
  'Baluch',
  'Hutu',
  'Tutsi',
  'Zulu',
  'Xhosa',
  'Afrikaner',
  'Berber',
  'Bedouin',
  'Sinhalese',
  'Maori',
  'Flemish',
  'Walloon',
  'Catalan',
  'Gypsy',
  // nations, and former states, by their people
  'English',
  'Briton',
  'Yugoslav',
  'Soviet',
  'Zairean',
  'Czechoslovak',
  // panethnic groups of the Americas, named in US copy as peoples are ("Latino voters", "Hispanics")
  'Hispanic',
  'Latino',
  'Latina',
  'Chicano',
  // faiths and their followers
  'Moslem',
  'Islamist',
  'Jew',
  'Catholic',
  'Protestant',
  'Anglican',
  'Lutheran',
  'Methodist',
  'Presbyterian',
  'Episcopalian',
  'Mormon',
  'Hindu',
  'Sikh',
  'Buddhist',
];

/** Plurals not formed by adding -s. */
const IRREGULAR_PLURALS: Record<string, string> = { Gypsy: 'Gypsies', Scot: 'Scots', Pole: 'Poles' };

/** Words that are a people only in the plural ("the Scots", "Poles"; "Scot" and "Pole" are a name and a word). */
const PLURAL_ONLY = ['Scot', 'Pole'];

/** Every people or faith word, singular and plural -> its singular (the canonical form). */
export function peopleWords(): Map<string, string> {
  const m = new Map<string, string>();
  for (const w of PEOPLES) {
    m.set(w, w);
    const plural =
      (Object.hasOwn(IRREGULAR_PLURALS, w) ? IRREGULAR_PLURALS[w] : undefined) ??
      (/(?:sh|ch|s|z|x|ese)$/.test(w) ? null : w + 's');
    if (plural) m.set(plural, w);
  }
  for (const w of PLURAL_ONLY) m.set(IRREGULAR_PLURALS[w], w);
  return m;
}

let words: ReadonlyMap<string, string> | null = null;

/** A people or faith word of this list ("Lutheran", "Serbs"), as written. */
export function isPeopleWord(w: string): boolean {
  words ??= peopleWords();
  return words.has(w);
}

/** Adjectives of direction or culture that make a demonym of a region ("Latin American", "Southeast Asian", "Roman
 * Catholic"): the two words are one demonym, not a person's name. */
const REGION_ADJECTIVES = new Set(
  'north south east west northern southern eastern western central southeast southwest northeast northwest latin roman'.split(
    ' ',
  ),
);

/** A region adjective that can stand before a demonym. */
export function isRegionAdjective(norm: string): boolean {
  return REGION_ADJECTIVES.has(norm);
}
