// Framing charts: Scattertext-style term chart, voice shares per article, sources per outlet, tone per outlet and entity;
// the label table as HTML. One chart family per module; this module keeps the names they had here:
// - term-chart.ts: the term chart (points placed by term-placement.ts, labels by term-labels.ts);
// - voice-shares.ts: whose words (own, quoted, reported, reused) and the voices' colours;
// - sources.ts: who speaks in each outlet; stacked-bars.ts: the layout these two bar charts share;
// - tone-heatmap.ts: tone per outlet and actor; label-table.ts: the actor × outlet label table.
export { termChartFigure } from './term-chart.js';
export { VOICE_COLORS, VOICE_ARTICLE_BARS, voiceSharesFigure } from './voice-shares.js';
export { sourcesFigure } from './sources.js';
export { MAX_TONE_OUTLETS, TONE_COLOUR_RANGE, toneFigure } from './tone-heatmap.js';
export { labelTableHtml } from './label-table.js';
