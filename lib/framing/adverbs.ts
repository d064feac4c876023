// Adverbs between a subject (or "to", a modal) and its verb: "the governor quickly rejects", "vowed to temporarily
// ban", "It also bans". A verb test that reads only the word right before a word misses the verb behind one. An adverb
// here is one of a few short ones or a word in "-ly" of six letters or more that is no adjective or noun in "-ly"
// ("the family", "a costly repair", "the elderly"; general English). Pure: a lower-case word in, a yes or no out.

/** Short adverbs that stand before a verb. */
const SHORT: ReadonlySet<string> = new Set(
  'also still even just never not only then now again further often always already sometimes'.split(' '),
);

/** Words in "-ly" that are nouns or adjectives, not adverbs. */
const LY_WORDS: ReadonlySet<string> = new Set(
  (
    'family elderly weekly monthly yearly hourly nightly quarterly friendly unfriendly assembly rally ally costly ' +
    'deadly lovely lonely likely unlikely orderly scholarly timely stately worldly ghastly cowardly homely lowly ' +
    'neighborly brotherly sisterly fatherly motherly leisurely anomaly monopoly melancholy butterfly supply'
  ).split(' '),
);

/** True when the lower-case word is an adverb that may stand before a verb ("quickly", "also", "temporarily"). */
export function isAdverb(norm: string): boolean {
  return SHORT.has(norm) || (norm.length > 5 && norm.endsWith('ly') && !LY_WORDS.has(norm));
}
