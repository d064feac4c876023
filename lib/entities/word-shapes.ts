// Spellings of a word that the mention scanners test: capitalised, in capitals, an Arabic article glued to a name
// ("al-Shatri"), a capitalised prefix glued to a lowercase word ("US-occupied"). Every \p{...} regex is a module
// constant: tsx compiles such a literal inside a function to `new RegExp(...)`, built again on every call.

export const PARTICLE_WORD = /^(?:al|el|ad|an|ar|as|ash|at|az|ez)[-\u2010\u2011'\u2019]\p{Lu}/u;
export const CAP_PARTICLE_WORD = /^(?:Al|El|Ad|An|Ar|As|Ash|At|Az|Ez|Abu|Bin|Ibn)[-\u2010\u2011'\u2019]\p{Lu}/u;

/** "US-occupied", "Turkish-backed", "Shia-majority": a capitalised prefix glued to a lowercase word. */ export const COMPOUND =
  /^(\p{Lu}[\p{L}.]*)[-\u2010\u2011](\p{Ll}[\p{L}-]*)$/u;

/** "al-Qaida-linked", "Al-Qaeda-affiliated", "El-Paso-based": a name with its article, glued to a lowercase word. */ export const PARTICLE_COMPOUND =
  /^((?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee]z)[-\u2010\u2011'\u2019]\p{Lu}[\p{L}.]*)[-\u2010\u2011](\p{Ll}[\p{L}-]*)$/u;

// Every \p{...} regex is a module constant: tsx compiles such a literal inside a function to `new RegExp(...)`,
// built again on every call.
export const UPPER_FIRST = /^\p{Lu}/u;
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
export const ALL_CAPS_WORD = /^\p{Lu}+$/u;

/** "Inzamam-ul-Haq", "Ata-ur-Rehman": a name joined by an Arabic article's assimilated form (ul, ur, ud, us ...),
 * capitalised at both ends: one person's name, not a capitalised prefix on a lowercase word. */
export const INFIX_NAME = /^\p{Lu}\p{Ll}+-u[lrdsntz]h?-\p{Lu}\p{Ll}+$/u;
