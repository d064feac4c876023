// The public API of presslens for scripts: `import { loadCorpus, analyseCorpus, ... } from './lib/index.js'`.
// Everything here is also what the notebooks and the CLI call.

// the data model
export type {
  Article,
  Corpus,
  Doc,
  EntityRef,
  Figure,
  Paragraph,
  Provenance,
  QuoteSpan,
  Removal,
  Row,
  Sentence,
  Skip,
  Span,
  SpanField,
  Token,
} from './types.js';

// loading (input/output)
export { loadCorpus, corpusFromRecords, type LoadOptions, type RecordsOptions } from './corpus/load.js';
export { cleanPlain, cleanText } from './corpus/clean.js';
export { parseColumnMap, COLUMN_ALIASES } from './corpus/columns.js';
export type { ColumnMap } from './corpus/types.js';
export { rawOffset, rawSpan } from './corpus/provenance.js';
export { writeOutputDir } from './io/output-dir.js';
export { decodeBytes } from './corpus/decode.js';
export { guessMetadata } from './corpus/guess.js';

// text: tokens, sentences, terms
export { analyse, analyseAll, paragraphsOf } from './text/analyse.js';
export { tokenize, isTermToken } from './text/tokenize.js';
export { scanQuotes, quotedShare, topLevelQuotes } from './text/quotes.js';
export { articleWords, countWords } from './text/words.js';
export { docTerms } from './text/ngrams.js';
export type { TermOptions } from './text/types.js';
export {
  countTerms,
  countsByOutlet,
  tfidf,
  topTerms,
  outletTermRows,
  docTermRows,
  termByOutletRows,
  type TermByOutletRow,
} from './text/counts.js';
export type { TermCounts } from './text/types.js';
export { shownTermRows, type ShownTermRow } from './report/term-rows.js';

// every analysis at once (reads the data files under data/)
export { analyseCorpus, type Analysis, type PipelineOptions } from './pipeline.js';
export { cachedAnalysis, analysisKey, presslensVersion } from './cache/analysis.js';
export { corpusPath, isSeedCorpus, openAnalysis, seedNote } from './workspace/session.js';

// source overlap
export {
  overlap,
  pairRows,
  passageRows,
  citationRows,
  outletReuse,
  type PairRow,
  type PassageRow,
  type CitationRow,
  type OverlapResult,
  type OverlapPair,
  type OverlapOptions,
} from './overlap/overlap.js';
export { readOutletTable, outletResolver } from './overlap/outlets.js';
export { citedOutlets, whoIsCited, type CitedOutlet } from './overlap/cited-outlets.js';
export type { DirectionBasis } from './overlap/direction.js';
export {
  pairGrader,
  type AlignedSentence,
  type PairRewrite,
  type RewriteGrade,
  type RewriteOptions,
} from './overlap/rewrite.js';
export { EVIDENCE_MIN } from './overlap/evidence.js';
export { pairToReadFirst, byReuseEvidence, whyFirst } from './overlap/reuse-rank.js';

// entities
export { extractEntities, type Entity, type EntityResult, type EntityOptions } from './entities/entities.js';
export {
  entityFrequencyByOutlet,
  entityFrequencyByArticle,
  entityRows,
  mentionRows,
  type EntityOutletRow,
  type EntityArticleRow,
  type EntityRow,
  type MentionRow,
} from './entities/frequency.js';
export { coMentions, type CoMentionRow } from './entities/comention.js';
export { readAliasRules } from './entities/files.js';

