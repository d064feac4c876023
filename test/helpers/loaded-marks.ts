// The loaded words the lexicon marks in one invented sentence, for the sense tests of other areas (size, signpost,
// verification, violence, dispute, regime…): kept as a name for test/helpers/loaded.ts's `marked`.
export { marked } from './loaded.js';
