// Short findings written from results: pure functions from plain data to sentences, each linking to its evidence.
// One module per family of finding; this one gathers them for callers that import the findings whole.
export { dateRange, listWords, longDate, percent, plural, times, articleName } from './finding-words.js';
export { corpusFindings, datesNote } from './corpus-findings.js';
export { termFindings } from './term-findings.js';
export { pairAnchor, type OverlapLike } from './overlap-pairs.js';
export { overlapFindings } from './overlap-findings.js';
export { entityAnchor, entityFindings, mainActors, type EntityLike } from './entity-findings.js';
export { distinctiveTable, leaningCandidates } from './leaning-findings.js';
export { framingFindings } from './framing-findings.js';
export { unnamedSourceFindings } from './unnamed-source-findings.js';