// framing
export { analyseFraming, framingJson, termChartRows, type Framing, type FramingOptions } from './framing/framing.js';
export { runFraming, reusedSpans, actorEntities } from './framing/run.js';
export { logOddsDirichlet, dunningG2 } from './framing/distinctive.js';
export { findQuotes } from './framing/quotes.js';
export {
  labelContrasts,
  labelVariant,
  type LabelContrast,
  type ContrastSide,
  type ContrastOptions,
} from './framing/label-contrast.js';
// how unlikely by chance a split of outlets between two labels is (LabelContrast.chance: -log10 of the chance of the
// uses falling on the outlets as they do if every outlet chose alike), and that score as odds ("1 in 70")
export { splitChance, chanceOdds } from './framing/split-chance.js';
export {
  labelShares,
  twoProportionZ,
  type LabelShare,
  type ShareOutlet,
  type ShareOptions,
} from './framing/label-shares.js';
export { actorLabelMentions, phraseClass, type ActorLabelOptions } from './framing/actor-labels.js';
export { ROLE_NOUNS, roleClass, referentRole, type RoleClass } from './framing/role-nouns.js';
export { readLexicon, readActNouns } from './framing/data.js';
export { actNameRows, actNameTable, actShares, type ActFamily, type ActNameRow } from './framing/act-names.js';
export {
  distancingContrasts,
  distancingRows,
  distancingTable,
  type DistancingContrast,
  type DistancingRow,
} from './framing/distancing.js';
export {
  loadedSentences,
  sentenceScores,
  SENTENCE_WEIGHTS,
  type SentenceLoadedness,
  type SentenceWeights,
} from './framing/loaded-sentences.js';

// figures: plotly specs {data, layout}
export { outletColors, esc } from './figures/style.js';
export { topTermsFigure } from './figures/terms.js';
export { coverageHeatmap, reuseNetwork } from './figures/overlap.js';
export { topEntitiesByOutletFigure, entityOutletHeatmap, coMentionNetwork } from './figures/entities.js';
export { termChartFigure, voiceSharesFigure, sourcesFigure, toneFigure, labelTableHtml } from './figures/framing.js';

// tables, report and export (input/output)
export { frame, rowsOf, toFrame, fromFrame, isFrame, danfo, type DataFrame, type Frame } from './tables/frame.js';
export { toCsv, neutraliseCell } from './io/csv.js';
export { toHtmlTable } from './report/html.js';
export { escapeHtml } from './io/html.js';
export { safeName, slug } from './io/file-names.js';
export { passageViewFor, passageViewHtml } from './report/passages.js';
export { rewritePairsHtml } from './report/rewrites.js';
export { buildReport } from './report/build.js';
export { newsEntities, newsTone, newsMentionsOnly, outletMentionKind } from './report/outlet-mentions.js';
export { renderReport } from './report/render.js';
export { writeReport } from './report/write.js';
export type { ReportInput, ReportSection } from './report/types.js';
export { exportFigure, figureHtml } from './report/export.js';
export { toPassimJsonl, writePassim } from './export/passim.js';
export { writeTables, articleRows, termRows, type ArticleRow, type TermRow } from './export/tables.js';

// exploring: keyword in context, two outlets compared
export { kwic, kwicEntity, kwicSummary } from './explore/kwic.js';
export { voiceUseTable, type VoiceUseRow } from './explore/kwic-voices.js';
export type { KwicRow } from './explore/types.js';
export { kwicHtml } from './explore/html.js';
export { kwicPassage, passageQuery } from './explore/passage-query.js';
export { compareOutlets, compareFigure, sharedStories, type OutletComparison } from './explore/compare.js';
export { compareScopeText } from './explore/compare-text.js';
export { comparisonPartner } from './explore/compare-partner.js';
export { distinctiveFocus, focusChart, termAside, type DistinctiveFocus } from './explore/distinctive-focus.js';
export {
  pairsToRead,
  pairCountsText,
  describePair,
  articleName,
  pairArticleNames,
  reusedWords,
  type PairsToRead,
} from './explore/pairs-to-read.js';
export { toneStandouts, toneStandoutText, type ToneStandout } from './explore/tone-standouts.js';
export { percent, dateRange } from './report/finding-words.js';
export { datesNote } from './report/corpus-findings.js';
export { voiceFinding } from './report/voice-finding.js';
export { wordsPerOutlet, per1k, mostOftenIn, mostOftenText } from './explore/rates.js';
export { articlesPerOutlet, outletMark, severalFirst, oneArticleNote } from './explore/one-article.js';
export { ownTermText, entityRateRows, loadedSummaryText } from './explore/outlet-lines.js';
export { distinctiveTableRows, type DistinctiveTableRow } from './explore/distinctive-table.js';
export { outletTotals, type TotalOf } from './explore/outlet-totals.js';
export { countTable, type CountTableOptions } from './explore/count-table.js';
export { reuseTable, type ReuseTableRow } from './explore/reuse-table.js';

// notebook display (tslab is loaded on first use)
export { show, showTable, showHtml, md, save, saveTable, figurePoints } from './notebook.js';
