// Letter tests as regexes made once and shared. A \p{...} regex literal written inside a function is rebuilt on every
// call once tsx compiles the module (esbuild lowers it to `new RegExp(...)` for node targets): about 1 µs a call
// instead of 70 ns, plus garbage, in loops that ask it of every token of a corpus. (A regex without the g or y flag
// keeps no state between tests, so one object serves every caller.)

/** Opens on a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** Opens on an upper-case letter. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** Holds a letter. */
export const HAS_LETTER = /\p{L}/u;
/** Ends on a letter. */
export const ENDS_LETTER = /\p{L}$/u;
/** Lower-case letters only (at least one). */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** Upper-case letters only (at least one). */
export const UPPER_WORD = /^\p{Lu}+$/u;
/** A lower-case word in -ed: "fired", "observed". */
export const LOWER_ED = /^\p{Ll}+ed$/u;
/** Opens on a letter. */
export const STARTS_LETTER = /^\p{L}/u;
/** Holds an upper-case letter. */
export const HAS_UPPER = /\p{Lu}/u;
/** Holds a lower-case letter. */
export const HAS_LOWER = /\p{Ll}/u;
